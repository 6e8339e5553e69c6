/**
 * Where the reader is in its document: the place kept from last time when a document
 * opens, or the place it was sent to (a search hit, a note, a similar passage), which
 * the store holds as the reader's target until the reader has arrived there.
 */
import { useCallback, useEffect, useLayoutEffect, type RefObject } from 'react';
import type { DocumentDetail } from '../../../shared/contract/api';
import { useAppState, useStore } from '../app/store';
import { savedPosition, savePosition } from './settings';
import { scrollToTurn, turnAtTop } from './scroll';
import { countHits } from './Transcript';

const afterPaint = (work: () => void): void => void requestAnimationFrame(() => requestAnimationFrame(work));

export function useReaderPosition(doc: DocumentDetail | undefined, scroller: RefObject<HTMLDivElement | null>): () => void {
  const store = useStore();
  const target = useAppState((s) => s.reader.target);
  const loadedId = doc?.id ?? null;

  // A document opened without a target: back to where it was read last.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (loadedId === null || !el) return;
    if (store.getState().reader.target?.documentId === loadedId) return;
    const turn = savedPosition(loadedId);
    const section = turn > 0 ? el.querySelector<HTMLElement>(`section[data-turn="${turn}"]`) : null;
    el.scrollTop = section ? section.offsetTop - 12 : 0;
  }, [loadedId, scroller, store]);

  // Sent to a turn: go there, with the words found when the target names them.
  useEffect(() => {
    if (!doc || !target || target.documentId !== doc.id) return;
    // The hits before this turn come first in the find order, so "current" is the turn's first hit.
    const findCurrent = target.find ? countHits(doc.turns.slice(0, target.turn), target.find, () => true) : undefined;
    store.dispatch({ type: 'reader/arrived', focusedTurn: target.turn, findCurrent });
    afterPaint(() => {
      const mark = target.find ? scroller.current?.querySelector('mark.current') : null;
      if (mark) mark.scrollIntoView({ block: 'center' });
      else scrollToTurn(target.turn, target.paragraph);
      if (target.find) document.querySelector<HTMLInputElement>('.find-bar input')?.focus();
    });
  }, [doc, target, scroller, store]);

  return useCallback(() => {
    const el = scroller.current;
    if (!el || loadedId === null) return;
    savePosition(loadedId, el.scrollTop < 40 ? 0 : turnAtTop(el));
  }, [loadedId, scroller]);
}
