/** The library table's columns and their widths (resizable, kept between sessions). */
import { useCallback, useState } from 'react';
import type { SortColumn } from '../../../shared/contract/api';

export interface Column {
  column: SortColumn;
  label: string;
  className: string;
  /** Width in px; the title takes what is left. */
  width?: number;
  min?: number;
}

export const COLUMNS: Column[] = [
  { column: 'date', label: 'Date', className: 'c-date', width: 104, min: 72 },
  { column: 'title', label: 'Title', className: 'c-title' },
  { column: 'place', label: 'Place', className: 'c-place', width: 120, min: 56 },
  { column: 'turns', label: 'Turns', className: 'c-turns', width: 66, min: 52 },
];

const KEY = 'verbatim.columns';
type Widths = Partial<Record<SortColumn, number>>;

function load(): Widths {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '{}') as Widths;
  } catch {
    return {};
  }
}

/** The grid's column template, and a way to resize one column. */
export function useColumnWidths(): {
  template: string;
  narrow: string;
  width(column: SortColumn): number;
  resize(column: SortColumn, width: number): void;
} {
  const [widths, setWidths] = useState<Widths>(load);
  const width = useCallback((column: SortColumn) => widths[column] ?? COLUMNS.find((c) => c.column === column)?.width ?? 100, [widths]);
  const resize = useCallback((column: SortColumn, next: number) => {
    const spec = COLUMNS.find((c) => c.column === column);
    const clamped = Math.round(Math.min(360, Math.max(spec?.min ?? 40, next)));
    setWidths((current) => {
      const updated = { ...current, [column]: clamped };
      localStorage.setItem(KEY, JSON.stringify(updated));
      return updated;
    });
  }, []);
  const track = (c: Column): string => (c.width === undefined ? 'minmax(0, 1fr)' : `${width(c.column)}px`);
  const template = COLUMNS.map(track).join(' ');
  // A narrow list leaves the place out (it is in the reader's heading).
  const narrow = COLUMNS.filter((c) => c.column !== 'place')
    .map(track)
    .join(' ');
  return { template, narrow, width, resize };
}
