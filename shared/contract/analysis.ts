/**
 * The research desk's part of the contract, spread into `channels` in api.ts: concordance
 * ('analysis:kwic'), trends over time ('analysis:trend'), who says it ('analysis:speakers'),
 * collocates ('analysis:collocates'), one person's page ('analysis:person') and citations ('analysis:cite'; many documents in one file:
 * 'analysis:cite-many'). Queries are the search box's language (main/search/query.ts). Every
 * answer that can fail for the query's sake is a union: { status: 'ok', … } or
 * { status: 'invalid', error } with a message to act on.
 */
import { z } from 'zod';

const Query = z.string().max(2000);
const Invalid = z.object({ status: z.literal('invalid'), error: z.string() });

export const KWIC_SORTS = ['date', 'speaker', 'left', 'right'] as const;

export const KwicRequestSchema = z
  .object({
    query: Query,
    /** Characters of context on each side (default 60). */
    width: z.number().int().min(10).max(400).optional(),
    /** Lines per page (default 100). */
    limit: z.number().int().min(1).max(1000).optional(),
    offset: z.number().int().min(0).max(1_000_000).optional(),
    /** date (default): oldest first; speaker: by label; left/right: by the 1st, 2nd, 3rd word beside the match. */
    sort: z.enum(KWIC_SORTS).optional(),
  })
  .strict();
export type KwicRequest = z.infer<typeof KwicRequestSchema>;

export const KwicLineSchema = z.object({
  documentId: z.number().int(),
  title: z.string(),
  date: z.string().nullable(),
  /** The 0-based turn as `show` and the reader count it. */
  turnIndex: z.number().int(),
  speaker: z.string().nullable(),
  left: z.string(),
  match: z.string(),
  right: z.string(),
});

export const KwicResultSchema = z.union([
  z.object({
    status: z.literal('ok'),
    /** Occurrences in the whole result; an estimate when `estimated` (a very frequent word). */
    total: z.number().int(),
    estimated: z.boolean(),
    /** Turns holding the query's words (estimated with the total). */
    turns: z.number().int(),
    /** For a context sort over a very large result: how many of its first lines (by date) were sorted; else null. */
    sortedAmong: z.number().int().nullable(),
    lines: z.array(KwicLineSchema).max(1000),
    tookMs: z.number(),
  }),
  Invalid,
]);
export type KwicResult = z.infer<typeof KwicResultSchema>;
export type KwicLineJson = z.infer<typeof KwicLineSchema>;

export const TrendRequestSchema = z
  .object({
    queries: z.array(Query).min(1).max(12),
    by: z.enum(['year', 'month']).optional(),
    /** 'speaker': one series per person (and per label that names none) for each query. */
    split: z.enum(['speaker']).optional(),
    /** With split: the groups that say it most, per query (default 5). */
    groups: z.number().int().min(1).max(50).optional(),
  })
  .strict();
export type TrendRequest = z.infer<typeof TrendRequestSchema>;

export const TrendSeriesSchema = z.object({
  query: z.string(),
  /** The person (or label) of a split series; null without split. */
  group: z.string().nullable(),
  counts: z.array(z.number().int()),
  /** Per 10,000 words spoken in the bin (by the group, when split); null where none were. */
  per10k: z.array(z.number().nullable()),
});

export const TrendResultSchema = z.union([
  z.object({
    status: z.literal('ok'),
    bins: z.array(z.string()).max(2000),
    /** Words spoken in each bin (all speakers and narration). */
    words: z.array(z.number().int()),
    series: z.array(TrendSeriesSchema).max(12 * 50),
    /** Occurrences in documents off the axis (no date; by month, no month), per series. */
    undated: z.array(z.number().int()),
    tookMs: z.number(),
  }),
  Invalid,
]);
export type TrendResult = z.infer<typeof TrendResultSchema>;

