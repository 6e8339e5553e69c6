/**
 * The documents a query finds, as a set: what the page is ranked from and what the counts count.
 *
 * Without speaker: a document matches by its words anywhere (title, lead, body) at the document
 * level (search_docs). With speaker: each speaker: value needs a turn of its own, by that speaker,
 * that holds the words (search_turns); and when the words exclude something the document as a
 * whole must not hold it either, so that adding a field only ever narrows the result. Then dates
 * and tag fields (topic:, person:, place:) narrow the documents, read from the MetaStore.
 *
 * The ids are only read when something needs them: an unfiltered page ranked by relevance is
 * answered from the index directly, and its total is a count.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { Deadline } from '../../search/bounds';
import type { MetaStore } from './meta';
import type { Plan } from '../../search/plan';
import type { TurnRanges } from './turn-ranges';
import { readIds } from './read-ids';
import { partitionPoint } from './partition-point';

/** Turn mode: per document, the ids of its matching turns, ascending (their scores: ResultSet.bestScores). */
export interface TurnHits {
  turns: Map<number, number[]>;
}

export interface ResultContext {
  db: Database;
  meta: MetaStore;
  ranges: TurnRanges;
  prepare(sql: string): Statement;
  deadline: Deadline | null;
  /** True when the index is one segment per table (archive/search/tidy.ts): looking up listed rows is then several times cheaper. */
  tidy: boolean;
}

const docIds = (ctx: ResultContext, match: string): number[] =>
  readIds(ctx.prepare, 'SELECT rowid AS id FROM search_docs WHERE search_docs MATCH ?', match);

export class ResultSet {
  /** Set in turn mode (speaker:). */
  readonly turnHits: TurnHits | null;
  private list: number[] | null = null;
  private members: Set<number> | null = null;
  private count: number | null = null;
  private readonly turnLists = new Map<string, Map<number, number[]>>();
  private matched: number | null = null;
  /** Turn mode with words in a large archive: each speaker: value's matching turns, ascending. */
  private readonly speakerLists: number[][] = [];
  /** Turn mode: the best score of each document scored so far. */
  private readonly best = new Map<number, number>();

  constructor(
    private readonly ctx: ResultContext,
    readonly plan: Plan,
  ) {
    this.turnHits = plan.speakers.length ? this.speakerTurns() : null;
  }

  /** True when the result is every document the document-level match finds (nothing else narrows it). */
  get isWholeMatch(): boolean {
    const f = this.plan.query.filters;
    return this.plan.docMatch !== null && !this.turnHits && !this.plan.text.exclude && !this.plan.tagged && f.dates.length === 0;
  }

  get total(): number {
    if (this.count === null) {
      this.count =
        this.isWholeMatch && !this.list
          ? (this.ctx.prepare('SELECT count(*) FROM search_docs WHERE search_docs MATCH ?').pluck().get(this.plan.docMatch) as number)
          : this.ids().length;
    }
    return this.count;
  }

  /** How many documents the words match before fields narrow them (the result itself in turn mode). */
  get matchedByWords(): number {
    if (this.isWholeMatch) return this.total;
    this.ids();
    return this.matched ?? this.total;
  }

  /**
   * About `k` of the matching documents, spread over the result, without reading all of its ids:
   * every n-th document id the index returns (a whole match only; else an even pick of ids()).
   */
  sample(k: number): number[] {
    if (!this.isWholeMatch || this.list) {
      const ids = this.ids();
      return ids.length <= k ? ids : Array.from({ length: k }, (_, i) => ids[Math.floor((i * ids.length) / k)]);
    }
    const every = Math.max(1, Math.floor(this.total / k));
    return readIds(
      this.ctx.prepare,
      'SELECT rowid AS id FROM search_docs WHERE search_docs MATCH ? AND +rowid % ? = 0',
      this.plan.docMatch,
      every,
    );
  }

  /** The matching document ids, ascending. */
  ids(): number[] {
    if (!this.list) {
      const ids = this.filter(this.candidates());
      // The index answers in rowid order; only a turn-mode result needs sorting.
      if (!ids.every((id, i) => i === 0 || ids[i - 1] < id)) ids.sort((a, b) => a - b);
      this.list = ids;
      this.count = this.list.length;
    }
    return this.list;
  }

