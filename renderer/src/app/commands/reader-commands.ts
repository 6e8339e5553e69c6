/** Commands of the reader: find, quotes and notes on the selected words, panels, text size and width. */
import { annotateSelection, copyQuote, copySelection, hasTextSelection } from '../../reader/quote';
import { copyTurnLink } from '../../reader/turn-link';
import { focusSoon } from '../focus';
import { MEASURES, type State } from '../state';
import type { AppStore } from '../store';
import type { Command } from './types';

const reading = (s: State): boolean => s.cursor !== null && s.view !== 'compare';

function openFind(store: AppStore): void {
  store.dispatch({ type: 'reader/find', find: { open: true } });
  // Ctrl+F again with the bar open moves the focus back into it, its words selected.
  requestAnimationFrame(() => {
    const input = document.querySelector<HTMLInputElement>('.find-bar input');
    input?.focus();
    input?.select();
  });
}

const size = (store: AppStore, by: number): void =>
  store.dispatch({ type: 'settings/set', settings: { fontSize: Math.min(26, Math.max(13, store.getState().settings.fontSize + by)) } });

export const readerCommands: Command[] = [
  {
    id: 'find',
    label: 'Find in document',
    help: 'Find in the document; Enter / Shift+Enter for the next / previous match',
    keys: ['Mod+F'],
    menu: 'Edit',
    where: ['menu', 'palette', 'reader-toolbar'],
    whileTyping: true,
    enabled: reading,
    toolbar: { slot: 'main', icon: 'find', label: 'Find', order: 3, secondary: true },
    run: openFind,
  },
  {
    id: 'find-next',
    label: 'Next match',
    help: 'Next / previous match (also after opening a search hit)',
    keys: ['F3'],
    menu: 'Edit',
    where: ['menu', 'palette'],
    whileTyping: true,
    enabled: (s) => reading(s) && s.reader.find.open,
    run: (s) => s.dispatch({ type: 'reader/find-step', by: 1 }),
  },
  {
    id: 'find-previous',
    label: 'Previous match',
    keys: ['Shift+F3'],
    menu: 'Edit',
    where: ['menu', 'palette'],
    whileTyping: true,
    enabled: (s) => reading(s) && s.reader.find.open,
    run: (s) => s.dispatch({ type: 'reader/find-step', by: -1 }),
  },
  { id: 'copy', label: 'Copy', where: ['text-menu'], run: (s) => (hasTextSelection() ? void copySelection(s) : false) },
  {
    id: 'copy-quote',
    label: 'Copy as quote',
    help: 'Copy the selected words as a quote with its citation',
    keys: ['Mod+Shift+C'],
    menu: 'Edit',
    where: ['menu', 'palette', 'text-menu'],
    enabled: reading,
    run: (s) => void copyQuote(s, false),
  },
  {
    id: 'copy-markdown',
    label: 'Copy as Markdown quote',
    help: 'Copy the selected words as a Markdown quote',
    keys: ['Mod+Shift+M'],
    menu: 'Edit',
    where: ['menu', 'palette', 'text-menu'],
    enabled: reading,
    run: (s) => void copyQuote(s, true),
  },
  {
    id: 'copy-turn-link',
    label: 'Copy link to this turn',
    help: 'Copy a verbatim:// link that opens Verbatim at this turn',
    menu: 'Edit',
    where: ['menu', 'palette', 'text-menu'],
    enabled: reading,
    run: (s) => void copyTurnLink(s),
  },
  {
    id: 'annotate',
    label: 'Annotate…',
    help: 'Annotate the selected words',
    keys: ['Mod+Shift+A'],
    menu: 'Edit',
    where: ['menu', 'palette', 'text-menu'],
    enabled: reading,
    run: (s) => annotateSelection(s),
  },
  {
    id: 'speakers-panel',
    label: 'Speakers',
    help: 'Show who spoke, and step through one speaker’s turns',
    menu: 'View',
    where: ['menu', 'palette', 'reader-toolbar'],
    enabled: reading,
    toolbar: { slot: 'main', icon: 'speakers', order: 1, pressed: (s) => s.reader.panel === 'speakers' },
    run: (s) => s.dispatch({ type: 'reader/panel', panel: 'speakers' }),
  },
  {
    id: 'notes-panel',
    label: 'Notes in this document',
    menu: 'View',
    where: ['menu', 'palette', 'reader-toolbar'],
    enabled: reading,
    toolbar: { slot: 'main', icon: 'notes', label: 'Notes', order: 2, pressed: (s) => s.reader.panel === 'notes' },
    run: (s) => s.dispatch({ type: 'reader/panel', panel: 'notes' }),
  },
  {
    id: 'outline-panel',
    label: 'Outline',
    help: 'The turns of the transcript, to jump to one',
    menu: 'View',
    where: ['menu', 'palette', 'reader-toolbar'],
    enabled: reading,
    toolbar: { slot: 'main', icon: 'outline', order: 2.5, pressed: (s) => s.reader.panel === 'outline' },
    run: (s) => s.dispatch({ type: 'reader/panel', panel: 'outline' }),
  },
  {
    id: 'smaller',
    label: 'Smaller text',
    keys: ['Mod+-'],
    menu: 'View',
    where: ['menu', 'palette', 'reader-toolbar'],
    whileTyping: true,
    toolbar: { slot: 'view', icon: 'smaller' },
    run: (s) => size(s, -1),
  },
  {
    id: 'larger',
    label: 'Larger text',
    keys: ['Mod+=', 'Mod++'],
    menu: 'View',
    where: ['menu', 'palette', 'reader-toolbar'],
    whileTyping: true,
    toolbar: { slot: 'view', icon: 'larger' },
    run: (s) => size(s, 1),
  },
  {
    id: 'measure',
    label: 'Line width',
    help: 'Narrow, medium or wide lines',
    menu: 'View',
    where: ['menu', 'palette', 'reader-toolbar'],
    toolbar: { slot: 'view', icon: 'width' },
    run: (s) => {
      const { measure } = s.getState().settings;
      s.dispatch({ type: 'settings/set', settings: { measure: MEASURES[(MEASURES.indexOf(measure) + 1) % MEASURES.length] } });
    },
  },
  {
    id: 'focus-reader',
    label: 'Focus the reader',
    keys: ['Alt+3'],
    where: ['palette'],
    whileTyping: true,
    run: () => focusSoon('.reader-scroll'),
  },
];
