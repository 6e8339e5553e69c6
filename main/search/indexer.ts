/**
 * Brings the search index up to date for the documents in search_pending (see schema.ts).
 * Each pending document is re-read and its rows in search_docs and search_turns replaced;
 * a document that no longer exists just leaves the queue (triggers removed its rows).
 */
import type { Database } from 'better-sqlite3';
import { labelContext, personFromLabel, personKey, type LabelContext } from '../import/speaker-names';
import { foldedWords, stemText } from './text';
import { writeTransaction } from '../archive/transaction';
import { statement } from '../archive/statements';

interface DocRow {
  format: string;
  id: number;
  title: string;
  summary: string | null;
}

interface TurnRow {
  id: number;
  speaker: string | null;
  text: string;
}

/** The persons who speak in a document, in order of first turn, one name per person. */
export function speakerPersons(turns: { speaker: string | null }[], persons: string[], context: LabelContext = {}): Map<string, string | null> {
  const byLabel = new Map<string, string | null>();
  for (const turn of turns) {
    if (!turn.speaker || byLabel.has(turn.speaker)) continue;
    byLabel.set(turn.speaker, personFromLabel(turn.speaker, persons, context).person);
  }
  return byLabel;
}

function statements(db: Database) {
  return {
    pending: db.prepare('SELECT document_id FROM search_pending ORDER BY document_id LIMIT ?').pluck(),
    doc: db.prepare('SELECT id, title, summary, format FROM documents WHERE id = ?'),
    persons: db.prepare("SELECT value FROM tags WHERE document_id = ? AND kind = 'person' ORDER BY position").pluck(),
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
  const persons = s.persons.all(id) as string[];
  const labels = speakerPersons(turns, persons, labelContext(doc.format, persons));
  const bodies: string[] = [];
  for (const turn of turns) {
    const body = stemText(turn.text);
    bodies.push(body);
    const person = turn.speaker ? labels.get(turn.speaker) : null;
    const speaker = turn.speaker ? [...foldedWords(turn.speaker), ...(person ? foldedWords(person) : [])].join(' ') : '';
    s.insertTurn.run(turn.id, speaker, body);
  }
  s.insertDoc.run(id, stemText(doc.title), stemText(doc.summary), bodies.join(' '));
  const speakers = new Map<string, string>();
  for (const person of labels.values()) if (person && !speakers.has(personKey(person))) speakers.set(personKey(person), person);
  s.markIndexed.run(id, JSON.stringify([...speakers.values()]));
}

/** Indexes every pending document, in batches of one transaction each; returns how many. */
export function indexPending(db: Database, batch = 500): number {
  let s = cache.get(db);
  if (!s) {
    // An archive opened with an older schema (tests build them) has no search tables yet.
    if (!db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'search_pending'").get()) return 0;
    s = statements(db);
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
