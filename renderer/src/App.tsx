import { useCallback, useEffect, useState } from 'react';
import type { DocumentListItem, ImportProgress, ImportReport, Result } from '../../preload/api';
import { api, unwrap } from './api';
import { DropZone } from './components/DropZone';
import { LibraryList } from './components/LibraryList';
import { Reader } from './components/Reader';
import { StatusBar } from './components/StatusBar';

const PAGE = 100_000;

export function App() {
  const [documents, setDocuments] = useState<DocumentListItem[] | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);

  const refresh = useCallback(async () => {
    try {
      const rows = await unwrap(api().listDocuments(PAGE, 0));
      setDocuments(rows);
      setSelected((current) => (current !== null && rows.some((r) => r.id === current) ? current : null));
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);

  const runImport = useCallback(
    async (start: () => Promise<Result<ImportReport | null>>) => {
      setImporting(true);
      setError(null);
      setReport(null);
      try {
        const result = await unwrap(start());
        if (result) setReport(result);
      } catch (e) {
        setError((e as Error).message);
      } finally {
        setImporting(false);
        setProgress(null);
        void refresh();
      }
    },
    [refresh],
  );

  const importPaths = useCallback((paths: string[]) => runImport(() => api().importPaths(paths)), [runImport]);
  const importDialog = useCallback(() => runImport(() => api().importDialog()), [runImport]);

  useEffect(() => {
    void refresh();
    const offProgress = api().onImportProgress(setProgress);
    const offMenu = api().onMenuCommand((command) => {
      if (command === 'import') void importDialog();
    });
    return () => {
      offProgress();
      offMenu();
    };
  }, [refresh, importDialog]);

  return (
    <DropZone onPaths={importPaths} onError={setError} disabled={importing}>
      <div className="window">
        <aside className="sidebar" aria-label="Archive">
          <h1 className="brand">Verbatim</h1>
          <nav>
            <button type="button" className="nav-item active" aria-current="page">
              Library <span className="count">{documents?.length ?? '…'}</span>
            </button>
          </nav>
          <button type="button" className="primary" onClick={() => void importDialog()} disabled={importing}>
            Import…
          </button>
          <p className="hint">Or drop transcript files anywhere on the window.</p>
        </aside>
        <main className="list-pane" aria-label="Documents">
          <LibraryList documents={documents} selected={selected} onSelect={setSelected} />
        </main>
        <section className="reader-pane" aria-label="Reader">
          <Reader documentId={selected} />
        </section>
        <StatusBar
          progress={progress}
          importing={importing}
          report={report}
          error={error}
          onCancel={() => void api().cancelImport()}
          onDismiss={() => {
            setReport(null);
            setError(null);
          }}
        />
      </div>
    </DropZone>
  );
}
