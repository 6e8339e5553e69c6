/**
 * A query read and compiled into what the engine runs: the document-level and turn-level FTS5
 * expressions, the field filters and the patterns to highlight. Pure apart from the two lookups
 * into the archive's vocabulary it is given (prefix expansion and its bound).
 */
import { workProblem } from './bounds';
import { compileSpeakers, compileText, compileTitle, type CompiledText, type Pattern, type PrefixExpander } from './compile';
import { parseQuery, type ParsedQuery } from './query';

export interface Plan {
  query: ParsedQuery;
  text: CompiledText;
  /** Every document must match this (the words and title:), or null when the query has none. */
  docMatch: string | null;
  /** The words of the query within one turn: `body : (…)`, or null when the query has no words to find. */
  bodyMatch: string | null;
  /** One turn-level expression per speaker: value (each must be met by a turn of its own). */
  speakers: string[];
  /** title: alone, for intersecting in turn mode. */
  titleMatch: string | null;
  /** True when the words exclude something: documents must then match (or miss) them as a whole. */
  negated: boolean;
  /** topic:, person: or place: narrow the documents. */
  tagged: boolean;
  /** Every word and phrase to mark, of the text and of title:. */
  patterns: Pattern[];
}

export type PlanResult = { ok: true; plan: Plan } | { ok: false; error: string; reason?: 'too-broad' };

export function hasFilters(q: ParsedQuery): boolean {
  const f = q.filters;
  return f.speaker.length + f.topic.length + f.person.length + f.place.length + f.title.length + f.dates.length > 0;
}

export function planQuery(input: string, expand: PrefixExpander, vocabulary: (prefix: string) => number): PlanResult {
  const parsed = parseQuery(input);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const tooMuch = workProblem(parsed.query, vocabulary);
  if (tooMuch) return { ok: false, error: tooMuch, reason: 'too-broad' };
  const compiled = compileText(parsed.query.text, expand);
  if (!compiled.ok) return { ok: false, error: compiled.error };
  const query = parsed.query;
  const text = compiled.text;
  if (query.text && !text.match && !text.exclude && !hasFilters(query)) {
    return { ok: false, error: 'The query has no words to search for (only punctuation).' };
  }
  const title = compileTitle(query.filters.title, expand);
  const f = query.filters;
  return {
    ok: true,
    plan: {
      query,
      text,
      docMatch: [text.match ? `(${text.match})` : null, title.fts].filter(Boolean).join(' AND ') || null,
      bodyMatch: text.match ? `body : (${text.match})` : null,
      speakers: compileSpeakers(f.speaker),
      titleMatch: title.fts,
      // Stems are quoted, so NOT in a compiled expression is always the operator.
      negated: text.exclude !== null || (text.match !== null && text.match.includes(' NOT ')),
      tagged: f.topic.length + f.person.length + f.place.length > 0,
      patterns: [...text.patterns, ...title.patterns],
    },
  };
}
