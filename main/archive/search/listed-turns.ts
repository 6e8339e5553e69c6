/**
 * Which of some listed turns match an FTS5 expression, and what each way of finding out costs.
 * The page (groups.ts) asks for its documents' turns, the counts (counts.ts) for a small result's.
 *
 * Rough costs (µs), measured on the real archive: reading one matching document's matching turns
 * from the whole index into JavaScript, 0.8–1.5 (READ_COST); SQLite reading every matching turn
 * and keeping the listed ones, 0.02–0.1 per matching turn (more when a phrase holds a very
 * frequent word), with no row handed to JavaScript (scan); looking one listed turn up, for each
 * word of the expression, 7 in a very frequent word's list and 20–60 in others (FTS5 seeks each
 * listed id anew; a phrase's words each count): over an index in one segment, and over one in many
 * (each segment is asked).
 */
import type { ResultContext, ResultSet } from './result-set';

export const READ_COST = 1;
const SCAN_COST = 0.1;
const LOOKUP_COST = { tidy: 20, fragmented: 100 };

/**
 * Scanning: a tenth of a microsecond for each turn the words may match (their documents' turns, on
 * average). Only known when the documents the words match are counted without other fields: with
 * speaker: or title: they are counted with those (speaker:x the matches few documents but "the"
 * lists nearly every turn). A broad prefix's many lists are never scanned whole.
 */
export function scanCost(ctx: ResultContext, rs: ResultSet, expr: string): number {
  if (rs.turnHits || rs.plan.titleMatch || expr.includes('*')) return Infinity;
  return rs.matchedByWords * SCAN_COST * (ctx.ranges.lastTurn / Math.max(1, ctx.ranges.documents));
}

/** Looking `turns` turns up. A prefix stands for many words: FTS5 merges their lists for every lookup. */
export function lookupCost(ctx: ResultContext, expr: string, turns: number): number {
  if (expr.includes('*')) return Infinity;
  const words = (expr.match(/"(?:[^"]|"")*"/g) ?? ['']).reduce((n, quoted) => n + quoted.split(' ').length, 0);
  return turns * words * (ctx.tidy ? LOOKUP_COST.tidy : LOOKUP_COST.fragmented);
}

/** The listed turns matching `expr`, SQLite reading every turn that matches it (none is sought). */
export function scanTurns(ctx: ResultContext, expr: string, turns: number[]): number[] {
  return ctx
    .prepare('SELECT rowid FROM search_turns WHERE search_turns MATCH ? AND +rowid IN (SELECT value FROM json_each(?))')
    .pluck()
    .all(expr, JSON.stringify(turns)) as number[];
}

/** The listed turns matching `expr`, looked up one list at a time (the time budget is checked between). */
export function lookUpTurns(ctx: ResultContext, expr: string, lists: Iterable<number[]>): number[] {
  const byList = ctx
    .prepare('SELECT rowid FROM search_turns WHERE search_turns MATCH ? AND rowid IN (SELECT value FROM json_each(?))')
    .pluck();
  const found: number[] = [];
  for (const turns of lists) {
    if (turns.length === 0) continue;
    ctx.deadline?.check();
    for (const id of byList.all(expr, JSON.stringify(turns)) as number[]) found.push(id);
  }
  return found;
}