  /**
   * Every turn of the archive that matches `expr`, by document (ascending ids), read in one pass
   * and kept: for a result of a few thousand documents this is cheaper than looking up the page's
   * turns one by one (FTS5 seeks each listed id), and the counts reuse it. With `cap`, null (and
   * nothing kept) as soon as more than `cap` turns match.
   */
  turnsMatching(expr: string): Map<number, number[]>;
  turnsMatching(expr: string, cap: number): Map<number, number[]> | null;
  turnsMatching(expr: string, cap = Infinity): Map<number, number[]> | null {
    let byDoc = this.turnLists.get(expr);
    if (!byDoc) {
      this.ctx.deadline?.check();
      byDoc = new Map();
      // One more than the cap, to know it was passed.
      const turns = readIds(
        this.ctx.prepare,
        'SELECT rowid AS id FROM search_turns WHERE search_turns MATCH ? LIMIT ?',
        expr,
        cap === Infinity ? -1 : cap + 1,
      );
      if (turns.length > cap) return null;
      for (const turn of turns) {
        const doc = this.ctx.ranges.docOf(turn);
        if (doc === undefined) continue;
        let list = byDoc.get(doc);
        if (!list) byDoc.set(doc, (list = []));
        list.push(turn);
      }
      this.turnLists.set(expr, byDoc);
    }
    return byDoc;
  }

  /** True when the turns matching `expr` have been read already (turnsMatching). */
  knowsTurns(expr: string): boolean {
    return this.turnLists.has(expr);
  }

  has(id: number): boolean {
    this.members ??= new Set(this.ids());
    return this.members.has(id);
  }

  private candidates(): number[] {
    const plan = this.plan;
    this.ctx.deadline?.check();
    if (this.turnHits) {
      let ids = [...this.turnHits.turns.keys()];
      if (plan.titleMatch) ids = intersect(ids, docIds(this.ctx, plan.titleMatch));
      if (plan.negated && plan.text.match) ids = intersect(ids, docIds(this.ctx, plan.text.match));
      if (plan.text.exclude) ids = subtract(ids, docIds(this.ctx, plan.text.exclude));
      return ids;
    }
    let ids = plan.docMatch ? docIds(this.ctx, plan.docMatch) : [...this.ctx.meta.docs.keys()];
    this.matched = ids.length;
    if (plan.text.exclude) ids = subtract(ids, docIds(this.ctx, plan.text.exclude));
    return ids;
  }

  /** Dates and tag fields, from the MetaStore: the same value tables the facets count by (facet-values.ts). */
  private filter(ids: number[]): number[] {
    const { meta } = this.ctx;
    const f = this.plan.query.filters;
    const masks = [
      ...f.dates.map((range) => meta.datedWithin(range.from, range.to)),
      ...(['topic', 'person', 'place'] as const).flatMap((kind) =>
        f[kind].map((value) => meta.holding(kind, meta.tables[kind].matching(value))),
      ),
    ];
    if (masks.length === 0) return ids.filter((id) => meta.docs.has(id));
    return ids.filter((id) => masks.every((mask) => mask[id] === 1));
  }

