import type {
  CiteRequest,
  CiteResult,
  CollocatesRequest,
  CollocatesResult,
  KwicRequest,
  KwicResult,
  SpeakersRequest,
  SpeakersResult,
  TrendRequest,
  TrendResult,
  Comparison,
  CompareRequest,
  SearchRequest,
  SearchResult,
  SimilarRequest,
  SimilarResult,
  SuggestRequest,
  SuggestResult,
} from '../../preload/api';

/** What the query worker opens. */
export interface QueryJob {
  archivePath: string;
  nativeBinding?: string;
  /**
   * One Int32 the client sets to the id of the running question it no longer wants (a newer
   * one of the same kind came): the worker reads it between statements while it is busy,
   * when no message can reach it.
   */
  cancelled?: SharedArrayBuffer;
}

/** The read-only questions the query worker answers, by kind: request and answer types. */
export interface QueryKinds {
  search: { request: SearchRequest; answer: SearchResult };
  suggest: { request: SuggestRequest; answer: SuggestResult };
  compare: { request: CompareRequest; answer: Comparison };
  similar: { request: SimilarRequest; answer: SimilarResult };
  kwic: { request: KwicRequest; answer: KwicResult };
  trend: { request: TrendRequest; answer: TrendResult };
  speakers: { request: SpeakersRequest; answer: SpeakersResult };
  collocates: { request: CollocatesRequest; answer: CollocatesResult };
  cite: { request: CiteRequest; answer: CiteResult };
}

export type QueryKind = keyof QueryKinds;

export type QueryMessage = { [K in QueryKind]: { id: number; kind: K; request: QueryKinds[K]['request'] } }[QueryKind];

export type QueryReply = { id: number; ok: true; value: QueryKinds[QueryKind]['answer'] } | { id: number; ok: false; error: string };
