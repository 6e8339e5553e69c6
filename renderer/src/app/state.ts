/**
 * The window's state: one object, changed only by the named actions in reducer.ts.
 * Data from the archive is not kept here (views ask for it with useRequest); what is
 * kept is what the person chose — the view, the filter, the selection, the query, the
 * reader's position and panels, the open dialog — and a revision per kind of data, so
 * that after an import, an edit or a delete exactly the affected requests ask again.
 */
import type { Annotation, ImportProgress, ImportReport, LibraryFilter, LibrarySort } from '../../../shared/contract/api';
import type { SelectedPassage } from '../reader/selection';

export type View = 'library' | 'notes' | 'search' | 'compare' | 'research';
/** The research desk's tabs: concordance, trends over time, who says it, collocates. */
export type ResearchTab = 'kwic' | 'trends' | 'speakers' | 'collocates';
export type SearchSort = 'relevance' | 'date';
export type Measure = 'narrow' | 'medium' | 'wide';
export type Theme = 'system' | 'light' | 'dark';

/** What a revision counts changes of. Requests put the revisions they depend on in their keys. */
export type Topic = 'documents' | 'annotations' | 'collections' | 'filters';

export type DialogState =
  | { kind: 'palette' }
  | { kind: 'help' }
  | { kind: 'about' }
  | { kind: 'settings' }
  | { kind: 'mapping'; files: { path: string; columns: string[]; samples: Record<string, string> }[] }
  | { kind: 'edit'; documentId: number }
  | { kind: 'annotate'; documentId: number; passage: SelectedPassage }
  | { kind: 'edit-note'; annotation: Annotation }
  | { kind: 'new-collection' }
  | { kind: 'add-to-collection'; ids: number[] }
  | { kind: 'save-filter' }
  | { kind: 'export-citations'; what: CitedDocuments };

/** Documents to cite in one bibliography file: chosen ones, a collection's, or every one a search finds. */
export type CitedDocuments =
  { kind: 'documents'; ids: number[] } | { kind: 'collection'; id: number; name: string } | { kind: 'search'; query: string };

/** A right-click menu: which commands (by where they appear) and where it opened. */
export interface ContextMenuState {
  where: 'document-menu' | 'text-menu';
  x: number;
  y: number;
}

export interface Notice {
  id: number;
  text: string;
  /** A command the notice offers (e.g. Undo after a delete). */
  action?: { label: string; command: string };
}

export interface ReaderTarget {
  documentId: number;
  turn: number;
  paragraph?: number;
  /** Words to find there (the matched words of a search hit). */
  find?: string;
}

export interface Settings {
  fontSize: number;
  measure: Measure;
  theme: Theme;
}

export interface ReaderState {
  panel: 'speakers' | 'notes' | 'outline' | null;
  /** Show only this speaker's turns (a resolved speaker name), or everyone. */
  only: string | null;
  find: { open: boolean; query: string; current: number };
  /** Where the reader is asked to go once the document is shown; cleared when it is there. */
  target: ReaderTarget | null;
  /** The turn last stepped or jumped to (drawn with a mark in the margin). */
  focusedTurn: number | null;
}

export interface ImportState {
  running: boolean;
  progress: ImportProgress | null;
  report: ImportReport | null;
  error: string | null;
}

export interface State {
  view: View;
  /** The sidebar shown over the list in a narrow window. */
  sidebarOpen: boolean;
  filter: LibraryFilter;
  sort: LibrarySort;
  /** A new sort starts at the top: the cursor moves to the first row when its ids come. */
  cursorToFirst: boolean;
  /** The document in the reader (and the list's cursor). */
  cursor: number | null;
  /** Selected documents, in the order they were chosen (the first chosen compares on the left). */
  selected: number[];
  search: { query: string; sort: SearchSort };
  /** The research desk works on the search's query; a trend may draw further queries beside it. */
  research: { tab: ResearchTab; terms: string[] };
  compare: { left: number; right: number } | null;
  reader: ReaderState;
  settings: Settings;
  dialog: DialogState | null;
  menu: ContextMenuState | null;
  notice: Notice | null;
  importing: ImportState;
  /** The batch id of the last delete, for Undo. */
  lastDelete: string | null;
  revision: Record<Topic, number>;
}

export const DEFAULT_SETTINGS: Settings = { fontSize: 17, measure: 'medium', theme: 'system' };
export const MEASURES: Measure[] = ['narrow', 'medium', 'wide'];

export function initialState(settings: Settings = DEFAULT_SETTINGS): State {
  return {
    view: 'library',
    sidebarOpen: false,
    filter: {},
    sort: { column: 'date', direction: 'desc' },
    cursorToFirst: false,
    cursor: null,
    selected: [],
    search: { query: '', sort: 'relevance' },
    research: { tab: 'kwic', terms: [] },
    compare: null,
    reader: { panel: null, only: null, find: { open: false, query: '', current: 0 }, target: null, focusedTurn: null },
    settings,
    dialog: null,
    menu: null,
    notice: null,
    importing: { running: false, progress: null, report: null, error: null },
    lastDelete: null,
    revision: { documents: 0, annotations: 0, collections: 0, filters: 0 },
  };
}

/** The documents a command acts on: the selection, or else the document in the reader. */
export function targets(state: State): number[] {
  if (state.selected.length) return state.selected;
  return state.cursor !== null ? [state.cursor] : [];
}
