import { documentsOf } from '../../main/import/types';
import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { MIGRATIONS } from '../../main/archive/migrations';
import { openDatabase, schemaVersion } from '../../main/archive/open';
import { parseKremlinText } from '../../main/import/kremlin-text';
import { SEARCH_MIGRATION } from '../../main/archive/search/schema';
import { SEED, tempArchivePath } from './helpers';

describe('migration 2 (search index)', () => {
  it('indexes the documents of a schema-1 archive, keeps them whole and takes no backup (it rewrites no row)', () => {
    expect(MIGRATIONS.find((m) => m.version === 2)).toBe(SEARCH_MIGRATION);
    expect(SEARCH_MIGRATION.rewritesData).toBe(false);
    const path = tempArchivePath();
    const old = openDatabase(path, { migrations: MIGRATIONS.slice(0, 1) });
    expect(schemaVersion(old)).toBe(1);
    // Written as Verbatim at schema 1 wrote them (today's writeDocument needs later tables).
    const now = '2024-01-01T00:00:00.000Z';
    for (const doc of documentsOf(parseKremlinText(readFileSync(SEED, 'utf8')))) {
      const id = Number(
        old
          .prepare(
            `INSERT INTO documents (title, title_key, date, time, place, summary, url, content_hash, format, imported_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'kremlin-text', ?, ?)`,
          )
          .run(doc.title, doc.title.toLowerCase(), doc.date, doc.time, doc.place, doc.summary, doc.url, `hash-${doc.title}`, now, now)
          .lastInsertRowid,
      );
      doc.turns.forEach((t, idx) =>
        old
          .prepare('INSERT INTO turns (document_id, idx, speaker, text) VALUES (?, ?, ?, ?)')
          .run(id, idx, t.speaker, t.paragraphs.join('\n\n')),
      );
      doc.persons.forEach((p, i) =>
        old.prepare("INSERT INTO tags (document_id, kind, value, position) VALUES (?, 'person', ?, ?)").run(id, p, i),
      );
    }
    const before = old.prepare('SELECT id, title, date, content_hash FROM documents ORDER BY id').all();
    const turnsBefore = old.prepare('SELECT * FROM turns ORDER BY id').all();
    old.close();

    // Up to the schema after this one (3); later migrations have tests of their own.
    const upTo3 = { migrations: MIGRATIONS.filter((m) => m.version <= 3) };
    const archive = Archive.open(path, upTo3);
    const db = new Database(path, { readonly: true });
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT id, title, date, content_hash FROM documents ORDER BY id').all()).toEqual(before);
    expect(db.prepare('SELECT * FROM turns ORDER BY id').all()).toEqual(turnsBefore);
    expect(db.prepare('SELECT count(*) FROM search_indexed').pluck().get()).toBe(2);
    expect(db.prepare('SELECT count(*) FROM search_pending').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM search_turns').pluck().get()).toBe(turnsBefore.length);
    db.close();
    expect(readdirSync(dirname(path)).filter((f) => f.endsWith('.bak'))).toEqual([]);

    const r = archive.search.search({ query: 'welcome speaker:jeenbekov' });
    expect(r).toMatchObject({ status: 'ok', total: 1, groups: [{ title: 'Meeting with President of Kyrgyzstan Sooronbay Jeenbekov' }] });
    expect(archive.search.search({ query: 'title:csto' })).toMatchObject({ total: 1 });
    archive.close();

    // Opening again applies nothing and rebuilds nothing.
    const again = Archive.open(path, upTo3);
    expect(again.search.search({ query: 'summit' })).toMatchObject({ status: 'ok' });
    again.close();
  });
});
