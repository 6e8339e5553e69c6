/**
 * Calendar dates: the one definition the whole program checks dates against.
 * The contract (document edits, library filters), the query language (`date:`)
 * and the importers' parsers (dataset cells, file names, pages) all call it,
 * so a date accepted anywhere exists on the calendar.
 *
 * Forms: YYYY, YYYY-MM, YYYY-MM-DD; years 0001-9999, months 01-12, days
 * within their month (29 February only in a leap year, Gregorian rule).
 * Pure and import-free: main, preload and renderer may all use it.
 */

/** How precise a date is: 2019, 2019-11 or 2019-11-28. */
export type DateForm = 'year' | 'month' | 'day';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const SHAPES: Record<DateForm, RegExp> = {
  year: /^(\d{4})$/,
  month: /^(\d{4})-(\d{2})$/,
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
};

const EXAMPLES: Record<DateForm, string> = { year: 'YYYY', month: 'YYYY-MM', day: 'YYYY-MM-DD' };

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1-12) of a year; 0 for a month that does not exist. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Which of `forms` the value is written in (2019 / 2019-11 / 2019-11-28), whether or not the date exists; null for none. */
export function dateFormOf(value: string, forms: readonly DateForm[] = ['year', 'month', 'day']): DateForm | null {
  return forms.find((f) => SHAPES[f].test(value)) ?? null;
}

/**
 * Null when `value` is a real calendar date in one of `forms` (YYYY-MM-DD
 * unless told otherwise); else a sentence saying what is wrong, e.g.
 * "2019-02-30 is not a date: February 2019 has 28 days."
 * Use it wherever a date comes in: the contract, the archive's edit path, queries, parsers.
 */
export function calendarDateProblem(value: string, forms: readonly DateForm[] = ['day']): string | null {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  const form = dateFormOf(value, forms);
  if (!form) {
    const wanted = forms.map((f) => EXAMPLES[f]);
    const list = wanted.length > 1 ? `${wanted.slice(0, -1).join(', ')} or ${wanted.at(-1)}` : wanted[0];
    return `“${shown}” is not a date: write ${list}${forms.includes('day') ? ', e.g. 2019-11-28' : ''}.`;
  }
  const [, y, m, d] = SHAPES[form].exec(value) ?? [];
  const year = Number(y);
  if (year < 1) return `${value} is not a date: years run from 0001 to 9999.`;
  if (m === undefined) return null;
  const month = Number(m);
  if (month < 1 || month > 12) return `${value} is not a date: months run from 01 to 12.`;
  if (d === undefined) return null;
  const day = Number(d);
  if (day < 1) return `${value} is not a date: days run from 01.`;
  const last = daysInMonth(year, month);
  if (day > last) return `${value} is not a date: ${MONTH_NAMES[month - 1]} ${y} has ${last} days.`;
  return null;
}

/** True when `value` is a real calendar date in one of `forms` (YYYY-MM-DD unless told otherwise). */
export function isCalendarDate(value: string, forms: readonly DateForm[] = ['day']): boolean {
  return calendarDateProblem(value, forms) === null;
}

/** YYYY-MM-DD from numbers, or null when that day is not on the calendar (2019-02-30, month 13, year 0). */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (![year, month, day].every(Number.isInteger) || year < 1 || year > 9999) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
