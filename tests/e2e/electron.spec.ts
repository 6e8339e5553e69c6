import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
});
