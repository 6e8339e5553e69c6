/** Dialogs of the speakers panel: show a person by another name, or make two persons one. */
import { useState } from 'react';
import type { PersonChange } from '../../../shared/contract/api';
import { mergePersons, renamePerson } from '../app/operations/persons';
import { documentListKey } from '../app/requests';
import { useAppState, useStore } from '../app/store';
import { api } from '../shared/api';
import { Dialog } from '../shared/Dialog';
import { plural } from '../shared/format';
import { useRequest } from '../shared/useRequest';

interface Props {
  person: string;
  onClose(): void;
  onDone(change: PersonChange): void;
}

export function RenamePersonDialog({ person, onClose, onDone }: Props) {
  const store = useStore();
  const [name, setName] = useState(person);
  const ready = !!name.trim() && name.trim() !== person;
  const submit = () =>
    void renamePerson(store, person, name.trim()).then((change) => {
      if (change) onDone(change);
      onClose();
    });
  return (
    <Dialog title={`Rename “${person}”`} submitLabel="Rename" ready={ready} onClose={onClose} onSubmit={submit}>
      <label className="field">
        Name
        <input required value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <p className="hint">Every document where this person speaks shows the new name, also after the documents are imported again.</p>
    </Dialog>
  );
}

export function MergePersonDialog({ person, onClose, onDone }: Props) {
  const store = useStore();
  const key = useAppState(documentListKey);
  const persons = (useRequest(`${key}:persons`, () => api().listPersons()).data ?? []).filter((p) => p.name !== person);
  const [into, setInto] = useState('');
  const submit = () =>
    void mergePersons(store, person, into).then((change) => {
      if (change) onDone(change);
      onClose();
    });
  return (
    <Dialog title={`Merge “${person}” with…`} submitLabel="Merge" ready={!!into} onClose={onClose} onSubmit={submit}>
      <label className="field">
        The same person as
        <select required value={into} onChange={(e) => setInto(e.target.value)}>
          <option value="">Choose a person</option>
          {persons.map((p) => (
            <option key={p.name} value={p.name}>
              {p.name} ({plural(p.documents, 'doc')}, {plural(p.words, 'word')})
            </option>
          ))}
        </select>
      </label>
      <p className="hint">“{person}” is then shown as the person you choose, everywhere and after re-imports. Undo puts it back.</p>
    </Dialog>
  );
}
