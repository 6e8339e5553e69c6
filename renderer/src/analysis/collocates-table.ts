/** The collocates list as CSV and JSON. Pure. */
import type { CollocatesResult } from '../../../shared/contract/api';
import { toCsv, toJson } from './csv';

export type CollocatesOk = Extract<CollocatesResult, { status: 'ok' }>;
export type Collocate = CollocatesOk['collocates'][number];

/** What the list was asked for: the query, the words each side, and whether function words were kept. */
export interface CollocatesAsked {
  query: string;
  window: number;
  stopwords: boolean;
}

export const COLLOCATES_CSV_HEADER = ['word', 'count_near', 'count_in_archive', 'g2'];

export function collocatesCsv(rows: Collocate[]): string {
  return toCsv(
    COLLOCATES_CSV_HEADER,
    rows.map((c) => [c.word, c.count, c.corpus, Number(c.g2.toFixed(2))]),
  );
}

/**
 * The JSON export: the command line's `collocates --json` shape (`{"matches", "sampled",
 * "collocates": [{"word", "count", "corpus", "g2"}]}`) with what was asked: the query, the window
 * and the function-word choice.
 */
export function collocatesJson(asked: CollocatesAsked, result: Pick<CollocatesOk, 'matches' | 'sampled' | 'collocates'>): string {
  return toJson({
    query: asked.query,
    window: asked.window,
    stopwords: asked.stopwords,
    measure: 'g2',
    matches: result.matches,
    sampled: result.sampled,
    collocates: result.collocates.map(({ word, count, corpus, g2 }) => ({ word, count, corpus, g2 })),
  });
}
