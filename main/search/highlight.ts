/**
 * Highlighting in JavaScript: the text is tokenized as the index was, each word's stem
 * compared with the query's patterns, and matches returned as character ranges of the
 * original text (never HTML). A snippet is a window of the text around the most matches.
 */
import type { Pattern, PatternToken } from './compile';
import { escapeRegExp, scanForm, tokenize, tokensAfter, tokensBeginning, type Token } from './text';

export interface Range {
  start: number;
  end: number;
}

export interface Snippet {
  text: string;
  /** Ranges of `text` to mark. */
  highlights: Range[];
}

function matches(token: Token, p: PatternToken): boolean {
  if (p.prefix !== null) return token.norm.startsWith(p.prefix) || token.stem.startsWith(p.prefix) || p.alternatives.includes(token.stem);
  return token.stem === p.stem;
}

/** Ranges of every occurrence of every pattern, sorted and merged. */
export function findMatches(text: string, patterns: Pattern[]): Range[] {
  if (patterns.length === 0 || !text) return [];
  const found = text.length > QUICK_FROM ? quickFind(text, patterns) : fullFind(text, patterns);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const r of found) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** Every match by tokenizing the whole text (what quickFind must agree with; exported for its test). */
export function fullFind(text: string, patterns: Pattern[]): Range[] {
  const tokens = tokenize(text);
  const found: Range[] = [];
  for (const pattern of patterns) {
    for (let i = 0; i + pattern.length <= tokens.length; i++) {
      let ok = true;
      for (let k = 0; k < pattern.length && ok; k++) ok = matches(tokens[i + k], pattern[k]);
      if (ok) found.push({ start: tokens[i].start, end: tokens[i + pattern.length - 1].end });
    }
  }
  return found;
}

/** Texts longer than this are scanned for their candidate words first (a turn of thousands of words, or a paragraph). */
const QUICK_FROM = 120;

/**
 * What every word a pattern's first token matches begins with, as a regular expression: the first
 * two letters of its stem or prefix (Snowball keeps a word's beginning: "negotiations" -> "negoti"),
 * an apostrophe allowed between them ("o'clock" -> "oclock"), and "y" for "i" after d, l or t
 * ("dying" -> "die", "lying", "tying"); null when the token is too short to say.
 */
function headOf(token: PatternToken): string | null {
  let head = heads.get(token);
  if (head === undefined) {
    const s = token.prefix ?? token.stem ?? '';
    if (s.length < 2) head = null;
    else {
      const [a, b] = [...s];
      const second = b === 'i' && /[dlt]/.test(a) ? '[iy]' : escapeRegExp(b);
      head = `${escapeRegExp(a)}['’]?${second}`;
    }
    heads.set(token, head);
  }
  return head;
}

/** A query's patterns highlight every text of its page: each token's head is worked out once. */
const heads = new WeakMap<PatternToken, string | null>();

/**
 * The same matches as fullFind, tokenizing only the words that begin as a pattern's first word
 * must (headOf), and the few words after them for a phrase.
 */
export function quickFind(text: string, patterns: Pattern[]): Range[] {
  // Words are found by their plain lower-case beginning; a text with a letter that does not fold to one letter is read whole.
  const plain = scanForm(text);
  if (plain === null) return fullFind(text, patterns);
  const found: Range[] = [];
  const byHead = new Map<string, Pattern[]>();
  for (const pattern of patterns) {
    const head = headOf(pattern[0]);
    if (!head) return fullFind(text, patterns);
    byHead.set(head, [...(byHead.get(head) ?? []), pattern]);
  }
  for (const [head, group] of byHead) {
    for (const first of tokensBeginning(text, head, true, plain)) {
      for (const pattern of group) {
        if (!matches(first, pattern[0])) continue;
        if (pattern.length === 1) {
          found.push({ start: first.start, end: first.end });
          continue;
        }
        const rest = tokensAfter(text, first.end, pattern.length - 1);
        if (rest.length === pattern.length - 1 && rest.every((t, k) => matches(t, pattern[k + 1])))
          found.push({ start: first.start, end: rest[rest.length - 1].end });
      }
    }
  }
  return found;
}

