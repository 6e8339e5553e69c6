/**
 * The library's data in the window: the ids of every matching document (light),
 * rows fetched page by page as the table scrolls, and the facet counts.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FacetsResult, LibraryFilter, LibraryRow, LibrarySort } from '../../../preload/api';
import { api, unwrap } from '../api';

const PAGE = 150;
export const FACET_LIMIT = 60;

export interface LibraryData {
  ids: number[] | null;
  facets: FacetsResult | null;
  row(id: number): LibraryRow | undefined;
  /** Asks for the rows of ids[start..end) when they are not there yet. */
  ensure(start: number, end: number): void;
  error: string | null;
  /** Milliseconds from asking to having ids (shown in the status bar, measured by the benchmark). */
  queryMs: number | null;
}

export function useLibrary(filter: LibraryFilter, sort: LibrarySort, version: number): LibraryData {
  const [ids, setIds] = useState<number[] | null>(null);
  const [facets, setFacets] = useState<FacetsResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [queryMs, setQueryMs] = useState<number | null>(null);
  const [, setTick] = useState(0);
  const rows = useRef(new Map<number, LibraryRow>());
  const pending = useRef(new Set<number>());
  const idsRef = useRef<number[] | null>(null);
  const key = JSON.stringify(filter);

  useEffect(() => {
    let live = true;
    const started = performance.now();
    unwrap(api().queryLibrary(filter, sort)).then(
      (result) => {
        if (!live) return;
        idsRef.current = result.ids;
        setIds(result.ids);
        setQueryMs(Math.round(performance.now() - started));
        setError(null);
      },
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, sort.column, sort.direction, version]);

  // Rows asked for before a change must not come back into the cache after it.
  const generation = useRef(0);
  useEffect(() => {
    // Rows may have changed (an edit, a delete, an import): fetch them afresh.
    generation.current += 1;
    rows.current.clear();
    pending.current.clear();
  }, [version]);

  useEffect(() => {
    let live = true;
    unwrap(api().libraryFacets(filter, FACET_LIMIT)).then(
      (result) => live && setFacets(result),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, version]);

  const ensure = useCallback((start: number, end: number) => {
    const list = idsRef.current;
    if (!list) return;
    const first = Math.floor(Math.max(0, start) / PAGE) * PAGE;
    for (let from = first; from < Math.min(end, list.length); from += PAGE) {
      const want = list.slice(from, from + PAGE).filter((id) => !rows.current.has(id) && !pending.current.has(id));
      if (want.length === 0) continue;
      for (const id of want) pending.current.add(id);
      const asked = generation.current;
      unwrap(api().libraryRows(want)).then(
        (got) => {
          if (asked !== generation.current) return; // answered after a change: stale
          for (const r of got) rows.current.set(r.id, r);
          for (const id of want) pending.current.delete(id);
          setTick((t) => t + 1);
        },
        () => {
          if (asked === generation.current) for (const id of want) pending.current.delete(id);
        },
      );
    }
  }, []);

  const row = useCallback((id: number) => rows.current.get(id), []);
  return { ids, facets, row, ensure, error, queryMs };
}
