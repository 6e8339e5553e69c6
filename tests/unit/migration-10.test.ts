import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { schemaVersion } from '../../main/archive/open';
import { labelsReadOtherwise } from '../../main/archive/speaker-migrations';
import { afterwards, archiveBefore, meeting } from './speaker-migration-helpers';

const MEDVEDEV = 'President OF RUSSIA DMITRY MEDVEDEV';
const KUDRIN = 'Alexei Kudrin, Chairman of the Accounts Chamber';
const ARTHUR = 'Chester A. Arthur';
const ERDOGAN = 'President of Turkey Recep Tayyip Erdogan (retranslated)';
const KEPT = 'Meeting with the Government';

describe('migration 10: speakers read again where labels print names in capitals, before a comma or with initials', () => {
  it('upgrades a schema-9 archive: the labels read otherwise name their people, backup taken, other documents and turns kept', () => {
    const before = archiveBefore(
      9,
      [
        meeting('Meeting on the budget', '2009-05-14', [MEDVEDEV, KUDRIN, ARTHUR]),
        // Read right only with its place tag: must not be taken for a label read otherwise.
        meeting('Russian-Turkish talks', '2017-12-11', [ERDOGAN], ['Turkey']),
        meeting(KEPT, '2009-05-14', ['Vladimir Putin', 'Minister of Economic Development Maxim Oreshkin']),
      ],
      // As the code before the migration stored them: the whole label a role, no person.
      (db) => {
        const asRole = db.prepare(
          'UPDATE document_speakers SET person = NULL, speaker = label, role = label, person_key = NULL WHERE label = ?',
        );
        asRole.run(MEDVEDEV);
        asRole.run(KUDRIN);
        // Only the role read otherwise: the person and its key were right.
        db.prepare("UPDATE document_speakers SET role = 'Chester A.' WHERE label = ?").run(ARTHUR);
        // Only that document reads otherwise.
        expect(labelsReadOtherwise(db)).toEqual([
          db.prepare("SELECT id FROM documents WHERE title = 'Meeting on the budget'").pluck().get(),
        ]);
      },
      KEPT,
    );

    const archive = Archive.open(before.path);
    const hits = archive.search.search({ query: 'speaker:"Dmitry Medvedev" budget' });
    archive.close();
    expect(existsSync(`${before.path}.schema-9.bak`)).toBe(true);
    const after = new Database(before.path, { readonly: true });
    expect(schemaVersion(after)).toBe(10);
    const speaker = after.prepare('SELECT person, role, speaker FROM document_speakers WHERE label = ?');
    expect(speaker.get(MEDVEDEV)).toEqual({ person: 'Dmitry Medvedev', role: 'President of Russia', speaker: 'Dmitry Medvedev' });
    expect(speaker.get(KUDRIN)).toEqual({ person: 'Alexei Kudrin', role: 'Chairman of the Accounts Chamber', speaker: 'Alexei Kudrin' });
    expect(speaker.get(ARTHUR)).toEqual({ person: 'Chester A. Arthur', role: null, speaker: 'Chester A. Arthur' });
    expect(speaker.get(ERDOGAN)).toEqual({ person: 'Recep Tayyip Erdogan', role: 'President of Turkey', speaker: 'Recep Tayyip Erdogan' });
    expect(afterwards(after, KEPT)).toEqual({ turns: before.turns, keptSpeakers: before.keptSpeakers });
    // Nothing is left that reads otherwise.
    expect(labelsReadOtherwise(after)).toEqual([]);
    after.close();
    expect(hits.status === 'ok' && hits.total).toBe(1);
  });
});
