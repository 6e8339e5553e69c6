/**
 * The order of a result: by relevance (bm25 over the document-level index, title 10, lead 4,
 * body 1; ties newest first) or by date. Only as many documents as the page needs are ordered.
 *
 * bm25 is computed by FTS5 for every row it scores, a few microseconds each: over 50,000 matches
 * ("the", "russia") that is 150–350 ms, more than the whole answer may take. So relevance is
 * exact up to RANK_ALL matching documents; above, the page is ranked among the RANK_WINDOW most
 * recently added matching documents (FTS5 reads its lists cheaply from the end; bm25's weights put
 * those holding the words in title or lead first among them), and past them among the next
 * RANK_WINDOW, and so on: each page is cut from the same order however deep the list is read.
 * With speaker: (turn mode) a document scores as its best matching turn, and a result of more
 * than RANK_ALL documents is ranked the same way, window by window.
 */
import type { MetaStore } from './meta';
import type { ResultContext, ResultSet } from './result-set';

export const RANK_ALL = 2000;
export const RANK_WINDOW = 1000;
const BM25 = 'bm25(search_docs, 10.0, 4.0, 1.0)';

export interface Candidate {
  id: number;
  score: number;
}

export interface Ranking {
  order: Candidate[];
  /** How deep the order is known (the page may not ask beyond it). */
  depth: number;
  /** False when relevance was computed over a sample of a very large result (see above). */
  exact: boolean;
  /** Then: among how many of its newest documents. */
  among?: number;
}

function cmpDate(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/**
 * Newest first (by date, undated last, then by id). Two documents the metadata knows compare by
 * their places in its order by date (two integers: a result of 40,000 equal scores, all the
 * turns of speaker:putin, sorted by dates and ids from the metadata took 100 ms); one it does not
 * know (the index a step ahead) counts as undated.
 */
export function newestFirst(meta: MetaStore): (a: Candidate, b: Candidate) => number {
  const { docs } = meta;
  const place = meta.placeByDate();
  return (a, b) => {
    const pa = place[a.id] ?? -1;
    const pb = place[b.id] ?? -1;
    if (pa >= 0 && pb >= 0) return pa - pb;
    return cmpDate(docs.get(b.id)?.date ?? null, docs.get(a.id)?.date ?? null) || b.id - a.id;
  };
}

/**
 * Candidates by score (bm25: lower is better), ties newest first. The scores are sorted as numbers
 * (natively, several times faster than comparing a thousand candidates in JavaScript); only
 * candidates of equal score are compared by date.
 */
export function byScore(candidates: Candidate[], byDate: (a: Candidate, b: Candidate) => number): Candidate[] {
  const scores = Float64Array.from(candidates, (c) => c.score).sort();
  const withScore = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const same = withScore.get(c.score);
    if (same) same.push(c);
    else withScore.set(c.score, [c]);
  }
  const out: Candidate[] = [];
  for (let i = 0; i < scores.length; i++) {
    if (i > 0 && scores[i] === scores[i - 1]) continue;
    const same = withScore.get(scores[i]) as Candidate[];
    out.push(...(same.length > 1 ? same.sort(byDate) : same));
  }
  return out;
}

export function rank(ctx: ResultContext, rs: ResultSet, sort: 'relevance' | 'date', need: number): Ranking {
  const byDate = newestFirst(ctx.meta);
  const hits = rs.turnHits;
  // Without words every score is 0 (speaker: alone scores its turns 0 too): relevance is the order by date.
  if (sort === 'date' || (!rs.plan.bodyMatch && (hits || !rs.plan.docMatch))) {
    const ids = newest(ctx, rs, need);
    const scores = hits ? rs.bestScores(ids) : null;
    return { order: ids.map((id) => ({ id, score: scores?.get(id) ?? 0 })), depth: need, exact: true };
  }
  if (hits) return rankTurnHits(rs, need, byDate);
  const match = rs.plan.docMatch as string;
  const whole = rs.isWholeMatch;
  const within = whole ? null : JSON.stringify(rs.ids());
  const restrict = within ? ' AND +rowid IN (SELECT value FROM json_each(?))' : '';
  const params = within ? [match, within] : [match];
  if (rs.total <= RANK_ALL) {
    // Scored row by row and sorted by SQLite: FTS5's own ORDER BY rank is slower (it seeks every row it hands out again).
    const scored = `SELECT rowid, ${BM25} AS score FROM search_docs WHERE search_docs MATCH ?${restrict}`;
    return { ...best(ctx, scored, params, need, ahead(need), byDate), exact: true };
  }
  // A very large result: rank the newest RANK_WINDOW matching documents (bm25's title and lead weights still put those holding the words there first).
  const newestScored = `SELECT rowid, ${BM25} AS score FROM search_docs WHERE search_docs MATCH ?${restrict} ORDER BY rowid DESC LIMIT ?`;
  const among = Math.min(RANK_WINDOW, rs.total);
  if (need <= RANK_WINDOW) {
    const { order, depth } = best(ctx, newestScored, [...params, RANK_WINDOW], need, ahead(need), byDate);
    return { order, depth: Math.min(depth, RANK_WINDOW), exact: false, among };
  }
  // Deeper: the next RANK_WINDOW newest after them, each window ranked on its own, as deep as the page.
  const windows = Math.ceil(need / RANK_WINDOW);
  const rows = ctx
    .prepare(newestScored)
    .raw()
    .all(...params, windows * RANK_WINDOW) as [number, number][];
  const order: Candidate[] = [];
  for (let at = 0; at < rows.length; at += RANK_WINDOW) order.push(...byScore(rows.slice(at, at + RANK_WINDOW).map(toCandidate), byDate));
  return { order, depth: windows * RANK_WINDOW, exact: false, among };
}

