/**
 * The sidebar while searching: the results' own facets and histogram (documents per value),
 * in place of the library's. Ticking a value adds its field to the query; unticking takes it out.
 */
import type { FacetKind } from '../../../shared/contract/api';
import { useAppState, useDispatch } from '../app/store';
import { FacetList } from '../library/FacetList';
import { hasTerm, term, toggleTerm } from './query-terms';
import { SearchHistogram } from './SearchHistogram';
import { useSearchCounts } from './useSearch';

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
  const answer = useSearchCounts();
  const result = answer.data;
  if (!query.trim() || result?.status !== 'counts') {
    const failed = query.trim() && !answer.loading && (answer.error || result?.status === 'invalid');
    const text = failed
      ? 'The facets of these results could not be counted (the message is above the results).'
      : query.trim() && answer.loading
        ? 'Counting the results…'
        : 'The facets of the results show here: who said it, on which topics, where and when.';
    return <p className="hint">{text}</p>;
  }
  const refine = (t: string) => dispatch({ type: 'search/query', query: toggleTerm(query, t) });
  // The previous query's counts stay while the new ones come: marked busy, never hidden.
  return (
    <div className={answer.stale ? 'search-counts stale' : 'search-counts'} aria-busy={answer.stale}>
      <SearchHistogram histogram={result.histogram} estimated={result.estimated.includes('histogram')} onRefine={refine} />
      <div className="facets" role="group" aria-label="Facets of the results">
        {FIELDS.map(([kind, field]) => {
          const counts = result.facets[kind];
          const selected = counts.filter((c) => hasTerm(query, term(field, c.value))).map((c) => c.value);
          return (
            <FacetList
              key={kind}
              kind={kind}
              counts={counts}
              selected={selected}
              estimated={result.estimated.includes(kind)}
              onToggle={(value) => refine(term(field, value))}
            />
          );
        })}
      </div>
    </div>
  );
}
