/**
 * The dates just outside a histogram's span, for the query terms that find the hits counted
 * at its edges: before a first bar of 1990, date:..1989; after a last bar of 2019-11, date:2019-12.. .
 * Pure; keys are years ("1990") or months ("2019-11"), as the histogram gives them.
 */

function shift(key: string, by: 1 | -1): string {
  const year = Number(key.slice(0, 4));
  if (key.length === 4) return String(year + by).padStart(4, '0');
  const month = Number(key.slice(5, 7)) + by;
  if (month < 1) return `${String(year - 1).padStart(4, '0')}-12`;
  if (month > 12) return `${String(year + 1).padStart(4, '0')}-01`;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The term for the hits dated before the first bar. */
export const beforeTerm = (firstKey: string): string => `date:..${shift(firstKey, -1)}`;

/** The term for the hits dated after the last bar. */
export const afterTerm = (lastKey: string): string => `date:${shift(lastKey, 1)}..`;
