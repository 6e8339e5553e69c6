/**
 * A concordance line as text: the contexts clipped at a word to a width, the left one
 * padded so that the matches stand in one column (for copying lines into a plain-text
 * document or an e-mail), and the rows of the CSV and JSON exports. Pure.
 */
import type { KwicLineJson } from '../../../shared/contract/api';
import type { Cell } from './csv';

const ELLIPSIS = '…';

/** Whitespace of any kind (line breaks in a turn) as one space. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');

/** The last `width` characters of a left context, cut at a word when one starts close enough, with an ellipsis where it was cut. */
export function clipLeft(text: string, width: number): string {
  const line = flat(text).trimStart();
  if (line.length <= width) return line;
  const tail = line.slice(line.length - (width - 1));
  const space = tail.indexOf(' ');
  // Cut at the word only when that loses less than a third of the room.
  const cut = space >= 0 && space < width / 3 ? tail.slice(space + 1) : tail;
  return ELLIPSIS + cut;
}

/** The first `width` characters of a right context, cut at a word where one ends close enough. */
export function clipRight(text: string, width: number): string {
  const line = flat(text).trimEnd();
  if (line.length <= width) return line;
  const head = line.slice(0, width - 1);
  const space = head.lastIndexOf(' ');
  const cut = space > (width * 2) / 3 ? head.slice(0, space) : head;
  return cut + ELLIPSIS;
}

/**
 * The lines as aligned plain text: every match starts in the same column. Meant for a
 * monospaced font; a line's source follows after a tab.
 */
export function alignedText(lines: KwicLineJson[], width: number): string {
  return lines
    .map((l) => {
      const left = clipLeft(l.left, width).padStart(width, ' ');
      const right = clipRight(l.right, width);
      const source = [l.speaker, l.title, l.date].filter(Boolean).join(', ');
      // The contexts keep their own spaces beside the match (none before a comma after it).
      return `${left}${flat(l.match)}${right}`.trimEnd() + (source ? `\t${source}` : '');
    })
    .join('\n');
}

/** What a citation needs that a concordance line does not carry: from the document. */
export interface CitationColumns {
  url: string | null;
  attribution: string | null;
}

export const KWIC_CSV_HEADER = ['left', 'match', 'right', 'speaker', 'date', 'title', 'turn', 'document_id', 'url', 'attribution'];

/** A CSV row: the contexts whole (a spreadsheet aligns them), the turn counted from 1 as people count. */
export function kwicCsvRow(line: KwicLineJson, cite: CitationColumns | undefined): Cell[] {
  return [
    flat(line.left),
    flat(line.match),
    flat(line.right),
    line.speaker,
    line.date,
    line.title,
    line.turnIndex + 1,
    line.documentId,
    cite?.url ?? null,
    cite?.attribution ?? null,
  ];
}

/** The JSON export: the command line's line shape with the citation fields beside it. */
export function kwicJson(query: string, total: number, lines: KwicLineJson[], cites: Map<number, CitationColumns>) {
  return {
    query,
    total,
    lines: lines.map((l) => ({
      ...l,
      url: cites.get(l.documentId)?.url ?? null,
      attribution: cites.get(l.documentId)?.attribution ?? null,
    })),
  };
}
