import { extname } from 'node:path';
import { decodeBytes, looksBinary } from './decode';
import { parseDataset, type ColumnMapping } from './dataset';
import { parseGenericHtml } from './generic-html';
import { looksLikeKremlinHtml, parseKremlinHtml } from './kremlin-html';
import { looksLikeKremlinText, parseKremlinText } from './kremlin-text';
import { parsePlainText } from './plain-text';
import type { ParseOutcome } from './types';

export interface ParseFileOptions {
  /** Column mapping for datasets whose column names are not recognised. */
  mapping?: ColumnMapping;
}

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const DATASET_EXTENSIONS: Record<string, 'csv' | 'tsv' | 'json' | 'jsonl'> = {
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};
const UNSUPPORTED: Record<string, string> = {
  '.pdf': 'PDF files are not read yet: save the transcript as text or as an HTML page',
  '.doc': 'Word files are not read yet: save the transcript as text',
  '.docx': 'Word files are not read yet: save the transcript as text',
  '.rtf': 'RTF files are not read yet: save the transcript as text',
};

/** True when Verbatim reads files with this name at all (others in a folder are listed as skipped). */
export function isKnownExtension(name: string): boolean {
  const ext = extname(name).toLowerCase();
  return TEXT_EXTENSIONS.has(ext) || HTML_EXTENSIONS.has(ext) || ext in DATASET_EXTENSIONS || ext in UNSUPPORTED;
}

/** Turns one file's bytes into documents, or says why it is skipped or failed. Never throws. */
export function parseFile(name: string, bytes: Uint8Array, options: ParseFileOptions = {}): ParseOutcome {
  const ext = extname(name).toLowerCase();
  if (ext in UNSUPPORTED) return { kind: 'skipped', reason: UNSUPPORTED[ext] };
  if (!isKnownExtension(name)) return { kind: 'skipped', reason: `not a transcript file type (${ext || 'no extension'})` };
  if (bytes.length === 0) return { kind: 'failed', error: 'The file is empty.' };
  if (looksBinary(bytes)) return { kind: 'failed', error: 'The file holds binary data, not text: it is not a transcript Verbatim can read.' };
  const decoded = decodeBytes(bytes);
  const text = decoded.text;
  if (text.trim() === '') return { kind: 'failed', error: 'The file holds only white space.' };
  const outcome = parseText(ext, text, name, options);
  if (outcome.kind === 'documents' && decoded.warnings.length) {
    for (const doc of outcome.documents) doc.warnings.push(...decoded.warnings);
    outcome.warnings.push(...decoded.warnings);
  }
  return outcome;
}

function parseText(ext: string, text: string, name: string, options: ParseFileOptions): ParseOutcome {
  if (HTML_EXTENSIONS.has(ext) || (ext === '' && /^\s*</.test(text))) {
    if (looksLikeKremlinHtml(text)) return parseKremlinHtml(text);
    return parseGenericHtml(text, name);
  }
  const dataset = DATASET_EXTENSIONS[ext];
  if (dataset) return parseDataset(text, dataset, options.mapping);
  if (looksLikeKremlinText(text)) {
    const documents = parseKremlinText(text);
    if (documents.length === 0) return { kind: 'failed', error: 'Copied en.kremlin.ru text, but no page could be read from it.' };
    return { kind: 'documents', format: 'kremlin-text', documents, warnings: [] };
  }
  const documents = parsePlainText(text, name);
  if (documents.length === 0) return { kind: 'skipped', reason: 'no transcript text found in the file' };
  return { kind: 'documents', format: 'plain-text', documents, warnings: [] };
}
