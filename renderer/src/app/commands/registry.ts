/**
 * THE command registry of the window. The native menu, the palette, the key handler,
 * the right-click menus, the reader's toolbar and the shortcuts overlay are all made
 * from this list; a command is written once, here.
 */
import type { State } from '../state';
import { displayKeys } from './keys';
import { documentCommands } from './document-commands';
import { readerCommands } from './reader-commands';
import { researchCommands } from './research-commands';
import type { Command, Where } from './types';
import { isEnabled } from './types';
import { windowCommands } from './window-commands';

export const COMMANDS: readonly Command[] = [...documentCommands, ...readerCommands, ...windowCommands, ...researchCommands];

const byId = new Map(COMMANDS.map((c) => [c.id, c]));

export function command(id: string): Command {
  const found = byId.get(id);
  if (!found) throw new Error(`No command “${id}”`);
  return found;
}

export const commandsFor = (where: Where): Command[] => COMMANDS.filter((c) => c.where.includes(where));

/** Runs a command by id when it is enabled now (from the native menu, a notice's button, a toolbar). */
export function runCommand(id: string, store: { getState(): State } & Parameters<Command['run']>[0]): void {
  const found = byId.get(id);
  if (found && isEnabled(found, store.getState())) void found.run(store);
}

/** Keys handled inside the lists themselves (not commands), for the shortcuts overlay. */
export const LIST_KEYS: [string, string][] = [
  ['↑ ↓  PgUp PgDn  Home End', 'Move in the list'],
  ['Shift+↑ ↓,  Space', 'Extend or toggle the selection'],
  [`${displayKeys('Mod+A').replace(/A$/, '')}click,  Shift+click`, 'Choose several documents (the first chosen compares on the left)'],
  ['Shift+F10', 'The right-click menu of the document or the selected words'],
  ['Enter,  Shift+Enter', 'In find: the next / previous match'],
];
