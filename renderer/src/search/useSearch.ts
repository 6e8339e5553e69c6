import { useEffect, useRef, useState } from 'react';
import type { SearchResult, SuggestResult } from '../../../preload/api';
import { api, unwrap } from '../api';

export type SearchSort = 'relevance' | 'date';

export interface SearchState {
  result: SearchResult | null;
  busy: boolean;
  /** A failure of the call itself (not a malformed query: that is result.status === 'invalid'). */
  error: string | null;
}

/**
 * Runs the query as it changes (debounced). Every request carries a sequence number;
 * an answer to an older request than the newest is dropped, so a slow query never
 * overwrites a newer one.
 */
export function useSearch(query: string, sort: SearchSort, limit: number, delay = 150): SearchState {
  const [state, setState] = useState<SearchState>({ result: null, busy: false, error: null });
  const seq = useRef(0);
  useEffect(() => {
    const mine = ++seq.current;
    if (!query.trim()) {
      setState({ result: null, busy: false, error: null });
      return;
    }
    setState((s) => ({ ...s, busy: true }));
    const timer = setTimeout(() => {
      unwrap(api().search({ query, sort, limit })).then(
        (result) => {
          if (mine === seq.current) setState({ result, busy: false, error: null });
        },
        (e: Error) => {
          if (mine === seq.current) setState({ result: null, busy: false, error: e.message });
        },
      );
    }, delay);
    return () => clearTimeout(timer);
  }, [query, sort, limit, delay]);
  return state;
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
