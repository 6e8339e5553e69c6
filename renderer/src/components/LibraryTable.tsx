import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import type { LibraryRow, LibrarySort, SortColumn } from '../../../preload/api';
import { shortDate } from '../format';

interface Props {
  ids: number[] | null;
  row(id: number): LibraryRow | undefined;
  ensure(start: number, end: number): void;
  cursor: number | null;
  selected: ReadonlySet<number>;
  sort: LibrarySort;
  archiveEmpty: boolean;
  onSort(sort: LibrarySort): void;
  onCursor(id: number): void;
  onSelect(ids: Set<number>): void;
  onOpen(id: number): void;
  onDelete(): void;
  onClearFilters(): void;
}

const ROW_HEIGHT = 54;
const HEADER_HEIGHT = 28;
const COLUMNS: { column: SortColumn; label: string; className: string }[] = [
  { column: 'date', label: 'Date', className: 'c-date' },
  { column: 'title', label: 'Title', className: 'c-title' },
  { column: 'speakers', label: 'Speakers', className: 'c-speakers' },
  { column: 'place', label: 'Place', className: 'c-place' },
  { column: 'turns', label: 'Turns', className: 'c-turns' },
];

/** Every matching document in a virtualized, sortable, multi-select grid driven by the keyboard. */
export function LibraryTable(props: Props) {
  const { ids, row, ensure, cursor, selected, sort, onSort, onCursor, onSelect } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const grid = useRef<HTMLDivElement>(null);
  const anchor = useRef<number | null>(null);
  const list = ids ?? [];
  const virtualizer = useVirtualizer({
    count: list.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const cursorIndex = cursor === null ? -1 : list.indexOf(cursor);
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (list.length) ensure(first, last + 1);
  }, [first, last, list, ensure]);

  useEffect(() => {
    if (cursorIndex < 0) return;
    virtualizer.scrollToIndex(cursorIndex, { align: 'auto' });
    // Keyboard focus follows the cursor while it is in the table.
    if (grid.current?.contains(document.activeElement)) {
      requestAnimationFrame(() => document.getElementById(`doc-${cursor}`)?.focus({ preventScroll: true }));
    }
  }, [cursorIndex, cursor, virtualizer]);

  if (ids === null) return <p className="empty">Opening the archive…</p>;
  if (list.length === 0) {
    return props.archiveEmpty ? (
      <div className="empty">
        <h2>The archive is empty</h2>
        <p>Drop transcript files or folders on the window, or use Import… (Ctrl+O).</p>
        <p>Verbatim reads copied en.kremlin.ru page text, saved pages, plain-text transcripts and CSV/JSON datasets.</p>
      </div>
    ) : (
      <div className="empty">
        <h2>No document matches these filters</h2>
        <p>Remove a filter chip above, widen the dates, or</p>
        <button type="button" onClick={props.onClearFilters}>
          Clear all filters
        </button>
      </div>
    );
  }

  const range = (a: number, b: number): Set<number> => new Set(list.slice(Math.min(a, b), Math.max(a, b) + 1));

  const click = (event: MouseEvent, id: number, index: number) => {
    if (event.metaKey || event.ctrlKey) {
      const next = new Set(selected);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      if (cursor !== null && selected.size === 0) next.add(cursor);
      onSelect(next);
      anchor.current = index;
      return;
    }
    if (event.shiftKey) {
      onSelect(range(anchor.current ?? Math.max(0, cursorIndex), index));
      onCursor(id);
      return;
    }
    anchor.current = index;
    onSelect(new Set());
    onCursor(id);
  };

  const keys = (event: KeyboardEvent) => {
    const mod = event.metaKey || event.ctrlKey;
    if (mod && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      onSelect(new Set(list));
      return;
    }
    if (event.key === ' ' && cursor !== null) {
      event.preventDefault();
      const next = new Set(selected);
      if (next.has(cursor)) next.delete(cursor);
      else next.add(cursor);
      onSelect(next);
      return;
    }
    if (event.key === 'Enter' && cursor !== null) {
      event.preventDefault();
      props.onOpen(cursor);
      return;
    }
    if ((event.key === 'Delete' || (event.key === 'Backspace' && mod)) && (cursor !== null || selected.size)) {
      event.preventDefault();
      props.onDelete();
      return;
    }
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 500) / ROW_HEIGHT) - 1);
    const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page, Home: -Infinity, End: Infinity };
    if (!(event.key in step)) return;
    event.preventDefault();
    const next = Math.min(list.length - 1, Math.max(0, (cursorIndex < 0 ? -1 : cursorIndex) + step[event.key]));
    if (event.shiftKey) {
      anchor.current ??= Math.max(0, cursorIndex);
      onSelect(range(anchor.current, next));
    } else {
      anchor.current = next;
      if (selected.size) onSelect(new Set());
    }
    onCursor(list[next]);
  };

  const header = (c: (typeof COLUMNS)[number]) => {
    const active = sort.column === c.column;
    return (
      <div
        key={c.column}
        role="columnheader"
        className={`th ${c.className}`}
        aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
      >
        <button
          type="button"
          onClick={() =>
            onSort({ column: c.column, direction: active ? (sort.direction === 'asc' ? 'desc' : 'asc') : c.column === 'date' || c.column === 'turns' ? 'desc' : 'asc' })
          }
        >
          {c.label}
          <span aria-hidden="true" className="sort-mark">
            {active ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
          </span>
        </button>
      </div>
    );
  };

  return (
    <div
      className="library-table"
      role="grid"
      aria-label={`Library, ${list.length.toLocaleString('en')} documents`}
      aria-rowcount={list.length + 1}
      aria-multiselectable="true"
      ref={grid}
      tabIndex={-1}
      onKeyDown={keys}
      onFocus={(event) => {
        // Focus rests on the cursor row (roving tabindex); the grid itself passes it on.
        if (event.target === grid.current) grid.current?.querySelector<HTMLElement>('.doc-row[tabindex="0"]')?.focus();
      }}
    >
      <div role="rowgroup" className="thead" style={{ height: HEADER_HEIGHT }}>
        <div role="row" aria-rowindex={1} className="tr">
          {COLUMNS.map(header)}
        </div>
      </div>
      <div role="rowgroup" className="tbody" aria-label="Documents" ref={scroller}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const id = list[item.index];
            const doc = row(id);
            const isCursor = id === cursor;
            const isSelected = selected.has(id) || (selected.size === 0 && isCursor);
            return (
              <div
                key={id}
                id={`doc-${id}`}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={isSelected}
                tabIndex={isCursor || (cursorIndex < 0 && item.index === 0) ? 0 : -1}
                className={`tr doc-row${isCursor ? ' cursor' : ''}${isSelected ? ' selected' : ''}`}
                style={{ height: item.size, transform: `translateY(${item.start}px)` }}
                onClick={(event) => click(event, id, item.index)}
                onDoubleClick={() => props.onOpen(id)}
              >
                {doc ? (
                  <>
                    <div role="gridcell" className="td c-date">
                      <span>{shortDate(doc.date)}</span>
                      <span className="sub">{doc.time ?? ''}</span>
                    </div>
                    <div role="gridcell" className="td c-title">
                      <span className="doc-title" title={doc.title}>
                        {doc.title}
                      </span>
                      <span className="sub doc-speakers">{doc.mainSpeakers ?? ''}</span>
                    </div>
                    <div role="gridcell" className="td c-place">
                      {doc.place ?? ''}
                    </div>
                    <div role="gridcell" className="td c-turns">
                      {doc.turnCount}
                    </div>
                  </>
                ) : (
                  <div role="gridcell" className="td loading">
                    …
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
