import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { schemaVersion } from '../../main/archive/open';
import { hasNameInCapitals } from '../../shared/speaker-names';
import { afterwards, archiveBefore, meeting } from './speaker-migration-helpers';

const MEDVEDEV = 'President OF RUSSIA DMITRY MEDVEDEV';
const KUDRIN = 'Alexei Kudrin, Chairman of the Accounts Chamber';
const KEPT = 'Meeting with the Government';

describe('migration 10: speakers read again where a label prints the name in capitals or before a comma', () => {
  it('finds only the labels whose name is printed in capitals', () => {
    expect(hasNameInCapitals(MEDVEDEV)).toBe(true);
    expect(hasNameInCapitals('Vladimir PUTIN (in English)')).toBe(true);
    expect(hasNameInCapitals('DEPUTY CHIEF OF STAFF DMITRY PESKOV')).toBe(false);
    expect(hasNameInCapitals('LUKOIL CEO Vagit Alekperov')).toBe(false);
    expect(hasNameInCapitals('Reporter at VGTRK')).toBe(false);
  });

  it('upgrades a schema-9 archive: the labels read as no person name them, backup taken, other documents and turns kept', () => {
    const before = archiveBefore(
      9,
      [
        meeting('Meeting on the budget', '2009-05-14', [MEDVEDEV, KUDRIN]),
        meeting(KEPT, '2009-05-14', ['Vladimir Putin', 'Minister of Economic Development Maxim Oreshkin']),
      ],
      // As the code before the migration stored it: the whole label a role, no person.
      (db) => {
        db.prepare('UPDATE document_speakers SET person = NULL, speaker = label, role = label, person_key = NULL WHERE label = ?').run(
          MEDVEDEV,
        );
      },
      KEPT,
    );

    const archive = Archive.open(before.path);
    const hits = archive.search.search({ query: 'speaker:"Dmitry Medvedev" budget' });
    archive.close();
    expect(existsSync(`${before.path}.schema-9.bak`)).toBe(true);
    const after = new Database(before.path, { readonly: true });
    expect(schemaVersion(after)).toBe(10);
    expect(after.prepare('SELECT person, role, speaker FROM document_speakers WHERE label = ?').get(MEDVEDEV)).toEqual({
      person: 'Dmitry Medvedev',
      role: 'President of Russia',
      speaker: 'Dmitry Medvedev',
    });
    expect(after.prepare('SELECT person, role, speaker FROM document_speakers WHERE label = ?').get(KUDRIN)).toEqual({
      person: 'Alexei Kudrin',
      role: 'Chairman of the Accounts Chamber',
      speaker: 'Alexei Kudrin',
    });
    expect(afterwards(after, KEPT)).toEqual({ turns: before.turns, keptSpeakers: before.keptSpeakers });
    after.close();
    expect(hits.status === 'ok' && hits.total).toBe(1);
  });
});
