/** Collections and saved filters: create, add to, remove from, delete. */
import { api } from '../../shared/api';
import { plural } from '../../shared/format';
import { compact } from '../../library/filter';
import { targets } from '../state';
import type { AppStore } from '../store';
import { attempt, notify } from './notify';

/** Adds documents to a collection (an existing one by id, or a new one by name); with no ids, only creates it. */
export async function addToCollection(store: AppStore, choice: number | string, ids: number[]): Promise<boolean> {
  const id = typeof choice === 'number' ? choice : (await attempt(store, () => api().createCollection(choice)))?.id;
  if (id === undefined) return false;
  if (ids.length) {
    const n = await attempt(store, () => api().addToCollection(id, ids));
    if (n === undefined) return false;
    notify(store, `Added ${plural(n, 'document')} to the collection.`);
  }
  store.dispatch({ type: 'changed', topics: ['collections'] });
  return true;
}

export async function removeFromCollection(store: AppStore): Promise<void> {
  const state = store.getState();
  const collection = state.filter.collection;
  if (collection === undefined) return;
  const n = await attempt(store, () => api().removeFromCollection(collection, targets(state)));
  if (n === undefined) return;
  store.dispatch({ type: 'selection/set', ids: [] });
  store.dispatch({ type: 'changed', topics: ['collections'] });
  notify(store, `Removed ${plural(n, 'document')} from the collection.`);
}

export async function deleteCollection(store: AppStore, id: number): Promise<void> {
  if ((await attempt(store, () => api().deleteCollection(id))) === undefined) return;
  const { filter } = store.getState();
  if (filter.collection === id) store.dispatch({ type: 'filter/set', filter: { ...filter, collection: undefined } });
  store.dispatch({ type: 'changed', topics: ['collections'] });
}

export async function saveFilter(store: AppStore, name: string): Promise<boolean> {
  const saved = await attempt(store, () => api().saveFilter(name, compact(store.getState().filter)));
  if (saved === undefined) return false;
  store.dispatch({ type: 'changed', topics: ['filters'] });
  notify(store, `Filter “${name}” saved in the sidebar.`);
  return true;
}

export async function deleteSavedFilter(store: AppStore, id: number): Promise<void> {
  if ((await attempt(store, () => api().deleteSavedFilter(id))) !== undefined) store.dispatch({ type: 'changed', topics: ['filters'] });
}
