/**
 * Datasets with one document per row or object: CSV, TSV, JSON, JSON Lines.
 *
 * text -> table (dataset-table.ts) -> column mapping (dataset-columns.ts,
 * guessed when not given) -> one ParsedDocument per row (cell rules in
 * dataset-values.ts). Pure; never throws; problems are warnings or a
 * 'failed' outcome that lists the columns found so the caller can ask for a
 * mapping.
 */
import { emptyDocument, type ParsedDocument, type ParseOutcome, type ParsedTurn } from './types';
import { readDatasetTable, type DatasetKind } from './dataset-table';
import { completeMapping, missingRequired, type ColumnMapping } from './dataset-columns';
import { checkSourceUrl } from './url-check';
import { detectLanguage } from './text-utils';
import {
  attributionForUrl,
  cellValue,
  datasetDateProblem,
  parseDatasetDate,
  parseDatasetTime,
  splitList,
  textParagraphs,
  titleFromText,
} from './dataset-values';

export { readDatasetTable, type DatasetKind, type DatasetTable, type DatasetTableResult } from './dataset-table';
export { DATASET_FIELDS, guessMapping, missingRequired, parseMapArg, type ColumnMapping, type DatasetField } from './dataset-columns';

const MAX_LISTED_SKIPS = 20;

/**
 * Parses a dataset into documents. With no mapping the columns are guessed;
 * a mapping given overrides the guess field by field (fields it leaves open
 * are still guessed from the remaining columns).
 */
export function parseDataset(text: string, kind: DatasetKind, mapping?: ColumnMapping): ParseOutcome {
  try {
    return parseDatasetUnsafe(text, kind, mapping);
  } catch (e) {
    return { kind: 'failed', error: `The dataset could not be read: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Longest sample value shown for a column in the mapping dialog. */
const SAMPLE_CHARS = 80;

/** Each column's first non-empty value (shortened), so a person can tell which column holds what. */
function columnSamples(table: { columns: string[]; rows: Record<string, string>[] }): Record<string, string> {
  const samples: Record<string, string> = {};
  for (const column of table.columns) {
    const value = table.rows
      .slice(0, 50)
      .map((row) => (row[column] ?? '').replace(/\s+/g, ' ').trim())
      .find(Boolean);
    if (value) samples[column] = value.length > SAMPLE_CHARS ? `${value.slice(0, SAMPLE_CHARS - 1)}…` : value;
  }
  return samples;
}

function parseDatasetUnsafe(text: string, kind: DatasetKind, explicit: ColumnMapping | undefined): ParseOutcome {
  const table = readDatasetTable(text, kind);
  if ('error' in table) {
    return table.error === 'The file is empty' ? { kind: 'skipped', reason: 'The file is empty' } : { kind: 'failed', error: table.error };
  }
  const found = table.columns.length > 0 ? table.columns.map((c) => `"${c}"`).join(', ') : 'none';
  const { mapping, unknown } = completeMapping(table.columns, explicit);
  if (unknown.length > 0) {
    return {
      kind: 'failed',
      error: `The mapping names columns the file does not have (${unknown.join(', ')}); columns found: ${found}`,
      columns: table.columns,
      samples: columnSamples(table),
    };
  }
  const missing = missingRequired(mapping);
  if (missing.length > 0) {
    return {
      kind: 'failed',
      error:
        `No ${missing.join(' or ')} column could be matched (columns found: ${found}); ` +
        'map them with --map text=<column>,title=<column> or in the mapping dialog',
      columns: table.columns,
      samples: columnSamples(table),
    };
  }
  if (table.rows.length === 0) return { kind: 'skipped', reason: 'The file has a header but no rows' };

  const warnings = [...table.warnings];
  const documents: ParsedDocument[] = [];
  const skipped: number[] = [];
  table.rows.forEach((row, i) => {
    const doc = rowDocument(row, mapping);
    if (!doc) {
      skipped.push(i + 1);
      return;
    }
    // A quote or field-count problem in this row is the document's too (its text may hold other rows).
    for (const w of table.rowWarnings) if (w.row === i + 1) doc.warnings.push(w.message);
    documents.push(doc);
  });
  if (skipped.length > 0) {
    const listed = skipped.slice(0, MAX_LISTED_SKIPS).join(', ');
    const more = skipped.length > MAX_LISTED_SKIPS ? ` and ${skipped.length - MAX_LISTED_SKIPS} more` : '';
    warnings.push(
      `${skipped.length === 1 ? 'Row' : 'Rows'} ${listed}${more} had neither a title nor a text and ${skipped.length === 1 ? 'was' : 'were'} skipped`,
    );
  }
  if (documents.length === 0) {
    return { kind: 'skipped', reason: `No row had a title or a text (${table.rows.length} rows read)` };
  }
  const format = kind === 'csv' || kind === 'tsv' ? 'csv' : 'json';
  return { kind: 'documents', format, documents, warnings };
}

/** One row -> a document, or null when the row has neither title nor text. */
function rowDocument(row: Record<string, string>, mapping: ColumnMapping): ParsedDocument | null {
  const raw = (field: keyof ColumnMapping): string => {
    const column = mapping[field];
    return column === undefined ? '' : (row[column] ?? '');
  };
  const scalar = (field: keyof ColumnMapping): string | null => cellValue(raw(field));

  const summary = scalar('summary');
  // With no text column the summary stands in as the text (e.g. the kremlin.ru
  // CSV of news items: title + summary); it is kept as the summary too.
  let paragraphs = textParagraphs(raw('text'));
  if (paragraphs.length === 0 && mapping.text === undefined) paragraphs = textParagraphs(raw('summary'));
  let title = scalar('title');
  if (title === null && paragraphs.length === 0) return null;

  const doc = emptyDocument(title ?? '');
  if (title === null) {
    title = titleFromText(paragraphs);
    doc.title = title;
    doc.warnings.push('No title: the first words of the text stand in for it');
  }
  doc.summary = summary;

  const speaker = scalar('speaker');
  if (paragraphs.length > 0) {
    const turn: ParsedTurn = { speaker, paragraphs };
    doc.turns = [turn];
  }

  const dateCell = scalar('date');
  if (dateCell !== null) {
    const parsed = parseDatasetDate(dateCell);
    if (parsed) {
      doc.date = parsed.date;
      doc.time = parsed.time;
    } else {
      const problem = datasetDateProblem(dateCell);
      doc.warnings.push(problem ? `The date was left empty because ${problem}` : `The date "${shorten(dateCell)}" could not be read`);
    }
  }
  const timeCell = scalar('time');
  if (timeCell !== null) {
    const time = parseDatasetTime(timeCell);
    if (time) doc.time = time;
    else doc.warnings.push(`The time "${shorten(timeCell)}" could not be read`);
  }

  doc.place = scalar('place');
  const source = checkSourceUrl(scalar('url'));
  doc.url = source.url;
  if (source.warning) doc.warnings.push(source.warning);
  doc.topics = mergeLists(splitList(raw('topics')), splitList(raw('tags')));
  doc.persons = splitList(raw('persons'));
  doc.geography = splitList(raw('geography'));
  doc.attribution = attributionForUrl(doc.url);
  const sample = `${title} ${paragraphs.slice(0, 20).join(' ')}`;
  // A dataset row is taken as English unless its text says Russian.
  doc.language = detectLanguage(sample) ?? 'en';
  return doc;
}

function mergeLists(a: string[], b: string[]): string[] {
  const out = [...a];
  for (const item of b) if (!out.includes(item)) out.push(item);
  return out;
}

function shorten(value: string): string {
  return value.length > 60 ? `${value.slice(0, 60)}…` : value;
}
