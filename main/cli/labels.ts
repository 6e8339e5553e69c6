/**
 * `verbatim show <id> --explain-labels`: why each line of a document's plain-text sources
 * became a speaker label, or stayed text. The sources are read again from disk and parsed
 * with the same rules as the import (kremlin-text-evidence.ts, plain-text-labels.ts); saved
 * HTML needs no explanation (its labels are the bold ones).
 *
 * Wiring in cli.ts (two lines): spread EXPLAIN_LABELS_OPTIONS into parseArgs' options, and in
 * the `show` case, after printing the document:
 *   if (explainLabels) io.out(explainDocumentLabels(doc));
 * (with `explainLabels` = values['explain-labels'] passed down to runCommand).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { DocumentDetail } from '../../shared/contract/api';
import { decodeBytes } from '../import/decode';
import { explainKremlinText } from '../import/kremlin-text';
import type { LabelDecision } from '../import/label-evidence';
import { explainPlainText } from '../import/plain-text';

export const EXPLAIN_LABELS_OPTIONS = {
  'explain-labels': { type: 'boolean', default: false },
} as const;

export const EXPLAIN_LABELS_USAGE = '  verbatim show <id> --archive <file> --explain-labels   (why each line became a speaker label)';

/** One explained line: "label" or "text", the label, and why. */
export interface ExplainedLabel {
  verdict: LabelDecision['verdict'];
  label: string;
  reasons: string[];
}

/** What was found for one source file of a document. */
export interface SourceExplanation {
  path: string;
  format: string;
  /** Set when the source could not be explained (missing file, saved HTML, another format). */
  note: string | null;
  labels: ExplainedLabel[];
}

type Read = (path: string) => Uint8Array | null;

const readFromDisk: Read = (path) => (existsSync(path) ? readFileSync(path) : null);

const same = (a: string | null, b: string | null): boolean => (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();

/** The decisions on one source of the document (a copied page is found among the file's pages by title and date). */
export function explainSource(
  doc: Pick<DocumentDetail, 'title' | 'date'>,
  path: string,
  format: string,
  read: Read = readFromDisk,
): SourceExplanation {
  const out: SourceExplanation = { path, format, note: null, labels: [] };
  if (format === 'kremlin-html') return { ...out, note: 'saved HTML: its labels are the bold ones, taken as printed' };
  if (format !== 'kremlin-text' && format !== 'plain-text') return { ...out, note: `labels are not explained for ${format} sources` };
  const bytes = read(path);
  if (!bytes) return { ...out, note: 'the file is no longer there' };
  const decoded = decodeBytes(bytes);
  if (decoded.error) return { ...out, note: decoded.error };
  if (format === 'kremlin-text') {
    const pages = explainKremlinText(decoded.text);
    const page =
      pages.find((p) => same(p.document.title, doc.title) && same(p.document.date, doc.date)) ??
      pages.find((p) => same(p.document.title, doc.title));
    if (!page) return { ...out, note: 'no page of this title in the file' };
    return { ...out, labels: page.labels.map(({ verdict, label, reasons }) => ({ verdict, label, reasons })) };
  }
  const [first] = explainPlainText(decoded.text, path);
  return { ...out, labels: (first?.labels ?? []).map(({ verdict, label, reasons }) => ({ verdict, label, reasons })) };
}

/** Every source of the document, explained. */
export function explainDocumentSources(
  doc: Pick<DocumentDetail, 'title' | 'date' | 'sources'>,
  read: Read = readFromDisk,
): SourceExplanation[] {
  return doc.sources.map((source) => explainSource(doc, source.path, source.format, read));
}

/** The explanation as text for the terminal: one line per candidate, "label" or "text", then why. */
export function explainDocumentLabels(doc: Pick<DocumentDetail, 'title' | 'date' | 'sources'>, read: Read = readFromDisk): string {
  const lines: string[] = ['', 'Speaker labels, and why:'];
  const sources = explainDocumentSources(doc, read);
  if (sources.length === 0) lines.push('  (the document has no source file)');
  for (const source of sources) {
    lines.push(`  ${source.path} (${source.format})${source.note ? `: ${source.note}` : ''}`);
    if (!source.note && source.labels.length === 0) lines.push('    no line opens like a label');
    for (const l of source.labels) lines.push(`    ${l.verdict === 'label' ? 'label' : 'text '}  ${l.label} — ${l.reasons.join('; ')}`);
  }
  return lines.join('\n');
}
