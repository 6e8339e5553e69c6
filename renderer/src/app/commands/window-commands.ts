/** Commands of the window: views, panes, the palette, help, settings, and Esc. */
import { showCompare } from '../operations/documents';
import { focusList, focusSidebar, focusSoon, insideReader } from '../focus';
import type { View } from '../state';
import type { AppStore } from '../store';
import type { Command } from './types';

function show(store: AppStore, view: View): void {
  store.dispatch({ type: 'view/show', view });
  if (view === 'search') focusSoon('.search-box input');
  else focusList(view);
}

/** Esc: out of the reader to the list it came from; from another view back to the Library; else the selection cleared. */
function back(store: AppStore): boolean {
  const state = store.getState();
  if (state.sidebarOpen) {
    store.dispatch({ type: 'sidebar/toggle', open: false });
    return true;
  }
  if (insideReader()) {
    focusList(state.view);
    return true;
  }
  if (state.view !== 'library') {
    show(store, 'library');
    return true;
  }
  if (state.selected.length) {
    store.dispatch({ type: 'selection/set', ids: [] });
    return true;
  }
  return false;
}

export const windowCommands: Command[] = [
  {
    id: 'view-library',
    label: 'Library',
    help: 'Go to the Library',
    keys: ['Mod+1'],
    menu: 'View',
    where: ['menu', 'palette'],
    whileTyping: true,
    run: (s) => show(s, 'library'),
  },
  {
    id: 'view-notes',
    label: 'Notes',
    help: 'Go to every note in the archive',
    keys: ['Mod+2'],
    menu: 'View',
    where: ['menu', 'palette'],
    whileTyping: true,
    run: (s) => show(s, 'notes'),
  },
  {
    id: 'view-search',
    label: 'Search',
    help: 'Search the archive',
    keys: ['Mod+Shift+F', 'Mod+3'],
    menu: 'View',
    where: ['menu', 'palette'],
    whileTyping: true,
    run: (s) => show(s, 'search'),
  },
  {
    id: 'view-compare',
    label: 'Compare',
    help: 'Compare the two chosen documents',
    keys: ['Mod+4'],
    menu: 'View',
    where: ['menu', 'palette'],
    whileTyping: true,
    run: (s) => {
      showCompare(s);
      focusList('compare');
    },
  },
  {
    id: 'palette',
    label: 'Command palette',
    help: 'Command palette: documents, speakers, tags, commands',
    keys: ['Mod+K'],
    menu: 'View',
    where: ['menu'],
    whileTyping: true,
    inDialogs: true,
    run: (s) =>
      s.getState().dialog?.kind === 'palette'
        ? s.dispatch({ type: 'dialog/close' })
        : s.dispatch({ type: 'dialog/open', dialog: { kind: 'palette' } }),
  },
  {
    id: 'toggle-sidebar',
    label: 'Show or hide the sidebar',
    help: 'Show the sidebar (in a narrow window)',
    keys: ['Mod+B'],
    menu: 'View',
    where: ['menu', 'palette'],
    whileTyping: true,
    run: (s) => {
      s.dispatch({ type: 'sidebar/toggle' });
      if (s.getState().sidebarOpen) focusSidebar();
    },
  },
  {
    id: 'focus-sidebar',
    label: 'Focus the sidebar',
    keys: ['Alt+1'],
    where: ['palette'],
    whileTyping: true,
    run: (s) => {
      s.dispatch({ type: 'sidebar/toggle', open: true });
      focusSidebar();
    },
  },
  {
    id: 'focus-list',
    label: 'Focus the list',
    keys: ['Alt+2'],
    where: ['palette'],
    whileTyping: true,
    run: (s) => focusList(s.getState().view),
  },
  {
    id: 'back',
    label: 'Back',
    help: 'Back: close a dialog, a menu or find; from the reader to its list; from another view to the Library',
    keys: ['Escape'],
    where: [],
    run: back,
  },
  {
    id: 'settings',
    label: 'Settings…',
    help: 'Theme, reading text and width',
    keys: ['Mod+,'],
    menu: 'View',
    where: ['menu', 'palette'],
    whileTyping: true,
    run: (s) => s.dispatch({ type: 'dialog/open', dialog: { kind: 'settings' } }),
  },
  {
    id: 'help',
    label: 'Keyboard shortcuts',
    help: 'This list of shortcuts',
    keys: ['?', 'F1'],
    menu: 'Help',
    where: ['menu', 'palette'],
    run: (s) => s.dispatch({ type: 'dialog/open', dialog: { kind: 'help' } }),
  },
  {
    id: 'about',
    label: 'About Verbatim',
    menu: 'Help',
    where: ['menu', 'palette'],
    run: (s) => s.dispatch({ type: 'dialog/open', dialog: { kind: 'about' } }),
  },
];
