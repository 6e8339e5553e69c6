/**
 * What can be a speaker label in en.kremlin.ru page text (see kremlin-text.ts): the part
 * of a line before its first colon, read as a name, a role or both. This is the line-level
 * reading; whether a candidate really is a label is decided for the whole document by
 * kremlin-text-evidence.ts.
 *
 * Shapes the site prints (from the HTML of the bulk pages, where labels are bold):
 * - "<role> <Firstname> <Lastname>": "President of Russia Vladimir Putin", with any number of
 *   commas and "and" in the role ("Minister of Construction, Housing and Utilities Mikhail
 *   Men", "Hero of the Russian Federation, Colonel Viktor Romanov"), digits ("Commander of the
 *   58th Army …"), dashes ("Aeroflot – Russian Airlines"), titles after the name ("Patriarch
 *   Kirill of Moscow and All Russia");
 * - "<Name>, <role>": "Alexei Kudrin, Chairman of the Accounts Chamber", "Alisa Shmelyova,
 *   metrology engineer", "Dmitry, Moscow";
 * - notes in brackets anywhere, kept in the label as printed but not read as its words:
 *   "Vladimir Putin (answering a question from …)", "… Delovaya Rossiya [Business Russia] …";
 * - generic labels: "Question", "Remark", "Question from Izhevsk", "Response from the hall".
 * Not labels: a clause of a sentence ("The same applies to Britain", "Before the meeting, the
 * President viewed …", "And a question for President Putin"), a clock time, a web address,
 * a photo credit ("… Club. Photo: TASS"), a line of a list of posts ("Minister of Defence:
 * Sergei Shoigu.").
 */
import { isGenericLabel, personFromLabel } from '../../shared/speaker-names';
import { isNameOnly, isPhotoCredit } from './label-evidence';

/** Small words that may stand in lower case inside a name or role ("i" is Russian "and": "Argumenty i Fakty"). */
const LOWER_CASE_NAME_WORDS = new Set([
  'of',
  'the',
  'and',
  'for',
  'from',
  'on',
  'in',
  'at',
  'to',
  'with',
  'under',
  'de',
  'da',
  'del',
  'der',
  'van',
  'von',
  'bin',
  'ibn',
  'al',
  'el',
  'la',
  'le',
  'du',
  'y',
  'e',
  'di',
  'a',
  'an',
  'i',
  'by',
  'per',
  'des',
  'et',
]);

/** Words that make a phrase a sentence rather than a name or role (in lower case, or first). */
export const SENTENCE_WORDS = new Set([
  'i',
  'we',
  'you',
  'he',
  'she',
  'it',
  'they',
  'this',
  'that',
  'these',
  'those',
  'there',
  'here',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'will',
  'would',
  'can',
  'could',
  'should',
  'must',
  'may',
  'have',
  'has',
  'had',
  'do',
  'does',
  'did',
  'said',
  'says',
  'noted',
  'added',
  'stressed',
  'asked',
  'our',
  'my',
  'your',
  'his',
  'her',
  'their',
  'its',
  'not',
  'no',
  'if',
  'as',
  'but',
  'so',
  'what',
  'which',
  'who',
  'why',
  'how',
  'when',
  'where',
  'all',
  'some',
  'same',
  'also',
  'only',
  'very',
]);

/** First words of a clause, never of a label: "And a question for …", "Before the meeting, …". */
const OPENERS = new Set(
  `and but or so then now here there also well yes no before after during when while as if since today
  yesterday however in on at for from to with by under following according besides finally next listen look
  thus therefore again please let just only even still unlike like although though because once given
  apart instead meanwhile indeed perhaps maybe certainly clearly obviously unfortunately fortunately frankly
  honestly actually basically generally firstly secondly thirdly lastly notably specifically`
    .split(/\s+/)
    .filter(Boolean),
);

/** Role words that may open a label in lower case (a slip of the site: "chairman of United Russia’s …"). */
const LOWER_ROLE_OPENERS = new Set(['chairman', 'head', 'deputy', 'director', 'member', 'president', 'minister', 'governor']);

/** Capitalised, or a name after a lower-case particle: "el-Sisi", "al-Assad". */
export const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word) || /^\p{Ll}{1,3}-\p{Lu}/u.test(word);

