/**
 * What the window loads at start is kept small: the renderer's JavaScript and
 * the preload bridge have size budgets, and neither carries the contract's
 * validators (zod stays in main, which checks every call).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const out = join(root, 'out');
const RENDERER_BUDGET = 600 * 1024;
const PRELOAD_BUDGET = 20 * 1024;

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.js'))
    .map((name) => join(dir, name));
}

const totalSize = (files: string[]): number => files.reduce((sum, file) => sum + statSync(file).size, 0);

describe('bundle budgets', () => {
  beforeAll(() => {
    // `npm test` builds first; a lone `vitest run` on a fresh checkout builds here.
    if (!existsSync(join(out, 'renderer')) || !existsSync(join(out, 'preload'))) {
      execFileSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
        cwd: root,
        stdio: 'ignore',
      });
    }
  }, 180_000);

  it(`keeps the renderer's JavaScript within ${RENDERER_BUDGET / 1024} kB`, () => {
    const files = jsFiles(join(out, 'renderer'));
    expect(files.length).toBeGreaterThan(0);
    expect(totalSize(files)).toBeLessThanOrEqual(RENDERER_BUDGET);
  });

  it(`keeps the preload bridge within ${PRELOAD_BUDGET / 1024} kB`, () => {
    const files = jsFiles(join(out, 'preload'));
    expect(files.length).toBeGreaterThan(0);
    expect(totalSize(files)).toBeLessThanOrEqual(PRELOAD_BUDGET);
  });

  it('ships no validator library to the window', () => {
    for (const file of [...jsFiles(join(out, 'renderer')), ...jsFiles(join(out, 'preload'))]) {
      // zod's core class names survive minification as strings in its error messages.
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\$ZodType|ZodError/);
    }
  });
});
