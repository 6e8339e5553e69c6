/** One import at a time: the menu, the palette and a drop all come through here. */
import type { ImportReport, ImportRequestOptions, Result } from '../../../../shared/contract/api';
import { api } from '../../shared/api';
import type { AppStore } from '../store';
import { notify } from './notify';

async function run(store: AppStore, start: () => Promise<Result<ImportReport | null>>): Promise<void> {
  if (store.getState().importing.running) {
    notify(store, 'An import is already running. Drop or choose these files again when it has finished, or cancel it.');
    return;
  }
  store.dispatch({ type: 'import/started' });
  try {
    const result = await start();
    if (!result.ok) {
      store.dispatch({ type: 'import/failed', error: result.error });
      return;
    }
    store.dispatch({ type: 'import/finished', report: result.value });
    // Datasets whose columns were not recognised: ask which column holds what.
    const unmapped = (result.value?.failed ?? [])
      .filter((f) => f.columns && f.columns.length > 0)
      .map((f) => ({ path: f.path, columns: f.columns as string[], samples: f.samples ?? {} }));
    if (unmapped.length) store.dispatch({ type: 'dialog/open', dialog: { kind: 'mapping', files: unmapped } });
  } catch (error) {
    store.dispatch({ type: 'import/failed', error: error instanceof Error ? error.message : String(error) });
  }
}

export const importPaths = (store: AppStore, paths: string[], options?: ImportRequestOptions): Promise<void> =>
  run(store, () => api().importPaths(paths, options));

export const importDialog = (store: AppStore, folders = false): Promise<void> =>
  run(store, () => api().importDialog(folders ? { folders: true } : undefined));

export const cancelImport = (): void => void api().cancelImport();
