/** The library and reader's functions on window.verbatim (channels in library.ts). */
import type {
  Channel,
  ChannelArgs,
  ChannelResult,
  DocumentEdit,
  ExportFormat,
  LibraryFilter,
  LibrarySort,
  NewAnnotation,
  PersonOverride,
  Result,
  SaveFileRequest,
} from '../shared/contract/api';

export type Call = <C extends Channel>(channel: C, ...args: ChannelArgs<C>) => Promise<Result<ChannelResult<C>>>;

export function libraryClient(call: Call) {
  return {
    queryLibrary: (filter: LibraryFilter, sort: LibrarySort) => call('library:query', { filter, sort }),
    libraryRows: (ids: number[]) => call('library:rows', ids),
    libraryFacets: (filter: LibraryFilter, limit: number) => call('library:facets', { filter, limit }),
    librarySuggest: (text: string) => call('library:suggest', text),
    documentSpeakers: (id: number) => call('document:speakers', id),
    editDocument: (id: number, edit: DocumentEdit) => call('document:edit', id, edit),
    deleteDocuments: (ids: number[]) => call('documents:delete', ids),
    undoDelete: (batch: string) => call('documents:undo-delete', batch),
    listAnnotations: (documentId: number | null) => call('annotations:list', documentId),
    addAnnotation: (annotation: NewAnnotation) => call('annotations:add', annotation),
    updateAnnotation: (id: number, note: string) => call('annotations:update', id, note),
    deleteAnnotation: (id: number) => call('annotations:delete', id),
    listCollections: () => call('collections:list'),
    createCollection: (name: string) => call('collections:create', name),
    addToCollection: (collectionId: number, ids: number[]) => call('collections:add', collectionId, ids),
    removeFromCollection: (collectionId: number, ids: number[]) => call('collections:remove', collectionId, ids),
    deleteCollection: (id: number) => call('collections:delete', id),
    listSavedFilters: () => call('filters:list'),
    saveFilter: (name: string, filter: LibraryFilter) => call('filters:save', name, filter),
    deleteSavedFilter: (id: number) => call('filters:delete', id),
    exportDocuments: (ids: number[], format: ExportFormat) => call('export:documents', { ids, format }),
    backupArchive: () => call('archive:backup'),
    saveFile: (request: SaveFileRequest) => call('file:save', request),
    listPersons: () => call('persons:list'),
    renamePerson: (from: string, to: string) => call('person:rename', from, to),
    mergePersons: (from: string, into: string) => call('person:merge', from, into),
    restorePersons: (previous: PersonOverride[]) => call('person:restore', previous),
  };
}
