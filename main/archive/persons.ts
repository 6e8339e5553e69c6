/**
 * The archive's one speaker -> person resolution, stored once in document_speakers
 * (person_key, person, speaker) for the library, the reader, search and Compare to read.
 *
 * A label is read into a person within its document (import/speaker-names.ts: role words,
 * the document's person tags, "THE PRESIDENT" in a Miller Center file). Across documents,
 * spellings of one person share a variant key: the name's words transliterated to Latin,
 * folded (case, accents, the usual romanisations of Russian names: Kleymenov / Kleimenov /
 * Kleimyonov) and sorted (the site's surname-first tags, "Jeenbekov Sooronbay"). Only whole
 * names merge this way: a surname alone never joins a full name across documents, since two
 * people may share it. The spelling shown for a key is the best one seen (well cased, as a
 * speaker label prints it) unless the user renamed or merged it: user overrides are kept
 * by variant key, so a re-import resolves to the same person again.
 */
import type { Database } from 'better-sqlite3';
import { transliterate } from 'transliteration';
import { statement } from './statements';
import { foldAccents } from '../../shared/text';

/** One romanisation of a Russian name's word: "kh"/"h", "yo"/"ye"/"e", "y"/"i", doubled letters. */
function foldWord(word: string): string {
  return word
    .replace(/kh/g, 'h')
    .replace(/y[oe]/g, 'e')
    .replace(/y/g, 'i')
    .replace(/(\p{L})\1+/gu, '$1');
}

/** Keys already computed: an import meets the same few thousand names again and again. */
const keys = new Map<string, string>();

/** The variant key of a name: spellings of one person's whole name share it. */
export function variantKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size > 50_000) keys.clear();
    key = computeKey(name);
    keys.set(name, key);
  }
  return key;
}

