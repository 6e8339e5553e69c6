/**
 * Which candidate lines of a copied en.kremlin.ru page are speaker labels: a decision for the
 * whole page, from evidence (label-evidence.ts), each with its reasons.
 *
 * In order, for each candidate (kremlin-text-labels.ts):
 * 1. against: an enumeration or discourse word ("Second", "Listen"), a form field ("Email",
 *    "Deadline"), a day, date or time ("Monday", "October 5"), a line of a list of posts, or —
 *    for a label that names no person — a date, time or address after it;
 * 2. a generic label ("Question", "Remark") is a label when the page has other labels or it recurs,
 *    unless no label follows it and the text runs on after it (UNANSWERED_RUNS_ON paragraphs);
 * 3. with a weak signal (a quotation, lower case or an unfinished sentence after the colon) it is
 *    a label only when something else vouches for it: the same label printed elsewhere on the
 *    page without a weak signal, or the person it names is tagged on the page or named by
 *    another label;
 * 4. a label that names a person ("Vladimir Putin", "Alexei Kudrin, Chairman of …") is a label;
 * 5. a single word is a label when it recurs ("Alina"); a role without a name ("Interior
 *    Minister") when it recurs, or on a page with other labels.
 * Checked on the even-numbered half of the 7,145 bulk pages against their HTML (bold labels).
 */
import { readLabel, type LabelCandidate } from './kremlin-text-labels';
import {
  type LabelDecision,
  UNANSWERED_RUNS_ON,
  endsLikeSpeech,
  isDateOrTimeHead,
  isDiscourseWord,
  isFieldName,
  isNameOnly,
  isOfficeWord,
  opensLowerCase,
  opensQuote,
  opensWithAddress,
  opensWithDateOrTime,
} from './label-evidence';
import { personKey } from '../../shared/speaker-names';

/** A line read as a label, with the text after it. */
export interface KremlinLabel extends LabelDecision {
  text: string;
}

interface Examined {
  index: number;
  candidate: LabelCandidate;
  against: string | null;
  weak: string[];
}

/**
 * @param headingLike the line is followed by another candidate, a separator or nothing: a
 *   title with a colon ("Speeches at the opening of …: St Petersburg – Vienna …") rather than a
 *   turn whose first paragraph the copy broke after a link
 * @param inList the line is one of two or more in a row followed by a name alone ("Minister of
 *   Defence: Sergei Shoigu."): a list of posts
 */
function examine(index: number, c: LabelCandidate, headingLike: boolean, inList: boolean): Examined {
  const single = !c.head.includes(' ');
  let against: string | null = null;
  if (single && isDiscourseWord(c.head)) against = `“${c.head}” is an enumeration or discourse word`;
  else if (isFieldName(c.head)) against = `“${c.head}” is a form field`;
  else if (isDateOrTimeHead(c.head)) against = `“${c.head}” is a date or a time`;
  else if (c.person === null && !c.generic && opensWithDateOrTime(c.text)) against = 'a date or time follows and it names no person';
  else if (c.person === null && !c.generic && opensWithAddress(c.text)) against = 'an address or number follows and it names no person';
  else if (inList) against = 'one of several lines in a row of a post and a name alone (a list)';
  const weak: string[] = [];
  if (opensQuote(c.text)) weak.push('a quotation follows the colon');
  if (opensLowerCase(c.text)) weak.push('the text after the colon starts in lower case');
  if (c.text !== '' && !endsLikeSpeech(c.text) && headingLike)
    weak.push('the text after it does not end like a sentence, and no paragraph follows it');
  return { index, candidate: c, against, weak };
}

const times = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/**
 * Decides every candidate line of a page's body. `texts` are the body's paragraphs (null for
 * what is not a paragraph); `persons` the page's person tags ("Putin Vladimir"). Returns, for
 * each paragraph, the decision on it, or null when it does not open like a label at all.
 */
