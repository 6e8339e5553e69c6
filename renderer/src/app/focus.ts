/** Moving the keyboard focus between the window's panes (after the DOM has caught up with the state). */
import type { View } from './state';

/** Focuses the first element found, trying the selectors in order (a comma list would take the first in the page). */
export function focusSoon(...selectors: string[]): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      for (const selector of selectors) {
        const element = document.querySelector<HTMLElement>(selector);
        if (element) return element.focus();
      }
    }),
  );
}

const LISTS: Record<View, string[]> = {
  library: ['.library-table'],
  notes: ['.notes-view'],
  search: ['.search-results [data-opened]', '.search-results .search-hit', '.search-results .search-title', '.search-box input'],
  compare: ['.compare-view .picker input'],
  research: ['.research-view [role="tab"][aria-selected="true"]'],
};

/** Focus to the list of a view: the library's cursor row, the search hit last opened, the notes. */
export function focusList(view: View): void {
  focusSoon(...LISTS[view]);
}

export const focusReader = (): void => focusSoon('.reader-scroll');
export const focusSidebar = (): void => focusSoon('.sidebar .nav-item.active', '.sidebar button');
export const insideReader = (): boolean => !!document.activeElement?.closest('.reader-pane');
