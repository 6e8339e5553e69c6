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
import { emptyDocument, NO_TRANSCRIPT_TEXT, type ParsedDocument, type ParsedTurn, type ParseOutcome } from './types';
import { collapseWhitespace, detectLanguage, isoDate, normalizeNewlines, parseEnglishDate, russianMonth } from './text-utils';
import { AUDIENCE, decidePlainLabels, labelOf, type PlainLabelDecision } from './plain-text-labels';

export const MILLER_CENTER_ATTRIBUTION = 'Miller Center, University of Virginia (public domain)';

/** Parses one plain text or Markdown file into its document; an empty file is skipped. Never throws. */
export function parsePlainText(text: string, fileName: string): ParseOutcome {
  const documents = explainPlainText(text, fileName).map((explained) => explained.document);
  if (documents.length === 0) return { kind: 'skipped', reason: NO_TRANSCRIPT_TEXT };
  return { kind: 'documents', format: 'plain-text', documents, warnings: [] };
}

/** A document and the decision on every paragraph that opened like a speaker label. */
export interface ExplainedPlainText {
  document: ParsedDocument;
  labels: PlainLabelDecision[];
}

/** parsePlainText, with the reasons for its speaker labels (for `--explain-labels`). Never throws. */
export function explainPlainText(text: string, fileName: string): ExplainedPlainText[] {
  try {
    return parseUnsafe(text, fileName);
  } catch (error) {
    const doc = emptyDocument(baseName(fileName) || 'Untitled');
    doc.warnings.push(`plain text could not be parsed: ${String(error)}`);
    return [{ document: doc, labels: [] }];
  }
}

function parseUnsafe(input: string, fileName: string): ExplainedPlainText[] {
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
  const { turns, labels } = makeTurns(paragraphs, mainPerson);
  doc.turns = turns;
  if (paragraphs.length === 0) warnings.push('no text after the header');
  doc.warnings = warnings;
  return [{ document: doc, labels }];
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

/** "November 28, 2019", "28 November 2019", "2019-11-28", "5 февраля 2025 года", "Date: ..." -> ISO date. */
function parseLineDate(line: string): string | null {
  const s = collapseWhitespace(line)
    .replace(/^(date|dated|дата)\s*:\s*/i, '')
    .replace(/^[A-Za-z]+day,\s*/, '');
  if (s.length > 40) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const ru = /^(\d{1,2})\s+([а-яё]+)\s+(\d{4})(\s+(года|г\.?))?$/i.exec(s);
  if (ru) {
    const month = russianMonth(ru[2].toLowerCase());
    return month ? isoDate(Number(ru[3]), month, Number(ru[1])) : null;
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
    // An HTML break left at a line's end by a copy from a web page ("…everyone.<br />") breaks too.
    const htmlBreak = line.includes('<') && /<br\s*\/?>\s*$/i.test(line);
    const hardBreak = htmlBreak || / {2,}$|\t$|\\$/.test(line);
    current.push(htmlBreak ? line.replace(/<br\s*\/?>\s*$/i, '') : line.replace(/\\$/, ''));
    if (hardBreak) flush();
  }
  flush();
  return out;
}

/** The paragraphs as turns, with the decision on every paragraph that opened like a label. */
function makeTurns(paragraphs: string[], mainPerson: string | null): { turns: ParsedTurn[]; labels: PlainLabelDecision[] } {
  if (paragraphs.length === 0) return { turns: [], labels: [] };
  const decisions = decidePlainLabels(paragraphs, mainPerson);
  const labels = decisions.filter((d): d is PlainLabelDecision => d !== null);
  if (!labels.some((d) => d.verdict === 'label')) return { turns: [{ speaker: mainPerson, paragraphs }], labels };
  const turns: ParsedTurn[] = [];
  let lastSpeaker: string | null = null; // the last speaker who is not the audience
  paragraphs.forEach((p, i) => {
    const decision = decisions[i];
    const current = turns[turns.length - 1];
    if (decision && decision.verdict === 'label') {
      turns.push({ speaker: decision.label, paragraphs: [decision.rest] });
      if (!AUDIENCE.test(decision.label)) lastSpeaker = decision.label;
    } else if (current && !(current.speaker && AUDIENCE.test(current.speaker))) {
      current.paragraphs.push(p);
    } else if (current) {
      // "AUDIENCE: Four more years!" is one interjection: the speech resumes after it.
      turns.push({ speaker: lastSpeaker ?? mainPerson, paragraphs: [p] });
    } else {
      turns.push({ speaker: openingSpeaker(paragraphs, decisions, mainPerson), paragraphs: [p] });
    }
  });
  return { turns, labels };
}

/**
 * Who speaks before the first label: the file's president, whose speech the labels
 * interrupt ("AUDIENCE: Four more years!"), unless the opening is someone introducing
 * themselves ("Good evening. I am Pauline Frederick of NPR, moderator …") or a heading
 * ("THE NATIONAL ECONOMIC CONDITION"): then it is narration.
 */
function openingSpeaker(paragraphs: string[], decisions: (PlainLabelDecision | null)[], mainPerson: string | null): string | null {
  if (mainPerson === null) return null;
  const first = decisions.findIndex((d) => d !== null && d.verdict === 'label');
  const opening = paragraphs.slice(0, first < 0 ? paragraphs.length : first);
  if (opening.some((p) => /\bI(?: am|'m|’m) \p{Lu}\p{Ll}+ (?:\p{Lu}\. )?\p{Lu}/u.test(p))) return null;
  if (opening.length === 1 && opening[0].length <= 120 && !/\p{Ll}/u.test(opening[0])) return null;
  return mainPerson;
}
