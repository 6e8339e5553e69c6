/**
 * Cell rules for dataset rows: dates in the forms datasets use (ISO, English,
 * dd.mm.yyyy, Russian month names), list cells, text into paragraphs,
 * language and attribution. Pure functions; none throws.
 */
import { KREMLIN_ATTRIBUTION } from './types';
import { calendarDateProblem } from '../../shared/dates';
import { collapseWhitespace, isoDate, normalizeNewlines, parseClockTime, parseEnglishDate, russianMonth } from './text-utils';

export const KREMLIN_RU_ATTRIBUTION = 'Source: kremlin.ru, licensed under Creative Commons Attribution 4.0 International (CC BY 4.0)';

/** Cells that mean "nothing here" in exported datasets (pandas, scrapers). */
const EMPTY_MARKERS = new Set(['', 'null', 'none', 'nan', 'n/a', 'na', '-', '—', 'no location', 'no title', 'undefined']);

/** A scalar cell, whitespace collapsed; null when empty or an "empty" marker. */
export function cellValue(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const value = collapseWhitespace(raw);
  return EMPTY_MARKERS.has(value.toLowerCase()) ? null : value;
}

/** "28 ноября 2019 года" / "28 ноября 2019 г." -> "2019-11-28". */
export function parseRussianDate(text: string): string | null {
  const m = /^(\d{1,2}) ([а-яё]+),? (\d{4})(?: ?(?:года|г\.?))?$/.exec(collapseWhitespace(text).toLowerCase());
  if (!m) return null;
  const month = russianMonth(m[2]);
  return month === null ? null : isoDate(Number(m[3]), month, Number(m[1]));
}

/**
 * A date cell -> { date: YYYY-MM-DD, time: HH:MM | null }, or null when the
 * cell cannot be read. A time after the date ("2019-11-28T14:30",
 * "2019-11-28 14:30:00", "28.11.2019 14:30") is kept as written, with no
 * time-zone conversion.
 */
export function parseDatasetDate(raw: string): { date: string; time: string | null } | null {
  const value = collapseWhitespace(raw);
  if (value === '' || value.length > 80) return null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?(?: ?(?:Z|[+-]\d{2}(?::?\d{2})?))?$/i.exec(value);
  if (iso) {
    const date = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!date) return null;
    return { date, time: iso[4] !== undefined ? parseClockTime(`${iso[4]}:${iso[5]}`) : null };
  }
  const slashed = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(value);
  if (slashed) return dateOnly(isoDate(Number(slashed[1]), Number(slashed[2]), Number(slashed[3])));
  // A trailing clock time after any other form: "28.11.2019 14:30", "November 28, 2019, 14:30".
  let time: string | null = null;
  let dayPart = value;
  const clock = /^(.*?),? (\d{1,2}:\d{2})(?::\d{2})?$/.exec(value);
  if (clock) {
    time = parseClockTime(clock[2]);
    if (time) dayPart = clock[1];
  }
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(dayPart);
  const date = dotted
    ? isoDate(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]))
    : (parseEnglishDate(dayPart) ?? parseRussianDate(dayPart));
  return date ? { date, time } : null;
}

/**
 * Why a date cell written with numbers is not a date ("2019-13-45", "30.02.2019"),
 * in the words of the calendar check (shared/dates.ts); null when the cell
 * has another shape or is a real date.
 */
export function datasetDateProblem(raw: string): string | null {
  const value = collapseWhitespace(raw);
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?![\d])/.exec(value);
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d])/.exec(value);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dotted ? [dotted[3], dotted[2], dotted[1]] : null;
  if (!parts) return null;
  return calendarDateProblem(`${parts[0]}-${parts[1].padStart(2, '0')}-${parts[2].padStart(2, '0')}`);
}

function dateOnly(date: string | null): { date: string; time: null } | null {
  return date ? { date, time: null } : null;
}

/** A time cell: "14:30", "9:05", "14:30:00" -> HH:MM, else null. */
export function parseDatasetTime(raw: string): string | null {
  const value = collapseWhitespace(raw);
  const m = /^(\d{1,2}:\d{2})(?::\d{2})?$/.exec(value);
  return m ? parseClockTime(m[1]) : null;
}

/**
 * A list cell -> its items: a JSON array of strings, or text split on the
 * first separator present of "|", ";", ",". Items trimmed, blanks and
 * repeats dropped.
 */
export function splitList(raw: string): string[] {
  const value = raw.trim();
  if (value === '') return [];
  const fromJson = jsonStringArray(value);
  const parts = fromJson ?? value.split(['|', ';', ','].find((sep) => value.includes(sep)) ?? /\n/);
  const items: string[] = [];
  for (const part of parts) {
    const item = cellValue(part);
    if (item !== null && !items.includes(item)) items.push(item);
  }
  return items;
}

/** A cell holding a JSON array of strings (or numbers) -> the strings; else null. */
export function jsonStringArray(value: string): string[] | null {
  if (!value.startsWith('[') || !value.endsWith(']')) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    if (!Array.isArray(parsed)) return null;
    const out: string[] = [];
    for (const item of parsed) {
      if (typeof item === 'string') out.push(item);
      else if (typeof item === 'number') out.push(String(item));
      else return null;
    }
    return out;
  } catch {
    return null;
  }
}

/**
 * A text cell -> paragraphs: split on blank lines, or on single line breaks
 * when the text has no blank line. A JSON array of strings is taken as the
 * paragraphs. Whitespace inside a paragraph is collapsed.
 */
export function textParagraphs(raw: string): string[] {
  const value = normalizeNewlines(raw).trim();
  if (value === '') return [];
  const fromJson = jsonStringArray(value);
  const blocks = fromJson ?? (/\n[ \t\u00a0]*\n/.test(value) ? value.split(/\n[ \t\u00a0]*\n/) : value.split('\n'));
  const paragraphs: string[] = [];
  for (const block of blocks) {
    const paragraph = collapseWhitespace(block);
    if (paragraph !== '') paragraphs.push(paragraph);
  }
  return paragraphs;
}

/** The CC BY 4.0 credit when the URL is a kremlin.ru page, else null. */
export function attributionForUrl(url: string | null): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  if (host === 'en.kremlin.ru') return KREMLIN_ATTRIBUTION;
  if (host === 'kremlin.ru' || host === 'www.kremlin.ru') return KREMLIN_RU_ATTRIBUTION;
  return null;
}

/** A title made from the first words of the text when a row has none. */
export function titleFromText(paragraphs: string[]): string {
  const first = paragraphs[0] ?? '';
  if (first.length <= 100) return first;
  const cut = first.slice(0, 100);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
