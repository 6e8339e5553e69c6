import { statement } from './statements';
import type { Database } from 'better-sqlite3';
import { labelContext, personFromLabel, type LabelContext } from '../../shared/speaker-names';
import { hasPersonTables, mainSpeakers, propagate, registerSpellings, spellingScore, variantKey, type SpellingSource } from './persons';
import { countWords } from '../../shared/text';

export { mainSpeakers } from './persons';

/**
 * Figures derived from a document's turns, kept beside them so the library can list,
 * sort and facet 50,000 documents without reading their text: who spoke, how many
 * turns and words each, and the main speakers shown in the table. Each label's person is
 * resolved here once (persons.ts) and stored for every reader of it.
 */

export interface SpeakerFigure {
  label: string;
  person: string | null;
  role: string | null;
  /** The speaker facet's value: the person's name, or the label when it names no person. */
  speaker: string;
  turns: number;
  words: number;
  firstIdx: number;
  /** The person's variant key (persons.ts), null when the label names no person. */
  personKey: string | null;
}

/** A label read as the library stores it: its person and role, and the person's variant key. */
export function readLabel(
  label: string,
  persons: string[],
  context: LabelContext,
): { person: string | null; role: string | null; personKey: string | null } {
  const { person, role } = personFromLabel(label, persons, context);
  return { person, role, personKey: person ? variantKey(person) || null : null };
}

/** Groups turns by label, resolving each label to person and role against the document's persons. */
export function speakerFigures(
  turns: { idx: number; speaker: string | null; text: string }[],
  persons: string[],
  context: LabelContext = {},
): SpeakerFigure[] {
  const byLabel = new Map<string, SpeakerFigure>();
  for (const turn of turns) {
    if (!turn.speaker) continue;
    let figure = byLabel.get(turn.speaker);
    if (!figure) {
      const { person, role, personKey } = readLabel(turn.speaker, persons, context);
      figure = { label: turn.speaker, person, role, speaker: person ?? turn.speaker, turns: 0, words: 0, firstIdx: turn.idx, personKey };
      byLabel.set(turn.speaker, figure);
    }
    figure.turns += 1;
    figure.words += countWords(turn.text);
  }
  return [...byLabel.values()];
}

/**
 * The spelling of each person this document offers: its labels' (the one with most words
 * first, then the best cased), then its person tags'.
 */
function documentSpellings(figures: SpeakerFigure[], tags: string[]): { key: string; name: string; source: SpellingSource }[] {
  const best = new Map<string, { name: string; score: number; words: number }>();
  for (const f of figures) {
    if (!f.person || !f.personKey) continue;
    const score = spellingScore(f.person, 'label');
    const seen = best.get(f.personKey);
    if (!seen || score > seen.score || (score === seen.score && f.words > seen.words))
      best.set(f.personKey, { name: f.person, score, words: f.words });
  }
  const out: { key: string; name: string; source: SpellingSource }[] = [...best].map(([key, b]) => ({
    key,
    name: b.name,
    source: 'label',
  }));
  for (const tag of tags) {
    const key = variantKey(tag);
    if (key && !best.has(key)) out.push({ key, name: tag, source: 'tag' });
  }
  return out;
}

/** Gives each figure its person's shown name, recording this document's spellings; returns keys whose name got better. */
export function resolvePersons(db: Database, figures: SpeakerFigure[], tags: string[]): string[] {
  const { names, improved } = registerSpellings(db, documentSpellings(figures, tags));
  for (const f of figures) {
    const name = f.personKey ? names.get(f.personKey) : undefined;
    if (name) {
      f.person = name;
      f.speaker = name;
    }
  }
  return improved;
}

/** A document's person and place tags: what its labels are read with (shared/speaker-names.ts). */
export function labelTags(db: Database, documentId: number): { persons: string[]; places: string[] } {
  const tags = statement(db, "SELECT kind, value FROM tags WHERE document_id = ? AND kind IN ('person', 'geography')").all(documentId) as {
    kind: string;
    value: string;
  }[];
  return {
    persons: tags.filter((t) => t.kind === 'person').map((t) => t.value),
    places: tags.filter((t) => t.kind === 'geography').map((t) => t.value),
  };
}

