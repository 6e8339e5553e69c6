/**
 * Plain .txt / .md transcripts from other official sources (first: the Miller Center's US
 * presidential transcripts, `1964-02-01-press-conference.txt`, first line "President: NAME").
 *
 * Rules:
 * - title: a Markdown "# heading"; else a short first line that reads as a title (non-Miller
 *   files); else the file name's slug without its date ("press-conference" -> "Press conference");
 * - date: from the file name (YYYY-MM-DD or YYYYMMDD), else from an early line that is a date;
 * - "President: NAME" first line: a person, the main speaker, and Miller Center attribution;
 * - paragraphs: blank-line separated; inside one, lines are joined with a space, except after a
 *   Markdown hard break (two trailing spaces), which ends a paragraph;
 * - speaker labels ("THE PRESIDENT:", "Q.", "MR. NIXON:", "Anton Vernitsky: ...") make turns only
 *   when the text really has them: at least three labelled paragraphs by repeated labels and
 *   enough of the text; otherwise the whole text is one turn by the main speaker (or null);
 * - language: "ru" when mostly Cyrillic, "en" when it reads as English.
 * Never throws.
 */
import { emptyDocument, type ParsedDocument, type ParsedTurn } from './types';
import { collapseWhitespace, isoDate, normalizeNewlines, parseEnglishDate } from './text-utils';

export const MILLER_CENTER_ATTRIBUTION = 'Miller Center, University of Virginia (public domain)';

/** Parses one plain text or Markdown file into documents (one, or none for an empty file). */
export function parsePlainText(text: string, fileName: string): ParsedDocument[] {
  try {
    return parseUnsafe(text, fileName);
  } catch (error) {
    const doc = emptyDocument(baseName(fileName) || 'Untitled');
    doc.warnings.push(`plain text could not be parsed: ${String(error)}`);
    return [doc];
  }
}

function parseUnsafe(input: string, fileName: string): ParsedDocument[] {
  const text = normalizeNewlines(input ?? '');
  if (text.trim() === '') return [];
  const base = baseName(fileName);
  const fromName = dateAndSlug(base);
  const lines = text.split('\n');
  const warnings: string[] = [];

  // Header lines: "President: NAME", a Markdown heading, a title line, a date line.
  let at = skipBlank(lines, 0);
  let mainPerson: string | null = null;
  const president = /^President:\s*(\S.*)$/.exec(lines[at]?.trim() ?? '');
  if (president) {
    mainPerson = collapseWhitespace(president[1]);
    at = skipBlank(lines, at + 1);
  }
  const isMiller = mainPerson !== null;

  let title: string | null = null;
  const heading = /^#{1,2}\s+(.+?)\s*#*\s*$/.exec(lines[at] ?? '');
  if (heading) {
    title = stripMarkdown(heading[1]);
    at = skipBlank(lines, at + 1);
  } else if (!isMiller && looksLikeTitle(lines, at)) {
    title = collapseWhitespace(lines[at]);
    at = skipBlank(lines, at + 1);
  }

  let date = fromName.date;
  const dateLine = findDateLine(lines, at);
  if (dateLine) {
    date = date ?? dateLine.date;
    if (dateLine.index === at) at = skipBlank(lines, at + 1);
  }
  if (!title) title = fromName.slug ? slugTitle(fromName.slug) : null;

  const paragraphs = splitParagraphs(lines.slice(at));
  if (!title) title = paragraphs.length > 0 ? firstWords(paragraphs[0], 10) : base || 'Untitled';

  const doc = emptyDocument(title);
  doc.date = date;
  if (mainPerson) doc.persons = [mainPerson];
  doc.attribution = isMiller ? MILLER_CENTER_ATTRIBUTION : null;
  doc.language = detectLanguage(text);
  doc.turns = makeTurns(paragraphs, mainPerson);
  if (paragraphs.length === 0) warnings.push('no text after the header');
  doc.warnings = warnings;
  return [doc];
}

function skipBlank(lines: string[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i].trim() === '') i++;
  return i;
}

/** "C:\\dir\\1964-02-01-press-conference.txt" -> "1964-02-01-press-conference". */
function baseName(fileName: string): string {
  const last = (fileName ?? '').split(/[\\/]/).pop() ?? '';
  return last.replace(/\.(txt|text|md|markdown)$/i, '').trim();
}

