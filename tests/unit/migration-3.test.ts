import { documentsOf } from '../../main/import/types';
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { MIGRATIONS } from '../../main/archive/migrations';
import { openDatabase, schemaVersion } from '../../main/archive/open';
import { writeDocument } from '../../main/archive/write';
import { parseKremlinText } from '../../main/import/kremlin-text';
import { SEED, tempArchivePath } from './helpers';

describe('migration 3 (library)', () => {
  it('upgrades an archive built with the migrations before it, keeping its documents and filling speaker figures', () => {
    const path = tempArchivePath();
    const before = MIGRATIONS.filter((m) => m.version < 3);
    const old = openDatabase(path, { migrations: before });
    // Documents written by the code of the time: plain inserts, as migration 3's tables did not exist.
    const docs = documentsOf(parseKremlinText(readFileSync(SEED, 'utf8')));
    const insert = old.prepare(
      `INSERT INTO documents (title, title_key, date, time, place, content_hash, format, imported_at, updated_at, turn_count)
       VALUES (?, ?, ?, ?, ?, 'h', 'kremlin-text', 'now', 'now', ?)`,
    );
    for (const doc of docs) {
      const id = Number(insert.run(doc.title, doc.title.toLowerCase(), doc.date, doc.time, doc.place, doc.turns.length).lastInsertRowid);
      doc.turns.forEach((t, i) =>
        old
          .prepare('INSERT INTO turns (document_id, idx, speaker, text) VALUES (?, ?, ?, ?)')
          .run(id, i, t.speaker, t.paragraphs.join('\n\n')),
      );
      doc.persons.forEach((p, i) => old.prepare("INSERT INTO tags VALUES (?, 'person', ?, ?)").run(id, p, i));
    }
    expect(schemaVersion(old)).toBe(Math.max(...before.map((m) => m.version)));
    old.close();

    const archive = Archive.open(path);
    expect(archive.count()).toBe(2);
    const { ids } = archive.library.query({}, { column: 'date', direction: 'desc' });
    const [row] = archive.library.rows([ids[0]]);
    expect(row.title).toBe('Meeting with President of Kyrgyzstan Sooronbay Jeenbekov');
    expect(row.mainSpeakers).toContain('Vladimir Putin');
    const speakers = archive.library.speakers(ids[0]);
    expect(speakers.map((s) => [s.person, s.role])).toEqual(
      expect.arrayContaining([
        ['Vladimir Putin', 'President of Russia'],
        ['Sooronbay Jeenbekov', 'President of Kyrgyzstan'],
      ]),
    );
    expect(speakers.every((s) => s.words > 0 && s.turns > 0)).toBe(true);
    archive.close();
    const db = new Database(path, { readonly: true });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining([
        'annotations',
        'collections',
        'collection_documents',
        'saved_filters',
        'trash',
        'document_edits',
        'tag_edits',
        'document_speakers',
      ]),
    );
    db.close();
  });

  it('is recorded once and writes keep the figures current', () => {
    const path = tempArchivePath();
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(3);
    const [doc] = documentsOf(parseKremlinText(readFileSync(SEED, 'utf8')));
    const { id } = writeDocument(db, doc, { path: SEED, size: 1, fileHash: 'h', format: 'kremlin-text' });
    const n = db.prepare('SELECT count(*) FROM document_speakers WHERE document_id = ?').pluck().get(id) as number;
    expect(n).toBeGreaterThan(0);
    expect(db.prepare('SELECT count(*) FROM schema_migrations WHERE version = 3').pluck().get()).toBe(1);
    db.close();
  });
});
