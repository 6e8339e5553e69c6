/**
 * THE contract between the renderer and the main process: every channel's
 * name, its argument and result types, and a runtime validator for each.
 * main/ipc.ts registers handlers keyed by these names; preload/client.ts
 * builds window.verbatim from them. No channel string is written elsewhere.
 */
import { z } from 'zod';
import { DOCUMENT_FIELDS, MENU_COMMANDS, MENU_NAMES, type EventName } from '../shared/contract/names';
import { libraryChannels } from './api-library';
import { searchChannels } from './api-search';
import { analysisChannels } from './api-analysis';

export * from './api-library';
export * from './api-search';
export * from './api-analysis';
export * from './api-dates';
export * from '../shared/contract/names';

// ---------- shared shapes ----------

export const DocumentListItemSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  date: z.string().nullable(),
  time: z.string().nullable(),
  place: z.string().nullable(),
  turnCount: z.number().int(),
});
export type DocumentListItem = z.infer<typeof DocumentListItemSchema>;

export const TurnViewSchema = z.object({
  speaker: z.string().nullable(),
  text: z.string(),
});
export type TurnView = z.infer<typeof TurnViewSchema>;

export const RelatedLinkSchema = z.object({
  title: z.string(),
  date: z.string().nullable(),
  url: z.string().nullable(),
});

export const SourceViewSchema = z.object({
  path: z.string(),
  format: z.string(),
  size: z.number(),
  importedAt: z.string(),
});

export const DocumentDetailSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  date: z.string().nullable(),
  time: z.string().nullable(),
  place: z.string().nullable(),
  summary: z.string().nullable(),
  url: z.string().nullable(),
  topics: z.array(z.string()),
  persons: z.array(z.string()),
  geography: z.array(z.string()),
  turns: z.array(TurnViewSchema),
  related: z.array(RelatedLinkSchema),
  captions: z.array(z.string()),
  sections: z.array(z.string()),
  publishedAt: z.string().nullable(),
  attribution: z.string().nullable(),
  language: z.string().nullable(),
  format: z.string(),
  warnings: z.array(z.string()),
  sources: z.array(SourceViewSchema),
  importedAt: z.string(),
  updatedAt: z.string(),
});
export type DocumentDetail = z.infer<typeof DocumentDetailSchema>;

export const ImportStatusSchema = z.enum(['imported', 'updated', 'unchanged']);
export type ImportStatus = z.infer<typeof ImportStatusSchema>;

