/**
 * What search needs to know of every document without reading its text: date, title,
 * place and tag values (interned), speakers. Loaded lazily in one pass and reloaded when the
 * archive changes; it serves the field filters (topic:, person:, place:, date:), the values each
 * facet value stands for (facet-values.ts), the order by date and the suggestions.
 */
import type { Database } from 'better-sqlite3';
import { personKey } from '../../../shared/speaker-names';
import { foldedWords } from '../../search/text';
import { partitionPoint } from './partition-point';

/**
 * The query fields that select stored values by their words (topic:, person:, place: — places and
 * geography tags alike — and the speakers suggested as you type). Facets are not counted here: the
 * one facet model is archive/facet-model.ts (search's use of it: counts.ts, facet-values.ts).
 */
export type ValueField = 'speaker' | 'topic' | 'person' | 'place';
type ValueKind = ValueField;

export interface DocMeta {
  id: number;
  title: string;
  date: string | null;
  place: string | null;
  summary: string | null;
  turnCount: number;
  year: number;
  values: Record<ValueKind, number[]>;
}

/** An interned value: its display form, its folded words, and every spelling stored for it. */
export interface ValueEntry {
  label: string;
  words: string[];
  spellings: string[];
}

export class ValueTable {
  readonly entries: ValueEntry[] = [];
  private readonly byKey = new Map<string, number>();

  constructor(private readonly key: (label: string) => string) {}

  intern(label: string): number {
    const k = this.key(label);
    let id = this.byKey.get(k);
    if (id === undefined) {
      id = this.entries.length;
      this.entries.push({ label, words: foldedWords(label), spellings: [label] });
      this.byKey.set(k, id);
    } else if (!this.entries[id].spellings.includes(label)) {
      this.entries[id].spellings.push(label);
    }
    return id;
  }

  /** Ids of values that hold every word of `query` (a trailing * makes the last word a prefix). */
  matching(query: string): Set<number> {
    const words = foldedWords(query);
    const prefix = query.trim().endsWith('*');
    const out = new Set<number>();
    if (words.length === 0) return out;
    this.entries.forEach((entry, id) => {
      const ok = words.every((w, i) =>
        prefix && i === words.length - 1 ? entry.words.some((e) => e.startsWith(w)) : entry.words.includes(w),
      );
      if (ok) out.add(id);
    });
    return out;
  }

  /** The stored spellings of every value that `query` selects (what a field of the query accepts). */
  spellingsMatching(query: string): string[] {
    return [...this.matching(query)].flatMap((id) => this.entries[id].spellings);
  }
}

export class MetaStore {
  readonly docs = new Map<number, DocMeta>();
  readonly tables: Record<ValueKind, ValueTable> = {
    speaker: new ValueTable(personKey),
    topic: new ValueTable((v) => foldedWords(v).join(' ')),
    person: new ValueTable(personKey),
    place: new ValueTable((v) => foldedWords(v).join(' ')),
  };

  /** Per value table, the documents holding each value (by value id). */
  private readonly holders: Record<ValueKind, number[][]> = { speaker: [], topic: [], person: [], place: [] };
  private dateOrder: number[] | null = null;
  private datePlace: Int32Array | null = null;
  private maxId = 0;

  /** Every document id, newest first (by date, undated last, then by id). */
  byDate(): number[] {
    if (!this.dateOrder) {
      const docs = [...this.docs.values()];
      docs.sort((a, b) => (a.date === b.date ? b.id - a.id : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1));
      this.dateOrder = docs.map((d) => d.id);
    }
    return this.dateOrder;
  }

  /** Each document's place in byDate(), by id (-1: none): comparing two places compares as rank.ts's newestFirst does. */
  placeByDate(): Int32Array {
    if (!this.datePlace) {
      const place = new Int32Array(this.maxId + 1).fill(-1);
      this.byDate().forEach((id, i) => (place[id] = i));
      this.datePlace = place;
    }
    return this.datePlace;
  }

  /**
   * The documents that hold any of `values` (ids in `kind`'s table), as a mask by document id: a
   * filter over tens of thousands of documents reads one byte each, not each document's values.
   */
  holding(kind: ValueKind, values: Iterable<number>): Uint8Array {
    const mask = new Uint8Array(this.maxId + 1);
    for (const value of values) for (const id of this.holders[kind][value] ?? []) mask[id] = 1;
    return mask;
  }

  /** The documents dated within `from`..`to` (inclusive, as strings compare; null: open), as a mask by document id. */
  datedWithin(from: string | null, to: string | null): Uint8Array {
    const mask = new Uint8Array(this.maxId + 1);
    const order = this.byDate();
    const date = (i: number): string | null => (this.docs.get(order[i]) as DocMeta).date;
    // Newest first, undated last: the documents on or before `to` begin at one place, those before
    // `from` (or undated: a range never holds them) at a later one.
    const first = (past: (d: string) => boolean): number =>
      partitionPoint(order.length, (i) => {
        const d = date(i);
        // Undated (or an empty date) sorts last and is never in a range.
        return Boolean(d) && !past(d as string);
      });
    const start = to === null ? 0 : first((d) => d <= to);
    const end = from === null ? first(() => false) : first((d) => d < from);
    for (let i = start; i < end; i++) mask[order[i]] = 1;
    return mask;
  }

  static load(db: Database): MetaStore {
    const store = new MetaStore();
    const rows = db.prepare('SELECT id, title, date, place, summary, turn_count FROM documents').raw().all() as [
      number,
      string,
      string | null,
      string | null,
      string | null,
      number,
    ][];
    for (const [id, title, date, place, summary, turnCount] of rows) {
      const year = date ? Number(date.slice(0, 4)) : 0;
      const values: DocMeta['values'] = { speaker: [], topic: [], person: [], place: [] };
      if (place) store.hold(values, 'place', store.tables.place.intern(place), id);
      store.maxId = Math.max(store.maxId, id);
      store.docs.set(id, { id, title, date, place, summary, turnCount, year: Number.isFinite(year) ? year : 0, values });
    }
    const tags = db.prepare('SELECT document_id, kind, value FROM tags').raw().all() as [number, string, string][];
    for (const [id, kind, value] of tags) {
      const doc = store.docs.get(id);
      if (!doc) continue;
      const target: ValueKind = kind === 'geography' ? 'place' : kind === 'person' ? 'person' : 'topic';
      store.hold(doc.values, target, store.tables[target].intern(value), id);
    }
    const speakers = db.prepare('SELECT document_id, speakers FROM search_indexed').raw().all() as [number, string][];
    for (const [id, json] of speakers) {
      const doc = store.docs.get(id);
      if (!doc) continue;
      for (const person of JSON.parse(json) as string[]) {
        store.hold(doc.values, 'speaker', store.tables.speaker.intern(person), id);
      }
    }
    return store;
  }

  /** Records that document `id` holds value `vid` of `kind` (once). */
  private hold(values: DocMeta['values'], kind: ValueKind, vid: number, id: number): void {
    if (values[kind].includes(vid)) return;
    values[kind].push(vid);
    (this.holders[kind][vid] ??= []).push(id);
  }
}
