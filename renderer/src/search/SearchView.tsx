/** The Search in the middle pane: the box with suggestions, the count, and the results grouped by document. */
import { useAppState, useDispatch } from '../app/store';
import type { SearchSort } from '../app/state';
import { formatNumber, plural } from '../shared/format';
import { SidebarToggle } from '../library/SidebarToggle';
import { SearchBox } from './SearchBox';
import { SearchResults } from './SearchResults';
import { SearchSyntax } from './SearchSyntax';
import { useSearchResults } from './useSearch';
import './search.css';

export function SearchView() {
  const dispatch = useDispatch();
  const { query, sort } = useAppState((s) => s.search);
  const { data: result, groups, loading, stale, error, loadMore } = useSearchResults();
  const setQuery = (next: string) => dispatch({ type: 'search/query', query: next });
  const open = (id: number, turn?: number, find?: string) => dispatch({ type: 'document/open', id, turn, find });
  const shown = query.trim() ? result : undefined;

  return (
    <section className="search-view" aria-label="Search">
      <div className="search-head">
        <SidebarToggle />
        <SearchBox value={query} onChange={setQuery} onOpenDocument={(id) => open(id)} />
      </div>
      <div className="search-bar" role="status" aria-live="polite" hidden={!query.trim()}>
        {error && <span className="search-error">{error}</span>}
        {shown?.status === 'invalid' && <span className="search-error">{shown.error}</span>}
        {shown?.status === 'ok' && (
          <span className="search-summary">
            {plural(shown.total, 'document')}, {formatNumber(shown.totalTurns)} matching turns
            {loading ? ' …' : ''}
          </span>
        )}
        {shown?.status === 'ok' && shown.didYouMean && (
          <span className="search-dym">
            Did you mean{' '}
            <button type="button" className="link" onClick={() => setQuery(shown.didYouMean ?? '')}>
              {shown.didYouMean}
            </button>
            ?
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
      {!query.trim() && <SearchSyntax onExample={setQuery} />}
      {shown?.status === 'ok' && (
        <div className={stale ? 'search-body stale' : 'search-body'} aria-busy={stale}>
          <SearchResults groups={groups} total={shown.total} onOpen={open} onNeedMore={loadMore} />
        </div>
      )}
    </section>
  );
}
