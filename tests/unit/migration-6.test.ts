import { documentsOf } from '../../main/import/types';
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { MIGRATIONS } from '../../main/archive/migrations';
import { schemaVersion } from '../../main/archive/open';
import { parseKremlinText } from '../../main/import/kremlin-text';
import { FIXTURES, tempArchivePath } from './helpers';

describe('migration 6: versions say what they are', () => {
  it('upgrades a schema-5 archive: its versions are replaced texts, kept whole', () => {
    const path = tempArchivePath();
    const text = readFileSync(join(FIXTURES, 'kremlin_en_txt', '62149.txt'), 'utf8');
    const old = Archive.open(path, { migrations: MIGRATIONS.filter((m) => m.version <= 5) });
    const source = { path: '/a.txt', size: 1, fileHash: 'a', format: 'kremlin-text' as const };
    const [doc] = documentsOf(parseKremlinText(text));
    const { id } = old.write(doc, source);
    old.close();

    // A replaced text as schema 5 stored it (today's writer would fill the new columns).
    const before = new Database(path);
    expect(schemaVersion(before)).toBe(5);
    before
      .prepare('INSERT INTO document_versions (document_id, content_hash, turns, replaced_at) VALUES (?, ?, ?, ?)')
      .run(id, 'earlier', JSON.stringify([{ speaker: 'Vladimir Putin', text: 'An earlier text.' }]), '2020-01-01T00:00:00.000Z');
    const rows = before.prepare('SELECT id, document_id, content_hash, turns FROM document_versions').all();
    before.close();

    const archive = Archive.open(path);
    expect(archive.compare.versions(id)).toEqual([
      { id: expect.any(Number), replacedAt: '2020-01-01T00:00:00.000Z', kind: 'replaced', source: null },
    ]);
    expect(archive.compare.version(archive.compare.versions(id)[0].id)?.turns).toEqual([
      { speaker: 'Vladimir Putin', text: 'An earlier text.' },
    ]);
    archive.close();
    const after = new Database(path, { readonly: true });
    expect(schemaVersion(after)).toBeGreaterThanOrEqual(6);
    expect(after.prepare('SELECT id, document_id, content_hash, turns FROM document_versions').all()).toEqual(rows);
    after.close();
  });
});
