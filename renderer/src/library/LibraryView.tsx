/** The Library in the middle pane: the title filter, the active filters as chips, and the table. */
import { useEffect, useMemo } from 'react';
import { useAppState, useDispatch } from '../app/store';
import { SidebarToggle } from './SidebarToggle';
import { requestKey } from '../shared/useRequest';
import { Chips } from './Chips';
import { compact } from './filter';
import { LibraryTable } from './LibraryTable';
import { useLibraryIds, useLibraryRows } from './useLibrary';

export function LibraryView() {
  const dispatch = useDispatch();
  const filter = useAppState((s) => s.filter);
  const sort = useAppState((s) => s.sort);
  const ids = useLibraryIds();
  const rows = useLibraryRows();
  const queryKey = useMemo(() => requestKey(compact(filter), sort), [filter, sort]);

  // The first document opens by itself, and a new sort starts at its first row.
  const answer = ids.loading ? undefined : ids.data;
  useEffect(() => {
    if (answer) dispatch({ type: 'list/arrived', first: answer.ids[0] ?? null });
  }, [answer, dispatch]);

  return (
    <>
      <div className="list-head">
        <SidebarToggle />
        <input
          type="search"
          className="title-filter"
          aria-label="Filter by title or speaker"
          placeholder="Filter titles and speakers"
          value={filter.text ?? ''}
          onChange={(e) => dispatch({ type: 'filter/set', filter: { ...filter, text: e.target.value } })}
          onKeyDown={(e) => {
            // Esc empties the filter (the box's own behaviour) only when there is text; else it is the window's Esc.
            if (e.key === 'Escape' && !filter.text) e.currentTarget.blur();
          }}
        />
      </div>
      <Chips />
      {ids.error && <p className="empty error">{ids.error}</p>}
      <LibraryTable ids={ids.data?.ids} rows={rows} queryKey={queryKey} />
    </>
  );
}
