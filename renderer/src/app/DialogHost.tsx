/** The open dialog, as the store names it (one at a time). */
import { ExportCitationsDialog } from '../analysis/ExportCitationsDialog';
import { AboutDialog } from '../help/AboutDialog';
import { HelpOverlay } from '../help/HelpOverlay';
import { MappingDialog } from '../import/MappingDialog';
import { CollectionDialog, SaveFilterDialog } from '../library/CollectionDialogs';
import { Palette } from '../palette/Palette';
import { EditDialog } from '../reader/EditDialog';
import { NoteDialog } from '../reader/NoteDialog';
import { api } from '../shared/api';
import { useRequest } from '../shared/useRequest';
import { importPaths } from './operations/importing';
import { saveEdit } from './operations/documents';
import { documentKey } from './requests';
import { SettingsDialog } from './SettingsDialog';
import { useAppState, useStore } from './store';

function EditDocument({ id, onClose }: { id: number; onClose(): void }) {
  const store = useStore();
  const key = useAppState((s) => documentKey(id, s));
  const doc = useRequest(key, () => api().getDocument(id)).data;
  if (!doc) return null;
  return <EditDialog doc={doc} onClose={onClose} onSave={(edit) => void saveEdit(store, id, edit).then((ok) => ok && onClose())} />;
}

export function DialogHost() {
  const store = useStore();
  const dialog = useAppState((s) => s.dialog);
  if (!dialog) return null;
  const close = () => store.dispatch({ type: 'dialog/close' });
  switch (dialog.kind) {
    case 'palette':
      return <Palette onClose={close} />;
    case 'help':
      return <HelpOverlay onClose={close} />;
    case 'about':
      return <AboutDialog onClose={close} />;
    case 'settings':
      return <SettingsDialog onClose={close} />;
    case 'edit':
      return <EditDocument id={dialog.documentId} onClose={close} />;
    case 'annotate':
    case 'edit-note':
      return <NoteDialog dialog={dialog} onClose={close} />;
    case 'save-filter':
      return <SaveFilterDialog onClose={close} />;
    case 'new-collection':
      return <CollectionDialog ids={[]} onClose={close} />;
    case 'add-to-collection':
      return <CollectionDialog ids={dialog.ids} onClose={close} />;
    case 'export-citations':
      return <ExportCitationsDialog what={dialog.what} onClose={close} />;
    case 'mapping':
      return (
        <MappingDialog
          files={dialog.files}
          onCancel={close}
          onImport={(paths, mapping) => {
            close();
            void importPaths(store, paths, { mapping });
          }}
        />
      );
  }
}
