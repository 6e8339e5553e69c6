import type { Channel, ChannelArgs, ChannelResult } from '../../shared/contract/api';

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

/**
 * The read-only questions of the window, by kind, and the contract channel each one answers: the
 * query worker answers them (answers.ts), and the IPC handlers route these channels to it.
 */
export const QUERY_CHANNELS = {
  search: 'search:query',
  suggest: 'search:suggest',
  compare: 'compare:documents',
  similar: 'compare:similar',
  kwic: 'analysis:kwic',
  trend: 'analysis:trend',
  speakers: 'analysis:speakers',
  collocates: 'analysis:collocates',
  cite: 'analysis:cite',
  person: 'analysis:person',
  citeMany: 'analysis:cite-many',
} as const satisfies Record<string, Channel>;

export type QueryKind = keyof typeof QUERY_CHANNELS;
export type QueryChannel = (typeof QUERY_CHANNELS)[QueryKind];

/** Request and answer types of each kind, as the contract gives them for its channel. */
export type QueryKinds = {
  [K in QueryKind]: { request: ChannelArgs<(typeof QUERY_CHANNELS)[K]>[0]; answer: ChannelResult<(typeof QUERY_CHANNELS)[K]> };
};

export type QueryMessage = { [K in QueryKind]: { id: number; kind: K; request: QueryKinds[K]['request'] } }[QueryKind];

export type QueryReply = { id: number; ok: true; value: QueryKinds[QueryKind]['answer'] } | { id: number; ok: false; error: string };
