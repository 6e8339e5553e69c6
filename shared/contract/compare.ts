/**
 * The comparison part of the contract, spread into `channels` in api.ts: two texts side by side
 * ('compare:documents': versions aligned, or passages paired by theme) and passages of the
 * archive like one passage ('compare:similar'). Answered by main/compare/ in the query worker.
 */
import { z } from 'zod';

export const CompareSideSchema = z
  .object({
    documentId: z.number().int().positive(),
    /** Only this speaker's turns: a label or a person's name, case-insensitive. Null or absent: every turn. */
    speaker: z.string().min(1).max(500).nullable().optional(),
    /** A previous version of the document (its document_versions id); null or absent: the current text. */
    versionId: z.number().int().positive().nullable().optional(),
  })
  .strict();
export type CompareSide = z.infer<typeof CompareSideSchema>;

export const CompareRequestSchema = z
  .object({
    left: CompareSideSchema,
    right: CompareSideSchema,
    /** Minimum similarity (0–1) for two passages to be aligned; default 0.5. */
    threshold: z.number().min(0.05).max(1).optional(),
    granularity: z.enum(['paragraph', 'sentence']).optional(),
    /**
     * 'versions': one-to-one alignment with moves and word differences (two versions of a text);
     * 'themes': passages paired by subject (two different speeches); 'auto' (the default):
     * versions when the two texts are mostly the same, else themes.
     */
    mode: z.enum(['auto', 'versions', 'themes']).optional(),
    /**
     * Send only what the first screen shows: the texts of the first this-many rows; the rest
     * come with the same request asked again without it (answered from the worker's cache).
     */
    firstScreen: z.number().int().min(1).max(1000).optional(),
  })
  .strict();
export type CompareRequest = z.infer<typeof CompareRequestSchema>;

export const DiffSegmentSchema = z.object({ op: z.enum(['equal', 'delete', 'insert']), text: z.string() });
export type DiffSegment = z.infer<typeof DiffSegmentSchema>;

export const ComparePassageSchema = z.object({
  index: z.number().int(),
  turn: z.number().int(),
  paragraph: z.number().int(),
  sentence: z.number().int().nullable(),
  speaker: z.string().nullable(),
  text: z.string(),
  words: z.number().int(),
  /** Index of its pair in `pairs`, or null when the passage is only on this side. */
  pair: z.number().int().nullable(),
  /** Shared-phrase marks: character ranges of `text` and the phrase's index in `sharedPhrases`. */
  marks: z.array(z.object({ start: z.number().int(), end: z.number().int(), phrase: z.number().int() })),
});
export type ComparePassage = z.infer<typeof ComparePassageSchema>;

export const ComparePairSchema = z.object({
  left: z.number().int(),
  right: z.number().int(),
  score: z.number(),
  moved: z.boolean(),
  /** Word differences, left to right; empty when the two texts are identical. */
  diff: z.array(DiffSegmentSchema),
});
export type ComparePair = z.infer<typeof ComparePairSchema>;

/** One row of the side-by-side view: an aligned pair, or unaligned (only-left, only-right or moved) passages side by side. */
export const CompareRowSchema = z.object({
  pair: z.number().int().nullable(),
  left: z.number().int().nullable(),
  right: z.number().int().nullable(),
});
export type CompareRow = z.infer<typeof CompareRowSchema>;

/**
 * Another text of a document: 'replaced' — its text before a newer import replaced it;
 * 'other-copy' — a differing copy from a poorer source (copied text of a page whose saved
 * HTML is shown), kept beside the shown text. `source` names the file it came from.
 */
export const VersionInfoSchema = z.object({
  id: z.number().int(),
  replacedAt: z.string(),
  kind: z.enum(['replaced', 'other-copy']).optional(),
  source: z.string().nullable().optional(),
});
export type VersionInfo = z.infer<typeof VersionInfoSchema>;

export const CompareSideInfoSchema = z.object({
  documentId: z.number().int(),
  title: z.string(),
  date: z.string().nullable(),
  speaker: z.string().nullable(),
  versionId: z.number().int().nullable(),
  /** Speaker labels of the document, for the speaker choice. */
  speakers: z.array(z.string()),
  /** Previous versions of the document, newest first. */
  versions: z.array(VersionInfoSchema),
  words: z.number().int(),
});
export type CompareSideInfo = z.infer<typeof CompareSideInfoSchema>;

export const DistinctiveTermSchema = z.object({
  term: z.string(),
  score: z.number(),
  countLeft: z.number().int(),
  countRight: z.number().int(),
  /** Occurrences per 10,000 words on each side. */
  rateLeft: z.number().optional(),
  rateRight: z.number().optional(),
});
export type DistinctiveTerm = z.infer<typeof DistinctiveTermSchema>;

export const InlineBlockSchema = z.object({
  kind: z.enum(['same', 'changed', 'deleted', 'inserted']),
  /** True for a deletion or insertion that is one end of a moved passage. */
  moved: z.boolean(),
  speaker: z.string().nullable(),
  segments: z.array(DiffSegmentSchema),
});
export type InlineBlock = z.infer<typeof InlineBlockSchema>;

