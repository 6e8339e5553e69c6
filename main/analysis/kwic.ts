/**
 * Concordance lines, pure: a match in a turn's text with the words before and after it, cut at
 * word boundaries to about `width` characters each side, and the orders a concordance is read in.
 */
import type { Range } from '../search/highlight';
import { foldedWords } from '../search/text';

export interface KwicContext {
  left: string;
  match: string;
  right: string;
}

export interface KwicLine extends KwicContext {
  documentId: number;
  title: string;
  date: string | null;
  turnIndex: number;
  speaker: string | null;
}

export type KwicSort = 'date' | 'speaker' | 'left' | 'right';

const flat = (text: string): string => text.replace(/\s+/g, ' ');

/** The context of one match: up to `width` characters each side, never cutting a word in two. */
export function contextOf(text: string, range: Range, width: number): KwicContext {
  let from = Math.max(0, range.start - width);
  if (from > 0 && /\S/.test(text[from - 1])) {
    const space = text.slice(from, range.start).search(/\s/);
    from = space < 0 ? range.start : from + space + 1;
  }
  let to = Math.min(text.length, range.end + width);
  if (to < text.length && /\S/.test(text[to])) {
    const before = text.slice(range.end, to);
    const space = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n'), before.lastIndexOf('\t'));
    to = space < 0 ? range.end : range.end + space;
  }
  return {
    left: flat(text.slice(from, range.start)).trimStart(),
    match: flat(text.slice(range.start, range.end)),
    right: flat(text.slice(range.end, to)).trimEnd(),
  };
}

/** The first three words to the left of the match (nearest first) or to its right, folded: what a context sort compares. */
export function contextKey(line: KwicContext, side: 'left' | 'right'): string[] {
  const words = foldedWords(side === 'left' ? line.left : line.right);
  return (side === 'left' ? words.reverse() : words).slice(0, 3);
}

function compareKeys(a: string[], b: string[]): number {
  for (let i = 0; i < 3; i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Sorts lines by their 1st, then 2nd, then 3rd word to the left or right of the match; ties keep their order (stable). */
export function sortByContext<T extends KwicContext>(lines: T[], side: 'left' | 'right'): T[] {
  const keyed = lines.map((line, i) => ({ line, i, key: contextKey(line, side) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key) || a.i - b.i);
  return keyed.map((k) => k.line);
}

/** Chronological, undated last, then by document and turn: a concordance's reading order. */
export function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
