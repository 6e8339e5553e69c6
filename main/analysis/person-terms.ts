/**
 * A person's most distinctive words against the rest of the archive: the person's turns and the
 * rest's turns counted word by word as Compare counts two texts (compare/text.ts wordsOf, function
 * words and numbers left out: compare/distinctive.ts), ranked by the same log-odds ratio
 * (log-odds.ts) with a prior as strong as the person's words.
 *
 * Reading is bounded so that a page opens in a fraction of a second on any archive: a person's
 * words are read whole up to PAGE_WORDS, else from an even sample of their documents (spread over
 * their whole span); the rest of the archive is read whole up to POOL_WORDS, else from an even
 * sample of all documents, kept per state of the archive, from which the person's own turns are
 * taken out. Either way the answer says how many words each side was read from.
 */
import type { AnalysisReads, DocumentFact, SpeakerRow } from '../archive/analysis-read';
import type { PersonTermJson } from '../../shared/contract/analysis';
import { isListable } from '../compare/distinctive';
import { wordsOf } from '../compare/text';
import { compareDates } from './kwic';
import { termZ, type SideCounts } from './log-odds';
import { per10k } from './measures';
import type { PersonTotals } from './speakers';

/** A person's page reads at most about this many of their words. */
export const PAGE_WORDS = 100_000;
/** The speakers table's few terms per person read at most about this many of each person's words. */
export const TABLE_WORDS = 15_000;
/** The rest of the archive is read from at most about this many words (all of it when smaller). */
export const POOL_WORDS = 300_000;

/** What the research desk knows of the archive per state (engine.ts). */
export interface PersonFacts {
  meta: unknown;
  docs: Map<number, DocumentFact>;
  speakers: SpeakerRow[];
  /** document id -> label -> speaker row. */
  byLabel: Map<number, Map<string, SpeakerRow>>;
  persons: Map<string, PersonTotals>;
}

export interface TermsRead {
  terms: PersonTermJson[];
  read: { words: number; sampled: boolean; restWords: number; restSampled: boolean };
}

const emptySide = (): SideCounts => ({ counts: new Map(), words: 0 });

/** Words already checked by isListable: texts repeat their words. */
const listables = new Map<string, boolean>();

/** Adds every word of the texts to each side: all count towards its size, the listable ones by word. */
export function tallyWords(texts: Iterable<string>, sides: SideCounts[]): void {
  for (const text of texts) {
    for (const word of wordsOf(text)) {
      let listable = listables.get(word);
      if (listable === undefined) {
        if (listables.size > 200_000) listables.clear();
        listables.set(word, (listable = isListable(word)));
      }
      for (const side of sides) {
        side.words++;
        if (listable) side.counts.set(word, (side.counts.get(word) ?? 0) + 1);
      }
    }
  }
}

/** About `share` of `n` items, evenly spread (all of them when the share is 1 or more). */
export function spread(n: number, share: number): number[] {
  if (share >= 1) return Array.from({ length: n }, (_, i) => i);
  const want = Math.max(1, Math.round(n * share));
  const out: number[] = [];
  for (let k = 0; k < want; k++) out.push(Math.floor((k * n) / want));
  return out;
}

interface Pool {
  all: SideCounts;
  byPerson: Map<string, SideCounts>;
  sampled: boolean;
}

const listedIn = (side: SideCounts): number => {
  let n = 0;
  for (const v of side.counts.values()) n += v;
  return n;
};

/**
 * The person's words ranked against the rest of the archive (the pool without the person's part),
 * by the log-odds z of log-odds.ts. Only the person's words are scored: a word they never say is
 * not distinctive of them.
 */
function rank(
  side: SideCounts,
  pool: Pool,
  person: string,
  spreadOf: Map<string, number>,
  minDocs: number,
  limit: number,
): PersonTermJson[] {
  const own = pool.byPerson.get(person);
  const restWords = pool.all.words - (own?.words ?? 0);
  const nl = listedIn(side);
  const nr = listedIn(pool.all) - (own ? listedIn(own) : 0);
  // The prior as strong as the person's own words: one as strong as the whole archive would drown them.
  const alpha0 = Math.max(1, nl);
  const out: PersonTermJson[] = [];
  for (const [term, yl] of side.counts) {
    if (yl < 3 || (spreadOf.get(term) ?? 0) < minDocs) continue;
    const yr = Math.max(0, (pool.all.counts.get(term) ?? 0) - (own?.counts.get(term) ?? 0));
    const z = termZ(yl, yr, nl, nr, alpha0, (yl + yr) / (nl + nr));
    if (z < 1.96) continue;
    out.push({ term, count: yl, per10k: per10k(yl, side.words) ?? 0, restCount: yr, restPer10k: per10k(yr, restWords) ?? 0, z });
  }
  return out
    .sort((a, b) => b.z - a.z || a.term.localeCompare(b.term))
    .slice(0, limit)
    .map((t) => ({ ...t, z: Math.round(t.z * 1000) / 1000 }));
}