export const ThemePairSchema = z.object({
  left: z.number().int(),
  right: z.number().int(),
  /** Cosine of the passages' content-word vectors (TF-IDF), 0–1. */
  score: z.number(),
  /** The shared words that weigh most in the score. */
  terms: z.array(z.string()),
});
export type ThemePair = z.infer<typeof ThemePairSchema>;

export const ThemesSchema = z.object({
  pairs: z.array(ThemePairSchema),
  /** Pairs grouped by their leading shared word; left/right are passage indices. */
  topics: z.array(
    z.object({ label: z.string(), pairs: z.array(z.number().int()), left: z.array(z.number().int()), right: z.array(z.number().int()) }),
  ),
  onlyLeft: z.array(z.number().int()),
  onlyRight: z.array(z.number().int()),
  proceduralLeft: z.number().int(),
  proceduralRight: z.number().int(),
  coverageLeft: z.number(),
  coverageRight: z.number(),
  explanation: z.string(),
});
export type Themes = z.infer<typeof ThemesSchema>;

export const ComparisonSchema = z.object({
  /** What was computed; `suggestedMode` is what 'auto' chooses for these two texts. */
  mode: z.enum(['versions', 'themes']),
  suggestedMode: z.enum(['versions', 'themes']),
  /**
   * The first screen only (request.firstScreen): passagesLeft/Right hold just the passages shown
   * (look them up by `index`), rows and inline just the first rows, themes.pairs just the pairs
   * shown (topics point into them). The whole result comes when asked again without firstScreen.
   */
  partial: z.boolean(),
  /** Themes mode: passages paired by subject (pairs, rows and inline are then empty). */
  themes: ThemesSchema.nullable(),
  left: CompareSideInfoSchema,
  right: CompareSideInfoSchema,
  threshold: z.number(),
  granularity: z.enum(['paragraph', 'sentence']),
  passagesLeft: z.array(ComparePassageSchema),
  passagesRight: z.array(ComparePassageSchema),
  pairs: z.array(ComparePairSchema),
  rows: z.array(CompareRowSchema),
  onlyLeft: z.array(z.number().int()),
  onlyRight: z.array(z.number().int()),
  sharedPhrases: z.array(
    z.object({
      text: z.string(),
      length: z.number().int(),
      left: z.number().int(),
      right: z.number().int(),
      count: z.number().int(),
      /** A formula (greeting, thanks, procedure) without a content word of its own: listed after the rest. */
      common: z.boolean().optional(),
    }),
  ),
  summary: z.object({
    similarity: z.number(),
    wordsLeft: z.number().int(),
    wordsRight: z.number().int(),
    sharedPhraseCount: z.number().int(),
    movedCount: z.number().int(),
    distinctiveLeft: z.array(DistinctiveTermSchema),
    distinctiveRight: z.array(DistinctiveTermSchema),
    /** Tooltip texts: how similarity and distinctive terms are computed. */
    explanation: z.object({ similarity: z.string(), distinctive: z.string() }),
  }),
  /** Version mode (two versions of one document): the inline word diff, in reading order. */
  inline: z.array(InlineBlockSchema).nullable(),
  elapsedMs: z.number(),
});
export type Comparison = z.infer<typeof ComparisonSchema>;

export const SimilarRequestSchema = z
  .object({
    documentId: z.number().int().positive(),
    turn: z.number().int().min(0),
    paragraph: z.number().int().min(0),
    limit: z.number().int().min(1).max(500).optional(),
    /** Minimum Jaccard similarity of word 3-grams (0–1); default 0.3. */
    minSimilarity: z.number().min(0.05).max(1).optional(),
  })
  .strict();
export type SimilarRequest = z.infer<typeof SimilarRequestSchema>;

export const SimilarPassageSchema = z.object({
  documentId: z.number().int(),
  title: z.string(),
  date: z.string().nullable(),
  turn: z.number().int(),
  paragraph: z.number().int(),
  speaker: z.string().nullable(),
  text: z.string(),
  /** Jaccard similarity of the word 3-gram sets. */
  similarity: z.number(),
  /** Share of the query's 3-grams found in this passage. */
  containment: z.number(),
});
export type SimilarPassage = z.infer<typeof SimilarPassageSchema>;

export const SimilarResultSchema = z.object({
  query: z.object({ documentId: z.number().int(), turn: z.number().int(), paragraph: z.number().int(), text: z.string() }),
  hits: z.array(SimilarPassageSchema),
  indexedPassages: z.number().int(),
  /** Milliseconds spent building the index for this request, or null when it was cached. */
  indexBuildMs: z.number().nullable(),
  elapsedMs: z.number(),
  /** Why nothing was searched for (a passage without content words), else absent. */
  note: z.string().nullable().optional(),
});
export type SimilarResult = z.infer<typeof SimilarResultSchema>;
