/**
 * How the query worker client treats each kind of question when a newer one of the same
 * kind arrives or one runs too long. The worker runs one question at a time and SQLite
 * cannot be interrupted from outside (better-sqlite3 12 has no interrupt), so the client
 * drops superseded questions that have not started; a running search is told through
 * shared memory and stops at its next statement; and as a last resort a question is stopped
 * by restarting the worker thread — only where the worker keeps nothing costly to rebuild.
 */
import { tooSlowMessage } from '../search/bounds';
import type { QueryKind, QueryKinds } from './protocol';

export interface KindPolicy<K extends QueryKind> {
  /** Names the question in messages: "A newer search replaced this one." */
  noun: string;
  /**
   * How long (ms) a superseded question may go on running before the worker is restarted so
   * that the newer one does not wait; null: let it finish (its answer is dropped).
   */
  restartAfterMs: number | null;
  /** How long (ms) one question may run before the worker is restarted and it is answered by overBudget; null: no limit. */
  budgetMs: number | null;
  /** The answer to a question stopped for running too long; without it the question is rejected with the message. */
  overBudget?(request: QueryKinds[K]['request'], ms: number): QueryKinds[K]['answer'];
}

export type Policies = { [K in QueryKind]: KindPolicy<K> };

/**
 * A superseded search stops by itself at its next statement, and the engine stops any search
 * after 3 s (search/bounds.ts). One statement cannot be stopped, and the longest the bounds
 * allow is about 1–2.5 s at 50,000 documents (bm25 over every document for 16 frequent words);
 * restarting costs reloading the metadata (1.3–2.7 s there, and about a second more for the
 * facet tables the first counts build: archive/search/facet-values.ts), which only pays against a
 * statement that runs on much longer: so the worker is restarted for a superseded search still
 * running 5 s after it started, or for any search past 10 s. Suggestions keep a MiniSearch index
 * and the similar-passages index takes seconds to build: restarting for them would start every
 * build again, so they finish.
 */
export const POLICIES: Policies = {
  search: {
    noun: 'search',
    restartAfterMs: 5000,
    budgetMs: 10_000,
    overBudget: (request, ms) => ({ status: 'invalid', query: request.query, error: tooSlowMessage(ms), reason: 'too-slow' }),
  },
  suggest: { noun: 'suggestion request', restartAfterMs: null, budgetMs: null },
  compare: { noun: 'comparison', restartAfterMs: null, budgetMs: null },
  similar: { noun: 'similar-passages search', restartAfterMs: null, budgetMs: null },
  // The research desk's questions keep only the engine's per-archive figures (seconds to reload at
  // most): a superseded one may be stopped by a restart, and none runs unbounded.
  kwic: { noun: 'concordance', restartAfterMs: 5000, budgetMs: 30_000 },
  trend: { noun: 'trend', restartAfterMs: 5000, budgetMs: 30_000 },
  speakers: { noun: 'speaker table', restartAfterMs: 5000, budgetMs: 30_000 },
  collocates: { noun: 'collocates search', restartAfterMs: 5000, budgetMs: 30_000 },
  person: { noun: 'person page', restartAfterMs: 5000, budgetMs: 30_000 },
  // The first citation loads the CSL engine and its locale (about 2 s): it finishes rather than start again.
  cite: { noun: 'citation', restartAfterMs: null, budgetMs: null },
  // A bibliography is asked for once, by a person waiting for the file: it finishes.
  citeMany: { noun: 'bibliography', restartAfterMs: null, budgetMs: null },
};

/**
 * The rejection of a question that a newer one of the same kind replaced. Every caller in the
 * renderer already drops answers to questions it no longer shows (useSearch, useSuggestions,
 * CompareView and SimilarPassages compare a sequence number or a live flag), so this message
 * is never shown there; through IPC it arrives as { ok: false, error }.
 */
export class Superseded extends Error {
  override readonly name = 'Superseded';

  constructor(noun: string) {
    super(`A newer ${noun} replaced this one.`);
  }
}
