/**
 * The reads of the research desk (main/analysis/): where the index holds a word in which turn,
 * the turns' text and speakers, word counts per document and per speaker, and what a citation
 * needs. Positions come from FTS5's own index through an fts5vocab 'instance' table made on
 * this connection only (temp: it adds nothing to the file), so counting a word's occurrences
 * reads the index, never the text.
 */
import type { Database } from 'better-sqlite3';
import { statement } from './statements';

/** One word of a pattern as the index holds it: a stem, or a prefix of stems (with stems it stands for besides). */
export interface IndexTerm {
  stem: string | null;
  prefix: string | null;
  alternatives: string[];
}

export interface TurnText {
  id: number;
  documentId: number;
  idx: number;
  speaker: string | null;
  text: string;
}

export interface DocumentFact {
  id: number;
  title: string;
  date: string | null;
  words: number;
}

export interface SpeakerRow {
  documentId: number;
  label: string;
  /** The resolved person, or null when the label names none. */
  person: string | null;
  /** The person's name, or the label when it names no person (the speaker facet's value). */
  speaker: string;
  turns: number;
  words: number;
  /** The variant key of the person (persons.ts), or null. */
  personKey: string | null;
  /** The label's first turn in the document (0-based, as the reader counts them). */
  firstIdx: number;
}

export interface CiteRow {
  id: number;
  title: string;
  date: string | null;
  time: string | null;
  place: string | null;
  url: string | null;
  attribution: string | null;
  language: string | null;
  mainSpeakers: string | null;
}

const INSTANCES = 'temp.analysis_turn_terms';
const made = new WeakSet<Database>();

/** The first string after every string that begins with `prefix` (for a range scan of the terms). */
function prefixEnd(prefix: string): string {
  const last = prefix.codePointAt(prefix.length - 1) ?? 0;
  return prefix.slice(0, prefix.length - (last > 0xffff ? 2 : 1)) + String.fromCodePoint(last + 1);
}

export class AnalysisReads {
  constructor(private readonly db: Database) {}

