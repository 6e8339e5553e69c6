/** Dialogs of the library: save the current filter by name, make a collection, add documents to one. */
import { useState } from 'react';
import { addToCollection, saveFilter } from '../app/operations/collections';
import { collectionsKey } from '../app/requests';
import { useAppState, useStore } from '../app/store';
import { api } from '../shared/api';
import { Dialog } from '../shared/Dialog';
import { formatNumber, plural } from '../shared/format';
import { useRequest } from '../shared/useRequest';

export function SaveFilterDialog({ onClose }: { onClose(): void }) {
  const store = useStore();
  const [name, setName] = useState('');
  return (
    <Dialog
      title="Save filter"
      onClose={onClose}
      ready={!!name.trim()}
      onSubmit={() => void saveFilter(store, name.trim()).then((ok) => ok && onClose())}
    >
      <label className="field">
        Name
        <input required value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <p className="hint">The filter appears under Saved filters in the sidebar.</p>
    </Dialog>
  );
}

/** Add documents to a collection (an existing one, or a new one named here); with no documents, only create one. */
export function CollectionDialog({ ids, onClose }: { ids: number[]; onClose(): void }) {
  const store = useStore();
  const key = useAppState(collectionsKey);
  const collections = useRequest(ids.length ? key : null, () => api().listCollections()).data ?? [];
  const [picked, setPicked] = useState<string | null>(null);
  const [name, setName] = useState('');
  const choice = picked ?? (collections[0] ? String(collections[0].id) : 'new');
  const isNew = choice === 'new';
  const ready = isNew ? !!name.trim() : true;
  return (
    <Dialog
      title={ids.length ? `Add ${plural(ids.length, 'document')} to a collection` : 'New collection'}
      submitLabel={ids.length ? 'Add' : 'Create'}
      ready={ready}
      onClose={onClose}
      onSubmit={() => void addToCollection(store, isNew ? name.trim() : Number(choice), ids).then((ok) => ok && onClose())}
    >
      {collections.length > 0 && (
        <label className="field">
          Collection
          <select value={choice} onChange={(e) => setPicked(e.target.value)}>
            {collections.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({formatNumber(c.count)})
              </option>
            ))}
            <option value="new">New collection…</option>
          </select>
        </label>
      )}
      {isNew && (
        <label className="field">
          Name of the new collection
          <input required value={name} onChange={(e) => setName(e.target.value)} />
        </label>
      )}
    </Dialog>
  );
}
