import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { MIGRATIONS } from '../../main/archive/migrations';
import { schemaVersion } from '../../main/archive/open';
import { personFromLabel } from '../../shared/speaker-names';
import { afterwards, archiveBefore, meeting } from './speaker-migration-helpers';

const ERDOGAN = 'President of Turkey Recep Tayyip Erdogan (retranslated)';
const KEPT = 'Meeting with the Government';

describe('migration 9: speakers read with the places the document is tagged with', () => {
  it('reads a name after the place the document names, and only the documents that change', () => {
    expect(personFromLabel(ERDOGAN, [], { places: ['Turkey'] })).toEqual({ person: 'Recep Tayyip Erdogan', role: 'President of Turkey' });
    expect(personFromLabel(ERDOGAN).person).toBe('Tayyip Erdogan');
  });

  it('upgrades a schema-8 archive: the label read as before is read again, backup taken, other documents and turns kept', () => {
    const before = archiveBefore(
      8,
      [
        meeting('Russian-Turkish talks', '2017-12-11', ['President of Russia Vladimir Putin', ERDOGAN], ['Turkey']),
        meeting(KEPT, '2017-12-11', ['Vladimir Putin', 'Minister of Economic Development Maxim Oreshkin']),
      ],
      // As the code before the migration stored it: the place's last word taken for the name's first.
      (db) => {
        db.prepare(
          "UPDATE document_speakers SET person = 'Tayyip Erdogan', speaker = 'Tayyip Erdogan', role = 'President of Turkey Recep', person_key = 'erdogan taip' WHERE label = ?",
        ).run(ERDOGAN);
        db.prepare("INSERT INTO persons (key, name, score) VALUES ('erdogan taip', 'Tayyip Erdogan', 3)").run();
      },
      KEPT,
    );

    // Migration 9 alone: migration 10 would read this label right by itself.
    const archive = Archive.open(before.path, { migrations: MIGRATIONS.filter((m) => m.version <= 9) });
    const hits = archive.search.search({ query: 'speaker:"Recep Tayyip Erdogan" trade' });
    archive.close();
    expect(existsSync(`${before.path}.schema-8.bak`)).toBe(true);
    const after = new Database(before.path, { readonly: true });
    expect(schemaVersion(after)).toBe(9);
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
    expect(afterwards(after, KEPT)).toEqual({ turns: before.turns, keptSpeakers: before.keptSpeakers });
    after.close();
    expect(hits.status === 'ok' && hits.total).toBe(1);
  });
});
