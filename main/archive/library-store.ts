/** The library's door to the database: Archive.library. Every query lives in library-read.ts / library-edit.ts. */
import type { Database } from 'better-sqlite3';
import type { DocumentEdit, LibraryFilter, LibrarySort, NewAnnotation } from '../../shared/contract/api';
import * as edit from './library-edit';
import * as read from './library-read';
import { mergePersons, renamePerson, restoreOverrides, type PersonOverride } from './person-edits';
import { listPersons } from './persons';

export class LibraryStore {
  constructor(private readonly db: Database) {}

  query(filter: LibraryFilter, sort: LibrarySort) {
    return read.queryIds(this.db, filter, sort);
  }
  rows(ids: number[]) {
    return read.rowsByIds(this.db, ids);
  }
  facets(filter: LibraryFilter, limit: number) {
    return read.facets(this.db, filter, limit);
  }
  suggest(text: string) {
    return read.suggest(this.db, text);
  }
  speakers(documentId: number) {
    return read.speakersOf(this.db, documentId);
  }
  edit(id: number, change: DocumentEdit) {
    return edit.editDocument(this.db, id, change);
  }
  delete(ids: number[]) {
    return edit.deleteDocuments(this.db, ids);
  }
  undoDelete(batch: string) {
    return edit.undoDelete(this.db, batch);
  }
  /** The most recent delete still in the trash, or null. */
  lastDelete() {
    return read.lastDeleteBatch(this.db);
  }
  annotations(documentId: number | null) {
    return read.listAnnotations(this.db, documentId);
  }
  addAnnotation(a: NewAnnotation) {
    return edit.addAnnotation(this.db, a);
  }
  updateAnnotation(id: number, note: string) {
    return edit.updateAnnotation(this.db, id, note);
  }
  deleteAnnotation(id: number) {
    return edit.deleteAnnotation(this.db, id);
  }
  collections() {
    return read.listCollections(this.db);
  }
  createCollection(name: string) {
    return edit.createCollection(this.db, name);
  }
  addToCollection(collectionId: number, ids: number[]) {
    return edit.addToCollection(this.db, collectionId, ids);
  }
  removeFromCollection(collectionId: number, ids: number[]) {
    return edit.removeFromCollection(this.db, collectionId, ids);
  }
  deleteCollection(id: number) {
    return edit.deleteCollection(this.db, id);
  }
  savedFilters() {
    return read.listSavedFilters(this.db);
  }
  saveFilter(name: string, filter: LibraryFilter) {
    return edit.saveFilter(this.db, name, filter);
  }
  deleteSavedFilter(id: number) {
    return edit.deleteSavedFilter(this.db, id);
  }
  persons() {
    return listPersons(this.db);
  }
  renamePerson(from: string, to: string) {
    return renamePerson(this.db, from, to);
  }
  mergePersons(from: string, into: string) {
    return mergePersons(this.db, from, into);
  }
  restorePersons(previous: PersonOverride[]) {
    return restoreOverrides(this.db, previous);
  }
}
