/** Every change to the window's state, by name. Pure: (state, action) -> state. */
import type { ImportProgress, ImportReport, LibraryFilter, LibrarySort } from '../../../shared/contract/api';
import type {
  ContextMenuState,
  DialogState,
  ReaderState,
  ReaderTarget,
  ResearchTab,
  SearchSort,
  Settings,
  State,
  Topic,
  View,
} from './state';

export type Action =
  | { type: 'view/show'; view: View }
  | { type: 'sidebar/toggle'; open?: boolean }
  | { type: 'filter/set'; filter: LibraryFilter }
  | { type: 'sort/set'; sort: LibrarySort }
  | { type: 'list/arrived'; first: number | null }
  | { type: 'cursor/set'; id: number | null }
  | { type: 'selection/set'; ids: number[] }
  | { type: 'document/open'; id: number; turn?: number; paragraph?: number; find?: string }
  | { type: 'search/query'; query: string }
  | { type: 'search/sort'; sort: SearchSort }
  | { type: 'research/show'; tab: ResearchTab }
  | { type: 'research/terms'; terms: string[] }
  | { type: 'compare/open'; left: number; right: number }
  | { type: 'reader/panel'; panel: ReaderState['panel'] }
  | { type: 'reader/only'; speaker: string | null }
  | { type: 'reader/find'; find: Partial<ReaderState['find']> }
  | { type: 'reader/find-step'; by: 1 | -1 }
  | { type: 'reader/arrived'; focusedTurn: number | null; findCurrent?: number }
  | { type: 'reader/focus-turn'; turn: number | null }
  | { type: 'settings/set'; settings: Partial<Settings> }
  | { type: 'dialog/open'; dialog: DialogState }
  | { type: 'dialog/close' }
  | { type: 'menu/open'; menu: ContextMenuState }
  | { type: 'menu/close' }
  | { type: 'notice/show'; text: string; action?: { label: string; command: string } }
  | { type: 'notice/clear'; id: number }
  | { type: 'import/started' }
  | { type: 'import/progress'; progress: ImportProgress }
  | { type: 'import/finished'; report: ImportReport | null }
  | { type: 'import/failed'; error: string }
  | { type: 'import/dismiss' }
  | { type: 'deleted'; batch: string; next: number | null }
  | { type: 'restored'; first: number | null; all: boolean }
  | { type: 'changed'; topics: Topic[] };

let notices = 0;

const bump = (state: State, topics: Topic[]): State['revision'] => {
  const revision = { ...state.revision };
  for (const topic of topics) revision[topic] += 1;
  return revision;
};

/** A new document in the reader: no speaker filter, no stepped turn, the find starting over. */
function newDocument(reader: ReaderState, target: ReaderTarget | null): ReaderState {
  return { ...reader, only: null, focusedTurn: null, target, find: { ...reader.find, current: 0 } };
}

function setCursor(state: State, id: number | null, target: ReaderTarget | null = null): State {
  if (id === state.cursor && !target) return state;
  return { ...state, cursor: id, reader: id === state.cursor ? { ...state.reader, target } : newDocument(state.reader, target) };
}

export function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'view/show':
      return { ...state, view: action.view, sidebarOpen: false, menu: null };
    case 'sidebar/toggle':
      return { ...state, sidebarOpen: action.open ?? !state.sidebarOpen };
    case 'filter/set':
      return { ...state, filter: action.filter, selected: [] };
    case 'sort/set':
      return { ...state, sort: action.sort, selected: [], cursorToFirst: true };
    case 'list/arrived':
      if (!state.cursorToFirst && state.cursor !== null) return state;
      return { ...setCursor(state, action.first), cursorToFirst: false };
    case 'cursor/set':
      return setCursor(state, action.id);
    case 'selection/set':
      return { ...state, selected: action.ids };
    case 'document/open': {
      const target =
        action.turn !== undefined ? { documentId: action.id, turn: action.turn, paragraph: action.paragraph, find: action.find } : null;
      const next = setCursor(state, action.id, target);
      // A comparison takes the reader's pane: opening a passage from it shows the reader again.
      return { ...next, view: state.view === 'compare' ? 'library' : state.view, menu: null };
    }
    case 'search/query':
      return { ...state, search: { ...state.search, query: action.query } };
    case 'search/sort':
      return { ...state, search: { ...state.search, sort: action.sort } };
    case 'research/show':
      return { ...state, view: 'research', research: { ...state.research, tab: action.tab }, sidebarOpen: false, menu: null };
    case 'research/terms':
      return { ...state, research: { ...state.research, terms: action.terms } };
    case 'compare/open':
      return { ...state, view: 'compare', compare: { left: action.left, right: action.right }, sidebarOpen: false, menu: null };
    case 'reader/panel':
      return { ...state, reader: { ...state.reader, panel: state.reader.panel === action.panel ? null : action.panel } };
    case 'reader/only':
      return { ...state, reader: { ...state.reader, only: action.speaker } };
    case 'reader/find':
      return { ...state, reader: { ...state.reader, find: { ...state.reader.find, ...action.find } } };
    case 'reader/find-step':
      return { ...state, reader: { ...state.reader, find: { ...state.reader.find, current: state.reader.find.current + action.by } } };
    case 'reader/arrived': {
      const find =
        action.findCurrent !== undefined
          ? { open: true, query: state.reader.target?.find ?? '', current: action.findCurrent }
          : state.reader.find;
      return { ...state, reader: { ...state.reader, target: null, focusedTurn: action.focusedTurn, find } };
    }
    case 'reader/focus-turn':
      return { ...state, reader: { ...state.reader, focusedTurn: action.turn } };
    case 'settings/set':
      return { ...state, settings: { ...state.settings, ...action.settings } };
    case 'dialog/open':
      return { ...state, dialog: action.dialog, menu: null };
    case 'dialog/close':
      return { ...state, dialog: null };
    case 'menu/open':
      return { ...state, menu: action.menu };
    case 'menu/close':
      return state.menu ? { ...state, menu: null } : state;
    case 'notice/show':
      return { ...state, notice: { id: ++notices, text: action.text, action: action.action } };
    case 'notice/clear':
      return state.notice?.id === action.id ? { ...state, notice: null } : state;
    case 'import/started':
      return { ...state, importing: { running: true, progress: null, report: null, error: null } };
    case 'import/progress':
      return { ...state, importing: { ...state.importing, progress: action.progress } };
    case 'import/finished':
      return {
        ...state,
        importing: { running: false, progress: null, report: action.report, error: null },
        revision: action.report ? bump(state, ['documents']) : state.revision,
      };
    case 'import/failed':
      return {
        ...state,
        importing: { running: false, progress: null, report: null, error: action.error },
        revision: bump(state, ['documents']),
      };
    case 'import/dismiss':
      return { ...state, importing: { ...state.importing, report: null, error: null } };
    case 'deleted':
      return {
        ...setCursor({ ...state, selected: [] }, action.next),
        lastDelete: action.batch,
        revision: bump(state, ['documents', 'annotations', 'collections']),
      };
    case 'restored':
      return {
        ...setCursor(state, action.first ?? state.cursor),
        lastDelete: action.all ? null : state.lastDelete,
        revision: bump(state, ['documents', 'annotations', 'collections']),
      };
    case 'changed':
      return { ...state, revision: bump(state, action.topics) };
  }
}
