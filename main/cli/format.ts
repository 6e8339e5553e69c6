import type { DocumentDetail, DocumentListItem, ImportReport } from '../../shared/contract/api';

/** The `show --json` shape (public): extend, never break. */
export function showJson(doc: DocumentDetail) {
  return {
    id: doc.id,
    title: doc.title,
    date: doc.date,
    time: doc.time,
    place: doc.place,
    summary: doc.summary,
    url: doc.url,
    topics: doc.topics,
    persons: doc.persons,
    geography: doc.geography,
    turns: doc.turns.map((turn) => ({ speaker: turn.speaker, text: turn.text })),
  };
}

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function formatList(rows: DocumentListItem[]): string {
  if (rows.length === 0) return 'The archive is empty.';
  return table(
    ['ID', 'Date', 'Time', 'Place', 'Turns', 'Title'],
    rows.map((r) => [String(r.id), r.date ?? '', r.time ?? '', clip(r.place ?? '', 24), String(r.turnCount), clip(r.title, 80)]),
  );
}

export function formatImportReport(report: ImportReport): string {
  const lines = [
    `Imported ${report.imported}, updated ${report.updated}, unchanged ${report.unchanged}, skipped ${report.skipped.length}, failed ${report.failed.length}${report.cancelled ? ' (cancelled)' : ''}.`,
  ];
  for (const d of report.documents) lines.push(`  ${d.status.padEnd(9)} #${d.id} ${d.title}  (${d.path})`);
  for (const s of report.skipped) lines.push(`  skipped   ${s.path}: ${s.reason}`);
  for (const f of report.failed) lines.push(`  FAILED    ${f.path}: ${f.error}`);
  for (const w of report.warnings) lines.push(`  warning   ${w.path}: ${w.message}`);
  return lines.join('\n');
}

export function formatDocument(doc: DocumentDetail): string {
  const lines = [doc.title, [doc.date, doc.time, doc.place].filter(Boolean).join(' · ')];
  if (doc.summary) lines.push('', doc.summary);
  for (const [label, values] of [
    ['Topics', doc.topics],
    ['Persons', doc.persons],
    ['Geography', doc.geography],
  ] as const) {
    if (values.length) lines.push(`${label}: ${values.join('; ')}`);
  }
  for (const turn of doc.turns) {
    lines.push('', turn.speaker ? `${turn.speaker}:` : '—', turn.text);
  }
  if (doc.url) lines.push('', doc.url);
  if (doc.attribution) lines.push(doc.attribution);
  return lines.join('\n');
}

/** A count and its noun, in the singular for one ("1 passage", "3 passages"). */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
