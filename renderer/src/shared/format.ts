/**
 * How the window writes dates and numbers: one way each, in the user's locale
 * (Intl with the system's language). Citations keep their own fixed style (reader/citation.ts).
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const formats = {
  short: new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  long: new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
};
const numbers = new Intl.NumberFormat();

function utc(iso: string): Date | null {
  const m = ISO_DAY.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

/** "2019-11-28" in the user's locale: "28 Nov 2019", "Nov 28, 2019", "28.11.2019"…; `long` spells the month out. */
export function formatDate(iso: string | null | undefined, style: 'short' | 'long' = 'short'): string {
  if (!iso) return style === 'long' ? 'Undated' : '—';
  const date = utc(iso);
  return date ? formats[style].format(date) : iso;
}

/** "2019-11" as a month in the user's locale ("Nov 2019"); a year stays a year. */
export function formatMonth(month: string): string {
  const date = utc(`${month}-01`);
  return date ? formats.month.format(date) : month;
}

/** A number as the user's locale writes it ("7,227", "7 227", "7.227"). */
export function formatNumber(n: number): string {
  return numbers.format(n);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** "imported 2024-05-02T10:11:12Z" -> a date in the locale. */
export function formatTimestamp(iso: string): string {
  return formatDate(iso.slice(0, 10));
}
