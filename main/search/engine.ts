/**
 * The search engine over one open archive: what the 'search:query' and
 * 'search:suggest' handlers, the CLI and the benchmark all call.
 *
 * Plan of a query: parse; compile to FTS5 over stems; rank documents with bm25 on the
 * document-level table (title 10, lead 4, body 1; ties by date), or, with speaker:, find
 * the matching turns first and group them by document; apply date and tag fields and
 * count facets from the in-memory MetaStore; then, for the page of documents only,
 * find the matching turns (turn-level FTS5 within the document's turn ids), and cut
 * snippets with highlight ranges in JavaScript.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { SearchGroup, SearchRequest, SearchResult, SuggestRequest, SuggestResult, TurnHit } from '../../preload/api-search';
import { BudgetExceeded, Deadline, SearchCancelled, workProblem } from './bounds';
import { compileSpeakers, compileText, compileTitle, type CompiledText, type Pattern } from './compile';
import { computeFacets } from './facets';
import { findMatches, makeSnippet } from './highlight';
import { hasPending, indexPending } from './indexer';
import { MetaStore, type DocMeta } from './meta';
import { parseQuery, type ParsedQuery } from './query';
import { didYouMean } from './spelling';
import { Suggester } from './suggest';

const RANK = 'bm25(10.0, 4.0, 1.0)';

interface Candidate {
  id: number;
  score: number;
}

export class SearchEngine {
  private meta: MetaStore | null = null;
  private suggester: Suggester | null = null;
  private dataVersion = -1;
  private generation = 0;
  private metaGeneration = -1;
  private readonly stmts = new Map<string, Statement>();
  /** The running search's time budget (bounds.ts), checked between statements. */
  private deadline: Deadline | null = null;

  /** budgetMs: how long one search may run before it is stopped with a message (bounds.ts). */
  constructor(
    private readonly db: Database,
    private readonly budgetMs?: number,
  ) {}

  /** Called after this process wrote to the archive. */
  changed(): void {
    this.generation++;
  }

  private prepare(sql: string): Statement {
    let s = this.stmts.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.stmts.set(sql, s);
    }
    return s;
  }

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
    }
    return this.meta;
  }

  /** Prefix expansion: stems of word forms the prefix begins but the stem cuts short ("negotiat" -> "negoti"). */
  private expand = (prefix: string): string[] => {
    if (prefix.length < 5) return [];
    const known = this.prepare('SELECT term FROM search_vocab WHERE term = ?').pluck();
    const out: string[] = [];
    for (let len = Math.max(4, prefix.length - 3); len < prefix.length; len++) {
      const stem = prefix.slice(0, len);
      if (known.get(stem) !== undefined) out.push(stem);
    }
    return out;
  };

  /** How many words of the archive begin with a folded prefix (for the bound on prefix expansion). */
  private vocabulary = (prefix: string): number => {
    const last = prefix.codePointAt(prefix.length - 1) ?? 0;
    const end = prefix.slice(0, prefix.length - (last > 0xffff ? 2 : 1)) + String.fromCodePoint(last + 1);
    return this.prepare('SELECT count(*) FROM search_vocab WHERE term >= ? AND term < ?').pluck().get(prefix, end) as number;
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
      throw error;
    } finally {
      this.deadline = null;
    }
  }

  private run(request: SearchRequest, cancelled?: () => boolean): SearchResult {
    const started = performance.now();
    const parsed = parseQuery(request.query);
    if (!parsed.ok) return { status: 'invalid', query: request.query, error: parsed.error };
    const tooMuch = workProblem(parsed.query, this.vocabulary);
    if (tooMuch) return { status: 'invalid', query: request.query, error: tooMuch, reason: 'too-broad' };
    const compiled = compileText(parsed.query.text, this.expand);
    if (!compiled.ok) return { status: 'invalid', query: request.query, error: compiled.error };
    const text = compiled.text;
    const query = parsed.query;
    if (query.text && !text.match && !text.exclude && !hasFilters(query)) {
      return { status: 'invalid', query: request.query, error: 'The query has no words to search for (only punctuation).' };
    }
    const meta = this.sync();
    // The budget starts after catching up with the index: a backlog to index is not the query's doing.
    this.deadline = new Deadline(this.budgetMs, cancelled);
    this.deadline.check();
    const sort = request.sort ?? 'relevance';
    const title = compileTitle(query.filters.title, this.expand);
    const speaker = compileSpeakers(query.filters.speaker);

    let candidates: Candidate[];
    let turnCounts: Map<number, number> | null = null;
    /** Turn mode: each document's matching turn ids, comma-separated (parsed for the page only). */
    let turnLists: Map<number, string> | null = null;
    let turnExpr: string | null;
    let docMatch: string | null = null;
    let docMatchCount = 0;
    try {
      if (speaker) {
        // Turn mode: a turn must be by the speaker and match the words itself.
        turnExpr = [speaker, text.match ? `body : (${text.match})` : null].filter(Boolean).join(' AND ');
        const rows = this.prepare(
          `WITH s AS MATERIALIZED (SELECT rowid AS rid, bm25(search_turns, 0.0, 1.0) AS score FROM search_turns WHERE search_turns MATCH ?)
           SELECT t.document_id, min(s.score), count(*), group_concat(s.rid) FROM s JOIN turns t ON t.id = s.rid GROUP BY t.document_id`,
        ).raw().all(turnExpr) as [number, number, number, string][];
        candidates = rows.map(([id, score]) => ({ id, score }));
        turnCounts = new Map(rows.map(([id, , n]) => [id, n]));
        turnLists = new Map(rows.map(([id, , , list]) => [id, list]));
        if (title.fts) candidates = this.intersect(candidates, title.fts);
        if (text.exclude) candidates = this.subtract(candidates, `body : (${text.exclude})`, true);
      } else {
        const match = [text.match ? `(${text.match})` : null, title.fts].filter(Boolean).join(' AND ');
        if (match) {
          // Ids only (cheap); bm25 is computed below for the page only (ORDER BY rank LIMIT).
          candidates = (this.prepare('SELECT rowid FROM search_docs WHERE search_docs MATCH ?').pluck().all(match) as number[]).map((id) => ({ id, score: 0 }));
          docMatch = match;
          docMatchCount = candidates.length;
        } else {
          candidates = [...meta.docs.keys()].map((id) => ({ id, score: 0 }));
        }
        if (text.exclude) candidates = this.subtract(candidates, text.exclude, false);
        turnExpr = text.match ? `body : (${text.match})` : null;
      }
    } catch (error) {
      if (error instanceof BudgetExceeded || error instanceof SearchCancelled) throw error;
      return { status: 'invalid', query: request.query, error: indexErrorMessage(error as Error) };
    }
    this.deadline?.check();

    const filtered = applyFilters(meta, candidates, query);
    const docOf = (c: Candidate): DocMeta => meta.docs.get(c.id) as DocMeta;
    const offset = request.offset ?? 0;
    const limit = request.limit ?? 20;
    let ordered = filtered;
    if (sort === 'relevance' && docMatch) {
      ordered = this.rank(docMatch, docMatchCount, filtered.length < docMatchCount ? new Set(filtered.map((c) => c.id)) : null, offset + limit);
      ordered.sort((a, b) => a.score - b.score || cmpDate(docOf(b).date, docOf(a).date) || b.id - a.id);
    } else if (sort === 'relevance') {
      filtered.sort((a, b) => a.score - b.score || cmpDate(docOf(b).date, docOf(a).date) || b.id - a.id);
    } else {
      filtered.sort((a, b) => cmpDate(docOf(b).date, docOf(a).date) || a.score - b.score || b.id - a.id);
    }
    this.deadline?.check();
    const { facets, histogram } = computeFacets(meta, filtered.map((c) => c.id));
    const perDoc = request.turnsPerDocument ?? 3;
    const page = ordered.slice(offset, offset + limit);
    const patterns = [...text.patterns, ...title.patterns];
    const groups = this.groups(page, text, turnExpr, patterns, perDoc, turnLists);
    const f = query.filters;
    const restricted = f.topic.length + f.person.length + f.place.length + f.dates.length + f.title.length > 0;
    this.deadline?.check();
    const totalTurns = turnCounts
      ? filtered.reduce((sum, c) => sum + (turnCounts.get(c.id) ?? 0), 0)
      : this.countTurns(filtered, text, restricted);
    const total = filtered.length;
    return {
      status: 'ok',
      query: request.query,
      total,
      totalTurns,
      groups,
      facets,
      histogram,
      didYouMean: total === 0 && query.text ? didYouMean(this.db, request.query, query.text) : null,
      tookMs: Math.round((performance.now() - started) * 10) / 10,
    };
  }

  /**
   * The best `need` documents by bm25 (title 10, lead 4, body 1), computed by FTS5 with
   * ORDER BY rank LIMIT k; with field filters, k grows until enough documents pass them.
   */
  private rank(match: string, matchCount: number, keep: Set<number> | null, need: number): Candidate[] {
    const stmt = this.prepare(`SELECT rowid, rank FROM search_docs WHERE search_docs MATCH ? AND rank MATCH '${RANK}' ORDER BY rank LIMIT ?`).raw();
    let k = keep ? Math.min(matchCount, Math.ceil((need * matchCount) / Math.max(1, keep.size) * 1.5) + 20) : need;
    for (;;) {
      const rows = stmt.all(match, k) as [number, number][];
      const top = rows.filter(([id]) => !keep || keep.has(id)).map(([id, score]) => ({ id, score }));
      if (top.length >= need || k >= matchCount) return top;
      this.deadline?.check();
      k *= 4;
    }
  }

  private intersect(candidates: Candidate[], match: string): Candidate[] {
    const keep = new Set(this.prepare('SELECT rowid FROM search_docs WHERE search_docs MATCH ?').pluck().all(match) as number[]);
    return candidates.filter((c) => keep.has(c.id));
  }

  private subtract(candidates: Candidate[], match: string, turnLevel: boolean): Candidate[] {
    if (turnLevel) return candidates; // in turn mode the exclusion is part of each turn's match
    const drop = new Set(this.prepare('SELECT rowid FROM search_docs WHERE search_docs MATCH ?').pluck().all(match) as number[]);
    return candidates.filter((c) => !drop.has(c.id));
  }

  /** Turns that match the whole query by themselves, over every result document (exact). */
  private countTurns(filtered: Candidate[], text: CompiledText, restricted: boolean): number {
    const meta = this.meta as MetaStore;
    if (!text.match) return filtered.reduce((sum, c) => sum + (meta.docs.get(c.id)?.turnCount ?? 0), 0);
    if (filtered.length === 0) return 0;
    const expr = `body : (${text.match})`;
    if (!restricted) return this.prepare('SELECT count(*) FROM search_turns WHERE search_turns MATCH ?').pluck().get(expr) as number;
    const ids = new Set(filtered.map((c) => c.id));
    const rows = this.prepare(
      'SELECT t.document_id FROM (SELECT rowid AS rid FROM search_turns WHERE search_turns MATCH ?) s JOIN turns t ON t.id = s.rid',
    ).pluck().all(expr) as number[];
    let n = 0;
    for (const id of rows) if (ids.has(id)) n++;
    return n;
  }

  /**
   * Turn ids matching `expr` among `turnIds`, one FTS5 query per document (rowid IN …: a seek per
   * id, not a scan), so that the time budget is checked between documents: with many frequent
   * words a page of 500 documents is tens of seconds of seeks.
   */
  private matchTurns(expr: string, turnIds: number[], turnsOf: Map<number, number[]>): Set<number> {
    if (turnIds.length === 0) return new Set();
    if (!expr.includes('*')) {
      const stmt = this.prepare('SELECT rowid FROM search_turns WHERE search_turns MATCH ? AND rowid IN (SELECT value FROM json_each(?))').pluck();
      const wanted = new Set(turnIds);
      const found = new Set<number>();
      for (const ids of turnsOf.values()) {
        const own = ids.filter((id) => wanted.has(id));
        if (own.length === 0) continue;
        this.deadline?.check();
        for (const id of stmt.all(expr, JSON.stringify(own)) as number[]) found.add(id);
      }
      return found;
    }
    // A prefix query with a rowid list makes FTS5 merge every matching term's whole doclist first;
    // bounded rowid ranges (a document's turns are contiguous) are about four times faster at 50k documents.
    const wanted = new Set(turnIds);
    const range = this.prepare('SELECT rowid FROM search_turns WHERE search_turns MATCH ? AND rowid BETWEEN ? AND ?').pluck();
    const found = new Set<number>();
    for (const ids of turnsOf.values()) {
      const own = ids.filter((id) => wanted.has(id));
      if (own.length === 0) continue;
      this.deadline?.check();
      for (const id of range.all(expr, Math.min(...own), Math.max(...own)) as number[]) if (wanted.has(id)) found.add(id);
    }
    return found;
  }

  /** The page's groups: matching turns of every document on the page found with one or two queries. */
  private groups(page: Candidate[], text: CompiledText, turnExpr: string | null, patterns: Pattern[], perDoc: number, lists: Map<number, string> | null): SearchGroup[] {
    const meta = this.meta as MetaStore;
    const ids = page.map((c) => c.id);
    const turnsOf = new Map<number, number[]>(ids.map((id) => [id, []]));
    const all = this.prepare('SELECT id, document_id FROM turns WHERE document_id IN (SELECT value FROM json_each(?)) ORDER BY document_id, idx').raw().all(JSON.stringify(ids)) as [number, number][];
    for (const [turnId, docId] of all) turnsOf.get(docId)?.push(turnId);
    const strict = lists
      ? new Set(ids.flatMap((id) => (lists.get(id) ?? '').split(',').filter(Boolean).map(Number)))
      : turnExpr
        ? this.matchTurns(turnExpr, all.map((r) => r[0]), turnsOf)
        : new Set<number>();
    // Where no single turn holds the whole query, show the turns that hold some of its words.
    const lacking = ids.filter((id) => !(turnsOf.get(id) ?? []).some((t) => strict.has(t)));
    const loose = turnExpr && text.any && !lists && lacking.length ? this.matchTurns(`body : (${text.any})`, lacking.flatMap((id) => turnsOf.get(id) ?? []), turnsOf) : new Set<number>();
    const load = this.prepare('SELECT id, idx, speaker, text FROM turns WHERE id IN (SELECT value FROM json_each(?))').raw();
    return page.map((c) => {
      const doc = meta.docs.get(c.id) as DocMeta;
      const own = turnsOf.get(c.id) ?? [];
      const rows = own.filter((t) => strict.has(t));
      const shown = rows.length ? rows : own.filter((t) => loose.has(t));
      // The first matching turns in reading order.
      const best = shown.slice(0, perDoc);
      const turns: TurnHit[] = [];
      if (best.length) {
        const loaded = (load.all(JSON.stringify(best)) as [number, number, string | null, string][]).sort((a, b) => a[1] - b[1]);
        for (const [, idx, speaker, body] of loaded) turns.push({ turnIndex: idx, speaker, snippet: makeSnippet(body, patterns) });
      }
      const lead = turns.length === 0 && doc.summary ? makeSnippet(doc.summary, patterns) : null;
      return {
        documentId: doc.id,
        title: doc.title,
        titleHighlights: findMatches(doc.title, patterns),
        date: doc.date,
        place: doc.place,
        score: c.score,
        matchingTurns: rows.length,
        partial: rows.length === 0 && shown.length > 0,
        turns,
        lead,
      };
    });
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

/** An error of the search index, in the app's words (the parser and bounds.ts should leave none to see). */
function indexErrorMessage(error: Error): string {
  if (/parser stack overflow/.test(error.message)) return 'The query nests too deeply for the search index: remove some brackets.';
  return `The search index could not run this query (${error.message}): simplify it, and if it keeps failing, report it with the query.`;
}

function hasFilters(q: ParsedQuery): boolean {
  const f = q.filters;
  return f.speaker.length + f.topic.length + f.person.length + f.place.length + f.title.length + f.dates.length > 0;
}

function cmpDate(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

function applyFilters(meta: MetaStore, candidates: Candidate[], q: ParsedQuery): Candidate[] {
  const f = q.filters;
  const sets = (['topic', 'person', 'place'] as const).flatMap((kind) => f[kind].map((value) => ({ kind, ids: meta.tables[kind].matching(value) })));
  const dates = f.dates;
  return candidates.filter((c) => {
    const doc = meta.docs.get(c.id);
    if (!doc) return false;
    for (const range of dates) {
      if (!doc.date) return false;
      if (range.from && doc.date < range.from) return false;
      if (range.to && doc.date > range.to) return false;
    }
    for (const { kind, ids } of sets) if (!doc.values[kind].some((v) => ids.has(v))) return false;
    return true;
  });
}
