/**
 * A trend answer made ready to draw and to export: periods as times on a date axis, the
 * series' names, the search that shows the documents behind one point, and the CSV and JSON. Pure.
 */
import type { TrendResult } from '../../../shared/contract/api';
import { toCsv, toJson } from './csv';

export type TrendOk = Extract<TrendResult, { status: 'ok' }>;
export type TrendSeries = TrendOk['series'][number];

/** "2019" or "2019-11" as seconds since 1970 (UTC) at the start of the period, as uPlot's time axis counts. */
export function binTime(bin: string): number {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(bin);
  if (!m) return Number.NaN;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, 1) / 1000;
}

export const seriesLabel = (s: Pick<TrendSeries, 'query' | 'group'>): string => (s.group ? `${s.query} — ${s.group}` : s.query);

/** The rows of the CSV export: one per period, with the words spoken and each series' count and rate. */
export function trendCsv(result: TrendOk): string {
  const header = [
    'period',
    'words',
    ...result.series.flatMap((s) => [`${seriesLabel(s)} (count)`, `${seriesLabel(s)} (per 10,000 words)`]),
  ];
  const rows = result.bins.map((bin, i) => [
    bin,
    result.words[i] ?? 0,
    ...result.series.flatMap((s) => [
      s.counts[i] ?? 0,
      s.per10k[i] === null || s.per10k[i] === undefined ? null : Number(s.per10k[i].toFixed(4)),
    ]),
  ]);
  return toCsv(header, rows);
}

/** What the numbers of a trend are, said in its JSON so that the file explains itself. */
export const TREND_SOURCE = 'Verbatim: occurrences in the archive’s transcripts, per 10,000 words spoken in each period';

/**
 * The JSON export: the command line's `trend --json` shape (bins, words, series with query, group,
 * counts and per10k, undated) with the period it counts by and what the numbers are.
 */
export function trendJson(result: TrendOk, by: 'year' | 'month'): string {
  const { bins, words, series, undated } = result;
  return toJson({
    by,
    source: TREND_SOURCE,
    bins,
    words,
    series: series.map(({ query, group, counts, per10k }) => ({ query, group, counts, per10k })),
    undated,
  });
}

/** A rate as a person reads it: two significant decimals under 10, one above. */
export function formatRate(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (value === 0) return '0';
  return value < 10 ? value.toPrecision(2) : value.toFixed(1);
}

/** The queries of a trend: the search's own first, then the further ones, blanks and repeats left out. */
export function trendQueries(query: string, terms: string[]): string[] {
  const all = [query, ...terms].map((q) => q.trim()).filter(Boolean);
  return [...new Set(all)].slice(0, 12);
}