const toCandidate = ([id, score]: [number, number]): Candidate => ({ id, score });

/**
 * Turn mode (speaker: with words): each document scored by its best matching turn. Up to RANK_ALL
 * documents every one is scored; above, as for the document-level order, the newest RANK_WINDOW
 * (the highest ids) are ranked, and past them the next RANK_WINDOW (speaker:putin russia at
 * 50,000 documents: 22,000 matching turns, scored in 70 ms, where the first window's take a few).
 */
function rankTurnHits(rs: ResultSet, need: number, byDate: (a: Candidate, b: Candidate) => number): Ranking {
  const ids = rs.ids();
  const scored = (docs: number[]): Candidate[] => {
    const scores = rs.bestScores(docs, true);
    return byScore(
      docs.map((id) => ({ id, score: scores.get(id) ?? 0 })),
      byDate,
    );
  };
  if (ids.length <= RANK_ALL) return { order: scored(ids), depth: ids.length, exact: true };
  const windows = Math.ceil(need / RANK_WINDOW);
  const descending = [...ids].reverse();
  // Every window the page reaches scored at once: each window's turns are read from the end of the
  // lists down, so scoring them one by one would read the newer ones again (a deep page in seconds).
  rs.bestScores(descending.slice(0, windows * RANK_WINDOW), true);
  const order: Candidate[] = [];
  for (let w = 0; w < windows && w * RANK_WINDOW < ids.length; w++)
    order.push(...scored(descending.slice(w * RANK_WINDOW, (w + 1) * RANK_WINDOW)));
  return { order, depth: windows * RANK_WINDOW, exact: false, among: Math.min(RANK_WINDOW, ids.length) };
}

/**
 * How many scored rows are fetched for a page that needs `need`: at least AHEAD, and twice as many
 * as the pages so far, so that scrolling on ranks again only now and then (each time as deep again).
 */
const AHEAD = 100;
const ahead = (need: number): number => Math.max(AHEAD, 2 * need);

/**
 * The best `k` of the rows `scored` gives (rowid, score) in order, and how deep that order is
 * known. SQLite sorts them by score: handing a thousand rows to JavaScript costs more than
 * sorting them (half a microsecond each). Only rows scoring strictly better than the first one
 * left out are known to be in place (the ones left out may tie with them): when that is fewer
 * than the page needs (ties across its end), every row is fetched.
 */
function best(
  ctx: ResultContext,
  scored: string,
  params: unknown[],
  need: number,
  k: number,
  byDate: (a: Candidate, b: Candidate) => number,
): { order: Candidate[]; depth: number } {
  const rows = ctx
    .prepare(`SELECT * FROM (${scored}) ORDER BY score LIMIT ?`)
    .raw()
    .all(...params, k + 1) as [number, number][];
  if (rows.length <= k) return { order: byScore(rows.map(toCandidate), byDate), depth: Infinity };
  const cut = rows[k][1];
  let known = k;
  while (known > 0 && rows[known - 1][1] === cut) known--;
  if (known >= need) return { order: byScore(rows.slice(0, known).map(toCandidate), byDate), depth: known };
  const all = ctx
    .prepare(scored)
    .raw()
    .all(...params) as [number, number][];
  return { order: byScore(all.map(toCandidate), byDate), depth: Infinity };
}

/** The newest `need` documents of the result (by date, then id). */
function newest(ctx: ResultContext, rs: ResultSet, need: number): number[] {
  const ids = rs.ids();
  const docs = ctx.meta.docs;
  if (ids.length * 8 < docs.size) {
    const place = ctx.meta.placeByDate();
    return [...ids].sort((a, b) => place[a] - place[b]).slice(0, need);
  }
  const out: number[] = [];
  for (const id of ctx.meta.byDate()) {
    if (!rs.has(id)) continue;
    out.push(id);
    if (out.length >= need) break;
  }
  return out;
}
