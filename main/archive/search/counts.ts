/**
 * The counts around a result: matching turns and the documents that have them, the facets and
 * the histogram. Facets are counted in SQL through the one facet model (archive/facet-model.ts)
 * joined to temp.search_accepts (facet-values.ts), so each count is what a click on it finds:
 *
 *   topic, person, place   the documents' tags and places that the value's field accepts
 *   year (and histogram)   the documents' dates
 *   speaker                the speakers of the turns that hold the query's words (all turns when
 *                          it has none), as speaker:"value" reads them: documents with such a
 *                          turn whose speaker words hold the value
 *
 * Exact up to a bound of work; above it (tens of thousands of documents or turns) a number is
 * estimated from an even sample of the result, rounded to two figures and listed in `estimated`
 * (the window says "about"); `exact` lifts the bounds. The turn counts of a result of many
 * documents stay exact while its words' turns are few enough to read (readTurns).
 */
import type { SearchCounts, SearchFacetCount, SearchFacets } from '../../../shared/contract/search';
import { countPairs, facetPairs, idsIn, type DocumentSource, type SqlPart } from '../facet-model';
import { ACCEPTS_TABLE, DOC_FACTS_TABLE, SPEAKER_KEY_SQL } from './facet-values';
import { histogramOf } from '../../search/histogram';
import { lookUpTurns, lookupCost, scanCost, scanTurns } from './listed-turns';
import { estimateTurns, type ResultContext, type ResultSet } from './result-set';
import { readIds } from './read-ids';

export const TOP = 20;
/** Documents over which facets and the histogram are counted exactly; above, over an even sample of SAMPLE_DOCS. */
export const EXACT_DOCS = 6000;
export const SAMPLE_DOCS = 2000;
/** Matching turns read from the whole index to count those of the result. */
export const EXACT_GLOBAL_TURNS = 40_000;
/** A result's own turns listed (scanned for or looked up in the index) to count its matching turns. */
export const EXACT_LISTED_TURNS = 600;
/** Matching turns whose speakers are read to count the speaker facet exactly. */
export const EXACT_SPEAKER_TURNS = 20_000;
/** Up to this many, a matching turn's speaker is read from the turns table itself. */
const FEW_TURNS = 300;
/**
 * A sampled result's matching turns are read whole up to about this many (readTurns); above, from
 * each end of the index (edgeSample). An object so that a test can lower it to reach the ends.
 */
export const READ_WHOLE = { turns: 40_000 };
/** The turn sample: this many matching turns read from each end of the index (edgeSample). */
export const EDGE_TURNS = 2500;

type Counts = Omit<SearchCounts, 'status' | 'query' | 'tookMs' | 'didYouMean'>;
type Estimated = Counts['estimated'];

/** A rough count reads as one: two significant figures. */
export function roughly(n: number): number {
  if (n < 100) return Math.round(n);
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / unit) * unit;
}

/** `k` ids spread evenly over a sorted list. */
export function spread(ids: number[], k: number): number[] {
  if (ids.length <= k) return ids;
  return Array.from({ length: k }, (_, i) => ids[Math.floor((i * ids.length) / k)]);
}

/** The result's documents (or their sample) in a table of their own: every facet and the histogram are counted over it. */
function fillHits(ctx: ResultContext, ids: number[]): void {
  ctx.db.exec('CREATE TEMP TABLE IF NOT EXISTS search_hits (id INTEGER PRIMARY KEY); DELETE FROM temp.search_hits;');
  ctx.prepare('INSERT OR IGNORE INTO temp.search_hits (id) SELECT value FROM json_each(?)').run(JSON.stringify(ids));
}

function counted(ctx: ResultContext, q: SqlPart, scale: number): SearchFacetCount[] {
  const rows = ctx.prepare(q.sql).all(...q.params) as SearchFacetCount[];
  return scale === 1 ? rows : rows.map((r) => ({ value: r.value, count: roughly(r.count * scale) }));
}

/**
 * Turn ids matching `expr` in the documents `docs`, exactly, or null when that is more work than
 * allowed: when the documents' turns are few, those of them the index matches (scanned or looked
 * up, whichever is cheaper: listed-turns.ts), else every matching turn of the index when those are
 * not too many.
 */
