/**
 * What each facet value of a search stands for, so that its count is the number of documents
 * the query refined by it finds (issue #10). A field of the query selects every stored value that
 * holds its words: topic:, person: and place: go through the MetaStore's value tables
 * (ValueTable.matching: place:Moscow also selects "The Kremlin, Moscow"); speaker:"Vladimir Putin"
 * selects the turns whose indexed speaker words (the label's, then its person's: indexer.ts) hold
 * the phrase. This file writes those relations into a connection-local table,
 * temp.search_accepts(kind, accepted, value): the shown `value` stands for every stored `accepted`
 * value. Facet counts join it (facet-model.ts countPairs), so shown count and click agree by
 * construction. Rebuilt when the archive changes.
 */
import type { Database } from 'better-sqlite3';
import type { MetaStore } from './meta';
import { tokenize } from '../../search/text';
import { speakerSearchWords } from './indexer';
import { personTagNamer } from '../persons';

export const ACCEPTS_TABLE = 'temp.search_accepts';
/** The documents' facet columns (id, date, place) in small rows: read as `documents d` by the facet model. */
export const DOC_FACTS_TABLE = 'temp.search_doc_facts';
/** Separates a speaker label from its person in the key of an indexed speaker (label, person). */
export const SPEAKER_KEY_SEPARATOR = '\u001f';

/** The key under which a turn's indexed speaker words are accepted: its label and its person. */
export const SPEAKER_KEY_SQL = (label: string, person: string): string => `${label} || char(31) || coalesce(${person}, '')`;

type Row = [kind: string, accepted: string, value: string];

/** True when `phrase` occurs as consecutive words of `words`: FTS5's phrase match on the speaker column. */
function holdsPhrase(words: string[], phrase: string[]): boolean {
  if (phrase.length === 0 || phrase.length > words.length) return false;
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (words[i + k] !== phrase[k]) continue outer;
    return true;
  }
  return false;
}

/** speaker:"value" as compileSpeakers reads it: the folded words of the value, as one phrase. */
export function speakerPhrase(value: string): string[] {
  return tokenize(value).map((t) => t.norm);
}

/**
 * Tag and place values. Values with the same words in another order ("Kremlin, Moscow" and
 * "Moscow, Kremlin") select the same documents: one of them is shown, the one more documents have.
 */
function valueRows(meta: MetaStore, personName: (tag: string) => string): Row[] {
  const rows: Row[] = [];
  for (const kind of ['topic', 'person', 'place'] as const) {
    const table = meta.tables[kind];
    const uses = new Uint32Array(table.entries.length);
    for (const doc of meta.docs.values()) for (const id of doc.values[kind]) uses[id]++;
    const shown = new Map<string, number>();
    table.entries.forEach((entry, id) => {
      const key = [...new Set(entry.words)].sort().join(' ');
      const best = shown.get(key);
      if (best === undefined || uses[id] > uses[best]) shown.set(key, id);
    });
    for (const id of shown.values()) {
      const stored = table.entries[id].label;
      // A person tag is shown as the person model shows that person ("Jeenbekov Sooronbay" as "Sooronbay Jeenbekov").
      const label = kind === 'person' ? personName(stored) : stored;
      for (const spelling of table.spellingsMatching(label)) rows.push([kind, spelling, label]);
    }
  }
  return rows;
}

/**
 * Speaker values are the speakers the library shows (document_speakers.speaker: the person, or the
 * label when it names none); each accepts the (label, person) pairs whose indexed words hold it.
 */
function speakerRows(db: Database): Row[] {
  const pairs = db.prepare('SELECT DISTINCT label, person FROM document_speakers').raw().all() as [string, string | null][];
  const byWord = new Map<string, { key: string; words: string[] }[]>();
  for (const [label, person] of pairs) {
    const words = speakerSearchWords(label, person);
    const entry = { key: `${label}${SPEAKER_KEY_SEPARATOR}${person ?? ''}`, words };
    for (const w of new Set(words)) {
      let list = byWord.get(w);
      if (!list) byWord.set(w, (list = []));
      list.push(entry);
    }
  }
  // One shown value per phrase: the spelling most documents use.
  const values = db
    .prepare('SELECT speaker, count(*) AS n FROM document_speakers GROUP BY speaker ORDER BY n DESC, speaker')
    .raw()
    .all() as [string, number][];
  const seen = new Set<string>();
  const rows: Row[] = [];
  for (const [value] of values) {
    const phrase = speakerPhrase(value);
    const key = phrase.join(' ');
    if (phrase.length === 0 || seen.has(key)) continue;
    seen.add(key);
    for (const entry of byWord.get(phrase[0]) ?? []) if (holdsPhrase(entry.words, phrase)) rows.push(['speaker', entry.key, value]);
  }
  return rows;
}

/** Each turn's speaker, as the key of its (label, person): temp.search_turn_speakers(id, document_id, speaker). */
export const TURN_SPEAKERS_TABLE = 'temp.search_turn_speakers';

/** Keeps temp.search_accepts (and temp.search_turn_speakers) in step with the archive (one build per MetaStore generation). */
export class FacetValues {
  private builtFor: MetaStore | null = null;
  private speakersFor: MetaStore | null = null;

  constructor(private readonly db: Database) {}

  /**
   * The speaker of every turn, in a table of small rows: read from the turns table (whose rows hold
   * the text) once per generation, so that the speakers of thousands of matching turns are counted
   * in milliseconds (about a second to build at 50,000 documents).
   */
  turnSpeakers(meta: MetaStore): string {
    if (this.speakersFor !== meta) {
      this.db.exec(`
        CREATE TEMP TABLE IF NOT EXISTS search_turn_speakers (id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL, speaker TEXT NOT NULL);
        DELETE FROM temp.search_turn_speakers;
        INSERT INTO temp.search_turn_speakers (id, document_id, speaker)
          SELECT t.id, t.document_id, ${SPEAKER_KEY_SQL('t.speaker', 'p.person')} FROM turns t
          JOIN document_speakers p ON p.document_id = t.document_id AND p.label = t.speaker;
      `);
      this.speakersFor = meta;
    }
    return TURN_SPEAKERS_TABLE;
  }

  ensure(meta: MetaStore): void {
    if (this.builtFor === meta) return;
    // The documents' date and place in small rows (a documents row holds its lead and more): tens of ms at 50,000.
    // The accepted values are looked up by (kind, accepted) for every pair a facet counts, and the
    // index holds the shown value too: reading it from the table's row cost as much again (15,000
    // pairs for place:moscow economy at 50,000 documents).
    this.db.exec(`
      CREATE TEMP TABLE IF NOT EXISTS search_accepts (kind TEXT NOT NULL, accepted TEXT NOT NULL, value TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS temp.search_accepts_covering ON search_accepts (kind, accepted, value);
      DELETE FROM temp.search_accepts;
      CREATE TEMP TABLE IF NOT EXISTS search_doc_facts (id INTEGER PRIMARY KEY, date TEXT, place TEXT);
      DELETE FROM temp.search_doc_facts;
      INSERT INTO temp.search_doc_facts (id, date, place) SELECT id, date, place FROM documents;
    `);
    const rows = [...valueRows(meta, personTagNamer(this.db)), ...speakerRows(this.db)];
    const insert = this.db.prepare(
      `INSERT INTO ${ACCEPTS_TABLE} (kind, accepted, value) SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?)`,
    );
    for (let i = 0; i < rows.length; i += 20_000) insert.run(JSON.stringify(rows.slice(i, i + 20_000)));
    this.builtFor = meta;
  }
}
