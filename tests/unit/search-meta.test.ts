/**
 * The field filters read masks from the MetaStore (dates by their order, tag values by the
 * documents holding them); each must select exactly the documents that reading every document's
 * own date and values selects: undated documents (null or empty) in no date range, open ranges,
 * ranges that end in 99, documents with several values, deleted ids between the others.
 */
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MetaStore, type DocMeta } from '../../main/archive/search/meta';

function store(): MetaStore {
  const db = new Database(':memory:');
  db.exec(`
    CREATE TABLE documents (id INTEGER PRIMARY KEY, title TEXT, date TEXT, place TEXT, summary TEXT, turn_count INTEGER);
    CREATE TABLE tags (document_id INTEGER, kind TEXT, value TEXT);
    CREATE TABLE search_indexed (document_id INTEGER PRIMARY KEY, speakers TEXT NOT NULL DEFAULT '[]');
  `);
  const dates = [null, '', '1826-05-01', '2016-01-01', '2016-02-29', '2016-12-31', '2016-06-15', '2017-01-01', '2015-12-31', '2019-07'];
  const places = [null, 'Moscow', 'The Kremlin, Moscow', 'Sochi'];
  const topics = ['Economy', 'Foreign policy', 'Energy'];
  const doc = db.prepare('INSERT INTO documents VALUES (?, ?, ?, ?, NULL, 0)');
  const tag = db.prepare('INSERT INTO tags VALUES (?, ?, ?)');
  const speakers = db.prepare('INSERT INTO search_indexed VALUES (?, ?)');
  for (let id = 1; id <= 300; id++) {
    if (id % 17 === 0) continue; // ids of deleted documents
    doc.run(id, `Document ${id}`, dates[(id * 7) % dates.length], places[id % places.length]);
    for (let k = 0; k < id % 3; k++) tag.run(id, 'topic', topics[(id + k) % topics.length]);
    if (id % 5 === 0) tag.run(id, 'geography', 'Moscow Region');
    speakers.run(id, JSON.stringify(id % 2 ? ['Vladimir Putin'] : ['Vladimir Putin', 'Angela Merkel']));
  }
  const meta = MetaStore.load(db);
  db.close();
  return meta;
}

const maskIds = (meta: MetaStore, mask: Uint8Array): number[] => [...meta.docs.keys()].filter((id) => mask[id] === 1).sort((a, b) => a - b);
const ids = (docs: DocMeta[]): number[] => docs.map((d) => d.id).sort((a, b) => a - b);

describe('the MetaStore masks', () => {
  const meta = store();
  const docs = [...meta.docs.values()];

  it("select by date what reading each document's date selects", () => {
    const bounds = [
      null,
      '1826-05-01',
      '2015-12-31',
      '2016-01-01',
      '2016-02-29',
      '2016-06-99',
      '2016-12-31',
      '2016-12-99',
      '2019-07-01',
      '2020-01-01',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...bounds), fc.constantFrom(...bounds), (from, to) => {
        const want = docs.filter((d) => !!d.date && (!from || d.date >= from) && (!to || d.date <= to));
        expect(maskIds(meta, meta.datedWithin(from, to)), `${from}..${to}`).toEqual(ids(want));
      }),
      { numRuns: 200, seed: 1 },
    );
    expect(maskIds(meta, meta.datedWithin('2016-01-01', '2016-12-99')).length).toBeGreaterThan(50);
  });

  it("select by value what reading each document's values selects", () => {
    for (const kind of ['topic', 'place', 'speaker'] as const) {
      for (const query of ['economy', 'moscow', 'foreign policy', 'putin', 'merkel', 'mos*', 'nothing']) {
        const values = meta.tables[kind].matching(query);
        const want = docs.filter((d) => d.values[kind].some((v) => values.has(v)));
        expect(maskIds(meta, meta.holding(kind, values)), `${kind}:${query}`).toEqual(ids(want));
      }
    }
    expect(maskIds(meta, meta.holding('place', meta.tables.place.matching('moscow'))).length).toBeGreaterThan(100);
  });

  it('place the documents newest first, as byDate does', () => {
    const place = meta.placeByDate();
    const sorted = [...meta.docs.keys()].sort((a, b) => place[a] - place[b]);
    expect(sorted).toEqual(meta.byDate());
  });
});
