/** The library filter as the window holds it: pure helpers for toggling values, chips and labels. */
import type { FacetKind, LibraryFilter } from '../../../shared/contract/api';
import { formatDate } from '../shared/format';

export const FACET_LABELS: Record<FacetKind, string> = {
  year: 'Year',
  topic: 'Topic',
  person: 'Person',
  geography: 'Geography',
  speaker: 'Speaker',
  place: 'Place',
};

export const FACET_ORDER: FacetKind[] = ['year', 'topic', 'person', 'geography', 'speaker', 'place'];

export function toggleValue(filter: LibraryFilter, kind: FacetKind, value: string, on?: boolean): LibraryFilter {
  const current = filter.facets?.[kind] ?? [];
  const has = current.includes(value);
  const want = on ?? !has;
  const next = want ? (has ? current : [...current, value]) : current.filter((v) => v !== value);
  const facets = { ...filter.facets, [kind]: next };
  if (next.length === 0) delete facets[kind];
  return { ...filter, facets };
}

export interface Chip {
  key: string;
  label: string;
  remove(filter: LibraryFilter): LibraryFilter;
}

export function chipsOf(filter: LibraryFilter, collectionName?: string): Chip[] {
  const chips: Chip[] = [];
  for (const kind of FACET_ORDER) {
    for (const value of filter.facets?.[kind] ?? []) {
      chips.push({ key: `${kind}:${value}`, label: `${FACET_LABELS[kind]}: ${value}`, remove: (f) => toggleValue(f, kind, value, false) });
    }
  }
  if (filter.from || filter.to) {
    chips.push({
      key: 'range',
      label: `Dates: ${filter.from ? formatDate(filter.from) : '…'} – ${filter.to ? formatDate(filter.to) : '…'}`,
      remove: (f) => ({ ...f, from: undefined, to: undefined }),
    });
  }
  if (filter.text?.trim()) chips.push({ key: 'text', label: `Title: “${filter.text.trim()}”`, remove: (f) => ({ ...f, text: undefined }) });
  if (filter.collection !== undefined) {
    chips.push({
      key: 'collection',
      label: `Collection: ${collectionName ?? filter.collection}`,
      remove: (f) => ({ ...f, collection: undefined }),
    });
  }
  return chips;
}

/** The filter without empty parts, as sent to main and saved. */
export function compact(filter: LibraryFilter): LibraryFilter {
  const out: LibraryFilter = {};
  const facets = Object.fromEntries(Object.entries(filter.facets ?? {}).filter(([, v]) => v && v.length));
  if (Object.keys(facets).length) out.facets = facets;
  if (filter.from) out.from = filter.from;
  if (filter.to) out.to = filter.to;
  if (filter.text?.trim()) out.text = filter.text.trim();
  if (filter.collection !== undefined) out.collection = filter.collection;
  return out;
}

export const isEmptyFilter = (filter: LibraryFilter): boolean => Object.keys(compact(filter)).length === 0;