function turnsIn(ctx: ResultContext, rs: ResultSet, expr: string, docs: number[], unbounded: boolean): number[] | null {
  if (rs.knowsTurns(expr)) {
    const byDoc = rs.turnsMatching(expr);
    return docs.flatMap((doc) => byDoc.get(doc) ?? []);
  }
  let listed = 0;
  for (const doc of docs) listed += ctx.meta.docs.get(doc)?.turnCount ?? 0;
  if (!unbounded && listed <= EXACT_LISTED_TURNS) {
    const own = docs.flatMap((doc) => ctx.ranges.turnsOf(doc));
    const scan = scanCost(ctx, rs, expr);
    const lookup = lookupCost(ctx, expr, own.length);
    if (scan < Infinity && scan <= lookup) return scanTurns(ctx, expr, own);
    if (lookup < Infinity) return lookUpTurns(ctx, expr, [own]);
  }
  const byDoc = rs.turnsMatching(expr, unbounded ? Infinity : EXACT_GLOBAL_TURNS);
  return byDoc ? docs.flatMap((doc) => byDoc.get(doc) ?? []) : null;
}

/**
 * An estimate's sample of matching turns: FTS5 reads a list cheaply only from either end, so the
 * first and the last EDGE_TURNS matching turns of the index; the documents of `docs` (null: of the
 * archive) with turns that lie wholly within what was read are the sample (`covered`, how many),
 * and `turns` their matching turns.
 */
function edgeSample(ctx: ResultContext, expr: string, docs: number[] | null): { turns: number[]; covered: number } {
  const end = (order: 'ASC' | 'DESC'): number[] =>
    readIds(
      ctx.prepare,
      `SELECT rowid AS id FROM search_turns WHERE search_turns MATCH ? ORDER BY rowid ${order} LIMIT ?`,
      expr,
      EDGE_TURNS,
    );
  const asc = end('ASC');
  const desc = asc.length < EDGE_TURNS ? [] : end('DESC');
  const upTo = asc.length < EDGE_TURNS ? Infinity : asc[asc.length - 1];
  const from = desc.length ? desc[desc.length - 1] : Infinity;
  const isCovered = (doc: number): boolean => {
    const span = ctx.ranges.span(doc);
    return span !== null && (span[1] < upTo || span[0] > from);
  };
  const read = [...new Set([...asc, ...desc])];
  // Without a list of the result's documents, every document with turns counts (see turnCounts).
  if (!docs) return { turns: read.filter((t) => isCovered(ctx.ranges.docOf(t) ?? -1)), covered: ctx.ranges.docsWithin(upTo, from) };
  const covered = new Set(docs.filter(isCovered));
  return { turns: read.filter((t) => covered.has(ctx.ranges.docOf(t) ?? -1)), covered: covered.size };
}

/**
 * A sampled result's matching turns, when the words' list is short enough to read whole (READ_WHOLE:
 * "the" in an archive of a few thousand documents): those of the result's documents (`all`, in how
 * many documents), and those of the sampled documents `docs`. Null for a longer list: the two ends
 * of it are the sample then (edgeSample), which stand for the oldest and newest documents only.
 * `every`: each document with such a turn is in the result.
 */
function readTurns(
  ctx: ResultContext,
  rs: ResultSet,
  expr: string,
  { docs, every }: { docs: number[]; every: boolean },
): { all: number[]; documents: number; sampled: number[] } | null {
  if (!rs.knowsTurns(expr) && estimateTurns(ctx, expr) > READ_WHOLE.turns) return null;
  ctx.deadline?.check();
  // Read as one flat list, not through rs.turnsMatching: grouping and keeping them by document cost
  // 2–3 ms more a complete answer at 50,000 documents (economy, state duma), and they are read once.
  const ids = rs.knowsTurns(expr)
    ? [...rs.turnsMatching(expr).values()].flat()
    : readIds(ctx.prepare, 'SELECT rowid AS id FROM search_turns WHERE search_turns MATCH ? LIMIT ?', expr, 2 * READ_WHOLE.turns + 1);
  if (ids.length > 2 * READ_WHOLE.turns) return null;
  const inSample = new Set(docs);
  const documents = new Set<number>();
  const sampled: number[] = [];
  const all: number[] = [];
  for (const turn of ids) {
    const doc = ctx.ranges.docOf(turn);
    if (doc === undefined || (!every && !rs.has(doc))) continue;
    all.push(turn);
    documents.add(doc);
    if (inSample.has(doc)) sampled.push(turn);
  }
  return { all, documents: documents.size, sampled };
}

