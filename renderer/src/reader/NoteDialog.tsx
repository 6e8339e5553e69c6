/** Annotate the selected words, or change a note: the quoted words and the note on them. */
import { useState } from 'react';
import { notify } from '../app/operations/notify';
import type { DialogState } from '../app/state';
import { useStore } from '../app/store';
import { api } from '../shared/api';
import { Dialog } from '../shared/Dialog';

type Props = { dialog: Extract<DialogState, { kind: 'annotate' | 'edit-note' }>; onClose(): void };

export function NoteDialog({ dialog, onClose }: Props) {
  const store = useStore();
  const [text, setText] = useState(dialog.kind === 'edit-note' ? dialog.annotation.note : '');
  const quote = dialog.kind === 'edit-note' ? dialog.annotation.quote : dialog.passage.quote;

  const save = async () => {
    const result =
      dialog.kind === 'edit-note'
        ? await api().updateAnnotation(dialog.annotation.id, text)
        : await api().addAnnotation({ documentId: dialog.documentId, ...dialog.passage, note: text });
    if (!result.ok) return notify(store, result.error);
    onClose();
    window.getSelection()?.removeAllRanges();
    store.dispatch({ type: 'changed', topics: ['annotations'] });
    if (store.getState().reader.panel !== 'notes') store.dispatch({ type: 'reader/panel', panel: 'notes' });
    notify(store, 'Note saved.');
  };

  return (
    <Dialog
      title={dialog.kind === 'edit-note' ? 'Edit note' : 'Annotate'}
      onClose={onClose}
      onSubmit={() => void save()}
      submitLabel="Save note"
    >
      <blockquote className="note-passage">{quote}</blockquote>
      <label className="field">
        Note
        <textarea rows={4} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
    </Dialog>
  );
}
