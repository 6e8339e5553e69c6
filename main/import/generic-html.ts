/**
 * Transcripts saved as HTML from other official sites. The page's readable
 * blocks (paragraphs, headings, list items, quotes) are taken from its main
 * content, without navigation, scripts or forms, and read with the plain-text
 * rules (speaker labels when the text has them); title, date, URL and language
 * come from the page's own markup. Pure; never throws.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { parsePlainText } from './plain-text';
import { attr, findFirst, isElement } from './html-dom';
import { tooDeepHtml } from './html-depth';
import { collapseWhitespace, isoDate } from './text-utils';
import type { ParseOutcome } from './types';

const DROP = new Set([
  'script',
  'style',
  'noscript',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'svg',
  'template',
  'button',
  'select',
  'iframe',
  'object',
  'figure',
]);
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'dd', 'dt', 'td', 'th']);
/** Less readable text than this is not a transcript. */
const MIN_TEXT = 200;

/** An attribute of the first element that passes `test`, whitespace collapsed; null when absent or empty. */
function findAttr(dom: ChildNode[], test: (el: Element) => boolean, name: string): string | null {
  const el = findFirst(dom, test);
  const value = el ? attr(el, name) : null;
  return value ? collapseWhitespace(value) : null;
}

function meta(dom: ChildNode[], key: string): string | null {
  return findAttr(
    dom,
    (el) => el.name === 'meta' && (el.attribs.property === key || el.attribs.name === key || el.attribs.itemprop === key),
    'content',
  );
}

function text(el: ChildNode | null | undefined): string {
  return el ? collapseWhitespace(DomUtils.textContent(el)) : '';
}

/** The first YYYY-MM-DD of a date attribute or meta value. */
function isoFrom(value: string | null): string | null {
  const m = value ? /(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** Readable blocks in document order: innermost block elements; loose text of a container in between. */
function blocks(root: Element): string[] {
  const out: string[] = [];
  const walk = (node: ChildNode): void => {
    if (!isElement(node)) return;
    if (DROP.has(node.name) || node.attribs.hidden !== undefined || node.attribs['aria-hidden'] === 'true') return;
    const hasInnerBlock = DomUtils.findOne((el) => BLOCKS.has(el.name), node.children, true) !== null;
    if (BLOCKS.has(node.name) && !hasInnerBlock) {
      if (node.name === 'pre')
        out.push(
          ...DomUtils.textContent(node)
            .split(/\n\s*\n/)
            .map(collapseWhitespace),
        );
      else out.push(text(node));
      return;
    }
    if (!hasInnerBlock) {
      // A container of inline text only (a <div> of text with <br>s): its lines.
      const lines = DomUtils.getOuterHTML(node)
        .split(/<br\s*\/?>/i)
        .map((part) => collapseWhitespace(DomUtils.textContent(parseDocument(part).children)));
      out.push(...lines);
      return;
    }
    for (const child of node.children) walk(child);
  };
  walk(root);
  return out.filter((line) => line.length > 0);
}

export function parseGenericHtml(html: string, fileName: string): ParseOutcome {
  try {
    return parseUnsafe(html, fileName);
  } catch (error) {
    return { kind: 'failed', error: `The HTML page could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function parseUnsafe(html: string, fileName: string): ParseOutcome {
  const tooDeep = tooDeepHtml(html);
  if (tooDeep) return { kind: 'failed', error: tooDeep };
  const dom = parseDocument(html).children;
  const body = DomUtils.findOne((el) => el.name === 'body', dom, true);
  const root =
    DomUtils.findOne((el) => el.name === 'article', dom, true) ??
    DomUtils.findOne((el) => el.name === 'main' || el.attribs.role === 'main', dom, true) ??
    body ??
    DomUtils.findOne((el) => el.name === 'html', dom, true);
  if (!root) return { kind: 'skipped', reason: 'an HTML file with no page content' };
  const h1 = DomUtils.findOne((el) => el.name === 'h1', [root], true);
  const title = text(h1) || meta(dom, 'og:title') || text(DomUtils.findOne((el) => el.name === 'title', dom, true));
  const lines = blocks(root).filter((line, i) => !(i === 0 && line === title));
  const readable = lines.reduce((n, line) => n + line.length, 0);
  if (readable < MIN_TEXT) return { kind: 'skipped', reason: 'an HTML page without transcript text (too little readable text)' };

  // Read with the plain-text rules; the page's title is given as a Markdown heading so it is never taken from the body.
  const source = `${title ? `# ${title}\n\n` : ''}${lines.join('\n\n')}\n`;
  const read = parsePlainText(source, fileName);
  if (read.kind !== 'documents') return { kind: 'skipped', reason: 'an HTML page without transcript text' };
  const documents = read.documents;
  const date =
    isoFrom(meta(dom, 'article:published_time')) ??
    isoFrom(meta(dom, 'datePublished')) ??
    isoFrom(meta(dom, 'date')) ??
    isoFrom(findAttr([root], (el) => el.name === 'time' && Boolean(el.attribs.datetime), 'datetime'));
  const url = meta(dom, 'og:url') ?? findAttr(dom, (el) => el.name === 'link' && el.attribs.rel === 'canonical', 'href');
  const lang = findAttr(dom, (el) => el.name === 'html', 'lang');
  for (const doc of documents) {
    if (date) doc.date = date;
    if (url && /^https?:\/\//i.test(url)) doc.url = url;
    if (lang) doc.language = lang.slice(0, 2).toLowerCase();
    const summary = meta(dom, 'description') ?? meta(dom, 'og:description');
    if (summary && !doc.summary) doc.summary = summary;
  }
  return { kind: 'documents', format: 'html', documents, warnings: [] };
}
