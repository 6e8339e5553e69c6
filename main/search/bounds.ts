/**
 * How much work one query may ask of the search index, and a time budget for what it does.
 *
 * What makes a query slow, measured on the real 7,145 pages: a prefix costs in proportion to
 * the words it stands for (a* = 1,390 words, ~1 s; pres* = 23 words, 40 ms); every word, phrase
 * and prefix is looked up again in the turns of each document on the page (16 frequent words
 * AND-ed ~0.1 s, 24 ~1.2 s, 32 ~3.5 s, 64 ~23 s); a phrase costs per word (990 words ~2 s).
 * So a query may hold at most MAX_TERMS words, phrases and prefixes, MAX_WORDS words in all
 * (each word of a phrase counted), MAX_PREFIXES prefixes, and its prefixes may stand for at
 * most MAX_EXPANSION words of the archive in all; whatever it still does past BUDGET_MS (a page
 * of 500 documents, a huge archive) is stopped between two statements of the index. Each
 * refusal says what to narrow. Pure, apart from the vocabulary count the caller passes in.
 */
import type { NearItem, ParsedQuery, TextNode } from './query';
import { foldWord, tokenize } from './text';

export const MAX_TERMS = 16;
export const MAX_WORDS = 64;
export const MAX_PREFIXES = 8;
export const MAX_EXPANSION = 250;
export const BUDGET_MS = 3000;

/** What a query asks for: words, phrases and prefixes; words in all; prefixes as typed and as the index reads them. */
export interface QueryWork {
  terms: number;
  words: number;
  prefixes: { typed: string; folded: string }[];
}

function leaf(item: NearItem, out: QueryWork): void {
  const tokens = tokenize(item.text);
  if (tokens.length > 0) out.terms++;
  out.words += tokens.length;
  if (item.kind === 'term' && item.prefix && tokens.length > 0) {
    out.prefixes.push({ typed: `${item.text}*`, folded: foldWord(tokens[tokens.length - 1].norm) });
  }
}

function walk(node: TextNode, out: QueryWork): void {
  switch (node.kind) {
    case 'term':
    case 'phrase':
      leaf(node, out);
      break;
    case 'near':
    case 'and':
    case 'or':
      for (const item of node.items) walk(item, out);
      break;
    case 'not':
      walk(node.item, out);
  }
}

/** Counts the words and prefixes of the text, of title: and of speaker: (the fields searched in the index). */
export function queryWork(query: ParsedQuery): QueryWork {
  const out: QueryWork = { terms: 0, words: 0, prefixes: [] };
  if (query.text) walk(query.text, out);
  for (const item of query.filters.title) leaf(item, out);
  for (const value of query.filters.speaker) {
    const prefix = value.endsWith('*');
    leaf({ kind: 'term', text: value.replace(/\*+$/, ''), prefix }, out);
  }
  return out;
}

const count = (n: number): string => n.toLocaleString('en');

/**
 * Why the query would do too much work, or null. `vocabulary(prefix)` is how many words of
 * the archive begin with a folded prefix.
 */
export function workProblem(query: ParsedQuery, vocabulary: (prefix: string) => number): string | null {
  const work = queryWork(query);
  if (work.prefixes.length > MAX_PREFIXES) {
    return `This query has ${count(work.prefixes.length)} prefix searches (word*); at most ${MAX_PREFIXES} are searched at once: remove some, or write the words out.`;
  }
  if (work.terms > MAX_TERMS) {
    return `This query has ${count(work.terms)} words, phrases and prefixes; at most ${MAX_TERMS} are searched at once: remove some, or narrow it with a field such as date:, place: or topic:.`;
  }
  if (work.words > MAX_WORDS) {
    return `This query has ${count(work.words)} words (counting each word of a phrase); at most ${MAX_WORDS} are searched at once: shorten the phrases to their telling words.`;
  }
  const seen = new Map<string, { typed: string; n: number }>();
  for (const p of work.prefixes) if (!seen.has(p.folded)) seen.set(p.folded, { typed: p.typed, n: vocabulary(p.folded) });
  const expansions = [...seen.values()];
  const total = expansions.reduce((sum, e) => sum + e.n, 0);
  if (total <= MAX_EXPANSION) return null;
  const named = expansions
    .sort((a, b) => b.n - a.n)
    .slice(0, 3)
    .map((e) => `${e.typed} matches ${count(e.n)}`)
    .join(', ');
  const fewer = expansions.length > 1 ? ' or fewer of them' : '';
  return `This query expands to too many words (${named}; at most ${MAX_EXPANSION} in all): give prefixes more letters${fewer}, e.g. negotiat* rather than ne*.`;
}

/** The message when a query is stopped for running past the budget. */
export function tooSlowMessage(ms: number): string {
  return `This search was stopped after ${(ms / 1000).toFixed(0)} s: narrow it — fewer or longer prefixes, fewer words, a "phrase", or a field such as date:2019 or speaker:putin — or ask for fewer results at a time.`;
}

/** Thrown by Deadline.check when the budget is spent; the engine turns it into tooSlowMessage. */
export class BudgetExceeded extends Error {
  constructor(readonly budgetMs: number) {
    super(tooSlowMessage(budgetMs));
  }
}

/** Thrown by Deadline.check when the caller no longer wants the answer (a newer search replaced it). */
export class SearchCancelled extends Error {
  constructor() {
    super('A newer search replaced this one.');
  }
}

/**
 * A time budget, and the caller's wish to stop, checked between statements: better-sqlite3 12
 * has no progress handler or interrupt, so a statement once started runs to its end.
 */
export class Deadline {
  private readonly end: number;

  constructor(
    readonly budgetMs: number = BUDGET_MS,
    private readonly cancelled: () => boolean = () => false,
  ) {
    this.end = performance.now() + budgetMs;
  }

  check(): void {
    if (this.cancelled()) throw new SearchCancelled();
    if (performance.now() > this.end) throw new BudgetExceeded(this.budgetMs);
  }
}
