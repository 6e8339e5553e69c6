/**
 * The research desk on the command line (main/analysis/):
 *   verbatim kwic "<query>" --archive <file> [--width N] [--limit N] [--offset N] [--sort left|right|date|speaker] [--json]
 *   verbatim trend "<query>"... --archive <file> [--by year|month] [--split speaker] [--json]
 *   verbatim speakers ["<query>"] --archive <file> [--limit N] [--json]
 *   verbatim collocates "<query>" --archive <file> [--window N] [--limit N] [--min-count N] [--stopwords] [--json]
 *   verbatim cite <id> [--turn N] --style apa|chicago|mla|bibtex|ris|csl-json --archive <file>
 *   verbatim cite <id> <id>... | --collection "<name>" --style bibtex|ris|csl-json --archive <file>
 *
 * JSON (a public interface: extend, never break):
 *   kwic       → { total, estimated, turns, sortedAmong, lines: [{ documentId, title, date, turnIndex, speaker, left, match, right }] }
 *   trend      → { bins, words, series: [{ query, group, counts, per10k }], undated }
 *   speakers   → { total, speakers: [{ person, documents, turns, words, matches, per10k, first, last }] }
 *   collocates → { matches, sampled, collocates: [{ word, count, corpus, g2 }] }
 *   cite       → the citation text (with --json: { style, text }); of several documents or a collection,
 *                one bibliography (with --json: { style, text, entries, total, capped, missing })
 * A query that cannot be run prints its message on stderr and exits 1, as `search` does.
 */
import type { Archive } from '../archive/archive';
import { BIBLIOGRAPHY_STYLES, CITATION_STYLES, KWIC_SORTS, type CitationStyle } from '../../shared/contract/analysis';
import { formatCollocates, formatKwic, formatSpeakers, formatTrend } from './analysis-format';
import { checked, UsageError } from './usage';

export const ANALYSIS_OPTIONS = {
  width: { type: 'string' },
  offset: { type: 'string' },
  by: { type: 'string' },
  split: { type: 'string' },
  style: { type: 'string' },
  turn: { type: 'string' },
  window: { type: 'string' },
  'min-count': { type: 'string' },
  stopwords: { type: 'boolean', default: false },
  collection: { type: 'string' },
} as const;

export const ANALYSIS_USAGE = `  verbatim kwic "<query>" --archive <file> [--json] [--width N] [--limit N] [--offset N] [--sort left|right|date|speaker]
  verbatim trend "<query>"... --archive <file> [--json] [--by year|month] [--split speaker]
  verbatim speakers ["<query>"] --archive <file> [--json] [--limit N]
  verbatim collocates "<query>" --archive <file> [--json] [--window N] [--limit N] [--min-count N] [--stopwords]
  verbatim cite <id> [--turn N] --style apa|chicago|mla|bibtex|ris|csl-json --archive <file>
  verbatim cite <id> <id>... | --collection "<name>" --style bibtex|ris|csl-json --archive <file> [--json]`;

const COMMANDS = new Set(['kwic', 'trend', 'speakers', 'collocates', 'cite']);

export function isAnalysisCommand(command: string): boolean {
  return COMMANDS.has(command);
}

type Values = Record<string, string | boolean | undefined>;
type Io = { out(text: string): void; err(text: string): void };

/** A whole number option within bounds, or its default when absent. */
function whole(values: Values, name: string, fallback: number, min: number, max: number): number {
  const text = values[name];
  if (text === undefined) return fallback;
  if (typeof text !== 'string' || !/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new UsageError(`--${name} needs a whole number from ${min} to ${max}`);
  }
  return Number(text);
}

function oneOf<T extends string>(values: Values, name: string, allowed: readonly T[], fallback: T | undefined): T | undefined {
  const text = values[name];
  if (text === undefined) return fallback;
  if (typeof text !== 'string' || !(allowed as readonly string[]).includes(text))
    throw new UsageError(`--${name} is ${allowed.join(', ')}`);
  return text as T;
}

function invalid(io: Io, error: string): number {
  io.err(`verbatim: ${error}`);
  return 1;
}

