/** A virtual list that starts at its top for each new query, filter or order. */
import { useEffect, useRef } from 'react';

/**
 * Scrolls the list to its top once the rows for a new `key` are drawn (`drawn`). Not before: a
 * list that is emptied while its new rows load is scrolled back by its virtualizer to where the
 * last rows were when it is drawn again.
 */
export function useTopForNewKey(virtualizer: { scrollToOffset(offset: number): void }, key: string, drawn: boolean): void {
  const shownKey = useRef(key);
  useEffect(() => {
    if (!drawn || shownKey.current === key) return;
    shownKey.current = key;
    virtualizer.scrollToOffset(0);
  }, [drawn, key, virtualizer]);
}
