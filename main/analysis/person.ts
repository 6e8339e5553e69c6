/**
 * One person's page: their documents (with their turns and words in each, and where they first
 * speak), their totals and first and last appearance, and their most distinctive words against
 * the rest of the archive (person-terms.ts). A person is named as the speakers table shows them,
 * or by a person key (`verbatim person list`), or by another spelling of their whole name.
 */
import { variantKey } from '../archive/persons';
import type { PersonDocumentJson, PersonRequest, PersonResult } from '../../shared/contract/analysis';
import { PAGE_WORDS, type PersonFacts, type PersonWords } from './person-terms';

/** Terms listed on a page. */
export const PAGE_TERMS = 25;

/** The shown name a request names, or null when the archive has no such person. */
export function resolvePerson(facts: PersonFacts, asked: string): string | null {
  const name = asked.trim();
  if (facts.persons.has(name)) return name;
  const key = variantKey(name);
  for (const row of facts.speakers) if (row.person && (row.personKey === name || (key && row.personKey === key))) return row.person;
  const lower = name.toLowerCase();
  for (const shown of facts.persons.keys()) if (shown.toLowerCase() === lower) return shown;
  return null;
}

export function personPage(words: PersonWords, facts: PersonFacts, request: PersonRequest): PersonResult {
  const started = performance.now();
  const person = resolvePerson(facts, request.person);
  const totals = person === null ? undefined : facts.persons.get(person);
  if (person === null || !totals)
    return { status: 'invalid', error: `There is no person “${request.person}” in this archive (\`verbatim person list\` lists them).` };
  const rows = words.rowsOf(facts, person);
  const byDoc = new Map<number, PersonDocumentJson>();
  const keys = new Map<string, number>();
  for (const row of rows) {
    if (row.personKey) keys.set(row.personKey, (keys.get(row.personKey) ?? 0) + row.words);
    const known = byDoc.get(row.documentId);
    if (known) {
      known.turns += row.turns;
      known.words += row.words;
      known.firstTurn = Math.min(known.firstTurn, row.firstIdx);
      continue;
    }
    const doc = facts.docs.get(row.documentId);
    byDoc.set(row.documentId, {
      documentId: row.documentId,
      title: doc?.title ?? '',
      date: doc?.date ?? null,
      turns: row.turns,
      words: row.words,
      firstTurn: row.firstIdx,
    });
  }
  // The key that holds most of the person's words (a merged person has several).
  const key = [...keys.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  const { terms, read } = words.termsOf(facts, person, PAGE_WORDS, PAGE_TERMS);
  const documentList = [...byDoc.values()];
  return {
    status: 'ok',
    person,
    key,
    documents: totals.documents,
    turns: totals.turns,
    words: totals.words,
    first: totals.first,
    last: totals.last,
    terms,
    read,
    documentList: request.limit === undefined ? documentList : documentList.slice(0, request.limit),
    tookMs: Math.round((performance.now() - started) * 10) / 10,
  };
}