/** Persons' words and terms, kept per state of the archive. */
export class PersonWords {
  private state: unknown = null;
  private pool: Pool | null = null;
  private rows: Map<string, SpeakerRow[]> | null = null;
  private readonly terms = new Map<string, TermsRead>();

  constructor(private readonly reads: AnalysisReads) {}

  private fresh(facts: PersonFacts): void {
    if (this.state === facts.meta) return;
    this.state = facts.meta;
    this.pool = null;
    this.rows = null;
    this.terms.clear();
  }

  /** A person's speaker rows (one per label and document), oldest document first. */
  rowsOf(facts: PersonFacts, person: string): SpeakerRow[] {
    this.fresh(facts);
    if (!this.rows) {
      const rows = new Map<string, SpeakerRow[]>();
      for (const row of facts.speakers) {
        if (!row.person) continue;
        let list = rows.get(row.person);
        if (!list) rows.set(row.person, (list = []));
        list.push(row);
      }
      const date = (id: number): string | null => facts.docs.get(id)?.date ?? null;
      for (const list of rows.values())
        list.sort((a, b) => compareDates(date(a.documentId), date(b.documentId)) || a.documentId - b.documentId || a.firstIdx - b.firstIdx);
      this.rows = rows;
    }
    return this.rows.get(person) ?? [];
  }

  /** The archive's words, whole or an even sample of its documents, with each person's part. */
  private poolOf(facts: PersonFacts): Pool {
    this.fresh(facts);
    if (this.pool) return this.pool;
    const docs = [...facts.docs.values()].sort((a, b) => a.id - b.id);
    let total = 0;
    for (const d of docs) total += d.words;
    const pool: Pool = { all: emptySide(), byPerson: new Map(), sampled: total > POOL_WORDS };
    for (const i of spread(docs.length, POOL_WORDS / Math.max(1, total))) {
      const id = docs[i].id;
      const labels = facts.byLabel.get(id);
      for (const turn of this.reads.documentTexts(id)) {
        const person = turn.speaker === null ? null : (labels?.get(turn.speaker)?.person ?? null);
        let own = person ? pool.byPerson.get(person) : undefined;
        if (person && !own) pool.byPerson.set(person, (own = emptySide()));
        tallyWords([turn.text], own ? [pool.all, own] : [pool.all]);
      }
    }
    this.pool = pool;
    return pool;
  }

  /** A person's most distinctive terms against the rest of the archive, from at most about `budget` of their words. */
  termsOf(facts: PersonFacts, person: string, budget: number, limit: number): TermsRead {
    this.fresh(facts);
    const key = `${person}\u0000${budget}\u0000${limit}`;
    const known = this.terms.get(key);
    if (known) return known;
    const rows = this.rowsOf(facts, person);
    let total = 0;
    for (const r of rows) total += r.words;
    const side = emptySide();
    // In how many of the documents read each word is said: a word of one speech is not the person's.
    const spreadOf = new Map<string, number>();
    const lastDoc = new Map<string, number>();
    const docs = new Set<number>();
    for (const i of spread(rows.length, budget / Math.max(1, total))) {
      const doc = rows[i].documentId;
      const own = emptySide();
      tallyWords(this.reads.labelTexts(doc, rows[i].label), [side, own]);
      docs.add(doc);
      for (const word of own.counts.keys()) {
        if (lastDoc.get(word) === doc) continue;
        lastDoc.set(word, doc);
        spreadOf.set(word, (spreadOf.get(word) ?? 0) + 1);
      }
    }
    const pool = this.poolOf(facts);
    const own = pool.byPerson.get(person);
    const result: TermsRead = {
      terms: rank(side, pool, person, spreadOf, Math.min(3, Math.ceil(docs.size / 10)), limit),
      read: { words: side.words, sampled: total > budget, restWords: pool.all.words - (own?.words ?? 0), restSampled: pool.sampled },
    };
    this.terms.set(key, result);
    return result;
  }
}
