/**
 * Bibliographies out of the window: the chosen documents, a collection's or every one a search
 * finds, as one BibTeX, RIS or CSL-JSON file for a reference manager (Zotero, say). Main makes it
 * (citation-js, an entry per document with the source's attribution in its note) and asks where
 * to save it; the status bar says how many entries were written.
 */
import type { BibliographyStyle, CiteManyRequest } from '../../../shared/contract/api';
import { attempt, notify } from '../app/operations/notify';
import type { CitedDocuments } from '../app/state';
import type { AppStore } from '../app/store';
import { api } from '../shared/api';
import { formatNumber, plural } from '../shared/format';
import { fileName } from './csv';

export const BIBLIOGRAPHY_LABELS: Record<BibliographyStyle, string> = { bibtex: 'BibTeX', ris: 'RIS', 'csl-json': 'CSL-JSON' };
/** The formats in the order menus list them (the contract's list is not imported: it would bring its validators into the window). */
export const BIBLIOGRAPHY_STYLES = Object.keys(BIBLIOGRAPHY_LABELS) as BibliographyStyle[];
const KINDS = { bibtex: 'bib', ris: 'ris', 'csl-json': 'json' } as const;

/** A collection's name as a file name: without the characters file systems refuse. */
const safeName = (name: string): string =>
  name
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);

/** The request for main and the file's name for an extension; null (with a message) when there is nothing to cite. */
async function requestFor(
  store: AppStore,
  what: CitedDocuments,
  style: BibliographyStyle,
): Promise<{ request: CiteManyRequest; name(extension: string): string } | null> {
  switch (what.kind) {
    case 'documents':
      return { request: { documentIds: what.ids, style }, name: (ext) => `Citations of ${plural(what.ids.length, 'document')}.${ext}` };
    case 'search':
      return { request: { query: what.query, style }, name: (ext) => fileName('Citations', what.query, ext) };
    case 'collection': {
      const listed = await attempt(store, () => api().queryLibrary({ collection: what.id }, { column: 'date', direction: 'asc' }));
      if (!listed) return null;
      if (listed.ids.length === 0) {
        notify(store, `The collection “${what.name}” holds no documents yet.`);
        return null;
      }
      return { request: { documentIds: listed.ids, style }, name: (ext) => `${safeName(what.name) || 'Collection'}.${ext}` };
    }
  }
}

export async function exportCitations(store: AppStore, what: CitedDocuments, style: BibliographyStyle): Promise<void> {
  const asked = await requestFor(store, what, style);
  if (!asked) return;
  const cited = await attempt(store, () => api().citeMany(asked.request));
  if (!cited) return;
  if (cited.status === 'invalid') return notify(store, cited.error);
  const kind = KINDS[style];
  const saved = await attempt(store, () => api().saveFile({ name: asked.name(kind), kind, data: cited.text, encoding: 'utf8' }));
  if (!saved) return;
  const label = BIBLIOGRAPHY_LABELS[style];
  const notes = [
    cited.capped &&
      `${what.kind === 'search' ? 'The search finds' : 'There are'} ${plural(cited.total, 'document')}: these are the first ${formatNumber(cited.entries)} by date, the most one file holds.`,
    cited.missing > 0 && `${plural(cited.missing, 'document')} ${cited.missing === 1 ? 'is' : 'are'} no longer in the archive.`,
  ].filter(Boolean);
  notify(store, [`Saved ${plural(cited.entries, `${label} entry`, `${label} entries`)} to ${saved.path}`, ...notes].join(' '));
}
