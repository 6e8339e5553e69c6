import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';
import { labelReading, labelTags, readLabel, refreshSpeakers } from './library-derived';
import { indexPending } from './search/indexer';
import { labelContext, personFromLabel, type LabelContext } from '../../shared/speaker-names';

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
 * Migration 10: labels read as people print them beyond the Kremlin's own form (shared/speaker-names.ts):
 * a name in capitals in a mixed-case label ("President OF RUSSIA DMITRY MEDVEDEV", "Mr. SMITH"), the
 * name before a comma ("Alexei Kudrin, Chairman of the Accounts Chamber", "Frank Cormier, Associated
 * Press"), initials before a name ("Chester A. Arthur", "J. F. Ter Horst"), a monarch before the realm
 * ("King Abdullah II of Jordan"), a name printed without spaces ("VladimirPutin"), "The President" as
 * the document's president, and one word after "of" as a place ("The Secretary of Transportation").
 * The documents read again are those with a label whose stored role or person now reads otherwise.
 */
export const SPEAKER_LABELS_MIGRATION: Migration = {
  version: 10,
  name: 'speakers read again where labels print names in capitals, before a comma or with initials',
  rewritesData: true,
  up(db: Database) {
    readSpeakersAgain(db, labelsReadOtherwise(db));
  },
};

/**
 * The documents with a label whose stored role or person key differs from what reading it now gives
 * (readLabel with labelReading, as refreshSpeakers reads it). The stored person
 * is the archive's best spelling of the key, so the key is what is compared.
 */
export function labelsReadOtherwise(db: Database): number[] {
  const rows = db
    .prepare(
      'SELECT s.document_id AS id, d.format, s.label, s.role, s.person_key AS key FROM document_speakers s JOIN documents d ON d.id = s.document_id ORDER BY s.document_id',
    )
    .iterate() as IterableIterator<{ id: number; format: string; label: string; role: string | null; key: string | null }>;
  const changed = new Set<number>();
  let reading: { id: number; persons: string[]; context: LabelContext } | undefined;
  for (const row of rows) {
    if (changed.has(row.id)) continue;
    if (reading?.id !== row.id) reading = { id: row.id, ...labelReading(db, row.id, row.format) };
    const now = readLabel(row.label, reading.persons, reading.context);
    if (now.role !== row.role || now.personKey !== row.key) changed.add(row.id);
  }
  return [...changed];
}

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
