/**
 * Exporting a search's results: every document it finds (up to a bound), in the order the
 * results list shows, as CSV or JSON with the citation columns of each document. The pages are
 * asked through the search itself, one after another (the query worker runs one search at a time),
 * and the status bar tells how far it has got.
 */
import type { SearchGroup, SearchResult } from '../../../shared/contract/api';
import { fileName, toCsv, toJson } from '../analysis/csv';
import { citations } from '../analysis/kwic-export';
import { saveTextTo } from '../analysis/save';
import { notify } from '../app/operations/notify';
import type { SearchSort } from '../app/state';
import type { AppStore } from '../app/store';
import { api } from '../shared/api';
import { formatNumber, plural } from '../shared/format';
import { RESULTS_CSV_HEADER, resultCsvRow, resultRow, resultsJson } from './result-rows';

/** Documents in one export; a larger result is narrowed with fields (speaker:, date:) first. */
export const RESULTS_EXPORT_LIMIT = 10_000;
/** Documents per page: the most the search contract gives at once. */
const PAGE = 500;
/** A page the window's own search replaced (it runs one at a time) is asked again, this often at most. */
const TRIES = 3;

type Page = Extract<SearchResult, { status: 'page' }>;

async function askPage(query: string, sort: SearchSort, offset: number): Promise<Page | string> {
  let error = '';
  for (let i = 0; i < TRIES; i++) {
    const answer = await api().search({ query, sort, limit: PAGE, offset, turnsPerDocument: 1, part: 'page' });
    if (!answer.ok) {
      error = answer.error;
      continue;
    }
    if (answer.value.status === 'page') return answer.value;
    if (answer.value.status === 'invalid') return answer.value.error;
    return `The search answered “${answer.value.status}” where a page was asked.`;
  }
  return error;
}

interface Found {
  groups: SearchGroup[];
  total: number;
  rankedAmong: number | null;
}

/** The documents from the first page on, in order, each once, up to the bound. */
async function allDocuments(store: AppStore, query: string, sort: SearchSort): Promise<Found | string> {
  let first = await askPage(query, sort, 0);
  if (typeof first === 'string') return first;
  const wanted = Math.min(first.total, RESULTS_EXPORT_LIMIT);
  // A relevance order over a very large result is ranked among its newest documents, as many as
  // the deepest page asks for: ask that page first, so that every page is cut from the same order.
  if (first.rankedAmong !== null && wanted > PAGE) {
    const deepest = await askPage(query, sort, wanted - PAGE);
    if (typeof deepest === 'string') return deepest;
    first = await askPage(query, sort, 0);
    if (typeof first === 'string') return first;
  }
  const seen = new Set<number>();
  const groups: SearchGroup[] = [];
  const add = (page: Page) => {
    for (const g of page.groups) {
      if (seen.has(g.documentId) || groups.length >= wanted) continue;
      seen.add(g.documentId);
      groups.push(g);
    }
  };
  add(first);
  let page = first;
  for (let offset = PAGE; groups.length < wanted && page.groups.length === PAGE; offset += PAGE) {
    notify(store, `Reading the results: ${formatNumber(groups.length)} of ${formatNumber(wanted)} documents…`);
    const next = await askPage(query, sort, offset);
    if (typeof next === 'string') return next;
    page = next;
    add(page);
  }
  return { groups, total: first.total, rankedAmong: page.rankedAmong };
}

let running = false;

/** Saves the current search's results as CSV or JSON; the status bar says where, and how many when capped. */
export async function exportSearchResults(store: AppStore, format: 'csv' | 'json'): Promise<void> {
  const { query, sort } = store.getState().search;
  const shown = query.trim();
  if (!shown) return notify(store, 'Search for something first: the export saves the documents a search finds.');
  if (running) return notify(store, 'The results are already being exported.');
  running = true;
  try {
    notify(store, 'Preparing the search results…');
    // The query as the results list asks it, so that the export follows the order on screen.
    const found = await allDocuments(store, query, sort);
    if (typeof found === 'string') return notify(store, found);
    if (found.groups.length === 0) return notify(store, `The search ${shown} finds no documents.`);
    const cites = await citations(
      found.groups.map((g) => g.documentId),
      (done, total) => notify(store, `Reading the documents’ sources: ${formatNumber(done)} of ${formatNumber(total)}…`),
    );
    const rows = found.groups.map((g) => resultRow(g, cites.get(g.documentId)));
    const text =
      format === 'csv'
        ? toCsv(RESULTS_CSV_HEADER, rows.map(resultCsvRow))
        : toJson(resultsJson(shown, sort, found.total, rows, found.rankedAmong));
    const path = await saveTextTo(store, text, fileName('Search results', shown, format), format);
    if (path === null) return notify(store, 'Nothing was saved.');
    if (path === undefined) return;
    notify(
      store,
      found.total > rows.length
        ? `Saved the first ${formatNumber(rows.length)} of ${plural(found.total, 'document')} to ${path}; narrow the search for the rest.`
        : `Saved to ${path}`,
    );
  } finally {
    running = false;
  }
}
