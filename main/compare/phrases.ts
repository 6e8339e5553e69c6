/**
 * Shared phrases: runs of at least 4 words found on both sides, never across a passage
 * boundary. Left is walked from the start; at each 4-gram also present on the right the
 * longest run shared with any of its right occurrences is taken, and the walk jumps past
 * it. Each phrase is then counted on both sides and marked on every occurrence (longer
 * phrases first, so a shorter phrase never splits a longer one's mark).
 */

export interface PhraseWords {
  /** Folded words of the passage, in order. */
  words: readonly string[];
  /** [start, end) character offsets of each word in the passage text, two numbers a word: word i is spans[2i] to spans[2i + 1]. */
  spans: readonly number[];
  text: string;
}

export interface SharedPhrase {
  text: string;
  /** Number of words. */
  length: number;
  /** Occurrences on the left and on the right; count is their sum. */
  left: number;
  right: number;
  count: number;
  /** A formula without a content word of its own ("Thank you very much", "at the same time"). */
  common?: boolean;
}

export interface Mark {
  start: number;
  end: number;
  /** Index into the shared-phrase list. */
  phrase: number;
}

export const MIN_PHRASE_WORDS = 4;

interface Side {
  ids: Int32Array;
  /** End (exclusive) of the passage each token belongs to. */
  limit: Int32Array;
  passage: Int32Array;
  offset: Int32Array;
  /** Where each run of KEY_WORDS words starts (see Keys). */
  grams: Map<number | string, number[]>;
}

/** Positions are looked up by their first three words (or n, if fewer), and the rest compared. */
const KEY_WORDS = 3;

/**
 * The key of the words at a position: three word numbers as one number while the vocabulary
 * allows (below 2^53: up to 200,000 words), else as a string (a string per position made
 * building the lists a tenth of the comparison).
 */
function keys(vocabSize: number, n: number): (ids: Int32Array, i: number) => number | string {
  const size = vocabSize + 1;
  const k = Math.min(KEY_WORDS, n);
  if (k === KEY_WORDS && size ** 3 < Number.MAX_SAFE_INTEGER) return (ids, i) => (ids[i] * size + ids[i + 1]) * size + ids[i + 2];
  return (ids, i) => gramKey(ids, i, k);
}

function numberWords(passages: PhraseWords[], vocab: Map<string, number>): Omit<Side, 'grams'> {
  const total = passages.reduce((s, p) => s + p.words.length, 0);
  const ids = new Int32Array(total);
  const limit = new Int32Array(total);
  const passage = new Int32Array(total);
  const offset = new Int32Array(total);
  let k = 0;
  passages.forEach((p, pi) => {
    const end = k + p.words.length;
    p.words.forEach((w, wi) => {
      let id = vocab.get(w);
      if (id === undefined) vocab.set(w, (id = vocab.size));
      ids[k] = id;
      limit[k] = end;
      passage[k] = pi;
      offset[k] = wi;
      k++;
    });
  });
  return { ids, limit, passage, offset };
}

function withGrams(side: Omit<Side, 'grams'>, key: (ids: Int32Array, i: number) => number | string, n: number): Side {
  const grams = new Map<number | string, number[]>();
  for (let i = 0; i + n <= side.ids.length; i++) {
    if (i + n > side.limit[i]) continue;
    const k = key(side.ids, i);
    const list = grams.get(k);
    if (list) list.push(i);
    else grams.set(k, [i]);
  }
  return { ...side, grams };
}

function gramKey(ids: Int32Array, i: number, n: number): string {
  let key = String(ids[i]);
  for (let j = 1; j < n; j++) key += ',' + ids[i + j];
  return key;
}

function runLength(a: Side, i: number, b: Side, q: number): number {
  let len = 0;
  while (i + len < a.limit[i] && q + len < b.limit[q] && a.ids[i + len] === b.ids[q + len]) len++;
  return len;
}

type Key = (ids: Int32Array, i: number) => number | string;