  /**
   * The best (lowest) bm25 of each of `docs`' matching turns (turn mode; 0 without words), by the
   * words alone (the speaker column weighs 0), read once per document and kept. For every
   * document of the result, each speaker: value's turns are scored in one pass (scoredTurns); for
   * the `newest` documents (a relevance window, rank.ts: all of the result's documents from the
   * lowest of them up), the end of each value's list, read backwards; for others (a page by
   * date), the lists are read and only their turns scored.
   */
  bestScores(docs: number[], newest = false): Map<number, number> {
    const body = this.plan.bodyMatch;
    const missing = docs.filter((doc) => !this.best.has(doc));
    if (missing.length > 0 && !body) for (const doc of missing) this.best.set(doc, 0);
    if (missing.length > 0 && body) {
      const ranges = this.ctx.ranges;
      // Kept only when every statement has run: a search stopped between two (a newer one, the time
      // budget) must not leave a document scored by some speaker: values' turns alone.
      const found = new Map<number, number>();
      const keep = (rows: [number, number][], wanted: Set<number>): void => {
        for (const [turn, score] of rows) {
          const doc = ranges.docOf(turn);
          if (doc === undefined || !wanted.has(doc)) continue;
          found.set(doc, Math.min(found.get(doc) ?? Infinity, score));
        }
      };
      const speakers = this.plan.speakers;
      if (missing.length === this.ids().length) {
        speakers.forEach((speaker, i) => {
          this.ctx.deadline?.check();
          keep(this.scoredTurns(speaker, body, this.speakerLists[i]), new Set(missing));
        });
      } else if (newest) {
        // A later document's turns come later (written in one go as it is saved): the documents
        // from the lowest wanted up hold the last turns of each list. Only those whose turns all
        // lie there are scored from it (a document whose turns were scattered is looked at below).
        const from = ranges.span(missing.reduce((a, b) => Math.min(a, b)))?.[0] ?? 0;
        const within = new Set(missing.filter((doc) => (ranges.span(doc)?.[0] ?? -1) >= from));
        speakers.forEach((speaker, i) => {
          this.ctx.deadline?.check();
          const list = this.speakerLists[i];
          const k = list.length - partitionPoint(list.length, (at) => list[at] < from);
          keep(
            this.ctx.prepare(`${SCORED} ORDER BY rowid DESC LIMIT ?`).raw().all(`${speaker} AND ${body}`, k) as [number, number][],
            within,
          );
        });
      }
      // Documents still without a score (a page by date, or turns out of order): their matching
      // turns, of every speaker: value, scored by the words alone as the list is read (not looked
      // up: seeking a few thousand turns in the list of "the" took seconds).
      const left = missing.filter((doc) => !found.has(doc));
      if (left.length > 0) {
        this.ctx.deadline?.check();
        const turns = left.flatMap((doc) => this.turnHits?.turns.get(doc) ?? []);
        keep(rescoredTurns(this.ctx.prepare, body, turns), new Set(left));
      }
      for (const [doc, score] of found) this.best.set(doc, score);
    }
    return new Map(docs.map((doc) => [doc, this.best.get(doc) ?? 0]));
  }

  /**
   * The turns of one speaker: value that hold the words, with their bm25 (by the words alone: the
   * speaker column weighs 0). bm25 first weighs each phrase over its whole list, the speaker's
   * too, though its weight is 0: a speaker's list can be much of the index (every turn of the
   * president, 13 ms at 50,000 documents). When it is much longer than the words' list, the turns
   * (`turns`, found already) are scored by a match of the words alone: the same scores (the
   * speaker's phrases add exactly 0), reading the words' list again instead (RESCAN times the
   * cost per turn of weighing the speaker's).
   */
  private scoredTurns(speaker: string, body: string, turns: number[]): [number, number][] {
    const both = `${speaker} AND ${body}`;
    // In a small archive weighing any list costs less than finding out which is the longer (up to six statements).
    const small = this.ctx.ranges.lastTurn < PROBED_FROM;
    if (small || estimateTurns(this.ctx, body) * RESCAN >= estimateTurns(this.ctx, speaker))
      return this.ctx.prepare(SCORED).raw().all(both) as [number, number][];
    return rescoredTurns(this.ctx.prepare, body, turns);
  }