/** "58th", "2018", "2Combined": neither a capitalised name word nor lower-case content. */
const hasDigit = (word: string): boolean => /\d/.test(word);

/** Abbreviations that end with a full stop inside a label ("Prof. Ivanov"), unlike a sentence's end ("… Club. Photo"). */
const ABBREVIATION = /^(?:prof|acad|corp|dept|assoc|univ|capt|lieut|admin|gen|col|sgt|mr|mrs|ms|dr|st|jr|sr|inc|ltd|co|no)$/i;

/** A candidate is shared between callers (readLabel remembers recent lines): read it, never change it. */
export interface LabelCandidate {
  /** The label as printed, notes in brackets kept: the turn's speaker. */
  readonly label: string;
  /** The text after the colon. */
  readonly text: string;
  /** The label without its notes in brackets. */
  readonly head: string;
  /** The person named in it, when there is one of two or more words ("Vladimir Putin"), or a first name ("Dmitry, Moscow"). */
  readonly person: string | null;
  /** "Question", "Remark", "Question from Izhevsk" … */
  readonly generic: boolean;
}

/** Removes notes in brackets; null when the brackets do not pair. */
function withoutNotes(printed: string): string | null {
  const head = printed
    .replace(/\s*\([^()]{1,200}\)/g, ' ')
    .replace(/\s*\[[^[\]]{1,100}\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return /[()[\]]/.test(head) ? null : head;
}

/** A sentence ends inside: a word of 4+ letters, a full stop, a capital ("… Club. Photo"). */
function hasSentenceEnd(head: string): boolean {
  if (/[!?;]/.test(head)) return true;
  if (!head.includes('. ')) return false;
  for (const m of head.matchAll(/(\p{L}+)\. \p{Lu}/gu)) if (m[1].length >= 4 && !ABBREVIATION.test(m[1])) return true;
  return /[!?;]/.test(head);
}

/** "PUTIN" -> "Putin", "OF" -> "of": a label printed in capitals read as a name. */
function fromCapitals(word: string): string {
  if (!/^\p{Lu}[\p{Lu}’'-]+$/u.test(word)) return word;
  const lower = word.toLowerCase();
  return LOWER_CASE_NAME_WORDS.has(lower) ? lower : word.charAt(0) + lower.slice(1);
}

/** Enough of a name: two words, or an initial and a surname ("A. Repik"). */
function isFullName(person: string): boolean {
  const words = person.split(' ');
  return words.length >= 2 && words.some((w) => !/^\p{Lu}\.$/u.test(w));
}

/**
 * The person a label names, and in which comma part: the trailing name of a part, else a
 * first part that is a name ("Alexei Kudrin, Chairman of …"), else words printed without
 * spaces ("VladimirPutin", "PresidentofPalestineMahmoudAbbas", "V.Putin").
 */
function personOf(segments: string[][]): { person: string; segment: number } | null {
  if (segments.length === 1 && segments[0].length === 1) {
    const word = segments[0][0];
    return /\p{Ll}{2}\p{Lu}/u.test(word) || /^\p{Lu}\.\p{Lu}\p{Ll}+$/u.test(word) ? { person: word, segment: 0 } : null;
  }
  for (let s = segments.length - 1; s >= 0; s--) {
    const words = segments[s].map(fromCapitals);
    if (words.length < 2 || !isCapitalised(words[words.length - 1])) continue;
    let person = personFromLabel(words.join(' ')).person;
    // Initials before a surname belong to the name: "A. Repik", "Sr Lieutenant A. Vedyashchev".
    let at = words.length - (person?.split(' ').length ?? 0);
    while (person && at > 0 && /^\p{Lu}\.$/u.test(words[at - 1])) person = `${words[--at]} ${person}`;
    if (person && isFullName(person)) return { person, segment: s };
  }
  // A first part that is all name ("Alexei Kudrin", "Dmitry"), not a post ("Minister of Construction").
  const first = segments[0].map(fromCapitals).join(' ');
  if (segments.length > 1 && segments[0].length <= 4 && !/\d/.test(first) && personFromLabel(first).person === first) {
    return { person: first, segment: 0 };
  }
  return null;
}

/** Quote marks that open and do not close: the colon is inside a quoted title ("… Conference “Russia-UK: …”"). */
function hasOpenQuote(head: string): boolean {
  const count = (re: RegExp): number => (head.match(re) ?? []).length;
  return count(/“/g) > count(/”/g) || count(/«/g) > count(/»/g) || count(/"/g) % 2 === 1;
}

/**
 * Reads "Label: text" when the part before the first colon reads like a speaker label (the
 * shapes above). At most 40 words; at most 8 lower-case words besides small function words,
 * and when there are any, the label names a person ("Host of the Volunteer of Russia 2018 award
 * ceremony Dmitry Guberniyev", "Yury Kulinkov, ship fitter, mechanical adjustment shop").
 */
export function readLabel(line: string): LabelCandidate | null {
  const colon = line.indexOf(':');
  if (colon <= 0 || colon > 320) return null;
  // The line rules ask about the same lines several times (continuations, headings, captions, turns).
  const known = memo.get(line);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_SIZE) memo.clear();
  const candidate = read(line, colon);
  memo.set(line, candidate);
  return candidate;
}

const MEMO_SIZE = 4096;
const memo = new Map<string, LabelCandidate | null>();

function read(line: string, colon: number): LabelCandidate | null {
  const after = line.slice(colon + 1);
  if (after.length > 0 && /^[/\d]/.test(after)) return null; // "http://", "10:30"
  const printed = line.slice(0, colon).trim();
  const head = withoutNotes(printed);
  if (head === null || head.length < 2 || head.length > 240) return null;
  if (!/^\p{L}[\p{L}\p{M}\p{N} ’'.,&«»“”"/–—-]*$/u.test(head) || /[.,]$/.test(head) || /,\S/.test(head)) return null;
  if (hasSentenceEnd(head) || isPhotoCredit(head) || hasOpenQuote(head)) return null;
  const text = after.trim();
  const generic = isGenericLabel(head);

  // Words without the quote marks of a name ("… of «Opora Rossii» …"); dashes between words dropped.
  const segments = head.split(', ').map((part) =>
    part
      .split(' ')
      .map((w) => w.replace(/^[“«"]+|[”»"]+$/g, ''))
      .filter((w) => w !== '' && w !== '–' && w !== '—' && w !== '-'),
  );
  const words = segments.flat();
  if (words.length === 0 || words.length > 40) return null;
  if (!generic) {
    const first = words[0];
    if (OPENERS.has(first.toLowerCase())) return null;
    // Lower-case "i" is Russian "and" ("Argumenty i Fakty"); "I" is English.
    const sentenceLike = (w: string, i: number): boolean =>
      w === 'I' || (w !== 'i' && SENTENCE_WORDS.has(w)) || (i === 0 && SENTENCE_WORDS.has(w.toLowerCase()));
    if (words.some(sentenceLike)) return null;
  }
  const named = personOf(segments);
  const person = named?.person ?? null;
  const lowerContent = words.filter((w) => !isCapitalised(w) && !hasDigit(w) && !LOWER_CASE_NAME_WORDS.has(w));
  if (!isCapitalised(words[0]) && !(LOWER_ROLE_OPENERS.has(words[0]) && person !== null)) return null;
  // A role after the name may end in lower case: "Sergei Agafonov, Editor in Chief of Ogonyok magazine".
  const roleAfterName = named !== null && named.segment < segments.length - 1;
  if (!generic && !roleAfterName && !isCapitalised(words[words.length - 1]) && !hasDigit(words[words.length - 1])) return null;
  if (!generic && lowerContent.length > 0 && (person === null || lowerContent.length > 8)) return null;
  // A line of a list of posts: a post without a name, then a name alone.
  if (person === null && !generic && isNameOnly(text)) return null;
  return { label: printed, text, head, person, generic };
}

/** Splits "Label: text" (see readLabel); the label keeps its notes in brackets as printed. */
export function splitLabel(line: string): { label: string; text: string } | null {
  const candidate = readLabel(line);
  return candidate ? { label: candidate.label, text: candidate.text } : null;
}
