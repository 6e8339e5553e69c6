import { documentsOf } from '../../main/import/types';
import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { MIGRATIONS } from '../../main/archive/migrations';
import { schemaVersion } from '../../main/archive/open';
import { parseKremlinText } from '../../main/import/kremlin-text';
import { SEED, tempArchivePath } from './helpers';

describe('migration 4: the unstemmed turn index goes', () => {
  it('upgrades a schema-3 archive holding documents: data kept, search works, backup taken', () => {
    const path = tempArchivePath();
    const before = MIGRATIONS.filter((m) => m.version < 4);
    const old = Archive.open(path, { migrations: before });
    for (const doc of documentsOf(parseKremlinText(readFileSync(SEED, 'utf8'))))
      old.write(doc, { path: SEED, size: 1, fileHash: 'h', format: 'kremlin-text' });
    old.close();

    const archive = Archive.open(path, { migrations: MIGRATIONS.filter((m) => m.version <= 4) });
    expect(archive.count()).toBe(2);
    expect(archive.list().map((d) => d.title)).toEqual(['Meeting with President of Kyrgyzstan Sooronbay Jeenbekov', 'CSTO summit']);
    expect(archive.search.search({ query: 'peacekeeping' })).toMatchObject({ total: 1 });
    archive.close();

    const db = new Database(path, { readonly: true });
    expect(schemaVersion(db)).toBe(4);
    const names = (db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'turns%'").all() as { name: string }[]).map((r) => r.name);
    expect(names).toEqual(['turns']);
    expect((db.prepare('SELECT count(*) AS n FROM turns').get() as { n: number }).n).toBeGreaterThan(2);
    db.close();

    const backups = readdirSync(dirname(path)).filter((name) => name.endsWith('.bak'));
    expect(backups).toEqual(['archive.sqlite.schema-3.bak']);
    const copy = new Database(join(dirname(path), backups[0]), { readonly: true });
    expect(schemaVersion(copy)).toBe(3);
    expect((copy.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(2);
    copy.close();
  });
});
