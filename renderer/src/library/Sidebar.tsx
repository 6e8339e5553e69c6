/** Left pane: where to look (views, collections, saved filters) and what to narrow by (timeline and facets, or the search's). */
import { runCommand } from '../app/commands/registry';
import { deleteSavedFilter } from '../app/operations/collections';
import { archiveInfoKey, collectionsKey, savedFiltersKey } from '../app/requests';
import type { View } from '../app/state';
import { useAppState, useStore } from '../app/store';
import { SearchSidebar } from '../search/SearchSidebar';
import { api } from '../shared/api';
import { formatNumber } from '../shared/format';
import { useRequest } from '../shared/useRequest';
import { CollectionItem } from './CollectionItem';
import { LibraryFacets } from './LibraryFacets';
import type { LibraryFilter } from '../../../shared/contract/api';
import './library.css';

const VIEWS: { view: View; label: string; command: string }[] = [
  { view: 'library', label: 'Library', command: 'view-library' },
  { view: 'notes', label: 'Notes', command: 'view-notes' },
  { view: 'search', label: 'Search', command: 'view-search' },
  { view: 'compare', label: 'Compare', command: 'view-compare' },
  { view: 'research', label: 'Research', command: 'view-research' },
];

export function Sidebar() {
  const store = useStore();
  const view = useAppState((s) => s.view);
  const filter = useAppState((s) => s.filter);
  const importing = useAppState((s) => s.importing.running);
  const info = useRequest(useAppState(archiveInfoKey), () => api().archiveInfo()).data;
  const collections = useRequest(useAppState(collectionsKey), () => api().listCollections()).data ?? [];
  const saved = useRequest(useAppState(savedFiltersKey), () => api().listSavedFilters()).data ?? [];
  const showLibrary = (next: LibraryFilter) => {
    store.dispatch({ type: 'view/show', view: 'library' });
    store.dispatch({ type: 'filter/set', filter: next });
  };

  return (
    <aside className="sidebar" id="sidebar" aria-label="Archive">
      <h1 className="brand">Verbatim</h1>
      <nav aria-label="Views">
        <ul>
          {VIEWS.map((v) => (
            <li key={v.view}>
              <button
                type="button"
                className={`nav-item${view === v.view ? ' active' : ''}`}
                aria-current={view === v.view ? 'page' : undefined}
                onClick={() => runCommand(v.command, store)}
              >
                {v.label} {v.view === 'library' && info && <span className="count">{formatNumber(info.documentCount)}</span>}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <button type="button" className="primary" onClick={() => runCommand('import', store)} disabled={importing}>
        Import…
      </button>

      <section aria-labelledby="collections-heading">
        <div className="side-row">
          <h2 id="collections-heading" className="side-heading">
            Collections
          </h2>
          <button type="button" className="link" onClick={() => runCommand('new-collection', store)} aria-label="New collection">
            + New
          </button>
        </div>
        {collections.length === 0 ? (
          <p className="hint">Select documents, then right-click › Add to collection.</p>
        ) : (
          <ul className="side-list">
            {collections.map((c) => (
              <CollectionItem
                key={c.id}
                collection={c}
                active={filter.collection === c.id}
                onShow={() => showLibrary({ ...filter, collection: c.id })}
              />
            ))}
          </ul>
        )}
      </section>

      {saved.length > 0 && (
        <section aria-labelledby="saved-heading">
          <h2 id="saved-heading" className="side-heading">
            Saved filters
          </h2>
          <ul className="side-list">
            {saved.map((s) => (
              <li key={s.id}>
                <button type="button" className="nav-item" onClick={() => showLibrary(s.filter)}>
                  {s.name}
                </button>
                <button
                  type="button"
                  className="icon"
                  aria-label={`Delete saved filter ${s.name}`}
                  onClick={() => void deleteSavedFilter(store, s.id)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {view === 'search' && <SearchSidebar />}
      {view === 'research' && (
        <p className="hint research-sidebar-hint">
          The research views work on the search’s query. Narrow it with fields: <code>speaker:</code>, <code>date:2014..2019</code>,{' '}
          <code>topic:</code>, <code>place:</code>.
        </p>
      )}
      {view !== 'search' && view !== 'research' && <LibraryFacets />}
    </aside>
  );
}
