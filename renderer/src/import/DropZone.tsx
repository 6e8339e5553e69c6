/** The whole window accepts dropped files and folders; a drop during an import is answered, not ignored. */
import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { importPaths } from '../app/operations/importing';
import { notify } from '../app/operations/notify';
import { useAppState, useStore } from '../app/store';
import { api } from '../shared/api';

export function DropZone({ children }: { children: ReactNode }) {
  const store = useStore();
  const importing = useAppState((s) => s.importing.running);
  const [over, setOver] = useState(false);
  const depth = useRef(0);
  const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

  return (
    <div
      className="dropzone"
      onDragEnter={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        depth.current += 1;
        setOver(true);
      }}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = importing ? 'none' : 'copy';
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        depth.current = 0;
        setOver(false);
        const paths = Array.from(event.dataTransfer.files)
          .map((file) => api().pathForFile(file))
          .filter((path) => path.length > 0);
        if (paths.length === 0) notify(store, 'Those items are not files Verbatim can read from disk.');
        else void importPaths(store, paths);
      }}
    >
      {children}
      {over && (
        <div className={importing ? 'drop-overlay busy' : 'drop-overlay'} role="status">
          <div>{importing ? 'An import is running — drop these files when it has finished' : 'Drop to import into the archive'}</div>
        </div>
      )}
    </div>
  );
}