function computeKey(name: string): string {
  return foldAccents(transliterate(name))
    .replace(/['’`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map(foldWord)
    .sort()
    .join(' ');
}

/** Where a spelling comes from: a speaker label prints names given name first; the site's tags do not. */
export type SpellingSource = 'label' | 'tag' | 'user';

/** How good a spelling is to show: well cased beats "Kirill KleYMENOV" or "PERDUE"; a label's order beats a tag's. */
export function spellingScore(name: string, source: SpellingSource): number {
  const odd = name.split(/\s+/).some((w) => /\p{Ll}\p{Lu}{2,}/u.test(w) || (/\p{Lu}{3,}/u.test(w) && w === w.toUpperCase()));
  return (odd ? 0 : 2) + (source === 'label' ? 1 : 0);
}

const hasTables = new WeakSet<Database>();

/** True once the archive has the person tables (older schemas, built by tests and migrations, have none yet). */
export function hasPersonTables(db: Database): boolean {
  if (hasTables.has(db)) return true;
  const found = statement(db, "SELECT count(*) AS n FROM sqlite_master WHERE name IN ('persons', 'person_overrides')").get() as {
    n: number;
  };
  if (found.n === 2) hasTables.add(db);
  return found.n === 2;
}

/** The name shown for a key: the user's, else the best spelling seen. */
export function shownName(db: Database, key: string): string | null {
  const row = statement(
    db,
    'SELECT coalesce((SELECT name FROM person_overrides WHERE variant = ?), (SELECT name FROM persons WHERE key = ?)) AS name',
  ).get(key, key) as {
    name: string | null;
  };
  return row.name;
}

/**
 * Records spellings seen for their keys and returns each key's shown name. A key whose shown
 * name got better is returned in `improved`: the documents already holding it are brought in step
 * by propagate().
 */
export function registerSpellings(
  db: Database,
  spellings: { key: string; name: string; source: SpellingSource }[],
): { names: Map<string, string>; improved: string[] } {
  const names = new Map<string, string>();
  const improved: string[] = [];
  for (const { key, name, source } of spellings) {
    if (!key) continue;
    const score = spellingScore(name, source);
    const stored = statement(db, 'SELECT name, score FROM persons WHERE key = ?').get(key) as { name: string; score: number } | undefined;
    if (!stored) statement(db, 'INSERT INTO persons (key, name, score) VALUES (?, ?, ?)').run(key, name, score);
    else if (score > stored.score) {
      statement(db, 'UPDATE persons SET name = ?, score = ? WHERE key = ?').run(name, score, key);
      improved.push(key);
    }
    names.set(key, shownName(db, key) ?? name);
  }
  return { names, improved };
}

/** Up to three people who said the most, in that order ("Vladimir Putin · Sooronbay Jeenbekov"). */
export function mainSpeakers(figures: { person: string | null; speaker: string; words: number }[]): string | null {
  const words = new Map<string, number>();
  const named = figures.filter((f) => f.person);
  for (const f of named.length ? named : figures) words.set(f.speaker, (words.get(f.speaker) ?? 0) + f.words);
  const top = [...words.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3);
  return top.length ? top.map(([name]) => name).join(' · ') : null;
}

/** Writes a key's shown name into every document that holds it; those documents' main speakers and search rows follow. */
export function propagate(db: Database, keys: Iterable<string>): number[] {
  const touched = new Set<number>();
  for (const key of keys) {
    const name = shownName(db, key);
    if (name === null) continue;
    const docs = statement(db, 'SELECT DISTINCT document_id AS id FROM document_speakers WHERE person_key = ? AND person IS NOT ?').all(
      key,
      name,
    ) as { id: number }[];
    if (docs.length === 0) continue;
    statement(db, 'UPDATE document_speakers SET person = ?, speaker = ? WHERE person_key = ?').run(name, name, key);
    for (const d of docs) touched.add(d.id);
  }
  for (const id of touched) {
    const figures = statement(db, 'SELECT person, speaker, words FROM document_speakers WHERE document_id = ?').all(id) as {
      person: string | null;
      speaker: string;
      words: number;
    }[];
    statement(db, 'UPDATE documents SET main_speakers = ? WHERE id = ?').run(mainSpeakers(figures), id);
    // The search index holds each turn's person words (archive/search/indexer.ts): the document is indexed again.
    statement(db, 'INSERT OR IGNORE INTO search_pending (document_id) VALUES (?)').run(id);
  }
  return [...touched];
}

export interface PersonSummary {
  name: string;
  documents: number;
  turns: number;
  words: number;
}

/** Every person who speaks in the archive, most words first. */
export function listPersons(db: Database): PersonSummary[] {
  return db
    .prepare(
      `SELECT person AS name, count(DISTINCT document_id) AS documents, sum(turns) AS turns, sum(words) AS words
       FROM document_speakers WHERE person IS NOT NULL GROUP BY person ORDER BY words DESC, person`,
    )
    .all() as PersonSummary[];
}

/** The variant keys a shown name stands for (its exact spelling first; else any spelling of the same key). */
export function keysOf(db: Database, name: string): string[] {
  const rows = db
    .prepare(
      `SELECT person_key AS key FROM document_speakers WHERE person = @name AND person_key IS NOT NULL
       UNION SELECT variant FROM person_overrides WHERE name = @name
       UNION SELECT key FROM persons WHERE name = @name AND key NOT IN (SELECT variant FROM person_overrides)`,
    )
    .all({ name: name.trim() }) as { key: string }[];
  if (rows.length > 0) return rows.map((r) => r.key);
  const key = variantKey(name);
  return key && db.prepare('SELECT 1 FROM persons WHERE key = ?').get(key) ? [key] : [];
}

/**
 * The person model's name for a person tag ("Jeenbekov Sooronbay" as "Sooronbay Jeenbekov"), when the
 * two have the same words; the tag itself otherwise (a rename the user chose is not forced on the tag).
 */
export function personTagNamer(db: Database): (tag: string) => string {
  if (!hasPersonTables(db)) return (tag) => tag;
  // Looked up per tag (a facet shows a few dozen), not by reading every person on each facet count.
  const names = new Map<string, string | null>();
  const nameOf = (key: string): string | null => {
    if (!names.has(key)) names.set(key, shownName(db, key));
    return names.get(key) ?? null;
  };
  const words = (text: string): string => foldAccents(text).split(/\s+/).filter(Boolean).sort().join(' ');
  return (tag) => {
    const name = nameOf(variantKey(tag));
    return name !== null && words(name) === words(tag) ? name : tag;
  };
}
