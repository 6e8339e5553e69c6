/**
 * THE contract between the renderer and the main process: every channel's
 * name, its argument and result types, and a runtime validator for each.
 * main/ipc/ipc.ts registers handlers keyed by these names; preload/client.ts
 * builds window.verbatim from them. No channel string is written elsewhere.
 * The parts: library.ts, search.ts, compare.ts, analysis.ts; names.ts holds
 * the plain names the preload and the renderer use without the validators.
 */
import { z } from 'zod';
import { DOCUMENT_FIELDS, MENU_COMMANDS, MENU_NAMES, type EventName } from './names';
import { DocumentListItemSchema, libraryChannels } from './library';
import { searchChannels } from './search';
import { CompareRequestSchema, ComparisonSchema, SimilarRequestSchema, SimilarResultSchema } from './compare';

import { analysisChannels } from './analysis';

export * from './library';
export * from './search';
export * from './analysis';
export * from './compare';
export * from '../dates';
export * from './names';

// ---------- shared shapes ----------

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
  documents: z.array(z.object({ id: z.number().int(), title: z.string(), path: z.string(), status: ImportStatusSchema })),
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
  // Library and reader: faceted queries, edits, delete/undo, annotations, collections, exports (library.ts).
  ...libraryChannels,
  // Search: 'search:query' and 'search:suggest' (search.ts, main/search/).
  ...searchChannels,
  // Research desk: concordance, trends, speakers, collocates, citations (analysis.ts, main/analysis/).
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
      accelerator: z
        .string()
        .max(40)
        .regex(/^[A-Za-z0-9+=,-]+$/)
        .nullable(),
      enabled: z.boolean(),
    })
    .strict(),
  z.object({ separator: z.literal(true) }).strict(),
]);
export const MenuSpecSchema = z
  .array(z.object({ label: z.enum(MENU_NAMES), items: z.array(MenuItemSpecSchema).max(100) }).strict())
  .max(MENU_NAMES.length);
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
  return error.issues.map((issue) => `${issue.path.length ? `argument ${issue.path.join('.')}: ` : ''}${issue.message}`).join('; ');
}
