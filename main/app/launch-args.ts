/**
 * What a launch of Verbatim asked for on its command line: an archive
 * (`--archive FILE`), files or folders to import, and verbatim:// links to open
 * (shared/links.ts; the system passes a clicked link as an argument). A second launch hands its
 * LaunchArgs to the running one (app.requestSingleInstanceLock's additional
 * data), which focuses its window and imports the files. Plain Node.
 */
import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { isLink } from '../../shared/links';

export interface LaunchArgs {
  /** The archive named with --archive, as an absolute path; null when none was. */
  archive: string | null;
  /** Files and folders named on the command line, as absolute paths. */
  files: string[];
  /** verbatim:// links, as given (their targets are read by shared/links.ts). */
  links: string[];
}

const MAX_LAUNCH_FILES = 10_000;
const LaunchPath = z.string().min(1).max(32_767).refine(isAbsolute, 'a launch path must be absolute');
const LaunchArgsSchema = z
  .object({
    archive: LaunchPath.nullable(),
    files: z.array(LaunchPath).max(MAX_LAUNCH_FILES),
    links: z.array(z.string().max(200).refine(isLink, 'not a verbatim:// link')).max(100),
  })
  .strict();

/**
 * Reads a process's argv. argv[0] is the executable; when Electron runs an app
 * folder (`electron . …`, process.defaultApp) the first argument that is not a
 * switch is that folder and is skipped too. Switches (Electron's, Chromium's,
 * `--inspect=…`) are skipped; `--archive FILE` and `--archive=FILE` name the
 * archive; after `--` everything is a file. Relative paths are resolved
 * against `cwd` (the launching shell's folder).
 */
export function launchArgs(argv: readonly string[], defaultApp: boolean, cwd: string): LaunchArgs {
  let archive: string | null = null;
  const files: string[] = [];
  const links: string[] = [];
  let appPathSkipped = !defaultApp;
  let switchesEnd = false;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (!switchesEnd && arg === '--') {
      switchesEnd = true;
    } else if (!switchesEnd && arg === '--archive') {
      const value = argv[i + 1];
      if (value !== undefined) archive = resolve(cwd, value);
      i++;
    } else if (!switchesEnd && arg.startsWith('--archive=')) {
      const value = arg.slice('--archive='.length);
      if (value) archive = resolve(cwd, value);
    } else if (!switchesEnd && arg.startsWith('-')) {
      // A switch for Electron, Chromium or Node; not ours.
    } else if (isLink(arg)) {
      if (links.length < 100 && arg.length <= 200) links.push(arg);
    } else if (!appPathSkipped) {
      appPathSkipped = true;
    } else if (arg && files.length < MAX_LAUNCH_FILES) {
      files.push(resolve(cwd, arg));
    }
  }
  return { archive, files, links };
}

/** The LaunchArgs a second launch handed over, checked (it is another process's data); null when malformed. */
export function handedOver(data: unknown): LaunchArgs | null {
  const parsed = LaunchArgsSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
