/**
 * The search engine over one open archive: what the 'search:query' and 'search:suggest'
 * handlers, the CLI and the benchmark all call.
 *
 * A query is read and compiled (plan.ts), its documents found as a set (result-set.ts), and then
 * answered in two parts that can be asked for apart: the page — the documents ranked
 * (rank.ts) and, for the page's documents only, their matching turns and snippets (groups.ts) —
 * and the counts — turns, facets and histogram (counts.ts, facet-values.ts, histogram.ts). The
 * last queries are kept (result-cache.ts): the counts asked for after the page, the next page, or
 * a query typed again reuse what was found.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { SearchRequest, SearchResult, SuggestRequest, SuggestResult } from '../../../shared/contract/search';
import { BudgetExceeded, Deadline, MAX_EXPANSION, SearchCancelled } from '../../search/bounds';
import { countResult } from './counts';
import { FacetValues } from './facet-values';
import { pageGroups } from './groups';
import { hasPending, indexPending } from './indexer';
import { MetaStore } from './meta';
import { planQuery } from '../../search/plan';
import { rank } from './rank';
import { ResultCache } from './result-cache';
import { ResultSet, type ResultContext } from './result-set';
import { didYouMean } from './spelling';
import { Suggester } from '../../search/suggest';
import { TurnRanges } from './turn-ranges';
import { statement } from '../statements';
import { indexSegments, tidyAll, tidyStep, type TidyStep } from './tidy';

export class SearchEngine {
  private meta: MetaStore | null = null;
  private suggester: Suggester | null = null;
  private dataVersion = -1;
  private generation = 0;
  private metaGeneration = -1;
  private ctx: ResultContext | null = null;
  private readonly cache = new ResultCache();
  private readonly values: FacetValues;

  /** budgetMs: how long one search may run before it is stopped with a message (bounds.ts). */
  constructor(
    private readonly db: Database,
    private readonly budgetMs?: number,
  ) {
    this.values = new FacetValues(db);
  }

  /** Called after this process wrote to the archive. */
  changed(): void {
    this.generation++;
  }

  /** Forgets the last queries' results (the benchmark measures searches as if typed for the first time). */
  forget(): void {
    this.cache.clear();
  }

  /** The archive's statement cache: a query's statements are prepared once per connection. */
  private prepare = (sql: string): Statement => statement(this.db, sql);

  /** Catches up with writes from this or another connection; reloads the metadata when stale. */
  private sync(): MetaStore {
    const version = this.db.pragma('data_version', { simple: true }) as number;
    if (version !== this.dataVersion) {
      this.dataVersion = version;
      this.generation++;
    }
    if (hasPending(this.db)) {
      indexPending(this.db);
      this.generation++;
    }
    if (!this.meta || this.metaGeneration !== this.generation) {
      this.meta = MetaStore.load(this.db);
      this.metaGeneration = this.generation;
      this.ctx = null;
      this.cache.clear();
    }
    return this.meta;
  }

  /** What the result sets read: the statements, metadata and turn ranges of the current generation. */
  private context(meta: MetaStore): ResultContext {
    this.ctx ??= {
      db: this.db,
      meta,
      ranges: TurnRanges.load(this.db),
      prepare: this.prepare,
      deadline: null,
      tidy: indexSegments(this.db) <= 1,
    };
    return this.ctx;
  }

  /**
   * Up to MAX_EXPANSION + 1 words of the archive that begin with a folded prefix, read once for the
   * query being planned: the bound on prefix expansion and the expansion itself ask for the same
   * words, and fts5vocab reads every listed word's whole list to give it (econom*: 0.2 ms each).
   */
  private wordsBeginning(prefix: string): string[] {
    let words = this.prefixWords.get(prefix);
    if (!words) {
      words = this.prepare('SELECT term FROM search_vocab WHERE term >= ? AND term < ? LIMIT ?')
        .pluck()
        .all(prefix, successor(prefix), MAX_EXPANSION + 1) as string[];
      this.prefixWords.set(prefix, words);
    }
    return words;
  }

  /** The words each prefix of the query being planned begins (cleared for every query: the archive may change between two). */
  private readonly prefixWords = new Map<string, string[]>();

  private plan(query: string): ReturnType<typeof planQuery> {
    this.prefixWords.clear();
    return planQuery(query, this.expand, this.vocabulary);
  }

  /**
   * Prefix expansion (compile.ts): stems of word forms the prefix begins but the stem cuts short
   * ("negotiat" -> "negoti"), and every indexed word the prefix begins when there are at most SPELLED_OUT.
   */
  private expand = (prefix: string): { shorter: string[]; words: string[] | null } => {
    const known = this.prepare('SELECT term FROM search_vocab WHERE term = ?').pluck();
    const shorter: string[] = [];
    for (let len = Math.max(4, prefix.length - 3); prefix.length >= 5 && len < prefix.length; len++) {
      const stem = prefix.slice(0, len);
      if (known.get(stem) !== undefined) shorter.push(stem);
    }
    const words = this.wordsBeginning(prefix);
    return { shorter, words: words.length <= SPELLED_OUT ? words : null };
  };

  /** How many words of the archive begin with a folded prefix (for the bound on prefix expansion). */
  private vocabulary = (prefix: string): number => {
    const words = this.wordsBeginning(prefix);
    if (words.length <= MAX_EXPANSION) return words.length;
    return this.prepare('SELECT count(*) FROM search_vocab WHERE term >= ? AND term < ?').pluck().get(prefix, successor(prefix)) as number;
  };

  /**
   * Runs a query. `cancelled` is asked between statements: when it says yes (the query worker's
   * client was given a newer search) the search stops with reason 'superseded'.
   */
  search(request: SearchRequest, options: { cancelled?: () => boolean } = {}): SearchResult {
    try {
      return this.run(request, options.cancelled);
    } catch (error) {
      if (error instanceof BudgetExceeded) return { status: 'invalid', query: request.query, error: error.message, reason: 'too-slow' };
      if (error instanceof SearchCancelled) return { status: 'invalid', query: request.query, error: error.message, reason: 'superseded' };
      if (isIndexError(error)) return { status: 'invalid', query: request.query, error: indexErrorMessage(error as Error) };
      throw error;
    } finally {
      if (this.ctx) this.ctx.deadline = null;
    }
  }

  private run(request: SearchRequest, cancelled?: () => boolean): SearchResult {
    const started = performance.now();
    const tookMs = (): number => Math.round((performance.now() - started) * 10) / 10;
    const planned = this.plan(request.query);
    if (!planned.ok)
      return { status: 'invalid', query: request.query, error: planned.error, ...(planned.reason ? { reason: planned.reason } : {}) };
    const meta = this.sync();
    const ctx = this.context(meta);
    // The budget starts after catching up with the index: a backlog to index is not the query's doing.
    ctx.deadline = new Deadline(this.budgetMs, cancelled);
    ctx.deadline.check();
    const sort = request.sort ?? 'relevance';
    const entry = this.cache.get(request.query, sort) ?? this.cache.put(request.query, sort, new ResultSet(ctx, planned.plan));
    const rs = entry.rs;
    const part = request.part ?? 'all';

    let page: { total: number; groups: ReturnType<typeof pageGroups>; rankedAmong: number | null } | null = null;
    if (part !== 'counts') {
      const offset = request.offset ?? 0;
      const need = offset + (request.limit ?? 20);
      if (!entry.ranking || entry.ranking.depth < need) entry.ranking = rank(ctx, rs, sort, need);
      ctx.deadline.check();
      const groups = pageGroups(ctx, rs, entry.ranking.order.slice(offset, need), request.turnsPerDocument ?? 3);
      const rankedAmong = entry.ranking.exact ? null : (entry.ranking.among ?? null);
      if (part === 'page')
        return { status: 'page', query: request.query, total: rs.total, groups, didYouMean: null, rankedAmong, tookMs: tookMs() };
      page = { total: rs.total, groups, rankedAmong };
    }
    const exact = request.exactCounts === true;
    let counts = exact ? entry.exactCounts : entry.counts;
    if (!counts) {
      this.values.ensure(meta);
      const text = rs.plan.query.text;
      // A query that finds nothing: the closest words the archive knows (spelling.ts).
      const correction = rs.total === 0 && text ? didYouMean(this.db, request.query, text) : null;
      counts = { ...countResult(ctx, rs, exact, () => this.values.turnSpeakers(meta)), didYouMean: correction };
      if (exact) entry.exactCounts = counts;
      else entry.counts = counts;
    }
    if (!page) return { status: 'counts', query: request.query, ...counts, tookMs: tookMs() };
    return { status: 'ok', query: request.query, ...page, ...counts, tookMs: tookMs() };
  }

  /**
   * The set a query finds, as the search counts it (the research desk reads its matching turns:
   * main/analysis/), or the query's message when it cannot be run.
   */
  resultSet(query: string): { ok: true; rs: ResultSet; ranges: TurnRanges; meta: MetaStore } | { ok: false; error: string } {
    const planned = this.plan(query);
    if (!planned.ok) return { ok: false, error: planned.error };
    const meta = this.sync();
    const ctx = this.context(meta);
    const entry = this.cache.get(query, 'relevance') ?? this.cache.put(query, 'relevance', new ResultSet(ctx, planned.plan));
    return { ok: true, rs: entry.rs, ranges: ctx.ranges, meta };
  }

  /**
   * One small step of merging the index into one segment (tidy.ts), on this connection: its own
   * writes leave data_version alone, so this engine's metadata and cached results stay valid.
   */
  tidy(): TidyStep {
    const step = tidyStep(this.db);
    if (this.ctx) this.ctx.tidy = step === 'tidy';
    return step;
  }

  /** Merges the whole index now; false when another writer held the lock. */
  tidyAll(): boolean {
    const done = tidyAll(this.db);
    if (this.ctx) this.ctx.tidy = done;
    return done;
  }

  /** What is known of every document, up to date with the archive (a new object after every change). */
  metadata(): MetaStore {
    return this.sync();
  }

  suggest(request: SuggestRequest): SuggestResult {
    const meta = this.sync();
    if (!this.suggester || this.suggester.generation !== this.generation) {
      // Rebuilt on change, but not more than once every few seconds while an import runs.
      if (!this.suggester || performance.now() - this.suggester.builtAt > 3000) this.suggester = Suggester.build(meta, this.generation);
    }
    return this.suggester.suggest(request.text, request.limit ?? 8);
  }
}

/** A prefix searched as the words it begins when they are at most this many. */
const SPELLED_OUT = 24;

/** The first string after every string that begins with `prefix`. */
function successor(prefix: string): string {
  const last = prefix.codePointAt(prefix.length - 1) ?? 0;
  return prefix.slice(0, prefix.length - (last > 0xffff ? 2 : 1)) + String.fromCodePoint(last + 1);
}

/** An error of SQLite's full-text index (the parser and bounds.ts should leave none to see). */
function isIndexError(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error as { code?: string }).code?.startsWith('SQLITE_') === true &&
    /fts5|parser stack|MATCH/i.test(error.message)
  );
}

/** An error of the search index, in the app's words. */
function indexErrorMessage(error: Error): string {
  if (/parser stack overflow/.test(error.message)) return 'The query nests too deeply for the search index: remove some brackets.';
  return `The search index could not run this query (${error.message}): simplify it, and if it keeps failing, report it with the query.`;
}
