/**
 * The library and reader's part of the contract (spread into `channels` in api.ts):
 * faceted queries over the archive, speaker figures, edits, delete with undo,
 * annotations, collections, saved filters, exports and backups.
 */
import { z } from 'zod';
import { calendarDateProblem } from '../dates';

export const FacetKindSchema = z.enum(['year', 'topic', 'person', 'geography', 'speaker', 'place']);
export type FacetKind = z.infer<typeof FacetKindSchema>;

/** A calendar date as YYYY-MM-DD: 2019-13-45 and 2019-02-30 are refused with a sentence saying why. */
const IsoDate = z.string().superRefine((value, ctx) => {
  const problem = calendarDateProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
const FacetValue = z.string().min(1).max(500);
const Id = z.number().int().positive();
const IdList = z.array(Id).min(1).max(100_000);
const Name = z.string().trim().min(1, 'a name').max(200);

export const LibraryFilterSchema = z
  .object({
    facets: z.partialRecord(FacetKindSchema, z.array(FacetValue).max(500)).optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    /** Words in the title or main speakers. */
    text: z.string().max(300).optional(),
    collection: Id.optional(),
  })
  .strict();
export type LibraryFilter = z.infer<typeof LibraryFilterSchema>;

export const SortColumnSchema = z.enum(['date', 'title', 'place', 'turns', 'speakers']);
export type SortColumn = z.infer<typeof SortColumnSchema>;
export const LibrarySortSchema = z.object({ column: SortColumnSchema, direction: z.enum(['asc', 'desc']) }).strict();
export type LibrarySort = z.infer<typeof LibrarySortSchema>;

/** A document as lists show it. */
export const DocumentListItemSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  date: z.string().nullable(),
  time: z.string().nullable(),
  place: z.string().nullable(),
  turnCount: z.number().int(),
});
export type DocumentListItem = z.infer<typeof DocumentListItemSchema>;

/** A row of the library table: a listed document and who spoke most in it. */
export const LibraryRowSchema = DocumentListItemSchema.extend({ mainSpeakers: z.string().nullable() });
export type LibraryRow = z.infer<typeof LibraryRowSchema>;

export const FacetCountSchema = z.object({
  value: z.string(),
  count: z.number().int(),
  /** How the value is shown when that differs from the stored value (a person tag, "Jeenbekov Sooronbay", as "Sooronbay Jeenbekov"). */
  label: z.string().optional(),
});
export type FacetCount = z.infer<typeof FacetCountSchema>;

export const FacetsResultSchema = z.object({
  total: z.number().int(),
  facets: z.record(FacetKindSchema, z.array(FacetCountSchema)),
  timeline: z.array(z.object({ month: z.string(), count: z.number().int() })),
});
export type FacetsResult = z.infer<typeof FacetsResultSchema>;

export const SpeakerFigureSchema = z.object({
  label: z.string(),
  person: z.string().nullable(),
  role: z.string().nullable(),
  speaker: z.string(),
  turns: z.number().int(),
  words: z.number().int(),
  firstIdx: z.number().int(),
});
export type SpeakerFigureView = z.infer<typeof SpeakerFigureSchema>;

const TagList = z.array(z.string().trim().min(1).max(300)).max(500);
export const DocumentEditSchema = z
  .object({
    title: z.string().trim().min(1, 'a title').max(1000).optional(),
    date: IsoDate.nullable().optional(),
    place: z.string().trim().max(500).nullable().optional(),
    topics: TagList.optional(),
    persons: TagList.optional(),
    geography: TagList.optional(),
  })
  .strict();
export type DocumentEdit = z.infer<typeof DocumentEditSchema>;

export const NewAnnotationSchema = z
  .object({
    documentId: Id,
    turnIdx: z.number().int().min(0),
    paragraph: z.number().int().min(0),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    quote: z.string().min(1).max(20_000),
    note: z.string().max(20_000),
  })
  .strict()
  .refine((a) => a.end > a.start, 'the end of a highlight comes after its start');
export type NewAnnotation = z.infer<typeof NewAnnotationSchema>;

