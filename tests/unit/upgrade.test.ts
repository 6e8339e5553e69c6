import Database from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { MIGRATIONS } from '../../main/archive/migrations';
import { schemaVersion } from '../../main/archive/open';
import { pendingUpgrade, upgradeInWorker } from '../../main/archive/upgrade';
import { spokenDocument, tempArchivePath } from './helpers';

const WORKER = join(__dirname, '..', '..', 'out', 'main', 'upgrade-worker.js');
const NEWEST = Math.max(...MIGRATIONS.map((m) => m.version));

/** An archive written by the Verbatim whose newest migration was `version`, holding one speech. */
function archiveAt(version: number): string {
  const path = tempArchivePath();
  const archive = Archive.open(path, { migrations: MIGRATIONS.filter((m) => m.version <= version) });
  archive.write(spokenDocument('Meeting with the Government', '2019-04-10', [['Vladimir Putin', 'Good afternoon, colleagues.']]), {
    path: '/0.html',
    size: 1,
    fileHash: '0',
    format: 'kremlin-html',
  });
  archive.close();
  return path;
}

const version = (path: string): number => {
  const db = new Database(path, { readonly: true });
  try {
    return schemaVersion(db);
  } finally {
    db.close();
  }
};

describe('upgrading an archive from an earlier Verbatim before the window opens', () => {
  it('says which upgrade opening an archive would run, and none where there is nothing to upgrade', () => {
    expect(pendingUpgrade(archiveAt(9))).toEqual({ from: 9, to: NEWEST, backup: true });
    expect(pendingUpgrade(archiveAt(NEWEST))).toBeNull();
    // A new archive is made in an instant; a file that is no archive is refused by its opening, with its reason.
    expect(pendingUpgrade(join(dirname(tempArchivePath()), 'not-yet.sqlite'))).toBeNull();
    const garbage = tempArchivePath();
    writeFileSync(garbage, 'these are not the bytes of an SQLite file '.repeat(200));
    expect(pendingUpgrade(garbage)).toBeNull();
    expect(() => Archive.open(garbage)).toThrow(/not a database/);
    // Only migrations that add tables: no backup is due.
    const first = tempArchivePath();
    Archive.open(first, { migrations: MIGRATIONS.filter((m) => m.version <= 1) }).close();
    expect(pendingUpgrade(first, { migrations: MIGRATIONS.filter((m) => m.version <= 2) })).toEqual({ from: 1, to: 2, backup: false });
  });

  it('runs the migrations in a worker thread: the archive is upgraded, backed up whole first, and opens at once', async () => {
    const path = archiveAt(9);
    await upgradeInWorker(WORKER, path);
    expect(version(path)).toBe(NEWEST);
    expect(pendingUpgrade(path)).toBeNull();
    const beside = readdirSync(dirname(path)).filter((name) => name.startsWith(basename(path)));
    expect(beside).toContain(`${basename(path)}.schema-9.bak`);
    expect(beside.some((name) => name.endsWith('.partial'))).toBe(false);
    expect(version(`${path}.schema-9.bak`)).toBe(9);
    const archive = Archive.open(path);
    expect(archive.search.search({ query: 'colleagues', part: 'page' })).toMatchObject({ status: 'page', total: 1 });
    archive.close();
  });

  it('rejects with the reason the archive cannot be opened, leaving it as it was', async () => {
    const path = archiveAt(NEWEST);
    const db = new Database(path);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'from a newer Verbatim', '2030-01-01')").run(
      NEWEST + 1,
    );
    db.close();
    await expect(upgradeInWorker(WORKER, path)).rejects.toThrow(/newer Verbatim/);
    expect(version(path)).toBe(NEWEST + 1);
    expect(existsSync(`${path}.schema-${NEWEST + 1}.bak`)).toBe(false);
  });
});
