/** Pieces of passage text to render: plain, a shared phrase, a deletion or an insertion. */
import type { ComparePassage, DiffSegment } from '../../../preload/api';

export interface Piece {
  text: string;
  kind: 'plain' | 'phrase' | 'delete' | 'insert';
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
  return diff
    .filter((s) => s.op !== drop)
    .map((s) => ({ text: s.text, kind: s.op === 'equal' ? 'plain' : s.op }));
}

export function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}
