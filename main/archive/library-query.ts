/**
 * Builds the library's SQL from a filter: AND across facets, OR within one, a date
 * range, a title text and a collection. Pure: it returns SQL text and parameters,
 * so the facet logic is tested without a database.
 */
import type { FacetKind, LibraryFilter, LibrarySort } from '../../preload/api';

export interface SqlPart {
  sql: string;
  params: (string | number)[];
}

/** The value that stands for documents without a date in the year facet. */
export const UNDATED = 'Undated';

const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/** One facet's condition on documents `d`: any of its values (OR). */
export function facetCondition(kind: FacetKind, values: string[]): SqlPart | null {
  if (values.length === 0) return null;
  switch (kind) {
    case 'year': {
      const years = values.filter((v) => v !== UNDATED);
      const parts: string[] = [];
      if (years.length) parts.push(`substr(d.date, 1, 4) IN (${placeholders(years.length)})`);
      if (years.length < values.length) parts.push('d.date IS NULL');
      return { sql: parts.length > 1 ? `(${parts.join(' OR ')})` : parts[0], params: years };
    }
    case 'topic':
    case 'person':
    case 'geography':
      return {
        sql: `d.id IN (SELECT document_id FROM tags WHERE kind = ? AND value IN (${placeholders(values.length)}))`,
        params: [kind, ...values],
      };
    case 'speaker':
      return { sql: `d.id IN (SELECT document_id FROM document_speakers WHERE speaker IN (${placeholders(values.length)}))`, params: values };
    case 'place':
      return { sql: `d.place IN (${placeholders(values.length)})`, params: values };
  }
}

export const FACET_KINDS: FacetKind[] = ['year', 'topic', 'person', 'geography', 'speaker', 'place'];

export interface WhereOptions {
  /** Leave this facet out (its own counts stay OR-able). */
  exceptFacet?: FacetKind;
  /** Leave the date range out (the timeline shows what brushing could select). */
  exceptRange?: boolean;
}

/** The WHERE clause (always starts "WHERE", "WHERE 1" when nothing is filtered). */
export function buildWhere(filter: LibraryFilter, options: WhereOptions = {}): SqlPart {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  const add = (part: SqlPart | null): void => {
    if (!part) return;
    parts.push(part.sql);
    params.push(...part.params);
  };
  for (const kind of FACET_KINDS) {
    if (kind === options.exceptFacet) continue;
    add(facetCondition(kind, filter.facets?.[kind] ?? []));
  }
  if (!options.exceptRange) {
    if (filter.from) add({ sql: 'd.date >= ?', params: [filter.from] });
    if (filter.to) add({ sql: 'd.date <= ?', params: [filter.to] });
  }
  const text = filter.text?.trim();
  if (text) {
    add({ sql: "(d.title LIKE ? ESCAPE '\\' OR d.main_speakers LIKE ? ESCAPE '\\')", params: [likePattern(text), likePattern(text)] });
  }
  if (filter.collection !== undefined) {
    add({ sql: 'd.id IN (SELECT document_id FROM collection_documents WHERE collection_id = ?)', params: [filter.collection] });
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : 'WHERE 1', params };
}

/** "50%_off" -> "%50\%\_off%" : a LIKE pattern that matches the text literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** ORDER BY for a sort; empty values always last, ties broken by date then id. */
export function buildOrder(sort: LibrarySort): string {
  const dir = sort.direction === 'asc' ? 'ASC' : 'DESC';
  const byDate = `d.date IS NULL, d.date ${dir}, d.time IS NULL, d.time ${dir}, d.id ${dir}`;
  switch (sort.column) {
    case 'date':
      return `ORDER BY ${byDate}`;
    case 'title':
      return `ORDER BY d.title COLLATE NOCASE ${dir}, d.date DESC, d.id DESC`;
    case 'place':
      return `ORDER BY d.place IS NULL, d.place COLLATE NOCASE ${dir}, d.date DESC, d.id DESC`;
    case 'turns':
      return `ORDER BY d.turn_count ${dir}, d.date DESC, d.id DESC`;
    case 'speakers':
      return `ORDER BY d.main_speakers IS NULL, d.main_speakers COLLATE NOCASE ${dir}, d.date DESC, d.id DESC`;
  }
}

/** The counts of one facet's values among the documents the other filters select. */
export function facetCountQuery(kind: FacetKind, filter: LibraryFilter, limit: number, only?: string[]): SqlPart {
  const where = buildWhere(filter, { exceptFacet: kind });
  const restrict = (column: string): SqlPart =>
    only ? { sql: ` AND ${column} IN (${placeholders(only.length)})`, params: only } : { sql: '', params: [] };
  let sql: string;
  let params: (string | number)[];
  switch (kind) {
    case 'year': {
      const r = restrict(`coalesce(substr(d.date, 1, 4), '${UNDATED}')`);
      sql = `SELECT coalesce(substr(d.date, 1, 4), '${UNDATED}') AS value, count(*) AS count FROM documents d ${where.sql}${r.sql}
             GROUP BY value ORDER BY value = '${UNDATED}', value DESC LIMIT ?`;
      params = [...where.params, ...r.params, limit];
      break;
    }
    case 'topic':
    case 'person':
    case 'geography': {
      const r = restrict('t.value');
      sql = `SELECT t.value AS value, count(*) AS count FROM tags t JOIN documents d ON d.id = t.document_id
             ${where.sql} AND t.kind = ?${r.sql} GROUP BY t.value ORDER BY count DESC, value LIMIT ?`;
      params = [...where.params, kind, ...r.params, limit];
      break;
    }
    case 'speaker': {
      const r = restrict('s.speaker');
      sql = `SELECT s.speaker AS value, count(DISTINCT s.document_id) AS count FROM document_speakers s JOIN documents d ON d.id = s.document_id
             ${where.sql}${r.sql} GROUP BY s.speaker ORDER BY count DESC, value LIMIT ?`;
      params = [...where.params, ...r.params, limit];
      break;
    }
    case 'place': {
      const r = restrict('d.place');
      sql = `SELECT d.place AS value, count(*) AS count FROM documents d ${where.sql} AND d.place IS NOT NULL${r.sql}
             GROUP BY d.place ORDER BY count DESC, value LIMIT ?`;
      params = [...where.params, ...r.params, limit];
      break;
    }
  }
  return { sql, params };
}

/** Documents per month ("2019-11") among those the filter selects, the date range left out. */
export function timelineQuery(filter: LibraryFilter): SqlPart {
  const where = buildWhere(filter, { exceptRange: true });
  return {
    sql: `SELECT substr(d.date, 1, 7) AS month, count(*) AS count FROM documents d ${where.sql} AND d.date IS NOT NULL
          GROUP BY month ORDER BY month`,
    params: where.params,
  };
}
