/**
 * The one facet model: each facet kind is a relation between documents and values,
 * written once here in SQL and counted in SQL, for the library (the documents its filter selects)
 * and for search (the documents of a result). Pure: it returns SQL text and parameters.
 *
 *   year       the year of the date ('Undated' without one)
 *   topic, person, geography   the document's tags of that kind
 *   speaker    the document's speakers, each resolved to a person (the label when it names none)
 *   place      the place the document was given at
 *
 * A count is always "documents", never rows: a value counts each document once. Search reads its
 * `place:` field over places and geography tags alike, so its place facet is the union of both
 * relations; and a search value stands for every value that holds its words (place:Moscow also
 * finds "The Kremlin, Moscow"), so search counts go through a table of accepted values
 * (archive/search/facet-values.ts) that says which stored values each shown value stands for.
 */
import type { FacetKind } from '../../shared/contract/api';

export interface SqlPart {
  sql: string;
  params: (string | number)[];
}

/** The value that stands for documents without a date in the year facet. */
export const UNDATED = 'Undated';

export const FACET_KINDS: FacetKind[] = ['year', 'topic', 'person', 'geography', 'speaker', 'place'];

const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/** How one kind's values attach to documents `d`: a table joined as `p`, or a column of `d`. */
interface Relation {
  join: SqlPart | null;
  value: string;
  /** A condition every pair meets (documents without a place have no place value). */
  present: string | null;
}

export function relation(kind: FacetKind): Relation {
  switch (kind) {
    case 'year':
      return { join: null, value: `coalesce(substr(d.date, 1, 4), '${UNDATED}')`, present: null };
    case 'topic':
    case 'person':
    case 'geography':
      return { join: { sql: 'JOIN tags p ON p.document_id = d.id AND p.kind = ?', params: [kind] }, value: 'p.value', present: null };
    case 'speaker':
      return { join: { sql: 'JOIN document_speakers p ON p.document_id = d.id', params: [] }, value: 'p.speaker', present: null };
    case 'place':
      return { join: null, value: 'd.place', present: 'd.place IS NOT NULL' };
  }
}

/** Documents `d` that have any of the values (OR within a facet): the library's selection. */
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
      return {
        sql: `d.id IN (SELECT document_id FROM document_speakers WHERE speaker IN (${placeholders(values.length)}))`,
        params: values,
      };
    case 'place':
      return { sql: `d.place IN (${placeholders(values.length)})`, params: values };
  }
}

/**
 * Where the counted documents come from: `documents d` filtered by a WHERE clause (the library),
 * or a table of document ids joined to documents (search: `temp.search_hits h CROSS JOIN documents d`,
 * the ids first so that a small result reads only its own rows).
 */
export interface DocumentSource {
  from: string;
  where: SqlPart;
  /** Read the source's rows first (a small list of ids) rather than let the planner choose. */
  idsFirst?: boolean;
}

export const ALL_DOCUMENTS: DocumentSource = { from: 'documents d', where: { sql: 'WHERE 1', params: [] } };

/** The documents listed in a table of ids (a column `id`). */
export function documentsIn(table: string): DocumentSource {
  return { from: `${table} h CROSS JOIN documents d ON d.id = h.id`, where: { sql: 'WHERE 1', params: [] }, idsFirst: true };
}

/**
 * The documents listed in a table of ids, as `d` itself: serves the relations that read only d.id
 * (tags, speakers) without reading the documents' rows.
 */
export function idsIn(table: string): DocumentSource {
  return { from: `${table} d`, where: { sql: 'WHERE 1', params: [] }, idsFirst: true };
}

/** The (document_id, value) pairs of one kind over the documents of a source. */
export function facetPairs(kind: FacetKind, docs: DocumentSource): SqlPart {
  const r = relation(kind);
  const join = r.join ? ` ${docs.idsFirst ? 'CROSS ' : ''}${r.join.sql}` : '';
  const present = r.present ? ` AND ${r.present}` : '';
  return {
    sql: `SELECT d.id AS document_id, ${r.value} AS value FROM ${docs.from}${join} ${docs.where.sql}${present}`,
    params: [...(r.join?.params ?? []), ...docs.where.params],
  };
}

export interface CountOptions {
  limit: number;
  /** Count only these values (a selected value outside the top ones). */
  only?: string[];
  /** Most documents first (default), or by value, newest year first with 'Undated' last. */
  order?: 'count' | 'value';
  /**
   * A table (kind, accepted, value) saying which stored values each shown value stands for: the
   * count of a shown value is then the documents having any value it accepts. Search only.
   */
  accepts?: { table: string; kind: string };
  /** A document may appear in several pairs with one value (speakers under several labels); implied by a union or accepts. */
  repeats?: boolean;
}

/**
 * Counts documents per value over the union of pair relations (one SqlPart each, from facetPairs or
 * any SELECT of document_id, value): one statement shape for every facet the program shows.
 */
export function countPairs(pairs: SqlPart[], options: CountOptions): SqlPart {
  const union = pairs.map((p) => p.sql).join(' UNION ALL ');
  const params: (string | number)[] = pairs.flatMap((p) => p.params);
  const accepts = options.accepts;
  const value = accepts ? 'a.value' : 'x.value';
  const distinct = options.repeats || accepts || pairs.length > 1 ? 'DISTINCT ' : '';
  let sql = `SELECT ${value} AS value, count(${distinct}x.document_id) AS count FROM (${union}) x`;
  if (accepts) {
    // CROSS JOIN: the pairs first, each looked up in the accepted values (never the reverse).
    sql += ` CROSS JOIN ${accepts.table} a ON a.kind = ? AND a.accepted = x.value`;
    params.push(accepts.kind);
  }
  if (options.only) {
    sql += ` WHERE ${value} IN (${placeholders(options.only.length)})`;
    params.push(...options.only);
  }
  const order = options.order === 'value' ? `value = '${UNDATED}', value DESC` : 'count DESC, value';
  sql += ` GROUP BY ${value} ORDER BY ${order} LIMIT ?`;
  params.push(options.limit);
  return { sql, params };
}
