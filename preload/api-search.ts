/**
 * The search part of the contract (issue #4), spread into `channels` in api.ts:
 * 'search:query' (turn-level hits grouped by document, facets, histogram) and
 * 'search:suggest' (suggestions as you type). Highlights are character ranges of
 * the text they belong to: the renderer marks them as text, never as HTML.
 */
import { z } from 'zod';

export const SearchRequestSchema = z
  .object({
    query: z.string().max(2000),
    sort: z.enum(['relevance', 'date']).optional(),
    /** Documents per page (default 50). */
    limit: z.number().int().min(1).max(500).optional(),
    offset: z.number().int().min(0).max(1_000_000).optional(),
    /** Matching turns shown per document (default 3); the count of all of them is always given. */
    turnsPerDocument: z.number().int().min(0).max(50).optional(),
  })
  .strict();
export type SearchRequest = z.infer<typeof SearchRequestSchema>;

export const HighlightRangeSchema = z.object({ start: z.number().int(), end: z.number().int() });
export type HighlightRange = z.infer<typeof HighlightRangeSchema>;

export const SnippetSchema = z.object({ text: z.string(), highlights: z.array(HighlightRangeSchema) });
export type SearchSnippet = z.infer<typeof SnippetSchema>;

export const TurnHitSchema = z.object({
  turnIndex: z.number().int(),
  speaker: z.string().nullable(),
  snippet: SnippetSchema,
});
export type TurnHit = z.infer<typeof TurnHitSchema>;

export const SearchGroupSchema = z.object({
  documentId: z.number().int(),
  title: z.string(),
  titleHighlights: z.array(HighlightRangeSchema),
  date: z.string().nullable(),
  place: z.string().nullable(),
  /** bm25 of the document (lower is better); 0 when the query has no words. */
  score: z.number(),
  /** How many of the document's turns match the whole query by themselves. */
  matchingTurns: z.number().int(),
  /** True when no single turn matches the whole query: the turns shown hold some of its words. */
  partial: z.boolean(),
  /** The best matching turns, in reading order. */
  turns: z.array(TurnHitSchema),
  /** The lead with its matches, when no turn matches (the words are in the title or lead). */
  lead: SnippetSchema.nullable(),
});
export type SearchGroup = z.infer<typeof SearchGroupSchema>;

export const SearchFacetCountSchema = z.object({ value: z.string(), count: z.number().int() });
export type SearchFacetCount = z.infer<typeof SearchFacetCountSchema>;

export const SearchFacetsSchema = z.object({
  speaker: z.array(SearchFacetCountSchema),
  topic: z.array(SearchFacetCountSchema),
  person: z.array(SearchFacetCountSchema),
  place: z.array(SearchFacetCountSchema),
  year: z.array(SearchFacetCountSchema),
});
export type SearchFacets = z.infer<typeof SearchFacetsSchema>;

export const HistogramSchema = z.object({
  unit: z.enum(['year', 'month']),
  buckets: z.array(z.object({ key: z.string(), count: z.number().int() })),
});
export type SearchHistogram = z.infer<typeof HistogramSchema>;

export const SearchResultSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ok'),
    query: z.string(),
    /** Matching documents, exact. */
    total: z.number().int(),
    /** Matching turns over all matching documents, exact. */
    totalTurns: z.number().int(),
    groups: z.array(SearchGroupSchema),
    facets: SearchFacetsSchema,
    histogram: HistogramSchema,
    /** A corrected query when this one finds nothing and the archive knows a close word. */
    didYouMean: z.string().nullable(),
    tookMs: z.number(),
  }),
  /**
   * A query that is not run: the message says what to change. reason (absent for a malformed
   * query): 'too-broad' — it would ask too much of the index (too many words or prefixes, or
   * prefixes that stand for too many words); 'too-slow' — it ran past the time budget and was
   * stopped. Either way: narrow the query. 'superseded' — a newer search replaced it (the query
   * worker's client drops this answer; a window never sees it).
   */
  z.object({ status: z.literal('invalid'), query: z.string(), error: z.string(), reason: z.enum(['too-broad', 'too-slow', 'superseded']).optional() }),
]);
export type SearchResult = z.infer<typeof SearchResultSchema>;

export const SuggestRequestSchema = z
  .object({ text: z.string().max(2000), limit: z.number().int().min(1).max(50).optional() })
  .strict();
export type SuggestRequest = z.infer<typeof SuggestRequestSchema>;

export const SuggestionSchema = z.object({
  kind: z.enum(['title', 'speaker', 'person', 'topic', 'place']),
  label: z.string(),
  /** What replaces text[from..] in the search box, e.g. speaker:"Vladimir Putin". */
  insert: z.string(),
  documentId: z.number().int().nullable(),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;

export const SuggestResultSchema = z.object({
  /** Where in the request's text the suggested part starts. */
  from: z.number().int(),
  items: z.array(SuggestionSchema),
});
export type SuggestResult = z.infer<typeof SuggestResultSchema>;

export const searchChannels = {
  'search:query': { args: z.tuple([SearchRequestSchema]), result: SearchResultSchema },
  'search:suggest': { args: z.tuple([SuggestRequestSchema]), result: SuggestResultSchema },
} as const;
