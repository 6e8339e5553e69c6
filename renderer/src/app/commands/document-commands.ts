/** Commands on documents: import, export, print, edit, delete and undo, collections and filters, selection. */
import { isEmptyFilter } from '../../library/filter';
import { exportSearchResults } from '../../search/export-results';
import { focusReader } from '../focus';
import { backup, compareCurrent, deleteTargets, exportAs, selectAll, undoDelete } from '../operations/documents';
import { removeFromCollection } from '../operations/collections';
import { cancelImport, importDialog } from '../operations/importing';
import { targets, type State } from '../state';
import type { Command } from './types';

const hasTargets = (s: State): boolean => targets(s).length > 0;
const hasDocument = (s: State): boolean => s.cursor !== null;
const LIST = '.library-table';

export const documentCommands: Command[] = [
  {
    id: 'import',
    label: 'Import files…',
    keys: ['Mod+O'],
    menu: 'File',
    where: ['menu', 'palette'],
    whileTyping: true,
    run: (s) => void importDialog(s),
  },
  {
    id: 'import-folder',
    label: 'Import a folder…',
    keys: ['Mod+Shift+O'],
    menu: 'File',
    where: ['menu', 'palette'],
    whileTyping: true,
    run: (s) => void importDialog(s, true),
  },
  {
    id: 'cancel-import',
    label: 'Cancel the import',
    menu: 'File',
    where: ['menu', 'palette'],
    enabled: (s) => s.importing.running,
    run: () => cancelImport(),
  },
  {
    id: 'read',
    label: 'Read',
    help: 'Read the document (the focus moves to the reader)',
    keys: ['Enter'],
    focusIn: LIST,
    where: ['document-menu'],
    enabled: hasDocument,
    run: () => focusReader(),
  },
  {
    id: 'compare-with',
    label: 'Compare with…',
    help: 'Compare this transcript with another, side by side',
    menu: 'Document',
    where: ['menu', 'palette', 'document-menu', 'reader-toolbar'],
    enabled: hasDocument,
    toolbar: { slot: 'main', icon: 'compare', order: 4, secondary: true },
    run: (s) => compareCurrent(s),
  },
  {
    id: 'add-to-collection',
    label: 'Add to collection…',
    menu: 'Document',
    where: ['menu', 'palette', 'document-menu'],
    enabled: hasTargets,
    run: (s) => s.dispatch({ type: 'dialog/open', dialog: { kind: 'add-to-collection', ids: targets(s.getState()) } }),
  },
  {
    id: 'remove-from-collection',
    label: 'Remove from this collection',
    menu: 'Document',
    where: ['menu', 'palette', 'document-menu'],
    enabled: (s) => s.filter.collection !== undefined && hasTargets(s),
    run: (s) => void removeFromCollection(s),
  },
  {
    id: 'new-collection',
    label: 'New collection…',
    menu: 'Document',
    where: ['menu', 'palette'],
    run: (s) => s.dispatch({ type: 'dialog/open', dialog: { kind: 'new-collection' } }),
  },
  {
    id: 'save-filter',
    label: 'Save the current filter…',
    menu: 'Document',
    where: ['menu', 'palette'],
    enabled: (s) => !isEmptyFilter(s.filter),
    run: (s) => s.dispatch({ type: 'dialog/open', dialog: { kind: 'save-filter' } }),
  },
  {
    id: 'clear-filters',
    label: 'Clear all filters',
    menu: 'Document',
    where: ['menu', 'palette'],
    enabled: (s) => !isEmptyFilter(s.filter),
    run: (s) => s.dispatch({ type: 'filter/set', filter: {} }),
  },
  {
    id: 'select-all',
    label: 'Select every listed document',
    keys: ['Mod+A'],
    focusIn: LIST,
    menu: 'Edit',
    where: ['menu', 'palette'],
    run: (s) => selectAll(s),
  },
  {
    id: 'export-markdown',
    label: 'Export as Markdown…',
    menu: 'File',
    where: ['menu', 'palette', 'document-menu', 'reader-toolbar'],
    enabled: hasTargets,
    toolbar: { slot: 'export', icon: 'export', label: 'Markdown…' },
    run: (s) => void exportAs(s, 'markdown'),
  },
  {
    id: 'export-text',
    label: 'Export as plain text…',
    menu: 'File',
    where: ['menu', 'palette', 'document-menu', 'reader-toolbar'],
    enabled: hasTargets,
    toolbar: { slot: 'export', icon: 'export', label: 'Plain text…' },
    run: (s) => void exportAs(s, 'text'),
  },
  {
    id: 'export-csv',
    label: 'Export as CSV (one row per turn)…',
    menu: 'File',
    where: ['menu', 'palette', 'document-menu', 'reader-toolbar'],
    enabled: hasTargets,
    toolbar: { slot: 'export', icon: 'export', label: 'CSV, one row per turn…' },
    run: (s) => void exportAs(s, 'csv'),
  },
  {
    id: 'export-citations',
    label: 'Export citations…',
    help: 'Save citations of the chosen documents as one BibTeX, RIS or CSL-JSON file, for Zotero or another reference manager',
    menu: 'File',
    where: ['menu', 'palette', 'document-menu'],
    enabled: hasTargets,
    run: (s) =>
      s.dispatch({ type: 'dialog/open', dialog: { kind: 'export-citations', what: { kind: 'documents', ids: targets(s.getState()) } } }),
  },
  {
    id: 'export-search-citations',
    label: 'Export citations of this search…',
    help: 'Save citations of every document the search finds (up to 5,000) as one BibTeX, RIS or CSL-JSON file',
    menu: 'File',
    where: ['menu', 'palette'],
    enabled: (s) => s.search.query.trim() !== '',
    run: (s) =>
      s.dispatch({
        type: 'dialog/open',
        dialog: { kind: 'export-citations', what: { kind: 'search', query: s.getState().search.query.trim() } },
      }),
  },
  ...(['csv', 'json'] as const).map((format): Command => ({
    id: `export-search-results-${format}`,
    label: `Export the search results as ${format.toUpperCase()}…`,
    help: `Save every document the search finds (up to 10,000), in its order, as ${format.toUpperCase()}: title, date, place, address, where it matched, matching turns, a snippet and the source’s attribution`,
    menu: 'File',
    where: ['menu', 'palette'],
    enabled: (s) => s.search.query.trim() !== '',
    run: (s) => void exportSearchResults(s, format),
  })),
  {
    id: 'print',
    label: 'Print or save as PDF…',
    keys: ['Mod+P'],
    menu: 'File',
    where: ['menu', 'palette', 'reader-toolbar'],
    whileTyping: true,
    enabled: hasDocument,
    toolbar: { slot: 'more', icon: 'print' },
    run: () => window.print(),
  },
  { id: 'backup', label: 'Back up the archive…', menu: 'File', where: ['menu', 'palette'], run: (s) => void backup(s) },
  {
    id: 'edit',
    label: 'Edit title, date, place and tags…',
    keys: ['Mod+E'],
    menu: 'Document',
    where: ['menu', 'palette', 'document-menu', 'reader-toolbar'],
    whileTyping: true,
    enabled: hasDocument,
    toolbar: { slot: 'more', icon: 'edit', label: 'Edit details…' },
    run: (s) => {
      const id = s.getState().cursor;
      if (id !== null) s.dispatch({ type: 'dialog/open', dialog: { kind: 'edit', documentId: id } });
    },
  },
  {
    id: 'delete',
    label: 'Delete',
    help: 'Delete the selected documents (Undo in the status bar)',
    keys: ['Delete', 'Mod+Backspace'],
    focusIn: LIST,
    menu: 'Document',
    where: ['menu', 'palette', 'document-menu', 'reader-toolbar'],
    enabled: hasTargets,
    toolbar: { slot: 'more', icon: 'delete', label: 'Delete' },
    run: (s) => void deleteTargets(s),
  },
  {
    id: 'undo',
    label: 'Undo delete',
    keys: ['Mod+Z'],
    menu: 'Edit',
    where: ['menu', 'palette'],
    enabled: (s) => s.lastDelete !== null,
    run: (s) => void undoDelete(s),
  },
];
