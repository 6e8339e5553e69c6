import { buildSync } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const ROOT = join(__dirname, '..', '..');
/** Inside the project, so the bundle finds better-sqlite3 in node_modules. */
const OUT = join(ROOT, 'node_modules', '.cache', 'verbatim-tests');
const built = new Map<string, string>();
afterAll(() => {
  for (const file of built.values()) rmSync(file, { force: true });
  built.clear();
});

function build(key: string, input: Parameters<typeof buildSync>[0]): string {
  const done = built.get(key);
  if (done) return done;
  mkdirSync(OUT, { recursive: true });
  const outfile = join(OUT, `${key.replace(/[^\w-]+/g, '-')}-${process.pid}.js`);
  buildSync({
    ...input,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    outfile,
    logLevel: 'error',
  });
  built.set(key, outfile);
  return outfile;
}

/**
 * Bundles one of the program's entry points (an import worker, the CLI) from the
 * current sources into a plain .js file that a Worker or a child process can run,
 * so tests drive the code as it is now, not a stale `out/` build.
 */
export function bundleEntry(entry: string): string {
  return build(entry.replace(/\.ts$/, ''), { entryPoints: [join(ROOT, entry)] });
}

/** Bundles a small TypeScript program written in a test (imports relative to the project root). */
export function bundleSource(name: string, contents: string): string {
  return build(`source-${name}`, { stdin: { contents, resolveDir: ROOT, loader: 'ts' } });
}
