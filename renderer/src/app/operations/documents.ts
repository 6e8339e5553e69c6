/** What the window does to documents: delete and undo, edit, export, back up, compare. */
import type { ChannelResult, DocumentEdit, ExportFormat } from '../../../../shared/contract/api';
import { api } from '../../shared/api';
import { plural } from '../../shared/format';
import { peek } from '../../shared/useRequest';
import { libraryIdsKey } from '../requests';
import { targets } from '../state';
import type { AppStore } from '../store';
import { attempt, notify } from './notify';

/** The ids the list shows now (as its last answer gave them). */
export function listedIds(store: AppStore): number[] {
  return peek<ChannelResult<'library:query'>>(libraryIdsKey(store.getState()))?.ids ?? [];
}

export async function deleteTargets(store: AppStore): Promise<void> {
  const ids = targets(store.getState());
  if (ids.length === 0) return;
  const list = listedIds(store);
  const last = Math.max(...ids.map((id) => list.indexOf(id)));
  // The cursor moves to the next document that stays, else the one before.
  const next = list.find((id, i) => i > last && !ids.includes(id)) ?? [...list].reverse().find((id) => !ids.includes(id)) ?? null;
  const result = await attempt(store, () => api().deleteDocuments(ids));
  if (!result) return;
  store.dispatch({ type: 'deleted', batch: result.batch, next });
  notify(store, `Deleted ${plural(result.count, 'document')}.`, { label: 'Undo', command: 'undo' });
}

export async function undoDelete(store: AppStore): Promise<void> {
  const batch = store.getState().lastDelete;
  if (!batch) {
    notify(store, 'There is no delete to undo.');
    return;
  }
  const r = await attempt(store, () => api().undoDelete(batch));
  if (!r) return;
  store.dispatch({ type: 'restored', first: r.ids[0] ?? null, all: r.notRestored.length === 0 });
  notify(
    store,
    r.notRestored.length
      ? `Restored ${plural(r.count, 'document')}; ${r.notRestored.length} could not come back because a document imported since took its place (${r.notRestored.join('; ')}). They stay in the trash.`
      : `Restored ${plural(r.count, 'document')}.`,
  );
}

export async function exportAs(store: AppStore, format: ExportFormat): Promise<void> {
  const ids = targets(store.getState());
  if (ids.length === 0) return notify(store, 'Choose documents to export first.');
  const r = await attempt(store, () => api().exportDocuments(ids, format));
  if (r) notify(store, `Exported ${plural(r.documents, 'document')} to ${r.path}`);
}

export async function backup(store: AppStore): Promise<void> {
  const r = await attempt(store, () => api().backupArchive());
  if (r) notify(store, `Archive backed up to ${r.path}`);
}

export async function saveEdit(store: AppStore, id: number, edit: DocumentEdit): Promise<boolean> {
  const r = await attempt(store, () => api().editDocument(id, edit));
  if (r === undefined) return false;
  store.dispatch({ type: 'changed', topics: ['documents'] });
  notify(store, 'Saved. Your changes stay when the document is imported again.');
  return true;
}

/** "Compare with…": this document on the left, the next one in the list on the right (changeable there). */
export function compareCurrent(store: AppStore): void {
  const { cursor, selected } = store.getState();
  if (selected.length >= 2) {
    store.dispatch({ type: 'compare/open', left: selected[0], right: selected[1] });
    return;
  }
  if (cursor === null) return;
  const ids = listedIds(store);
  const at = ids.indexOf(cursor);
  const other = ids[at + 1] ?? ids[at - 1] ?? cursor;
  store.dispatch({ type: 'compare/open', left: cursor, right: other });
}

/** The Compare view from the sidebar: the first two chosen documents, or the reader's and the next. */
export function showCompare(store: AppStore): void {
  const { selected, compare } = store.getState();
  if (selected.length >= 2) store.dispatch({ type: 'compare/open', left: selected[0], right: selected[1] });
  else if (compare) store.dispatch({ type: 'view/show', view: 'compare' });
  else if (store.getState().cursor !== null && listedIds(store).length > 1) compareCurrent(store);
  else store.dispatch({ type: 'view/show', view: 'compare' });
}

export function selectAll(store: AppStore): void {
  store.dispatch({ type: 'selection/set', ids: listedIds(store) });
}
