/** Small text rules shared by the parsers. */
import { calendarDate } from '../../shared/dates';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Collapse every run of whitespace (NBSP, tabs, line breaks included) to one space and trim. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u2007\u202f\ufeff]+/g, ' ').trim();
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Builds YYYY-MM-DD after checking that the day exists (the calendar rules are in shared/dates.ts). */
export function isoDate(year: number, month: number, day: number): string | null {
  return calendarDate(year, month, day);
}

/** "November 28, 2019" (also "28 November 2019", "Nov. 28, 2019") -> "2019-11-28"; anything else -> null. */
export function parseEnglishDate(text: string): string | null {
  const s = collapseWhitespace(text).toLowerCase().replace(/\./g, '');
  let m = /^([a-z]+) (\d{1,2}),? (\d{4})$/.exec(s);
  if (m) return monthDate(m[1], Number(m[2]), Number(m[3]));
  m = /^(\d{1,2}) ([a-z]+),? (\d{4})$/.exec(s);
  if (m) return monthDate(m[2], Number(m[1]), Number(m[3]));
  return null;
}

function monthDate(name: string, day: number, year: number): string | null {
  const index = MONTHS.findIndex((month) => month === name || (name.length >= 3 && month.startsWith(name)));
  return index < 0 ? null : isoDate(year, index + 1, day);
}

/** "14:30" or "9:05" -> "14:30" / "09:05"; anything else -> null. */
export function parseClockTime(text: string): string | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(collapseWhitespace(text));
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return null;
  return `${pad2(h)}:${m[2]}`;
}

/** Drops a BOM and turns CRLF / CR line ends into LF. */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
}

/** Russian month stems, genitive and nominative ("ноября", "ноябрь"); May is only май / мая. */
const RU_MONTH_STEMS = ['январ', 'феврал', 'март', 'апрел', null, 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];

/** The month number (1–12) of a lower-case Russian month name, or null. */
export function russianMonth(word: string): number | null {
  if (word === 'май' || word === 'мая') return 5;
  const index = RU_MONTH_STEMS.findIndex((stem) => stem !== null && word.startsWith(stem));
  return index < 0 ? null : index + 1;
}

const COMMON_ENGLISH = new Set(['the', 'and', 'of', 'to', 'a', 'in', 'is', 'that', 'we', 'i', 'it', 'for', 'you', 'this', 'with', 'our']);

/**
 * "ru" when most letters are Cyrillic; "en" when Latin letters dominate and common English
 * words occur; null when the text says neither (no letters, or Latin text that is not English).
 */
export function detectLanguage(text: string): 'ru' | 'en' | null {
  const sample = text.slice(0, 20000);
  const cyrillic = (sample.match(/[\u0400-\u04ff]/g) ?? []).length;
  const latin = (sample.match(/[A-Za-z]/g) ?? []).length;
  if (cyrillic + latin === 0) return null;
  if (cyrillic > latin) return 'ru';
  const words = sample.toLowerCase().match(/[a-z']+/g) ?? [];
  if (words.length === 0) return null;
  const hits = words.filter((w) => COMMON_ENGLISH.has(w)).length;
  return hits / words.length >= 0.1 || (words.length < 20 && hits > 0) ? 'en' : null;
}
