/** The library table's header: sort buttons, and handles to resize the columns (drag, or arrow keys). */
import type { LibrarySort, SortColumn } from '../../../shared/contract/api';
import { COLUMNS } from './columns';

interface Props {
  sort: LibrarySort;
  onSort(sort: LibrarySort): void;
  width(column: SortColumn): number;
  onResize(column: SortColumn, width: number): void;
}

const firstDirection = (column: SortColumn): LibrarySort['direction'] => (column === 'date' || column === 'turns' ? 'desc' : 'asc');

export function TableHeader({ sort, onSort, width, onResize }: Props) {
  return (
    <div role="row" aria-rowindex={1} className="tr">
      {COLUMNS.map((c) => {
        const active = sort.column === c.column;
        const direction = active ? (sort.direction === 'asc' ? 'desc' : 'asc') : firstDirection(c.column);
        return (
          <div
            key={c.column}
            role="columnheader"
            className={`th ${c.className}`}
            aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
          >
            <button type="button" onClick={() => onSort({ column: c.column, direction })} title={`Sort by ${c.label.toLowerCase()}`}>
              {c.label}
              <span aria-hidden="true" className="sort-mark">
                {active ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
              </span>
            </button>
            {c.width !== undefined && (
              // A focusable separator is a widget (WAI-ARIA window splitter): the arrows resize the column.
              // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
              <div
                className="col-resize"
                role="separator"
                aria-orientation="vertical"
                aria-label={`Resize the ${c.label.toLowerCase()} column`}
                aria-valuenow={width(c.column)}
                tabIndex={-1}
                onKeyDown={(e) => {
                  if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
                    e.preventDefault();
                    onResize(c.column, width(c.column) + (e.key === 'ArrowRight' ? 8 : -8));
                  }
                }}
                onPointerDown={(e) => {
                  e.preventDefault();
                  const startX = e.clientX;
                  const start = width(c.column);
                  // A column right of the title grows to the left, the date column to the right.
                  const sign = c.column === 'date' ? 1 : -1;
                  const move = (m: PointerEvent) => onResize(c.column, start + sign * (m.clientX - startX));
                  const up = () => {
                    window.removeEventListener('pointermove', move);
                    window.removeEventListener('pointerup', up);
                  };
                  window.addEventListener('pointermove', move);
                  window.addEventListener('pointerup', up);
                }}
              />
            )}
          </div>
        );
      })}
    </div>
  );
}
