import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { DocumentListItem } from '../../../preload/api';
import { shortDate } from '../format';

interface Props {
  documents: DocumentListItem[] | null;
  selected: number | null;
  onSelect(id: number): void;
}

const ROW_HEIGHT = 64;

/** Every document, newest first, in a virtualized list driven by the keyboard. */
export function LibraryList({ documents, selected, onSelect }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const rows = documents ?? [];
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const selectedIndex = rows.findIndex((row) => row.id === selected);

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  if (documents === null) return <p className="empty">Opening the archive…</p>;
  if (rows.length === 0) {
    return (
      <div className="empty">
        <h2>The archive is empty</h2>
        <p>Drop transcript files or folders on the window, or use Import…</p>
        <p>Verbatim reads copied en.kremlin.ru page text, saved pages, plain-text transcripts and CSV/JSON datasets.</p>
      </div>
    );
  }

  const move = (event: KeyboardEvent) => {
    const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10, Home: -Infinity, End: Infinity };
    if (!(event.key in step)) return;
    event.preventDefault();
    const next = Math.min(rows.length - 1, Math.max(0, (selectedIndex < 0 ? -1 : selectedIndex) + step[event.key]));
    onSelect(rows[next].id);
  };

  return (
    <div
      ref={scroller}
      className="library-list"
      role="listbox"
      aria-label={`Library, ${rows.length} documents, newest first`}
      aria-activedescendant={selected !== null ? `doc-${selected}` : undefined}
      tabIndex={0}
      onKeyDown={move}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const doc = rows[item.index];
          const active = doc.id === selected;
          return (
            <div
              key={doc.id}
              id={`doc-${doc.id}`}
              role="option"
              aria-selected={active}
              className={`doc-row${active ? ' selected' : ''}`}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, height: item.size, transform: `translateY(${item.start}px)` }}
              onClick={() => onSelect(doc.id)}
            >
              <div className="doc-title" title={doc.title}>
                {doc.title}
              </div>
              <div className="doc-meta">
                <span>{shortDate(doc.date)}</span>
                {doc.time && <span>{doc.time}</span>}
                {doc.place && <span>{doc.place}</span>}
                <span className="turns">{doc.turnCount} turns</span>
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