export const SpeakersRequestSchema = z
  .object({
    query: Query.optional(),
    limit: z.number().int().min(1).max(10_000).optional(),
    /** Without a query: each of the first PERSON_TERMS_ROWS persons (most words first) with this many distinctive terms. */
    terms: z.number().int().min(1).max(5).optional(),
  })
  .strict();
export type SpeakersRequest = z.infer<typeof SpeakersRequestSchema>;

export const SpeakerRowSchema = z.object({
  person: z.string(),
  /** With a query: the documents and turns where the person says it; without: all of theirs. */
  documents: z.number().int(),
  turns: z.number().int(),
  /** All the person's words in the archive. */
  words: z.number().int(),
  matches: z.number().int().nullable(),
  per10k: z.number().nullable(),
  /** With a query: the first and last date the person says it; without: their first and last appearance. */
  first: z.string().nullable(),
  last: z.string().nullable(),
  /** Asked for without a query: the person's most distinctive words (analysis:person), for the rows that have them. */
  terms: z.array(z.string()).max(5).optional(),
});
export type SpeakerRowJson = z.infer<typeof SpeakerRowSchema>;

export const SpeakersResultSchema = z.union([
  z.object({ status: z.literal('ok'), total: z.number().int(), speakers: z.array(SpeakerRowSchema).max(10_000), tookMs: z.number() }),
  Invalid,
]);
export type SpeakersResult = z.infer<typeof SpeakersResultSchema>;

/** One person's page: a shown name (as the speakers table lists it) or a person key (`verbatim person list`). */
export const PersonRequestSchema = z
  .object({
    person: z.string().trim().min(1).max(500),
    /** Documents listed (default all; oldest first). */
    limit: z.number().int().min(1).max(100_000).optional(),
  })
  .strict();
export type PersonRequest = z.infer<typeof PersonRequestSchema>;

export const PersonTermSchema = z.object({
  /** The word as the person says it most often (its forms are counted together). */
  term: z.string(),
  /** Times in the person's words read. */
  count: z.number().int(),
  per10k: z.number(),
  /** Times in the rest of the archive's words read, and per 10,000 of them. */
  restCount: z.number().int(),
  restPer10k: z.number(),
  /** z-score of the log-odds ratio (person against the rest): at least 1.96. */
  z: z.number(),
});
export type PersonTermJson = z.infer<typeof PersonTermSchema>;

export const PersonDocumentSchema = z.object({
  documentId: z.number().int(),
  title: z.string(),
  date: z.string().nullable(),
  /** The person's turns and words in the document. */
  turns: z.number().int(),
  words: z.number().int(),
  /** The person's first turn (0-based, as the reader and `show` count them). */
  firstTurn: z.number().int(),
});
export type PersonDocumentJson = z.infer<typeof PersonDocumentSchema>;

export const PersonResultSchema = z.union([
  z.object({
    status: z.literal('ok'),
    person: z.string(),
    key: z.string().nullable(),
    documents: z.number().int(),
    turns: z.number().int(),
    words: z.number().int(),
    first: z.string().nullable(),
    last: z.string().nullable(),
    terms: z.array(PersonTermSchema).max(100),
    /**
     * The words the terms were counted in: all the person's, or an even sample of their documents
     * (sampled); the rest of the archive: all its other words, or an even sample of its documents.
     */
    read: z.object({ words: z.number().int(), sampled: z.boolean(), restWords: z.number().int(), restSampled: z.boolean() }),
    documentList: z.array(PersonDocumentSchema).max(100_000),
    tookMs: z.number(),
  }),
  Invalid,
]);
export type PersonResult = z.infer<typeof PersonResultSchema>;

export const CollocatesRequestSchema = z
  .object({
    query: Query,
    /** Words on each side of a match (default 5). */
    window: z.number().int().min(1).max(20).optional(),
    limit: z.number().int().min(1).max(500).optional(),
    /** Fewest times a word must keep company with the term (default 3). */
    minCount: z.number().int().min(1).max(1000).optional(),
    /** Keep function words (the, of, and…) in the list; default: left out. */
    stopwords: z.boolean().optional(),
  })
  .strict();
