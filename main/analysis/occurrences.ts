/**
 * Where a query's words occur: the turns of its result that hold them, and how many times each
 * does, read from the index's positions (analysis-read.ts) so that counting a frequent word at
 * 50,000 documents does not read the text. A phrase is found where its words stand at
 * consecutive positions of one turn; a phrase with a very frequent word ("the United States")
 * is found instead in the text of the turns the index says hold it. Occurrences are counted
 * within the query's result: with speaker:, only in the turns that matched it; with NEAR, in
 * the turns where the words are near; otherwise in every turn of the matching documents.
 */
import type { AnalysisReads } from '../archive/analysis-read';
import type { Pattern } from '../search/compile';
import { findMatches } from '../search/highlight';
import type { MetaStore } from '../archive/search/meta';
import type { ResultSet } from '../archive/search/result-set';
import type { TurnRanges } from '../archive/search/turn-ranges';

export interface Found {
  rs: ResultSet;
  ranges: TurnRanges;
  meta: MetaStore;
}

/** The patterns of the query's words (title: words are not looked for in the turns). */
export const patternsOf = (found: Found): Pattern[] => found.rs.plan.text.patterns;

/**
 * Whether a turn of a document belongs to the result. With NEAR, only the turns where the words
 * stand near each other: a turn holding one of them elsewhere is not a match.
 */
export function turnFilter(found: Found): (turn: number, doc: number) => boolean {
  const hits = found.rs.turnHits;
  const any = found.rs.plan.text.any;
  const lists = hits ? hits.turns.values() : any?.includes('NEAR(') ? found.rs.turnsMatching(`body : (${any})`).values() : null;
  if (lists) {
    const allowed = new Set<number>();
    for (const list of lists) for (const t of list) allowed.add(t);
    return (turn, doc) => allowed.has(turn) && found.rs.has(doc);
  }
  return (_turn, doc) => found.rs.has(doc);
}

/** Turn ids and word offsets in one number: turns and offsets both stay far below 2^26. */
const SHIFT = 2 ** 26;

const hasPrefix = (pattern: Pattern): boolean => pattern.some((t) => t.prefix !== null || t.alternatives.length > 0);

/** Above this many positions of its words archive-wide, a phrase is found in the text of the turns that hold it. */
const PHRASE_POSITIONS = 100_000;

/**
 * A phrase with a very frequent word ("the United States"): the turns that hold it, from the
 * index's phrase match, and its occurrences found in their text — far fewer rows than the
 * positions of "the".
 */
function phraseByText(reads: AnalysisReads, found: Found, pattern: Pattern, into: Map<number, number>): boolean {
  const stems = pattern.map((t) => t.stem);
  if (stems.some((s) => s === null) || hasPrefix(pattern)) return false;
  let positions = 0;
  for (const n of reads.corpusCounts(stems as string[]).values()) positions += n;
  if (positions <= PHRASE_POSITIONS) return false;
  const turns = [...found.rs.turnsMatching(`body : "${(stems as string[]).join(' ')}"`).entries()]
    .filter(([doc]) => found.rs.has(doc))
    .flatMap(([, list]) => list);
  for (const turn of reads.turns(turns)) {
    const n = findMatches(turn.text, [pattern]).length;
    if (n) into.set(turn.id, (into.get(turn.id) ?? 0) + n);
  }
  return true;
}

function patternCounts(reads: AnalysisReads, found: Found, pattern: Pattern, into: Map<number, number>): void {
  if (pattern.length > 1 && phraseByText(reads, found, pattern, into)) return;
  if (pattern.length === 1) {
    for (const [turn, n] of reads.turnCounts(pattern[0])) into.set(turn, (into.get(turn) ?? 0) + n);
    return;
  }
  let starts = new Set<number>();
  for (const [turn, offset] of reads.positions(pattern[0])) starts.add(turn * SHIFT + offset);
  for (let k = 1; k < pattern.length && starts.size > 0; k++) {
    const next = new Set<number>();
    for (const [turn, offset] of reads.positions(pattern[k])) {
      const start = turn * SHIFT + offset - k;
      if (offset >= k && starts.has(start)) next.add(start);
    }
    starts = next;
  }
  for (const key of starts) {
    const turn = Math.floor(key / SHIFT);
    into.set(turn, (into.get(turn) ?? 0) + 1);
  }
}

/** How many times the query's words occur in each turn of its result (turns without any are absent). */
export function occurrenceCounts(reads: AnalysisReads, found: Found): Map<number, number> {
  const all = new Map<number, number>();
  for (const pattern of patternsOf(found)) patternCounts(reads, found, pattern, all);
  const keep = turnFilter(found);
  for (const turn of [...all.keys()]) {
    const doc = found.ranges.docOf(turn);
    if (doc === undefined || !keep(turn, doc)) all.delete(turn);
  }
  return all;
}

/**
 * The turns of the result that hold any of the query's words, by document, from the turn index
 * (one MATCH: cheaper than positions for a frequent word, when only the first page is read).
 */
export function matchingTurns(found: Found): Map<number, number[]> {
  const { rs } = found;
  if (rs.turnHits) return rs.turnHits.turns;
  const any = rs.plan.text.any;
  const out = new Map<number, number[]>();
  if (!any) return out;
  for (const [doc, turns] of rs.turnsMatching(`body : (${any})`)) if (rs.has(doc)) out.set(doc, turns);
  return out;
}

/** How many positions the index holds for the query's words, archive-wide (an upper bound of the work of counting them). */
export function indexedTotal(reads: AnalysisReads, found: Found): number | null {
  const stems: string[] = [];
  for (const pattern of patternsOf(found)) {
    if (pattern[0].stem === null) return null;
    stems.push(pattern[0].stem);
  }
  let n = 0;
  for (const count of reads.corpusCounts(stems).values()) n += count;
  return n;
}
