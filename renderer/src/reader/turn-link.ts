/**
 * A link to the turn being read (verbatim://document/<id>#turn-<n>, shared/links.ts): to paste
 * into notes or another program, and open later in Verbatim at that turn.
 */
import { documentLink } from '../../../shared/links';
import { notify } from '../app/operations/notify';
import type { AppStore } from '../app/store';
import { transcriptRoot } from './quote';
import { currentRange } from './selection';

/** The turn of the selected words, else the turn stepped to, else the first turn at the top of the reader. */
export function currentTurn(store: AppStore): number | null {
  const root = transcriptRoot();
  const range = currentRange(root);
  const start = range?.startContainer;
  const selected = (start instanceof Element ? start : start?.parentElement)?.closest<HTMLElement>('[data-turn]');
  if (selected) return Number(selected.dataset.turn);
  const focused = store.getState().reader.focusedTurn;
  if (focused !== null) return focused;
  const top = document.querySelector('.reader-scroll')?.getBoundingClientRect().top ?? 0;
  for (const turn of root?.querySelectorAll<HTMLElement>('section[data-turn]') ?? []) {
    if (turn.getBoundingClientRect().bottom > top + 8) return Number(turn.dataset.turn);
  }
  return null;
}

export async function copyTurnLink(store: AppStore): Promise<void> {
  const id = store.getState().cursor;
  if (id === null) return;
  const turn = currentTurn(store);
  const link = documentLink(id, turn);
  try {
    await navigator.clipboard.writeText(link);
    notify(store, turn === null ? `Link to this document copied: ${link}` : `Link to turn ${turn + 1} copied: ${link}`);
  } catch (e) {
    notify(store, `The clipboard refused the link: ${(e as Error).message}`);
  }
}