/** `speakers()` names the table of every turn's speaker (FacetValues.turnSpeakers), built when first asked for. */
export function countResult(ctx: ResultContext, rs: ResultSet, exact: boolean, speakers: () => string): Counts {
  const total = rs.total;
  const estimated: Estimated = [];
  const docs = exact || total <= EXACT_DOCS ? rs.ids() : rs.sample(SAMPLE_DOCS);
  const docScale = total / Math.max(1, docs.length);
  if (docScale > 1) estimated.push('topic', 'person', 'place', 'year', 'histogram');
  ctx.deadline?.check();
  fillHits(ctx, docs);
  const lean = idsIn('temp.search_hits');
  // The documents' own columns (date, place) from their small copy (facet-values.ts).
  const facts: DocumentSource = {
    from: `temp.search_hits h CROSS JOIN ${DOC_FACTS_TABLE} d ON d.id = h.id`,
    where: { sql: 'WHERE 1', params: [] },
    idsFirst: true,
  };
  const accepts = (kind: string) => ({ table: ACCEPTS_TABLE, kind });
  const topic = counted(ctx, countPairs([facetPairs('topic', lean)], { limit: TOP, accepts: accepts('topic') }), docScale);
  const person = counted(ctx, countPairs([facetPairs('person', lean)], { limit: TOP, accepts: accepts('person') }), docScale);
  const place = counted(
    ctx,
    countPairs([facetPairs('place', facts), facetPairs('geography', lean)], { limit: TOP, accepts: accepts('place') }),
    docScale,
  );
  ctx.deadline?.check();
  const monthRows = ctx.prepare(`SELECT substr(d.date, 1, 7), count(*) FROM ${facts.from} GROUP BY 1`).raw().all() as [
    string | null,
    number,
  ][];
  const months = new Map<string, number>();
  let undated = 0;
  for (const [month, n] of monthRows) {
    const c = docScale === 1 ? n : roughly(n * docScale);
    if (month && /^\d{4}-\d{2}$/.test(month)) months.set(month, c);
    else undated += c;
  }
  const years = new Map<string, number>();
  for (const [month, n] of months) years.set(month.slice(0, 4), (years.get(month.slice(0, 4)) ?? 0) + n);
  const year = [...years.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1))
    .slice(0, TOP)
    .map(([value, count]) => ({ value, count }));
  const turns = turnCounts(ctx, rs, { exact, estimated, docs, docScale }, speakers);
  const facets: SearchFacets = { speaker: turns.speaker, topic, person, place, year };
  return {
    total,
    totalTurns: turns.totalTurns,
    documentsWithTurns: turns.documentsWithTurns,
    facets,
    histogram: histogramOf({ months, undated }),
    estimated,
  };
}

interface TurnFigures {
  totalTurns: number;
  documentsWithTurns: number;
  speaker: SearchFacetCount[];
}

/** How the documents were counted: all of them (docScale 1), or `docs`, an even sample of them. */
interface Counting {
  exact: boolean;
  estimated: Estimated;
  docs: number[];
  docScale: number;
}

