/**
 * The keys of the window's requests, with the revisions each depends on: a request
 * asks again exactly when a change it depends on happens (see Topic in state.ts).
 */
import { compact } from '../library/filter';
import { requestKey } from '../shared/useRequest';
import type { State } from './state';

/** The ids of the listed documents (they change with documents, and with a collection's members when one is shown). */
export const libraryIdsKey = (s: State): string =>
  requestKey(
    'library:ids',
    compact(s.filter),
    s.sort,
    s.revision.documents,
    s.filter.collection !== undefined ? s.revision.collections : 0,
  );

export const facetsKey = (s: State): string =>
  requestKey('library:facets', compact(s.filter), s.revision.documents, s.filter.collection !== undefined ? s.revision.collections : 0);

export const documentKey = (id: number, s: State): string => requestKey('document', id, s.revision.documents);
export const speakersKey = (id: number, s: State): string => requestKey('speakers', id, s.revision.documents);
export const annotationsKey = (id: number | null, s: State): string =>
  requestKey('annotations', id, s.revision.annotations, s.revision.documents);
export const collectionsKey = (s: State): string => requestKey('collections', s.revision.collections, s.revision.documents);
export const savedFiltersKey = (s: State): string => requestKey('filters', s.revision.filters);
export const archiveInfoKey = (s: State): string => requestKey('archive:info', s.revision.documents);
export const documentListKey = (s: State): string => requestKey('library:list', s.revision.documents);
export const searchKey = (s: State): string => requestKey('search', s.search.query.trim(), s.search.sort, s.revision.documents);
/** A research desk answer for the search's query (concordance, trend, speakers, collocates) with its own options. */
export const analysisKey = (name: string, s: State, ...options: unknown[]): string =>
  requestKey(`analysis:${name}`, s.search.query.trim(), ...options, s.revision.documents);
