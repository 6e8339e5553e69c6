/**
 * The search's answers through the window's request hook: the first page (shared by the
 * results and the sidebar's facets), further pages appended as the list scrolls, and
 * suggestions as the words are typed. Answers to an older query are ignored.
 */
import { useCallback, useRef, useState } from 'react';
import type { SearchResult, SuggestResult } from '../../../preload/api';
import { searchKey } from '../app/requests';
import { useAppState } from '../app/store';
import { api } from '../shared/api';
import { requestKey, useRequest, type Answer } from '../shared/useRequest';

const PAGE = 50;
const TYPING_DELAY = 150;

type Groups = Extract<SearchResult, { status: 'ok' }>['groups'];

/** The first page of the current query (null key when the box is empty). */
export function useSearchPage(): Answer<SearchResult> {
  const key = useAppState(searchKey);
  const { query, sort } = useAppState((s) => s.search);
  return useRequest(query.trim() ? key : null, () => api().search({ query, sort, limit: PAGE }), TYPING_DELAY);
}

export function useSearchResults(): Answer<SearchResult> & { groups: Groups; loadMore(): void } {
  const page = useSearchPage();
  const key = useAppState(searchKey);
  const { query, sort } = useAppState((s) => s.search);
  const [more, setMore] = useState<{ key: string; groups: Groups }>({ key: '', groups: [] });
  const loading = useRef<string | null>(null);
  const first = page.data?.status === 'ok' ? page.data.groups : [];
  const extra = more.key === key && !page.loading ? more.groups : [];
  const groups = extra.length ? [...first, ...extra] : first;
  const total = page.data?.status === 'ok' ? page.data.total : 0;

  const loadMore = useCallback(() => {
    if (page.loading || loading.current === key || groups.length >= total) return;
    loading.current = key;
    void api()
      .search({ query, sort, limit: PAGE, offset: groups.length })
      .then((next) => {
        loading.current = null;
        if (!next.ok || next.value.status !== 'ok') return;
        const added = next.value.groups;
        setMore((m) => {
          const kept = m.key === key ? m.groups : [];
          const seen = new Set([...first, ...kept].map((g) => g.documentId));
          return { key, groups: [...kept, ...added.filter((g) => !seen.has(g.documentId))] };
        });
      });
  }, [page.loading, key, groups.length, total, query, sort, first]);

  return { ...page, groups, loadMore };
}

/** Suggestions for the words as typed (from two letters on). */
export function useSuggestions(text: string, enabled: boolean): SuggestResult | undefined {
  const wanted = enabled && text.trim().length >= 2;
  return useRequest(wanted ? requestKey('suggest', text) : null, () => api().suggest({ text, limit: 8 }), 60).data;
}
