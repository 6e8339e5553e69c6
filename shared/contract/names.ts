/**
 * The contract's plain names: no validators and no dependencies, so the
 * preload bridge and the renderer can use them without bundling zod or the
 * channel table. The contract's schemas (shared/contract/api.ts) are built on these lists.
 */

/** The name the preload gives the API on window. */
export const API_NAME = 'verbatim';

/** The custom scheme the renderer is served from; only its top frame may call the API. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://verbatim`;

/** Events main sends to the renderer. */
export const EVENT_NAMES = ['import:progress', 'import:finished', 'menu:command', 'link:open'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

/**
 * The renderer -> main call that sets the native menu. It is not in `channels`
 * (main/app/index.ts handles it, with the same sender check and validation), since
 * only the Electron shell has a menu.
 */
export const MENU_CHANNEL = 'menu:set';
export const MENU_NAMES = ['File', 'Edit', 'View', 'Document', 'Help'] as const;
/** Commands the native menu sends to the window. */
export const MENU_COMMANDS = ['import', 'import-folder', 'backup', 'export', 'palette', 'help', 'find', 'library'] as const;

/**
 * The document fields an imported record can fill: the dataset importer maps
 * columns to them (main/import/dataset-columns.ts) and the mapping dialog
 * offers them.
 */
export const DOCUMENT_FIELDS = [
  'title',
  'date',
  'time',
  'text',
  'speaker',
  'place',
  'url',
  'summary',
  'tags',
  'topics',
  'persons',
  'geography',
] as const;
export type DocumentField = (typeof DOCUMENT_FIELDS)[number];

/** How many persons (the first, most words first) a speaker table's distinctive terms are given for. */
export const PERSON_TERMS_ROWS = 50;
