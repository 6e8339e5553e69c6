/**
 * The page's documents as result groups: each with its matching turns (the turns that hold the
 * whole query by themselves; where none does, the first turns that hold some of its words),
 * highlights, where the document matched (title, lead, tags, turns) and a snippet for every hit:
 * the first turn shown, else the lead, else the title.
 *
 * How the matching turns are found depends on what is cheap (strictTurns weighs it): FTS5 reads a
 * term's whole list in a fraction of a microsecond per entry but seeks a listed turn id in tens
 * of microseconds, and handing a row to JavaScript costs more than reading it. So SQLite reads
 * every matching turn and keeps the page's own, unless the result is huge ("the", "russia" at
 * 50,000 documents), when the page's turns are looked up one by one or the list is read from its
 * end down to them. Turns that hold only some of the words are only shown, never counted:
 * they are found by highlighting the turns in reading order until enough are found (only where
 * such a turn can exist: with AND, NOT, NEAR or a prefix).
 */
import type { SearchGroup, TurnHit } from '../../../shared/contract/search';
import { findMatches, makeSnippet } from '../../search/highlight';
import type { DocMeta } from './meta';
import { lookUpTurns, lookupCost, READ_COST, scanCost, scanTurns } from './listed-turns';
import type { Candidate } from './rank';
import type { ResultContext, ResultSet } from './result-set';

type Where = SearchGroup['matchedIn'][number];

/** Turn ids from the end of the index read backwards rather than looking the page's turns up one by one (a fragmented index). */
const TAIL_TURNS = 250_000;
/** Turns of one document read in reading order to find the turns holding some of the words. */
const LOOSE_SCAN = 64;

/** The page's turns that hold the whole query: from the turn-mode lists, the index's matches (in JavaScript, kept, or in SQLite), or looked up. */
function strictTurns(ctx: ResultContext, rs: ResultSet, ids: number[], turnsOf: Map<number, number[]>): Set<number> {
  const lists = rs.turnHits?.turns;
  if (lists) return new Set(ids.flatMap((id) => lists.get(id) ?? []));
  const body = rs.plan.bodyMatch;
  if (!body) return new Set();
  const all = (): Set<number> => {
    const byDoc = rs.turnsMatching(body);
    return new Set(ids.flatMap((id) => byDoc.get(id) ?? []));
  };
  if (rs.knowsTurns(body)) return all();
  const own = ids.flatMap((id) => turnsOf.get(id) ?? []);
  const from = own.length ? Math.min(...own) : 0;
  const last = ctx.ranges.lastTurn;
  // Reading every matching turn into JavaScript costs about a microsecond per document the words
  // match (it holds one or two such turns), and is kept for the counts; reading them backwards from
  // the end of the index down to the page's first turn, that share of it (the page of a huge result
  // is ranked among its newest documents, rank.ts, whose turns lie at the end); scanning or looking
  // up, see listed-turns.ts.
  const read = rs.matchedByWords * READ_COST;
  const tail = last - from <= TAIL_TURNS ? read * ((last - from + 1) / Math.max(1, last)) : Infinity;
  const scan = scanCost(ctx, rs, body);
  const lookup = lookupCost(ctx, body, own.length);
  const cheapest = Math.min(read, tail, scan, lookup);
  if (read === cheapest) return all();
  if (scan === cheapest) return new Set(scanTurns(ctx, body, own));
  if (lookup === cheapest) return new Set(lookUpTurns(ctx, body, turnsOf.values()));
  const mine = new Set(own);
  const found = new Set<number>();
  // Not `rowid >= ?`: FTS5 answers a bound by reading the list from its start.
  for (const turn of ctx
    .prepare('SELECT rowid FROM search_turns WHERE search_turns MATCH ? ORDER BY rowid DESC')
    .pluck()
    .iterate(body) as IterableIterator<number>) {
    if (turn < from) break;
    if (mine.has(turn)) found.add(turn);
  }
  return found;
}

type Loaded = [id: number, idx: number, speaker: string | null, text: string];

