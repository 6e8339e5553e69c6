/**
 * Paths the page may ask to import: those the user gave it by dropping files
 * or folders (webUtils.getPathForFile), anything inside a dropped folder, and
 * paths an import reported back (to import a dataset again with a column
 * mapping). Kept in the isolated preload, so even a compromised page cannot
 * make Verbatim read a file the user did not choose.
 */
export class PathGrants {
  private readonly granted = new Set<string>();

  grant(path: string): string {
    if (path) this.granted.add(path);
    return path;
  }

  /** Grants the paths of an import report's files (they came from the main process). */
  grantReported(report: unknown): void {
    const lists = report && typeof report === 'object' ? (report as Record<string, unknown>) : {};
    for (const key of ['documents', 'failed', 'skipped']) {
      const list = lists[key];
      if (Array.isArray(list)) for (const item of list) if (item && typeof item.path === 'string') this.grant(item.path);
    }
  }

  private allowed(path: string): boolean {
    if (this.granted.has(path)) return true;
    for (const granted of this.granted) {
      if (path.startsWith(`${granted}/`) || path.startsWith(`${granted}\\`)) return !/(^|[\\/])\.\.([\\/]|$)/.test(path);
    }
    return false;
  }

  /** null when every path was granted, else a message naming the first that was not. */
  refusal(paths: unknown): string | null {
    if (!Array.isArray(paths)) return null; // the contract's validator answers malformed arguments
    const stranger = paths.find((path) => typeof path === 'string' && !this.allowed(path));
    return stranger === undefined ? null : `Refused to import ${String(stranger)}: only files dropped on the window or chosen in a dialog are imported.`;
  }
}
