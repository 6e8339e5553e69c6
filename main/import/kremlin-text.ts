/**
 * Parser for en.kremlin.ru "Events" pages as text copied from the browser.
 *
 * A file may hold several pages joined; each runs from a line "Events" to "Text version"
 * (which can run straight into the next page's "Events" on the same line). A page is:
 * "Events", title, lead (optional), date (or "Announcement, …"), time, place (optional),
 * an optional photo counter "N of M" with its caption (or a single caption), the body
 * (one paragraph a line, "Label: text" for speakers), "See also"/"Additional" link
 * blocks, the Geography/Topics/Persons tags and the publication status.
 */

import { KREMLIN_ATTRIBUTION, emptyDocument, type ParsedDocument, type ParsedTurn } from './types';
import { collapseWhitespace, normalizeNewlines, parseClockTime } from './text-utils';
import {
  FOOTER_WORDS,
  continuationJoiner,
  endsWithTerminal,
  isAnnouncementLine,
  parseAnnouncementDate,
  isBodyCaption,
  isHeading,
  isLeadCaption,
  isOmission,
  isPhotoCounter,
  isPlaceLine,
  isSeparator,
  isShortCaption,
  parseDateLine,
  splitLabel,
} from './kremlin-text-lines';
import { findFooterStart, opensRelatedBlock, parseFooter, readRelatedBlock } from './kremlin-text-footer';

const TEXT_VERSION = 'Text version';

/** Non-empty lines, whitespace (NBSP too) collapsed, "Text versionEvents" split in two. */
function toLines(text: string): string[] {
  return normalizeNewlines(text)
    .replace(/Text version[ \t\u00a0]*Events[ \t\u00a0]*(?=\n|$)/g, `${TEXT_VERSION}\nEvents`)
    .split('\n')
    .map(collapseWhitespace)
    .filter((line) => line.length > 0);
}

function isPageEnd(line: string): boolean {
  return line === TEXT_VERSION || /^Publication date:/.test(line) || /^Published in sections?:/.test(line);
}

/** Splits the lines into pages, each starting with its "Events" line. */
function splitPages(lines: string[]): string[][] {
  const pages: string[][] = [];
  let current: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const startsPage = line === 'Events' && (current === null || isPageEnd(lines[i - 1] ?? ''));
    if (startsPage) {
      current = [];
      pages.push(current);
    }
    if (current) current.push(line);
  }
  return pages;
}

/** Cheap detection: starts with "Events" and has the page footer. */
export function looksLikeKremlinText(text: string): boolean {
  if (typeof text !== 'string') return false;
  const head = normalizeNewlines(text.slice(0, 400)).replace(/^[\s\u00a0]+/, '');
  if (!/^Events[ \t\u00a0]*\n/.test(head)) return false;
  return (
    /(^|\n)[ \t\u00a0]*Text version/.test(text) ||
    /(^|\n)[ \t\u00a0]*Publication status[ \t\u00a0]*\r?\n/.test(text) ||
    /(^|\n)[ \t\u00a0]*(Geography|Topics|Persons)[ \t\u00a0]*\r?\n/.test(text)
  );
}

/** Parses every page in the text. Never throws; problems are reported in each document's warnings. */
export function parseKremlinText(text: string): ParsedDocument[] {
  if (typeof text !== 'string') return [];
  const documents: ParsedDocument[] = [];
  for (const page of splitPages(toLines(text))) {
    try {
      documents.push(parsePage(page));
    } catch (error) {
      const doc = emptyDocument(page[1] ?? 'Untitled');
      doc.warnings.push(`Page could not be read: ${error instanceof Error ? error.message : String(error)}`);
      documents.push(doc);
    }
  }
  return documents;
}

/** Reads title-block fields into doc; returns the index of the first body line. */
function readHeader(doc: ParsedDocument, lines: string[]): { next: number } {
  // Lead: present unless the line after the title is already the date.
  const dateAt = [2, 3].find((k) => k < lines.length && (parseDateLine(lines[k]) || isAnnouncementLine(lines[k])));
  if (dateAt === undefined) {
    doc.warnings.push('No date line under the title');
    return { next: 2 };
  }
  if (dateAt === 3) doc.summary = lines[2];
  let i = dateAt;
  const announcement = isAnnouncementLine(lines[i]);
  doc.date = announcement ? parseAnnouncementDate(lines[i]) : parseDateLine(lines[i]);
  if (!doc.date) doc.warnings.push(`Unreadable date line: "${lines[i]}"`);
  i++;
  if (i < lines.length && parseClockTime(lines[i])) {
    doc.time = parseClockTime(lines[i]);
    i++;
  }
  // A place is a short line of its own (not the start of a paragraph broken by a link).
  const nextLine = lines[i + 1] ?? '';
  if (!announcement && i < lines.length && isPlaceLine(lines[i]) && continuationJoiner(lines[i], nextLine) === null) {
    doc.place = lines[i];
    i++;
  }
  if (i + 1 < lines.length && isPhotoCounter(lines[i])) {
    doc.captions.push(lines[i + 1]);
    i += 2;
  } else if (i < lines.length && isLeadCaption(lines[i], doc.title)) {
    doc.captions.push(lines[i]);
    i++;
  }
  return { next: i };
}