/** Runs one of the research desk's commands; returns the exit code. */
export function runAnalysisCommand(archive: Archive, command: string, args: string[], values: Values, json: boolean, io: Io): number {
  const a = archive.analysis;
  switch (command) {
    case 'kwic': {
      if (args.length !== 1) throw new UsageError('kwic needs one query (quote it: kwic "foreign policy" …)');
      const r = a.kwic(
        checked('analysis:kwic', {
          query: args[0],
          width: whole(values, 'width', 60, 10, 400),
          limit: whole(values, 'limit', 100, 1, 1000),
          offset: whole(values, 'offset', 0, 0, 1_000_000),
          sort: oneOf(values, 'sort', KWIC_SORTS, 'date'),
        }),
      );
      if (r.status === 'invalid') return invalid(io, r.error);
      const { total, estimated, turns, sortedAmong, lines } = r;
      io.out(json ? JSON.stringify({ total, estimated, turns, sortedAmong, lines }) : formatKwic(r));
      return 0;
    }
    case 'trend': {
      if (args.length === 0 || args.length > 12)
        throw new UsageError('trend needs one to twelve queries (quote each: trend "gas" "oil" …)');
      const split = oneOf(values, 'split', ['speaker'] as const, undefined);
      const r = a.trend(
        checked('analysis:trend', {
          queries: args,
          by: oneOf(values, 'by', ['year', 'month'] as const, 'year'),
          ...(split ? { split } : {}),
          groups: whole(values, 'limit', 5, 1, 50),
        }),
      );
      if (r.status === 'invalid') return invalid(io, r.error);
      const { bins, words, series, undated } = r;
      io.out(json ? JSON.stringify({ bins, words, series, undated }) : formatTrend(r));
      return 0;
    }
    case 'speakers': {
      if (args.length > 1) throw new UsageError('speakers takes at most one query (quote it)');
      const r = a.speakers(
        checked('analysis:speakers', {
          ...(args[0] !== undefined ? { query: args[0] } : {}),
          limit: whole(values, 'limit', 50, 1, 10_000),
        }),
      );
      if (r.status === 'invalid') return invalid(io, r.error);
      io.out(json ? JSON.stringify({ total: r.total, speakers: r.speakers }) : formatSpeakers(r, args[0] ?? null));
      return 0;
    }
    case 'collocates': {
      if (args.length !== 1) throw new UsageError('collocates needs one query (quote it)');
      const r = a.collocates(
        checked('analysis:collocates', {
          query: args[0],
          window: whole(values, 'window', 5, 1, 20),
          limit: whole(values, 'limit', 50, 1, 500),
          minCount: whole(values, 'min-count', 3, 1, 1000),
          stopwords: values.stopwords === true,
        }),
      );
      if (r.status === 'invalid') return invalid(io, r.error);
      const { matches, sampled, collocates } = r;
      io.out(json ? JSON.stringify({ matches, sampled, collocates }) : formatCollocates(r));
      return 0;
    }
    default: {
      if (args.length > 1 || values.collection !== undefined) return citeMany(archive, args, values, json, io);
      if (args.length !== 1 || !/^\d+$/.test(args[0]) || Number(args[0]) < 1) throw new UsageError('cite needs one document id (a number)');
      const style = oneOf<CitationStyle>(values, 'style', CITATION_STYLES, undefined);
      if (!style) throw new UsageError(`cite needs --style ${CITATION_STYLES.join('|')}`);
      const turn = values.turn === undefined ? undefined : whole(values, 'turn', 0, 0, 1_000_000);
      const r = a.cite(checked('analysis:cite', { documentId: Number(args[0]), style, ...(turn !== undefined ? { turn } : {}) }));
      io.out(json ? JSON.stringify(r) : r.text);
      return 0;
    }
  }
}

/** The documents of a collection named as the window shows it (exactly, else ignoring case), oldest first. */
function collectionIds(archive: Archive, name: string): number[] {
  const all = archive.library.collections();
  const found = all.find((c) => c.name === name) ?? all.find((c) => c.name.toLowerCase() === name.toLowerCase());
  if (!found) {
    const names = all.map((c) => `“${c.name}”`).join(', ');
    throw new Error(`There is no collection “${name}” in this archive${names ? ` (there are ${names})` : ''}.`);
  }
  const ids = archive.library.query({ collection: found.id }, { column: 'date', direction: 'asc' }).ids;
  if (ids.length === 0) throw new Error(`The collection “${found.name}” holds no documents.`);
  return ids;
}

/** `cite` of several documents or of a collection: one bibliography, an entry per document. */
function citeMany(archive: Archive, args: string[], values: Values, json: boolean, io: Io): number {
  if (values.turn !== undefined) throw new UsageError('--turn cites a turn of one document: give one id with it');
  if (values.collection !== undefined && args.length) throw new UsageError('cite takes document ids or --collection, not both');
  if (args.some((a) => !/^\d+$/.test(a) || Number(a) < 1)) throw new UsageError('cite needs document ids (numbers)');
  const style = oneOf(values, 'style', BIBLIOGRAPHY_STYLES, undefined);
  if (!style) throw new UsageError(`cite of several documents needs --style ${BIBLIOGRAPHY_STYLES.join('|')}`);
  const documentIds = typeof values.collection === 'string' ? collectionIds(archive, values.collection) : args.map(Number);
  const r = archive.analysis.citeMany(checked('analysis:cite-many', { documentIds, style }));
  if (r.status === 'invalid') return invalid(io, r.error);
  if (r.missing) io.err(`verbatim: ${r.missing} of the documents named ${r.missing === 1 ? 'is' : 'are'} not in this archive.`);
  if (r.capped) io.err(`verbatim: wrote the first ${r.entries} of ${r.total} documents, by date (the most one bibliography holds).`);
  const { text, entries, total, capped, missing } = r;
  io.out(json ? JSON.stringify({ style, text, entries, total, capped, missing }) : text.trimEnd());
  return 0;
}
