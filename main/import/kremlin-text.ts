/**
 * Parser for en.kremlin.ru "Events" pages as text copied from the browser.
 *
 * A file may hold several pages joined; each runs from a line "Events" to "Text version"
 * (which can run straight into the next page's "Events" on the same line). A page is:
 * "Events", title, lead (optional), date (or "Announcement, …"), time, place (optional),
 * an optional photo counter "N of M" with its caption (or a single caption), the body
 * (one paragraph a line, "Label: text" for speakers), "See also"/"Additional" link
 * blocks, the Geography/Topics/Persons tags and the publication status.
 * Which "Label: text" lines are speakers' labels is decided for the whole page from evidence
 * (kremlin-text-evidence.ts); explainKremlinText() gives the reasons with the documents.
 */

import { KREMLIN_ATTRIBUTION, emptyDocument, type ParsedDocument, type ParsedTurn, type ParseOutcome } from './types';
import { OMISSION_MARK } from '../../shared/text';
import { collapseWhitespace, normalizeNewlines, parseClockTime } from './text-utils';
import {
  FOOTER_WORDS,
  looseKey,
  continuationJoiner,
  endsWithTerminal,
  isAnnouncementLine,
  parseAnnouncementDate,
  isBodyCaption,
  isHeading,
  isLeadCaption,
  isOmission,
  isPhotoCounter,
  isPhotoCreditLine,
  isPlaceLine,
  isSeparator,
  isShortCaption,
  parseDateLine,
  splitLabel,
} from './kremlin-text-lines';
import { findFooterStart, opensRelatedBlock, parseFooter, readRelatedBlock } from './kremlin-text-footer';
import { decideKremlinLabels, type KremlinLabel } from './kremlin-text-evidence';

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
export function parseKremlinText(text: string): ParseOutcome {
  const documents = explainKremlinText(text).map((page) => page.document);
  if (documents.length === 0) return { kind: 'failed', error: 'Copied en.kremlin.ru text, but no page could be read from it.' };
  return { kind: 'documents', format: 'kremlin-text', documents, warnings: [] };
}

/** parseKremlinText, with the decision on every line that opened like a speaker label (for `--explain-labels`). */
export function explainKremlinText(text: string): ExplainedPage[] {
  if (typeof text !== 'string') return [];
  const pages: ExplainedPage[] = [];
  for (const page of splitPages(toLines(text))) {
    try {
      pages.push(parsePage(page));
    } catch (error) {
      const doc = emptyDocument(page[1] ?? 'Untitled');
      doc.warnings.push(`Page could not be read: ${error instanceof Error ? error.message : String(error)}`);
      pages.push({ document: doc, labels: [] });
    }
  }
  return pages;
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

type Block = { kind: 'para'; text: string; joined: boolean } | { kind: 'separator' } | { kind: 'omission' };

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
    } else if (isBodyCaption(line, doc.title) || isShortCaption(line) || isLeadRepeat(line, doc.summary) || isPhotoCreditLine(line))
      doc.captions.push(line);
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

/**
 * The caption of a picture or video inside the body that repeats the page's lead word for
 * word (a <span class="media__title"> in the HTML): the lead is never a body paragraph.
 */
function isLeadRepeat(line: string, summary: string | null): boolean {
  return summary !== null && summary.length >= 20 && looseKey(line) === looseKey(summary);
}

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}’'-]+/gu) ?? [];
function fourGrams(w: string[]): string[] {
  const grams: string[] = [];
  for (let i = 0; i + 3 < w.length; i++) grams.push(`${w[i]} ${w[i + 1]} ${w[i + 2]} ${w[i + 3]}`);
  return grams;
}

/**
 * A pull quote without quote marks (pages since about 2012 print the <blockquote> bare):
 * a paragraph of 100+ characters whose wording is repeated from other paragraphs of the
 * page — it opens and closes with words found there and at least 80% of its runs of four
 * words are found there (the site shortens quotes: "… responsibility for this programme."
 * for "… for this programme, and this is why …"). A paragraph printed twice in full is
 * left alone. On the 7,145 bulk pages this finds 193 of 228 blockquotes and takes 2 of the
 * 65,700 transcript paragraphs the HTML parser reads there.
 */
