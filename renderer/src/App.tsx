import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Collection, DocumentDetail, ExportFormat, FacetKind, ImportProgress, ImportReport, LibraryFilter, LibrarySort, Result, SavedFilter } from '../../preload/api';
import { api, unwrap } from './api';
import { DropZone } from './components/DropZone';
import { EditDialog } from './components/EditDialog';
import { HelpOverlay } from './components/HelpOverlay';
import { LibraryTable } from './components/LibraryTable';
import { NotesView } from './components/NotesView';
import { Palette } from './components/Palette';
import { Reader, type ReaderCommand } from './components/Reader';
import { Sidebar } from './components/Sidebar';
import { StatusBar } from './components/StatusBar';
import { CollectionDialog, NameDialog } from './library/NameDialogs';
import { Chips } from './library/Chips';
import { compact, toggleValue } from './library/filter';
import { paletteCommands } from './library/commands';
import { useGlobalKeys, type GlobalAction } from './library/useGlobalKeys';
import { useLibrary } from './library/useLibrary';
import { VIEW_SLOTS, type View } from './library/views';
import { MappingDialog } from './import/MappingDialog';
import './slots';
import { plural } from './format';

type Modal = { kind: 'mapping'; files: { path: string; columns: string[] }[] } | { kind: 'palette' } | { kind: 'help' } | { kind: 'edit'; doc: DocumentDetail } | { kind: 'new-collection'; add?: number[] } | { kind: 'add-to-collection'; ids: number[] } | { kind: 'save-filter' };
type Notice = { text: string; action?: { label: string; run(): void } } | null;

const focusList = () => document.querySelector<HTMLElement>('.library-table, .notes-view, .view-slot')?.focus();

