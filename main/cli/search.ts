/**
 * `verbatim search "<query>" --archive <file> [--json] [--limit N] [--sort date|relevance]`
 *
 * JSON (a public interface: extend, never break):
 *   { total, totalTurns, documentsWithTurns, hits: [{ documentId, title, date, place, turnIndex, speaker,
 *     snippet, highlights, matchedIn }], facets: { speaker, topic, person, place, year: [{ value, count }] },
 *     histogram: { unit, buckets, before, after, undated }, didYouMean, estimated, rankedAmong }
 * `total` counts matching documents; totalTurns the turns that hold the query by themselves,
 * in documentsWithTurns of them (the others hold the words in title, lead or across turns). The
 * CLI counts everything exactly (`estimated` is then empty). Each facet count is what the query
 * refined by that value finds. Hits are turn-level, at most --limit (default 20), best documents
 * first, up to three turns each; turnIndex is the 0-based turn as `show` prints it, or null for a
 * document matched by its title, lead or tags (the snippet is then the lead, or the title without
 * one); matchedIn says where the document matched: title, lead, tags, turns. rankedAmong is null,
 * or for a result of thousands the number of its newest documents the hits were ranked among.
 * A malformed query, or one that would ask too much of the index (main/search/bounds.ts: too
 * many words or prefixes, prefixes that stand for too many words, or still running after 3 s),
 * prints its message on stderr and exits 1.
 */
import type { SearchResult } from '../../shared/contract/api';
import type { Archive } from '../archive/archive';
import { checked, UsageError } from './usage';

export const SEARCH_OPTIONS = {
  limit: { type: 'string' },
  sort: { type: 'string' },
} as const;

export const SEARCH_USAGE = '  verbatim search "<query>" --archive <file> [--json] [--limit N] [--sort relevance|date]';

type Values = Record<string, string | boolean | undefined>;

export interface SearchHitJson {
  documentId: number;
  title: string;
  date: string | null;
  place: string | null;
  turnIndex: number | null;
  speaker: string | null;
  snippet: string;
  highlights: { start: number; end: number }[];
  matchedIn: ('title' | 'lead' | 'tags' | 'turns')[];
}

export function searchHits(result: Extract<SearchResult, { status: 'ok' }>, limit: number): SearchHitJson[] {
  const hits: SearchHitJson[] = [];
  for (const g of result.groups) {
    const base = { documentId: g.documentId, title: g.title, date: g.date, place: g.place, matchedIn: g.matchedIn };
    if (g.turns.length === 0) {
      hits.push({ ...base, turnIndex: null, speaker: null, snippet: g.snippet.text, highlights: g.snippet.highlights });
    }
    for (const t of g.turns)
      hits.push({ ...base, turnIndex: t.turnIndex, speaker: t.speaker, snippet: t.snippet.text, highlights: t.snippet.highlights });
  }
  return hits.slice(0, limit);
}

function mark(text: string, ranges: { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const r of ranges) {
    out += `${text.slice(at, r.start)}[${text.slice(r.start, r.end)}]`;
    at = r.end;
  }
  return out + text.slice(at);
}

const number = (n: number): string => n.toLocaleString('en');

/** "6,655 documents; 3,684 turns in 1,204 of them": the counts worded so that they cannot read as a contradiction. */
export function countsLine(r: { total: number; totalTurns: number; documentsWithTurns: number; estimated: string[] }): string {
  const about = (what: string): string => (r.estimated.includes(what) ? 'about ' : '');
  const docs = `${number(r.total)} document${r.total === 1 ? '' : 's'}`;
  // No turn is a match (a query of fields, or words found only in titles, leads or across turns).
  if (r.total === 0 || r.documentsWithTurns === 0) return docs;
  const turns = `${about('totalTurns')}${number(r.totalTurns)} matching turn${r.totalTurns === 1 ? '' : 's'}`;
  if (r.documentsWithTurns === r.total) return `${docs}; ${turns}`;
  return `${docs}; ${turns} in ${about('documentsWithTurns')}${number(r.documentsWithTurns)} of them`;
}

/** Runs `search`; returns the exit code. */
export function runSearch(
  archive: Archive,
  args: string[],
  values: Values,
  json: boolean,
  io: { out(t: string): void; err(t: string): void },
): number {
  if (args.length !== 1) throw new UsageError('search needs one query (quote it: search "gas prices" …)');
  const limitText = typeof values.limit === 'string' ? values.limit : '20';
  if (!/^\d+$/.test(limitText) || Number(limitText) < 1 || Number(limitText) > 10_000)
    throw new UsageError('--limit needs a whole number from 1 to 10000');
  const sort = typeof values.sort === 'string' ? values.sort : 'relevance';
  if (sort !== 'relevance' && sort !== 'date') throw new UsageError('--sort is relevance or date');
  const limit = Number(limitText);
  const result = archive.search.search(
    checked('search:query', { query: args[0], sort, limit: Math.min(500, limit), turnsPerDocument: 3, exactCounts: true }),
  );
  if (result.status === 'invalid') {
    io.err(`verbatim: ${result.error}`);
    return 1;
  }
  if (result.status !== 'ok') throw new Error('a search for every part answers them all');
  const hits = searchHits(result, limit);
  if (json) {
    const { total, totalTurns, documentsWithTurns, facets, histogram, didYouMean, estimated, rankedAmong } = result;
    io.out(JSON.stringify({ total, totalTurns, hits, facets, histogram, didYouMean, documentsWithTurns, estimated, rankedAmong }));
    return 0;
  }
  const lines = [`${countsLine(result)} (${result.tookMs} ms).`];
  if (result.didYouMean) lines.push(`Did you mean: ${result.didYouMean}`);
  for (const h of hits) {
    lines.push('', `#${h.documentId} ${h.date ?? '—'} ${h.title}${h.turnIndex !== null ? `  [turn ${h.turnIndex}]` : ''}`);
    lines.push(`  ${h.speaker ? `${h.speaker}: ` : ''}${mark(h.snippet, h.highlights)}`);
  }
  io.out(lines.join('\n'));
  return 0;
}
