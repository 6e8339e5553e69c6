/**
 * Evidence for speaker labels in plain text, shared by the copied en.kremlin.ru reader
 * (kremlin-text-evidence.ts) and the plain-text reader (plain-text-labels.ts).
 *
 * A line that opens like "Label: text" is only a candidate. Whether it is a speaker's label
 * is decided per document, from evidence, and every decision keeps the reasons it was made
 * on, so `verbatim show --explain-labels` can say why a line became a label (or did not):
 * - strong: the same label recurs in the document; the name in it is a person the page is
 *   tagged with, or the name of another label; a generic label ("Question", "Remark") in a
 *   document with other labels;
 * - weak: the text after the colon opens a quotation ("Kaluga Region: “Why are …”"), opens in
 *   lower case, or does not end like a sentence; a single word; no person's name in it;
 * - against: what follows the colon is a date, a time, an address or a person's name alone
 *   (a list of posts); the "label" is an enumeration or discourse word ("Second", "Listen"),
 *   a form field ("Email", "Deadline") or a photo credit ("… Photo: TASS").
 */
import { parseEnglishDate } from './text-utils';

/**
 * Paragraphs after a generic label ("Question:") with no label after it that make it part of the
 * current turn rather than a turn of its own: nobody answers it and the speaker goes on (an
 * address: "Question: at what expense? Where do we get these funds?"). A last "Remark: Thank
 * you." stays a turn.
 */
export const UNANSWERED_RUNS_ON = 3;

export type LabelVerdict = 'label' | 'text';

/** Why one candidate line became a label, or stayed text. */
export interface LabelDecision {
  /** The label as printed (what the turn's speaker would be). */
  label: string;
  verdict: LabelVerdict;
  /** Short phrases, the deciding one first. */
  reasons: string[];
}

/** The text after the colon opens a quotation: a source or place introducing a quote. */
export function opensQuote(text: string): boolean {
  return /^[“"«„‘]/.test(text);
}

/** The text after the colon starts in lower case (a sentence broken at a colon). */
export function opensLowerCase(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

/** A paragraph of speech ends with punctuation, a closing quote or bracket, or a dash. */
export function endsLikeSpeech(text: string): boolean {
  return /[.!?:;,…"“”«»)\]’'—–-]$/.test(text.trim());
}

/** "April 15, 2018", "15 April 2018", "July 15, 2018." or a clock time: a deadline or schedule entry. */
export function opensWithDateOrTime(text: string): boolean {
  const t = text.trim();
  if (/^\d{1,2}[:.]\d{2}\b/.test(t) || /^\d{4}\b/.test(t)) return true;
  const m = /^(\p{L}+\.? \d{1,2},? \d{4}|\d{1,2} \p{L}+,? \d{4})/u.exec(t);
  return m !== null && parseEnglishDate(m[1]) !== null;
}

/** The "label" is a day, a date or a time ("Monday", "October 5", "May 9, 2019", "Morning"): a schedule, not a speaker. */
export function isDateOrTimeHead(head: string): boolean {
  const h = head.trim();
  if (/^((mon|tues|wednes|thurs|fri|satur|sun)day|morning|afternoon|evening|night|noon|midnight)$/i.test(h)) return true;
  return (
    /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(st|nd|rd|th)?(,? \d{4})?$/i.test(h) || parseEnglishDate(h) !== null
  );
}

/** An e-mail address, a web address or a telephone number after the colon: a form field. */
export function opensWithAddress(text: string): boolean {
  return /^\S+@\S+\.\S+/.test(text) || /^(https?:|www\.)/i.test(text) || /^\+?\d[\d ()-]{6,}/.test(text);
}

/**
 * The text after the colon is only a person's name ("Sergei Lavrov."): a line of a list of
 * posts ("Minister of Defence: Sergei Shoigu."), not a turn.
 */
export function isNameOnly(text: string): boolean {
  return /^\p{Lu}[\p{L}’'-]*\.?(?: (?:\p{Lu}[\p{L}’'-]*\.?|de|van|von|bin|al|el)){1,3}\.?$/u.test(text.trim());
}

/** Words that open an enumeration or a remark, never a speaker: "Second: …", "Listen: …". */
const DISCOURSE = new Set(
  `first second third fourth fifth sixth seventh eighth ninth tenth firstly secondly thirdly lastly finally next
  then now well so listen look example note notes nota bene summary conclusion conclusions result results
  reference background attention warning important incidentally moreover furthermore besides therefore thus
  also again however yes no okay ok please quote unquote p.s ps nb`
    .split(/\s+/)
    .filter(Boolean),
);

/** Form fields and credits: "Email: …", "Deadline: …", "Photo: TASS". */
const FIELDS = new Set(
  `email e-mail tel tel. telephone phone mobile fax address venue website web site url deadline deadlines date time
  dates place location source sources photo photos video videos credit credits contact contacts subject re cc
  accreditation registration`
    .split(/\s+/)
    .filter(Boolean),
);

/** A one-word "label" that is an enumeration or discourse word. */
export function isDiscourseWord(head: string): boolean {
  return DISCOURSE.has(head.toLowerCase());
}

/** A form field or a credit ("Email", "Contact telephone numbers", "Deadline"). */
export function isFieldName(head: string): boolean {
  const lower = head.toLowerCase();
  return FIELDS.has(lower) || /^contact (telephone|phone) numbers?$/.test(lower) || /^(telephone|phone) numbers?$/.test(lower);
}

/** "… Club. Photo", "Photo by …": the credit line under a picture. */
export function isPhotoCredit(head: string): boolean {
  return /(^|[.!?] )(Photos?|Video|Photo by [\p{L} .-]+)$/u.test(head);
}

/** Nouns for a speaker's office or occupation ("Interior Minister", "AIDE"): a label without a name holds one. */
const OFFICE = new Set(
  `minister ministers governor president vice-president chairman chairwoman chair chairperson head deputy mayor
  ambassador secretary spokesman spokeswoman spokesperson presenter moderator host co-host commander chief officer
  representative member student students worker workers teacher doctor leader envoy adviser advisor aide assistant
  coordinator correspondent journalist reporter editor editor-in-chief anchor commentator expert participant
  participants volunteer volunteers veteran resident residents pilot cosmonaut engineer farmer rector professor
  academician patriarch metropolitan archbishop bishop mufti rabbi imam priest king queen prince emir sultan sheikh
  chancellor premier ceo general colonel major captain lieutenant admiral marshal sergeant corporal commissioner
  ombudsman prosecutor judge speaker coach athlete champion mother father pupil pupils mechanic operator driver
  interpreter translator director manager founder owner senator deputies schoolchildren cadet cadets soldier
  serviceman officers`
    .split(/\s+/)
    .filter(Boolean),
);

export function isOfficeWord(word: string): boolean {
  return OFFICE.has(word.toLowerCase().replace(/[.,]$/, ''));
}