export function decideKremlinLabels(texts: readonly (string | null)[], persons: readonly string[]): (KremlinLabel | null)[] {
  const candidates = texts.map((text) => (text === null ? null : readLabel(text)));
  const listed = (i: number): boolean => {
    const text = texts[i];
    const colon = text ? text.indexOf(':') : -1;
    return text !== null && text !== undefined && colon > 0 && isNameOnly(text.slice(colon + 1));
  };
  const examined: Examined[] = [];
  candidates.forEach((candidate, i) => {
    if (!candidate) return;
    const headingLike = i + 1 >= texts.length || texts[i + 1] === null || candidates[i + 1] !== null;
    examined.push(examine(i, candidate, headingLike, listed(i) && (listed(i - 1) || listed(i + 1))));
  });
  const clean = new Map<string, number>();
  const namedBy = new Map<string, number>();
  for (const e of examined) {
    if (e.against || e.weak.length > 0) continue;
    clean.set(e.candidate.label, (clean.get(e.candidate.label) ?? 0) + 1);
    if (e.candidate.person) namedBy.set(personKey(e.candidate.person), (namedBy.get(personKey(e.candidate.person)) ?? 0) + 1);
  }
  const tagged = new Set(persons.map(personKey));

  const out: (KremlinLabel | null)[] = texts.map(() => null);
  const later: Examined[] = [];
  const decide = (e: Examined, verdict: 'label' | 'text', reasons: string[]): void => {
    out[e.index] = { label: e.candidate.label, text: e.candidate.text, verdict, reasons };
  };
  for (const e of examined) {
    const c = e.candidate;
    const seen = clean.get(c.label) ?? 0;
    const key = c.person ? personKey(c.person) : null;
    if (e.against) decide(e, 'text', [e.against]);
    else if (c.generic) later.push(e);
    else if (e.weak.length > 0) {
      const support: string[] = [];
      if (seen > 0) support.push(`the same label is printed ${times(seen)} elsewhere without doubt`);
      if (key && tagged.has(key)) support.push(`${c.person} is tagged on the page`);
      if (key && (namedBy.get(key) ?? 0) > 0) support.push(`${c.person} is named by another label`);
      decide(
        e,
        support.length > 0 ? 'label' : 'text',
        support.length > 0 ? [...support, ...e.weak.map((w) => `despite: ${w}`)] : [...e.weak, 'nothing else vouches for it'],
      );
    } else if (c.person) decide(e, 'label', [`names a person (${c.person})`, ...(seen > 1 ? [`printed ${times(seen)}`] : [])]);
    else if (!c.head.includes(' '))
      decide(e, seen > 1 ? 'label' : 'text', seen > 1 ? [`a single word printed ${times(seen)}`] : ['a single word, printed once']);
    else if (seen > 1) decide(e, 'label', [`printed ${times(seen)}`]);
    else later.push(e);
  }
  const dialogue = out.some((d) => d !== null && d.verdict === 'label');
  for (const e of later) {
    const c = e.candidate;
    const seen = clean.get(c.label) ?? 0;
    if (c.generic) {
      if (dialogue || seen > 1) decide(e, 'label', ['a generic label', dialogue ? 'the page has other labels' : `printed ${times(seen)}`]);
      else decide(e, 'text', ['a generic label on a page without other labels, printed once']);
    } else {
      const office = c.head.split(/[ ,]+/).some(isOfficeWord);
      if (office && dialogue) decide(e, 'label', ['a role without a name', 'the page has other labels']);
      else
        decide(e, 'text', [
          office ? 'a role without a name, printed once, on a page without other labels' : 'names no person and no role, printed once',
        ]);
    }
  }
  // A question no label answers, after which the text runs on, is the speaker asking it himself
  // (an address: "Question: at what expense? Where do we get these funds?"): text of the turn.
  let labelAfter = false;
  for (let i = texts.length - 1; i >= 0; i--) {
    const d = out[i];
    if (d === null || d.verdict !== 'label') continue;
    if (candidates[i]?.generic && !labelAfter) {
      const after = texts.slice(i + 1).filter((t) => t !== null).length;
      if (after >= UNANSWERED_RUNS_ON) {
        out[i] = { ...d, verdict: 'text', reasons: [`a generic label that no label follows, with ${after} paragraphs after it`] };
        continue;
      }
    }
    labelAfter = true;
  }
  return out;
}