  /**
   * Each speaker: value's matching turns, grouped by document; documents must have a turn for
   * every value. In a large archive only the ids are read: scoring every turn (bm25, a
   * microsecond or more each: 78,000 turns for speaker:putin the at 50,000 documents) is left to
   * bestScores, for the documents a page is ranked among. In a small one (under PROBED_FROM
   * turns) they are scored as they are found: reading the lists twice cost more than that.
   */
  private speakerTurns(): TurnHits {
    const plan = this.plan;
    const ranges = this.ctx.ranges;
    const turns = new Map<number, number[]>();
    const scoreNow = plan.bodyMatch !== null && ranges.lastTurn < PROBED_FROM;
    const best = new Map<number, number>();
    let keep: Set<number> | null = null;
    for (const speaker of plan.speakers) {
      this.ctx.deadline?.check();
      const expr = plan.bodyMatch ? `${speaker} AND ${plan.bodyMatch}` : speaker;
      const rows = scoreNow ? (this.ctx.prepare(SCORED).raw().all(expr) as [number, number][]) : null;
      const ids = rows
        ? rows.map((r) => r[0])
        : readIds(this.ctx.prepare, 'SELECT rowid AS id FROM search_turns WHERE search_turns MATCH ?', expr);
      // Kept only for scoring later (bestScores): a speaker's list can be 130,000 turns.
      if (plan.bodyMatch && !scoreNow) this.speakerLists.push(ids);
      const found = new Set<number>();
      // The index answers in turn order, and a document's turns are mostly consecutive: each run of
      // one document's turns is kept at once (a speaker's 130,000 turns at 50,000 documents).
      for (let at = 0, end = 0; at < ids.length; at = end) {
        const doc = ranges.docOf(ids[at]);
        let score = rows ? rows[at][1] : 0;
        for (end = at + 1; end < ids.length && ranges.docOf(ids[end]) === doc; end++) if (rows) score = Math.min(score, rows[end][1]);
        if (doc === undefined || (keep && !keep.has(doc))) continue;
        found.add(doc);
        if (rows) best.set(doc, Math.min(best.get(doc) ?? Infinity, score));
        const list = turns.get(doc);
        if (!list) turns.set(doc, ids.slice(at, end));
        else for (let i = at; i < end; i++) list.push(ids[i]);
      }
      keep = found;
    }
    for (const doc of [...turns.keys()]) if (keep && !keep.has(doc)) turns.delete(doc);
    if (scoreNow) for (const doc of turns.keys()) this.best.set(doc, best.get(doc) as number);
    for (const list of turns.values()) {
      // Most lists are one run in turn order already (one speaker: value): sorting tens of thousands
      // of short lists cost more than building them.
      let ordered = true;
      for (let i = 1; i < list.length && ordered; i++) ordered = list[i - 1] < list[i];
      if (ordered) continue;
      list.sort((a, b) => a - b);
      for (let i = list.length - 1; i > 0; i--) if (list[i] === list[i - 1]) list.splice(i, 1);
    }
    return { turns };
  }
}

/** Reading a list of matching turns again to score some of them costs about this many times weighing it (bm25's pass). */
const RESCAN = 3;
/** Turns in the archive from which the two lists are compared (scoredTurns). */
const PROBED_FROM = 100_000;

/** Turns matching an expression with their bm25, by the words alone (the speaker column weighs 0). */
const SCORED = 'SELECT rowid, bm25(search_turns, 0.0, 1.0) FROM search_turns WHERE search_turns MATCH ?';

/**
 * `turns`, the turns of a speaker that hold the words `body` (found first), scored by a match of
 * the words alone: the scores of SCORED over both, without weighing the speaker's list (its
 * phrases add exactly 0 to every score).
 */
export function rescoredTurns(prepare: (sql: string) => Statement, body: string, turns: number[]): [number, number][] {
  return prepare(`${SCORED} AND +rowid IN (SELECT value FROM json_each(?))`).raw().all(body, JSON.stringify(turns)) as [number, number][];
}

/** Matches read from each end of a turn list to estimate its length. */
const PROBE = 100;

/**
 * About how many turns match `expr`: exactly when they are few, else from how densely its first
 * and last PROBE matches lie among the turn ids (FTS5 reads a list cheaply from either end, but
 * counts it only by reading it whole).
 */
export function estimateTurns(ctx: ResultContext, expr: string): number {
  const end = (order: 'ASC' | 'DESC'): [number, number, number] =>
    ctx
      .prepare(
        `SELECT count(*), min(rowid), max(rowid) FROM (SELECT rowid FROM search_turns WHERE search_turns MATCH ? ORDER BY rowid ${order} LIMIT ?)`,
      )
      .raw()
      .get(expr, PROBE) as [number, number, number];
  const [n, first, upTo] = end('ASC');
  if (n < PROBE) return n;
  const [, from, last] = end('DESC');
  // The two ends meet: the list is short enough to count.
  if (upTo >= from) return ctx.prepare('SELECT count(*) FROM search_turns WHERE search_turns MATCH ?').pluck().get(expr) as number;
  return Math.round((2 * PROBE * (last - first + 1)) / (upTo - first + 1 + (last - from + 1)));
}

function intersect(ids: number[], other: number[]): number[] {
  const keep = new Set(other);
  return ids.filter((id) => keep.has(id));
}

function subtract(ids: number[], other: number[]): number[] {
  const drop = new Set(other);
  return ids.filter((id) => !drop.has(id));
}