export const AnnotationSchema = z.object({
  id: z.number().int(),
  documentId: z.number().int(),
  documentTitle: z.string(),
  documentDate: z.string().nullable(),
  turnIdx: z.number().int(),
  paragraph: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  note: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Annotation = z.infer<typeof AnnotationSchema>;

export const CollectionSchema = z.object({ id: z.number().int(), name: z.string(), count: z.number().int() });
export type Collection = z.infer<typeof CollectionSchema>;

export const SavedFilterSchema = z.object({ id: z.number().int(), name: z.string(), filter: LibraryFilterSchema });
export type SavedFilter = z.infer<typeof SavedFilterSchema>;

export const ExportFormatSchema = z.enum(['markdown', 'text', 'csv']);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export const SuggestionsSchema = z.object({
  documents: z.array(z.object({ id: z.number().int(), title: z.string(), date: z.string().nullable() })),
  speakers: z.array(FacetCountSchema),
  tags: z.array(z.object({ kind: FacetKindSchema, value: z.string(), count: z.number().int() })),
});
export type Suggestions = z.infer<typeof SuggestionsSchema>;

/** A person who speaks in the archive (main/archive/persons.ts), for renaming and merging. */
export const PersonSummarySchema = z.object({
  name: z.string(),
  documents: z.number().int(),
  turns: z.number().int(),
  words: z.number().int(),
});
export type PersonSummary = z.infer<typeof PersonSummarySchema>;

/** The user's name for one variant key of a person as it was before a change (null: none). */
export const PersonOverrideSchema = z.object({ variant: z.string().min(1).max(1000), name: z.string().max(200).nullable() }).strict();
export type PersonOverride = z.infer<typeof PersonOverrideSchema>;

/** A rename or merge: the person's name after it, the documents it changed, and what puts it back. */
export const PersonChangeSchema = z.object({ person: z.string(), documents: z.number().int(), previous: z.array(PersonOverrideSchema) });
export type PersonChange = z.infer<typeof PersonChangeSchema>;

/** What the window may save as a file: tables and charts of the research views. */
export const SAVE_KINDS = ['csv', 'json', 'png', 'svg', 'bib', 'ris'] as const;
export type SaveFileRequest = { name: string; kind: (typeof SAVE_KINDS)[number]; data: string; encoding: 'utf8' | 'base64' };

export const libraryChannels = {
  'library:query': {
    args: z.tuple([z.object({ filter: LibraryFilterSchema, sort: LibrarySortSchema }).strict()]),
    result: z.object({ total: z.number().int(), ids: z.array(z.number().int()) }),
  },
  'library:rows': { args: z.tuple([z.array(Id).max(2000)]), result: z.array(LibraryRowSchema) },
  'library:facets': {
    args: z.tuple([z.object({ filter: LibraryFilterSchema, limit: z.number().int().min(1).max(1000) }).strict()]),
    result: FacetsResultSchema,
  },
  'library:suggest': { args: z.tuple([z.string().max(300)]), result: SuggestionsSchema },
  'document:speakers': { args: z.tuple([Id]), result: z.array(SpeakerFigureSchema) },
  'document:edit': { args: z.tuple([Id, DocumentEditSchema]), result: z.boolean() },
  'documents:delete': { args: z.tuple([IdList]), result: z.object({ batch: z.string(), count: z.number().int() }) },
  'documents:undo-delete': {
    args: z.tuple([z.string().min(1).max(100)]),
    result: z.object({
      count: z.number().int(),
      ids: z.array(z.number().int()),
      /** Titles that could not come back (a document with the same URL was imported since); they stay in the trash. */
      notRestored: z.array(z.string()),
    }),
  },
  'annotations:list': { args: z.tuple([Id.nullable()]), result: z.array(AnnotationSchema) },
  'annotations:add': { args: z.tuple([NewAnnotationSchema]), result: AnnotationSchema },
  'annotations:update': { args: z.tuple([Id, z.string().max(20_000)]), result: z.boolean() },
  'annotations:delete': { args: z.tuple([Id]), result: z.boolean() },
  'collections:list': { args: z.tuple([]), result: z.array(CollectionSchema) },
  'collections:create': { args: z.tuple([Name]), result: CollectionSchema },
  'collections:add': { args: z.tuple([Id, IdList]), result: z.number().int() },
  'collections:remove': { args: z.tuple([Id, IdList]), result: z.number().int() },
  'collections:delete': { args: z.tuple([Id]), result: z.boolean() },
  'filters:list': { args: z.tuple([]), result: z.array(SavedFilterSchema) },
  'filters:save': { args: z.tuple([Name, LibraryFilterSchema]), result: SavedFilterSchema },
  'filters:delete': { args: z.tuple([Id]), result: z.boolean() },
  'export:documents': {
    args: z.tuple([z.object({ ids: IdList, format: ExportFormatSchema }).strict()]),
    result: z.object({ path: z.string(), documents: z.number().int() }).nullable(),
  },
  'archive:backup': { args: z.tuple([]), result: z.object({ path: z.string() }).nullable() },
  /**
   * Saves a table, a chart or a bibliography the window made (CSV, JSON, PNG, SVG, BibTeX, RIS) where
   * the user chooses; null when they cancel. The window never names a folder: main asks, with `name`
   * as the suggested file name.
   */
  'file:save': {
    args: z.tuple([
      z
        .object({
          name: z
            .string()
            .min(1)
            .max(200)
            .regex(/^[^/\\\u0000]+$/, 'a file name, not a path'),
          kind: z.enum(SAVE_KINDS),
          data: z.string().max(200_000_000),
          encoding: z.enum(['utf8', 'base64']),
        })
        .strict(),
    ]),
    result: z.object({ path: z.string() }).nullable(),
  },
  'persons:list': { args: z.tuple([]), result: z.array(PersonSummarySchema) },
  /** Shows a person (every spelling of them) by another name; kept across re-imports. */
  'person:rename': { args: z.tuple([Name, Name]), result: PersonChangeSchema },
  /** Makes the first person the same as the second, shown by the second's name; kept across re-imports. */
  'person:merge': { args: z.tuple([Name, Name]), result: PersonChangeSchema },
  /** Undoes a rename or merge: puts back the overrides it replaced. */
  'person:restore': { args: z.tuple([z.array(PersonOverrideSchema).min(1).max(10_000)]), result: z.number().int() },
} as const;
