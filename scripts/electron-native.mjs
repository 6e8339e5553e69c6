// Builds better-sqlite3 for Electron's ABI into native/electron-<version>/,
// leaving node_modules/better-sqlite3 (Node's ABI, used by the tests and the CLI) untouched.
// The app loads this binary through better-sqlite3's `nativeBinding` option.
// First it asks for a prebuilt binary (prebuild-install); without one it compiles
// from source with node-gyp against Electron's headers.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronVersion = require('electron/package.json').version;
const target = join(root, 'native', `electron-${electronVersion}`, 'better_sqlite3.node');

if (existsSync(target)) process.exit(0);

const source = dirname(require.resolve('better-sqlite3/package.json'));
const work = join(root, 'native', 'build', 'better-sqlite3');
rmSync(work, { recursive: true, force: true });
mkdirSync(dirname(work), { recursive: true });
cpSync(source, work, { recursive: true, filter: (path) => !path.startsWith(join(source, 'build')) });

const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const run = (command, args) => execFileSync(command, args, { cwd: work, stdio: 'inherit', shell: process.platform === 'win32' });

console.log(`Verbatim: preparing better-sqlite3 for Electron ${electronVersion} (${process.platform}-${process.arch})…`);
try {
  run(bin('prebuild-install'), ['--runtime', 'electron', '--target', electronVersion, '--arch', process.arch]);
} catch {
  console.log('No prebuilt binary; compiling better-sqlite3 against Electron headers (a few minutes)…');
  run(bin('node-gyp'), [
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    '--dist-url=https://electronjs.org/headers',
    `--arch=${process.arch}`,
  ]);
}
mkdirSync(dirname(target), { recursive: true });
copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
rmSync(join(root, 'native', 'build'), { recursive: true, force: true });
console.log(`Verbatim: wrote ${target}`);
