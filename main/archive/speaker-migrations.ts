import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';
import { labelTags, refreshSpeakers } from './library-derived';
import { indexPending } from './search/indexer';
import { hasNameInCapitals, labelContext, personFromLabel } from '../../shared/speaker-names';

/**
 * Migrations that read the speaker labels of some documents again after the reading of labels
 * (shared/speaker-names.ts) learned something: each finds the documents whose labels now read
 * otherwise, resolves their speakers again and indexes their turns again (speaker: finds a turn
 * by its person's name). Their derived rows are rewritten, so the file is backed up first.
 */

/** Resolves the speakers of these documents again and indexes their turns again. */
function readSpeakersAgain(db: Database, ids: number[]): void {
  const pending = db.prepare('INSERT OR IGNORE INTO search_pending (document_id) VALUES (?)');
  for (const id of ids) {
    refreshSpeakers(db, id);
    pending.run(id);
  }
  indexPending(db);
}

/**
 * Migration 9: a label's person is read with the places the document is tagged with, so that
 * "President of Turkey Recep Tayyip Erdogan" names Recep Tayyip Erdogan, not Tayyip Erdogan.
 */
export const SPEAKER_PLACES_MIGRATION: Migration = {
  version: 9,
  name: "speakers read again with the document's places",
  rewritesData: true,
  up(db: Database) {
    readSpeakersAgain(db, documentsReadOtherwise(db));
  },
};

/**
 * Migration 10: a label printed partly in capitals names its speaker ("President OF RUSSIA DMITRY
 * MEDVEDEV" is Dmitry Medvedev, "Vladimir PUTIN" Vladimir Putin), and so does one whose name comes
 * before a comma ("Alexei Kudrin, Chairman of the Accounts Chamber"), where they were read as no
 * person or as the end of the role ("Natalya Yuryeva, Channel One Russia" as "Channel One Russia").
 * The documents read again are those with such a label: every label with a comma (a role may only
 * have lost its trailing comma), and those hasNameInCapitals finds.
 */
export const SPEAKER_LABELS_MIGRATION: Migration = {
  version: 10,
  name: 'speakers read again where a label prints the name in capitals or before a comma',
  rewritesData: true,
  up(db: Database) {
    const labels = db.prepare('SELECT DISTINCT document_id AS id, speaker FROM turns WHERE speaker IS NOT NULL').all() as {
      id: number;
      speaker: string;
    }[];
    const changed = labels.filter((l) => l.speaker.includes(',') || hasNameInCapitals(l.speaker));
    readSpeakersAgain(db, [...new Set(changed.map((l) => l.id))]);
  },
};

/** The documents tagged with a place that have a label whose person or role the place changes. */
export function documentsReadOtherwise(db: Database): number[] {
  const docs = db
    .prepare("SELECT DISTINCT d.id, d.format FROM documents d JOIN tags t ON t.document_id = d.id AND t.kind = 'geography'")
    .all() as { id: number; format: string }[];
  const labels = db.prepare('SELECT DISTINCT speaker FROM turns WHERE document_id = ? AND speaker IS NOT NULL').pluck();
  return docs
    .filter(({ id, format }) => {
      const { persons, places } = labelTags(db, id);
      const before = labelContext(format, persons);
      const now = labelContext(format, persons, places);
      return (labels.all(id) as string[]).some((label) => {
        const a = personFromLabel(label, persons, before);
        const b = personFromLabel(label, persons, now);
        return a.person !== b.person || a.role !== b.role;
      });
    })
    .map((d) => d.id);
}
