/**
 * en.kremlin.ru "Events" pages saved as HTML (the page itself, its print view)
 * -> one ParsedDocument. Only the `<article>` slice is parsed into a DOM (the
 * whole page costs three times as much); the page's canonical URL is read from
 * the head with a streaming parser.
 */
import { Parser } from 'htmlparser2';
import { attributionForUrl } from './dataset-values';
import { type ParseOutcome, type ParsedDocument, type RelatedLink, emptyDocument, KREMLIN_ATTRIBUTION } from './types';
import { collapseWhitespace, isoDate, parseClockTime, parseEnglishDate } from './text-utils';
import { type DomElement, attr, findAll, isElement, findFirst, hasClass, parseFragment, textOf } from './html-dom';
import { readBody } from './kremlin-html-body';
import { tooDeepHtml } from './html-depth';

const ARTICLE_TAG = /<article\b/gi;
const TRANSCRIPT_ARTICLE = /\bclass\s*=\s*["'][^"']*\bread__in\b|\bid\s*=\s*["']event-\d+/i;
const SITE = 'http://en.kremlin.ru';

/**
 * Where the transcript's `<article class="read__in">` (or `id="event-N"`) tag starts, or -1.
 * A scan rather than one regular expression: on a page of many unclosed `<article` the
 * expression took time in the square of the page's length.
 */
function articleOpenAt(html: string): number {
  ARTICLE_TAG.lastIndex = 0;
  for (let match = ARTICLE_TAG.exec(html); match; match = ARTICLE_TAG.exec(html)) {
    const end = html.indexOf('>', match.index);
    if (end < 0) return -1;
    if (TRANSCRIPT_ARTICLE.test(html.slice(match.index, end))) return match.index;
    ARTICLE_TAG.lastIndex = end;
  }
  return -1;
}

