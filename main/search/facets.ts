/** Facet counts and the date histogram over a result set, from the in-memory MetaStore. */
import type { SearchFacets, SearchHistogram } from '../../preload/api-search';
import type { MetaStore } from './meta';

const TOP = 20;

export function computeFacets(store: MetaStore, ids: number[]): { facets: SearchFacets; histogram: SearchHistogram } {
  const kinds = ['speaker', 'topic', 'person', 'place'] as const;
  const counts = kinds.map((kind) => new Uint32Array(store.tables[kind].entries.length));
  const years = new Map<number, number>();
  const months = new Map<string, number>();
  for (const id of ids) {
    const doc = store.docs.get(id);
    if (!doc) continue;
    for (let k = 0; k < kinds.length; k++) {
      const values = doc.values[kinds[k]];
      for (let i = 0; i < values.length; i++) counts[k][values[i]]++;
    }
    if (doc.year) {
      years.set(doc.year, (years.get(doc.year) ?? 0) + 1);
      if (doc.date && doc.date.length >= 7) months.set(doc.date.slice(0, 7), (months.get(doc.date.slice(0, 7)) ?? 0) + 1);
    }
  }
  const top = (k: number) => {
    const entries = store.tables[kinds[k]].entries;
    const list: { value: string; count: number }[] = [];
    counts[k].forEach((count, id) => {
      if (count > 0) list.push({ value: entries[id].label, count });
    });
    return list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).slice(0, TOP);
  };
  const yearList = [...years.entries()].sort((a, b) => a[0] - b[0]);
  const facets: SearchFacets = {
    speaker: top(0),
    topic: top(1),
    person: top(2),
    place: top(3),
    year: [...yearList].sort((a, b) => b[1] - a[1] || b[0] - a[0]).slice(0, TOP).map(([y, c]) => ({ value: String(y), count: c })),
  };
  // Months when the results span at most two calendar years, else years (gaps filled with 0).
  const histogram: SearchHistogram =
    yearList.length > 0 && yearList[yearList.length - 1][0] - yearList[0][0] <= 1
      ? { unit: 'month', buckets: fillMonths(months, yearList[0][0], yearList[yearList.length - 1][0]) }
      : { unit: 'year', buckets: fillYears(years, yearList) };
  return { facets, histogram };
}

function fillYears(years: Map<number, number>, sorted: [number, number][]): { key: string; count: number }[] {
  if (sorted.length === 0) return [];
  const out = [];
  for (let y = sorted[0][0]; y <= sorted[sorted.length - 1][0]; y++) out.push({ key: String(y), count: years.get(y) ?? 0 });
  return out;
}

function fillMonths(months: Map<string, number>, from: number, to: number): { key: string; count: number }[] {
  const keys = [...months.keys()].sort();
  if (keys.length === 0) return [];
  const out = [];
  for (let y = from; y <= to; y++) {
    for (let m = 1; m <= 12; m++) {
      const key = `${y}-${String(m).padStart(2, '0')}`;
      if (key < keys[0] || key > keys[keys.length - 1]) continue;
      out.push({ key, count: months.get(key) ?? 0 });
    }
  }
  return out;
}
