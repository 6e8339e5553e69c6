/** Bringing a turn or a paragraph of the transcript into view. */

const scroller = (): HTMLElement | null => document.querySelector<HTMLElement>('.reader-scroll');

export function scrollToTurn(turn: number, paragraph?: number): void {
  const root = scroller();
  if (!root) return;
  const target =
    paragraph !== undefined
      ? root.querySelector<HTMLElement>(`p[data-turn="${turn}"][data-par="${paragraph}"]`)
      : root.querySelector<HTMLElement>(`section[data-turn="${turn}"]`);
  (target ?? root.querySelector<HTMLElement>(`section[data-turn="${turn}"]`))?.scrollIntoView({
    block: paragraph !== undefined ? 'center' : 'start',
  });
}

/** The first turn whose bottom is below the top of the reader: where the reader is. */
export function turnAtTop(root: HTMLElement): number {
  const top = root.getBoundingClientRect().top;
  for (const s of root.querySelectorAll<HTMLElement>('section[data-turn]')) {
    if (s.getBoundingClientRect().bottom > top + 4) return Number(s.dataset.turn);
  }
  return 0;
}
