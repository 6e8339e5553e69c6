/** The status bar: import progress with Cancel, the import's summary and details, notices with their action, and quiet facts. */
import { useEffect, useState } from 'react';
import type { ImportReport } from '../../../shared/contract/api';
import { useLibraryIds } from '../library/useLibrary';
import { api } from '../shared/api';
import { formatNumber, plural } from '../shared/format';
import { useRequest } from '../shared/useRequest';
import { runCommand } from './commands/registry';
import { cancelImport } from './operations/importing';
import { archiveInfoKey } from './requests';
import { useAppState, useStore } from './store';

const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

export function summary(report: ImportReport): string {
  const parts: string[] = [];
  if (report.imported) parts.push(`${plural(report.imported, 'document')} imported`);
  if (report.updated) parts.push(`${formatNumber(report.updated)} updated`);
  if (report.unchanged) {
    parts.push(
      report.imported || report.updated
        ? `${formatNumber(report.unchanged)} unchanged`
        : `nothing new: ${plural(report.unchanged, 'document')} already in the archive`,
    );
  }
  if (report.skipped.length) parts.push(`${plural(report.skipped.length, 'file')} skipped`);
  if (report.failed.length) parts.push(`${plural(report.failed.length, 'file')} failed`);
  if (parts.length === 0) parts.push('no transcript found');
  return `${report.cancelled ? 'Import cancelled. ' : ''}${parts.join(', ')}.`;
}

/** "1,204 of 50,000 documents · 3 selected" */
function useInfo(): string {
  const ids = useLibraryIds().data?.ids;
  const total = useRequest(useAppState(archiveInfoKey), () => api().archiveInfo()).data?.documentCount;
  const selected = useAppState((s) => s.selected.length);
  const view = useAppState((s) => s.view);
  if (view !== 'library' || !ids) return 'Ready';
  const of = total !== undefined && total !== ids.length ? ` of ${formatNumber(total)}` : '';
  const noun = (of ? total : ids.length) === 1 ? 'document' : 'documents';
  return `${formatNumber(ids.length)}${of} ${noun}${selected ? ` · ${formatNumber(selected)} selected` : ''}`;
}

function ImportLine() {
  const progress = useAppState((s) => s.importing.progress);
  const done = progress?.filesDone ?? 0;
  const all = progress?.filesTotal ?? 0;
  return (
    <div className="status-line importing">
      <span className="status-label">Importing</span>
      <div
        className="meter"
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={all || 1}
        aria-valuenow={done}
      >
        <div
          className={all ? 'meter-fill' : 'meter-fill unknown'}
          style={{ width: all ? `${Math.round((done / all) * 100)}%` : undefined }}
        />
      </div>
      <span className="status-text">
        {progress
          ? `${formatNumber(done)} of ${plural(all, 'file')} · ${plural(progress.documents, 'document')} saved`
          : 'Reading the files…'}
        {progress?.secondsLeft != null && done > 0 ? ` · about ${Math.ceil(progress.secondsLeft)} s left` : ''}
        {progress?.currentFile ? ` — ${baseName(progress.currentFile)}` : ''}
      </span>
      <button type="button" className="cancel" onClick={cancelImport}>
        Cancel
      </button>
    </div>
  );
}

export function StatusBar() {
  const store = useStore();
  const { running, report, error } = useAppState((s) => s.importing);
  const notice = useAppState((s) => s.notice);
  const info = useInfo();
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => store.dispatch({ type: 'notice/clear', id: notice.id }), notice.action ? 15_000 : 6_000);
    return () => clearTimeout(timer);
  }, [notice, store]);

  const details = report
    ? [
        ...report.failed.map((f) => ({ kind: 'failed', path: f.path, text: f.error })),
        ...report.skipped.map((s) => ({ kind: 'skipped', path: s.path, text: s.reason })),
        ...report.warnings.map((w) => ({ kind: 'warning', path: w.path, text: w.message })),
      ]
    : [];
  const dismiss = () => store.dispatch({ type: 'import/dismiss' });
  // What a screen reader hears: the start and the end of an import and the notices, not every file.
  const announcement = notice?.text ?? (running ? 'Importing…' : report ? summary(report) : '');
  return (
    <footer className="status-bar" aria-label="Status">
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      {notice && (
        <div className="status-line notice">
          <span className="notice-text">{notice.text}</span>
          {notice.action && (
            <button type="button" onClick={() => runCommand(notice.action?.command ?? '', store)}>
              {notice.action.label}
            </button>
          )}
          <button
            type="button"
            className="dismiss"
            aria-label="Dismiss"
            onClick={() => store.dispatch({ type: 'notice/clear', id: notice.id })}
          >
            ×
          </button>
        </div>
      )}
      {running && <ImportLine />}
      {!running && report && (
        <div className="status-line">
          <span className="import-summary">{summary(report)}</span>
          {details.length > 0 && (
            <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
              {open ? 'Hide details' : 'Details'}
            </button>
          )}
          <button type="button" className="dismiss" onClick={dismiss} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}
      {!running && error && (
        <div className="status-line error" role="alert">
          <span>{error}</span>
          <button type="button" className="dismiss" onClick={dismiss} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}
      {!running && !report && !error && !notice && <div className="status-line quiet">{info}</div>}
      {open && details.length > 0 && (
        <ul className="import-details">
          {details.map((d, i) => (
            <li key={i} className={d.kind}>
              <strong>{d.kind}</strong> {baseName(d.path)}: {d.text}
            </li>
          ))}
        </ul>
      )}
    </footer>
  );
}
