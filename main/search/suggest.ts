/**
 * Suggestions as you type: a small MiniSearch index (prefix + fuzzy) over titles,
 * speakers, persons, topics and places, built lazily from the MetaStore and rebuilt
 * when the archive changes. The part of the text suggested for is its last words
 * (up to three, longest first, after any field or quoted phrase; several words must
 * each begin a word of the suggestion, a single word may also match fuzzily).
 */
import MiniSearch from 'minisearch';
import type { Suggestion, SuggestResult } from '../../shared/contract/search';
import { foldWord } from './text';

interface Entry {
  id: number;
  kind: Suggestion['kind'];
  label: string;
  documentId: number | null;
  weight: number;
}

const FIELD: Record<Exclude<Suggestion['kind'], 'title'>, string> = {
  speaker: 'speaker',
  person: 'person',
  topic: 'topic',
  place: 'place',
};
const BOOST: Record<Suggestion['kind'], number> = { speaker: 3, person: 2.5, topic: 2.5, place: 2, title: 1 };
const MAX_TITLES = 4;

function quoteValue(value: string): string {
  return /[\s"():]/.test(value) ? `"${value.replace(/"/g, '')}"` : value;
}

type SuggestKind = 'speaker' | 'topic' | 'person' | 'place';

/** What the suggester reads of the archive's metadata (the archive's search metadata, archive/search/meta.ts, is one). */
export interface SuggestSource {
  docs: ReadonlyMap<number, { id: number; title: string; values: Record<SuggestKind, number[]> }>;
  tables: Record<SuggestKind, { entries: readonly { label: string }[] }>;
}

export class Suggester {
  private constructor(
    private readonly index: MiniSearch<Entry>,
    private readonly entries: Entry[],
    readonly generation: number,
    readonly builtAt: number,
  ) {}

  static build(meta: SuggestSource, generation: number): Suggester {
    const entries: Entry[] = [];
    const counts = {
      speaker: new Map<number, number>(),
      topic: new Map<number, number>(),
      person: new Map<number, number>(),
      place: new Map<number, number>(),
    };
    const titles = new Map<string, number>();
    for (const doc of meta.docs.values()) {
      for (const kind of ['speaker', 'topic', 'person', 'place'] as const) {
        for (const v of doc.values[kind]) counts[kind].set(v, (counts[kind].get(v) ?? 0) + 1);
      }
      const key = doc.title.toLowerCase();
      if (!titles.has(key)) titles.set(key, doc.id);
    }
    for (const kind of ['speaker', 'topic', 'person', 'place'] as const) {
      const table = meta.tables[kind];
      for (const [v, n] of counts[kind])
        entries.push({ id: entries.length, kind, label: table.entries[v].label, documentId: null, weight: n });
    }
    for (const id of titles.values()) {
      const doc = meta.docs.get(id);
      if (doc) entries.push({ id: entries.length, kind: 'title', label: doc.title, documentId: id, weight: 1 });
    }
    const index = new MiniSearch<Entry>({
      fields: ['label'],
      storeFields: [],
      processTerm: (term) => foldWord(term),
      searchOptions: { prefix: true, fuzzy: (term) => (term.length > 4 ? 0.2 : false), combineWith: 'AND' },
    });
    index.addAll(entries);
    return new Suggester(index, entries, generation, performance.now());
  }

  suggest(text: string, limit: number): SuggestResult {
    const tail = /(?:^|[\s(])((?:[^\s":()]+\s+){0,2}[^\s":()]+)$/u.exec(text);
    if (!tail || text.endsWith(' ')) return { from: text.length, items: [] };
    const words = tail[1].split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      const fragment = words.slice(words.length - n).join(' ');
      if (fragment.replace(/[^\p{L}\p{N}]/gu, '').length < 2) continue;
      // Several words: each must begin a word of the entry (no fuzziness, which would
      // let an earlier, finished word match loosely). One word: prefix or fuzzy.
      const results = this.index.search(fragment, {
        fuzzy: n > 1 ? false : (term) => (term.length > 4 ? 0.2 : false),
        boostDocument: (id) => {
          const e = this.entries[id as number];
          return BOOST[e.kind] * (1 + Math.log10(e.weight));
        },
      });
      if (results.length === 0) continue;
      const items: Suggestion[] = [];
      let titles = 0;
      for (const r of results) {
        const e = this.entries[r.id as number];
        if (e.kind === 'title' && ++titles > MAX_TITLES) continue;
        const insert = e.kind === 'title' ? `title:"${e.label.replace(/"/g, '')}"` : `${FIELD[e.kind]}:${quoteValue(e.label)}`;
        items.push({ kind: e.kind, label: e.label, insert, documentId: e.documentId });
        if (items.length >= limit) break;
      }
      return { from: text.length - fragment.length, items };
    }
    return { from: text.length, items: [] };
  }
}