/** Cheap test: an en.kremlin.ru page (the article, or the site's reading layout). */
export function looksLikeKremlinHtml(text: string): boolean {
  if (typeof text !== 'string') return false;
  if (articleOpenAt(text) >= 0) return true;
  return /kremlin\.ru/i.test(text) && /class\s*=\s*["'][^"']*\bread__(?:in|content|lead)\b/.test(text);
}

/** Parses one saved page. Never throws. */
export function parseKremlinHtml(html: string): ParseOutcome {
  try {
    return parsePage(typeof html === 'string' ? html : String(html));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { kind: 'failed', error: `Could not read this en.kremlin.ru page: ${message}` };
  }
}

function isPhotoPage(html: string): boolean {
  return /class\s*=\s*["'][^"']*\bphotoset\b/.test(html) || /data-href\s*=\s*["'][^"']*\/photos["']/.test(html);
}

function parsePage(html: string): ParseOutcome {
  const start = articleOpenAt(html);
  if (start < 0) {
    if (isPhotoPage(html)) return { kind: 'skipped', reason: 'A photo gallery page, not a transcript.' };
    if (/\bread__(?:in|content)\b/.test(html) && /\/videos?\b/.test(html) && !/entry-content/.test(html)) {
      return { kind: 'skipped', reason: 'A video page, not a transcript.' };
    }
    if (!html.trim()) return { kind: 'failed', error: 'The file is empty.' };
    return {
      kind: 'failed',
      error: 'No transcript found: the page has no en.kremlin.ru article (it may be cut off, or not an Events page).',
    };
  }

  const closeAt = html.indexOf('</article>', start);
  const warnings: string[] = [];
  let slice: string;
  if (closeAt < 0) {
    slice = html.slice(start);
    if (!slice.includes('read__bottommeta')) {
      return { kind: 'failed', error: 'The page is cut off before the end of the transcript (the article never ends).' };
    }
    warnings.push('The page is cut off after the transcript; the footer may be incomplete.');
  } else {
    slice = html.slice(start, closeAt + '</article>'.length);
  }

  // Only the head and the article are parsed: those are what must not nest too deep.
  const headHtml = headOf(html.slice(0, start));
  const tooDeep = tooDeepHtml(headHtml) ?? tooDeepHtml(slice);
  if (tooDeep) return { kind: 'failed', error: tooDeep };
  const head = readHead(headHtml);
  const dom = parseFragment(slice);
  const article = findFirst(dom.children, (el) => el.name === 'article');
  if (!article) return { kind: 'failed', error: 'The page has no readable article.' };

  let title = textOf(findFirst(article.children, (el) => el.name === 'h1' && hasClass(el, 'entry-title')));
  if (!title) title = textOf(findFirst(article.children, (el) => el.name === 'h1'));
  if (!title && head.title) {
    title = head.title;
    warnings.push('The article has no title; the title was taken from the page head.');
  }
  if (!title) return { kind: 'failed', error: 'The page has no title: it may be cut off or not a transcript page.' };

  const doc: ParsedDocument = emptyDocument(title);
  doc.attribution = KREMLIN_ATTRIBUTION;
  doc.language = 'en';
  readMeta(article, doc);
  doc.url = pageUrl(head, article, warnings);
  // The Russian site (kremlin.ru) has the same markup; credit and language follow the page.
  doc.attribution = attributionForUrl(doc.url) ?? KREMLIN_ATTRIBUTION;
  if (/[\u0400-\u04ff]/.test(title) && !/[a-z]/i.test(title)) doc.language = 'ru';

  const content = findFirst(article.children, (el) => hasClass(el, 'entry-content'));
  if (content) {
    const body = readBody(content);
    doc.turns = body.turns;
    warnings.push(...body.warnings);
  } else {
    warnings.push('The page has no text body.');
  }
  if (doc.turns.length === 0) warnings.push('The page has no transcript text.');

  const base = linkBase(doc.url, head.canonical);
  doc.captions = readCaptions(article);
  doc.related = readRelated(article, base);
  readTags(article, doc, warnings);
  readStatus(article, doc);
  doc.warnings = warnings;
  return { kind: 'documents', format: 'kremlin-html', documents: [doc], warnings: [...warnings] };
}

interface HeadInfo {
  ogUrl: string | null;
  canonical: string | null;
  title: string | null;
}

/** The page's head: what comes before `</head>` or `<body>` in the text before the article. */
function headOf(prefix: string): string {
  const headEnd = prefix.search(/<\/head\s*>|<body\b/i);
  return headEnd >= 0 ? prefix.slice(0, headEnd) : prefix;
}

/** og:url, rel=canonical and og:title from the head, read with a streaming parser (no DOM). */
function readHead(head: string): HeadInfo {
  const info: HeadInfo = { ogUrl: null, canonical: null, title: null };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'meta') {
          const prop = attribs.property ?? attribs.name;
          if (prop === 'og:url' && attribs.content) info.ogUrl = attribs.content.trim();
          else if (prop === 'og:title' && attribs.content) info.title = collapseWhitespace(attribs.content);
        } else if (name === 'link' && /\bcanonical\b/i.test(attribs.rel ?? '') && attribs.href) {
          info.canonical = attribs.href.trim();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(head);
  parser.end();
  return info;
}

const PAGE_URL = /^https?:\/\/(?:en\.)?kremlin\.ru\/events\/[a-z/]+\/\d+/i;

/** The page's canonical URL: og:url, else the "Text version" link, else the article id. Print views give the main page. */
function pageUrl(head: HeadInfo, article: DomElement, warnings: string[]): string | null {
  const id = /^event-(\d+)$/.exec(attr(article, 'id') ?? '')?.[1] ?? null;
  const og = head.ogUrl ? (PAGE_URL.exec(head.ogUrl)?.[0] ?? null) : null;
  if (og) {
    if (id && !og.endsWith(`/${id}`)) warnings.push(`The page's URL (${og}) and its article id (${id}) disagree.`);
    return og;
  }
  const textLink = findFirst(article.children, (el) => el.name === 'a' && hasClass(el, 'text_version_link'));
  const href = textLink ? attr(textLink, 'href') : null;
  const fromCopy = href ? /^(https?:\/\/(?:en\.)?kremlin\.ru\/events\/[a-z/]+?)\/copy\/(\d+)/i.exec(href) : null;
  if (fromCopy) return `${fromCopy[1]}/${fromCopy[2]}`;
  if (id) return `${SITE}/events/president/news/${id}`;
  warnings.push('The page states no URL.');
  return null;
}

/**
 * Where relative links of the saved page point from. The mirror saved the page
 * as <ID>.html and its print view as <ID>/print.html; the canonical link
 * ("<ID>.html" or "../<ID>.html") tells which.
 */
function linkBase(url: string | null, canonical: string | null): string | null {
  if (!url) return null;
  if (canonical && /^\.\.\//.test(canonical)) return `${url}/print.html`;
  return `${url}.html`;
}

function resolveLink(href: string | null, base: string | null): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (!trimmed || trimmed.startsWith('#') || /^(?:javascript|mailto|data):/i.test(trimmed)) return null;
  let resolved: URL;
  try {
    resolved = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return null;
  }
  if (/(^|\.)kremlin\.ru$/i.test(resolved.hostname)) {
    // Mirror file names back to site addresses: .../62146.html -> .../62146
    resolved.pathname = resolved.pathname.replace(/\.html$/i, '').replace(/\/index$/i, '');
  }
  return resolved.href;
}

function readMeta(article: DomElement, doc: ParsedDocument): void {
  const lead = findFirst(article.children, (el) => hasClass(el, 'read__lead'));
  doc.summary = textOf(lead) || null;
  const published = findFirst(article.children, (el) => el.name === 'time' && hasClass(el, 'read__published'));
  if (published) doc.date = isoFromDatetime(attr(published, 'datetime')) ?? parseEnglishDate(textOf(published));
  if (!doc.date) {
    // Announcements carry "Announcement, December 14, 2012" instead of a published date.
    const announce = textOf(findFirst(article.children, (el) => hasClass(el, 'announce_date')));
    doc.date = firstDay(announce.replace(/^[^,]*announcement\s*,?\s*/i, ''));
  }
  doc.time = parseClockTime(textOf(findFirst(article.children, (el) => hasClass(el, 'read__time'))));
  doc.place = textOf(findFirst(article.children, (el) => hasClass(el, 'read__place'))) || null;
}

/** "November 28, 2019" -> 2019-11-28; a range "April 7 − 8, 2013" or "June 30 – July 2, 2016" -> its first day. */
function firstDay(text: string): string | null {
  const whole = parseEnglishDate(text);
  if (whole) return whole;
  const range = /^(\p{L}+\.?) (\d{1,2})(?:,? (\d{4}))?\s*[-–—−]\s*(?:\p{L}+\.? )?\d{1,2},? (\d{4})$/u.exec(collapseWhitespace(text));
  return range ? parseEnglishDate(`${range[1]} ${range[2]}, ${range[3] ?? range[4]}`) : null;
}

function isoFromDatetime(value: string | null): string | null {
  const m = value ? /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** Photo captions: slider slides' data attributes, and single pictures' titles. */
function readCaptions(article: DomElement): string[] {
  const seen = new Set<string>();
  const add = (value: string | null): void => {
    const text = value ? collapseWhitespace(value) : '';
    if (text) seen.add(text);
  };
  for (const slide of findAll(article.children, (el) => hasClass(el, 'slide'))) {
    add(attr(slide, 'data-cycle-desc') ?? attr(slide, 'data-text'));
  }
  for (const title of findAll(article.children, (el) => hasClass(el, 'media__title'))) add(textOf(title));
  return [...seen];
}

/** "See also" / "Additional" blocks: each link's title, date and address. */
function readRelated(article: DomElement, base: string | null): RelatedLink[] {
  const related: RelatedLink[] = [];
  for (const cut of findAll(article.children, (el) => hasClass(el, 'read__cut'))) {
    for (const link of findAll(cut.children, (el) => el.name === 'a' && hasClass(el, 'cut__item'))) {
      const title = textOf(link);
      if (!title) continue;
      let date: string | null = null;
      const parent = link.parent;
      if (parent && 'children' in parent) {
        const siblings = parent.children;
        for (let i = siblings.indexOf(link) + 1; i < siblings.length; i++) {
          const next = siblings[i];
          if (!isElement(next)) continue;
          const el = next;
          if (el.name === 'a' && hasClass(el, 'cut__item')) break;
          if (hasClass(el, 'cut__date')) {
            date = firstDay(textOf(el));
            break;
          }
        }
      }
      related.push({ title, date, url: resolveLink(attr(link, 'href'), base) });
    }
  }
  return related;
}

function readTags(article: DomElement, doc: ParsedDocument, warnings: string[]): void {
  for (const col of findAll(article.children, (el) => hasClass(el, 'read__tagscol'))) {
    const heading = textOf(findFirst(col.children, (el) => /^h[2-4]$/.test(el.name))).toLowerCase();
    const names = findAll(col.children, (el) => el.name === 'a' && /\btag\b/.test(attr(el, 'rel') ?? ''))
      .map((a) => textOf(a))
      .filter((t) => t !== '');
    if (heading.startsWith('geograph')) doc.geography.push(...names);
    else if (heading.startsWith('topic')) doc.topics.push(...names);
    else if (heading.startsWith('person')) doc.persons.push(...names);
    else if (names.length > 0) warnings.push(`Unknown tag column "${heading}" ignored.`);
  }
}

/** "Published in sections: …" and "Publication date: …". */
function readStatus(article: DomElement, doc: ParsedDocument): void {
  const status = findFirst(article.children, (el) => hasClass(el, 'read__status'));
  if (!status) return;
  for (const p of findAll(status.children, (el) => el.name === 'p')) {
    const text = textOf(p);
    if (/^Published in sections?:/i.test(text)) {
      doc.sections = findAll(p.children, (el) => el.name === 'a')
        .map((a) => textOf(a))
        .filter((t) => t !== '');
    } else if (/^Publication date:/i.test(text)) {
      const time = findFirst(p.children, (el) => el.name === 'time');
      const date = (time && isoFromDatetime(attr(time, 'datetime'))) ?? null;
      const clock = /(\d{1,2}:\d{2})\s*$/.exec(textOf(time))?.[1] ?? null;
      const hhmm = clock ? parseClockTime(clock) : null;
      doc.publishedAt = date && hhmm ? `${date}T${hhmm}` : null;
    }
  }
}
