/**
 * Text conventions every part of Verbatim shares: importers write them, the
 * archive, search, compare and the reader read them.
 */

/**
 * An omission in a transcript ("<…>" on the site, sometimes typed "<...>") is
 * kept as a paragraph of its own, written OMISSION_MARK. It is no text: it is
 * not counted, compared or searched, and the reader shows it as a gap.
 */
export const OMISSION_MARK = '<…>';
const OMISSION = /^<\s*(?:…|\.\.\.)\s*>$/;

/** True for a paragraph that is an omission mark, as stored or as the source wrote it. */
export function isOmission(paragraph: string): boolean {
  return OMISSION.test(paragraph.trim());
}
