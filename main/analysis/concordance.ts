/**
 * The concordance of a query: its matches in the turns of its result as KWIC lines, a page at a
 * time. Only the turns the page needs are read. In date order over a large result the documents
 * are walked oldest first and their turns read, so the first page of a word in 40,000 documents
 * reads a few of them; speaker order reads every
 * matching turn's label first. The total counts the index's positions when that is cheap, else
 * it is estimated from what was read (`estimated`). A context sort needs every line: it sorts
 * the lines of the first MAX_SORT_TURNS turns by date, and says so (`sortedAmong`).
 */
import type { AnalysisReads, TurnText } from '../archive/analysis-read';
import type { KwicRequest, KwicResult } from '../../shared/contract/analysis';
import { findMatches } from '../search/highlight';
import { compareDates, contextOf, sortByContext, type KwicLine } from './kwic';
import { indexedTotal, matchingTurns, occurrenceCounts, patternsOf, type Found } from './occurrences';

/** Up to this many indexed positions of the query's words, the total is counted exactly. */
const EXACT_POSITIONS = 20_000;
/** A single word over a whole match is counted in one statement: exactly up to this many positions. */
const EXACT_WORD_POSITIONS = 60_000;
/** From this many documents on, date order walks the documents instead of reading every matching turn first. */
const WALK_FROM = 1_000;
/** A context sort reads at most this many turns (the first by date). */
const MAX_SORT_TURNS = 5_000;
/** Turns read per batch while filling a page. */
const BATCH = 64;

type Ok = Omit<Extract<KwicResult, { status: 'ok' }>, 'tookMs'>;

/** Matching turns in order, with how many there are in all (null while unknown) and how many documents they were read from. */
interface TurnSource {
  next(): number | undefined;
  total: number | null;
  documentsRead(): number;
}

function allInOrder(found: Found, labelOf: ((turn: number) => string | null) | null): TurnSource {
  const byDoc = matchingTurns(found);
  const date = (id: number): string | null => found.meta.docs.get(id)?.date ?? null;
  const docs = [...byDoc.keys()].sort((a, b) => compareDates(date(a), date(b)) || a - b);
  let turns = docs.flatMap((doc) => byDoc.get(doc) ?? []);
  if (labelOf) {
    const label = (t: number): string => labelOf(t) ?? '\uffff';
    turns = turns
      .map((t, i) => ({ t, i }))
      .sort((a, b) => label(a.t).localeCompare(label(b.t)) || a.i - b.i)
      .map((x) => x.t);
  }
  let i = 0;
  return { next: () => turns[i++], total: turns.length, documentsRead: () => docs.length };
}

/**
 * Oldest document first (undated last), every turn of each document in turn: reading a few
 * documents' turns and finding the matches in their text is cheaper than asking the index for
 * a frequent word's turns (all of them, or per document: each MATCH loads the word's whole list).
 */
function walkByDate(found: Found): TurnSource {
  const newest = found.meta.byDate();
  let undated = newest.findIndex((id) => found.meta.docs.get(id)?.date == null);
  if (undated < 0) undated = newest.length;
  const order = [...newest.slice(0, undated).reverse(), ...newest.slice(undated).reverse()];
  let at = 0;
  let docs = 0;
  let queue: number[] = [];
  const next = (): number | undefined => {
    while (queue.length === 0 && at < order.length) {
      const doc = order[at++];
      if (!found.rs.has(doc)) continue;
      docs++;
      queue = found.ranges.turnsOf(doc);
    }
    return queue.shift();
  };
  return { next, total: null, documentsRead: () => docs };
}

/** The exact numbers of occurrences and of turns holding them when they are cheap to count, else null. */
function exactTotal(reads: AnalysisReads, found: Found): { total: number; turns: number } | null {
  const patterns = patternsOf(found);
  const positions = indexedTotal(reads, found);
  if (positions === null) return null;
  if (
    patterns.length === 1 &&
    patterns[0].length === 1 &&
    found.rs.isWholeMatch &&
    !found.rs.plan.negated &&
    positions <= EXACT_WORD_POSITIONS
  ) {
    // Every turn that holds the word belongs to a document the query finds.
    return { total: reads.positionCount(patterns[0][0]), turns: reads.turnCount(patterns[0][0]) };
  }
  if (positions > EXACT_POSITIONS) return null;
  const counts = occurrenceCounts(reads, found);
  let n = 0;
  for (const count of counts.values()) n += count;
  return { total: n, turns: counts.size };
}

function linesOf(found: Found, turn: TurnText, width: number): KwicLine[] {
  const meta = found.meta.docs.get(turn.documentId);
  const base = {
    documentId: turn.documentId,
    title: meta?.title ?? '',
    date: meta?.date ?? null,
    turnIndex: turn.idx,
    speaker: turn.speaker,
  };
  return findMatches(turn.text, patternsOf(found)).map((range) => ({ ...base, ...contextOf(turn.text, range, width) }));
}

/** labelOf: each turn's speaker label, for speaker order (null otherwise); walkFrom: see WALK_FROM (tests lower it). */
export function concordance(
  reads: AnalysisReads,
  found: Found,
  request: KwicRequest,
  labelOf: ((turn: number) => string | null) | null = null,
  walkFrom = WALK_FROM,
): Ok {
  const width = request.width ?? 60;
  const limit = request.limit ?? 100;
  const offset = request.offset ?? 0;
  const sort = request.sort ?? 'date';
  const context = sort === 'left' || sort === 'right';
  const any = found.rs.plan.text.any;
  const walk = sort === 'date' && !found.rs.turnHits && any !== null && found.rs.total >= walkFrom;
  const source = walk ? walkByDate(found) : allInOrder(found, sort === 'speaker' ? labelOf : null);
  const exact = exactTotal(reads, found);

  const want = context ? Infinity : offset + limit;
  const cap = context ? MAX_SORT_TURNS : Infinity;
  let lines: KwicLine[] = [];
  let read = 0;
  let withLines = 0;
  let done = false;
  while (!done && read < cap && lines.length < want) {
    const batch: number[] = [];
    while (batch.length < BATCH && read + batch.length < cap) {
      const turn = source.next();
      if (turn === undefined) {
        done = true;
        break;
      }
      batch.push(turn);
    }
    for (const turn of reads.turns(batch)) {
      const more = linesOf(found, turn, width);
      if (more.length) withLines++;
      lines.push(...more);
    }
    read += batch.length;
  }
  if (!done && source.next() === undefined) done = true;
  // Matching turns in all: known, or estimated from the documents walked so far (whose every turn was read).
  const turns =
    source.total ?? exact?.turns ?? (done ? withLines : Math.round((withLines / Math.max(1, source.documentsRead())) * found.rs.total));
  if (context) lines = sortByContext(lines, sort);
  const total = exact?.total ?? (done ? lines.length : Math.round((lines.length / Math.max(1, withLines)) * turns));
  return {
    status: 'ok',
    total,
    estimated: exact === null && !done,
    turns,
    sortedAmong: context && !done ? lines.length : null,
    lines: lines.slice(offset, offset + limit),
  };
}
