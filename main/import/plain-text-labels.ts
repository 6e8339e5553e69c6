/**
 * Speaker labels in plain transcripts (Miller Center files and other .txt/.md): which
 * paragraphs open with one, and — for the whole document, from evidence — which of those
 * really are speakers' labels. Every decision keeps its reasons (label-evidence.ts).
 *
 * Shapes (what a paragraph may open with):
 * - capitals and a colon: "THE PRESIDENT:", "MR. NIXON:", "ACTING DEPUTY SECRETARY SMITH:",
 *   "TRUMP:", "AUDIENCE:"; with a period only when titled ("THE PRESIDENT.", "MR. SMITH.", "Q.");
 * - mixed case and a colon: "Ms. Walters:", "Frank Cormier, Associated Press:";
 * - a title and a period: "The President.", "The Attorney General.", "Governor Clinton.",
 *   "Mr. Perot."; a bare name and a period ("Jim Lehrer.") — weakest of all, as a speech often
 *   opens a paragraph by naming someone ("Savannah Guthrie.", "Lee Zeldin. How good are you?");
 * - "Q" before a question with no colon (White House style).
 * Never labels: salutations ("SIR:", "Gentlemen of the Congress:", "Mr. Speaker, Mr. Vice
 * President, …:"), headings and signatures, enumerations ("First.", "SEC. 2."), dates and times.
 *
 * The document is read as a dialogue only on evidence: a label recurs, or the text opens with
 * one, or a titled label names the file's president ("President: NAME"), or two or more labels
 * of a strong shape in such a file; and in such a file, one of its labels is that president ("THE
 * PRESIDENT", "MR. NIXON", "TRUMP") or all are the audience — a message quoting a deposition's
 * "Q." and "A." is the president's text. In a
 * dialogue, a strong shape is a label; a weak one (a single surname, a bare name) needs support:
 * it recurs, it is the surname of another label or of the president, or the paragraph before
 * names it ("… Agent Dunn." then "DUNN: …").
 */
import { type LabelDecision, isOfficeWord, opensWithDateOrTime } from './label-evidence';
import { isGenericLabel, labelContext, personFromLabel } from '../../shared/speaker-names';

export interface PlainLabel {
  label: string;
  rest: string;
  upper: boolean;
  /** How sure the shape alone is: "strong" (titled, "Q", mixed-case name and colon) or "weak" (one surname, a bare name). */
  shape: 'strong' | 'weak';
}

/** Labels that open letters and documents, or headings: never speakers. */
const NOT_LABELS =
  /^(sirs?|gentlemen|madam|madame|excellency|your excellency|my dear.*|my fellow.*|dear .*|mr\.? (president|secretary.*|minister|speaker|chairman)|gentlemen of .*|fellow.*|members of .*|ladies and gentlemen.*|friends|to .*|note|notes|n\.?\s?b|p\.?\s?s|sec|section|article|art|resolved|whereas|provided|attest|approved|enclosure|inclosure|telegram|memorandum|subject|re|from|cc|date|dated|source|signed|editor'?s note|update|[ivxlc]+|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|finally|lastly|next|also|again|now|today|here|one|two|three|four|five)$/i;

/** A salutation opening a speech: "Mr. Speaker, Mr. Vice President, Members of Congress". */
const SALUTATION =
  /\b(mr\.? speaker|mr\.? president|mr\.? vice president|madam speaker|members of|ladies and gentlemen|fellow|distinguished guests)\b/i;

/** A day, a date or a time is not a speaker: "MONDAY:", "March 3:", "10:30 A.M.:". */
const DATE_OR_TIME =
  /^((mon|tues|wednes|thurs|fri|satur|sun)day\b|(january|february|march|april|may|june|july|august|september|october|november|december)\b.*\d|\d)/i;

/** Upper-case label: "THE PRESIDENT", "Q", "MR. NIXON", "DR. BIRX", "AUDIENCE MEMBER". */
const UPPER_LABEL = /^([A-Z][A-Z'’-]*\.?(?: [A-Z][A-Z'’-]*\.?){0,5})[:.;] +(\S.*)$/;
/** Mixed-case colon label: "Anton Vernitsky", "The President", "Frank Cormier, Associated Press". */
const NAME_LABEL =
  /^((?:The |Mr\. |Mrs\. |Ms\. |Dr\. )?\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|de|da|di|von|van|der|bin|al|of|the)){0,6}(?:, \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})?): +(\S.*)$/u;
/** Titled period labels: "The President.", "The Attorney General.", "The Secretary of Transportation.", "Mr. RATHER.", "President Gorbachev.". */
const PERIOD_LABEL =
  /^((?:The|THE)\.? (?:[A-Z][a-z]+ ){0,2}(?:President|General|Secretary|Lady|Moderator|Chairman|Speaker|Governor|Ambassador|Minister|Chancellor|Senator|Director|Administrator|Commissioner)(?: of(?: the)? [A-Z][a-z]+(?: [A-Z][a-z]+)?)?|(?:Mr|Mrs|Ms|Dr)\. [A-Z][A-Za-z'’-]+|(?:President|Senator|Governor|Secretary|Ambassador|General|Admiral) [A-Z][a-z'’-]+)\. +(\S.*)$/;
