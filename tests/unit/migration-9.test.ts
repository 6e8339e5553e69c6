import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { MIGRATIONS } from '../../main/archive/migrations';
import { schemaVersion } from '../../main/archive/open';
import { indexPending } from '../../main/archive/search/indexer';
import { emptyDocument, type ParsedDocument } from '../../main/import/types';
import { personFromLabel } from '../../shared/speaker-names';
import { tempArchivePath } from './helpers';

const ERDOGAN = 'President of Turkey Recep Tayyip Erdogan (retranslated)';

function talks(title: string, geography: string[], labels: string[]): ParsedDocument {
  return {
    ...emptyDocument(title),
    url: `http://en.kremlin.ru/events/president/news/${title.length}`,
    date: '2017-12-11',
    geography,
    turns: labels.map((speaker) => ({ speaker, paragraphs: [`${speaker} spoke about trade and gas.`] })),
  };
}

describe('migration 9: speakers read with the places the document is tagged with', () => {
  it('reads a name after the place the document names, and only the documents that change', () => {
    expect(personFromLabel(ERDOGAN, [], { places: ['Turkey'] })).toEqual({ person: 'Recep Tayyip Erdogan', role: 'President of Turkey' });
    expect(personFromLabel(ERDOGAN).person).toBe('Tayyip Erdogan');
  });

  it('upgrades a schema-8 archive: the label read as before is read again, backup taken, other documents and turns kept', () => {
    const path = tempArchivePath();
    const old = Archive.open(path, { migrations: MIGRATIONS.filter((m) => m.version <= 8) });
    old.write(talks('Russian-Turkish talks', ['Turkey'], ['President of Russia Vladimir Putin', ERDOGAN]), {
      path: '/talks.html',
      size: 1,
      fileHash: 'a',
      format: 'kremlin-html',
    });
    old.write(talks('Meeting with the Government', [], ['Vladimir Putin', 'Minister of Economic Development Maxim Oreshkin']), {
      path: '/meeting.html',
      size: 1,
      fileHash: 'b',
      format: 'kremlin-html',
    });
    old.close();

    // As the code before the migration stored it: the place's last word taken for the name's first.
    const before = new Database(path);
    expect(schemaVersion(before)).toBe(8);
    before
      .prepare(
        "UPDATE document_speakers SET person = 'Tayyip Erdogan', speaker = 'Tayyip Erdogan', role = 'President of Turkey Recep', person_key = 'erdogan taip' WHERE label = ?",
      )
      .run(ERDOGAN);
    before.prepare("INSERT INTO persons (key, name, score) VALUES ('erdogan taip', 'Tayyip Erdogan', 3)").run();
    before.exec('INSERT INTO search_pending (document_id) SELECT id FROM documents');
    indexPending(before);
    const turns = before.prepare('SELECT id, document_id, idx, speaker, text FROM turns ORDER BY id').all();
    const other = before
      .prepare("SELECT * FROM document_speakers WHERE document_id = (SELECT id FROM documents WHERE title LIKE 'Meeting%')")
      .all();
    before.close();

    const archive = Archive.open(path);
    const hits = archive.search.search({ query: 'speaker:"Recep Tayyip Erdogan" gas' });
    archive.close();
    expect(existsSync(`${path}.schema-8.bak`)).toBe(true);
    const after = new Database(path, { readonly: true });
    expect(schemaVersion(after)).toBeGreaterThanOrEqual(9);
    expect(after.prepare('SELECT person, role, speaker, person_key FROM document_speakers WHERE label = ?').get(ERDOGAN)).toEqual({
      person: 'Recep Tayyip Erdogan',
      role: 'President of Turkey',
      speaker: 'Recep Tayyip Erdogan',
      person_key: 'erdogan recep taip',
    });
    // The turns are indexed again with the person's name.
    const indexed = after
      .prepare("SELECT speakers FROM search_indexed WHERE document_id = (SELECT id FROM documents WHERE title LIKE 'Russian%')")
      .pluck()
      .get() as string;
    expect(JSON.parse(indexed)).toContain('Recep Tayyip Erdogan');
    expect(
      after.prepare("SELECT * FROM document_speakers WHERE document_id = (SELECT id FROM documents WHERE title LIKE 'Meeting%')").all(),
    ).toEqual(other);
    expect(after.prepare('SELECT id, document_id, idx, speaker, text FROM turns ORDER BY id').all()).toEqual(turns);
    after.close();
    expect(hits.status === 'ok' && hits.total).toBe(1);
  });
});
