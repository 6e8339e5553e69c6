/**
 * Builds the library's SQL from a filter: AND across facets, OR within one, a date
 * range, a title text and a collection. Pure: it returns SQL text and parameters,
 * so the facet logic is tested without a database.
 */
import type { FacetKind, LibraryFilter, LibrarySort } from '../../shared/contract/api';
import { countPairs, FACET_KINDS, facetCondition, facetPairs, type SqlPart } from './facet-model';

export type { SqlPart } from './facet-model';
export { FACET_KINDS, UNDATED, facetCondition } from './facet-model';

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

/** The counts of one facet's values among the documents the other filters select (facet-model.ts). */
export function facetCountQuery(kind: FacetKind, filter: LibraryFilter, limit: number, only?: string[]): SqlPart {
  const pairs = facetPairs(kind, { from: 'documents d', where: buildWhere(filter, { exceptFacet: kind }) });
  return countPairs([pairs], { limit, only, order: kind === 'year' ? 'value' : 'count', repeats: kind === 'speaker' });
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
