/**
 * The one tokenizer of the search engine, used alike at index time and query time:
 * words are runs of letters and digits (an inner apostrophe kept: "Putin's", "don't"),
 * case folded, Latin diacritics removed, ё read as е, then stemmed with Snowball —
 * Russian for Cyrillic words, English for the rest. Numbers are kept as they are.
 * FTS5 only ever sees the stems, joined by spaces, so every stem must be one
 * unicode61 token: letters and digits only.
 */
import { stem as english } from 'porter2';
import { newStemmer } from 'snowball-stemmers';
import { INDEX_WORD } from '../../shared/text';

/**
 * English: porter2, Snowball's English algorithm in plain JavaScript, about 30 times faster than
 * snowball-stemmers' (a comparison stems every word of two long speeches) and stem for stem the same
 * (tests/unit/search-stemmer.test.ts), so archives indexed before keep matching.
 */
const russian = newStemmer('russian');

/** A word with its place in the original text. */
export interface Token {
  start: number;
  end: number;
  /** Folded form: lower case, no Latin diacritics, ё -> е, no apostrophes. */
  norm: string;
  stem: string;
}

/** A word as the index holds it (shared/text.ts says how the three readings of a word differ). */
const WORD_SOURCE = INDEX_WORD;
const WORD = new RegExp(WORD_SOURCE, 'gu');
/** A letter, digit or mark ends the text: what comes next continues its word. */
const ENDS_IN_WORD = /[\p{L}\p{N}\p{M}]$/u;
/** A letter or mark begins the text: an apostrophe before it joins it to the word before (INDEX_WORD). */
const BEGINS_JOINED = /^[\p{L}\p{M}]/u;
const CYRILLIC = /[\u0400-\u04ff]/;
const NEEDS_FOLD = /[^a-z0-9'\u0430-\u044f]/;

/** Lower case; diacritics removed from Latin letters (é -> e) but not from Cyrillic (й stays й); ё -> е. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase().replace(/’/g, "'");
  if (!NEEDS_FOLD.test(lower)) return lower;
  let out = '';
  for (const ch of lower) {
    if (ch === 'ё') out += 'е';
    else if (ch === 'й' || CYRILLIC.test(ch)) out += ch;
    else out += ch.normalize('NFKD').replace(/\p{M}/gu, '');
  }
  return out;
}

const cache = new Map<string, string>();
const CACHE_LIMIT = 400_000;

/** The stem of a folded word (cached: a word is stemmed once per process). */
export function stemFolded(norm: string): string {
  let stem = cache.get(norm);
  if (stem !== undefined) return stem;
  if (/^\p{N}+$/u.test(norm)) stem = norm;
  else if (CYRILLIC.test(norm)) stem = russian.stem(norm);
  else stem = english(norm);
  stem = stem.replace(/'/g, '');
  if (!stem) stem = norm.replace(/'/g, '');
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(norm, stem);
  return stem;
}

/** Word as written -> [folded form without apostrophes, stem]: indexing and highlighting read whole turns, and texts repeat their words. */
const wordCache = new Map<string, [string, string]>();

/** A written word's folded form (without apostrophes) and stem, from the cache. */
function knownWord(word: string): [string, string] {
  let known = wordCache.get(word);
  if (!known) {
    const norm = foldWord(word);
    known = [norm.replace(/'/g, ''), stemFolded(norm)];
    if (wordCache.size >= CACHE_LIMIT) wordCache.clear();
    wordCache.set(word, known);
  }
  return known;
}

/** Every word of a text, with offsets, folded form and stem. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const known = knownWord(word);
    if (!known[1]) continue;
    tokens.push({ start: match.index, end: match.index + word.length, norm: known[0], stem: known[1] });
  }
  return tokens;
}

/** The word tokens that follow offset `from` in a text, up to `count` of them (for a phrase that starts before it). */
export function tokensAfter(text: string, from: number, count: number): Token[] {
  WORDS_AFTER.lastIndex = from;
  const out: Token[] = [];
  for (let m = WORDS_AFTER.exec(text); m && out.length < count; m = WORDS_AFTER.exec(text)) {
    const [norm, stem] = knownWord(m[0]);
    if (stem) out.push({ start: m.index, end: m.index + m[0].length, norm, stem });
  }
  return out;
}

/** The words from a position on (tokensAfter: one expression for every call, a phrase's every first word). */
const WORDS_AFTER = new RegExp(WORD_SOURCE, 'gu');

/**
 * True when the word at `at` continues the word before it, as INDEX_WORD reads words: a letter or
 * mark after a letter, digit or mark always does; across an apostrophe ("Putin's", "1990's", but
 * not "rock'2020") or for a digit after letters ("G20", but not "don't2020"), the words are read
 * from the start of the run. Decided from the character codes when they are ASCII letters or
 * spaces (nearly always: the scan finds a head inside many words, "ec" in "because").
 */
function insideWord(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  const apostrophe = c === 39 || c === 0x2019;
  if (!apostrophe && !(c < 128 ? isAsciiLetterOrDigit(c) : ENDS_IN_WORD.test(text.slice(Math.max(0, at - 2), at)))) return false;
  const next = text.charCodeAt(at);
  const joins = next < 128 ? isAsciiLetter(next) : BEGINS_JOINED.test(text.slice(at, at + 2));
  if (!apostrophe && joins) return true;
  if (apostrophe && !joins) return false;
  // Where the words of the run before `at` begin decides.
  const before = RUN_BEFORE.exec(text.slice(Math.max(0, at - RUN_LOOKBACK), at));
  WORD_IN_RUN.lastIndex = at - (before ? before[0].length : 0);
  for (let m = WORD_IN_RUN.exec(text); m && m.index < at; m = WORD_IN_RUN.exec(text)) if (m.index + m[0].length > at) return true;
  return false;
}

const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
const isAsciiLetterOrDigit = (c: number): boolean => (c >= 48 && c <= 57) || isAsciiLetter(c);
/** The letters, digits, marks and apostrophes just before a position (a word's run), read that far back at most. */
const RUN_BEFORE = /[\p{L}\p{N}\p{M}'’]+$/u;
const RUN_LOOKBACK = 256;
const WORD_IN_RUN = new RegExp(WORD_SOURCE, 'gu');

/** Text to match literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const beginning = new Map<string, RegExp>();
const beginningAnyCase = new Map<string, RegExp>();
/** A word from a given position (sticky). */
const WORD_AT = new RegExp(WORD_SOURCE, 'uy');

/**
 * The words of a text that begin with `head` in any case and with or without Latin diacritics (a
 * quick scan: only they are folded and stemmed).
 * With `headIsPattern`, `head` is the source of a regular expression rather than literal text,
 * written in lower case and without classes that need the u flag. `plain`: scanForm(text), when
 * the caller has it.
 */
export function tokensBeginning(text: string, head: string, headIsPattern = false, plain?: string | null): Token[] {
  const lower = plain === undefined ? scanForm(text) : plain;
  // A few letters change length when lower-cased or folded (İ, Ĳ): then offsets would not match.
  if (lower === null) return tokensBeginningSlow(text, head, headIsPattern);
  // The scan is a plain search (several times faster than a Unicode-aware regular expression),
  // in the text itself in any case or in its lower-cased form; each hit at a word's start is then
  // read as a word.
  const anyCase = lower === text;
  const cache = anyCase ? beginningAnyCase : beginning;
  let scan = cache.get(head);
  if (!scan) {
    if (cache.size > 256) cache.clear();
    scan = new RegExp(headIsPattern ? head : escapeRegExp(head.toLowerCase()), anyCase ? 'gi' : 'g');
    cache.set(head, scan);
  }
  scan.lastIndex = 0;
  const tokens: Token[] = [];
  for (let m = scan.exec(lower); m; m = scan.exec(lower)) {
    const at = m.index;
    // Inside a word: not a word of its own, and the scan goes on from the next character.
    if (insideWord(text, at)) {
      scan.lastIndex = at + 1;
      continue;
    }
    WORD_AT.lastIndex = at;
    const word = WORD_AT.exec(text);
    if (!word) {
      scan.lastIndex = at + 1;
      continue;
    }
    scan.lastIndex = at + word[0].length;
    const [norm, stem] = knownWord(word[0]);
    tokens.push({ start: at, end: at + word[0].length, norm, stem });
  }
  return tokens;
}

/**
 * Characters that lower-casing or folding joins to another letter in a way a case-insensitive
 * search does not: everything but ASCII, the Latin-1 signs, Cyrillic without ё and Ё, and general
 * punctuation (checked for every character of those blocks: each is matched case-insensitively by
 * its lower-case form).
 */
const FOLDED_APART = /[^\x00-\u00bf\u0400\u0402-\u0450\u0452-\u04ff\u2000-\u206f]/;

/**
 * What tokensBeginning scans: the text itself, searched in any case, when it has no character
 * that folds apart from its case (lower-casing a long turn costs more than the scan), else
 * plainLower(text); null when some letter does not fold to one letter.
 */
export function scanForm(text: string): string | null {
  return FOLDED_APART.test(text) ? plainLower(text) : text;
}

/** Latin letters with diacritics, and ё. */
const ACCENTED = /[\u00c0-\u024f\u1e00-\u1effёЁ]/g;
const plainLetters = new Map<string, string>();

/**
 * The text lower-cased with Latin diacritics removed and ё read as е, letter for letter (so
 * offsets stay), as foldWord folds words; null when some letter does not fold to one letter.
 */
function plainLower(text: string): string | null {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return null;
  let whole = true;
  const plain = lower.replace(ACCENTED, (ch) => {
    let base = plainLetters.get(ch);
    if (base === undefined) {
      base = ch === 'ё' ? 'е' : ch.normalize('NFKD').replace(/\p{M}/gu, '');
      plainLetters.set(ch, base);
    }
    if (base.length !== 1) whole = false;
    return base;
  });
  return whole ? plain : null;
}

const beginningSlow = new Map<string, RegExp>();

function tokensBeginningSlow(text: string, head: string, headIsPattern: boolean): Token[] {
  // A lookbehind for the word start would make the scan ten times slower: the start is checked after.
  let words = beginningSlow.get(head);
  if (!words) {
    if (beginningSlow.size > 256) beginningSlow.clear();
    words = new RegExp(`(?=${headIsPattern ? head : escapeRegExp(head)})${WORD_SOURCE}`, 'giu');
    beginningSlow.set(head, words);
  }
  const tokens: Token[] = [];
  for (const match of text.matchAll(words)) {
    if (insideWord(text, match.index)) continue;
    const [norm, stem] = knownWord(match[0]);
    tokens.push({ start: match.index, end: match.index + match[0].length, norm, stem });
  }
  return tokens;
}

/** The stems of a text joined by spaces: what FTS5 indexes. */
export function stemText(text: string | null | undefined): string {
  if (!text) return '';
  const out: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const stem = knownWord(match[0])[1];
    if (stem) out.push(stem);
  }
  return out.join(' ');
}

/** The folded words of a text (for names and labels, where stemming would only blur). */
export function foldedWords(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const norm = foldWord(match[0]).replace(/'/g, '');
    if (norm) out.push(norm);
  }
  return out;
}