const SNIPPET = 240;
/** How much of a long text is searched first for the snippet's window. */
const SNIPPET_SCAN = 4000;

/**
 * Every whitespace run except a lone space (what /\s+/g replaced with a space, without
 * replacing each of a text's thousands of single spaces by itself: 2–3 times faster).
 */
const SPACES = /[^\S ]\s*| \s+/g;

/** Whitespace other than a space or a newline. */
const ODD_SPACE = /[^\S \n]/;

/**
 * `text` with every whitespace run but a lone space as one space: text.replace(SPACES, ' '), which
 * tries every space of the text as the start of a run. A text of lone spaces and newlines (nearly
 * every turn: its paragraphs) is told apart by two quicker scans, and its runs are found from its
 * newlines.
 */
export function flatten(text: string): string {
  if (ODD_SPACE.test(text) || text.includes('  ')) return text.replace(SPACES, ' ');
  let at = text.indexOf('\n');
  if (at < 0) return text;
  let out = '';
  let from = 0;
  while (at >= 0) {
    // The run: at most one space before the newline (no two are side by side), any spaces and newlines after it.
    const start = at - 1 >= from && text.charCodeAt(at - 1) === 32 ? at - 1 : at;
    let end = at + 1;
    while (end < text.length && (text.charCodeAt(end) === 10 || text.charCodeAt(end) === 32)) end++;
    out += `${text.slice(from, start)} `;
    from = end;
    at = text.indexOf('\n', end);
  }
  return out + text.slice(from);
}

/**
 * The start of `text` with whitespace runs as one space and none at the start, at least `n`
 * characters of it (or all of it), and whether that is the whole text. Flattening a turn of
 * thousands of words whole cost more than finding its snippet.
 */
function flatStart(text: string, n: number): { flat: string; whole: boolean } {
  for (let take = n + 64; ; take *= 2) {
    if (take >= text.length) return { flat: flatten(text).trim(), whole: true };
    const flat = flatten(text.slice(0, take)).trimStart();
    if (flat.length >= n) return { flat, whole: false };
  }
}

/** A window of about 240 characters around the densest run of matches (in a long text's opening part when it has some), cut at word boundaries, with "…" where text was left out. */
export function makeSnippet(text: string, patterns: Pattern[], size = SNIPPET): Snippet {
  // A long turn (an answer of thousands of words) is searched for its densest run in its opening
  // part first: the whole of it only when that holds no match. Only as much of it is flattened as
  // the window can reach.
  const opening = flatStart(text, SNIPPET_SCAN + 2 * size + 1);
  let flat = opening.flat;
  const head = flat.length > SNIPPET_SCAN ? findMatches(flat.slice(0, flat.lastIndexOf(' ', SNIPPET_SCAN)), patterns) : [];
  if (!opening.whole && head.length === 0) flat = flatStart(text, Infinity).flat;
  const ranges = head.length ? head : findMatches(flat, patterns);
  if (flat.length <= size) return { text: flat, highlights: ranges };
  let bestStart = 0;
  let bestCount = -1;
  for (let i = 0; i < ranges.length; i++) {
    let count = 0;
    for (let j = i; j < ranges.length && ranges[j].end - ranges[i].start <= size * 0.8; j++) count++;
    if (count > bestCount) {
      bestCount = count;
      bestStart = ranges[i].start;
    }
  }
  let start = ranges.length ? Math.max(0, bestStart - Math.floor(size / 4)) : 0;
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space >= 0 && space < bestStart ? space + 1 : start;
  }
  let end = Math.min(flat.length, start + size);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > start + size / 2) end = space;
  }
  const prefix = start > 0 ? '… ' : '';
  // A flattened start of the text ends past the window: more text follows.
  const suffix = end < flat.length ? ' …' : '';
  const shift = prefix.length - start;
  const highlights = ranges.filter((r) => r.start >= start && r.end <= end).map((r) => ({ start: r.start + shift, end: r.end + shift }));
  return { text: prefix + flat.slice(start, end) + suffix, highlights };
}
