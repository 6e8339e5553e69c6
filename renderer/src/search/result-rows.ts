/**
 * The documents a search finds as a table: one row per document, in the search's order, with
 * where it matched, how many of its turns match, its first snippet as plain text, and the
 * citation columns (its address and the source's attribution) that say where it comes from.
 * Rows for the CSV and the JSON export. Pure.
 */
import type { SearchGroup } from '../../../shared/contract/api';
import type { Cell } from '../analysis/csv';
import type { CitationColumns } from '../analysis/kwic-text';

/** Whitespace of any kind (line breaks in a turn) as one space. */
const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

export interface ResultRow {
  documentId: number;
  title: string;
  date: string | null;
  place: string | null;
  url: string | null;
  matchedIn: string[];
  matchingTurns: number;
  snippet: string;
  attribution: string | null;
}

export const RESULTS_CSV_HEADER = [
  'document_id',
  'title',
  'date',
  'place',
  'url',
  'matched_in',
  'matching_turns',
  'snippet',
  'attribution',
];

export function resultRow(group: SearchGroup, cite: CitationColumns | undefined): ResultRow {
  return {
    documentId: group.documentId,
    title: group.title,
    date: group.date,
    place: group.place,
    url: cite?.url ?? null,
    matchedIn: group.matchedIn,
    matchingTurns: group.matchingTurns,
    snippet: flat(group.snippet.text),
    attribution: cite?.attribution ?? null,
  };
}

export const resultCsvRow = (r: ResultRow): Cell[] => [
  r.documentId,
  r.title,
  r.date,
  r.place,
  r.url,
  r.matchedIn.join('; '),
  r.matchingTurns,
  r.snippet,
  r.attribution,
];

export interface ResultsExport {
  query: string;
  sort: 'relevance' | 'date';
  /** Every document the search finds. */
  total: number;
  /** The documents in the file (the first `exported` of them, in the search's order). */
  exported: number;
  /** null, or for a relevance order of a very large result: among how many of its newest documents it was ranked. */
  rankedAmong: number | null;
  documents: ResultRow[];
}

/** The JSON export; `matchedIn` stays a list there. */
export function resultsJson(query: string, sort: 'relevance' | 'date', total: number, rows: ResultRow[], rankedAmong: number | null) {
  const out: ResultsExport = { query, sort, total, exported: rows.length, rankedAmong, documents: rows };
  return out;
}
