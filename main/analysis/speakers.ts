/**
 * Who speaks, and who says a query, pure: persons' documents, turns and words from the stored
 * speaker figures (document_speakers, one row per label and document, resolved to persons
 * once: archive/persons.ts), and a query's occurrences attributed to the person of each turn.
 */
import type { SpeakerRow } from '../archive/analysis-read';
import type { SpeakerRowJson } from '../../shared/contract/analysis';
import { compareDates } from './kwic';
import { per10k } from './measures';

export interface PersonTotals {
  person: string;
  documents: number;
  turns: number;
  words: number;
  first: string | null;
  last: string | null;
}

function widen(span: { first: string | null; last: string | null }, date: string | null): void {
  if (!date) return;
  if (span.first === null || date < span.first) span.first = date;
  if (span.last === null || date > span.last) span.last = date;
}

/** Every person's documents, turns, words and first and last dated appearance. */
export function personTotals(rows: SpeakerRow[], dateOf: (doc: number) => string | null): Map<string, PersonTotals> {
  const out = new Map<string, PersonTotals>();
  const seen = new Map<string, Set<number>>();
  for (const row of rows) {
    if (!row.person) continue;
    let t = out.get(row.person);
    if (!t) {
      t = { person: row.person, documents: 0, turns: 0, words: 0, first: null, last: null };
      out.set(row.person, t);
      seen.set(row.person, new Set());
    }
    const docs = seen.get(row.person) as Set<number>;
    if (!docs.has(row.documentId)) {
      docs.add(row.documentId);
      t.documents++;
      widen(t, dateOf(row.documentId));
    }
    t.turns += row.turns;
    t.words += row.words;
  }
  return out;
}

/** One turn that holds the query: its person, document, date and occurrences. */
export interface Said {
  person: string;
  doc: number;
  date: string | null;
  count: number;
}

/** Without a query: every person, most words first. */
export function everyone(totals: Map<string, PersonTotals>): SpeakerRowJson[] {
  return [...totals.values()]
    .map((t) => ({ ...t, matches: null, per10k: null }))
    .sort((a, b) => b.words - a.words || a.person.localeCompare(b.person));
}

/** With a query: who says it, most occurrences first (then the higher rate). */
export function whoSays(totals: Map<string, PersonTotals>, said: Said[]): SpeakerRowJson[] {
  const rows = new Map<string, SpeakerRowJson & { docs: Set<number> }>();
  for (const s of said) {
    let row = rows.get(s.person);
    if (!row) {
      const words = totals.get(s.person)?.words ?? 0;
      row = { person: s.person, documents: 0, turns: 0, words, matches: 0, per10k: null, first: null, last: null, docs: new Set() };
      rows.set(s.person, row);
    }
    row.turns++;
    row.matches = (row.matches ?? 0) + s.count;
    if (!row.docs.has(s.doc)) {
      row.docs.add(s.doc);
      row.documents++;
    }
    widen(row, s.date);
  }
  return [...rows.values()]
    .map(({ docs: _docs, ...row }) => ({ ...row, per10k: per10k(row.matches ?? 0, row.words) }))
    .sort(
      (a, b) =>
        (b.matches ?? 0) - (a.matches ?? 0) ||
        (b.per10k ?? 0) - (a.per10k ?? 0) ||
        compareDates(a.first, b.first) ||
        a.person.localeCompare(b.person),
    );
}
