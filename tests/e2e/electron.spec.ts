import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Archive } from '../../main/archive/archive';
import { MIGRATIONS } from '../../main/archive/migrations';
import { schemaVersion } from '../../main/archive/open';
import { emptyDocument } from '../../main/import/types';

const ROOT = join(__dirname, '..', '..');

/** The Electron binary npm installed, read the way the electron package finds it (without triggering a download). */
function electronBinary(): string | null {
  const pkg = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const SKIP_REASON = 'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD); runs where Electron is present';
if (!binary) console.log(`electron.spec.ts: skipped — ${SKIP_REASON}`);

test.describe('the real Electron window', () => {
  test.skip(binary === null, SKIP_REASON);

  test('opens on the bundled sample and reads a transcript', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-electron-'));
    const app = await electron.launch({
      executablePath: binary as string,
      args: [ROOT, '--archive', join(dir, 'archive.sqlite')],
    });
    try {
      const page = await app.firstWindow();
      const rows = page.locator('.doc-row');
      await expect(rows).toHaveCount(2);
      await rows.first().click();
      await expect(page.locator('.speaker').first()).toHaveText('President of Kyrgyzstan Sooronbay Jeenbekov');
      const isolated = await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require === 'undefined');
      expect(isolated).toBe(true);
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('upgrades an archive from an earlier Verbatim, in a window of its own, then opens it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-electron-'));
    const path = join(dir, 'archive.sqlite');
    const old = Archive.open(path, { migrations: MIGRATIONS.filter((m) => m.version <= 9) });
    old.write(
      {
        ...emptyDocument('Meeting with the Government'),
        date: '2019-04-10',
        turns: [{ speaker: 'Vladimir PUTIN', paragraphs: ['Good afternoon.'] }],
      },
      { path: '/0.html', size: 1, fileHash: '0', format: 'kremlin-html' },
    );
    old.close();
    const app = await electron.launch({ executablePath: binary as string, args: [ROOT, '--archive', path] });
    try {
      // The upgrade's window comes first; the main window takes its place once the archive is upgraded.
      const main = () => app.windows().find((w) => w.url().endsWith('/index.html'));
      await expect.poll(() => main() !== undefined, { timeout: 30_000 }).toBe(true);
      await expect(main()!.locator('.doc-row')).toHaveCount(1);
      await expect.poll(() => app.windows().length).toBe(1);
      expect(existsSync(`${path}.schema-9.bak`)).toBe(true);
    } finally {
      await app.close();
    }
    const db = new Database(path, { readonly: true });
    expect(schemaVersion(db)).toBe(Math.max(...MIGRATIONS.map((m) => m.version)));
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
