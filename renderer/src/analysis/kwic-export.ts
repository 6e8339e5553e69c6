/**
 * Exporting a concordance: every line of the query (up to a bound, read a thousand at a time),
 * with the citation columns of each line's document — its URL and the source's attribution —
 * as CSV or JSON, or the lines aligned as plain text on the clipboard.
 */
import type { KwicLineJson } from '../../../shared/contract/api';
import { notify } from '../app/operations/notify';
import type { AppStore } from '../app/store';
import { api } from '../shared/api';
import { formatNumber } from '../shared/format';
import { fileName, toCsv, toJson } from './csv';
import { alignedText, KWIC_CSV_HEADER, kwicCsvRow, kwicJson, type CitationColumns } from './kwic-text';
import { copyText, saveText } from './save';
import type { KwicSort } from './useConcordance';

/** Lines in one export; a larger concordance is narrowed with fields (speaker:, date:) first. */
export const EXPORT_LIMIT = 10_000;
const CHUNK = 1000;
/** Documents whose details are read at once for the citation columns. */
const PARALLEL = 4;

async function allLines(query: string, sort: KwicSort): Promise<{ lines: KwicLineJson[]; total: number } | string> {
  const lines: KwicLineJson[] = [];
  let total = 0;
  while (lines.length < EXPORT_LIMIT) {
    const page = await api().concordance({ query, sort, limit: CHUNK, offset: lines.length });
    if (!page.ok) return page.error;
    if (page.value.status === 'invalid') return page.value.error;
    total = page.value.total;
    lines.push(...page.value.lines);
    if (page.value.lines.length < CHUNK) break;
  }
  return { lines: lines.slice(0, EXPORT_LIMIT), total };
}

/** The citation columns of documents, read a few at a time; `progress` hears how many are done now and then. */
export async function citations(
  documentIds: number[],
  progress?: (done: number, total: number) => void,
): Promise<Map<number, CitationColumns>> {
  const ids = [...new Set(documentIds)];
  const found = new Map<number, CitationColumns>();
  for (let i = 0; i < ids.length; i += PARALLEL) {
    const answers = await Promise.all(ids.slice(i, i + PARALLEL).map((id) => api().getDocument(id)));
    for (const answer of answers)
      if (answer.ok) found.set(answer.value.id, { url: answer.value.url, attribution: answer.value.attribution });
    if (progress && (i / PARALLEL) % 50 === 49) progress(Math.min(i + PARALLEL, ids.length), ids.length);
  }
  return found;
}

export async function exportConcordance(store: AppStore, query: string, sort: KwicSort, format: 'csv' | 'json'): Promise<void> {
  notify(store, 'Preparing the concordance…');
  const got = await allLines(query, sort);
  if (typeof got === 'string') return notify(store, got);
  const cites = await citations(got.lines.map((l) => l.documentId));
  const name = fileName('Concordance', query, format);
  const text =
    format === 'csv'
      ? toCsv(
          KWIC_CSV_HEADER,
          got.lines.map((l) => kwicCsvRow(l, cites.get(l.documentId))),
        )
      : toJson(kwicJson(query, got.total, got.lines, cites));
  saveText(store, text, name, format);
  if (got.total > got.lines.length)
    notify(
      store,
      `Saved the first ${formatNumber(got.lines.length)} of ${formatNumber(got.total)} lines to ${name}; narrow the query for the rest.`,
    );
}

/** The lines on screen, aligned on the match, for pasting into a text. */
export function copyLines(store: AppStore, lines: KwicLineJson[]): Promise<void> {
  return copyText(store, alignedText(lines, 50), `Copied ${formatNumber(lines.length)} concordance lines.`);
}
