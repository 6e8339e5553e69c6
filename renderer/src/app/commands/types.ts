/** A command of the window: what it is called, its keys, where it appears, when it can run, and what it does. */
import type { IconName } from '../../shared/Icon';
import type { State } from '../state';
import type { AppStore } from '../store';

/**
 * Where a command is offered. The native menu, the palette, the right-click menus
 * and the reader's toolbar are all made from the registry by these.
 */
export type Where = 'menu' | 'palette' | 'document-menu' | 'text-menu' | 'reader-toolbar';

/** The native menu a command sits in. */
export type MenuName = 'File' | 'Edit' | 'View' | 'Document' | 'Help';

export interface ToolbarPlace {
  /** main: the reader's own buttons; view: text size and width; export: the Export menu; cite: the Cite menu; more: the overflow menu. */
  slot: 'main' | 'view' | 'export' | 'cite' | 'more';
  icon: IconName;
  /** Shown as pressed (a panel that is open). */
  pressed?(state: State): boolean;
  /** A shorter label for the toolbar than the menu's. */
  label?: string;
  /** Place in its slot (lower first). */
  order?: number;
  /** Its label goes first when the toolbar is short of room (the icon and tooltip stay). */
  secondary?: boolean;
}

export interface Command {
  id: string;
  label: string;
  /** What the shortcuts overlay says, when it says more than the label. */
  help?: string;
  /** Shortcuts, the first one shown ("Mod+K", "Alt+1", "F3", "?"). */
  keys?: string[];
  menu?: MenuName;
  where: Where[];
  toolbar?: ToolbarPlace;
  /** Its keys work while typing in a text field (Ctrl+F, Ctrl+K); most do not. */
  whileTyping?: boolean;
  /** Its keys work with a dialog open (Ctrl+K toggles the palette). */
  inDialogs?: boolean;
  /** Its keys work only with the focus inside this element (a CSS selector), e.g. Delete in the list. */
  focusIn?: string;
  /** Greyed out (and its keys left to the browser) when this says no. */
  enabled?(state: State): boolean;
  /** Does the work; returning false means there was nothing to do (the key is left to the browser). */
  run(store: AppStore): void | boolean | Promise<void>;
}

export const isEnabled = (command: Command, state: State): boolean => command.enabled?.(state) ?? true;
