import { documentsOf } from '../../main/import/types';
import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { MIGRATIONS } from '../../main/archive/migrations';
import { schemaVersion } from '../../main/archive/open';
import { speakerMatcher, speakersOf } from '../../main/compare/passages';
import { compareDocuments } from '../../main/compare/service';
import { parseKremlinText } from '../../main/import/kremlin-text';
import { FIXTURES, tempArchivePath } from './helpers';

describe('migration 7: one person model', () => {
  it('upgrades a schema-6 archive: spellings of one person resolved to one, backup taken, turns kept', () => {
    const path = tempArchivePath();
    const old = Archive.open(path, { migrations: MIGRATIONS.filter((m) => m.version <= 6) });
    for (const id of ['17976', '57692']) {
      const [doc] = documentsOf(parseKremlinText(readFileSync(join(FIXTURES, 'kremlin_en_txt', `${id}.txt`), 'utf8')));
      old.write(doc, { path: `/${id}.txt`, size: 1, fileHash: id, format: 'kremlin-text' });
    }
    old.close();
    const before = new Database(path);
    expect(schemaVersion(before)).toBe(6);
    const persons = before
      .prepare("SELECT DISTINCT person FROM document_speakers WHERE label LIKE 'Kirill Kle%'")
      .pluck()
      .all() as string[];
    expect(persons.length).toBeGreaterThan(1);
    const turns = before.prepare('SELECT id, document_id, idx, speaker, text FROM turns ORDER BY id').all();
    before.close();

    const archive = Archive.open(path);
    archive.close();
    expect(existsSync(`${path}.schema-6.bak`)).toBe(true);
    const after = new Database(path, { readonly: true });
    expect(schemaVersion(after)).toBeGreaterThanOrEqual(7);
    expect(after.prepare("SELECT DISTINCT person FROM document_speakers WHERE label LIKE 'Kirill Kle%'").pluck().all()).toEqual([
      'Kirill Kleymenov',
    ]);
    expect(after.prepare('SELECT count(*) FROM document_speakers WHERE person IS NOT NULL AND person_key IS NULL').pluck().get()).toBe(0);
    expect(after.prepare('SELECT id, document_id, idx, speaker, text FROM turns ORDER BY id').all()).toEqual(turns);
    after.close();
  });
});

describe('Compare lists persons, not labels', () => {
  it('offers "Vladimir Putin" once for both of his labels, and the choice keeps both', () => {
    const archive = Archive.open(tempArchivePath());
    const [doc] = documentsOf(parseKremlinText(readFileSync(join(FIXTURES, 'kremlin_en_txt', '17093.txt'), 'utf8')));
    const { id } = archive.write(doc, { path: '/17093.txt', size: 1, fileHash: 'a', format: 'kremlin-text' });
    const labels = archive.library.speakers(id);
    const byLabel = Object.fromEntries(labels.map((s) => [s.label, s.person]));
    const turns = archive.get(id)?.turns ?? [];
    expect(speakersOf(turns).filter((s) => /Vladimir Putin$/.test(s))).toHaveLength(2);
    expect(speakersOf(turns, byLabel).filter((s) => /Vladimir Putin$/.test(s))).toEqual(['Vladimir Putin']);
    const all = compareDocuments(archive, { left: { documentId: id }, right: { documentId: id } });
    expect(all.left.speakers.filter((s) => /Vladimir Putin$/.test(s))).toEqual(['Vladimir Putin']);
    const matches = speakerMatcher('Vladimir Putin', archive.get(id)?.persons ?? [], byLabel);
    expect(labels.filter((s) => matches(s.label)).map((s) => s.label)).toEqual(
      expect.arrayContaining(['President of Russia Vladimir Putin', 'Vladimir Putin']),
    );
    archive.close();
  });
});
