/**
 * Trends over time, pure: occurrences per turn gathered into date bins, next to the words spoken
 * in each bin, as raw counts and per 10,000 words; optionally one series per speaker.
 */
import { binOf, binRange, per10k, type BinUnit } from './measures';

/** Where and by whom an occurrence was counted. */
export interface Counted {
  date: string | null;
  group: string | null;
  count: number;
}

/** Words spoken in a document, by whom (group null: all its words). */
export interface Spoken {
  date: string | null;
  group: string | null;
  words: number;
}

export interface Axis {
  bins: string[];
  index: Map<string, number>;
}

/** The bins from the first dated document to the last. */
export function axisOf(dates: Iterable<string | null>, unit: BinUnit): Axis {
  let first: string | null = null;
  let last: string | null = null;
  for (const date of dates) {
    const bin = binOf(date, unit);
    if (!bin) continue;
    if (first === null || bin < first) first = bin;
    if (last === null || bin > last) last = bin;
  }
  const bins = first && last ? binRange(first, last, unit) : [];
  return { bins, index: new Map(bins.map((b, i) => [b, i])) };
}

/** Sums per bin for one group (null: everyone). */
export function wordsPerBin(axis: Axis, spoken: Spoken[], unit: BinUnit, group: string | null): number[] {
  const out = new Array<number>(axis.bins.length).fill(0);
  for (const s of spoken) {
    if (s.group !== group) continue;
    const i = axis.index.get(binOf(s.date, unit) ?? '');
    if (i !== undefined) out[i] += s.words;
  }
  return out;
}

export interface Series {
  group: string | null;
  counts: number[];
  per10k: (number | null)[];
  undated: number;
}

/** One series: the counts of a group (null: all) in each bin, related to the words given for it. */
export function seriesOf(axis: Axis, counted: Counted[], unit: BinUnit, group: string | null, words: number[]): Series {
  const counts = new Array<number>(axis.bins.length).fill(0);
  let undated = 0;
  for (const c of counted) {
    if (group !== null && c.group !== group) continue;
    const i = axis.index.get(binOf(c.date, unit) ?? '');
    if (i === undefined) undated += c.count;
    else counts[i] += c.count;
  }
  return { group, counts, per10k: counts.map((n, i) => per10k(n, words[i])), undated };
}

/** The groups that say it most, at most `limit` of them (named groups only). */
export function topGroups(counted: Counted[], limit: number): string[] {
  const totals = new Map<string, number>();
  for (const c of counted) if (c.group !== null) totals.set(c.group, (totals.get(c.group) ?? 0) + c.count);
  return [...totals]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([g]) => g);
}
