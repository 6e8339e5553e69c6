/**
 * The window's views. Library and Notes are built here; Search and Compare are
 * supplied by their own modules (renderer/src/search, renderer/src/compare) and
 * wired into VIEW_SLOTS by the lead: each receives ViewSlotProps.
 */
import type { ComponentType } from 'react';
import type { LibraryFilter } from '../../../preload/api';

export type View = 'library' | 'notes' | 'search' | 'compare';

export interface ViewSlotProps {
  /** Opens a document in the reader (the right pane), optionally at a turn, optionally finding words there. */
  openDocument(id: number, turn?: number, find?: string): void;
  /** The library's current filter (e.g. to scope a search) and a way to set it. */
  filter: LibraryFilter;
  setFilter(filter: LibraryFilter): void;
  /** The documents selected in the library (e.g. two to compare). */
  selectedIds: number[];
  /** Focus returns to the library (Esc). */
  back(): void;
  /** Bumped when the archive changes (an import, a delete, an edit), so views can ask again. */
  version: number;
}

export interface ViewSlot {
  label: string;
  /** The middle pane's content; `wide` takes the middle and right panes together (a comparison). */
  component: ComponentType<ViewSlotProps>;
  wide?: boolean;
}

/** Filled in by the lead: VIEW_SLOTS.search = { label: 'Search', component: SearchView }, and so on. */
export const VIEW_SLOTS: Partial<Record<'search' | 'compare', ViewSlot>> = {};
