/**
 * The Electron main process: the only module under main/ that imports 'electron'.
 * It opens the archive, serves the renderer from the app:// scheme, locks the
 * window down and wires the contract's handlers to ipcMain.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, shell } from 'electron';
import { existsSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  APP_ORIGIN,
  APP_SCHEME,
  MENU_CHANNEL,
  MenuSpecSchema,
  type EventName,
  type EventPayload,
  type MenuSpec,
} from '../../shared/contract/api';
import { Archive } from '../archive/archive';
import { pendingUpgrade, upgradeInWorker } from '../archive/upgrade';
import { importSampleIfEmpty } from './first-run';
import { importInWorker } from '../importer/worker-client';
import { QueryWorker } from '../query/client';
import { createHandlers, isTrustedSender, registerHandlers, type HandlerContext, type Handlers } from '../ipc/ipc';
import type { SaveRequest } from '../ipc/types';
import { externalUrlToOpen, notingSourceUrls, SourceUrls } from './external-links';
import { handedOver, launchArgs, type LaunchArgs } from './launch-args';
import { menuTemplate } from './menu';
import { isLink, LINK_SCHEME, parseLink } from '../../shared/links';
import { importPathsGuard, registerDropGrants, WindowPathGrants } from './path-grants';
import { loadBounds, saveBounds } from './window-state';

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

let mainWindow: BrowserWindow | null = null;
/** The window saying the archive is being upgraded, until the main window shows (see upgradeFirst); null once the user closed it. */
let upgradeWindow: BrowserWindow | null = null;
/** Paths each window may import: from main's own dialogs, the command line and the preload's drop reports (main/app/path-grants.ts). */
const grants = new WindowPathGrants();
/** Source URLs of the documents shown; the only links handed to the system browser (main/app/external-links.ts). */
const sourceUrls = new SourceUrls();

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function archivePath(): string {
  return argValue('--archive') ?? process.env.VERBATIM_ARCHIVE ?? join(app.getPath('userData'), 'archive.sqlite');
}

function resourcesRoot(): string {
  return app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources');
}

/** better-sqlite3 built for Electron's ABI (see scripts/electron-native.mjs). */
function nativeBinding(): string | undefined {
  const candidates = app.isPackaged
    ? [join(process.resourcesPath, 'native', 'better_sqlite3.node')]
    : [join(app.getAppPath(), 'native', `electron-${process.versions.electron}`, 'better_sqlite3.node')];
  return candidates.find((path) => existsSync(path));
}

function serveRenderer(): void {
  const root = join(__dirname, '..', 'renderer');
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    } catch {
      return new Response('Not found', { status: 404 });
    }
    const file = normalize(join(root, relative));
    if (url.host !== 'verbatim' || !file.startsWith(root + sep)) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CSP);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}

/** Hands a link to the system browser: only an http(s) URL that is a shown document's own source URL. */
function openInBrowser(url: string): void {
  const href = externalUrlToOpen(url, (candidate) => sourceUrls.has(candidate));
  if (!href) return;
  // Reviewed for Electronegativity's OPEN_EXTERNAL_JS_CHECK (a manual-review finding on every
  // non-literal argument): only http(s) URLs that main read from the archive reach this line.
  void shell.openExternal(href);
}

function lockDown(): void {
  // No web permission (camera, notifications, clipboard read, …) and no device (HID, serial, USB) is ever given.
  // The one exception: the app's own page may write text to the clipboard (Copy as quote).
  const mayUse = (permission: string, origin: string | undefined): boolean =>
    permission === 'clipboard-sanitized-write' && origin?.startsWith(APP_ORIGIN) === true;
  session.defaultSession.setPermissionRequestHandler((contents, permission, callback) => callback(mayUse(permission, contents.getURL())));
  session.defaultSession.setPermissionCheckHandler((_contents, permission, origin) => mayUse(permission, origin));
  session.defaultSession.setDevicePermissionHandler(() => false);
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const allowed = details.url.startsWith(`${APP_ORIGIN}/`) || details.url.startsWith('devtools://');
    callback({ cancel: !allowed });
  });
  app.on('web-contents-created', (_event, contents) => {
    const id = contents.id;
    contents.once('destroyed', () => grants.forget(id));
    contents.on('will-navigate', (event) => event.preventDefault());
    // Any frame, sub-frames included (will-navigate sees only the main frame).
    contents.on('will-frame-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openInBrowser(url);
      return { action: 'deny' };
    });
  });
}

function emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
  mainWindow?.webContents.send(event, payload);
}

async function chooseImportPaths(kind: 'files' | 'folders'): Promise<string[] | null> {
  const options: Electron.OpenDialogOptions = {
    title: kind === 'folders' ? 'Import folders of transcripts' : 'Import transcripts',
    properties: kind === 'folders' ? ['openDirectory', 'multiSelections'] : ['openFile', 'multiSelections'],
    filters: [
      {
        name: 'Transcripts',
        extensions: ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'xhtml', 'csv', 'tsv', 'tab', 'json', 'jsonl', 'ndjson', 'zip'],
      },
      { name: 'All files', extensions: ['*'] },
    ],
  };
  const window = mainWindow;
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  if (result.canceled) return null;
  // The window may import these again (a dataset's column mapping); main's own dialog is the grant.
  if (window && !window.isDestroyed()) await grants.grant(window.webContents.id, result.filePaths);
  return result.filePaths;
}

