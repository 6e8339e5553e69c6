/**
 * Reads a dataset file into a table of string cells: CSV and TSV through
 * papaparse (header row, quoted multi-line fields, BOM), JSON (an array of
 * objects, or an object holding one), JSON Lines (one object a line).
 * Problems are values: warnings for what was skipped, { error } when nothing
 * could be read. Never throws.
 */
import Papa from 'papaparse';

export type DatasetKind = 'csv' | 'tsv' | 'json' | 'jsonl';

export interface DatasetTable {
  columns: string[];
  rows: Record<string, string>[];
  /** Every problem met, for the file's report. */
  warnings: string[];
  /** The problems that concern one row (1-based, as in `warnings`), for that row's document. */
  rowWarnings: RowWarning[];
}

export interface RowWarning {
  row: number;
  message: string;
}

export type DatasetTableResult = DatasetTable | { error: string };

/** Keys tried first when a JSON file is an object holding the rows. */
const ROW_KEYS = ['documents', 'data', 'items', 'records', 'rows', 'results', 'speeches', 'transcripts', 'articles', 'entries'];

const MAX_LISTED_WARNINGS = 20;

export function readDatasetTable(text: string, kind: DatasetKind): DatasetTableResult {
  try {
    const clean = typeof text === 'string' ? text.replace(/^\ufeff/, '') : '';
    if (clean.trim() === '') return { error: 'The file is empty' };
    switch (kind) {
      case 'csv':
      case 'tsv':
        return readDelimited(clean, kind);
      case 'json':
        return readJson(clean);
      case 'jsonl':
        return readJsonLines(clean);
      default:
        return { error: `Unknown dataset kind "${String(kind)}"` };
    }
  } catch (e) {
    return { error: `The dataset could not be read: ${e instanceof Error ? e.message : String(e)}` };
  }
}

// ---------------------------------------------------------------- CSV / TSV

function readDelimited(text: string, kind: 'csv' | 'tsv'): DatasetTableResult {
  const label = kind.toUpperCase();
  let result = parseDelimited(text, kind === 'tsv' ? '\t' : ',');
  // A European CSV separated by semicolons reads as one column with ','.
  const fields = result.meta.fields ?? [];
  if (kind === 'csv' && fields.length === 1 && fields[0].includes(';')) {
    result = parseDelimited(text, ';');
  }
  const rawColumns = result.meta.fields ?? [];
  if (rawColumns.length === 0) return { error: `${label}: no header row found` };
  const columns = nameColumns(rawColumns);
  const warnings: string[] = [];
  const problems: string[] = [];
  const rowWarnings: RowWarning[] = [];
  const quoted = new Set(result.errors.filter((e) => e.code === 'MissingQuotes').map((e) => e.row));
  for (const error of result.errors.slice(0, 200)) {
    // papaparse counts quote errors from the header row, field-count errors from the first data row.
    const row = typeof error.row === 'number' ? (error.type === 'Quotes' ? error.row : error.row + 1) : null;
    const line = typeof error.index === 'number' ? ` (line ${lineAt(text, error.index)})` : '';
    const where = row === null ? 'the file' : `row ${row}${line}`;
    let message: string | null = null;
    if (error.code === 'MissingQuotes') {
      message = `${label}: ${where} has a quote that is never closed; the rest of the file was read into that row`;
    } else if (error.code === 'InvalidQuotes') {
      if (quoted.has(error.row)) continue; // the same unclosed quote, reported once
      message = `${label}: ${where} has a stray quote inside a quoted field; the lines after it may have been read into that row`;
    } else if (error.code === 'TooManyFields') {
      message = `${label}: ${where} has more fields than the header; the extra fields were dropped`;
    } else if (error.code === 'TooFewFields') {
      message = `${label}: ${where} has fewer fields than the header; the missing ones are empty`;
    } else if (error.code !== 'UndetectableDelimiter') {
      message = `${label}: ${where}: ${error.message}`;
    }
    if (message === null || problems.includes(message)) continue;
    problems.push(message);
    if (row !== null) rowWarnings.push({ row, message });
  }
  warnings.push(...limitList(problems));
  const rows: Record<string, string>[] = [];
  for (const data of result.data) {
    const row: Record<string, string> = {};
    rawColumns.forEach((raw, i) => {
      const value = data[raw];
      row[columns[i]] = typeof value === 'string' ? value : '';
    });
    rows.push(row);
  }
  return { columns, rows, warnings, rowWarnings };
}

function parseDelimited(text: string, delimiter: string): Papa.ParseResult<Record<string, string | undefined>> {
  // Repeated column names get a suffix here ("name", "name_2"), so papaparse has none to rename (it would log).
  const seen = new Map<string, number>();
  return Papa.parse<Record<string, string | undefined>>(text, {
    header: true,
    delimiter,
    skipEmptyLines: 'greedy',
    transformHeader: (header: string) => {
      const clean = header.replace(/^\ufeff/, '').trim();
      const count = (seen.get(clean) ?? 0) + 1;
      seen.set(clean, count);
      return count > 1 ? `${clean}_${count}` : clean;
    },
  });
}

