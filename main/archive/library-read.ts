/** The library's read queries: faceted document lists, facet counts, the timeline, suggestions. */
import type { Database } from 'better-sqlite3';
import type {
  Annotation,
  Collection,
  FacetCount,
  FacetKind,
  FacetsResult,
  LibraryFilter,
  LibraryRow,
  LibrarySort,
  SavedFilter,
  SpeakerFigureView,
  Suggestions,
} from '../../shared/contract/api';
import { buildOrder, buildWhere, FACET_KINDS, facetCountQuery, likePattern, timelineQuery } from './library-query';
import { personTagNamer } from './persons';

/** Every matching document's id in display order (ints are light: 50,000 of them are ~300 KB). */
export function queryIds(db: Database, filter: LibraryFilter, sort: LibrarySort): { total: number; ids: number[] } {
  const where = buildWhere(filter);
  const ids = db
    .prepare(`SELECT d.id FROM documents d ${where.sql} ${buildOrder(sort)}`)
    .pluck()
    .all(...where.params) as number[];
  return { total: ids.length, ids };
}

/** The table's light rows for the given ids, in the order asked for. */
export function rowsByIds(db: Database, ids: number[]): LibraryRow[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT id, title, date, time, place, turn_count AS turnCount, main_speakers AS mainSpeakers
       FROM documents WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as LibraryRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Person tags labelled as the person model shows those persons; the stored value still selects. */
function withPersonNames(db: Database, counts: FacetCount[]): FacetCount[] {
  const name = personTagNamer(db);
  return counts.map((c) => {
    const label = name(c.value);
    return label === c.value ? c : { ...c, label };
  });
}

/** Counts for every facet (each with the other facets applied), the total, and documents per month. */
export function facets(db: Database, filter: LibraryFilter, limit: number): FacetsResult {
  const result = {} as Record<FacetKind, FacetCount[]>;
  for (const kind of FACET_KINDS) {
    const q = facetCountQuery(kind, filter, limit);
    const counts = db.prepare(q.sql).all(...q.params) as FacetCount[];
    // A selected value stays listed (with its count) even when it is not among the top ones.
    const selected = filter.facets?.[kind] ?? [];
    const missing = selected.filter((v) => !counts.some((c) => c.value === v));
    if (missing.length) {
      const m = facetCountQuery(kind, filter, missing.length, missing);
      const found = db.prepare(m.sql).all(...m.params) as FacetCount[];
      for (const v of missing) counts.push(found.find((f) => f.value === v) ?? { value: v, count: 0 });
    }
    result[kind] = kind === 'person' ? withPersonNames(db, counts) : counts;
  }
  const where = buildWhere(filter);
  const total = (db.prepare(`SELECT count(*) AS n FROM documents d ${where.sql}`).get(...where.params) as { n: number }).n;
  const t = timelineQuery(filter);
  const timeline = db.prepare(t.sql).all(...t.params) as { month: string; count: number }[];
  return { total, facets: result, timeline };
}

/** What the command palette offers for a few typed letters: documents, speakers, tags. */
export function suggest(db: Database, text: string): Suggestions {
  const q = text.trim();
  if (!q) return { documents: [], speakers: [], tags: [] };
  const pattern = likePattern(q);
  const documents = db
    .prepare(
      `SELECT id, title, date FROM documents WHERE title LIKE ? ESCAPE '\\'
       ORDER BY date IS NULL, date DESC, id DESC LIMIT 8`,
    )
    .all(pattern) as Suggestions['documents'];
  const speakers = db
    .prepare(
      `SELECT speaker AS value, count(DISTINCT document_id) AS count FROM document_speakers WHERE speaker LIKE ? ESCAPE '\\'
       GROUP BY speaker ORDER BY count DESC LIMIT 6`,
    )
    .all(pattern) as FacetCount[];
  const tags = db
    .prepare(
      `SELECT kind, value, count(*) AS count FROM tags WHERE value LIKE ? ESCAPE '\\'
       GROUP BY kind, value ORDER BY count DESC LIMIT 8`,
    )
    .all(pattern) as Suggestions['tags'];
  return { documents, speakers, tags };
}

export function speakersOf(db: Database, documentId: number): SpeakerFigureView[] {
  return db
    .prepare(
      `SELECT label, person, role, speaker, turns, words, first_idx AS firstIdx FROM document_speakers
       WHERE document_id = ? ORDER BY words DESC, first_idx`,
    )
    .all(documentId) as SpeakerFigureView[];
}

export function listAnnotations(db: Database, documentId: number | null): Annotation[] {
  return db
    .prepare(
      `SELECT a.id, a.document_id AS documentId, d.title AS documentTitle, d.date AS documentDate, a.turn_idx AS turnIdx,
              a.paragraph, a.start, a.end, a.quote, a.note, a.created_at AS createdAt, a.updated_at AS updatedAt
       FROM annotations a JOIN documents d ON d.id = a.document_id
       WHERE ? IS NULL OR a.document_id = ?
       ORDER BY ${documentId === null ? 'a.updated_at DESC' : 'a.turn_idx, a.paragraph, a.start'}`,
    )
    .all(documentId, documentId) as Annotation[];
}

export function listCollections(db: Database): Collection[] {
  return db
    .prepare(
      `SELECT c.id, c.name, (SELECT count(*) FROM collection_documents cd WHERE cd.collection_id = c.id) AS count
       FROM collections c ORDER BY c.name COLLATE NOCASE`,
    )
    .all() as Collection[];
}

export function listSavedFilters(db: Database): SavedFilter[] {
  const rows = db.prepare('SELECT id, name, filter FROM saved_filters ORDER BY name COLLATE NOCASE').all() as {
    id: number;
    name: string;
    filter: string;
  }[];
  return rows.map((r) => ({ id: r.id, name: r.name, filter: JSON.parse(r.filter) as LibraryFilter }));
}

/** The batch of the most recent delete still in the trash, or null. */
export function lastDeleteBatch(db: Database): string | null {
  const row = db.prepare('SELECT batch FROM trash GROUP BY batch ORDER BY max(id) DESC LIMIT 1').get() as { batch: string } | undefined;
  return row?.batch ?? null;
}
