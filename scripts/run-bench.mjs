// Runs a benchmark written in TypeScript: bundles bench/<name>.ts with esbuild
// (packages stay external, so better-sqlite3 is Node's build) and runs it with
// the remaining arguments.  Usage: node scripts/run-bench.mjs <name> [args...]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [name, ...args] = process.argv.slice(2);
if (!name) {
  console.error('usage: node scripts/run-bench.mjs <name> [args...]');
  process.exit(2);
}
const outfile = join(root, 'out', 'bench', `${name}.cjs`);
await build({
  entryPoints: [join(root, 'bench', `${name}.ts`)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, ['--expose-gc', outfile, ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);