/** Where the `len` words of `ids` at `start` occur on a side (the key's words match by the key). */
function occurrences(side: Side, key: Key, ids: Int32Array, start: number, len: number, n: number): number[] {
  const found: number[] = [];
  for (const p of side.grams.get(key(ids, start)) ?? []) {
    if (p + len > side.limit[p]) continue;
    let same = true;
    for (let j = Math.min(KEY_WORDS, n); j < len && same; j++) same = side.ids[p + j] === ids[start + j];
    if (same) found.push(p);
  }
  return found;
}

export interface SharedPhraseResult {
  phrases: SharedPhrase[];
  marksLeft: Mark[][];
  marksRight: Mark[][];
}

/**
 * `isCommon` names the formulas (greetings, thanks, procedure): they are flagged and listed
 * after the phrases that carry content, whatever their length.
 */
export function sharedPhrases(
  left: PhraseWords[],
  right: PhraseWords[],
  n = MIN_PHRASE_WORDS,
  isCommon?: (words: readonly string[]) => boolean,
): SharedPhraseResult {
  const vocab = new Map<string, number>();
  const leftWords = numberWords(left, vocab);
  const rightWords = numberWords(right, vocab);
  const key = keys(vocab.size, n);
  const L = withGrams(leftWords, key, n);
  const R = withGrams(rightWords, key, n);
  // Distinct phrases by their word ids, with the left position of one occurrence.
  const found = new Map<string, { start: number; len: number }>();
  for (let i = 0; i + n <= L.ids.length;) {
    const list = i + n <= L.limit[i] ? R.grams.get(key(L.ids, i)) : undefined;
    let len = 0;
    for (const q of list ?? []) len = Math.max(len, runLength(L, i, R, q));
    // The key holds the first words only: a phrase needs n words in a row on both sides.
    if (len < n) {
      i++;
      continue;
    }
    const phrase = gramKey(L.ids, i, len);
    if (!found.has(phrase)) found.set(phrase, { start: i, len });
    i += len;
  }
  const entries = [...found.values()].map(({ start, len }) => {
    const atLeft = occurrences(L, key, L.ids, start, len, n);
    const atRight = occurrences(R, key, L.ids, start, len, n);
    const p = left[L.passage[start]];
    const first = p.spans[2 * L.offset[start]];
    const last = p.spans[2 * L.offset[start + len - 1] + 1];
    const common = isCommon ? isCommon(p.words.slice(L.offset[start], L.offset[start] + len)) : false;
    return { text: p.text.slice(first, last), len, atLeft, atRight, common };
  });
  entries.sort(
    (a, b) =>
      Number(a.common) - Number(b.common) ||
      b.len - a.len ||
      b.atLeft.length + b.atRight.length - (a.atLeft.length + a.atRight.length) ||
      a.atLeft[0] - b.atLeft[0],
  );
  const phrases: SharedPhrase[] = entries.map((e) => ({
    text: e.text,
    length: e.len,
    left: e.atLeft.length,
    right: e.atRight.length,
    count: e.atLeft.length + e.atRight.length,
    ...(isCommon ? { common: e.common } : {}),
  }));
  const marksLeft = markSide(
    L,
    left,
    entries.map((e) => e.atLeft),
    entries.map((e) => e.len),
  );
  const marksRight = markSide(
    R,
    right,
    entries.map((e) => e.atRight),
    entries.map((e) => e.len),
  );
  return { phrases, marksLeft, marksRight };
}

function markSide(side: Side, passages: PhraseWords[], at: number[][], lens: number[]): Mark[][] {
  const owner = new Int32Array(side.ids.length).fill(-1);
  at.forEach((positions, phrase) => {
    for (const p of positions) for (let k = p; k < p + lens[phrase]; k++) if (owner[k] < 0) owner[k] = phrase;
  });
  const marks: Mark[][] = passages.map(() => []);
  for (let k = 0; k < owner.length;) {
    const phrase = owner[k];
    if (phrase < 0) {
      k++;
      continue;
    }
    let end = k + 1;
    while (end < side.limit[k] && owner[end] === phrase) end++;
    const pi = side.passage[k];
    const spans = passages[pi].spans;
    marks[pi].push({ start: spans[2 * side.offset[k]], end: spans[2 * side.offset[end - 1] + 1], phrase });
    k = end;
  }
  return marks;
}