export function pageGroups(ctx: ResultContext, rs: ResultSet, page: Candidate[], perDoc: number): SearchGroup[] {
  const plan = rs.plan;
  const ids = page.map((c) => c.id);
  // A document's turns are written in reading order, in one go: ascending ids are reading order.
  const turnsOf = new Map<number, number[]>(ids.map((id) => [id, ctx.ranges.turnsOf(id)]));
  const strict = strictTurns(ctx, rs, ids, turnsOf);
  const load = ctx.prepare('SELECT id, idx, speaker, text FROM turns WHERE id IN (SELECT value FROM json_each(?)) ORDER BY idx').raw();
  const matching = new Map(ids.map((id) => [id, (turnsOf.get(id) ?? []).filter((t) => strict.has(t))]));
  // The turns shown of every document with matching turns, in one statement.
  const loaded = new Map(
    (load.all(JSON.stringify([...matching.values()].flatMap((rows) => rows.slice(0, perDoc)))) as Loaded[]).map((row) => [row[0], row]),
  );
  const textPatterns = plan.text.patterns;
  // When the words are one word or phrase, or words joined by OR (no AND, NOT or NEAR), a turn that
  // holds some of them holds the whole query and is a matching turn already: none is left to find.
  // Not with a prefix: it marks the words it begins as written ("economy*": "economy"), which the
  // index, holding stems ("economi"), may not find.
  const someIsAll =
    plan.text.match === plan.text.any &&
    !plan.text.match?.includes('NEAR(') &&
    textPatterns.every((p) => p.every((t) => t.prefix === null));
  /** The first turns (up to `want`, at least one) that hold some of the words, loaded in reading order. */
  const looseTurns = (own: number[], want: number): Loaded[] => {
    const out: Loaded[] = [];
    for (let at = 0; at < Math.min(own.length, LOOSE_SCAN) && out.length < Math.max(1, want); at += 16) {
      for (const row of load.all(JSON.stringify(own.slice(at, Math.min(at + 16, LOOSE_SCAN)))) as Loaded[]) {
        if (out.length < Math.max(1, want) && findMatches(row[3], textPatterns).length) out.push(row);
      }
    }
    return out;
  };
  return page.map((c) => {
    const doc = ctx.meta.docs.get(c.id) as DocMeta;
    const own = turnsOf.get(c.id) ?? [];
    const rows = matching.get(c.id) ?? [];
    // The first matching turns in reading order; where none holds the whole query, those holding some of its words.
    const shown = rows.length
      ? rows
          .slice(0, perDoc)
          .map((t) => loaded.get(t))
          .filter((row): row is Loaded => row !== undefined)
      : plan.bodyMatch && !someIsAll
        ? looseTurns(own, perDoc)
        : [];
    const turns: TurnHit[] = shown
      .slice(0, perDoc)
      .map(([, idx, speaker, body]) => ({ turnIndex: idx, speaker, snippet: makeSnippet(body, plan.patterns) }));
    const titleHighlights = findMatches(doc.title, plan.patterns);
    const leadHighlights = doc.summary ? findMatches(doc.summary, textPatterns) : [];
    const lead = turns.length === 0 && doc.summary ? makeSnippet(doc.summary, plan.patterns) : null;
    const matchedIn: Where[] = [];
    if (titleHighlights.length) matchedIn.push('title');
    if (leadHighlights.length) matchedIn.push('lead');
    if (plan.tagged) matchedIn.push('tags');
    if (rows.length || shown.length) matchedIn.push('turns');
    const snippet = turns.length ? turns[0].snippet : (lead ?? { text: doc.title, highlights: titleHighlights });
    return {
      documentId: doc.id,
      title: doc.title,
      titleHighlights,
      date: doc.date,
      place: doc.place,
      score: c.score,
      matchingTurns: rows.length,
      partial: rows.length === 0 && shown.length > 0,
      turns,
      lead,
      matchedIn,
      snippet,
      snippetFrom: turns.length ? 'turn' : lead ? 'lead' : 'title',
    };
  });
}
