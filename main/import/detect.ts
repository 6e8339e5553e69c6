import { extname } from 'node:path';
import { OMISSION_MARK } from '../../shared/text';
import { decodeBytes, looksBinary } from './decode';
import { parseDataset, type ColumnMapping } from './dataset';
import { parseGenericHtml } from './generic-html';
import { looksLikeKremlinHtml, parseKremlinHtml } from './kremlin-html';
import { looksLikeKremlinText, parseKremlinText } from './kremlin-text';
import { parsePlainText } from './plain-text';
import { NO_TRANSCRIPT_TEXT, type ParsedDocument, type ParseOutcome } from './types';

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
  if (looksBinary(bytes))
    return { kind: 'failed', error: 'The file holds binary data, not text: it is not a transcript Verbatim can read.' };
  const decoded = decodeBytes(bytes);
  if (decoded.error) return { kind: 'failed', error: decoded.error };
  const text = decoded.text;
  if (text.trim() === '') return { kind: 'failed', error: 'The file holds only white space.' };
  const outcome = withoutEmptyDocuments(parseText(ext, text, name, options));
  if (outcome.kind === 'documents') addDecodeWarnings(outcome.documents, outcome.warnings, decoded.warnings);
  return outcome;
}

export { NO_TRANSCRIPT_TEXT } from './types';

/** Formats whose title is read from the text itself: a document with no text beside it is no transcript. */
const TITLE_FROM_TEXT = new Set(['plain-text', 'html']);

/**
 * Drops documents that hold no text where the title itself came from the text (a file
 * holding only "hello", a page with no readable body); a file left with none is skipped.
 * Structured sources keep a record that has only a title and metadata (a dataset row,
 * an en.kremlin.ru news item without a body): it is real, and its warnings say so.
 */
function withoutEmptyDocuments(outcome: ParseOutcome): ParseOutcome {
  if (outcome.kind !== 'documents' || !TITLE_FROM_TEXT.has(outcome.format)) return outcome;
  const documents = outcome.documents.filter(hasText);
  if (documents.length === 0) return { kind: 'skipped', reason: NO_TRANSCRIPT_TEXT };
  const dropped = outcome.documents.length - documents.length;
  const warnings = [...outcome.warnings];
  if (dropped > 0) warnings.push(`${dropped} document${dropped === 1 ? '' : 's'} with no text ${dropped === 1 ? 'was' : 'were'} left out`);
  return { ...outcome, documents, warnings };
}

function hasText(doc: ParsedDocument): boolean {
  return doc.turns.some((turn) => turn.paragraphs.some((p) => p.trim() !== '' && p !== OMISSION_MARK));
}

/**
 * The decoder's warnings are the file's; a document gets them too when it is the file's only
 * one, or (for replaced bytes) when its own text holds a replacement character.
 */
function addDecodeWarnings(documents: ParsedDocument[], fileWarnings: string[], warnings: string[]): void {
  for (const warning of warnings) {
    fileWarnings.push(warning);
    for (const doc of documents) {
      if (documents.length === 1 || (/invalid .* replaced/.test(warning) && documentHasReplacement(doc))) doc.warnings.push(warning);
    }
  }
}

function documentHasReplacement(doc: ParsedDocument): boolean {
  return doc.title.includes('\ufffd') || doc.turns.some((turn) => turn.paragraphs.some((p) => p.includes('\ufffd')));
}

function parseText(ext: string, text: string, name: string, options: ParseFileOptions): ParseOutcome {
  if (HTML_EXTENSIONS.has(ext) || (ext === '' && /^\s*</.test(text))) {
    if (looksLikeKremlinHtml(text)) return parseKremlinHtml(text);
    return parseGenericHtml(text, name);
  }
  const dataset = DATASET_EXTENSIONS[ext];
  if (dataset) return parseDataset(text, dataset, options.mapping);
  if (looksLikeKremlinText(text)) return parseKremlinText(text);
  return parsePlainText(text, name);
}
