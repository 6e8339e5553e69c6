/**
 * THE way a view asks main for data. A request is named by a key (what is asked,
 * with the revisions it depends on); components asking with the same key share
 * one call and its answer. An answer that comes back after the key changed is
 * ignored, so a slow request never overwrites a newer one. While a new answer is
 * on its way, the previous data stays shown (marked stale) instead of a blank.
 */
import { useEffect, useRef, useState } from 'react';
import type { Result } from '../../../shared/contract/api';

interface Entry {
  promise: Promise<Result<unknown>>;
  result?: Result<unknown>;
}

const cache = new Map<string, Entry>();
/** Keys carry revisions, so old entries are never asked for again; a few dozen are kept. */
const LIMIT = 80;

/** A request's key: its name and whatever it depends on. */
export const requestKey = (...parts: unknown[]): string => JSON.stringify(parts);

function shared(key: string, load: () => Promise<Result<unknown>>): Entry {
  const known = cache.get(key);
  if (known) {
    cache.delete(key);
    cache.set(key, known);
    return known;
  }
  const entry: Entry = {
    promise: load().catch((error: unknown) => ({ ok: false as const, error: error instanceof Error ? error.message : String(error) })),
  };
  void entry.promise.then((result) => {
    entry.result = result;
    // A failure is not remembered: asking again tries again.
    if (!result.ok && cache.get(key) === entry) cache.delete(key);
  });
  cache.set(key, entry);
  while (cache.size > LIMIT) cache.delete(cache.keys().next().value as string);
  return entry;
}

/** The answer already in hand for a key, if any (for commands that need what a view shows). */
export function peek<T>(key: string): T | undefined {
  const result = cache.get(key)?.result;
  return result?.ok ? (result.value as T) : undefined;
}

/** Asks once for a key, sharing the call with anyone asking the same (for commands and one-off reads). */
export async function request<T>(key: string, load: () => Promise<Result<T>>): Promise<Result<T>> {
  return (await shared(key, load).promise) as Result<T>;
}

export interface Answer<T> {
  data: T | undefined;
  error: string | null;
  /** The answer for the current key has not come yet. */
  loading: boolean;
  /** `data` answers an earlier key (kept on screen while the new answer comes). */
  stale: boolean;
}

interface Held<T> {
  key: string | null;
  data: T | undefined;
  error: string | null;
}

/**
 * The answer for `key`, asked with `load` (after `delay` ms, for input as it is typed).
 * A null key asks nothing.
 */
export function useRequest<T>(key: string | null, load: () => Promise<Result<T>>, delay = 0): Answer<T> {
  const [held, setHeld] = useState<Held<T>>({ key: null, data: undefined, error: null });
  const loader = useRef(load);
  loader.current = load;

  useEffect(() => {
    if (key === null) return;
    let live = true;
    const ask = (): void => {
      void shared(key, loader.current as () => Promise<Result<unknown>>).promise.then((result) => {
        if (!live) return; // the key changed (or the view went away): a stale answer
        setHeld(result.ok ? { key, data: result.value as T, error: null } : { key, data: undefined, error: result.error });
      });
    };
    const ready = cache.get(key)?.result;
    if (ready || delay <= 0) {
      ask();
      return () => {
        live = false;
      };
    }
    const timer = window.setTimeout(ask, delay);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [key, delay]);

  if (key === null) return { data: undefined, error: null, loading: false, stale: false };
  if (held.key === key) return { data: held.data, error: held.error, loading: false, stale: false };
  // Answered already (by another view, or before): shown at once, no flash of the old data.
  const ready = cache.get(key)?.result;
  if (ready?.ok) return { data: ready.value as T, error: null, loading: false, stale: false };
  return { data: held.data, error: null, loading: true, stale: held.data !== undefined };
}
