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

/**
 * Words. Three parts of Verbatim read words out of text, each for its own purpose, and the
 * differences are deliberate:
 * - INDEX_WORD, what the search index holds (main/search/text.ts): letters, digits and marks,
 *   with inner apostrophes ("Putin's", "don't"); a hyphen or a dot splits words, so "well-known"
 *   is found by "known" and "U.S." by "us".
 * - COMPARE_WORD, what a comparison lines up and diffs (main/compare/text.ts): also joined by
 *   hyphens and dashes, so a changed compound is one change.
 * - COUNTED_WORD, what the archive counts as words spoken (countWords: the reader's and the
 *   research desk's word counts and per-10,000 rates): also joined by dots and hyphens, so "U.S.",
 *   "3.5" and "well-known" count once. Stored counts were made this way: changing it would need
 *   every document counted again.
 */
export const INDEX_WORD = "[\\p{L}\\p{N}\\p{M}]+(?:['’][\\p{L}\\p{M}]+)*";
export const COMPARE_WORD = "[\\p{L}\\p{N}]+(?:['’‘\\-–][\\p{L}\\p{N}]+)*";
export const COUNTED_WORD = "[\\p{L}\\p{N}]+(?:['’.-][\\p{L}\\p{N}]+)*";

const COUNTED = new RegExp(COUNTED_WORD, 'gu');

/** The words spoken in a turn's text (COUNTED_WORD), omission marks left out. */
export function countWords(text: string): number {
  let n = 0;
  for (const paragraph of text.split('\n\n')) {
    if (isOmission(paragraph)) continue;
    const m = paragraph.match(COUNTED);
    n += m ? m.length : 0;
  }
  return n;
}

/**
 * Lower case, with the diacritics of Latin letters removed ("Élysée" -> "elysee"): how names
 * and words are folded to be compared. The search index folds a little differently (й stays й
 * for the Russian stemmer, ё reads е: main/search/text.ts foldWord).
 */
export function foldAccents(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
