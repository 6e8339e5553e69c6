/** Splits a paragraph into runs marked by find hits and annotations, so both can be drawn without HTML. */

export interface Mark {
  start: number;
  end: number;
  kind: 'hit' | 'annotation';
  /** Hit number (for the current one) or annotation id. */
  id: number;
}

export interface Segment {
  text: string;
  hit: number | null;
  annotation: number | null;
}

export function segment(text: string, marks: Mark[]): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(text.length, m.start)));
    cuts.add(Math.max(0, Math.min(text.length, m.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    if (a === b) continue;
    const hit = marks.find((m) => m.kind === 'hit' && m.start <= a && m.end >= b);
    const note = marks.find((m) => m.kind === 'annotation' && m.start <= a && m.end >= b);
    out.push({ text: text.slice(a, b), hit: hit ? hit.id : null, annotation: note ? note.id : null });
  }
  return out;
}

/** Case-insensitive occurrences of `needle` in `text`. */
export function findAll(text: string, needle: string): { start: number; end: number }[] {
  if (!needle) return [];
  const hay = text.toLocaleLowerCase();
  const n = needle.toLocaleLowerCase();
  const out: { start: number; end: number }[] = [];
  for (let i = hay.indexOf(n); i >= 0; i = hay.indexOf(n, i + n.length)) out.push({ start: i, end: i + n.length });
  return out;
}

/** Where an annotation's quote is now: at its offsets if the text there still matches, else the nearest occurrence. */
export function anchor(text: string, start: number, end: number, quote: string): { start: number; end: number } | null {
  if (text.slice(start, end) === quote) return { start, end };
  let best: number | null = null;
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
    if (best === null || Math.abs(i - start) < Math.abs(best - start)) best = i;
  }
  return best === null ? null : { start: best, end: best + quote.length };
}