/** A bare name and a period: "Jim Lehrer.", "John Mashek." (weak: a speech may name someone so). */
const NAME_PERIOD = /^(\p{Lu}\p{Ll}+ (?:\p{Lu}\. )?\p{Lu}[\p{Ll}'’-]+)\. +(\S.*)$/u;
/** Not a name: "When Mr. Staebler …", "Had Mr. Lawless …", "In St. Louis …". */
const NOT_NAME_PERIOD =
  /^(?:\S+ (?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Mt|Ft|Lt|Col|Capt)|(?:When|Had|If|As|But|To|What|In|And|So|Then|Now|Take|Let|Thank|God|Good|Dear)\b.*)$/;
/** The audience, mixed case with a period: "Audience members. U.S.A.! U.S.A.!". */
const AUDIENCE_PERIOD = /^(Audience(?: members?)?|Voices?|Crowd)\. +(\S.*)$/;

/** Interjections from the hall: they hold their own paragraph only. */
export const AUDIENCE = /^(audience|audience members?|members of the audience|crowd|voices?|participants)$/i;

/** A period closes only a titled label ("THE PRESIDENT.", "MR. SMITH.", "Q."), not a heading or signature. */
const UPPER_PERIOD_OK =
  /^(Q|A|THE\.? .+|(MR|MRS|MS|MISS|DR)\. .+|(SENATOR|GOVERNOR|SECRETARY|PRESIDENT|GENERAL|AMBASSADOR|VICE PRESIDENT) .+|AUDIENCE|AUDIENCE MEMBERS?|CROWD|VOICES?)$/;

/** Capitals with a title or a role ("THE PRESIDENT", "AIDE"), or a generic speaker: a strong shape; one surname alone ("JONES") is weak. */
function upperShape(label: string): 'strong' | 'weak' {
  return label.includes(' ') || isGenericLabel(label) || AUDIENCE.test(label) || isOfficeWord(label) ? 'strong' : 'weak';
}

function notALabel(label: string): boolean {
  return NOT_LABELS.test(label) || SALUTATION.test(label) || DATE_OR_TIME.test(label);
}

/** The speaker label opening a paragraph, if it has one. */
export function labelOf(paragraph: string): PlainLabel | null {
  // White House style: "Q Thank you, Mr. President." (no colon or period after Q)
  const bareQ = /^Q +([A-Z"“'‘(].*)$/.exec(paragraph);
  if (bareQ) return { label: 'Q', rest: bareQ[1], upper: true, shape: 'strong' };
  const upper = UPPER_LABEL.exec(paragraph);
  if (upper) {
    const label = upper[1].replace(/\.$/, '');
    const byPeriod = paragraph.charAt(upper[1].length) === '.' || upper[1].endsWith('.');
    const colon = paragraph.charAt(upper[1].length) === ':';
    // "MR. NIXON; I would say …": a slip for the colon, weak until the same label is printed with one.
    const semicolon = paragraph.charAt(upper[1].length) === ';';
    if ((colon || semicolon || (byPeriod && UPPER_PERIOD_OK.test(label))) && !notALabel(label) && /[A-Z]/.test(label)) {
      return { label, rest: upper[2], upper: true, shape: semicolon ? 'weak' : upperShape(label) };
    }
  }
  const audience = AUDIENCE_PERIOD.exec(paragraph);
  if (audience) return { label: audience[1], rest: audience[2], upper: false, shape: 'strong' };
  const period = PERIOD_LABEL.exec(paragraph);
  if (period && !notALabel(period[1])) return { label: period[1], rest: period[2], upper: false, shape: 'strong' };
  const named = NAME_LABEL.exec(paragraph);
  if (named && named[1].length <= 60 && !notALabel(named[1])) {
    return { label: named[1], rest: named[2], upper: false, shape: named[1].includes(' ') || isGenericLabel(named[1]) ? 'strong' : 'weak' };
  }
  const bare = NAME_PERIOD.exec(paragraph);
  if (bare && !notALabel(bare[1]) && !NOT_NAME_PERIOD.test(bare[1])) return { label: bare[1], rest: bare[2], upper: false, shape: 'weak' };
  return null;
}

/** A decision on one paragraph that opened like a label. */
export interface PlainLabelDecision extends LabelDecision {
  /** The paragraph as written. */
  line: string;
  rest: string;
}

/** The surname a label ends with, lower case: "MR. NIXON" -> "nixon", "Jim Lehrer" -> "lehrer". */
function surnameOf(label: string): string | null {
  const words = label
    .replace(/,.*$/, '')
    .split(/\s+/)
    .filter((w) => /^\p{L}/u.test(w));
  const last = words[words.length - 1];
  return last && !/^(president|moderator|audience|crowd|q|a)$/i.test(last) ? last.replace(/\.$/, '').toLowerCase() : null;
}

const times = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/**
 * Decides, for the whole document, which paragraphs open with a speaker's label.
 * Returns one entry per paragraph: the decision, or null when it does not open like a label.
 */
export function decidePlainLabels(paragraphs: readonly string[], mainPerson: string | null): (PlainLabelDecision | null)[] {
  const candidates = paragraphs.map((p) => labelOf(p));
  const counts = new Map<string, number>();
  for (const c of candidates) if (c) counts.set(c.label, (counts.get(c.label) ?? 0) + 1);
  const found = candidates.filter((c): c is PlainLabel => c !== null);
  const out: (PlainLabelDecision | null)[] = paragraphs.map(() => null);
  if (found.length === 0) return out;
  const say = (i: number, verdict: 'label' | 'text', reasons: string[]): void => {
    const c = candidates[i] as PlainLabel;
    out[i] = { label: c.label, line: paragraphs[i], rest: c.rest, verdict, reasons };
  };

  // Is the document a dialogue at all?
  const context = mainPerson ? labelContext('plain-text', [mainPerson]) : {};
  const mainSurname = mainPerson ? surnameOf(mainPerson) : null;
  // "THE PRESIDENT", "The President", "President Bush", "MR. NIXON", "TRUMP": the file's president.
  const namesMain = (label: string): boolean =>
    mainPerson !== null &&
    (/^(the\.?\s+)?president$/i.test(label) ||
      personFromLabel(label, [], context).person === mainPerson ||
      (mainSurname !== null && surnameOf(label) === mainSurname));
  const recurring = [...counts.entries()].filter(([, n]) => n > 1).map(([label]) => label);
  const firstText = paragraphs.findIndex((p, i) => candidates[i] !== null || p.length > 80);
  const opensLabelled = firstText >= 0 && firstText <= 1 && candidates[firstText] !== null && candidates[firstText]?.shape === 'strong';
  const strongKinds = new Set(found.filter((c) => c.shape === 'strong').map((c) => c.label)).size;
  const why: string[] = [];
  if (recurring.length > 0) why.push(`${recurring.slice(0, 3).join(', ')} recur${recurring.length === 1 ? 's' : ''}`);
  if (opensLabelled) why.push('the text opens with a label');
  // Two different labels, each printed once, make a dialogue only in a file that names its president (checked below).
  if (strongKinds >= 2 && mainPerson !== null) why.push(`${strongKinds} different labels`);
  const mainSpeaks = found.some((c) => namesMain(c.label));
  // "The President." opening a paragraph of speech can only be a label, even once.
  if (found.some((c) => c.shape === 'strong' && namesMain(c.label))) why.push(`a titled label names the president (${mainPerson})`);
  const onlyAudience = found.every((c) => AUDIENCE.test(c.label));
  if (why.length === 0 || (mainPerson !== null && !mainSpeaks && !onlyAudience)) {
    const reason =
      why.length === 0
        ? 'one label, printed once, does not make a dialogue'
        : `no label is the president (${mainPerson}) or the audience: quoted labels`;
    candidates.forEach((c, i) => c && say(i, 'text', [reason]));
    return out;
  }

  // In a dialogue: strong shapes are labels; weak ones need support.
  const surnames = new Map<string, number>();
  for (const c of found)
    if (c.shape === 'strong') {
      const s = surnameOf(c.label);
      if (s) surnames.set(s, (surnames.get(s) ?? 0) + 1);
    }
  const periodStyle = found.some(
    (c) => c.shape === 'strong' && !c.upper && paragraphs[candidates.indexOf(c)]?.charAt(c.label.length) === '.',
  );
  candidates.forEach((c, i) => {
    if (!c) return;
    const n = counts.get(c.label) ?? 0;
    if (opensWithDateOrTime(c.rest) && c.shape === 'weak') return say(i, 'text', ['a date or time follows a one-word label']);
    if (c.shape === 'strong')
      return say(i, 'label', [`a titled or generic label in a dialogue (${why.join('; ')})`, ...(n > 1 ? [`printed ${times(n)}`] : [])]);
    const support: string[] = [];
    const surname = surnameOf(c.label);
    const byPeriod = paragraphs[i].charAt(c.label.length) === '.';
    if (n > 1) support.push(`printed ${times(n)}`);
    if (surname && (surnames.get(surname) ?? 0) > 0) support.push(`${surname} is the surname of another label`);
    if (surname && surname === mainSurname) support.push(`${surname} is the president's surname`);
    if (surname && i > 0 && new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(paragraphs[i - 1] ?? '')) {
      support.push('the paragraph before names this speaker');
    }
    if (byPeriod && !periodStyle) support.length = 0; // a bare name and a period among colon labels: a speech naming someone
    if (support.length > 0) say(i, 'label', support);
    else
      say(i, 'text', [
        byPeriod && !periodStyle
          ? 'a name and a period in a transcript whose labels take a colon'
          : 'a single name, printed once, that nothing else vouches for',
      ]);
  });
  return out;
}