  private instances(): void {
    if (made.has(this.db)) return;
    this.db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS ${INSTANCES} USING fts5vocab(main, search_turns, 'instance')`);
    made.add(this.db);
  }

  /** The index terms a pattern word stands for, as a WHERE clause and its values. */
  private termClause(term: IndexTerm): [string, string[]] {
    const parts: string[] = [];
    const values: string[] = [];
    if (term.prefix !== null) {
      parts.push('(term >= ? AND term < ?)');
      values.push(term.prefix, prefixEnd(term.prefix));
    } else if (term.stem !== null) {
      parts.push('term = ?');
      values.push(term.stem);
    }
    for (const alt of term.alternatives) {
      parts.push('term = ?');
      values.push(alt);
    }
    return [parts.length ? `(${parts.join(' OR ')})` : '0', values];
  }

  /** How many times the index holds a word in the turns' text, per turn: [turn id, count]. */
  turnCounts(term: IndexTerm): [number, number][] {
    this.instances();
    const [where, values] = this.termClause(term);
    // Counted here rather than by GROUP BY, which sorts every row first (twice as slow for a word
    // said 180,000 times): the rows come a turn at a time, one turn's after another's.
    const turns = this.db
      .prepare(`SELECT doc FROM ${INSTANCES} WHERE ${where} AND col = 'body'`)
      .pluck()
      .all(...values) as number[];
    const counts = new Map<number, number>();
    for (let i = 0; i < turns.length;) {
      let j = i + 1;
      while (j < turns.length && turns[j] === turns[i]) j++;
      counts.set(turns[i], (counts.get(turns[i]) ?? 0) + j - i);
      i = j;
    }
    return [...counts];
  }

  /** How many times the index holds a word in the turns' text, in all. */
  positionCount(term: IndexTerm): number {
    this.instances();
    const [where, values] = this.termClause(term);
    return this.db
      .prepare(`SELECT count(*) FROM ${INSTANCES} WHERE ${where} AND col = 'body'`)
      .pluck()
      .get(...values) as number;
  }

  /** How many turns the index holds a word in. */
  turnCount(term: IndexTerm): number {
    this.instances();
    const [where, values] = this.termClause(term);
    return this.db
      .prepare(`SELECT count(DISTINCT doc) FROM ${INSTANCES} WHERE ${where} AND col = 'body'`)
      .pluck()
      .get(...values) as number;
  }

  /** Every position of a word in the turns' text: [turn id, word offset], by turn. */
  positions(term: IndexTerm): [number, number][] {
    this.instances();
    const [where, values] = this.termClause(term);
    return this.db
      .prepare(`SELECT doc, offset FROM ${INSTANCES} WHERE ${where} AND col = 'body'`)
      .raw()
      .all(...values) as [number, number][];
  }

  /** How many times the whole archive holds each stem (title, lead and text: search_vocab). */
  corpusCounts(stems: string[]): Map<string, number> {
    const out = new Map<string, number>();
    const get = statement(this.db, 'SELECT cnt FROM search_vocab WHERE term = ?');
    for (const stem of stems) {
      const row = get.get(stem) as { cnt: number } | undefined;
      out.set(stem, row?.cnt ?? 0);
    }
    return out;
  }

  /**
   * Every stem of the archive with its count, in one pass over the vocabulary: looking up
   * hundreds of stems one by one costs more than reading them all (about a millisecond each at
   * 50,000 documents).
   */
  vocabulary(): Map<string, number> {
    return new Map(this.db.prepare('SELECT term, cnt FROM search_vocab').raw().all() as [string, number][]);
  }

  /** Turns by id, in the order asked. */
  turns(ids: number[]): TurnText[] {
    const get = statement(this.db, 'SELECT id, document_id AS documentId, idx, speaker, text FROM turns WHERE id = ?');
    const out: TurnText[] = [];
    for (const id of ids) {
      const row = get.get(id) as TurnText | undefined;
      if (row) out.push(row);
    }
    return out;
  }

  /**
   * Every turn's speaker label, read from the turns_by_speaker index (migration 8) in one pass:
   * label ids by turn id (0: narration) and the labels by id (the first is null).
   */
  allTurnLabels(): { byTurn: Int32Array; labels: (string | null)[] } {
    const last = (statement(this.db, 'SELECT coalesce(max(id), 0) AS n FROM turns').get() as { n: number }).n;
    const byTurn = new Int32Array(last + 1);
    const labels: (string | null)[] = [null];
    const ids = new Map<string, number>();
    for (const [id, speaker] of this.db
      .prepare('SELECT id, speaker FROM turns WHERE speaker IS NOT NULL')
      .raw()
      .iterate() as IterableIterator<[number, string]>) {
      let label = ids.get(speaker);
      if (label === undefined) {
        label = labels.length;
        labels.push(speaker);
        ids.set(speaker, label);
      }
      byTurn[id] = label;
    }
    return { byTurn, labels };
  }

  /** The text of a label's turns in a document, in order. */
  labelTexts(documentId: number, label: string): string[] {
    return statement(this.db, 'SELECT text FROM turns WHERE document_id = ? AND speaker = ? ORDER BY idx')
      .pluck()
      .all(documentId, label) as string[];
  }

  /** Every turn of a document, in order: its label (null for narration) and text. */
  documentTexts(documentId: number): { speaker: string | null; text: string }[] {
    return statement(this.db, 'SELECT speaker, text FROM turns WHERE document_id = ? ORDER BY idx').all(documentId) as {
      speaker: string | null;
      text: string;
    }[];
  }

  /** Every document's title, date and word count (the words of its turns: shared/text.ts countWords). */
  documentFacts(): DocumentFact[] {
    return statement(this.db, 'SELECT id, title, date, word_count AS words FROM documents').all() as DocumentFact[];
  }

  /** Every speaker label per document, its person (the stored resolution: persons.ts), turns and words. */
  speakerRows(): SpeakerRow[] {
    return statement(
      this.db,
      'SELECT document_id AS documentId, label, person, speaker, turns, words, person_key AS personKey, first_idx AS firstIdx FROM document_speakers',
    ).all() as SpeakerRow[];
  }

  /** What a citation of a document needs, or null when there is no such document. */
  citeRow(id: number): CiteRow | null {
    const row = statement(
      this.db,
      `SELECT id, title, date, time, place, url, attribution, language, main_speakers AS mainSpeakers FROM documents WHERE id = ?`,
    ).get(id) as CiteRow | undefined;
    return row ?? null;
  }

  /** One turn of a document by its 0-based position, with its speaker's person when resolved. */
  citeTurn(documentId: number, idx: number): { speaker: string | null; person: string | null; text: string } | null {
    const row = statement(
      this.db,
      `SELECT t.speaker, s.person, t.text FROM turns t
       LEFT JOIN document_speakers s ON s.document_id = t.document_id AND s.label = t.speaker
       WHERE t.document_id = ? AND t.idx = ?`,
    ).get(documentId, idx) as { speaker: string | null; person: string | null; text: string } | undefined;
    return row ?? null;
  }
}
