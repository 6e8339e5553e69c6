/** Pieces of passage text to render: plain, a shared phrase, a deletion or an insertion. */
import type { ComparePassage, Comparison, DiffSegment } from '../../../shared/contract/api';

export interface Piece {
  text: string;
  kind: 'plain' | 'phrase' | 'delete' | 'insert' | 'term';
  /** The shared phrase's index, for kind 'phrase'. */
  phrase?: number;
}

/** The text of a passage cut at its shared-phrase marks (only one phrase's, when `only` is given). */
export function markedPieces(passage: ComparePassage, only?: number | null): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const mark of passage.marks) {
    if (only !== undefined && mark.phrase !== only) continue;
    if (mark.start > at) pieces.push({ text: passage.text.slice(at, mark.start), kind: 'plain' });
    pieces.push({ text: passage.text.slice(mark.start, mark.end), kind: 'phrase', phrase: mark.phrase });
    at = mark.end;
  }
  if (at < passage.text.length) pieces.push({ text: passage.text.slice(at), kind: 'plain' });
  return pieces;
}

/** One side of a word diff: the left keeps equal text and deletions, the right equal text and insertions. */
export function diffSide(diff: DiffSegment[], side: 'left' | 'right'): Piece[] {
  const drop = side === 'left' ? 'insert' : 'delete';
  return diff.filter((s) => s.op !== drop).map((s) => ({ text: s.text, kind: s.op === 'equal' ? 'plain' : s.op }));
}

export function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

const byIndex = new WeakMap<ComparePassage[], Map<number, ComparePassage>>();

/**
 * A passage by its index. A whole comparison holds every passage at its index; its first
 * screen holds only the passages shown, so they are found through their `index`.
 */
export function passageAt(comparison: Comparison, side: 'left' | 'right', index: number): ComparePassage | undefined {
  const passages = side === 'left' ? comparison.passagesLeft : comparison.passagesRight;
  if (!comparison.partial) return passages[index];
  let map = byIndex.get(passages);
  if (!map) byIndex.set(passages, (map = new Map(passages.map((p) => [p.index, p]))));
  return map.get(index);
}

/** Pieces of a passage with the words of `terms` marked (a word matches a term when they share a stem-like prefix). */
export function termPieces(text: string, terms: string[]): Piece[] {
  if (terms.length === 0) return [{ text, kind: 'plain' }];
  const prefixes = terms.map((t) => t.toLowerCase().slice(0, Math.max(4, t.length - 2)));
  const pieces: Piece[] = [];
  let at = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)) {
    const word = m[0].toLowerCase();
    const hit = terms.some(
      (t, i) => word === t.toLowerCase() || (word.length >= prefixes[i].length && word.startsWith(prefixes[i]) && prefixes[i].length >= 4),
    );
    if (!hit) continue;
    const start = m.index ?? 0;
    if (start > at) pieces.push({ text: text.slice(at, start), kind: 'plain' });
    pieces.push({ text: m[0], kind: 'term' });
    at = start + m[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), kind: 'plain' });
  return pieces;
}
