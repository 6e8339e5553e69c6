import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';
import { labelTags, refreshSpeakers } from './library-derived';
import { indexPending } from './search/indexer';
import { labelContext, personFromLabel } from '../../shared/speaker-names';

/**
 * Migration 9: a label's person is read with the places the document is tagged with, so that
 * "President of Turkey Recep Tayyip Erdogan" names Recep Tayyip Erdogan, not Tayyip Erdogan
 * (shared/speaker-names.ts). Only the documents whose labels now read otherwise have their
 * speakers resolved again and their turns indexed again (speaker: finds a turn by its person's
 * name); their derived rows are rewritten, so the file is backed up first.
 */
export const SPEAKER_PLACES_MIGRATION: Migration = {
  version: 9,
  name: "speakers read again with the document's places",
  rewritesData: true,
  up(db: Database) {
    const changed = documentsReadOtherwise(db);
    const pending = db.prepare('INSERT OR IGNORE INTO search_pending (document_id) VALUES (?)');
    for (const id of changed) {
      refreshSpeakers(db, id);
      pending.run(id);
    }
    indexPending(db);
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
