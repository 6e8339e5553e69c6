/** Reads the window's text selection inside a transcript as turn/paragraph offsets and per-turn text. */

export interface SelectedPassage {
  turnIdx: number;
  paragraph: number;
  start: number;
  end: number;
  quote: string;
}

export interface SelectedTurnText {
  turnIdx: number;
  text: string;
}

function paragraphOf(node: Node | null): HTMLElement | null {
  const el = node instanceof HTMLElement ? node : (node?.parentElement ?? null);
  return el?.closest<HTMLElement>('p[data-par]') ?? null;
}

function offsetIn(paragraph: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(paragraph);
  range.setEnd(node, offset);
  return range.toString().length;
}

export function currentRange(root: HTMLElement | null): Range | null {
  const selection = window.getSelection();
  if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  return root.contains(range.commonAncestorContainer) ? range : null;
}

/** The selection as one passage inside one paragraph (annotations stay within a paragraph). */
export function passageOf(range: Range): SelectedPassage | null {
  const startP = paragraphOf(range.startContainer);
  const endP = paragraphOf(range.endContainer);
  if (!startP) return null;
  const start = offsetIn(startP, range.startContainer, range.startOffset);
  const end = endP === startP ? offsetIn(startP, range.endContainer, range.endOffset) : (startP.textContent ?? '').length;
  const quote = (startP.textContent ?? '').slice(start, end);
  if (!quote.trim()) return null;
  return { turnIdx: Number(startP.dataset.turn), paragraph: Number(startP.dataset.par), start, end, quote };
}

/** The selected text per turn, paragraphs joined by blank lines. */
export function textByTurn(root: HTMLElement, range: Range): SelectedTurnText[] {
  const out: SelectedTurnText[] = [];
  for (const p of root.querySelectorAll<HTMLElement>('p[data-par]')) {
    if (!range.intersectsNode(p)) continue;
    const part = document.createRange();
    part.selectNodeContents(p);
    if (p.contains(range.startContainer)) part.setStart(range.startContainer, range.startOffset);
    if (p.contains(range.endContainer)) part.setEnd(range.endContainer, range.endOffset);
    const text = part.toString();
    if (!text.trim()) continue;
    const turnIdx = Number(p.dataset.turn);
    const last = out.at(-1);
    if (last && last.turnIdx === turnIdx) last.text += `\n\n${text}`;
    else out.push({ turnIdx, text });
  }
  return out;
}
