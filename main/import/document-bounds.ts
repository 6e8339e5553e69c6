/**
 * Bounds on one document, applied to whatever parser made it: a file that
 * yields a million speaker turns is not a transcript anyone reads whole, and
 * it would make the archive, search and the reader slow for everything else.
 * A longer document keeps its first part and says so in a warning, which the
 * import report and the document both show.
 */
import type { ParsedDocument } from './types';

/** Speaker turns kept per document (the longest real transcripts have about 2,000). */
export const MAX_TURNS_PER_DOCUMENT = 20_000;
/** Paragraphs kept per document, counted over all its turns. */
export const MAX_PARAGRAPHS_PER_DOCUMENT = 50_000;

/** Cuts a document to the bounds, adding a warning when it does. */
export function capDocument(doc: ParsedDocument): void {
  const turns = doc.turns.length;
  let paragraphs = 0;
  for (const turn of doc.turns) paragraphs += turn.paragraphs.length;
  if (turns <= MAX_TURNS_PER_DOCUMENT && paragraphs <= MAX_PARAGRAPHS_PER_DOCUMENT) return;
  const kept = doc.turns.slice(0, MAX_TURNS_PER_DOCUMENT);
  let room = MAX_PARAGRAPHS_PER_DOCUMENT;
  let cut = kept.length;
  for (let i = 0; i < kept.length; i++) {
    const count = kept[i].paragraphs.length;
    if (count >= room) {
      if (count > room) kept[i] = { ...kept[i], paragraphs: kept[i].paragraphs.slice(0, room) };
      cut = room > 0 ? i + 1 : i;
      break;
    }
    room -= count;
  }
  doc.turns = kept.slice(0, cut);
  const keptParagraphs = doc.turns.reduce((n, turn) => n + turn.paragraphs.length, 0);
  const fmt = (n: number): string => n.toLocaleString('en');
  doc.warnings.push(
    `The transcript has ${fmt(turns)} speaker turns and ${fmt(paragraphs)} paragraphs; Verbatim keeps at most ${fmt(MAX_TURNS_PER_DOCUMENT)} turns and ${fmt(MAX_PARAGRAPHS_PER_DOCUMENT)} paragraphs per document, so only the first ${fmt(doc.turns.length)} turns (${fmt(keptParagraphs)} paragraphs) were imported. Split the file to import the rest.`,
  );
}
