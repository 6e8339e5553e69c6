import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { api } from '../api';

interface Props {
  children: ReactNode;
  disabled: boolean;
  onPaths(paths: string[]): void;
  onError(message: string): void;
}

/** The whole window accepts dropped files and folders. */
export function DropZone({ children, disabled, onPaths, onError }: Props) {
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
        event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        depth.current = 0;
        setOver(false);
        if (disabled) {
          onError('An import is already running; drop the files again when it has finished.');
          return;
        }
        const paths = Array.from(event.dataTransfer.files)
          .map((file) => api().pathForFile(file))
          .filter((path) => path.length > 0);
        if (paths.length === 0) onError('Those items are not files Verbatim can read from disk.');
        else onPaths(paths);
      }}
    >
      {children}
      {over && (
        <div className="drop-overlay" role="status">
          <div>Drop to import into the archive</div>
        </div>
      )}
    </div>
  );
}
