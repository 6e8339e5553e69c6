/**
 * Tables out of the window as CSV (RFC 4180) and JSON. Pure. A cell that a spreadsheet would
 * read as a formula (=, +, -, @ at its start) is kept as text by a leading apostrophe, because
 * transcripts quote people and a quote may well start with a minus or an equals sign.
 */

export type Cell = string | number | boolean | null | undefined;

const FORMULA = /^[=+\-@\t\r]/;

/** One cell: quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and the data rows, CRLF between rows as RFC 4180 writes them. */
export function toCsv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Pretty JSON with a trailing newline (what a person opens in an editor). */
export const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** A file name from a query: "Concordance of strategic partnership.csv", without characters file systems refuse. */
export function fileName(what: string, query: string, extension: string): string {
  const words = query
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60)
    .trim();
  return `${words ? `${what} of ${words}` : what}.${extension}`;
}
