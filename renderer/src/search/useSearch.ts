/**
 * The search's answers through the window's request hook, in two steps: the first page of
 * documents (shared by the results and the status line), then — once that page is in — the
 * counts of the same query (turns, facets, histogram). Further pages are appended as the list
 * scrolls, and suggestions come as the words are typed. Answers to an older query are ignored.
 *
 * The query worker runs one search at a time and a newer search replaces a running one, so the
 * counts are asked only after the page has come, and a further page only after the counts:
 * otherwise each would cancel the other.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Result, SearchCounts, SearchGroup, SearchRequest, SearchResult, SuggestResult } from '../../../shared/contract/api';
import { searchKey } from '../app/requests';
import { useAppState } from '../app/store';
import { api } from '../shared/api';
import { requestKey, useRequest, type Answer } from '../shared/useRequest';

const PAGE = 50;
const TYPING_DELAY = 150;

type Invalid = Extract<SearchResult, { status: 'invalid' }>;
export type SearchPage = Extract<SearchResult, { status: 'page' }>;

/** Asks for one part of a search: its answer is that part, or the message of a query that is not run. */
async function ask<S extends 'page' | 'counts'>(
  request: SearchRequest & { part: S },
): Promise<Result<Extract<SearchResult, { status: S }> | Invalid>> {
  const result = await api().search(request);
  if (!result.ok) return result;
  const value = result.value;
  if (value.status === request.part || value.status === 'invalid')
    return { ok: true, value: value as Extract<SearchResult, { status: S }> | Invalid };
  return { ok: false, error: `The search answered “${value.status}” where “${request.part}” was asked.` };
}

/** The first page of the current query (nothing is asked while the box is empty). */
export function useSearchPage(): Answer<SearchPage | Invalid> {
  const key = useAppState(searchKey);
  const { query, sort } = useAppState((s) => s.search);
  return useRequest(query.trim() ? key : null, () => ask({ query, sort, limit: PAGE, part: 'page' }), TYPING_DELAY);
}

/**
 * The counts of the query whose first page is shown: asked once that page has come. Until
 * then the previous query's counts stay shown, marked stale, instead of a blank sidebar.
 */
export function useSearchCounts(): Answer<SearchCounts | Invalid> {
  const page = useSearchPage();
  const key = useAppState(searchKey);
  const { query, sort } = useAppState((s) => s.search);
  // A query that finds nothing has nothing to count, but its counts bring the spelling correction.
  const ready = page.data?.status === 'page' && !page.loading;
  const answer = useRequest(ready ? requestKey('search:counts', key) : null, () => ask({ query, sort, part: 'counts' }));
  const [last, setLast] = useState<SearchCounts | Invalid | undefined>(undefined);
  useEffect(() => {
    if (answer.data && !answer.loading) setLast(answer.data);
  }, [answer.data, answer.loading]);
  if (page.loading && last) return { data: last, error: null, loading: true, stale: true };
  return answer;
}

export interface SearchAnswers {
  page: Answer<SearchPage | Invalid>;
  counts: Answer<SearchCounts | Invalid>;
  /** The documents loaded so far: the first page and the pages after it. */
  groups: SearchGroup[];
  loadMore(): void;
}

export function useSearchResults(): SearchAnswers {
  const page = useSearchPage();
  const counts = useSearchCounts();
  const key = useAppState(searchKey);
  const { query, sort } = useAppState((s) => s.search);
  const [more, setMore] = useState<{ key: string; groups: SearchGroup[] }>({ key: '', groups: [] });
  const loading = useRef<string | null>(null);
  const first = useMemo(() => (page.data?.status === 'page' ? page.data.groups : []), [page.data]);
  const extra = more.key === key && !page.loading ? more.groups : [];
  const groups = extra.length ? [...first, ...extra] : first;
  const total = page.data?.status === 'page' ? page.data.total : 0;
  const busy = page.loading || counts.loading;

  const loadMore = useCallback(() => {
    if (busy || loading.current === key || groups.length >= total) return;
    loading.current = key;
    void ask({ query, sort, limit: PAGE, offset: groups.length, part: 'page' }).then((next) => {
      if (loading.current === key) loading.current = null;
      if (!next.ok || next.value.status !== 'page') return;
      const added = next.value.groups;
      setMore((m) => {
        const kept = m.key === key ? m.groups : [];
        const seen = new Set([...first, ...kept].map((g) => g.documentId));
        return { key, groups: [...kept, ...added.filter((g) => !seen.has(g.documentId))] };
      });
    });
  }, [busy, key, groups.length, total, query, sort, first]);

  return { page, counts, groups, loadMore };
}

/** Suggestions for the words as typed (from two letters on). */
export function useSuggestions(text: string, enabled: boolean): SuggestResult | undefined {
  const wanted = enabled && text.trim().length >= 2;
  return useRequest(wanted ? requestKey('suggest', text) : null, () => api().suggest({ text, limit: 8 }), 60).data;
}
