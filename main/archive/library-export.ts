/** Documents written out as Markdown, plain text or CSV (one row per turn). Pure functions of the stored documents. */
import type { DocumentDetail, ExportFormat, SpeakerFigureView } from '../../shared/contract/api';
import { isOmission } from '../../shared/text';

export interface ExportDocument {
  doc: DocumentDetail;
  speakers: SpeakerFigureView[];
}

function dateLine(doc: DocumentDetail): string {
  return [doc.date ?? 'Undated', doc.time, doc.place].filter(Boolean).join(', ');
}

function tagLines(doc: DocumentDetail): string[] {
  const groups: [string, string[]][] = [
    ['Topics', doc.topics],
    ['Persons', doc.persons],
    ['Geography', doc.geography],
  ];
  return groups.filter(([, v]) => v.length).map(([label, v]) => `${label}: ${v.join('; ')}`);
}

/** Markdown special characters at a line start would turn speech into headings or lists. */
function mdEscape(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1').replace(/^(\s*)([#>+-]|\d+\.)(\s)/, '$1\\$2$3');
}

export function toMarkdown(items: ExportDocument[]): string {
  return items
    .map(({ doc }) => {
      const head = [`# ${mdEscape(doc.title)}`, '', `*${dateLine(doc)}*`];
      if (doc.summary) head.push('', mdEscape(doc.summary));
      const tags = tagLines(doc);
      if (tags.length) head.push('', ...tags.map((t) => `${mdEscape(t)}  `));
      const body = doc.turns.map((turn) => {
        const paragraphs = turn.text.split('\n\n').map((p) => (isOmission(p) ? '\\<…\\>' : mdEscape(p)));
        if (!turn.speaker) return paragraphs.map((p) => `*${p}*`).join('\n\n');
        return [`**${mdEscape(turn.speaker)}:** ${paragraphs[0]}`, ...paragraphs.slice(1)].join('\n\n');
      });
      const foot = [doc.url ? `Source: <${doc.url}>` : null, doc.attribution ? mdEscape(doc.attribution) : null].filter(Boolean);
      return [...head, '', '---', '', ...body.flatMap((b) => [b, '']), '---', '', ...foot.map((f) => `${f}  `)].join('\n').trimEnd();
    })
    .join('\n\n\n')
    .concat('\n');
}

export function toPlainText(items: ExportDocument[]): string {
  return items
    .map(({ doc }) => {
      const lines = [doc.title, dateLine(doc)];
      if (doc.summary) lines.push('', doc.summary);
      const tags = tagLines(doc);
      if (tags.length) lines.push('', ...tags);
      lines.push('');
      for (const turn of doc.turns) {
        const paragraphs = turn.text.split('\n\n');
        lines.push(turn.speaker ? `${turn.speaker}: ${paragraphs[0]}` : paragraphs[0], ...paragraphs.slice(1), '');
      }
      if (doc.url) lines.push(`Source: ${doc.url}`);
      if (doc.attribution) lines.push(doc.attribution);
      return lines.join('\n').trimEnd();
    })
    .join('\n\n\n\n')
    .concat('\n');
}

export function csvField(value: string | number | null): string {
  if (value === null) return '';
  // Imported text is untrusted: a cell starting like a formula is opened as text by spreadsheets.
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_COLUMNS = ['document_id', 'title', 'date', 'time', 'place', 'url', 'turn', 'speaker', 'person', 'role', 'text'];

/** One row per turn; paragraphs inside a turn are separated by a blank line within the quoted field. */
export function toCsv(items: ExportDocument[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const { doc, speakers } of items) {
    const byLabel = new Map(speakers.map((s) => [s.label, s]));
    doc.turns.forEach((turn, index) => {
      const figure = turn.speaker ? byLabel.get(turn.speaker) : undefined;
      lines.push(
        [
          doc.id,
          doc.title,
          doc.date,
          doc.time,
          doc.place,
          doc.url,
          index + 1,
          turn.speaker,
          figure?.person ?? null,
          figure?.role ?? null,
          turn.text,
        ]
          .map(csvField)
          .join(','),
      );
    });
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function formatExport(format: ExportFormat, items: ExportDocument[]): string {
  if (format === 'markdown') return toMarkdown(items);
  if (format === 'text') return toPlainText(items);
  return toCsv(items);
}

export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = { markdown: 'md', text: 'txt', csv: 'csv' };

/** A file name from the title: "Meeting with … Jeenbekov.md", or "3 documents.csv". */
export function exportFileName(items: ExportDocument[], format: ExportFormat): string {
  const base =
    items.length === 1
      ? items[0].doc.title
          .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
          .replace(/\s+/g, ' ')
          .trim()
          .slice(0, 100)
      : `${items.length} documents`;
  return `${base || 'document'}.${EXPORT_EXTENSIONS[format]}`;
}
