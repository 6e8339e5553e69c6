/**
 * The arithmetic of the research desk, pure: relative frequency per 10,000 words, Dunning's
 * log-likelihood (G²) for a word's company, and the date axis of a trend.
 */

/** Occurrences per 10,000 words, or null when no words were spoken (nothing to relate to). */
export function per10k(count: number, words: number): number | null {
  if (words <= 0) return null;
  return Math.round((count / words) * 10_000 * 1000) / 1000;
}

const term = (observed: number, expected: number): number => (observed > 0 && expected > 0 ? observed * Math.log(observed / expected) : 0);

/**
 * Dunning's log-likelihood G² of a 2×2 table: `a` the word within the windows, `b` the other
 * words within them, `c` the word elsewhere, `d` the other words elsewhere.
 * G² = 2 Σ O ln(O / E), with E = row total × column total / N for each cell.
 */
export function logLikelihood(a: number, b: number, c: number, d: number): number {
  const n = a + b + c + d;
  if (n <= 0) return 0;
  const r1 = a + b;
  const r2 = c + d;
  const c1 = a + c;
  const c2 = b + d;
  const g2 = 2 * (term(a, (r1 * c1) / n) + term(b, (r1 * c2) / n) + term(c, (r2 * c1) / n) + term(d, (r2 * c2) / n));
  return Math.max(0, g2);
}

export type BinUnit = 'year' | 'month';

/** A date's bin ("2019" or "2019-03"), or null for an undated or unreadable date. */
export function binOf(date: string | null, unit: BinUnit): string | null {
  if (!date || !/^\d{4}(-\d{2})?/.test(date)) return null;
  if (unit === 'year') return date.slice(0, 4);
  return /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : null;
}

/** Every bin from the first to the last, none left out (a year or month with nothing said is a zero on the axis). */
export function binRange(first: string, last: string, unit: BinUnit): string[] {
  const out: string[] = [];
  if (unit === 'year') {
    for (let y = Number(first); y <= Number(last); y++) out.push(String(y).padStart(4, '0'));
    return out;
  }
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  const end = Number(last.slice(0, 4)) * 12 + Number(last.slice(5, 7));
  while (y * 12 + m <= end) {
    out.push(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}
