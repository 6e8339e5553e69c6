/**
 * The transcript inside `div.entry-content` of an en.kremlin.ru page: paragraphs,
 * speaker labels and turns. Link blocks, tags, photo sliders and pull quotes
 * that sit inside the same div are left out here (kremlin-html.ts reads them).
 *
 * Rules (see tests/unit/kremlin-html.test.ts for the pages they come from):
 * - A paragraph whose first visible character is bold and whose text reaches a
 *   colon through bold text only (plus whitespace and a parenthesis such as
 *   "(retranslated)") opens a turn; the label is the text before the colon.
 *   The label stays as printed, with a bracketed note ("… Davutoglu
 *   (retranslated)"); a label printed twice in a row makes two turns.
 *   Inside a transcript with bold labels, an unbolded generic label ("Question:",
 *   "Remark:", "Reply:", "Response:", "Comment:") also opens a turn, unless no label
 *   follows it and the text runs on after it (the speaker asking it himself).
 * - A paragraph entirely in bold without such a colon is a heading: its own
 *   narration turn. Unlabeled paragraphs after it are narration.
 * - An unlabeled paragraph continues the current speaker's turn; before any
 *   label, or after a heading or a "* * *" separator, it is narration.
 * - "* * *" separators are not text; they end the current turn.
 * - A label alone in its paragraph that does not read as a speaker ("Meeting
 *   points:") is a heading, printed with its colon.
 * - Form fields of announcements ("Email: …") are plain paragraphs, not labels.
 * - An omission `<…>` is kept as the paragraph "<…>".
 */
import type { ParsedTurn } from './types';
import { isOmission, OMISSION_MARK } from '../../shared/text';
import { collapseWhitespace } from './text-utils';
import { type DomElement, type DomNode, hasClass, isElement, isHiddenCard, isText } from './html-dom';
import { UNANSWERED_RUNS_ON } from './label-evidence';

/** A piece of paragraph text and whether it is printed in bold. */
interface Segment {
  text: string;
  bold: boolean;
}

export interface BodyParagraph {
  /** Label without the colon, or null. */
  label: string | null;
  /** Paragraph text (after the label), whitespace collapsed; may be empty for a label-only paragraph. */
  text: string;
  /** True when the whole paragraph is bold and carries no label. */
  heading: boolean;
}

/** Containers inside entry-content that are not transcript text. */
function isNonTextBlock(el: DomElement): boolean {
  if (el.name === 'blockquote') return true; // pull quotes repeat a sentence of the text
  if (el.name === 'figure' || el.name === 'video' || el.name === 'script' || el.name === 'style') return true;
  if (el.name !== 'div' && el.name !== 'span') return false;
  return (
    hasClass(el, 'read__cut') ||
    hasClass(el, 'read__bottommeta') ||
    hasClass(el, 'slider') ||
    hasClass(el, 'media') ||
    hasClass(el, 'media__container') ||
    hasClass(el, 'read__tooltip')
  );
}

const SKIPPED_INLINE = new Set(['script', 'style', 'img', 'meta', 'link', 'svg', 'noscript', 'template']);

function collectSegments(nodes: readonly DomNode[], bold: boolean, out: Segment[]): void {
  for (const node of nodes) {
    if (isText(node)) {
      if (node.data) out.push({ text: node.data, bold });
    } else if (isElement(node)) {
      const name = node.name;
      if (name === 'br') out.push({ text: '\n', bold });
      else if (SKIPPED_INLINE.has(name) || isHiddenCard(node)) continue;
      else collectSegments(node.children, bold || name === 'b' || name === 'strong', out);
    }
  }
}

const SEPARATOR = /^\*(?:\s*\*){2,}$/;
/** Generic labels, recognised without bold inside a transcript that has bold labels. */
const GENERIC_LABEL = /^(Question|Remark|Reply|Response|Comment):\s+/;
/** Bold field names of announcement pages that are not speakers. */
const FIELD_LABEL = /^(?:e-?mail|tel|telephone|phone|fax|address|venue|website|contact telephone numbers?)$/i;
/** Longest label accepted (characters before the colon). */
const MAX_LABEL = 200;

/** Splits a paragraph into label and text by the rules above. */
export function readParagraph(segments: readonly Segment[]): BodyParagraph | null {
  const full = segments.map((s) => s.text).join('');
  const text = collapseWhitespace(full);
  if (!text) return null;

  let allBold = true;
  for (const s of segments) {
    if (!s.bold && collapseWhitespace(s.text) !== '') {
      allBold = false;
      break;
    }
  }

  const colonAt = findLabelColon(segments);
  if (colonAt >= 0) {
    const label = collapseWhitespace(full.slice(0, colonAt));
    const rest = collapseWhitespace(full.slice(colonAt + 1));
    // An all-bold paragraph with text after the colon reads as a heading ("Article 1: Scope").
    if (label && !(allBold && rest)) return { label, text: rest, heading: false };
  }
  return { label: null, text, heading: allBold };
}

