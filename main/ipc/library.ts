/** Handlers for the library and reader's channels (shared/contract/library.ts), spread into createHandlers. */
import { writeFile } from 'node:fs/promises';
import type { Archive } from '../archive/archive';
import { EXPORT_EXTENSIONS, exportFileName, formatExport, type ExportDocument } from '../archive/library-export';
import type { libraryChannels } from '../../shared/contract/api';
import type { Handlers, SaveRequest } from './types';

export interface LibraryContext {
  archive: Archive;
  /** Asks where to save a file; null when the user cancels. */
  chooseSavePath?(request: SaveRequest): Promise<string | null>;
}

type LibraryChannel = keyof typeof libraryChannels;

const stamp = (): string => new Date().toISOString().slice(0, 10);

export function libraryHandlers(context: LibraryContext): Pick<Handlers, LibraryChannel> {
  const lib = () => context.archive.library;
  const askPath = async (request: SaveRequest): Promise<string | null> => {
    if (!context.chooseSavePath) throw new Error('Saving files is not available in this window.');
    return context.chooseSavePath(request);
  };
  return {
    'library:query': ({ filter, sort }) => lib().query(filter, sort),
    'library:rows': (ids) => lib().rows(ids),
    'library:facets': ({ filter, limit }) => lib().facets(filter, limit),
    'library:suggest': (text) => lib().suggest(text),
    'document:speakers': (id) => lib().speakers(id),
    'document:edit': (id, change) => lib().edit(id, change),
    'documents:delete': (ids) => lib().delete(ids),
    'documents:undo-delete': (batch) => lib().undoDelete(batch),
    'annotations:list': (documentId) => lib().annotations(documentId),
    'annotations:add': (annotation) => {
      if (!context.archive.get(annotation.documentId)) throw new Error('That document is no longer in the archive.');
      return lib().addAnnotation(annotation);
    },
    'annotations:update': (id, note) => lib().updateAnnotation(id, note),
    'annotations:delete': (id) => lib().deleteAnnotation(id),
    'collections:list': () => lib().collections(),
    'collections:create': (name) => lib().createCollection(name),
    'collections:add': (collection, ids) => lib().addToCollection(collection, ids),
    'collections:remove': (collection, ids) => lib().removeFromCollection(collection, ids),
    'collections:delete': (id) => lib().deleteCollection(id),
    'filters:list': () => lib().savedFilters(),
    'filters:save': (name, filter) => lib().saveFilter(name, filter),
    'filters:delete': (id) => lib().deleteSavedFilter(id),
    'export:documents': async ({ ids, format }) => {
      const items: ExportDocument[] = ids.flatMap((id) => {
        const doc = context.archive.get(id);
        return doc ? [{ doc, speakers: lib().speakers(id) }] : [];
      });
      if (items.length === 0) throw new Error('None of those documents is in the archive any more.');
      const path = await askPath({ title: 'Export', defaultName: exportFileName(items, format), extensions: [EXPORT_EXTENSIONS[format]] });
      if (!path) return null;
      await writeFile(path, formatExport(format, items), 'utf8');
      return { path, documents: items.length };
    },
    'file:save': async ({ name, kind, data, encoding }) => {
      const path = await askPath({ title: 'Save', defaultName: name, extensions: [kind] });
      if (!path) return null;
      await writeFile(path, Buffer.from(data, encoding));
      return { path };
    },
    'archive:backup': async () => {
      const path = await askPath({ title: 'Back up archive', defaultName: `Verbatim backup ${stamp()}.sqlite`, extensions: ['sqlite'] });
      if (!path) return null;
      await context.archive.backup(path);
      return { path };
    },
    'persons:list': () => lib().persons(),
    'person:rename': (from, to) => lib().renamePerson(from, to),
    'person:merge': (from, into) => lib().mergePersons(from, into),
    'person:restore': (previous) => lib().restorePersons(previous),
  };
}
