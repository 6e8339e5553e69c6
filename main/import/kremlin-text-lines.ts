/**
 * Line rules for en.kremlin.ru page text as a browser copies it (see kremlin-text.ts).
 * Every rule here was checked against the HTML of the 45 fixture pages.
 */

import { parseEnglishDate } from './text-utils';
import { SENTENCE_WORDS, isCapitalised, splitLabel } from './kremlin-text-labels';

/** The label reading lives in kremlin-text-labels.ts; the line rules here ask it too. */
export { splitLabel };

/** Ends like a finished paragraph: sentence punctuation, a closing quote or bracket, a dash. */
const TERMINAL = /[.!?:;,…"“”«»)\]’'—–-]$/;

export function endsWithTerminal(line: string): boolean {
  return TERMINAL.test(line);
}

/** "* * *" and "***": section separators, not text. */
export function isSeparator(line: string): boolean {
  return /^\*(\s*\*){2,}$/.test(line);
}

export function isOmission(line: string): boolean {
  return /^<\s*(…|\.\.\.)\s*>$/.test(line);
}

/** The photo slider counter "7 of 13". */
export function isPhotoCounter(line: string): boolean {
  return /^\d{1,4} of \d{1,4}$/.test(line);
}

const RANGE_DATE = /^([A-Za-z]+)\s+(\d{1,2})\s*[−–—-]\s*(?:[A-Za-z]+\s+)?\d{1,2},?\s+(\d{4})$/;

/** A date line as the site prints it, including ranges ("June 16 − 17, 2001"): ISO start day or null. */
export function parseDateLine(line: string): string | null {
  const single = parseEnglishDate(line);
  if (single) return single;
  const m = RANGE_DATE.exec(line);
  return m ? parseEnglishDate(`${m[1]} ${m[2]}, ${m[3]}`) : null;
}

/** "Announcement, October 4 − 5, 2018": the header of an undated announcement page. */
export function isAnnouncementLine(line: string): boolean {
  return /^Announcement\b/.test(line);
}

/** The first day of an announcement ("Announcement, October 4 − 5, 2018" -> "2018-10-04"). */
export function parseAnnouncementDate(line: string): string | null {
  return parseDateLine(line.replace(/^Announcement\s*,?\s*/, ''));
}

/**
 * A line to be glued to the previous one: the copy breaks a paragraph after a link
 * that carries a hidden tooltip (a person or a glossary term), so the rest of the
 * paragraph starts a new line with ",", ":", ")" … or a lower-case word.
 * Returns the separator to join with, or null when the line starts a new paragraph.
 */
export function continuationJoiner(previous: string, line: string): '' | ' ' | null {
  if (/^[,.;:!?)\]]/.test(line) && !/^\.\.\./.test(line)) return '';
  if (endsWithTerminal(previous)) return null;
  // A label's note after the person link: "President of Slovenia Borut Pahor" + "(retranslated): …".
  if (/^\([^()]{1,200}\):/.test(line) && splitLabel(`${previous} ${line}`) !== null) return ' ';
  if (/^[a-z]\)/.test(line)) return null; // "a) Consultations among the Parties;"
  if (/^[a-z[]/.test(line)) return ' ';
  return null;
}

/** Fixed sub-headings such as "Article 1" and lines in capitals ("EUROPEAN SECURITY TREATY"). */
function isFixedHeading(line: string): boolean {
  if (/^(Article|Chapter|Section|Part)\s+\d+[A-Za-z]?$/.test(line)) return true;
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters) && line.length <= 120;
}

/**
 * A section heading (bold in the HTML, no colon): a short line that does not end like a
 * sentence, starts with a capital or digit, and is followed by a speaker's line
 * ("Speech at an expanded meeting of …" then "President of Russia Vladimir Putin: …"),
 * or is a fixed heading ("Article 1", a line in capitals).
 */
export function isHeading(line: string, nextIsLabel: boolean): boolean {
  if (line.length > 200 || endsWithTerminal(line)) return false;
  if (!/^[\p{Lu}\d]/u.test(line) || splitLabel(line)) return false;
  return nextIsLabel || isFixedHeading(line);
}

/** Normalises a title or caption for loose comparison. */
export function looseKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’'`]/g, "'")
    .replace(/[.\s]+$/, '');
}

/**
 * A photo or video caption inside the body: a line that repeats the page title in a
 * short sentence ("Meeting of … Council.", "Before Direct Line with Vladimir Putin.").
 */
export function isBodyCaption(line: string, title: string): boolean {
  const key = looseKey(title);
  if (key.length < 8 || line.length > key.length + 90) return false;
  if (splitLabel(line)) return false;
  const text = looseKey(line);
  const at = text.indexOf(key);
  if (at < 0) return false;
  if (text === key) return true;
  // The title within the first sentence, at most two sentences, a full stop at the end.
  return /[.]$/.test(line) && !text.slice(0, at).includes('.') && line.split(/\.\s/).length <= 2;
}