type Block =
  | { kind: 'para'; text: string; joined: boolean }
  | { kind: 'separator' }
  | { kind: 'omission' };

/** Body lines -> paragraphs (continuation lines glued back), captions and related links taken out. */
function readBody(doc: ParsedDocument, lines: string[]): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (opensRelatedBlock(lines, i)) {
      const { links, next } = readRelatedBlock(lines, i);
      doc.related.push(...links);
      i = next;
      continue;
    }
    i++;
    if (isSeparator(line)) blocks.push({ kind: 'separator' });
    else if (isOmission(line)) blocks.push({ kind: 'omission' });
    else if (isPhotoCounter(line) && i < lines.length) {
      doc.captions.push(lines[i]);
      i++;
    } else if (isBodyCaption(line, doc.title) || isShortCaption(line)) doc.captions.push(line);
    else {
      const last = blocks[blocks.length - 1];
      if (last && last.kind === 'para') {
        const joiner = continuationJoiner(last.text, line);
        // A paragraph already broken by a link that still has no end runs on into the next line.
        const runsOn = joiner === null && last.joined && !endsWithTerminal(last.text) && !splitLabel(line);
        if (joiner !== null || runsOn) {
          last.text = `${last.text}${joiner ?? ' '}${line}`;
          last.joined = true;
          continue;
        }
      }
      blocks.push({ kind: 'para', text: line, joined: false });
    }
  }
  return blocks;
}

/**
 * A pull quote: the site repeats (often shortened) a sentence of the speech
 * beside it, set between a closing and an opening mark, ”…“ (a <blockquote>
 * in the HTML, which the HTML parser also leaves out). It is a repeat, not
 * transcript text.
 */
function isPullQuote(block: Block): boolean {
  return block.kind === 'para' && block.text.length > 2 && block.text.startsWith('\u201d') && block.text.endsWith('\u201c');
}

/** Paragraph blocks -> speaker turns. */
function buildTurns(blocks: Block[]): ParsedTurn[] {
  const turns: ParsedTurn[] = [];
  let current: ParsedTurn | null = null;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (isPullQuote(block)) continue;
    if (block.kind === 'separator') {
      current = null;
      continue;
    }
    if (block.kind === 'omission') {
      if (!current) {
        current = { speaker: null, paragraphs: [] };
        turns.push(current);
      }
      current.paragraphs.push('<…>');
      continue;
    }
    const labelled = splitLabel(block.text);
    if (labelled) {
      // Every printed label opens a turn, even when the same speaker goes on.
      current = { speaker: labelled.label, paragraphs: [] };
      turns.push(current);
      if (labelled.text) current.paragraphs.push(labelled.text);
      continue;
    }
    const next = blocks[b + 1];
    const nextIsLabel = next !== undefined && next.kind === 'para' && splitLabel(next.text) !== null;
    if (isHeading(block.text, nextIsLabel)) {
      // A heading is a turn of its own; what follows it without a label is narration.
      turns.push({ speaker: null, paragraphs: [block.text] });
      current = null;
      continue;
    }
    if (!current) {
      current = { speaker: null, paragraphs: [] };
      turns.push(current);
    }
    current.paragraphs.push(block.text);
  }
  return turns.filter((turn) => turn.paragraphs.length > 0 || turn.speaker !== null);
}

function parsePage(lines: string[]): ParsedDocument {
  const title = lines[1] && !FOOTER_WORDS.has(lines[1]) ? lines[1] : 'Untitled';
  const doc = emptyDocument(title);
  doc.attribution = KREMLIN_ATTRIBUTION;
  doc.language = 'en';
  if (title === 'Untitled') doc.warnings.push('Page has no title line');

  let end = lines.length;
  if (lines[end - 1] === TEXT_VERSION) end--;
  else doc.warnings.push('Page does not end with "Text version" (truncated copy?)');
  const content = lines.slice(0, end);

  const header = readHeader(doc, content);
  const footerStart = Math.max(header.next, findFooterStart(content));
  const footer = parseFooter(content.slice(footerStart));
  doc.geography = footer.geography;
  doc.topics = footer.topics;
  doc.persons = footer.persons;
  doc.sections = footer.sections;
  doc.publishedAt = footer.publishedAt;
  doc.warnings.push(...footer.warnings);
  if (footerStart === content.length) doc.warnings.push('Page has no Geography/Topics/Persons/Publication footer');

  doc.turns = buildTurns(readBody(doc, content.slice(header.next, footerStart)));
  if (doc.turns.length === 0) doc.warnings.push('Page has no transcript text');
  return doc;
}