/** Asks where to save an export or a backup. */
async function chooseSavePath(request: SaveRequest): Promise<string | null> {
  const options: Electron.SaveDialogOptions = {
    title: request.title,
    defaultPath: join(app.getPath('documents'), request.defaultName),
    filters: [{ name: request.extensions.join(', ').toUpperCase(), extensions: request.extensions }],
  };
  const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** Opens another archive file: Verbatim restarts on it (one archive per run keeps the handlers simple). */
async function openArchive(): Promise<void> {
  const options: Electron.OpenDialogOptions = {
    title: 'Open archive',
    properties: ['openFile', 'promptToCreate'],
    filters: [{ name: 'Verbatim archive', extensions: ['sqlite', 'db'] }],
  };
  const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  if (result.canceled || result.filePaths.length === 0) return;
  const args = process.argv.slice(1).filter((arg, i, all) => arg !== '--archive' && all[i - 1] !== '--archive');
  app.relaunch({ args: [...args, '--archive', result.filePaths[0]] });
  app.quit();
}

/** Every window's web preferences: isolated, sandboxed, no Node, no insecure content (GUIDE: security). */
const LOCKED_DOWN = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  spellcheck: false,
} as const satisfies Electron.WebPreferences;

const boundsFile = (): string => join(app.getPath('userData'), 'window-state.json');

