/**
 * Paths the page may ask to import, as the isolated preload sees them: those
 * the user gave it by dropping files or folders (webUtils.getPathForFile),
 * anything inside a dropped folder or zip, and datasets an import reported
 * back (to import them again with a column mapping).
 *
 * This is the first of two gates. The preload has no file system (it is
 * sandboxed), so it compares paths as text; the main process keeps its own
 * grants per window and compares real paths (main/app/path-grants.ts). The
 * preload reports dropped paths to main on DROP_GRANT_CHANNEL, a channel the
 * page cannot reach (it has no ipcRenderer).
 */

/** The preload -> main channel that reports dropped paths. Not part of the page's API (shared/contract/api.ts). */
export const DROP_GRANT_CHANNEL = 'verbatim:grant-dropped-paths';

/** A `..` segment, with either separator (a zip entry may name `..\..\x`). */
const PARENT_SEGMENT = /(^|[\\/])\.\.([\\/]|$)/;
/** A path inside a zip file, as import reports name zip entries: "<zip path>/<entry>". */
const ZIP_ENTRY = /^(.*?\.zip)[\\/]/i;

export function hasParentSegment(path: string): boolean {
  return PARENT_SEGMENT.test(path);
}

/** POSIX "/…", Windows "C:\…" or "\\server\share\…". */
function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

export class PathGrants {
  private readonly granted = new Set<string>();

  /** Grants a path the user gave; a relative path or one with `..` segments is never granted. Returns the path. */
  grant(path: string): string {
    if (path && isAbsolute(path) && !hasParentSegment(path)) this.granted.add(path);
    return path;
  }

  /**
   * Grants the datasets an import reported back for a column mapping (the
   * page asks to import exactly those paths again). A zip entry
   * ("<zip>/<entry>") grants its zip; a path with `..` is never granted. The
   * main process checks every one again against its own grants, by real path.
   */
  grantReported(report: unknown): void {
    const failed = report && typeof report === 'object' ? (report as Record<string, unknown>).failed : undefined;
    if (!Array.isArray(failed)) return;
    for (const item of failed) {
      if (!item || typeof item.path !== 'string' || !Array.isArray(item.columns)) continue;
      const path: string = item.path;
      if (hasParentSegment(path)) continue;
      this.grant(ZIP_ENTRY.exec(path)?.[1] ?? path);
    }
  }

  private allowed(path: string): boolean {
    if (hasParentSegment(path)) return false;
    if (this.granted.has(path)) return true;
    for (const granted of this.granted) {
      if (path.startsWith(`${granted}/`) || path.startsWith(`${granted}\\`)) return true;
    }
    return false;
  }

  /** null when every path was granted, else a message naming the first that was not. */
  refusal(paths: unknown): string | null {
    if (!Array.isArray(paths)) return null; // the contract's validator answers malformed arguments
    const stranger = paths.find((path) => typeof path === 'string' && !this.allowed(path));
    return stranger === undefined
      ? null
      : `Refused to import ${String(stranger)}: only files dropped on the window or chosen in a dialog are imported.`;
  }
}

/** The slice of ipcRenderer the gate uses. */
export interface InvokeLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
}

/** Paths per drop report (main takes at most 100,000 in one). */
const DROP_REPORT_CHUNK = 10_000;

/**
 * The preload's import gate over ipcRenderer: `import:paths` only for granted
 * paths; dropped paths reported to main (awaited) before the import that uses
 * them; datasets to map granted from main's 'import:finished' reports (those
 * of an import from the dialog or the command line are new to the preload).
 */
export function importPathGate(ipc: InvokeLike) {
  const grants = new PathGrants();
  /** Dropped paths main has not been told of yet. */
  const unreported: string[] = [];
  return {
    invoke: async (channel: string, ...args: unknown[]): Promise<unknown> => {
      if (channel === 'import:paths') {
        const refusal = grants.refusal(args[0]);
        if (refusal) return { ok: false, error: refusal };
        while (unreported.length) await ipc.invoke(DROP_GRANT_CHANNEL, unreported.splice(0, DROP_REPORT_CHUNK));
      }
      return ipc.invoke(channel, ...args);
    },
    /** An import's report, from main's 'import:finished' event (the page cannot send it). */
    reported: (report: unknown): void => grants.grantReported(report),
    /** Records the path webUtils.getPathForFile gave for a dropped File ('' for a File the page made). */
    dropped: (path: string): string => {
      grants.grant(path);
      if (path) unreported.push(path); // main judges it again by its real path
      return path;
    },
  };
}