/** What a document's labels are read with: its person tags, and its format's and places' context. */
export function labelReading(db: Database, documentId: number, format: string): { persons: string[]; context: LabelContext } {
  const { persons, places } = labelTags(db, documentId);
  return { persons, context: labelContext(format, persons, places) };
}

/** Recomputes one document's speaker figures, main speakers and word count. */
export function refreshSpeakers(db: Database, documentId: number): void {
  const turns = statement(db, 'SELECT idx, speaker, text FROM turns WHERE document_id = ? ORDER BY idx').all(documentId) as {
    idx: number;
    speaker: string | null;
    text: string;
  }[];
  // (No .pluck() on a cached statement: it would change the mode for every later user of the same SQL.)
  const format =
    (statement(db, 'SELECT format FROM documents WHERE id = ?').get(documentId) as { format: string } | undefined)?.format ?? '';
  const { persons, context } = labelReading(db, documentId, format);
  const figures = speakerFigures(turns, persons, context);
  const withKeys = hasPersonTables(db);
  const improved = withKeys ? resolvePersons(db, figures, persons) : [];
  statement(db, 'DELETE FROM document_speakers WHERE document_id = ?').run(documentId);
  if (withKeys) {
    const insert = statement(
      db,
      'INSERT INTO document_speakers (document_id, label, person, role, speaker, turns, words, first_idx, person_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const f of figures) insert.run(documentId, f.label, f.person, f.role, f.speaker, f.turns, f.words, f.firstIdx, f.personKey);
  } else {
    const insert = statement(
      db,
      'INSERT INTO document_speakers (document_id, label, person, role, speaker, turns, words, first_idx) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const f of figures) insert.run(documentId, f.label, f.person, f.role, f.speaker, f.turns, f.words, f.firstIdx);
  }
  const words = turns.reduce((sum, t) => sum + countWords(t.text), 0);
  statement(db, 'UPDATE documents SET main_speakers = ?, word_count = ? WHERE id = ?').run(mainSpeakers(figures), words, documentId);
  if (improved.length > 0) propagate(db, improved);
}

export function refreshAllSpeakers(db: Database): void {
  const ids = (statement(db, 'SELECT id FROM documents').all() as { id: number }[]).map((r) => r.id);
  for (const id of ids) refreshSpeakers(db, id);
}

interface EditRow {
  title: string | null;
  date: string | null;
  place: string | null;
  title_edited: number;
  date_edited: number;
  place_edited: number;
}

/** Puts the user's edits (title, date, place, tags) back over what an import just wrote. */
export function reapplyEdits(db: Database, documentId: number): void {
  const edit = statement(db, 'SELECT * FROM document_edits WHERE document_id = ?').get(documentId) as EditRow | undefined;
  if (edit) {
    statement(
      db,
      `UPDATE documents SET
         title = CASE WHEN ? THEN ? ELSE title END,
         date = CASE WHEN ? THEN ? ELSE date END,
         place = CASE WHEN ? THEN ? ELSE place END
       WHERE id = ?`,
    ).run(edit.title_edited, edit.title, edit.date_edited, edit.date, edit.place_edited, edit.place, documentId);
  }
  statement(
    db,
    `DELETE FROM tags WHERE document_id = ? AND (kind, value) IN
       (SELECT kind, value FROM tag_edits WHERE document_id = ? AND action = 'remove')`,
  ).run(documentId, documentId);
  statement(
    db,
    `INSERT OR IGNORE INTO tags (document_id, kind, value, position)
     SELECT document_id, kind, value, 1000 FROM tag_edits WHERE document_id = ? AND action = 'add'`,
  ).run(documentId);
}

/** Called by writeDocument after each write: the user's edits go back on top, figures are recomputed (merged tags may name more speakers). */
export function afterWrite(db: Database, documentId: number): void {
  reapplyEdits(db, documentId);
  refreshSpeakers(db, documentId);
}
