/**
 * THE contract between the renderer and the main process: every channel's
 * name, its argument and result types, and a runtime validator for each.
 * main/ipc.ts registers handlers keyed by these names; preload/client.ts
 * builds window.verbatim from them. No channel string is written elsewhere.
 */
import { z } from 'zod';

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

/** Dataset fields a column can be mapped to (see main/import/dataset-columns.ts). */
export const MAPPABLE_FIELDS = ['title', 'date', 'time', 'text', 'speaker', 'place', 'url', 'summary', 'tags', 'topics', 'persons', 'geography'] as const;

export const ImportRequestOptionsSchema = z
  .object({
    /** Dataset field -> column name, for datasets whose column names are not recognised. */
    mapping: z.partialRecord(z.enum(MAPPABLE_FIELDS), z.string().min(1).max(500)).optional(),
  })
  .strict();
export type ImportRequestOptions = z.infer<typeof ImportRequestOptionsSchema>;

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
  'import:dialog': { args: NoArgs, result: ImportReportSchema.nullable() },
  'import:cancel': { args: NoArgs, result: z.boolean() },
} as const;

export type Channel = keyof typeof channels;
export type ChannelArgs<C extends Channel> = z.infer<(typeof channels)[C]['args']>;
export type ChannelResult<C extends Channel> = z.infer<(typeof channels)[C]['result']>;

/** Every invoke answers with this envelope: errors are values, never thrown across the bridge. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

// ---------- events: main -> renderer ----------

export const events = {
  'import:progress': ImportProgressSchema,
  'import:finished': ImportReportSchema,
  /** A command chosen in the native application menu. */
  'menu:command': z.enum(['import']),
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;

/** The name the preload gives the API on window. */
export const API_NAME = 'verbatim';

/** The custom scheme the renderer is served from; only its top frame may call the API. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://verbatim`;

/** A readable message for a validation failure. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? `argument ${issue.path.join('.')}: ` : ''}${issue.message}`)
    .join('; ');
}
