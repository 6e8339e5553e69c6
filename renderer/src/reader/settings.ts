/** Where the reader was in each document, kept in localStorage between sessions. */

const positionKey = (id: number): string => `verbatim.position.${id}`;

/** The turn a reader was at in a document, remembered per document. */
export function savedPosition(id: number): number {
  return Number(localStorage.getItem(positionKey(id)) ?? 0) || 0;
}

export function savePosition(id: number, turn: number): void {
  if (turn > 0) localStorage.setItem(positionKey(id), String(turn));
  else localStorage.removeItem(positionKey(id));
}
