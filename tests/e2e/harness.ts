/**
 * Runs the built renderer in Chromium with the real main-process handlers and a
 * real archive behind a test bridge (see bridge/browser-client.ts).
 */
import { test as base, expect, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { Archive } from '../../main/archive/archive';
import { importInWorker } from '../../main/importer/worker-client';
import { QueryWorker } from '../../main/query/client';
import { createHandlers, registerHandlers, topFrameOf, type IpcEventLike } from '../../main/ipc/ipc';
import { MENU_CHANNEL, MenuSpecSchema, type EventName, type MenuSpec } from '../../shared/contract/api';

const ROOT = join(__dirname, '..', '..');
const RENDERER = join(ROOT, 'out', 'renderer');
const WORKER = join(ROOT, 'out', 'main', 'import-worker.js');
const QUERY_WORKER = join(ROOT, 'out', 'main', 'query-worker.js');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function serve(): Promise<{ server: Server; origin: string }> {
  if (!existsSync(join(RENDERER, 'index.html'))) throw new Error('Build the renderer first: npm run build');
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(RENDERER, path === '/' ? 'index.html' : path));
    if (!file.startsWith(RENDERER + sep) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  );
}

let bridgeScript: Promise<string> | null = null;
function bridge(): Promise<string> {
  bridgeScript ??= build({
    entryPoints: [join(__dirname, 'bridge', 'browser-client.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    platform: 'browser',
  }).then((result) => result.outputFiles[0].text);
  return bridgeScript;
}

export interface App {
  page: Page;
  archive: Archive;
  archivePath: string;
  /** Drops files (given by path on disk) onto the window as a user would. */
  drop(paths: string[]): Promise<void>;
  /**
   * Holds every import's answer until the returned function is called: the files are
   * imported (and progress reported) as usual, but the window still sees an import running.
   */
  holdImports(): () => void;
  /** The native menu the window last sent (made from its command registry), as main would build it. */
  menu(): MenuSpec | null;
  /** Sends an event from main to the window (a verbatim:// link opened outside it, say). */
  emit(event: EventName, payload: unknown): void;
}

export const test = base.extend<{ app: App }>({
  app: async ({ page }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-e2e-'));
    const archivePath = join(dir, 'archive.sqlite');
    const archive = Archive.open(archivePath);
    const queries = new QueryWorker(QUERY_WORKER, archivePath);
    // Started with the window, as the app does.
    queries.start();
    const { server, origin } = await serve();
    const handlers = new Map<string, (event: IpcEventLike, ...args: unknown[]) => unknown>();
    let hold: Promise<void> | null = null;
    const holdImports = (): (() => void) => {
      let release = (): void => undefined;
      hold = new Promise<void>((done) => (release = done));
      return () => {
        hold = null;
        release();
      };
    };
    const emit = (event: EventName, payload: unknown): void => {
      void page.evaluate(([e, p]) => window.__verbatimEmit(e as EventName, p), [event, payload] as const).catch(() => undefined);
    };
    registerHandlers(
      { handle: (channel, listener) => handlers.set(channel, listener) },
      createHandlers({
        archive,
        emit,
        chooseImportPaths: async () => null,
        // Exports and backups are written into the test's temporary folder.
        chooseSavePath: async (request) => join(dir, request.defaultName),
        // Imports run in the built import worker thread, as in the app.
        runImport: async (paths, options) => {
          const report = await importInWorker(WORKER, archivePath, paths, options);
          if (hold) await hold;
          return report;
        },
        // Searches and comparisons run in the built query worker thread, as in the app.
        queries,
      }),
      topFrameOf(origin),
    );
    // main/app/index.ts builds the native menu from what the window sends on MENU_CHANNEL; here it is kept for the test.
    let menu: MenuSpec | null = null;
    handlers.set(MENU_CHANNEL, (_event, spec) => {
      const parsed = MenuSpecSchema.safeParse(spec);
      if (!parsed.success) return { ok: false, error: 'Refused: a menu is one list of menus of commands.' };
      menu = parsed.data;
      return { ok: true, value: true };
    });
    await page.exposeBinding('__verbatimInvoke', async (source, channel: string, args: unknown[]) => {
      const handler = handlers.get(channel);
      if (!handler) return { ok: false, error: `No handler for ${channel}` };
      const event: IpcEventLike = { senderFrame: { url: source.frame.url(), parent: source.frame.parentFrame() } };
      return handler(event, ...args);
    });
    await page.addInitScript({ content: await bridge() });
    await page.goto(`${origin}/index.html`);
    const drop = async (paths: string[]): Promise<void> => {
      // A folder is dropped as one item whose path is the folder (its content is not read).
      const files = paths.map((path) => ({
        name: path.split(/[\\/]/).pop() as string,
        path,
        content: statSync(path).isDirectory() ? '' : readFileSync(path, 'base64'),
      }));
      await page.evaluate((list) => {
        const transfer = new DataTransfer();
        for (const f of list) {
          window.__verbatimPaths[f.name] = f.path;
          const bytes = Uint8Array.from(atob(f.content), (c) => c.charCodeAt(0));
          transfer.items.add(new File([bytes], f.name));
        }
        const target = document.querySelector('.dropzone') as HTMLElement;
        for (const type of ['dragenter', 'dragover', 'drop']) {
          target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
        }
      }, files);
    };
    await use({ page, archive, archivePath, drop, holdImports, menu: () => menu, emit });
    await queries.close();
    archive.close();
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  },
});

export { expect };
