/**
 * The histogram of a result over the span where its hits are: from the 1st to the 99th percentile
 * of their dates (one document of 1826 among 128 of 2008–2020 does not stretch the axis over two
 * centuries); the dated hits outside the span are counted as `before` and `after`, to be shown at
 * the edges. Months when the span covers at most two calendar years, else years; empty buckets
 * inside the span are kept (as 0). Pure: month counts in, histogram out.
 */
import type { SearchHistogram } from '../../shared/contract/search';

/** Documents per month ("2019-11"), and how many have no date. */
export interface MonthCounts {
  months: Map<string, number>;
  undated: number;
}

/** The share of dated hits that may fall outside the span at each end. */
export const OUTLIER_SHARE = 0.01;

export function histogramOf({ months, undated }: MonthCounts): SearchHistogram {
  const keys = [...months.keys()].sort();
  const dated = keys.reduce((n, k) => n + (months.get(k) ?? 0), 0);
  if (dated === 0) return { unit: 'year', buckets: [], before: 0, after: 0, undated };
  // The span starts at the month of the k-th earliest hit and ends at that of the k-th latest.
  const k = Math.floor(dated * OUTLIER_SHARE) + 1;
  const at = (rank: number): string => {
    let seen = 0;
    for (const key of keys) {
      seen += months.get(key) ?? 0;
      if (seen >= rank) return key;
    }
    return keys[keys.length - 1];
  };
  const first = at(k);
  const last = at(dated - k + 1);
  const fromYear = Number(first.slice(0, 4));
  const toYear = Number(last.slice(0, 4));
  const byMonth = toYear - fromYear <= 1;
  const bucketOf = (key: string): string => (byMonth ? key : key.slice(0, 4));
  const lo = bucketOf(first);
  const hi = bucketOf(last);
  const counts = new Map<string, number>();
  let before = 0;
  let after = 0;
  for (const key of keys) {
    const n = months.get(key) ?? 0;
    const b = bucketOf(key);
    if (b < lo) before += n;
    else if (b > hi) after += n;
    else counts.set(b, (counts.get(b) ?? 0) + n);
  }
  const buckets: { key: string; count: number }[] = [];
  if (byMonth) {
    for (let y = fromYear; y <= toYear; y++) {
      for (let m = 1; m <= 12; m++) {
        const key = `${y}-${String(m).padStart(2, '0')}`;
        if (key >= lo && key <= hi) buckets.push({ key, count: counts.get(key) ?? 0 });
      }
    }
  } else {
    for (let y = fromYear; y <= toYear; y++) buckets.push({ key: String(y), count: counts.get(String(y)) ?? 0 });
  }
  return { unit: byMonth ? 'month' : 'year', buckets, before, after, undated };
}