/**
 * The title of a picture or video inside the body with its credit ("Presidential Address to
 * the Federal Assembly. Photo: TASS", a <span class="media__title"> in the HTML): a caption.
 */
export function isPhotoCreditLine(line: string): boolean {
  if (!line.includes('Photo') && !line.includes('Video')) return false;
  return /^(?:[^:]{3,300}[.!?] )?(?:Photos?|Video)(?: by [^:]{1,60})?: [^:.!?]{2,80}\.?$/.test(line);
}

/** A short picture caption inside a speech: "At concert on Cosmonautics Day.", "With …". */
export function isShortCaption(line: string): boolean {
  if (!/^(At|With|During) [^,;:!?"“”]{3,90}\.$/.test(line)) return false;
  const words = line.slice(0, -1).split(' ');
  if (words.some((w) => SENTENCE_WORDS.has(w.toLowerCase()))) return false;
  return words.slice(1).some((w) => isCapitalised(w));
}

/** Auxiliary and common irregular past verbs: a line with one is a sentence, not a caption. */
const FINITE_VERB =
  /\b(were|was|is|are|be|been|has|have|had|will|would|can|could|should|must|may|did|does|do|plan|plans|said|met|held|took|made|gave|sent|told|spoke|paid|laid|left|began|became|came|went|thought|felt|saw|heard|brought|won|got|set|put|led|read)\b/;
/** A name or subject followed by a past-tense verb: "Mr Putin and Mr Blair exchanged views …". */
const SUBJECT_VERB =
  /(\b\p{Lu}[\p{L}’'-]*|\b(?:leaders|presidents|sides|parties|participants|state|discussion|agenda|meeting|they|he|she|we))\s+(?:also\s+|then\s+|once again\s+|again\s+|[a-z]+ly\s+)?[a-z]+(?:ed|es)[\s,]+\w/u;

/** Reads as a sentence of the report ("During the talks the leaders discussed …") rather than a caption. */
function readsAsSentence(line: string): boolean {
  return FINITE_VERB.test(line) || SUBJECT_VERB.test(line) || /^At least\b/.test(line);
}

/** How picture captions open: "With …", "At …", "Meeting with …", "A meeting of …", "Arrival in …". */
const CAPTION_OPENING =
  /^(With|At|During|Before|After|Meeting|Talks|Visit|Visiting|Participants|Press conference|News conference|Ceremony|Conversation|Wreath-laying|Arrival|Arriving|Speech|Address|Presentation|Working meeting|Acting President|An? (?:meeting|working|news|conference|ceremony)|Laying|Inspecting|Opening|Prior to)\b/;

/**
 * The single caption of the first picture or video when the page has no "N of M" counter:
 * the page title again, or a picture description ("With Deputy Prime Minister …",
 * "At a Security Council meeting …", "President Putin with Moscow Mayor Yury Luzhkov.",
 * "President Putin presenting …"). A description is one or two short sentences ending
 * with a full stop and without a finite verb; a report's first sentence has one
 * ("During the conversation Mr Putin thanked …", "Mr Putin and Mr Gul discussed …").
 * Checked on the 7,145 bulk pages: about 2,900 of 3,800 captions recognised, 4 of
 * 3,170 first paragraphs of pages without pictures taken for one.
 */
export function isLeadCaption(line: string, title: string): boolean {
  if (isBodyCaption(line, title)) return true;
  if (line.length > 320 || splitLabel(line) || !/\.$/.test(line) || /:\s/.test(line)) return false;
  if (readsAsSentence(line)) return false;
  if (CAPTION_OPENING.test(line)) return true;
  if (/^(Acting President|Russian President|President|Mr)?\s*(Vladimir )?Putin\b/.test(line)) return true;
  return /^(President |Mr |Vladimir |Dmitry )?[A-Z]\w+ [a-z]+ing\b/.test(line);
}

/** A place line under the date/time ("Gorki, Moscow Region", "The Kremlin, Moscow"). */
export function isPlaceLine(line: string): boolean {
  // A note in brackets may end it: "Pratica-Di-Mare (Italian Air Force Base)".
  const bare = line.replace(/\s*\([^()]{1,60}\)$/, '');
  if (line.length > 80 || bare.length === 0 || endsWithTerminal(bare)) return false;
  if (!/^\p{Lu}/u.test(line) || line.includes(': ')) return false;
  return !isSeparator(line) && !isPhotoCounter(line) && !FOOTER_WORDS.has(line) && !isRelatedHeading(line);
}

export const FOOTER_WORDS = new Set(['Geography', 'Topics', 'Persons', 'Publication status']);

/** "See also" / "Additional": a block of (title, date) links. */
export function isRelatedHeading(line: string): boolean {
  return line === 'See also' || line === 'Additional';
}
