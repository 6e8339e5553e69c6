/**
 * The window: the store, the shortcuts and events, and the three panes — the sidebar,
 * the list of the current view, the reader (or the comparison over both) — with the
 * status bar below and the open dialog or menu above.
 */
import { useState } from 'react';
import { ResearchView } from '../analysis/ResearchView';
import { CompareScreen } from '../compare/CompareScreen';
import { DropZone } from '../import/DropZone';
import { LibraryView } from '../library/LibraryView';
import { Sidebar } from '../library/Sidebar';
import { SidebarToggle } from '../library/SidebarToggle';
import { NotesView } from '../notes/NotesView';
import { Reader } from '../reader/Reader';
import { SearchView } from '../search/SearchView';
import { useKeyHandler } from './commands/useKeyHandler';
import { ContextMenuHost } from './ContextMenuHost';
import { DialogHost } from './DialogHost';
import { focusList } from './focus';
import { initialState } from './state';
import { StatusBar } from './StatusBar';
import { createAppStore, StoreProvider, useAppState, useStore } from './store';
import { loadSettings, useAppEvents } from './useAppEvents';
import { useNativeMenu } from './useNativeMenu';
import './status.css';

const LIST_NAMES = { library: 'Documents', notes: 'Notes', search: 'Search', compare: 'Comparison', research: 'Research' } as const;

function Window() {
  const store = useStore();
  useKeyHandler(store);
  useAppEvents(store);
  useNativeMenu(store);
  const view = useAppState((s) => s.view);
  const sidebarOpen = useAppState((s) => s.sidebarOpen);
  return (
    <DropZone>
      <a
        className="skip-link"
        href="#list"
        onClick={(e) => {
          e.preventDefault();
          focusList(store.getState().view);
        }}
      >
        Skip to the list
      </a>
      <div
        className={`window${view === 'compare' ? ' wide' : ''}${view === 'research' ? ' research' : ''}${sidebarOpen ? ' sidebar-open' : ''}`}
      >
        <Sidebar />
        {sidebarOpen && (
          <div className="scrim" aria-hidden="true" onClick={() => store.dispatch({ type: 'sidebar/toggle', open: false })} />
        )}
        <main className="list-pane" id="list" aria-label={LIST_NAMES[view]}>
          {(view === 'notes' || view === 'compare') && (
            <div className="narrow-bar">
              <SidebarToggle />
              <span>{view === 'notes' ? 'Notes' : 'Compare'}</span>
            </div>
          )}
          {view === 'library' && <LibraryView />}
          {view === 'notes' && <NotesView />}
          {view === 'search' && <SearchView />}
          {view === 'compare' && <CompareScreen />}
          {view === 'research' && <ResearchView />}
        </main>
        {view !== 'compare' && (
          <section className="reader-pane" aria-label="Reader">
            <Reader />
          </section>
        )}
        <StatusBar />
      </div>
      <DialogHost />
      <ContextMenuHost />
    </DropZone>
  );
}

export function App() {
  const [store] = useState(() => createAppStore(initialState(loadSettings())));
  return (
    <StoreProvider store={store}>
      <Window />
    </StoreProvider>
  );
}