function createWindow(): void {
  const bounds = loadBounds(boundsFile());
  mainWindow = new BrowserWindow({
    ...bounds,
    minWidth: 760,
    minHeight: 480,
    title: 'Verbatim',
    show: false,
    webPreferences: { ...LOCKED_DOWN, preload: join(__dirname, '..', 'preload', 'index.js') },
  });
  mainWindow.once('ready-to-show', () => {
    if (bounds.maximized) mainWindow?.maximize();
    mainWindow?.show();
    dismissUpgradeWindow();
  });
  mainWindow.on('close', () => {
    if (mainWindow) saveBounds(boundsFile(), { ...mainWindow.getNormalBounds(), maximized: mainWindow.isMaximized() });
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}

/**
 * Runs the migrations an archive written by an earlier Verbatim needs (main/archive/upgrade.ts)
 * in a worker thread, with a small window saying so (renderer/public/upgrading.html, no script),
 * before main opens the archive: at 50,000 documents they take seconds, which showed nothing at
 * all. False when the app is to end instead: the upgrade failed (said in a message box), or the
 * user closed the window (the archive stays at the last step completed; the next start goes on).
 */
async function upgradeFirst(binding: string | undefined): Promise<boolean> {
  const path = archivePath();
  if (!pendingUpgrade(path, binding ? { nativeBinding: binding } : {})) return true;
  const window = new BrowserWindow({
    width: 520,
    height: 280,
    useContentSize: true,
    resizable: false,
    maximizable: false,
    fullscreenable: false,
    title: 'Verbatim',
    show: false,
    webPreferences: { ...LOCKED_DOWN, javascript: false },
  });
  upgradeWindow = window;
  // Closed by the user (not dismissed): Verbatim quits.
  window.once('closed', () => {
    if (upgradeWindow !== window) return;
    upgradeWindow = null;
    app.quit();
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/upgrading.html`);
  try {
    await upgradeInWorker(join(__dirname, 'upgrade-worker.js'), path, binding);
  } catch (error) {
    if (!upgradeWindow) return false;
    dismissUpgradeWindow();
    dialog.showErrorBox('Verbatim cannot upgrade the archive', `${path}\n\n${(error as Error).message}`);
    app.exit(1);
    return false;
  }
  return upgradeWindow !== null;
}

/** Closes the upgrade's window without quitting: the main window has taken its place, or a message box will. */
function dismissUpgradeWindow(): void {
  const window = upgradeWindow;
  upgradeWindow = null;
  window?.destroy();
}

/** The application menu: the window's own (from its command registry), or the fallback until it has sent one. */
function buildMenu(spec?: MenuSpec): void {
  const actions = { command: (id: string) => emit('menu:command', id), openArchive };
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(spec, actions, process.platform === 'darwin')));
}

/** Brings the window forward for a second launch of Verbatim, and imports the files that launch named. */
function onSecondInstance(args: LaunchArgs, handlers: Handlers): void {
  if (!mainWindow) createWindow();
  const window = mainWindow;
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
  if (args.archive && resolve(args.archive) !== resolve(archivePath())) {
    void dialog.showMessageBox(window, {
      type: 'info',
      message: 'Verbatim is already open',
      detail: `It has ${archivePath()} open. To open ${args.archive}, choose File › Open archive… in this window.`,
    });
  }
  if (args.files.length) void importLaunchFiles(window, args.files, handlers);
  if (args.links.length) void openLinks(window, args.links);
}

async function loaded(window: BrowserWindow): Promise<void> {
  const contents = window.webContents;
  if (!contents.isLoading()) return;
  await new Promise<void>((done) => {
    contents.once('did-finish-load', () => done());
    contents.once('did-fail-load', () => done());
  });
}

/** Shows the document and turn a verbatim:// link names (the last readable one, when a launch gave several). */
async function openLinks(window: BrowserWindow, links: string[]): Promise<void> {
  const target = links
    .map(parseLink)
    .filter((t) => t !== null)
    .at(-1);
  if (!target) return;
  await loaded(window);
  if (!window.isDestroyed()) window.webContents.send('link:open', target satisfies EventPayload<'link:open'>);
}

/** Imports files named on the command line, through the same handler as a drop; the launch is the grant. */
async function importLaunchFiles(window: BrowserWindow, files: string[], handlers: Handlers): Promise<void> {
  const contents = window.webContents;
  await loaded(window);
  if (window.isDestroyed()) return;
  await grants.grant(contents.id, files);
  try {
    await handlers['import:paths'](files);
  } catch (error) {
    dialog.showErrorBox('Verbatim could not import the files', (error as Error).message);
  }
}

async function start(): Promise<void> {
  // One Verbatim at a time: a second launch hands its arguments to this one (see 'second-instance') and quits.
  if (!app.requestSingleInstanceLock({ ...launchArgs(process.argv, Boolean(process.defaultApp), process.cwd()) })) {
    app.quit();
    return;
  }
  let launchHandlers: Handlers | null = null;
  const earlyLaunches: LaunchArgs[] = [];
  const launched = (args: LaunchArgs): void => {
    if (launchHandlers) onSecondInstance(args, launchHandlers);
    else earlyLaunches.push(args);
  };
  app.on('second-instance', (_event, _argv, _cwd, data) => {
    // Its argv may come reordered and with Chromium's switches added, so only the data it handed over is read.
    launched(handedOver(data) ?? { archive: null, files: [], links: [] });
  });
  // macOS hands a clicked verbatim:// link to the running app (or to this launch) as an event, not an argument.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    if (isLink(url)) launched({ archive: null, files: [], links: [url] });
  });
  // This app opens verbatim:// links (a link to a turn, copied from the reader); a development run registers itself with its app folder.
  if (process.defaultApp) app.setAsDefaultProtocolClient(LINK_SCHEME, process.execPath, [resolve(process.argv[1] ?? '.')]);
  else app.setAsDefaultProtocolClient(LINK_SCHEME);
  await app.whenReady();
  const binding = nativeBinding();
  lockDown();
  serveRenderer();
  if (!(await upgradeFirst(binding))) return;
  let archive: Archive;
  try {
    archive = Archive.open(archivePath(), binding ? { nativeBinding: binding } : {});
  } catch (error) {
    dialog.showErrorBox('Verbatim cannot open the archive', `${archivePath()}\n\n${(error as Error).message}`);
    app.exit(1);
    return;
  }
  const workerScript = join(__dirname, 'import-worker.js');
  const runImport: HandlerContext['runImport'] = (paths, options) =>
    importInWorker(workerScript, archive.path, paths, { ...options, nativeBinding: binding });
  const queries = new QueryWorker(join(__dirname, 'query-worker.js'), archive.path, binding);
  queries.start();
  app.on('will-quit', () => void queries.close());
  const handlers = notingSourceUrls(createHandlers({ archive, emit, chooseImportPaths, chooseSavePath, runImport, queries }), sourceUrls);
  registerHandlers(ipcMain, handlers, isTrustedSender, importPathsGuard(grants));
  registerDropGrants(ipcMain, grants, isTrustedSender);
  // The window's menu, from its command registry: checked like every other call.
  ipcMain.handle(MENU_CHANNEL, (event, ...args) => {
    if (!isTrustedSender(event)) return { ok: false, error: 'Refused: the menu did not come from Verbatim’s own window.' };
    const spec = MenuSpecSchema.safeParse(args[0]);
    if (!spec.success || args.length !== 1) return { ok: false, error: 'Refused: a menu is one list of menus of commands.' };
    buildMenu(spec.data);
    return { ok: true, value: true };
  });
  await importSampleIfEmpty(archive, resourcesRoot()).catch((error: unknown) => {
    console.error('Verbatim: the bundled sample could not be imported:', error);
  });
  buildMenu();
  createWindow();
  launchHandlers = handlers;
  const firstLinks = launchArgs(process.argv, Boolean(process.defaultApp), process.cwd()).links;
  if (firstLinks.length && mainWindow) void openLinks(mainWindow, firstLinks);
  for (const args of earlyLaunches.splice(0)) onSecondInstance(args, handlers);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => archive.close());
}

void start();