/** Index in the joined text of the colon that ends a speaker label, or -1. */
function findLabelColon(segments: readonly Segment[]): number {
  let offset = 0;
  let started = false;
  let depth = 0;
  for (let si = 0; si < segments.length; si++) {
    const { text, bold } = segments[si];
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      const pos = offset + i;
      if (pos > MAX_LABEL + 50) return -1;
      const space = ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0';
      if (!started) {
        if (space) continue;
        if (!bold) return -1;
        started = true;
      }
      if (ch === ':' && depth === 0) {
        const next = nextChar(segments, si, i + 1);
        if (next !== null && next >= '0' && next <= '9') return -1; // a clock time, not a label
        return pos > MAX_LABEL ? -1 : pos;
      }
      if (ch === '(') depth++;
      else if (ch === ')' && depth > 0) depth--;
      else if (!bold && !space && depth === 0 && ch !== ')') return -1;
    }
    offset += text.length;
  }
  return -1;
}

function nextChar(segments: readonly Segment[], si: number, i: number): string | null {
  for (let s = si; s < segments.length; s++) {
    const t = segments[s].text;
    const from = s === si ? i : 0;
    if (from < t.length) return t[from];
  }
  return null;
}

/** Paragraph-level elements of the body in document order, non-text blocks left out. */
function collectParagraphElements(nodes: readonly DomNode[], out: DomElement[]): void {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (isNonTextBlock(node)) continue;
    if (node.name === 'p' || node.name === 'li' || /^h[1-6]$/.test(node.name)) out.push(node);
    else collectParagraphElements(node.children, out);
  }
}

/**
 * For a label printed alone in its paragraph: does it read as a speaker ("Vladimir
 * Putin", "Question", "Minister … Alexander Dergachev (retranslated)") rather than
 * a heading ("Meeting points", "Entry from 10.00 am to 11.00 am")? Its last word,
 * parentheses aside, must be capitalised, and it must hold no digit.
 */
export function looksLikeSpeaker(label: string): boolean {
  if (/\d/.test(label)) return false;
  const bare = label.replace(/\s*\([^)]*\)\s*$/g, '').trim();
  const last = bare.split(' ').pop() ?? '';
  return /^\p{Lu}/u.test(last);
}

export interface BodyResult {
  turns: ParsedTurn[];
  warnings: string[];
}

/** Reads the turns of `div.entry-content`. */
export function readBody(content: DomElement): BodyResult {
  const elements: DomElement[] = [];
  collectParagraphElements(content.children, elements);
  const turns: ParsedTurn[] = [];
  const warnings: string[] = [];
  /** The turn unlabeled paragraphs join; null after a heading or separator. */
  let open: ParsedTurn | null = null;

  const paragraphs: BodyParagraph[] = [];
  for (const el of elements) {
    const segments: Segment[] = [];
    collectSegments(el.children, /^h[1-6]$/.test(el.name), segments);
    const para = readParagraph(segments);
    if (para) paragraphs.push(para);
  }
  const hasLabels = paragraphs.some((p) => p.label !== null);
  const lastLabel = paragraphs.findLastIndex((p) => p.label !== null);

  for (const [i, para] of paragraphs.entries()) {
    const generic = hasLabels && para.label === null ? GENERIC_LABEL.exec(para.text) : null;
    // A question no labelled turn answers, after which the text runs on, is the speaker's own
    // ("Question: at what expense? Where do we get these funds?" in an address, 56957): it stays in the turn.
    if (generic && !(i > lastLabel && paragraphs.length - 1 - i >= UNANSWERED_RUNS_ON)) {
      // "Question: …" left unbolded in a transcript whose other labels are bold (17976).
      para.label = generic[1];
      para.text = para.text.slice(generic[0].length);
    }
    if (para.label === null && SEPARATOR.test(para.text)) {
      open = null;
      continue;
    }
    if (para.label !== null && FIELD_LABEL.test(para.label)) {
      // "Email: accredit@…" on announcement pages: a form field, not a speaker.
      para.text = para.text ? `${para.label}: ${para.text}` : `${para.label}:`;
      para.label = null;
      para.heading = false;
    }
    const text = isOmission(para.text) ? OMISSION_MARK : para.text;
    if (para.label !== null && !text && !looksLikeSpeaker(para.label)) {
      // "Meeting points:", "The message reads:" — a heading that introduces what follows.
      turns.push({ speaker: null, paragraphs: [`${para.label}:`] });
      open = null;
    } else if (para.label !== null) {
      open = { speaker: para.label, paragraphs: text ? [text] : [] };
      turns.push(open);
    } else if (para.heading) {
      turns.push({ speaker: null, paragraphs: [text] });
      open = null;
    } else if (open) {
      open.paragraphs.push(text);
    } else {
      open = { speaker: null, paragraphs: [text] };
      turns.push(open);
    }
  }

  const kept = turns.filter((t) => t.paragraphs.length > 0);
  if (kept.length < turns.length) {
    const labels = turns.filter((t) => t.paragraphs.length === 0).map((t) => t.speaker ?? '');
    warnings.push(`Speaker label with no text dropped: ${labels.join(', ')}`);
  }
  return { turns: kept, warnings };
}
