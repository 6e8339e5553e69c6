import type { SearchRequest, SearchResult, SuggestRequest, SuggestResult } from '../../preload/api';

export interface SearchJob {
  archivePath: string;
  nativeBinding?: string;
}

export type SearchWorkerRequest =
  | { id: number; kind: 'search'; request: SearchRequest }
  | { id: number; kind: 'suggest'; request: SuggestRequest };

export type SearchWorkerReply = { id: number; ok: true; value: SearchResult | SuggestResult } | { id: number; ok: false; error: string };
