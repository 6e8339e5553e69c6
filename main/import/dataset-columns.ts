/**
 * Column mapping for datasets (CSV, TSV, JSON, JSON Lines): which source column
 * feeds which document field, a guess from common column names, and the
 * `--map field=column,…` argument of the CLI.
 */

import { DOCUMENT_FIELDS, type DocumentField } from '../../shared/contract/names';

/** The fields a dataset column can feed: the document fields of the contract. */
export const DATASET_FIELDS = DOCUMENT_FIELDS;
export type DatasetField = DocumentField;

/** field -> the source column name. */
export type ColumnMapping = Partial<Record<DatasetField, string>>;

/**
 * Column names each field answers to, best first, compared after
 * normalizeColumnName (case, spaces, underscores, dashes and dots ignored).
 * The order of the fields matters: a column taken by an earlier field is not
 * offered to a later one.
 */
const SYNONYMS: ReadonlyArray<readonly [DatasetField, readonly string[]]> = [
  [
    'text',
    [
      'text',
      'body',
      'transcript',
      'content',
      'speech',
      'fulltext',
      'bodytext',
      'maintext',
      'articletext',
      'speechtext',
      'transcripttext',
      'article',
      'contents',
    ],
  ],
  ['title', ['title', 'headline', 'heading', 'name', 'subject', 'eventtitle', 'documenttitle', 'speechtitle']],
  [
    'date',
    [
      'date',
      'published',
      'publicationdate',
      'publishdate',
      'publisheddate',
      'datepublished',
      'pubdate',
      'publishedat',
      'datetime',
      'eventdate',
      'speechdate',
      'timestamp',
      'created',
      'createdat',
      'day',
      'rawdate',
      'datestring',
      'datetext',
    ],
  ],
  ['time', ['time', 'clock', 'eventtime', 'starttime']],
  ['speaker', ['speaker', 'speakers', 'president', 'author', 'authors', 'orator', 'speakername']],
  ['place', ['place', 'location', 'city', 'venue', 'locality']],
  ['url', ['url', 'link', 'sourceurl', 'href', 'permalink', 'uri', 'pageurl', 'source', 'weburl']],
  ['summary', ['summary', 'lead', 'description', 'abstract', 'teaser', 'excerpt', 'subtitle', 'intro']],
  ['tags', ['tags', 'tag', 'keywords', 'keyword', 'labels', 'categories', 'category', 'sections']],
  ['topics', ['topics', 'topic', 'themes', 'theme', 'subjects']],
  ['persons', ['persons', 'people', 'person', 'participants', 'names']],
  ['geography', ['geography', 'geo', 'regions', 'region', 'countries', 'country', 'places']],
];

/** "Publication_Date " -> "publicationdate". */
export function normalizeColumnName(name: string): string {
  return name
    .replace(/^\ufeff/, '')
    .toLowerCase()
    .replace(/[\s_\-.]+/g, '');
}

export function isDatasetField(name: string): name is DatasetField {
  return (DATASET_FIELDS as readonly string[]).includes(name);
}

/** Guesses a mapping from the column names; each column feeds at most one field. */
export function guessMapping(columns: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  const normalized = columns.map((column) => ({ column, key: normalizeColumnName(column) }));
  for (const [field, names] of SYNONYMS) {
    for (const name of names) {
      const hit = normalized.find((c) => c.key === name && !used.has(c.column));
      if (hit) {
        mapping[field] = hit.column;
        used.add(hit.column);
        break;
      }
    }
  }
  return mapping;
}

/**
 * The fields a mapping still needs before rows can become documents: a
 * document needs a title or a text column. Returns [] when the mapping is
 * enough, else ['text', 'title'] (either one will do).
 */
export function missingRequired(mapping: ColumnMapping): DatasetField[] {
  const has = (field: DatasetField): boolean => typeof mapping[field] === 'string' && mapping[field] !== '';
  return has('title') || has('text') ? [] : ['text', 'title'];
}

/**
 * Finds the column a mapping names: the exact name first, then the same name
 * ignoring case, spaces and underscores. null when the file has no such column.
 */
export function resolveColumn(columns: string[], name: string): string | null {
  if (columns.includes(name)) return name;
  const key = normalizeColumnName(name);
  return columns.find((column) => normalizeColumnName(column) === key) ?? null;
}

/**
 * Explicit choices first, guesses for the fields left open (using only columns
 * the explicit choices did not take). Columns named in `explicit` that the
 * file does not have are reported in `unknown`.
 */
export function completeMapping(columns: string[], explicit: ColumnMapping | undefined): { mapping: ColumnMapping; unknown: string[] } {
  const mapping: ColumnMapping = {};
  const unknown: string[] = [];
  const used = new Set<string>();
  for (const field of DATASET_FIELDS) {
    const wanted = explicit?.[field];
    if (typeof wanted !== 'string' || wanted.trim() === '') continue;
    const column = resolveColumn(columns, wanted.trim());
    if (column === null) unknown.push(`${field}=${wanted}`);
    else {
      mapping[field] = column;
      used.add(column);
    }
  }
  const guessed = guessMapping(columns.filter((column) => !used.has(column)));
  for (const field of DATASET_FIELDS) {
    const column = guessed[field];
    if (mapping[field] === undefined && column !== undefined) mapping[field] = column;
  }
  return { mapping, unknown };
}

/**
 * Reads the CLI flag value `text=body,date=published` (field names are
 * case-insensitive; column names are kept as written, trimmed).
 */
export function parseMapArg(arg: string): ColumnMapping | { error: string } {
  const known = DATASET_FIELDS.join(', ');
  if (arg.trim() === '') {
    return { error: `--map needs field=column pairs, e.g. --map text=body,title=heading (fields: ${known})` };
  }
  const mapping: ColumnMapping = {};
  for (const part of arg.split(',')) {
    const entry = part.trim();
    if (entry === '') continue;
    const eq = entry.indexOf('=');
    if (eq < 0) {
      return { error: `--map: "${entry}" is not field=column (e.g. text=body)` };
    }
    const field = entry.slice(0, eq).trim().toLowerCase();
    const column = entry.slice(eq + 1).trim();
    if (!isDatasetField(field)) {
      return { error: `--map: unknown field "${entry.slice(0, eq).trim()}"; known fields: ${known}` };
    }
    if (column === '') return { error: `--map: no column given for "${field}"` };
    if (mapping[field] !== undefined) return { error: `--map: "${field}" is given twice` };
    mapping[field] = column;
  }
  if (Object.keys(mapping).length === 0) {
    return { error: `--map needs field=column pairs, e.g. --map text=body,title=heading (fields: ${known})` };
  }
  return mapping;
}