export type CollocatesRequest = z.infer<typeof CollocatesRequestSchema>;

export const CollocateSchema = z.object({
  word: z.string(),
  /** Times within the window of a match. */
  count: z.number().int(),
  /** Times in the whole archive (its index: title, lead and text). */
  corpus: z.number().int(),
  /** Dunning's log-likelihood G²: above 10.83 is p < 0.001. */
  g2: z.number(),
});

export const CollocatesResultSchema = z.union([
  z.object({
    status: z.literal('ok'),
    matches: z.number().int(),
    /** True when only the first turns of a very large result (by date) were read. */
    sampled: z.boolean(),
    collocates: z.array(CollocateSchema).max(500),
    tookMs: z.number(),
  }),
  Invalid,
]);
export type CollocatesResult = z.infer<typeof CollocatesResultSchema>;

export const CITATION_STYLES = ['apa', 'chicago', 'mla', 'bibtex', 'ris', 'csl-json'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

export const CiteRequestSchema = z
  .object({
    documentId: z.number().int().positive(),
    turn: z.number().int().min(0).max(1_000_000).optional(),
    style: z.enum(CITATION_STYLES),
  })
  .strict();
export type CiteRequest = z.infer<typeof CiteRequestSchema>;

export const CiteResultSchema = z.object({ style: z.enum(CITATION_STYLES), text: z.string().max(200_000) });
export type CiteResult = z.infer<typeof CiteResultSchema>;

/** The formats a bibliography of many documents is written in (for reference managers). */
export const BIBLIOGRAPHY_STYLES = ['bibtex', 'ris', 'csl-json'] as const;
export type BibliographyStyle = (typeof BIBLIOGRAPHY_STYLES)[number];

/**
 * A bibliography of many documents: the ones named (a collection, a selection) or the ones a search
 * finds. At most 5,000 are written, the first by date; the answer says how many there were.
 */
export const CiteManyRequestSchema = z.union([
  z.object({ documentIds: z.array(z.number().int().positive()).min(1).max(100_000), style: z.enum(BIBLIOGRAPHY_STYLES) }).strict(),
  z.object({ query: Query.min(1), style: z.enum(BIBLIOGRAPHY_STYLES) }).strict(),
]);
export type CiteManyRequest = z.infer<typeof CiteManyRequestSchema>;

export const CiteManyResultSchema = z.union([
  z.object({
    status: z.literal('ok'),
    style: z.enum(BIBLIOGRAPHY_STYLES),
    text: z.string().max(50_000_000),
    /** Entries written: one per document. */
    entries: z.number().int(),
    /** Documents named, or found by the query. */
    total: z.number().int(),
    /** True when there were more than the most one bibliography holds (only the first by date were written). */
    capped: z.boolean(),
    /** Named documents no longer in the archive. */
    missing: z.number().int(),
  }),
  Invalid,
]);
export type CiteManyResult = z.infer<typeof CiteManyResultSchema>;

export const analysisChannels = {
  'analysis:kwic': { args: z.tuple([KwicRequestSchema]), result: KwicResultSchema },
  'analysis:trend': { args: z.tuple([TrendRequestSchema]), result: TrendResultSchema },
  'analysis:speakers': { args: z.tuple([SpeakersRequestSchema]), result: SpeakersResultSchema },
  'analysis:collocates': { args: z.tuple([CollocatesRequestSchema]), result: CollocatesResultSchema },
  'analysis:cite': { args: z.tuple([CiteRequestSchema]), result: CiteResultSchema },
  'analysis:cite-many': { args: z.tuple([CiteManyRequestSchema]), result: CiteManyResultSchema },
  'analysis:person': { args: z.tuple([PersonRequestSchema]), result: PersonResultSchema },
} as const;
