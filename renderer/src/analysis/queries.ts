/**
 * The searches a research view opens in Search or the concordance, written in the search
 * language: a trend point's period, a person's words, a collocate near the term. Pure.
 */

/** A series of a trend: its query, and its speaker when split. */
export interface SeriesQuery {
  query: string;
  group: string | null;
}

/** A field's value as the search language writes it: quoted, without quotes of its own. */
export const quoted = (value: string): string => `"${value.replace(/"/g, '').trim()}"`;

/** The query without its date and year fields (a point's period takes their place). */
export const withoutDates = (query: string): string =>
  query
    .replace(/(^|\s)(date|year):("[^"]*"|\S*)/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The search behind one point: the series' query, its speaker when split, within the point's period. */
export function pointQuery(series: SeriesQuery, bin: string): string {
  return [withoutDates(series.query), series.group ? `speaker:${quoted(series.group)}` : '', `date:${bin}`].filter(Boolean).join(' ');
}

/** The search for what a person says: the query (if any) said by them. */
export const personQuery = (query: string, person: string): string => [query.trim(), `speaker:${quoted(person)}`].filter(Boolean).join(' ');

/** The query with the word near it: NEAR for a single word or phrase, else both in one turn (NEAR takes no fields or groups). */
export function nearQuery(query: string, word: string, span: number): string {
  const single = /^("[^"]+"|[^\s":()]+)$/.test(query.trim());
  return single ? `${query.trim()} NEAR/${span} ${word}` : `${query.trim()} ${word}`;
}
