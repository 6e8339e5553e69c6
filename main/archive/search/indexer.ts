/**
 * Brings the search index up to date for the documents in search_pending (see schema.ts).
 * Each pending document is re-read and its rows in search_docs and search_turns replaced;
 * a document that no longer exists just leaves the queue (triggers removed its rows).
 */
import type { Database } from 'better-sqlite3';
import { foldedWords, stemText } from '../../search/text';
import { writeTransaction } from '../transaction';
import { statement } from '../statements';

interface DocRow {
  id: number;
  title: string;
  summary: string | null;
}

interface TurnRow {
  id: number;
  speaker: string | null;
  text: string;
}

/**
 * The words a turn's speaker is found by (speaker:): its label's, its person's, and the person's
 * name surname first as the site's tags print it ("Jeenbekov Sooronbay"), so that either order
 * of a name finds the turns. The facet values read the same words (facet-values.ts).
 */
export function speakerSearchWords(label: string, person: string | null): string[] {
  const words = foldedWords(label);
  if (!person) return words;
  const name = foldedWords(person);
  return name.length > 1 ? [...words, ...name, name[name.length - 1], ...name.slice(0, -1)] : [...words, ...name];
}

function statements(db: Database, withSpeakers: boolean) {
  return {
    withSpeakers,
    pending: db.prepare('SELECT document_id FROM search_pending ORDER BY document_id LIMIT ?').pluck(),
    doc: db.prepare('SELECT id, title, summary FROM documents WHERE id = ?'),
    // The persons are resolved once, when the document is written (archive/library-derived.ts), and read here.
    speakers: withSpeakers ? db.prepare('SELECT label, person FROM document_speakers WHERE document_id = ? ORDER BY first_idx') : null,
    turns: db.prepare('SELECT id, speaker, text FROM turns WHERE document_id = ? ORDER BY idx'),
    indexed: db.prepare('SELECT 1 FROM search_indexed WHERE document_id = ?').pluck(),
    indexedTurns: db.prepare('SELECT id FROM turns WHERE document_id = ?').pluck(),
    deleteDoc: db.prepare('DELETE FROM search_docs WHERE rowid = ?'),
    deleteTurn: db.prepare('DELETE FROM search_turns WHERE rowid = ?'),
    insertDoc: db.prepare('INSERT INTO search_docs (rowid, title, lead, body) VALUES (?, ?, ?, ?)'),
    insertTurn: db.prepare('INSERT INTO search_turns (rowid, speaker, body) VALUES (?, ?, ?)'),
    markIndexed: db.prepare('INSERT OR REPLACE INTO search_indexed (document_id, speakers) VALUES (?, ?)'),
    done: db.prepare('DELETE FROM search_pending WHERE document_id = ?'),
  };
}

type Statements = ReturnType<typeof statements>;
const cache = new WeakMap<Database, Statements>();

function indexOne(s: Statements, id: number): void {
  const doc = s.doc.get(id) as DocRow | undefined;
  s.done.run(id);
  if (!doc) {
    s.deleteDoc.run(id);
    return;
  }
  const wasIndexed = s.indexed.get(id) !== undefined;
  const turns = s.turns.all(id) as TurnRow[];
  if (wasIndexed) {
    s.deleteDoc.run(id);
    for (const turnId of s.indexedTurns.all(id) as number[]) s.deleteTurn.run(turnId);
  }
  const labels = new Map<string, string | null>();
  for (const row of (s.speakers?.all(id) ?? []) as { label: string; person: string | null }[]) labels.set(row.label, row.person);
  const bodies: string[] = [];
  for (const turn of turns) {
    const body = stemText(turn.text);
    bodies.push(body);
    const speaker = turn.speaker ? speakerSearchWords(turn.speaker, labels.get(turn.speaker) ?? null).join(' ') : '';
    s.insertTurn.run(turn.id, speaker, body);
  }
  s.insertDoc.run(id, stemText(doc.title), stemText(doc.summary), bodies.join(' '));
  const speakers = new Set<string>();
  for (const person of labels.values()) if (person) speakers.add(person);
  s.markIndexed.run(id, JSON.stringify([...speakers]));
}

/** Indexes every pending document, in batches of one transaction each; returns how many. */
export function indexPending(db: Database, batch = 500): number {
  let s = cache.get(db);
  if (!s || !s.withSpeakers) {
    // An archive opened with an older schema (tests build them) has no search tables yet, or
    // no speaker figures yet (the search index came before them): turns are then found by label.
    if (!db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'search_pending'").get()) return 0;
    s = statements(db, db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'document_speakers'").get() !== undefined);
    cache.set(db, s);
  }
  const st = s;
  let total = 0;
  for (;;) {
    if (!hasPending(db)) return total;
    // The pending list is read inside the write transaction: another connection may have indexed them meanwhile.
    const count = writeTransaction(db, () => {
      const ids = st.pending.all(batch) as number[];
      for (const id of ids) indexOne(st, id);
      return ids.length;
    });
    if (count === 0) return total;
    total += count;
  }
}

/** True when some document waits to be indexed. */
export function hasPending(db: Database): boolean {
  return (statement(db, 'SELECT EXISTS (SELECT 1 FROM search_pending) AS pending').get() as { pending: number }).pending === 1;
}
