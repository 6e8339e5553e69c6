/**
 * Every matching document in a virtualized, sortable, multi-select grid driven by the keyboard.
 * Enter, Delete and Ctrl+A are commands (app/commands); the arrows, Space and clicks are the grid's.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { useAppState, useDispatch } from '../app/store';
import { plural } from '../shared/format';
import { useTopForNewKey } from '../shared/useTopForNewKey';
import { useColumnWidths } from './columns';
import { DocumentRow } from './DocumentRow';
import { LibraryEmpty } from './LibraryEmpty';
import { TableHeader } from './TableHeader';
import type { Rows } from './useLibrary';

interface Props {
  ids: number[] | undefined;
  rows: Rows;
  /** Names the query (filter and sort): a new one starts at the top of the list. */
  queryKey: string;
}

const ROW_HEIGHT = 46;
const HEADER_HEIGHT = 28;

/** The ids from index `from` towards `to`, the anchor first (so the first chosen stays first). */
function idsBetween(list: number[], from: number, to: number): number[] {
  const step = to >= from ? 1 : -1;
  const out: number[] = [];
  for (let i = from; i !== to + step; i += step) out.push(list[i]);
  return out;
}

/** The document menu at (x, y) for the row `id`: on the selection when the row is in it, else on that row alone. */
function openDocumentMenu(dispatch: ReturnType<typeof useDispatch>, selected: number[], id: number, x: number, y: number): void {
  if (!selected.includes(id)) {
    if (selected.length) dispatch({ type: 'selection/set', ids: [] });
    dispatch({ type: 'cursor/set', id });
  }
  dispatch({ type: 'menu/open', menu: { where: 'document-menu', x, y } });
}

export function LibraryTable({ ids, rows, queryKey }: Props) {
  const dispatch = useDispatch();
  const cursor = useAppState((s) => s.cursor);
  const selected = useAppState((s) => s.selected);
  const sort = useAppState((s) => s.sort);
  const columns = useColumnWidths();
  const scroller = useRef<HTMLDivElement>(null);
  const grid = useRef<HTMLDivElement>(null);
  const anchor = useRef<number | null>(null);
  const list = useMemo(() => ids ?? [], [ids]);
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
  const { ensure } = rows;

  useEffect(() => {
    if (list.length) ensure(list, first, last + 1);
  }, [first, last, list, ensure]);

  // A new query (another filter or sort) starts at the top.
  useTopForNewKey(virtualizer, queryKey, ids !== undefined);

  // The list follows the cursor when the cursor moves (not when the list around it changes).
  const indexRef = useRef(cursorIndex);
  indexRef.current = cursorIndex;
  useEffect(() => {
    if (indexRef.current < 0) return;
    virtualizer.scrollToIndex(indexRef.current, { align: 'auto' });
    // Keyboard focus follows the cursor while it is in the table.
    if (grid.current?.contains(document.activeElement)) {
      requestAnimationFrame(() => document.getElementById(`doc-${cursor}`)?.focus({ preventScroll: true }));
    }
  }, [cursor, virtualizer]);

  if (ids === undefined) return <p className="empty">Opening the archive…</p>;
  if (list.length === 0) return <LibraryEmpty />;

  const isSelected = (id: number): boolean => selected.includes(id);

  const click = (event: MouseEvent, id: number, index: number) => {
    if (event.metaKey || event.ctrlKey) {
      const base = selected.length ? selected : cursor !== null ? [cursor] : [];
      dispatch({ type: 'selection/set', ids: base.includes(id) ? base.filter((x) => x !== id) : [...base, id] });
      anchor.current = index;
      return;
    }
    if (event.shiftKey) {
      dispatch({ type: 'selection/set', ids: idsBetween(list, anchor.current ?? Math.max(0, cursorIndex), index) });
      dispatch({ type: 'cursor/set', id });
      return;
    }
    anchor.current = index;
    if (selected.length) dispatch({ type: 'selection/set', ids: [] });
    dispatch({ type: 'cursor/set', id });
  };

  const openMenu = (x: number, y: number, id: number) => openDocumentMenu(dispatch, selected, id, x, y);

  const keys = (event: KeyboardEvent) => {
    if (event.key === ' ' && cursor !== null) {
      event.preventDefault();
      const base = selected.length ? selected : [];
      dispatch({ type: 'selection/set', ids: base.includes(cursor) ? base.filter((x) => x !== cursor) : [...base, cursor] });
      return;
    }
    if ((event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) && cursor !== null) {
      event.preventDefault();
      const box = document.getElementById(`doc-${cursor}`)?.getBoundingClientRect();
      if (box) openMenu(box.left + 40, box.bottom - 8, cursor);
      return;
    }
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 500) / ROW_HEIGHT) - 1);
    const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page, Home: -Infinity, End: Infinity };
    if (!(event.key in step) || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const next = Math.min(list.length - 1, Math.max(0, (cursorIndex < 0 ? -1 : cursorIndex) + step[event.key]));
    if (event.shiftKey) {
      anchor.current ??= Math.max(0, cursorIndex);
      dispatch({ type: 'selection/set', ids: idsBetween(list, anchor.current, next) });
    } else {
      anchor.current = next;
      if (selected.length) dispatch({ type: 'selection/set', ids: [] });
    }
    dispatch({ type: 'cursor/set', id: list[next] });
  };

  return (
    <div
      className="library-table"
      role="grid"
      aria-label={`Library, ${plural(list.length, 'document')}`}
      aria-rowcount={list.length + 1}
      aria-multiselectable="true"
      ref={grid}
      tabIndex={-1}
      style={{ ['--columns' as string]: columns.template, ['--columns-narrow' as string]: columns.narrow }}
      onKeyDown={keys}
      onFocus={(event) => {
        // Focus rests on the cursor row (roving tabindex); the grid itself passes it on.
        if (event.target === grid.current) grid.current?.querySelector<HTMLElement>('.doc-row[tabindex="0"]')?.focus();
      }}
    >
      <div role="rowgroup" className="thead" style={{ height: HEADER_HEIGHT }}>
        <TableHeader
          sort={sort}
          onSort={(next) => dispatch({ type: 'sort/set', sort: next })}
          width={columns.width}
          onResize={columns.resize}
        />
      </div>
      <div role="rowgroup" className="tbody" aria-label="Documents" ref={scroller}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const id = list[item.index];
            const isCursor = id === cursor;
            const chosen = isSelected(id) || (selected.length === 0 && isCursor);
            return (
              <DocumentRow
                key={id}
                id={id}
                doc={rows.row(id)}
                index={item.index}
                isCursor={isCursor}
                chosen={chosen}
                focusable={isCursor || (cursorIndex < 0 && item.index === 0)}
                style={{ height: item.size, transform: `translateY(${item.start}px)` }}
                onClick={(event) => click(event, id, item.index)}
                onContextMenu={(event) => openMenu(event.clientX, event.clientY, id)}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
