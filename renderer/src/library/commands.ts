/** The command palette's commands: every action of the window, reachable by typing its name. */
import type { ExportFormat } from '../../../preload/api';
import type { Command } from '../components/Palette';
import type { ReaderCommand } from '../components/Reader';
import type { View } from './views';

interface Actions {
  importDialog(): void;
  importFolderDialog(): void;
  backup(): void;
  exportAs(format: ExportFormat): void;
  undo(): void;
  deleteTargets(): void;
  editCurrent(): void;
  reader(command: ReaderCommand): void;
  help(): void;
  clearFilters(): void;
  saveFilter(): void;
  newCollection(): void;
  addToCollection(): void;
  removeFromCollection?: () => void;
  views: { view: View; go(): void }[];
  selectAll(): void;
}

const VIEW_NAMES: Record<View, string> = { library: 'Library', notes: 'Notes', search: 'Search', compare: 'Compare' };

export function paletteCommands(a: Actions): Command[] {
  const list: Command[] = [
    { id: 'import', label: 'Import files…', shortcut: 'Ctrl+O', run: a.importDialog },
    { id: 'import-folder', label: 'Import a folder…', shortcut: 'Ctrl+Shift+O', run: a.importFolderDialog },
    { id: 'find', label: 'Find in document', shortcut: 'Ctrl+F', run: () => a.reader('find') },
    { id: 'speakers', label: 'Show speakers panel', run: () => a.reader('speakers') },
    { id: 'notes-panel', label: 'Show notes in this document', run: () => a.reader('notes') },
    { id: 'copy-quote', label: 'Copy selection as quote', shortcut: 'Ctrl+Shift+C', run: () => a.reader('copy-quote') },
    { id: 'copy-md', label: 'Copy selection as Markdown quote', shortcut: 'Ctrl+Shift+M', run: () => a.reader('copy-markdown') },
    { id: 'annotate', label: 'Annotate selection…', shortcut: 'Ctrl+Shift+A', run: () => a.reader('annotate') },
    { id: 'edit', label: 'Edit title, date, place and tags…', shortcut: 'Ctrl+E', run: a.editCurrent },
    { id: 'export-md', label: 'Export as Markdown…', run: () => a.exportAs('markdown') },
    { id: 'export-txt', label: 'Export as plain text…', run: () => a.exportAs('text') },
    { id: 'export-csv', label: 'Export as CSV (one row per turn)…', run: () => a.exportAs('csv') },
    { id: 'select-all', label: 'Select all listed documents', shortcut: 'Ctrl+A', run: a.selectAll },
    { id: 'add-collection', label: 'Add to collection…', run: a.addToCollection },
    { id: 'new-collection', label: 'New collection…', run: a.newCollection },
    { id: 'save-filter', label: 'Save current filter…', run: a.saveFilter },
    { id: 'clear-filters', label: 'Clear all filters', run: a.clearFilters },
    { id: 'delete', label: 'Delete selected documents', shortcut: 'Delete', run: a.deleteTargets },
    { id: 'undo', label: 'Undo delete', shortcut: 'Ctrl+Z', run: a.undo },
    { id: 'larger', label: 'Larger reading text', shortcut: 'Ctrl++', run: () => a.reader('larger') },
    { id: 'smaller', label: 'Smaller reading text', shortcut: 'Ctrl+−', run: () => a.reader('smaller') },
    { id: 'measure', label: 'Change line width', run: () => a.reader('measure') },
    { id: 'backup', label: 'Back up archive…', run: a.backup },
    { id: 'help', label: 'Keyboard shortcuts', shortcut: '?', run: a.help },
    ...a.views.map((v) => ({ id: `view-${v.view}`, label: `Go to ${VIEW_NAMES[v.view]}`, run: v.go })),
  ];
  if (a.removeFromCollection) list.push({ id: 'remove-collection', label: 'Remove selected from this collection', run: a.removeFromCollection });
  return list;
}