function findRepeatQuotes(blocks: Block[]): Set<number> {
  const found = new Set<number>();
  const listOf = blocks.map((block) => (block.kind === 'para' && !isPullQuote(block) ? fourGrams(words(block.text)) : []));
  const gramsOf = listOf.map((grams) => new Set(grams));
  const blocksWith = new Map<string, number>();
  for (const grams of gramsOf) for (const g of grams) blocksWith.set(g, (blocksWith.get(g) ?? 0) + 1);
  const texts = new Map<string, number>();
  for (const block of blocks) if (block.kind === 'para') texts.set(block.text, (texts.get(block.text) ?? 0) + 1);
  // Shorter paragraphs first: once a quote is taken out, its words no longer vouch for the original.
  const order = blocks.map((_, i) => i).filter((i) => blocks[i].kind === 'para' && !isPullQuote(blocks[i]));
  order.sort((x, y) => (blocks[x] as { text: string }).text.length - (blocks[y] as { text: string }).text.length);
  for (const i of order) {
    const text = (blocks[i] as { text: string }).text;
    if (text.length < 100 || (texts.get(text) ?? 0) > 1 || splitLabel(text)) continue;
    const grams = listOf[i];
    if (grams.length === 0) continue;
    const elsewhere = (g: string): boolean => (blocksWith.get(g) ?? 0) > 1;
    const covered = grams.filter(elsewhere).length / grams.length;
    if (covered >= 0.8 && elsewhere(grams[0]) && elsewhere(grams[grams.length - 1])) {
      found.add(i);
      for (const g of gramsOf[i]) blocksWith.set(g, (blocksWith.get(g) ?? 1) - 1);
    }
  }
  return found;
}

/** The label decisions of a page's blocks: pull quotes and repeats are not read. */
function decideBlocks(blocks: Block[], repeats: Set<number>, persons: string[]): (KremlinLabel | null)[] {
  const texts = blocks.map((block, b) => (block.kind === 'para' && !isPullQuote(block) && !repeats.has(b) ? block.text : null));
  return decideKremlinLabels(texts, persons);
}

/** Paragraph blocks -> speaker turns; `labels` holds the decision on each block (decideBlocks). */
function buildTurns(blocks: Block[], repeats: Set<number>, labels: (KremlinLabel | null)[]): ParsedTurn[] {
  const turns: ParsedTurn[] = [];
  let current: ParsedTurn | null = null;
  const labelAt = (b: number): KremlinLabel | null => {
    const decision = labels[b];
    return decision && decision.verdict === 'label' ? decision : null;
  };
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (isPullQuote(block) || repeats.has(b)) continue;
    if (block.kind === 'separator') {
      current = null;
      continue;
    }
    if (block.kind === 'omission') {
      if (!current) {
        current = { speaker: null, paragraphs: [] };
        turns.push(current);
      }
      current.paragraphs.push(OMISSION_MARK);
      continue;
    }
    const labelled = labelAt(b);
    if (labelled) {
      // Every printed label opens a turn, even when the same speaker goes on.
      current = { speaker: labelled.label, paragraphs: [] };
      turns.push(current);
      if (labelled.text) current.paragraphs.push(labelled.text);
      continue;
    }
    const next = blocks[b + 1];
    const nextIsLabel = next !== undefined && next.kind === 'para' && labelAt(b + 1) !== null;
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

/** A page's document and the decision on every line that opened like a label. */
export interface ExplainedPage {
  document: ParsedDocument;
  labels: KremlinLabel[];
}

function parsePage(lines: string[]): ExplainedPage {
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

  const blocks = readBody(doc, content.slice(header.next, footerStart));
  const repeats = findRepeatQuotes(blocks);
  const labels = decideBlocks(blocks, repeats, doc.persons);
  doc.turns = buildTurns(blocks, repeats, labels);
  if (doc.turns.length === 0) doc.warnings.push('Page has no transcript text');
  return { document: doc, labels: labels.filter((d): d is KremlinLabel => d !== null) };
}
