/** What the list says when it has no row: the archive is being filled, is empty, or nothing matches the filters. */
import { runCommand } from '../app/commands/registry';
import { displayKeys } from '../app/commands/keys';
import { useAppState, useStore } from '../app/store';
import { plural } from '../shared/format';
import { isEmptyFilter } from './filter';

export function LibraryEmpty() {
  const store = useStore();
  const importing = useAppState((s) => s.importing);
  const filtered = useAppState((s) => !isEmptyFilter(s.filter));
  if (importing.running && !filtered) {
    return (
      <div className="empty" role="status">
        <h2>Importing…</h2>
        <p>
          {importing.progress
            ? `${plural(importing.progress.documents, 'document')} saved so far; they appear here as the import goes on.`
            : 'Documents appear here as they are saved.'}
        </p>
      </div>
    );
  }
  if (!filtered) {
    return (
      <div className="empty">
        <h2>The archive is empty</h2>
        <p>Drop transcript files or folders on the window, or choose Import… ({displayKeys('Mod+O')}).</p>
        <p>Verbatim reads copied en.kremlin.ru page text, saved pages, plain-text transcripts and CSV/JSON datasets.</p>
        <button type="button" className="primary" onClick={() => runCommand('import', store)}>
          Import…
        </button>
      </div>
    );
  }
  return (
    <div className="empty">
      <h2>No document matches these filters</h2>
      <p>Remove a filter chip above, widen the dates, or</p>
      <button type="button" className="secondary" onClick={() => store.dispatch({ type: 'filter/set', filter: {} })}>
        Clear all filters
      </button>
    </div>
  );
}
