/**
 * The main process's own record of which paths each window may import, and
 * the gate that checks `import:paths` against it. Plain Node (no Electron), so
 * tests drive it with real folders and links.
 *
 * Threat model. The page (app://verbatim, React) is treated as possibly
 * compromised: a bug could let imported text run as script. Such a page can
 * call every function of window.verbatim, so it can ask `import:paths` for any
 * path it names (e.g. ~/.ssh/config) and then read the result back as a
 * document. What stops it:
 *  - Main grants paths only from what the user did: its own open dialogs (the
 *    import dialog, files named on the command line) and drops. A drop is known
 *    only to the preload (webUtils.getPathForFile gives a path only for a File
 *    the user dropped or picked; a File the page builds has none), which runs
 *    in an isolated world the page cannot reach and reports the paths on
 *    DROP_GRANT_CHANNEL, a channel the page has no way to send on (it has no
 *    ipcRenderer). Grants are kept per window (webContents id) and forgotten
 *    when the window goes.
 *  - Paths are compared as REAL paths (fs.realpath): a file inside a granted
 *    folder is allowed when its real path is inside the folder's real path, so
 *    a link inside a granted folder that points elsewhere is refused, and `..`
 *    segments are refused outright. A path that is not there (a zip entry,
 *    "<zip>/<entry>", or a moved file) is judged by its nearest existing
 *    ancestor: the zip, or the folder.
 * Not covered: a renderer PROCESS compromised below the page (native code
 * execution) can send on any channel, the drop channel included, and so grant
 * itself paths; the sandbox and the other checks (sender frame, contract) are
 * the defence there. Folder walks during an import follow what the user's own
 * folder holds (see importer/collect.ts); this gate judges the paths named.
 */
import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute } from 'node:path';
import { z } from 'zod';
import { DROP_GRANT_CHANNEL, hasParentSegment } from '../../preload/path-grants';
import type { CallGuard, IpcEventLike, IpcMainLike } from '../ipc/ipc';

/** A window's webContents id. */
export type WindowId = number;

/** Grants kept per window; beyond this the oldest are forgotten (each drop grants its items, not their contents). */
export const MAX_GRANTS_PER_WINDOW = 200_000;
/** Paths resolved at once: enough to hide the file system's latency, few enough not to flood libuv's pool. */
const CONCURRENCY = 32;

const DroppedPaths = z.array(z.string().min(1).max(32_767)).min(1).max(100_000);

type Resolved = { ok: true; real: string } | { ok: false; reason: string };

const OUTSIDE = 'only files dropped on the window or chosen in a dialog (and what is inside them) are imported';

async function mapLimited<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, lane));
  return results;
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/**
 * The real path of `path`, or of its nearest existing ancestor when it is not
 * there (a zip entry "<zip>/<entry>" resolves to the zip). Relative paths and
 * `..` segments are refused before the file system is asked.
 */
async function resolveReal(path: string): Promise<Resolved> {
  if (!isAbsolute(path)) return { ok: false, reason: 'it is not a full path' };
  if (hasParentSegment(path)) return { ok: false, reason: 'a path may not go up a folder with “..”' };
  let current = path;
  for (;;) {
    try {
      return { ok: true, real: await realpath(current) };
    } catch (error) {
      const code = errorCode(error);
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        return { ok: false, reason: `its real location could not be found (${code ?? 'unknown error'})` };
      }
    }
    const parent = dirname(current);
    if (parent === current) return { ok: false, reason: 'it is not there' };
    current = parent;
  }
}

export class WindowPathGrants {
  /** Real paths granted, per window, oldest first. */
  private readonly byWindow = new Map<WindowId, Set<string>>();

  /**
   * Grants `paths` to a window, by real path. A path that is not there, is
   * relative or has a `..` segment is not granted. Returns the real paths granted.
   */
  async grant(window: WindowId, paths: readonly string[]): Promise<string[]> {
    const reals = await mapLimited(paths, async (path) => {
      if (!isAbsolute(path) || hasParentSegment(path)) return null;
      try {
        return await realpath(path);
      } catch {
        return null;
      }
    });
    const granted = reals.filter((real): real is string => real !== null);
    if (granted.length === 0) return granted;
    const set = this.byWindow.get(window) ?? new Set<string>();
    this.byWindow.set(window, set);
    for (const real of granted) {
      set.delete(real); // re-granting makes it the newest
      set.add(real);
    }
    for (const oldest of set) {
      if (set.size <= MAX_GRANTS_PER_WINDOW) break;
      set.delete(oldest);
    }
    return granted;
  }

  /** Forgets a window's grants (its webContents was destroyed). */
  forget(window: WindowId): void {
    this.byWindow.delete(window);
  }

  /** True when `real` is a granted real path or inside one. */
  private covers(set: ReadonlySet<string>, real: string): boolean {
    let current = real;
    for (;;) {
      if (set.has(current)) return true;
      const parent = dirname(current);
      if (parent === current) return false;
      current = parent;
    }
  }

  /** null when the window may import every one of `paths`, else a message naming the first it may not. */
  async refusal(window: WindowId | null, paths: readonly string[]): Promise<string | null> {
    if (window === null) return 'Refused to import: the request did not say which window it came from.';
    const set = this.byWindow.get(window) ?? new Set<string>();
    const verdicts = await mapLimited(paths, async (path): Promise<string | null> => {
      const resolved = await resolveReal(path);
      if (!resolved.ok) return `Refused to import ${path}: ${resolved.reason}.`;
      return this.covers(set, resolved.real) ? null : `Refused to import ${path}: ${OUTSIDE}.`;
    });
    return verdicts.find((verdict) => verdict !== null) ?? null;
  }
}

/** The webContents id of the window that sent an IPC message, when the transport says. */
export function senderId(event: IpcEventLike): WindowId | null {
  return typeof event.sender?.id === 'number' ? event.sender.id : null;
}

/** A guard for registerHandlers (main/ipc/ipc.ts): `import:paths` only for paths granted to the calling window. */
export function importPathsGuard(grants: WindowPathGrants): CallGuard {
  return (channel, event, args) => (channel === 'import:paths' ? grants.refusal(senderId(event), args[0] as string[]) : null);
}

/**
 * Listens on DROP_GRANT_CHANNEL, where the preload reports the paths of files
 * and folders dropped on its window; only the app's own top frame is heard.
 */
export function registerDropGrants(ipc: IpcMainLike, grants: WindowPathGrants, trusted: (event: IpcEventLike) => boolean): void {
  ipc.handle(DROP_GRANT_CHANNEL, async (event, ...args) => {
    if (!trusted(event)) return { ok: false, error: 'Refused: the drop was not reported by Verbatim’s own window.' };
    const window = senderId(event);
    if (window === null) return { ok: false, error: 'Refused: the drop did not say which window it came from.' };
    const paths = DroppedPaths.safeParse(args[0]);
    if (!paths.success || args.length !== 1) return { ok: false, error: 'Refused: a drop report is one list of paths.' };
    return { ok: true, value: (await grants.grant(window, paths.data)).length };
  });
}
