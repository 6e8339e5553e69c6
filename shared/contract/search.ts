/**
 * The search part of the contract, spread into `channels` in api.ts:
 * 'search:query' (turn-level hits grouped by document, facets, histogram) and
 * 'search:suggest' (suggestions as you type). Highlights are character ranges of
 * the text they belong to: the renderer marks them as text, never as HTML.
 *
 * A search can be asked for in two parts: `part: 'page'` answers the page of
 * documents and their total first (status 'page'); `part: 'counts'` then answers the turn
 * counts, facets and histogram of the same query (status 'counts'); the default `part: 'all'`
 * answers both at once (status 'ok'). Counts that would take long over a very large result
 * are estimated from a sample and listed in `estimated` (say "about"); `exactCounts: true`
 * counts them exactly however long it takes (within the search's time budget).
 *
 * Every facet count is the number of documents the query refined by that value finds
 * (the query with speaker:"…", topic:"…", person:"…", place:"…" or date:YYYY added).
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
    /** 'page': the documents of the page and the total; 'counts': turn counts, facets and histogram; 'all' (default): both. */
    part: z.enum(['all', 'page', 'counts']).optional(),
    /** Count turns, facets and the histogram exactly even over a very large result (slower); default: estimate those from a sample. */
    exactCounts: z.boolean().optional(),
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
  /**
   * Where the document matched: 'title' and 'lead' when they hold words of the query (or title:),
   * 'tags' when topic:, person: or place: selected it, 'turns' when turns hold its words.
   * Empty for a query of dates only.
   */
  matchedIn: z.array(z.enum(['title', 'lead', 'tags', 'turns'])),
  /** What to show under the title: the turns, else the lead, else the title (every hit has a snippet). */
  snippet: SnippetSchema,
  /** Where `snippet` comes from. */
  snippetFrom: z.enum(['turn', 'lead', 'title']),
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

/**
 * Results per year or month over the span where the dated hits are: from the 1st to the 99th
 * percentile of their dates, so that one document of 1826 does not stretch the axis over two
 * centuries; `before` and `after` count the dated hits outside the span (show them at the edges),
 * `undated` the hits without a date. The buckets plus before, after and undated add up to the total.
 */
export const HistogramSchema = z.object({
  unit: z.enum(['year', 'month']),
  buckets: z.array(z.object({ key: z.string(), count: z.number().int() })),
  before: z.number().int(),
  after: z.number().int(),
  undated: z.number().int(),
});
export type SearchHistogram = z.infer<typeof HistogramSchema>;

/** Which numbers of the counts are estimates from a sample of the documents (say "about"): the turn counts, a facet by its kind, the histogram. */
export const EstimatedSchema = z.array(
  z.enum(['totalTurns', 'documentsWithTurns', 'speaker', 'topic', 'person', 'place', 'year', 'histogram']),
);
export type Estimated = z.infer<typeof EstimatedSchema>;

/** The page: the documents asked for and the total. */
const pageFields = {
  query: z.string(),
  /** Matching documents, exact. */
  total: z.number().int(),
  groups: z.array(SearchGroupSchema),
  /**
   * A corrected query when this one finds nothing and the archive knows a close word. Looking for
   * it reads the archive's vocabulary (tens of milliseconds at 50,000 documents), so a page asked
   * alone (part 'page') leaves it null and the counts carry it.
   */
  didYouMean: z.string().nullable(),
  /**
   * null when every matching document was ranked by relevance; else the number of the most recently
   * added matching documents the page was ranked among (a result of thousands, e.g. "the").
   */
  rankedAmong: z.number().int().nullable(),
  tookMs: z.number(),
};

/**
 * The counts: word them so they cannot read as a contradiction, e.g. "6,655 documents; 3,684
 * turns in 1,204 of them" (the other documents hold the words in their title, lead or across turns).
 */
const countFields = {
  /** Matching documents, exact. */
  total: z.number().int(),
  /**
   * Turns that hold the whole query by themselves, over all matching documents (with speaker:, that
   * speaker's turns); 0 for a query of fields without words or speaker: (no turn is a match).
   */
  totalTurns: z.number().int(),
  /** Matching documents with at least one such turn. */
  documentsWithTurns: z.number().int(),
  facets: SearchFacetsSchema,
  histogram: HistogramSchema,
  estimated: EstimatedSchema,
  /** As in the page: a corrected query when this one finds nothing. */
  didYouMean: z.string().nullable(),
};

export const SearchPageSchema = z.object({ status: z.literal('page'), ...pageFields });
export const SearchCountsSchema = z.object({ status: z.literal('counts'), query: z.string(), ...countFields, tookMs: z.number() });
export type SearchCounts = z.infer<typeof SearchCountsSchema>;

export const SearchResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ok'), ...pageFields, ...countFields }),
  SearchPageSchema,
  SearchCountsSchema,
  /**
   * A query that is not run: the message says what to change. reason (absent for a malformed
   * query): 'too-broad' — it would ask too much of the index (too many words or prefixes, or
   * prefixes that stand for too many words); 'too-slow' — it ran past the time budget and was
   * stopped. Either way: narrow the query. 'superseded' — a newer search replaced it (the query
   * worker's client drops this answer; a window never sees it).
   */
  z.object({
    status: z.literal('invalid'),
    query: z.string(),
    error: z.string(),
    reason: z.enum(['too-broad', 'too-slow', 'superseded']).optional(),
  }),
]);
export type SearchResult = z.infer<typeof SearchResultSchema>;

export const SuggestRequestSchema = z.object({ text: z.string().max(2000), limit: z.number().int().min(1).max(50).optional() }).strict();
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