/** 1-based line number of a character offset. */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Gives blank header cells a name ("column 3") so every cell can be mapped. */
function nameColumns(raw: string[]): string[] {
  const seen = new Set<string>();
  return raw.map((name, i) => {
    let column = name === '' ? `column ${i + 1}` : name;
    let n = 2;
    while (seen.has(column)) column = `${name || `column ${i + 1}`} (${n++})`;
    seen.add(column);
    return column;
  });
}

// ---------------------------------------------------------------- JSON

function readJson(text: string): DatasetTableResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { error: `JSON: the file is not valid JSON${jsonErrorPlace(text, e)}` };
  }
  const warnings: string[] = [];
  let items: unknown[];
  if (Array.isArray(value)) {
    items = value;
  } else if (isPlainObject(value)) {
    const found = findRowArray(value);
    if (found) {
      items = found.items;
      if (found.note) warnings.push(found.note);
    } else if (Object.values(value).some((v) => typeof v === 'string')) {
      items = [value]; // one document as one object
    } else {
      return { error: 'JSON: expected an array of objects, or an object holding one (like {"documents": [...]})' };
    }
  } else {
    return { error: 'JSON: expected an array of objects, or an object holding one (like {"documents": [...]})' };
  }
  return tableFromObjects(items, (i) => `item ${i + 1}`, 'JSON', warnings);
}

function findRowArray(value: Record<string, unknown>): { items: unknown[]; note: string | null } | null {
  const candidates = Object.entries(value).filter(
    (entry): entry is [string, unknown[]] => Array.isArray(entry[1]) && entry[1].some(isPlainObject),
  );
  if (candidates.length === 0) return null;
  if (candidates.length === 1) return { items: candidates[0][1], note: null };
  const preferred = candidates.find(([key]) => ROW_KEYS.includes(key.toLowerCase()));
  const chosen = preferred ?? candidates.reduce((a, b) => (b[1].length > a[1].length ? b : a));
  const others = candidates
    .filter((c) => c !== chosen)
    .map(([key]) => `"${key}"`)
    .join(', ');
  return { items: chosen[1], note: `JSON: read the rows of "${chosen[0]}"; ${others} ignored` };
}

/** " (error at line 3, column 7)" from a JSON.parse error; V8 names a position or quotes ±10 characters. */
function jsonErrorPlace(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  let position: number | null = null;
  const m = /position (\d+)/.exec(message);
  if (m) position = Number(m[1]);
  else {
    const quoted = /, (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(message);
    if (quoted && quoted[1]) {
      const start = text.indexOf(quoted[2]);
      if (start >= 0) position = start + 10;
    } else if (quoted && quoted[3]) {
      position = Math.max(0, quoted[2].length - 10);
    } else if (/end of JSON input/.test(message)) {
      position = text.length;
    }
  }
  if (position === null) return message ? ` (${message.slice(0, 120)})` : '';
  position = Math.min(position, text.length);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return ` (error at line ${line}, column ${column})`;
}

// ---------------------------------------------------------------- JSON Lines

function readJsonLines(text: string): DatasetTableResult {
  const lines = text.split(/\r\n|\n|\r/);
  const items: unknown[] = [];
  const lineNumbers: number[] = [];
  const bad: string[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      items.push(JSON.parse(line));
      lineNumbers.push(i + 1);
    } catch {
      bad.push(`JSON Lines: line ${i + 1} is not valid JSON; it was skipped`);
    }
  });
  if (items.length === 0) {
    return { error: bad.length > 0 ? `JSON Lines: no line is valid JSON (${bad.length} lines tried)` : 'The file is empty' };
  }
  return tableFromObjects(items, (i) => `line ${lineNumbers[i]}`, 'JSON Lines', limitList(bad));
}

// ---------------------------------------------------------------- shared

function tableFromObjects(items: unknown[], where: (index: number) => string, label: string, warnings: string[]): DatasetTableResult {
  const columns: string[] = [];
  const known = new Set<string>();
  const rows: Record<string, string>[] = [];
  const skipped: string[] = [];
  items.forEach((item, i) => {
    if (!isPlainObject(item)) {
      skipped.push(`${label}: ${where(i)} is not an object; it was skipped`);
      return;
    }
    const row: Record<string, string> = {};
    for (const [key, value] of Object.entries(item)) {
      if (!known.has(key)) {
        known.add(key);
        columns.push(key);
      }
      row[key] = cellText(value);
    }
    rows.push(row);
  });
  for (const row of rows) for (const column of columns) row[column] ??= '';
  const all = [...warnings, ...limitList(skipped)];
  if (rows.length === 0) return { error: `${label}: no object found to read as a row` };
  return { columns, rows, warnings: all, rowWarnings: [] };
}

/** Strings as they are; numbers and booleans as text; arrays and objects as JSON. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keeps a long list of warnings readable. */
function limitList(list: string[]): string[] {
  if (list.length <= MAX_LISTED_WARNINGS) return list;
  return [...list.slice(0, MAX_LISTED_WARNINGS), `… and ${list.length - MAX_LISTED_WARNINGS} more like these`];
}
