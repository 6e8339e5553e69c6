/** The speakers table's order and its CSV and JSON. Pure. */
import type { SpeakerRowJson } from '../../../shared/contract/api';
import { toCsv, toJson } from './csv';

export type SpeakerColumn = 'person' | 'matches' | 'per10k' | 'documents' | 'turns' | 'words' | 'first' | 'last';
export interface SpeakerSort {
  column: SpeakerColumn;
  direction: 'asc' | 'desc';
}

/** Sorted by a column; blanks (no date, no rate) always last; ties by name. */
export function sortSpeakers(rows: SpeakerRowJson[], sort: SpeakerSort): SpeakerRowJson[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[sort.column];
    const y = b[sort.column];
    if (x === null && y !== null) return 1;
    if (y === null && x !== null) return -1;
    const order = typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y) : Number(x) - Number(y);
    return order !== 0 && !Number.isNaN(order) ? order * sign : a.person.localeCompare(b.person);
  });
}

export const SPEAKERS_CSV_HEADER = ['person', 'matches', 'per_10k_words', 'documents', 'turns', 'words', 'first', 'last'];

export function speakersCsv(rows: SpeakerRowJson[]): string {
  return toCsv(
    SPEAKERS_CSV_HEADER,
    rows.map((r) => [
      r.person,
      r.matches,
      r.per10k === null ? null : Number(r.per10k.toFixed(4)),
      r.documents,
      r.turns,
      r.words,
      r.first,
      r.last,
    ]),
  );
}

/**
 * The JSON export: the command line's `speakers --json` shape, `{"total", "speakers": [...]}`, the
 * rows in the table's order, with the query they count (null for everyone's table).
 */
export function speakersJson(query: string, total: number, rows: SpeakerRowJson[]): string {
  return toJson({
    query: query || null,
    total,
    speakers: rows.map(({ person, documents, turns, words, matches, per10k, first, last }) => ({
      person,
      documents,
      turns,
      words,
      matches,
      per10k,
      first,
      last,
    })),
  });
}
