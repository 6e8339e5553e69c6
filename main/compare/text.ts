/**
 * Words, sentences and folding for comparison. A token keeps its place in the
 * text (start/end offsets) so differences and shared phrases can be marked on
 * the original text; `norm` is what is compared (lower case, diacritics folded,
 * curly apostrophes straightened).
 */
import { COMPARE_WORD, foldAccents } from '../../shared/text';

export interface Token {
  /** The compared form. */
  norm: string;
  start: number;
  end: number;
  /** False for punctuation. */
  word: boolean;
}

/** A word (COMPARE_WORD: shared/text.ts says how the three readings of a word differ) or one punctuation mark. */
const TOKEN = new RegExp(`${COMPARE_WORD}|[^\\s\\p{L}\\p{N}]`, 'gu');
const WORDLIKE = /^[\p{L}\p{N}]/u;
const NON_ASCII = /[^\x00-\x7f]/;

export function fold(word: string): string {
  const w = word.toLowerCase();
  return NON_ASCII.test(w) ? foldAccents(w).replace(/[’‘]/g, "'").replace(/–/g, '-') : w;
}

/** Words and punctuation marks, in order, with their offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index ?? 0;
    const word = WORDLIKE.test(raw);
    tokens.push({ norm: word ? fold(raw) : raw, start, end: start + raw.length, word });
  }
  return tokens;
}

/** A word alone: every word tokenize finds begins where this finds one (punctuation never holds a letter or digit). */
const WORD = new RegExp(COMPARE_WORD, 'gu');

/** Only the words, folded. */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) out.push(fold(m[0]));
  return out;
}

/**
 * The words, folded, with their offsets: tokenize's word tokens, without making a token of each
 * mark. Word i runs from spans[2i] to spans[2i + 1] (numbers, not an object a word).
 */
export function wordsAndSpans(text: string): { words: string[]; spans: number[] } {
  const words: string[] = [];
  const spans: number[] = [];
  for (const m of text.matchAll(WORD)) {
    words.push(fold(m[0]));
    spans.push(m.index, m.index + m[0].length);
  }
  return { words, spans };
}

/** Sentence spans of a paragraph: a break after . ! ? or … (with closing quotes) before a capital, digit or opening quote. */
export function sentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const boundary = /[.!?…]+["'”’)]*\s+(?=["'“‘(]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const end = (m.index ?? 0) + m[0].trimEnd().length;
    // "Mr. Putin", "St. Petersburg", initials: not a sentence end.
    const before = text.slice(start, end);
    if (/(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|No|Prof|Gen|Lt|Col|Jr|Sr|vs|etc|[A-Z])\.$/.test(before)) continue;
    if (end > start) spans.push({ start, end });
    start = (m.index ?? 0) + m[0].length;
  }
  if (start < text.length && text.slice(start).trim()) spans.push({ start, end: text.trimEnd().length });
  return spans;
}

/**
 * Common English function words, left out of the distinctive-terms list (they carry
 * no topic) but kept everywhere else.
 */
export const STOPWORDS = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being below
  between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each few for
  from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself
  his how how's i i'd i'll i'm i've if in into is isn't it it's its itself just let's me more most mustn't my myself
  no nor not now of off on once only or other ought our ours ourselves out over own same shan't she she'd she'll
  she's should shouldn't so some such than that that's the their theirs them themselves then there there's these
  they they'd they'll they're they've this those through to too under until up very was wasn't we we'd we'll we're
  we've were weren't what what's when when's where where's which while who who's whom why why's will with won't
  would wouldn't you you'd you'll you're you've your yours yourself yourselves yes well okay ok one two also
  said say says must shall may might us like get got go going know think want well even still`
    .split(/\s+/)
    .filter(Boolean),
);
