import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchResult, SuggestResult } from '../../../preload/api';
import { api, unwrap } from '../api';

export type SearchSort = 'relevance' | 'date';

export interface SearchState {
  result: SearchResult | null;
  /** Every document group loaded so far: the first page, then what loadMore added. */
  groups: Extract<SearchResult, { status: 'ok' }>['groups'];
  busy: boolean;
  /** A failure of the call itself (not a malformed query: that is result.status === 'invalid'). */
  error: string | null;
}

const PAGE = 50;

/**
 * Runs the query as it changes (debounced). Every request carries a sequence number;
 * an answer to an older request than the newest is dropped, so a slow query never
 * overwrites a newer one. loadMore() fetches the next page of documents and appends it.
 */
export function useSearch(query: string, sort: SearchSort, version = 0, delay = 150): SearchState & { loadMore(): void } {
  const [state, setState] = useState<SearchState>({ result: null, groups: [], busy: false, error: null });
  const seq = useRef(0);
  const loading = useRef(false);
  useEffect(() => {
    const mine = ++seq.current;
    loading.current = false;
    if (!query.trim()) {
      setState({ result: null, groups: [], busy: false, error: null });
      return;
    }
    setState((s) => ({ ...s, busy: true }));
    const timer = setTimeout(() => {
      unwrap(api().search({ query, sort, limit: PAGE })).then(
        (result) => {
          if (mine === seq.current) setState({ result, groups: result.status === 'ok' ? result.groups : [], busy: false, error: null });
        },
        (e: Error) => {
          if (mine === seq.current) setState({ result: null, groups: [], busy: false, error: e.message });
        },
      );
    }, delay);
    return () => clearTimeout(timer);
  }, [query, sort, version, delay]);

  const loadMore = useCallback(() => {
    const { result, groups } = state;
    if (loading.current || result?.status !== 'ok' || groups.length >= result.total) return;
    loading.current = true;
    const mine = seq.current;
    unwrap(api().search({ query, sort, limit: PAGE, offset: groups.length })).then(
      (next) => {
        loading.current = false;
        if (mine !== seq.current || next.status !== 'ok') return;
        setState((s) => ({ ...s, groups: [...s.groups, ...next.groups.filter((g) => !s.groups.some((h) => h.documentId === g.documentId))] }));
      },
      () => {
        loading.current = false;
      },
    );
  }, [state, query, sort]);
  return { ...state, loadMore };
}

/** Suggestions for the text as typed; stale answers dropped the same way. */
export function useSuggestions(text: string, enabled: boolean): SuggestResult | null {
  const [result, setResult] = useState<SuggestResult | null>(null);
  const seq = useRef(0);
  useEffect(() => {
    const mine = ++seq.current;
    if (!enabled || text.trim().length < 2) {
      setResult(null);
      return;
    }
    const timer = setTimeout(() => {
      unwrap(api().suggest({ text, limit: 8 })).then(
        (r) => {
          if (mine === seq.current) setResult(r);
        },
        () => undefined,
      );
    }, 60);
    return () => clearTimeout(timer);
  }, [text, enabled]);
  return result;
}
