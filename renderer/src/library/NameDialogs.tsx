import { useState } from 'react';
import type { Collection } from '../../../preload/api';
import { Dialog } from '../components/Dialog';

export function NameDialog({ title, label, onSave, onClose }: { title: string; label: string; onSave(name: string): void; onClose(): void }) {
  const [name, setName] = useState('');
  return (
    <Dialog title={title} onClose={onClose} onSubmit={() => name.trim() && onSave(name.trim())}>
      <label className="field">
        {label}
        <input required value={name} onChange={(e) => setName(e.target.value)} />
      </label>
    </Dialog>
  );
}

interface CollectionProps {
  collections: Collection[];
  /** How many documents are being added (0: only create a collection). */
  count: number;
  onSave(choice: number | string): void;
  onClose(): void;
}

/** Add documents to a collection, or name a new one. */
export function CollectionDialog({ collections, count, onSave, onClose }: CollectionProps) {
  const [choice, setChoice] = useState<string>(collections[0] ? String(collections[0].id) : 'new');
  const [name, setName] = useState('');
  const isNew = choice === 'new';
  return (
    <Dialog
      title={count ? `Add ${count} document${count === 1 ? '' : 's'} to a collection` : 'New collection'}
      submitLabel={count ? 'Add' : 'Create'}
      onClose={onClose}
      onSubmit={() => (isNew ? name.trim() && onSave(name.trim()) : onSave(Number(choice)))}
    >
      {collections.length > 0 && (
        <label className="field">
          Collection
          <select value={choice} onChange={(e) => setChoice(e.target.value)}>
            {collections.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.count})
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
