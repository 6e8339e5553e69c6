/** The Search in the middle pane: the box with suggestions, the counts, and the results grouped by document. */
import { runCommand } from '../app/commands/registry';
import { useAppState, useDispatch, useStore } from '../app/store';
import type { SearchSort } from '../app/state';
import { formatNumber } from '../shared/format';
import { MenuButton } from '../shared/Menu';
import { SidebarToggle } from '../library/SidebarToggle';
import { SearchBox } from './SearchBox';
import { SearchResults } from './SearchResults';
import { SearchSyntax } from './SearchSyntax';
import { statusLine } from './summary';
import { useSearchResults } from './useSearch';
import './search.css';

const RESULT_FORMATS = ['csv', 'json'] as const;

export function SearchView() {
  const dispatch = useDispatch();
  const store = useStore();
  const { query, sort } = useAppState((s) => s.search);
  const { page, counts, groups, loadMore } = useSearchResults();
  const setQuery = (next: string) => dispatch({ type: 'search/query', query: next });
  const open = (id: number, turn?: number, find?: string) => dispatch({ type: 'document/open', id, turn, find });
  const searching = query.trim() !== '';
  const shown = searching ? page.data : undefined;
  // The counts belong with the page on screen only when both answer the current query.
  const current = !page.loading && !counts.loading && counts.data?.status === 'counts' ? counts.data : undefined;
  const countsError =
    !page.loading && !counts.loading ? (counts.error ?? (counts.data?.status === 'invalid' ? counts.data.error : null)) : null;

  return (
    <section className="search-view" aria-label="Search">
      <div className="search-head">
        <SidebarToggle />
        <SearchBox value={query} onChange={setQuery} onOpenDocument={(id) => open(id)} />
      </div>
      <div className="search-bar" role="status" aria-live="polite" hidden={!searching}>
        {page.error && <span className="search-error">{page.error}</span>}
        {shown?.status === 'invalid' && <span className="search-error">{shown.error}</span>}
        {shown?.status === 'page' && (
          <span className="search-summary">
            {statusLine(shown.total, current)}
            {page.loading || (shown.total > 0 && counts.loading) ? ' …' : ''}
          </span>
        )}
        {shown?.status === 'page' && countsError && <span className="search-error">Counts: {countsError}</span>}
        {shown?.status === 'page' && current?.didYouMean && (
          <span className="search-dym">
            Did you mean{' '}
            <button type="button" className="link" onClick={() => setQuery(current.didYouMean ?? '')}>
              {current.didYouMean}
            </button>
            ?
          </span>
        )}
        {shown?.status === 'page' && shown.rankedAmong !== null && sort === 'relevance' && (
          <span className="search-note">best matches among the {formatNumber(shown.rankedAmong)} most recently added documents</span>
        )}
        {shown?.status === 'page' && shown.total > 0 && (
          <span className="search-research" role="group" aria-label="Research this search">
            <button
              type="button"
              className="tool"
              onClick={() => runCommand('research-kwic', store)}
              title="Every occurrence as a line, aligned on the match"
            >
              Concordance
            </button>
            <button
              type="button"
              className="tool"
              onClick={() => runCommand('research-trend', store)}
              title="The words over time, per 10,000 words spoken"
            >
              Trend
            </button>
            <button type="button" className="tool" onClick={() => runCommand('research-speakers', store)} title="Who says it most">
              Who says this
            </button>
            <button
              type="button"
              className="tool"
              onClick={() => runCommand('export-search-citations', store)}
              title="Save citations of every document found as one BibTeX, RIS or CSL-JSON file"
            >
              Export citations…
            </button>
            <MenuButton
              className="tool"
              label="Export results…"
              title="Save every document found (up to 10,000), in this order, as a CSV or JSON table with its address and source"
              items={RESULT_FORMATS.map((format) => ({
                id: format,
                label: `As ${format.toUpperCase()}…`,
                run: () => runCommand(`export-search-results-${format}`, store),
              }))}
            />
          </span>
        )}
        <label className="search-sort">
          Sort{' '}
          <select value={sort} onChange={(e) => dispatch({ type: 'search/sort', sort: e.target.value as SearchSort })}>
            <option value="relevance">by relevance</option>
            <option value="date">by date</option>
          </select>
        </label>
      </div>
      {!searching && <SearchSyntax onExample={setQuery} />}
      {shown?.status === 'page' && (
        <div className={page.stale ? 'search-body stale' : 'search-body'} aria-busy={page.stale}>
          {/* A new query or order starts a new list, at its top (the old one's scroll position would show the middle of the new one). */}
          <SearchResults key={`${sort}:${shown.query}`} groups={groups} total={shown.total} onOpen={open} onNeedMore={loadMore} />
        </div>
      )}
    </section>
  );
}