function turnCounts(ctx: ResultContext, rs: ResultSet, counting: Counting, speakers: () => string): TurnFigures {
  const { exact, estimated, docScale } = counting;
  const plan = rs.plan;
  const hits = rs.turnHits;
  const total = rs.total;
  const speakerOf = (pairs: SqlPart, scale: number): SearchFacetCount[] =>
    counted(ctx, countPairs([pairs], { limit: TOP, accepts: { table: ACCEPTS_TABLE, kind: 'speaker' } }), scale);
  // Turn mode: the speakers' matching turns are known; without speaker:, turns matching the words.
  let totalTurns = 0;
  let documentsWithTurns = 0;
  if (hits) {
    for (const id of rs.ids()) totalTurns += hits.turns.get(id)?.length ?? 0;
    documentsWithTurns = total;
  }
  if (!plan.bodyMatch) {
    // No words: without speaker: no turn is a match (the documents are matched by their fields), so
    // the turn counts stay 0; and speaker:"value" then asks for any turn by that speaker, so the
    // speaker facet counts the documents' own speakers (over search_hits, as the other facets).
    if (docScale > 1) estimated.push('speaker');
    const pairs: SqlPart = {
      sql: `SELECT p.document_id, ${SPEAKER_KEY_SQL('p.label', 'p.person')} AS value FROM temp.search_hits d CROSS JOIN document_speakers p ON p.document_id = d.id`,
      params: [],
    };
    return { totalTurns, documentsWithTurns, speaker: speakerOf(pairs, docScale) };
  }
  const body = plan.bodyMatch;
  let matched = total <= EXACT_DOCS || exact ? turnsIn(ctx, rs, body, rs.ids(), exact) : null;
  let turnScale = 1;
  // Every document that has a turn holding the words matches them as a whole, unless title: or an exclusion narrows it.
  const every = rs.isWholeMatch && !plan.titleMatch && !plan.negated;
  const read = matched ? null : readTurns(ctx, rs, body, { docs: counting.docs, every });
  if (read) {
    // Every matching turn read: the turn counts are exact, and so is the speaker facet over as many
    // turns as the edge sample reads; over more, it counts the sampled documents' turns.
    const few = read.all.length <= 2 * EDGE_TURNS;
    matched = few ? read.all : read.sampled;
    turnScale = few ? 1 : docScale;
  } else if (!matched) {
    const sample = edgeSample(ctx, body, every ? null : rs.ids());
    matched = sample.turns;
    // Only documents with turns can have matching ones: the sample stands for those.
    let withTurns = 0;
    if (every) withTurns = ctx.ranges.documents;
    else for (const id of rs.ids()) if ((ctx.meta.docs.get(id)?.turnCount ?? 0) > 0) withTurns++;
    turnScale = withTurns / Math.max(1, sample.covered);
  }
  if (!hits && read) {
    totalTurns = read.all.length;
    documentsWithTurns = read.documents;
  } else if (!hits) {
    const docsWith = new Set(matched.map((t) => ctx.ranges.docOf(t)));
    totalTurns = matched.length;
    documentsWithTurns = docsWith.size;
    if (turnScale !== 1) {
      // Counting every matching turn of words this frequent would take as long as reading them.
      totalTurns = roughly(totalTurns * turnScale);
      documentsWithTurns = Math.min(total, roughly(documentsWithTurns * turnScale));
      estimated.push('totalTurns', 'documentsWithTurns');
    }
  }
  // The speaker facet reads the speaker of each matching turn: over too many, those of a sample of documents.
  let speakerScale = turnScale;
  if (!exact && matched.length > EXACT_SPEAKER_TURNS) {
    const withTurns = [...new Set(matched.map((t) => ctx.ranges.docOf(t) as number))].sort((a, b) => a - b);
    const keep = new Set(spread(withTurns, Math.ceil((withTurns.length * EXACT_SPEAKER_TURNS) / matched.length)));
    matched = matched.filter((t) => keep.has(ctx.ranges.docOf(t) as number));
    speakerScale = turnScale * (withTurns.length / keep.size);
  }
  if (speakerScale !== 1) estimated.push('speaker');
  // A few turns are read from the turns table; more from the table of every turn's speaker (built
  // once). The turns are read straight from their list: copying tens of thousands of ids into a
  // table first cost more than the count (0.4 µs each), and they are read only once.
  const listed = [JSON.stringify(matched)];
  const pairs: SqlPart =
    matched.length <= FEW_TURNS
      ? {
          sql: `SELECT t.document_id, ${SPEAKER_KEY_SQL('t.speaker', 'p.person')} AS value FROM json_each(?) th CROSS JOIN turns t ON t.id = th.value
                JOIN document_speakers p ON p.document_id = t.document_id AND p.label = t.speaker`,
          params: listed,
        }
      : {
          sql: `SELECT s.document_id, s.speaker AS value FROM json_each(?) th CROSS JOIN ${speakers()} s ON s.id = th.value`,
          params: listed,
        };
  return { totalTurns, documentsWithTurns, speaker: speakerOf(pairs, speakerScale) };
}