/** The date in a file name (YYYY-MM-DD or YYYYMMDD) and the rest of the name as a slug. */
function dateAndSlug(base: string): { date: string | null; slug: string } {
  const patterns = [/(?<!\d)(\d{4})[-_.](\d{2})[-_.](\d{2})(?!\d)/, /(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/];
  for (const re of patterns) {
    const m = re.exec(base);
    if (!m) continue;
    const year = Number(m[1]);
    const date = year >= 1700 && year <= 2100 ? isoDate(year, Number(m[2]), Number(m[3])) : null;
    if (!date) continue;
    const slug = (base.slice(0, m.index) + ' ' + base.slice(m.index + m[0].length)).replace(/[-_\s]+/g, ' ').trim();
    return { date, slug };
  }
  return { date: null, slug: base.replace(/[-_\s]+/g, ' ').trim() };
}

/** "press conference" -> "Press conference". */
function slugTitle(slug: string): string {
  return slug.charAt(0).toUpperCase() + slug.slice(1);
}

function stripMarkdown(text: string): string {
  return collapseWhitespace(text.replace(/[*_`]+/g, ''));
}

function firstWords(text: string, n: number): string {
  const words = text.split(' ');
  return words.length <= n ? text : `${words.slice(0, n).join(' ')}…`;
}

/** A first line followed by a blank line, short, with no sentence end and no speaker label. */
function looksLikeTitle(lines: string[], at: number): boolean {
  const line = collapseWhitespace(lines[at] ?? '');
  if (!line || line.length > 160 || (lines[at + 1] ?? '').trim() !== '') return false;
  if (/[.:;,]$/.test(line) || parseLineDate(line)) return false;
  return labelOf(line) === null;
}

const RU_MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];

/** "November 28, 2019", "28 November 2019", "2019-11-28", "5 февраля 2025 года", "Date: ..." -> ISO date. */
function parseLineDate(line: string): string | null {
  const s = collapseWhitespace(line).replace(/^(date|dated|дата)\s*:\s*/i, '').replace(/^[A-Za-z]+day,\s*/, '');
  if (s.length > 40) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const ru = /^(\d{1,2})\s+([а-яё]+)\s+(\d{4})(\s+(года|г\.?))?$/i.exec(s);
  if (ru) {
    const word = ru[2].toLowerCase();
    const month = word === 'мая' || word === 'май' ? 5 : RU_MONTHS.findIndex((m, i) => i !== 4 && word.startsWith(m)) + 1;
    return month > 0 ? isoDate(Number(ru[3]), month, Number(ru[1])) : null;
  }
  return parseEnglishDate(s);
}

/** A date line among the first few non-empty lines. */
function findDateLine(lines: string[], from: number): { index: number; date: string } | null {
  let seen = 0;
  for (let i = from; i < lines.length && seen < 5; i++) {
    if (lines[i].trim() === '') continue;
    seen++;
    const date = parseLineDate(lines[i]);
    if (date) return { index: i, date };
  }
  return null;
}

/** Blank lines separate paragraphs; a Markdown hard break (two trailing spaces or "\") ends one too. */
function splitParagraphs(lines: string[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    const p = collapseWhitespace(current.join(' '));
    if (p) out.push(p);
    current = [];
  };
  for (const line of lines) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    const hardBreak = / {2,}$|\t$|\\$/.test(line);
    current.push(line.replace(/\\$/, ''));
    if (hardBreak) flush();
  }
  flush();
  return out;
}

/** Labels that open letters and documents, or headings: never speakers. */
const NOT_LABELS = /^(sirs?|gentlemen|madam|madame|excellency|your excellency|my dear.*|dear .*|mr\.? (president|secretary.*|minister|speaker|chairman)|gentlemen of .*|fellow.*|to .*|note|notes|n\.?\s?b|p\.?\s?s|sec|section|article|art|resolved|whereas|provided|attest|approved|enclosure|inclosure|telegram|memorandum|subject|re|from|cc|date|dated|source|editor'?s note|update|[ivxlc]+|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|finally|lastly|next|also|again|now|today|here)$/i;

/** Upper-case label: "THE PRESIDENT", "Q", "MR. NIXON", "DR. BIRX", "AUDIENCE MEMBER". */
const UPPER_LABEL = /^([A-Z][A-Z'’-]*\.?(?: [A-Z][A-Z'’-]*\.?){0,5})[:.] +(\S.*)$/;
/** Mixed-case colon label: "Anton Vernitsky", "The President", "Frank Cormier, Associated Press". */
const NAME_LABEL = /^((?:The |Mr\. |Mrs\. |Ms\. |Dr\. )?\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|de|da|di|von|van|der|bin|al|of|the)){0,6}(?:, \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})?): +(\S.*)$/u;
/** Period labels that are not all capitals: "The President.", "Mr. RATHER.", "President Gorbachev.". */
const PERIOD_LABEL = /^((?:The|THE)\.? (?:Vice )?President|(?:Mr|Mrs|Ms|Dr)\. [A-Z][A-Za-z'’-]+|(?:President|Senator|Governor|Secretary|Ambassador) [A-Z][a-z'’-]+)\. +(\S.*)$/;

/** Interjections from the hall: they hold their own paragraph only. */
const AUDIENCE = /^(audience|audience members?|members of the audience|crowd|voices?|participants)$/i;

interface Label {
  label: string;
  rest: string;
  upper: boolean;
}

/** The speaker label opening a paragraph, if it has one. */
function labelOf(paragraph: string): Label | null {
  // White House style: "Q Thank you, Mr. President." (no colon or period after Q)
  const bareQ = /^Q +([A-Z"“'‘(].*)$/.exec(paragraph);
  if (bareQ) return { label: 'Q', rest: bareQ[1], upper: true };
  const upper = UPPER_LABEL.exec(paragraph);
  if (upper) {
    const label = upper[1].replace(/\.$/, '');
    const byPeriod = paragraph.charAt(upper[1].length) === '.' || upper[1].endsWith('.');
    // A period closes only a titled label ("THE PRESIDENT.", "MR. SMITH.", "Q."), not a heading or signature.
    const periodOk = /^(Q|A|THE\.? .+|(MR|MRS|MS|MISS|DR)\. .+|(SENATOR|GOVERNOR|SECRETARY|PRESIDENT|GENERAL|AMBASSADOR|VICE PRESIDENT) .+)$/.test(label);
    const colon = paragraph.charAt(upper[1].length) === ':';
    if ((colon || (byPeriod && periodOk)) && !NOT_LABELS.test(label) && /[A-Z]/.test(label)) {
      return { label, rest: upper[2], upper: true };
    }
  }
  const period = PERIOD_LABEL.exec(paragraph);
  if (period && !NOT_LABELS.test(period[1])) return { label: period[1], rest: period[2], upper: false };
  const named = NAME_LABEL.exec(paragraph);
  if (named && named[1].length <= 60 && !NOT_LABELS.test(named[1])) return { label: named[1], rest: named[2], upper: false };
  return null;
}

/**
 * Labels count only when the text is built of them: three or more labelled paragraphs by
 * labels that repeat (or, in a short text, three labelled paragraphs by two or more labels, one
 * of them repeated), making up at least 8% of the paragraphs. Once the document has labels, a
 * label may occur once ("THE VICE PRESIDENT:", "Frank Cormier, Associated Press:").
 */
function acceptedLabels(paragraphs: string[]): Set<string> | null {
  const counts = new Map<string, { n: number }>();
  for (const p of paragraphs) {
    const l = labelOf(p);
    if (!l) continue;
    const c = counts.get(l.label) ?? { n: 0 };
    c.n++;
    counts.set(l.label, c);
  }
  let repeated = 0;
  let total = 0;
  for (const c of counts.values()) {
    total += c.n;
    if (c.n >= 2) repeated += c.n;
  }
  // "Question" twice, "President of Russia Vladimir Putin" and "Vladimir Putin" once each: a dialogue.
  const dialogue = repeated >= 3 || (repeated >= 2 && counts.size >= 2 && total >= 3);
  if (!dialogue || total < paragraphs.length * 0.08) return null;
  const accepted = new Set<string>();
  for (const label of counts.keys()) accepted.add(label);
  return accepted;
}

function makeTurns(paragraphs: string[], mainPerson: string | null): ParsedTurn[] {
  if (paragraphs.length === 0) return [];
  const labels = acceptedLabels(paragraphs);
  if (!labels) return [{ speaker: mainPerson, paragraphs }];
  const turns: ParsedTurn[] = [];
  let lastSpeaker: string | null = null; // the last speaker who is not the audience
  for (const p of paragraphs) {
    const l = labelOf(p);
    const current = turns[turns.length - 1];
    if (l && labels.has(l.label)) {
      turns.push({ speaker: l.label, paragraphs: [l.rest] });
      if (!AUDIENCE.test(l.label)) lastSpeaker = l.label;
    } else if (current && !(current.speaker && AUDIENCE.test(current.speaker))) {
      current.paragraphs.push(p);
    } else if (current) {
      // "AUDIENCE: Four more years!" is one interjection: the speech resumes after it.
      turns.push({ speaker: lastSpeaker ?? mainPerson, paragraphs: [p] });
    } else {
      turns.push({ speaker: null, paragraphs: [p] });
    }
  }
  return turns;
}

/** "ru" when most letters are Cyrillic; "en" when Latin letters dominate and common English words occur. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 20000);
  const cyrillic = (sample.match(/[\u0400-\u04ff]/g) ?? []).length;
  const latin = (sample.match(/[A-Za-z]/g) ?? []).length;
  if (cyrillic + latin === 0) return null;
  if (cyrillic > latin) return 'ru';
  const words = sample.toLowerCase().match(/[a-z']+/g) ?? [];
  if (words.length === 0) return null;
  const common = new Set(['the', 'and', 'of', 'to', 'a', 'in', 'is', 'that', 'we', 'i', 'it', 'for', 'you', 'this', 'with', 'our']);
  const hits = words.filter((w) => common.has(w)).length;
  return hits / words.length >= 0.1 || (words.length < 20 && hits > 0) ? 'en' : null;
}
