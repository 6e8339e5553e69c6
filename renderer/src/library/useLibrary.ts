/**
 * The library's data: the ids of every matching document (light, one request), and
 * rows fetched page by page as the table scrolls, cached until the documents change.
 */
import { useCallback, useRef, useState } from 'react';
import type { ChannelResult, LibraryRow } from '../../../shared/contract/api';
import { facetsKey, libraryIdsKey } from '../app/requests';
import { useAppState } from '../app/store';
import { api } from '../shared/api';
import { useRequest, type Answer } from '../shared/useRequest';
import { compact } from './filter';

const PAGE = 150;
export const FACET_LIMIT = 60;

/** The listed documents' ids for the current filter and sort (shared by the table, the status bar and commands). */
export function useLibraryIds(): Answer<ChannelResult<'library:query'>> {
  const key = useAppState(libraryIdsKey);
  const filter = useAppState((s) => s.filter);
  const sort = useAppState((s) => s.sort);
  return useRequest(key, () => api().queryLibrary(compact(filter), sort));
}

export function useLibraryFacets(): Answer<ChannelResult<'library:facets'>> {
  const key = useAppState(facetsKey);
  const filter = useAppState((s) => s.filter);
  return useRequest(key, () => api().libraryFacets(compact(filter), FACET_LIMIT));
}

export interface Rows {
  row(id: number): LibraryRow | undefined;
  /** Asks for the rows of ids[start..end) that are not there yet. */
  ensure(ids: number[], start: number, end: number): void;
}

export function useLibraryRows(): Rows {
  const revision = useAppState((s) => s.revision.documents);
  const rows = useRef(new Map<number, LibraryRow>());
  /** The rows from before the last change, shown until their fresh copies come (no flash of "…"). */
  const stale = useRef(new Map<number, LibraryRow>());
  const pending = useRef(new Set<number>());
  const generation = useRef(revision);
  const [, setTick] = useState(0);

  // The documents changed (an import, an edit, a delete): rows are fetched afresh, and
  // rows asked for before the change must not come back into the cache after it.
  if (generation.current !== revision) {
    generation.current = revision;
    stale.current = new Map([...stale.current, ...rows.current]);
    rows.current = new Map();
    pending.current = new Set();
  }

  const ensure = useCallback((ids: number[], start: number, end: number) => {
    const first = Math.floor(Math.max(0, start) / PAGE) * PAGE;
    for (let from = first; from < Math.min(end, ids.length); from += PAGE) {
      const want = ids.slice(from, from + PAGE).filter((id) => !rows.current.has(id) && !pending.current.has(id));
      if (want.length === 0) continue;
      const asked = generation.current;
      const cache = rows.current;
      for (const id of want) pending.current.add(id);
      void api()
        .libraryRows(want)
        .then((result) => {
          if (asked !== generation.current) return; // answered after a change: stale
          for (const id of want) pending.current.delete(id);
          if (!result.ok) return;
          for (const r of result.value) cache.set(r.id, r);
          setTick((t) => t + 1);
        });
    }
  }, []);

  const row = useCallback((id: number) => rows.current.get(id) ?? stale.current.get(id), []);
  return { row, ensure };
}
