/**
 * The sidebar while searching: the results' own facets and histogram (documents per value),
 * in place of the library's. Ticking a value adds its field to the query; unticking takes it out.
 */
import type { FacetKind } from '../../../preload/api';
import { useAppState, useDispatch } from '../app/store';
import { FacetList } from '../library/FacetList';
import { hasTerm, term, toggleTerm } from './query-terms';
import { SearchHistogram } from './SearchHistogram';
import { useSearchPage } from './useSearch';

const FIELDS: [kind: FacetKind & ('speaker' | 'topic' | 'person' | 'place' | 'year'), field: string][] = [
  ['speaker', 'speaker'],
  ['topic', 'topic'],
  ['person', 'person'],
  ['place', 'place'],
  ['year', 'date'],
];

export function SearchSidebar() {
  const dispatch = useDispatch();
  const query = useAppState((s) => s.search.query);
  const result = useSearchPage().data;
  if (!query.trim() || result?.status !== 'ok') {
    return <p className="hint">The facets of the results show here: who said it, on which topics, where and when.</p>;
  }
  const refine = (t: string) => dispatch({ type: 'search/query', query: toggleTerm(query, t) });
  return (
    <>
      <SearchHistogram histogram={result.histogram} onRefine={refine} />
      <div className="facets" role="group" aria-label="Facets of the results">
        {FIELDS.map(([kind, field]) => {
          const counts = result.facets[kind];
          const selected = counts.filter((c) => hasTerm(query, term(field, c.value))).map((c) => c.value);
          return <FacetList key={kind} kind={kind} counts={counts} selected={selected} onToggle={(value) => refine(term(field, value))} />;
        })}
      </div>
    </>
  );
}
