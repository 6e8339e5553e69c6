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
/**
 * A word in more titles than this share (and this many) names none of them: "Putin" or "meeting"
 * is in most of an archive's titles. Titles are not suggested for such a word alone, and leaving
 * it out of their index spares each keystroke scoring thousands of titles (20 ms, not 2).
 */
const COMMON_TITLE_SHARE = 0.05;
const COMMON_TITLE_MIN = 50;

/** How MiniSearch splits a label into words (its default), for what the index itself does not say. */
const labelWords = (label: string): string[] => (MiniSearch.getDefault('tokenize') as (text: string) => string[])(label).map(foldWord);

/** A title's word as the titles' field holds it: folded, or null for a common word (left out). */
const titleTerm =
  (common: Set<string>) =>
  (term: string): string | null => {
    const word = foldWord(term);
    return common.has(word) ? null : word;
  };

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
    private readonly common: Set<string>,
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
    const common = commonTitleWords(entries.filter((e) => e.kind === 'title').map((e) => e.label));
    // Field values and titles are two fields: the titles' leaves out their common words.
    const index = new MiniSearch<Entry>({
      fields: ['label', 'title'],
      storeFields: [],
      extractField: (entry, field) => (field === 'id' ? entry.id : (field === 'title') === (entry.kind === 'title') ? entry.label : ''),
      processTerm: (term, field) => (field === 'title' ? titleTerm(common)(term) : foldWord(term)),
      searchOptions: { prefix: true, combineWith: 'AND' },
    });
    index.addAll(entries);
    return new Suggester(index, common, entries, generation, performance.now());
  }

  /**
   * Field values, then titles (without their common words), as one list by score. A last word of
   * one letter ("foreign p") is not expanded to every word of the index that begins with it: the
   * entries found for the words before it are kept when one of their words begins with it.
   */
  private find(fragment: string, fuzzy: boolean): { id: number; score: number }[] {
    const words = fragment.split(/\s+/);
    const letter = words.length > 1 && [...words[words.length - 1]].length === 1 ? foldWord(words[words.length - 1]) : null;
    const query = letter === null ? fragment : words.slice(0, -1).join(' ');
    const options = {
      fuzzy: fuzzy ? (term: string) => (term.length > 4 ? 0.2 : false) : false,
      boostDocument: (id: unknown) => {
        const e = this.entries[id as number];
        return BOOST[e.kind] * (1 + Math.log10(e.weight));
      },
    };
    const values = this.index.search(query, { ...options, fields: ['label'], processTerm: (term) => foldWord(term) });
    const titles = this.index.search(query, { ...options, fields: ['title'], processTerm: titleTerm(this.common) });
    const found = [...values, ...titles] as { id: number; score: number }[];
    const kept = letter === null ? found : found.filter((r) => labelWords(this.entries[r.id].label).some((w) => w.startsWith(letter)));
    return kept.sort((a, b) => b.score - a.score || a.id - b.id);
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
      const results = this.find(fragment, n === 1);
      if (results.length === 0) continue;
      const items: Suggestion[] = [];
      let titles = 0;
      for (const r of results) {
        const e = this.entries[r.id];
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

/** The folded words in more than COMMON_TITLE_SHARE of the titles (and COMMON_TITLE_MIN of them). */
function commonTitleWords(titles: string[]): Set<string> {
  const df = new Map<string, number>();
  for (const title of titles) {
    for (const word of new Set(labelWords(title))) if (word) df.set(word, (df.get(word) ?? 0) + 1);
  }
  const floor = Math.max(COMMON_TITLE_MIN, titles.length * COMMON_TITLE_SHARE);
  return new Set([...df].filter(([, n]) => n > floor).map(([word]) => word));
}
