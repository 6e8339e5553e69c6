/** The sidebar's narrowing for the Library: the timeline and the facets with their counts. */
import type { FacetKind, LibraryFilter } from '../../../shared/contract/api';
import { useAppState, useDispatch } from '../app/store';
import { FacetList } from './FacetList';
import { FACET_ORDER, toggleValue } from './filter';
import { Timeline } from './Timeline';
import { useLibraryFacets } from './useLibrary';

export function LibraryFacets() {
  const dispatch = useDispatch();
  const filter = useAppState((s) => s.filter);
  const view = useAppState((s) => s.view);
  const facets = useLibraryFacets().data;
  if (!facets) return null;
  // Narrowing from Notes or Compare shows the Library it narrows.
  const apply = (next: LibraryFilter) => {
    if (view !== 'library') dispatch({ type: 'view/show', view: 'library' });
    dispatch({ type: 'filter/set', filter: next });
  };
  const toggle = (kind: FacetKind, value: string) => apply(toggleValue(filter, kind, value));
  return (
    <>
      <Timeline months={facets.timeline} from={filter.from} to={filter.to} onRange={(from, to) => apply({ ...filter, from, to })} />
      <div className="facets" role="group" aria-label="Facets">
        {FACET_ORDER.map((kind) => (
          <FacetList
            key={kind}
            kind={kind}
            counts={facets.facets[kind] ?? []}
            selected={filter.facets?.[kind] ?? []}
            onToggle={(value) => toggle(kind, value)}
          />
        ))}
      </div>
    </>
  );
}
