import { useState } from 'react';
import { SearchBox } from './SearchBox';
import { SearchFacets } from './SearchFacets';
import { SearchResults } from './SearchResults';
import { useSearch, type SearchSort } from './useSearch';
import './search.css';

/** Fits the window's view slot (library/views.ts ViewSlotProps): VIEW_SLOTS.search = { label: 'Search', component: SearchView }. */
interface Props {
  /** Opens a document in the reader (the right pane), at a turn when one is given. */
  openDocument(id: number, turn?: number, find?: string): void;
  initialQuery?: string;
  /** Changes when the archive changes: the results are asked for again. */
  version?: number;
}

/** The whole search: box with suggestions, facets and histogram, results grouped by document. */
export function SearchView({ openDocument, initialQuery = '', version = 0 }: Props) {
  const onOpenDocument = (id: number, turn: number | null, words?: string) => openDocument(id, turn ?? undefined, words);
  const [query, setQuery] = useState(initialQuery);
  const [sort, setSort] = useState<SearchSort>('relevance');
  const { result, groups, busy, error, loadMore } = useSearch(query, sort, version);
  const refine = (field: string) => setQuery((q) => `${q.trim()} ${field}`.trim());

  return (
    <section className="search-view" aria-label="Search">
      <SearchBox value={query} onChange={setQuery} onOpenDocument={(id) => onOpenDocument(id, null)} />
      <div className="search-bar" role="status" aria-live="polite">
        {error && <span className="search-error">{error}</span>}
        {result?.status === 'invalid' && <span className="search-error">{result.error}</span>}
        {result?.status === 'ok' && (
          <span className="search-summary">
            {result.total === 1 ? '1 document' : `${result.total.toLocaleString()} documents`}, {result.totalTurns.toLocaleString()} matching turns
            {busy ? ' …' : ''}
          </span>
        )}
        {result?.status === 'ok' && result.didYouMean && (
          <span className="search-dym">
            Did you mean{' '}
            <button type="button" className="link" onClick={() => setQuery(result.didYouMean ?? '')}>
              {result.didYouMean}
            </button>
            ?
          </span>
        )}
        <label className="search-sort">
          Sort{' '}
          <select value={sort} onChange={(e) => setSort(e.target.value as SearchSort)}>
            <option value="relevance">by relevance</option>
            <option value="date">by date</option>
          </select>
        </label>
      </div>
      {result?.status === 'ok' && (
        <div className="search-body">
          <aside className="search-side" aria-label="Refine">
            <SearchFacets facets={result.facets} histogram={result.histogram} onRefine={refine} />
          </aside>
          <SearchResults groups={groups} total={result.total} onOpen={onOpenDocument} onNeedMore={loadMore} />
        </div>
      )}
    </section>
  );
}
