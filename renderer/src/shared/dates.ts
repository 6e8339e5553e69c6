/**
 * Reading a date as a person types it, in their locale or as ISO: "2019-11-28",
 * "28.11.2019", "11/28/2019" (the locale decides the order), "28 Nov 2019", "Nov 2019",
 * "2019". A year or a month stands for its first day, or its last as the end of a range. Pure.
 */

export type Bound = 'start' | 'end' | 'day';

const pad = (n: number): string => String(n).padStart(2, '0');
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

function iso(y: number, m: number, d: number | null, bound: Bound): string | null {
  if (y < 1000 || y > 2999 || m < 1 || m > 12) return null;
  if (d === null) {
    if (bound === 'day') return null;
    return `${y}-${pad(m)}-${pad(bound === 'end' ? lastDay(y, m) : 1)}`;
  }
  return d >= 1 && d <= lastDay(y, m) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** Month names (long and short, in the locale and in English) -> month number. */
function monthNames(locale?: string): Map<string, number> {
  const names = new Map<string, number>();
  for (const loc of [locale, 'en']) {
    for (const month of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(loc, { month, timeZone: 'UTC' });
      for (let m = 1; m <= 12; m++)
        names.set(
          format
            .format(new Date(Date.UTC(2001, m - 1, 1)))
            .toLowerCase()
            .replace(/\.$/, ''),
          m,
        );
    }
  }
  return names;
}

/** The order the locale writes a numeric date in, e.g. ['month', 'day', 'year'] for en-US. */
function numericOrder(locale?: string): ('day' | 'month' | 'year')[] {
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' })
    .formatToParts(new Date(Date.UTC(2001, 10, 28)))
    .map((p) => p.type)
    .filter((t): t is 'day' | 'month' | 'year' => t === 'day' || t === 'month' || t === 'year');
}

/** The ISO date meant by `text`, or null when it is not a date; '' for an empty field. */
export function parseDate(text: string, bound: Bound = 'day', locale?: string): string | null {
  const t = text.trim().toLowerCase();
  if (!t) return '';
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]), bound);
  m = /^(\d{4})(?:-(\d{1,2}))?$/.exec(t);
  if (m)
    return bound === 'day'
      ? null
      : m[2]
        ? iso(Number(m[1]), Number(m[2]), null, bound)
        : iso(Number(m[1]), bound === 'end' ? 12 : 1, bound === 'end' ? 31 : 1, bound);
  const tokens = t.split(/[^\p{L}\d]+/u).filter(Boolean);
  const names = monthNames(locale);
  const named = tokens.findIndex((w) => names.has(w.replace(/\.$/, '')));
  const numbers = tokens.filter((_, i) => i !== named).map((w) => (/^\d+$/.test(w) ? Number(w) : NaN));
  if (numbers.some(Number.isNaN)) return null;
  if (named >= 0) {
    const month = names.get(tokens[named]) as number;
    const year = numbers.find((n) => n >= 1000);
    const day = numbers.find((n) => n < 1000) ?? null;
    return year === undefined || numbers.length > 2 ? null : iso(year, month, day, bound);
  }
  const order = numericOrder(locale);
  if (numbers.length === 3) {
    const at = (part: 'day' | 'month' | 'year') => numbers[order.indexOf(part)];
    const year = at('year') < 100 ? 2000 + at('year') : at('year');
    return iso(year, at('month'), at('day'), bound);
  }
  if (numbers.length === 2) {
    const [month, year] = order.indexOf('month') < order.indexOf('year') ? numbers : [numbers[1], numbers[0]];
    return iso(year, month, null, bound);
  }
  return null;
}
