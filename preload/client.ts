/**
 * The renderer's API, built from the contract over any transport: Electron's
 * ipcRenderer in the preload, a test bridge in the browser tests.
 */
import type {
  Channel,
  ChannelArgs,
  CiteManyRequest,
  CiteRequest,
  CollocatesRequest,
  KwicRequest,
  PersonRequest,
  SpeakersRequest,
  TrendRequest,
  ChannelResult,
  CompareRequest,
  EventPayload,
  ImportRequestOptions,
  MenuSpec,
  Result,
  SearchRequest,
  SimilarRequest,
  SuggestRequest,
} from '../shared/contract/api';
import { MENU_CHANNEL, type EventName } from '../shared/contract/names';
import { libraryClient } from './client-library';

export interface Transport {
  invoke(channel: Channel, ...args: unknown[]): Promise<unknown>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
  /** The file system path of a dropped file. */
  pathForFile(file: File): string;
}

export function createClient(transport: Transport) {
  const call = <C extends Channel>(channel: C, ...args: ChannelArgs<C>): Promise<Result<ChannelResult<C>>> =>
    transport.invoke(channel, ...args) as Promise<Result<ChannelResult<C>>>;
  const subscribe =
    <E extends EventName>(event: E) =>
    (listener: (payload: EventPayload<E>) => void): (() => void) =>
      transport.on(event, (payload) => listener(payload as EventPayload<E>));
  return {
    archiveInfo: () => call('archive:info'),
    listDocuments: (limit: number, offset: number) => call('library:list', { limit, offset }),
    getDocument: (id: number) => call('document:get', id),
    importPaths: (paths: string[], options?: ImportRequestOptions) => call('import:paths', paths, options),
    importDialog: (options?: { folders: boolean }) => call('import:dialog', options),
    cancelImport: () => call('import:cancel'),
    onImportProgress: subscribe('import:progress'),
    onImportFinished: subscribe('import:finished'),
    onMenuCommand: subscribe('menu:command'),
    onLinkOpen: subscribe('link:open'),
    /** Sets the native menu from the window's command registry (main/app/index.ts; not a `channels` entry). */
    setMenu: (spec: MenuSpec) => transport.invoke(MENU_CHANNEL as Channel, spec) as Promise<Result<boolean>>,
    pathForFile: (file: File): string => transport.pathForFile(file),
    compareDocuments: (request: CompareRequest) => call('compare:documents', request),
    findSimilarPassages: (request: SimilarRequest) => call('compare:similar', request),
    ...libraryClient(call),
    search: (request: SearchRequest) => call('search:query', request),
    suggest: (request: SuggestRequest) => call('search:suggest', request),
    concordance: (request: KwicRequest) => call('analysis:kwic', request),
    trend: (request: TrendRequest) => call('analysis:trend', request),
    speakerTable: (request: SpeakersRequest) => call('analysis:speakers', request),
    collocates: (request: CollocatesRequest) => call('analysis:collocates', request),
    cite: (request: CiteRequest) => call('analysis:cite', request),
    personPage: (request: PersonRequest) => call('analysis:person', request),
    citeMany: (request: CiteManyRequest) => call('analysis:cite-many', request),
  };
}

export type VerbatimApi = ReturnType<typeof createClient>;
