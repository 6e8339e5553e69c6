/**
 * The last queries' result sets, rankings and counts, so that the counts asked for after a
 * page, the next page, another sort or a query typed again (backspace) reuse what was found.
 * Emptied when the archive changes (the engine clears it with each new MetaStore).
 */
import type { SearchCounts } from '../../../shared/contract/search';
import type { Ranking } from './rank';
import type { ResultSet } from './result-set';

type Counts = Omit<SearchCounts, 'status' | 'query' | 'tookMs'>;

export interface CacheEntry {
  rs: ResultSet;
  ranking: Ranking | null;
  counts: Counts | null;
  exactCounts: Counts | null;
}

export const CACHED_QUERIES = 8;

export class ResultCache {
  private readonly entries = new Map<string, CacheEntry>();

  private static key(query: string, sort: string): string {
    return `${sort}\u0000${query}`;
  }

  get(query: string, sort: string): CacheEntry | undefined {
    const key = ResultCache.key(query, sort);
    const entry = this.entries.get(key);
    if (entry) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  put(query: string, sort: string, rs: ResultSet): CacheEntry {
    const entry: CacheEntry = { rs, ranking: null, counts: null, exactCounts: null };
    this.entries.set(ResultCache.key(query, sort), entry);
    while (this.entries.size > CACHED_QUERIES) this.entries.delete(this.entries.keys().next().value as string);
    return entry;
  }

  clear(): void {
    this.entries.clear();
  }
}
