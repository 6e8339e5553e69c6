/**
 * The timeline's buckets, pure: documents per month (or per year over a long span),
 * zeros included so the bars keep time's proportions, with the few documents far
 * outside the bulk (a 1797 letter in an archive of 2000–2020) set aside as outliers
 * so that they do not squeeze everything else into a corner.
 */

export interface MonthCount {
  month: string; // YYYY-MM
  count: number;
}

export interface Bucket {
  key: string; // YYYY-MM or YYYY
  from: string; // YYYY-MM-DD
  to: string; // YYYY-MM-DD
  count: number;
}

export interface TimelineModel {
  unit: 'month' | 'year';
  buckets: Bucket[];
  before: { count: number; first: string } | null;
  after: { count: number; last: string } | null;
}

const monthIndex = (m: string): number => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
const monthKey = (i: number): string => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** The month at a share of all documents (0..1), counting in date order. */
function quantile(months: MonthCount[], share: number): number {
  const total = months.reduce((n, m) => n + m.count, 0);
  let seen = 0;
  for (const m of months) {
    seen += m.count;
    if (seen >= share * total) return monthIndex(m.month);
  }
  return monthIndex(months[months.length - 1].month);
}

export function timelineModel(input: MonthCount[]): TimelineModel {
  const months = input.filter((m) => /^\d{4}-\d{2}$/.test(m.month) && m.count > 0).sort((a, b) => a.month.localeCompare(b.month));
  if (months.length === 0) return { unit: 'month', buckets: [], before: null, after: null };
  let lo = monthIndex(months[0].month);
  let hi = monthIndex(months[months.length - 1].month);
  // Outliers: under 1% of the documents, more than a core-span (and at least 5 years) away from the bulk.
  const coreLo = quantile(months, 0.01);
  const coreHi = quantile(months, 0.99);
  const margin = Math.max(60, coreHi - coreLo);
  if (coreLo - lo > margin) lo = coreLo - Math.min(12, coreLo - lo);
  if (hi - coreHi > margin) hi = coreHi + Math.min(12, hi - coreHi);
  const outside = (test: (i: number) => boolean) => months.filter((m) => test(monthIndex(m.month)));
  const early = outside((i) => i < lo);
  const late = outside((i) => i > hi);
  const before = early.length ? { count: early.reduce((n, m) => n + m.count, 0), first: early[0].month } : null;
  const after = late.length ? { count: late.reduce((n, m) => n + m.count, 0), last: late[late.length - 1].month } : null;

  const counts = new Map(months.map((m) => [monthIndex(m.month), m.count]));
  if (hi - lo < 72) {
    const buckets: Bucket[] = [];
    for (let i = lo; i <= hi; i++) {
      const key = monthKey(i);
      buckets.push({ key, from: `${key}-01`, to: monthEnd(key), count: counts.get(i) ?? 0 });
    }
    return { unit: 'month', buckets, before, after };
  }
  const buckets: Bucket[] = [];
  for (let y = Math.floor(lo / 12); y <= Math.floor(hi / 12); y++) {
    let count = 0;
    for (let m = 0; m < 12; m++) count += counts.get(y * 12 + m) ?? 0;
    buckets.push({ key: String(y), from: `${y}-01-01`, to: `${y}-12-31`, count });
  }
  return { unit: 'year', buckets, before, after };
}
