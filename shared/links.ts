/**
 * Links to a document or to one turn of it, as Verbatim registers them with the
 * system: verbatim://document/<id> and verbatim://document/<id>#turn-<n>, where
 * n counts turns from 1 as the reader shows them. Pasted into notes or another
 * program and opened, they bring the running Verbatim to that turn.
 */
export const LINK_SCHEME = 'verbatim';

export interface LinkTarget {
  documentId: number;
  /** The turn, counted from 0 as the archive stores it; null for the document's start. */
  turn: number | null;
}

export function documentLink(documentId: number, turn: number | null = null): string {
  return `${LINK_SCHEME}://document/${documentId}${turn === null ? '' : `#turn-${turn + 1}`}`;
}

const LINK = /^verbatim:\/\/document\/(\d{1,15})\/?(?:#turn-(\d{1,9}))?$/i;

/** The target of a verbatim:// link, or null for anything else (links come from outside: nothing else is read). */
export function parseLink(url: string): LinkTarget | null {
  const m = LINK.exec(url.trim());
  if (!m) return null;
  const documentId = Number(m[1]);
  const turn = m[2] === undefined ? null : Number(m[2]) - 1;
  if (!Number.isSafeInteger(documentId) || documentId < 1 || (turn !== null && turn < 0)) return null;
  return { documentId, turn };
}

export function isLink(arg: string): boolean {
  return arg.toLowerCase().startsWith(`${LINK_SCHEME}:`);
}
