import { useState } from 'react';
import type { ImportProgress, ImportReport } from '../../../preload/api';
import { plural } from '../format';

interface Props {
  progress: ImportProgress | null;
  importing: boolean;
  report: ImportReport | null;
  error: string | null;
  onCancel(): void;
  onDismiss(): void;
  /** A passing message, e.g. "Deleted 3 documents" with Undo. */
  notice?: { text: string; action?: { label: string; run(): void } } | null;
  /** Quiet facts about the list: "1,204 of 50,000 documents · 3 selected". */
  info?: string;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function summary(report: ImportReport): string {
  const parts: string[] = [];
  if (report.imported) parts.push(`${plural(report.imported, 'document')} imported`);
  if (report.updated) parts.push(`${report.updated} updated`);
  if (report.unchanged) {
    parts.push(
      report.imported || report.updated
        ? `${report.unchanged} unchanged`
        : `nothing new: ${plural(report.unchanged, 'document')} already in the archive`,
    );
  }
  if (report.skipped.length) parts.push(`${plural(report.skipped.length, 'file')} skipped`);
  if (report.failed.length) parts.push(`${plural(report.failed.length, 'file')} failed`);
  if (parts.length === 0) parts.push('no transcript found');
  return `${report.cancelled ? 'Import cancelled. ' : ''}${parts.join(', ')}.`;
}

export function StatusBar({ progress, importing, report, error, onCancel, onDismiss, notice, info }: Props) {
  const [open, setOpen] = useState(false);
  const details = report ? [...report.failed.map((f) => ({ kind: 'failed', path: f.path, text: f.error })), ...report.skipped.map((s) => ({ kind: 'skipped', path: s.path, text: s.reason })), ...report.warnings.map((w) => ({ kind: 'warning', path: w.path, text: w.message }))] : [];
  // What a screen reader hears: the start and the end of an import and notices, not every file.
  const announcement = importing ? `Importing ${progress ? plural(progress.filesTotal, 'file') : 'files'}…` : report ? summary(report) : (notice?.text ?? '');
  return (
    <footer className="status-bar" aria-label="Status">
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      {importing && (
        <div className="status-line">
          <progress
            max={progress?.filesTotal || 1}
            value={progress?.filesDone ?? 0}
            aria-label="Import progress"
          />
          <span>
            Importing {progress ? `${progress.filesDone} of ${plural(progress.filesTotal, 'file')}` : '…'}
            {progress?.currentFile ? ` — ${baseName(progress.currentFile)}` : ''}
            {progress?.secondsLeft != null && progress.filesDone > 0 ? ` — about ${Math.ceil(progress.secondsLeft)} s left` : ''}
          </span>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
      {!importing && report && (
        <div className="status-line">
          <span className="import-summary">{summary(report)}</span>
          {details.length > 0 && (
            <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
              {open ? 'Hide details' : 'Details'}
            </button>
          )}
          <button type="button" onClick={onDismiss} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}
      {!importing && error && (
        <div className="status-line error" role="alert">
          <span>{error}</span>
          <button type="button" onClick={onDismiss} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}
      {notice && (
        <div className="status-line notice">
          <span className="notice-text">{notice.text}</span>
          {notice.action && (
            <button type="button" onClick={notice.action.run}>
              {notice.action.label}
            </button>
          )}
        </div>
      )}
      {!importing && !report && !error && !notice && <div className="status-line quiet">{info ?? 'Ready'}</div>}
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