export const ImportReportSchema = z.object({
  imported: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  documents: z.array(
    z.object({ id: z.number().int(), title: z.string(), path: z.string(), status: ImportStatusSchema }),
  ),
  failed: z.array(
    z.object({
      path: z.string(),
      error: z.string(),
      /** For a dataset whose columns could not be matched: the columns it has, to map them. */
      columns: z.array(z.string()).optional(),
      /** …and each column's first value, shortened, to tell them apart. */
      samples: z.record(z.string(), z.string()).optional(),
    }),
  ),
  skipped: z.array(z.object({ path: z.string(), reason: z.string() })),
  warnings: z.array(z.object({ path: z.string(), message: z.string() })),
  cancelled: z.boolean(),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

export const ImportProgressSchema = z.object({
  filesDone: z.number().int(),
  filesTotal: z.number().int(),
  currentFile: z.string().nullable(),
  documents: z.number().int(),
  /** Files per second so far. */
  rate: z.number(),
  /** Estimated seconds left, or null before there is a rate. */
  secondsLeft: z.number().nullable(),
});
export type ImportProgress = z.infer<typeof ImportProgressSchema>;

export const ArchiveInfoSchema = z.object({
  path: z.string(),
  documentCount: z.number().int(),
});
export type ArchiveInfo = z.infer<typeof ArchiveInfoSchema>;

export const ImportRequestOptionsSchema = z
  .object({
    /** Dataset field -> column name, for datasets whose column names are not recognised. */
    mapping: z.partialRecord(z.enum(DOCUMENT_FIELDS), z.string().min(1).max(500)).optional(),
  })
  .strict();
export type ImportRequestOptions = z.infer<typeof ImportRequestOptionsSchema>;

// ---------- comparison of two texts, similar passages (issue #6; main/compare/) ----------

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
  topics: z.array(z.object({ label: z.string(), pairs: z.array(z.number().int()), left: z.array(z.number().int()), right: z.array(z.number().int()) })),
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

// ---------- invoke channels: name -> [argument validator, result type] ----------

const NoArgs = z.tuple([]);
const DocumentId = z.number().int().positive();
const PathList = z.array(z.string().min(1).max(32_767)).min(1).max(100_000);

export const channels = {
  'archive:info': { args: NoArgs, result: ArchiveInfoSchema },
  'library:list': {
    args: z.tuple([z.object({ limit: z.number().int().min(1).max(100_000), offset: z.number().int().min(0) }).strict()]),
    result: z.array(DocumentListItemSchema),
  },
  'document:get': { args: z.tuple([DocumentId]), result: DocumentDetailSchema },
  'import:paths': { args: z.tuple([PathList, ImportRequestOptionsSchema.optional()]), result: ImportReportSchema },
  /** Asks for files (or, with { folders: true }, folders) to import; null when the user cancels. */
  'import:dialog': {
    args: z.tuple([z.object({ folders: z.boolean() }).strict().optional()]),
    result: ImportReportSchema.nullable(),
  },
  'import:cancel': { args: NoArgs, result: z.boolean() },
  'compare:documents': { args: z.tuple([CompareRequestSchema]), result: ComparisonSchema },
  'compare:similar': { args: z.tuple([SimilarRequestSchema]), result: SimilarResultSchema },
  // Library and reader: faceted queries, edits, delete/undo, annotations, collections, exports (api-library.ts).
  ...libraryChannels,
  // Search: 'search:query' and 'search:suggest' (api-search.ts, main/search/).
  ...searchChannels,
  // Research desk: concordance, trends, speakers, collocates, citations (api-analysis.ts, main/analysis/).
  ...analysisChannels,
} as const;

export type Channel = keyof typeof channels;
export type ChannelArgs<C extends Channel> = z.infer<(typeof channels)[C]['args']>;
export type ChannelResult<C extends Channel> = z.infer<(typeof channels)[C]['result']>;

/** Every invoke answers with this envelope: errors are values, never thrown across the bridge. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

// ---------- the native menu, made by the window from its command registry ----------

/** A command's id in the window's registry (renderer/src/app/commands). */
export const CommandIdSchema = z.string().regex(/^[a-z][a-z0-9-]{0,47}$/);

export const MenuItemSpecSchema = z.union([
  z
    .object({
      id: CommandIdSchema,
      label: z.string().min(1).max(120),
      /** An Electron accelerator shown beside the label ("CmdOrCtrl+Shift+C"); the window handles the key itself. */
      accelerator: z.string().max(40).regex(/^[A-Za-z0-9+=,-]+$/).nullable(),
      enabled: z.boolean(),
    })
    .strict(),
  z.object({ separator: z.literal(true) }).strict(),
]);
export const MenuSpecSchema = z.array(z.object({ label: z.enum(MENU_NAMES), items: z.array(MenuItemSpecSchema).max(100) }).strict()).max(MENU_NAMES.length);
export type MenuSpec = z.infer<typeof MenuSpecSchema>;

// ---------- events: main -> renderer ----------

export const events = {
  'import:progress': ImportProgressSchema,
  'import:finished': ImportReportSchema,
  /** A command chosen in the native application menu: one of MENU_COMMANDS, or a registry command id the window gave in its menu. */
  'menu:command': z.union([z.enum(MENU_COMMANDS), CommandIdSchema]),
  /** A verbatim:// link opened from outside (shared/links.ts): the document, and the turn counted from 0. */
  'link:open': z.object({ documentId: z.number().int().positive(), turn: z.number().int().min(0).nullable() }).strict(),
} as const satisfies Record<EventName, z.ZodType>;

export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;

/** A readable message for a validation failure. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? `argument ${issue.path.join('.')}: ` : ''}${issue.message}`)
    .join('; ');
}
