import { buildSync } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
/** Inside the project, so the bundle finds better-sqlite3 in node_modules. */
const OUT = join(ROOT, 'node_modules', '.cache', 'verbatim-tests');
const built = new Map<string, string>();

/**
 * Bundles one of the program's entry points (an import worker, the CLI) from the
 * current sources into a plain .js file that a Worker or a child process can run,
 * so tests drive the code as it is now, not a stale `out/` build.
 */
export function bundleEntry(entry: string): string {
  const done = built.get(entry);
  if (done) return done;
  mkdirSync(OUT, { recursive: true });
  const outfile = join(OUT, `${entry.replace(/[\\/]/g, '-').replace(/\.ts$/, '')}-${process.pid}.js`);
  buildSync({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    outfile,
    logLevel: 'error',
  });
  built.set(entry, outfile);
  return outfile;
}
