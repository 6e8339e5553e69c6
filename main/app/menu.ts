/**
 * The application menu's template. The window sends its menu, made from its command registry
 * (MENU_CHANNEL); until it has, and for what only main does (open an archive, quit, the text
 * editing roles, zoom), the fallback template stands.
 */
import type { MenuSpec } from '../../shared/contract/api';

export interface MenuActions {
  /** Runs a command of the window (it handles the command's keys itself). */
  command(id: string): void;
  openArchive(): Promise<void>;
}

/** A menu item for a command of the window: the window runs it (and handles its keys itself). */
function commandItem(item: MenuSpec[number]['items'][number], actions: MenuActions): Electron.MenuItemConstructorOptions {
  if ('separator' in item) return { type: 'separator' };
  return {
    label: item.label,
    accelerator: item.accelerator ?? undefined,
    registerAccelerator: false,
    enabled: item.enabled,
    click: () => actions.command(item.id),
  };
}

/**
 * The application menu. The window sends its menu, made from its command registry
 * (MENU_CHANNEL); until it has, and for what only main does (open an archive, quit,
 * the text editing roles, zoom), this template stands.
 */
export function menuTemplate(spec: MenuSpec | undefined, actions: MenuActions, isMac: boolean): Electron.MenuItemConstructorOptions[] {
  const from = (label: MenuSpec[number]['label']): Electron.MenuItemConstructorOptions[] =>
    (spec?.find((m) => m.label === label)?.items ?? []).map((item) => commandItem(item, actions));
  if (spec) {
    const template: Electron.MenuItemConstructorOptions[] = [
      ...(isMac ? [{ role: 'appMenu' as const }] : []),
      {
        label: 'File',
        submenu: [
          ...from('File'),
          { type: 'separator' },
          { label: 'Open archive…', click: () => void actions.openArchive() },
          { type: 'separator' },
          isMac ? { role: 'close' } : { role: 'quit' },
        ],
      },
      {
        label: 'Edit',
        submenu: [
          { role: 'undo' },
          { role: 'redo' },
          { type: 'separator' },
          { role: 'cut' },
          { role: 'copy' },
          { role: 'paste' },
          { role: 'selectAll' },
          { type: 'separator' },
          ...from('Edit'),
        ],
      },
      {
        label: 'View',
        submenu: [
          ...from('View'),
          { type: 'separator' },
          { role: 'resetZoom' },
          { role: 'zoomIn' },
          { role: 'zoomOut' },
          { type: 'separator' },
          { role: 'togglefullscreen' },
        ],
      },
      { label: 'Document', submenu: from('Document') },
      { role: 'windowMenu' },
      { role: 'help', submenu: from('Help') },
    ];
    return template;
  }
  const template: Electron.MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        {
          label: 'Import…',
          accelerator: 'CmdOrCtrl+O',
          click: () => actions.command('import'),
        },
        { label: 'Import folder…', accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.command('import-folder') },
        { label: 'Open archive…', click: () => void actions.openArchive() },
        { label: 'Back up archive…', click: () => actions.command('backup') },
        { label: 'Export selection…', click: () => actions.command('export') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { label: 'Library', click: () => actions.command('library') },
        // Ctrl+K and Ctrl+F are handled in the window (so they work in the browser tests too); the menu shows them.
        { label: 'Command palette', accelerator: 'CmdOrCtrl+K', registerAccelerator: false, click: () => actions.command('palette') },
        { label: 'Find in document', accelerator: 'CmdOrCtrl+F', registerAccelerator: false, click: () => actions.command('find') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [{ label: 'Keyboard shortcuts', accelerator: 'F1', registerAccelerator: false, click: () => actions.command('help') }],
    },
  ];
  return template;
}
