/**
 * The user's corrections of the person model: rename a person, merge two persons, and put
 * back what either replaced. Each writes person_overrides by variant key (persons.ts), never
 * by row id, so a document imported again resolves to the corrected person.
 */
import type { Database } from 'better-sqlite3';
import { keysOf, propagate, shownName } from './persons';
import { statement } from './statements';
import { writeTransaction } from './transaction';

/** An override as it was before a change: name null when there was none. */
export interface PersonOverride {
  variant: string;
  name: string | null;
}

export interface PersonChange {
  /** The person's name after the change. */
  person: string;
  /** How many documents now name the person differently. */
  documents: number;
  /** The overrides as they were: give them to restoreOverrides() to undo the change. */
  previous: PersonOverride[];
}

/** A request that names no person, or one the change cannot apply to. */
export class PersonEditError extends Error {}

function setOverrides(db: Database, keys: string[], name: string): { previous: PersonOverride[]; documents: number } {
  const previous = keys.map((variant) => ({
    variant,
    name: (statement(db, 'SELECT name FROM person_overrides WHERE variant = ?').get(variant) as { name: string } | undefined)?.name ?? null,
  }));
  const now = new Date().toISOString();
  for (const key of keys) {
    statement(
      db,
      'INSERT INTO person_overrides (variant, name, edited_at) VALUES (?, ?, ?) ON CONFLICT (variant) DO UPDATE SET name = excluded.name, edited_at = excluded.edited_at',
    ).run(key, name, now);
  }
  return { previous, documents: propagate(db, keys).length };
}

function existingKeys(db: Database, name: string): string[] {
  const keys = keysOf(db, name);
  if (keys.length === 0) throw new PersonEditError(`No person named “${name}” in this archive.`);
  return keys;
}

/** Shows every spelling of person `from` as `to`. */
export function renamePerson(db: Database, from: string, to: string): PersonChange {
  const name = to.trim().replace(/\s+/g, ' ');
  if (!name) throw new PersonEditError('A person needs a name.');
  return writeTransaction(db, () => {
    const { previous, documents } = setOverrides(db, existingKeys(db, from), name);
    return { person: name, documents, previous };
  });
}

/** Makes `from` the same person as `into`, shown by the name `into` has now. */
export function mergePersons(db: Database, from: string, into: string): PersonChange {
  return writeTransaction(db, () => {
    const target = existingKeys(db, into);
    const source = existingKeys(db, from);
    if (source.every((k) => target.includes(k))) throw new PersonEditError(`“${from}” and “${into}” are already one person.`);
    // The target's own keys are pinned too: a better spelling imported later must not split the merged person.
    const name = shownName(db, target[0]) ?? into.trim();
    const keys = [...new Set([...source, ...target])];
    const { previous, documents } = setOverrides(db, keys, name);
    return { person: name, documents, previous };
  });
}

/** Puts overrides back as a change found them (undo of a rename or merge). */
export function restoreOverrides(db: Database, previous: PersonOverride[]): number {
  return writeTransaction(db, () => {
    const now = new Date().toISOString();
    for (const { variant, name } of previous) {
      if (name === null) statement(db, 'DELETE FROM person_overrides WHERE variant = ?').run(variant);
      else statement(db, 'INSERT OR REPLACE INTO person_overrides (variant, name, edited_at) VALUES (?, ?, ?)').run(variant, name, now);
    }
    return propagate(
      db,
      previous.map((p) => p.variant),
    ).length;
  });
}
