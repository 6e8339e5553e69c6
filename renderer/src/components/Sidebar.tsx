import type { Collection, FacetKind, FacetsResult, LibraryFilter, SavedFilter } from '../../../preload/api';
import { FacetList } from '../library/FacetList';
import { FACET_ORDER, toggleValue } from '../library/filter';
import { Timeline } from '../library/Timeline';
import type { View } from '../library/views';

interface Props {
  view: View;
  views: { view: View; label: string; count?: number }[];
  filter: LibraryFilter;
  facets: FacetsResult | null;
  collections: Collection[];
  savedFilters: SavedFilter[];
  importing: boolean;
  onView(view: View): void;
  onFilter(filter: LibraryFilter): void;
  onImport(): void;
  onNewCollection(): void;
  onDeleteCollection(collection: Collection): void;
  onDeleteSavedFilter(saved: SavedFilter): void;
}

/** Left pane: where to look (views, collections, saved filters) and what to narrow by (timeline, facets). */
export function Sidebar(props: Props) {
  const { filter, facets } = props;
  const toggle = (kind: FacetKind, value: string) => props.onFilter(toggleValue(filter, kind, value));
  const showLibrary = (next: LibraryFilter) => {
    props.onView('library');
    props.onFilter(next);
  };
  return (
    <aside className="sidebar" aria-label="Archive">
      <h1 className="brand">Verbatim</h1>
      <nav aria-label="Views">
        <ul>
          {props.views.map((v) => (
            <li key={v.view}>
              <button
                type="button"
                className={`nav-item${props.view === v.view ? ' active' : ''}`}
                aria-current={props.view === v.view ? 'page' : undefined}
                onClick={() => props.onView(v.view)}
              >
                {v.label} {v.count !== undefined && <span className="count">{v.count.toLocaleString('en')}</span>}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <button type="button" className="primary" onClick={props.onImport} disabled={props.importing}>
        Import…
      </button>

      <section aria-labelledby="collections-heading">
        <div className="side-row">
          <h2 id="collections-heading" className="side-heading">
            Collections
          </h2>
          <button type="button" className="link" onClick={props.onNewCollection} aria-label="New collection">
            + New
          </button>
        </div>
        {props.collections.length === 0 ? (
          <p className="hint">Select documents and add them to a collection (palette: “Add to collection”).</p>
        ) : (
          <ul className="side-list">
            {props.collections.map((c) => (
              <li key={c.id} className={filter.collection === c.id ? 'active' : undefined}>
                <button type="button" className="nav-item" onClick={() => showLibrary({ ...filter, collection: c.id })}>
                  {c.name} <span className="count">{c.count}</span>
                </button>
                <button type="button" className="icon" aria-label={`Delete collection ${c.name}`} onClick={() => props.onDeleteCollection(c)}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      {props.savedFilters.length > 0 && (
        <section aria-labelledby="saved-heading">
          <h2 id="saved-heading" className="side-heading">
            Saved filters
          </h2>
          <ul className="side-list">
            {props.savedFilters.map((s) => (
              <li key={s.id}>
                <button type="button" className="nav-item" onClick={() => showLibrary(s.filter)}>
                  {s.name}
                </button>
                <button type="button" className="icon" aria-label={`Delete saved filter ${s.name}`} onClick={() => props.onDeleteSavedFilter(s)}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {facets && (
        <>
          <Timeline
            months={facets.timeline}
            from={filter.from}
            to={filter.to}
            onRange={(from, to) => showLibrary({ ...filter, from, to })}
          />
          <div className="facets" role="group" aria-label="Facets">
            {FACET_ORDER.map((kind) => (
              <FacetList
                key={kind}
                kind={kind}
                counts={facets.facets[kind] ?? []}
                selected={filter.facets?.[kind] ?? []}
                onToggle={(value) => {
                  props.onView('library');
                  toggle(kind, value);
                }}
              />
            ))}
          </div>
        </>
      )}
    </aside>
  );
}