export function App() {
  const [view, setView] = useState<View>('library');
  const [filter, setFilterState] = useState<LibraryFilter>({});
  const [sort, setSort] = useState<LibrarySort>({ column: 'date', direction: 'desc' });
  const [version, setVersion] = useState(0);
  const [cursor, setCursor] = useState<number | null>(null);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [collections, setCollections] = useState<Collection[]>([]);
  const [savedFilters, setSavedFilters] = useState<SavedFilter[]>([]);
  const [archiveCount, setArchiveCount] = useState<number | null>(null);
  const [modal, setModal] = useState<Modal | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [lastDelete, setLastDelete] = useState<string | null>(null);
  const [command, setCommand] = useState<{ name: ReaderCommand; n: number } | null>(null);
  const [jump, setJump] = useState<{ turn: number; n: number; find?: string } | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const library = useLibrary(compact(filter), sort, version);
  const bump = useCallback(() => setVersion((v) => v + 1), []);
  const notify = useCallback((text: string, action?: { label: string; run(): void }) => setNotice({ text, action }), []);
  const reader = useCallback((name: ReaderCommand) => setCommand((c) => ({ name, n: (c?.n ?? 0) + 1 })), []);
  const setFilter = useCallback((next: LibraryFilter) => {
    setFilterState(next);
    setSelected(new Set());
  }, []);

  const refreshSide = useCallback(async () => {
    try {
      const [info, cols, saved] = await Promise.all([unwrap(api().archiveInfo()), unwrap(api().listCollections()), unwrap(api().listSavedFilters())]);
      setArchiveCount(info.documentCount);
      setCollections(cols);
      setSavedFilters(saved);
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);
  useEffect(() => void refreshSide(), [refreshSide, version]);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), notice.action ? 15_000 : 5_000);
    return () => clearTimeout(timer);
  }, [notice]);
  // The first document opens by itself so the reader is never blank when there is something to read.
  useEffect(() => {
    if (cursor === null && library.ids?.length) setCursor(library.ids[0]);
  }, [library.ids, cursor]);

  // One import at a time: the menu, the palette and the drop zone all come through here.
  const importRunning = useRef(false);
  const runImport = useCallback(
    async (start: () => Promise<Result<ImportReport | null>>) => {
      if (importRunning.current) {
        notify('An import is already running; start the next one when it has finished (or cancel it).');
        return;
      }
      importRunning.current = true;
      setImporting(true);
      setError(null);
      setReport(null);
      try {
        const result = await unwrap(start());
        if (result) {
          setReport(result);
          // Datasets whose columns were not recognised: ask which column holds what.
          const unmapped = result.failed.filter((f) => f.columns && f.columns.length > 0).map((f) => ({ path: f.path, columns: f.columns as string[] }));
          if (unmapped.length) setModal({ kind: 'mapping', files: unmapped });
        }
      } catch (e) {
        setError((e as Error).message);
      } finally {
        importRunning.current = false;
        setImporting(false);
        setProgress(null);
        bump();
      }
    },
    [bump, notify],
  );
  const importPaths = useCallback((paths: string[]) => runImport(() => api().importPaths(paths)), [runImport]);
  const importDialog = useCallback(() => runImport(() => api().importDialog()), [runImport]);
  const importFolderDialog = useCallback(() => runImport(() => api().importDialog({ folders: true })), [runImport]);

  const targets = useCallback((): number[] => (selected.size ? [...selected] : cursor !== null ? [cursor] : []), [selected, cursor]);

  const act = useCallback(
    async <T,>(work: () => Promise<Result<T>>, done?: (value: T) => void) => {
      try {
        const value = await unwrap(work());
        done?.(value);
      } catch (e) {
        notify((e as Error).message);
      }
    },
    [notify],
  );

  const undo = useCallback(() => {
    if (!lastDelete) return notify('There is no delete to undo.');
    void act(() => api().undoDelete(lastDelete), (r) => {
      if (r.notRestored.length === 0) setLastDelete(null);
      notify(
        r.notRestored.length
          ? `Restored ${plural(r.count, 'document')}; ${r.notRestored.length} could not come back because a document imported since took its place (${r.notRestored.join('; ')}). They stay in the trash.`
          : `Restored ${plural(r.count, 'document')}.`,
      );
      if (r.ids.length) setCursor(r.ids[0]);
      bump();
    });
  }, [lastDelete, act, notify, bump]);

  const deleteTargets = useCallback(() => {
    const ids = targets();
    if (ids.length === 0) return;
    const list = library.ids ?? [];
    const after = list.find((id, i) => i > list.indexOf(ids[ids.length - 1]) && !ids.includes(id)) ?? list.find((id) => !ids.includes(id)) ?? null;
    void act(() => api().deleteDocuments(ids), (r) => {
      setLastDelete(r.batch);
      setSelected(new Set());
      setCursor(after);
      bump();
      notify(`Deleted ${plural(r.count, 'document')}.`, { label: 'Undo', run: () => document.dispatchEvent(new CustomEvent('verbatim-undo')) });
    });
  }, [targets, library.ids, act, bump, notify]);
  useEffect(() => {
    const onUndo = () => undo();
    document.addEventListener('verbatim-undo', onUndo);
    return () => document.removeEventListener('verbatim-undo', onUndo);
  }, [undo]);

  const exportAs = useCallback(
    (format: ExportFormat) => {
      const ids = targets();
      if (ids.length === 0) return notify('Choose documents to export first.');
      void act(() => api().exportDocuments(ids, format), (r) => r && notify(`Exported ${plural(r.documents, 'document')} to ${r.path}`));
    },
    [targets, act, notify],
  );
  const backup = useCallback(() => void act(() => api().backupArchive(), (r) => r && notify(`Archive backed up to ${r.path}`)), [act, notify]);
  const editCurrent = useCallback(() => {
    if (cursor !== null) void act(() => api().getDocument(cursor), (doc) => setModal({ kind: 'edit', doc }));
  }, [cursor, act]);
  const facetFilter = useCallback(
    (kind: FacetKind, value: string) => {
      setView('library');
      setFilter(toggleValue(filter, kind, value, true));
    },
    [filter, setFilter],
  );
  // "Compare with…": this document on the left, the next one in the list on the right (changeable there).
  const compareCurrent = useCallback(() => {
    if (cursor === null) return;
    const ids = library.ids ?? [];
    const at = ids.indexOf(cursor);
    const other = ids[at + 1] ?? ids[at - 1] ?? cursor;
    setSelected(new Set([cursor, other]));
    setView('compare');
  }, [cursor, library.ids]);

  const openDocument = useCallback((id: number, turn?: number, find?: string) => {
    setCursor(id);
    if (turn !== undefined) setJump((j) => ({ turn, find, n: (j?.n ?? 0) + 1 }));
  }, []);

  useEffect(() => {
    const offProgress = api().onImportProgress(setProgress);
    const offMenu = api().onMenuCommand((c) => {
      if (c === 'import') void importDialog();
      else if (c === 'import-folder') void importFolderDialog();
      else if (c === 'backup') backup();
      else if (c === 'export') exportAs('markdown');
      else if (c === 'palette') setModal({ kind: 'palette' });
      else if (c === 'help') setModal({ kind: 'help' });
      else if (c === 'find') reader('find');
      else if (c === 'library') setView('library');
    });
    return () => {
      offProgress();
      offMenu();
    };
  }, [importDialog, importFolderDialog, backup, exportAs, reader]);

  useGlobalKeys((action: GlobalAction) => {
    const readerActions: Partial<Record<GlobalAction, ReaderCommand>> = {
      find: 'find', 'copy-quote': 'copy-quote', 'copy-markdown': 'copy-markdown', annotate: 'annotate', larger: 'larger', smaller: 'smaller', 'focus-reader': 'focus',
    };
    const r = readerActions[action];
    if (r) return cursor !== null ? reader(r) : false;
    if (action === 'palette') setModal((m) => (m?.kind === 'palette' ? null : { kind: 'palette' }));
    else if (action === 'help') setModal({ kind: 'help' });
    else if (action === 'edit') editCurrent();
    else if (action === 'undo') undo();
    else if (action === 'import') void importDialog();
    else if (action === 'import-folder') void importFolderDialog();
    else if (action === 'focus-sidebar') document.querySelector<HTMLElement>('.sidebar button')?.focus();
    else if (action === 'focus-list') focusList();
    else if (action === 'escape') {
      if (view !== 'library') setView('library');
      else if (selected.size) setSelected(new Set());
      else return false;
    }
  });

  const commands = useMemo(
    () =>
      paletteCommands({
        importDialog: () => void importDialog(), importFolderDialog: () => void importFolderDialog(), backup, exportAs, undo, deleteTargets, editCurrent, reader,
        help: () => setModal({ kind: 'help' }),
        clearFilters: () => setFilter({}),
        saveFilter: () => setModal({ kind: 'save-filter' }),
        newCollection: () => setModal({ kind: 'new-collection' }),
        addToCollection: () => setModal({ kind: 'add-to-collection', ids: targets() }),
        removeFromCollection: filter.collection !== undefined ? () => void act(() => api().removeFromCollection(filter.collection as number, targets()), bump) : undefined,
        views: (['library', 'notes', ...Object.keys(VIEW_SLOTS)] as View[]).map((v) => ({ view: v, go: () => setView(v) })),
        selectAll: () => setSelected(new Set(library.ids ?? [])),
      }),
    [importDialog, importFolderDialog, backup, exportAs, undo, deleteTargets, editCurrent, reader, setFilter, targets, filter.collection, act, bump, library.ids],
  );

  const collectionName = collections.find((c) => c.id === filter.collection)?.name;
  const slot = view === 'search' || view === 'compare' ? VIEW_SLOTS[view] : undefined;
  const views = [
    { view: 'library' as View, label: 'Library', count: archiveCount ?? undefined },
    { view: 'notes' as View, label: 'Notes' },
    ...(Object.entries(VIEW_SLOTS) as [View, { label: string }][]).map(([v, s]) => ({ view: v, label: s.label })),
  ];
  const shown = library.ids?.length ?? 0;
  const info = `${shown.toLocaleString('en')}${archiveCount !== null && archiveCount !== shown ? ` of ${archiveCount.toLocaleString('en')}` : ''} documents${selected.size ? ` · ${selected.size} selected` : ''}`;

  return (
    <DropZone onPaths={importPaths} onError={setError} disabled={importing}>
      <div className={`window${slot?.wide ? ' wide' : ''}`}>
        <Sidebar
          view={view} views={views} filter={filter} facets={library.facets} collections={collections} savedFilters={savedFilters} importing={importing}
          onView={setView} onFilter={setFilter} onImport={() => void importDialog()}
          onNewCollection={() => setModal({ kind: 'new-collection' })}
          onDeleteCollection={(c) => void act(() => api().deleteCollection(c.id), () => { if (filter.collection === c.id) setFilter({ ...filter, collection: undefined }); bump(); })}
          onDeleteSavedFilter={(s) => void act(() => api().deleteSavedFilter(s.id), bump)}
        />
        <main className="list-pane" aria-label={view === 'notes' ? 'Notes' : 'Documents'}>
          {view === 'library' && (
            <>
              <div className="list-head">
                <input type="search" className="title-filter" aria-label="Filter by title or speaker" placeholder="Filter titles and speakers" value={filter.text ?? ''} onChange={(e) => setFilter({ ...filter, text: e.target.value })} />
              </div>
              <Chips filter={filter} collectionName={collectionName} onChange={setFilter} onSave={() => setModal({ kind: 'save-filter' })} />
              <LibraryTable
                ids={library.ids} row={library.row} ensure={library.ensure} cursor={cursor} selected={selected} sort={sort} archiveEmpty={archiveCount === 0}
                onSort={setSort} onCursor={setCursor} onSelect={setSelected} onOpen={() => reader('focus')} onDelete={deleteTargets} onClearFilters={() => setFilter({})}
              />
            </>
          )}
          {view === 'notes' && <NotesView version={version} onOpen={(n) => openDocument(n.documentId, n.turnIdx)} />}
          {slot && (
            <div className="view-slot" tabIndex={-1}>
              <slot.component openDocument={openDocument} filter={filter} setFilter={setFilter} selectedIds={targets()} back={() => setView('library')} version={version} />
            </div>
          )}
        </main>
        {!slot?.wide && (
          <section className="reader-pane" aria-label="Reader">
            <Reader
              documentId={cursor} version={version} command={command} jump={jump} notify={notify}
              onTagClick={facetFilter} onEdit={(doc) => setModal({ kind: 'edit', doc })} onExport={() => exportAs('markdown')} onDelete={deleteTargets}
              onBack={focusList} onNotesChanged={bump} onCompare={compareCurrent}
            />
          </section>
        )}
        <StatusBar
          progress={progress} importing={importing} report={report} error={error ?? library.error} notice={notice} info={info}
          onCancel={() => void api().cancelImport()}
          onDismiss={() => { setReport(null); setError(null); }}
        />
      </div>
      {modal?.kind === 'palette' && <Palette commands={commands} onOpenDocument={(id) => openDocument(id)} onFacet={facetFilter} onClose={() => setModal(null)} />}
      {modal?.kind === 'help' && <HelpOverlay onClose={() => setModal(null)} />}
      {modal?.kind === 'mapping' && (
        <MappingDialog
          files={modal.files}
          onCancel={() => setModal(null)}
          onImport={(paths, mapping) => {
            setModal(null);
            void runImport(() => api().importPaths(paths, { mapping }));
          }}
        />
      )}
      {modal?.kind === 'edit' && (
        <EditDialog doc={modal.doc} onClose={() => setModal(null)} onSave={(edit) => void act(() => api().editDocument(modal.doc.id, edit), () => { setModal(null); bump(); notify('Saved. Your changes stay when the document is imported again.'); })} />
      )}
      {modal?.kind === 'save-filter' && (
        <NameDialog title="Save filter" label="Name" onClose={() => setModal(null)} onSave={(name) => void act(() => api().saveFilter(name, compact(filter)), () => { setModal(null); bump(); })} />
      )}
      {(modal?.kind === 'new-collection' || modal?.kind === 'add-to-collection') && (
        <CollectionDialog
          collections={modal.kind === 'add-to-collection' ? collections : []}
          count={modal.kind === 'add-to-collection' ? modal.ids.length : 0}
          onClose={() => setModal(null)}
          onSave={async (choice) => {
            const ids = modal.kind === 'add-to-collection' ? modal.ids : [];
            await act(async () => {
              const id = typeof choice === 'number' ? choice : (await unwrap(api().createCollection(choice))).id;
              return ids.length ? api().addToCollection(id, ids) : ({ ok: true, value: 0 } as const);
            }, (n) => { setModal(null); bump(); if (ids.length) notify(`Added ${plural(n, 'document')} to the collection.`); });
          }}
        />
      )}
    </DropZone>
  );
}
