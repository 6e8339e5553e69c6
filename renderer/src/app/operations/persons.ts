/** What the window does to persons: rename one, merge two, and undo either (kept across re-imports). */
import type { PersonChange } from '../../../../shared/contract/api';
import { api } from '../../shared/api';
import { plural } from '../../shared/format';
import type { AppStore } from '../store';
import { attempt, notify } from './notify';

function changed(store: AppStore, change: PersonChange, what: string): PersonChange {
  // Speakers, main speakers, facets and search all read the stored persons: every document view asks again.
  store.dispatch({ type: 'changed', topics: ['documents'] });
  notify(store, `${what} (${plural(change.documents, 'document')} changed). It stays when documents are imported again.`);
  return change;
}

export async function renamePerson(store: AppStore, from: string, to: string): Promise<PersonChange | undefined> {
  const r = await attempt(store, () => api().renamePerson(from, to));
  return r && changed(store, r, `Renamed “${from}” to “${r.person}”`);
}

export async function mergePersons(store: AppStore, from: string, into: string): Promise<PersonChange | undefined> {
  const r = await attempt(store, () => api().mergePersons(from, into));
  return r && changed(store, r, `Merged “${from}” into “${r.person}”`);
}

export async function undoPersonChange(store: AppStore, change: PersonChange): Promise<boolean> {
  const r = await attempt(store, () => api().restorePersons(change.previous));
  if (r === undefined) return false;
  store.dispatch({ type: 'changed', topics: ['documents'] });
  notify(store, `Undone (${plural(r, 'document')} changed back).`);
  return true;
}
