/**
 * The one facet model (main/archive/facet-model.ts): one relation per kind, one count statement,
 * for the library's filtered documents and for a search's result alike. Pure SQL building here;
 * the counts themselves are checked against clicks in search-consistency.test.ts.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ALL_DOCUMENTS, countPairs, documentsIn, facetPairs, idsIn } from '../../main/archive/facet-model';

describe('the facet model', () => {
  it('reads each kind as (document_id, value) pairs over a source of documents', () => {
    expect(facetPairs('topic', ALL_DOCUMENTS)).toEqual({
      sql: 'SELECT d.id AS document_id, p.value AS value FROM documents d JOIN tags p ON p.document_id = d.id AND p.kind = ? WHERE 1',
      params: ['topic'],
    });
    expect(facetPairs('place', ALL_DOCUMENTS).sql).toContain('d.place IS NOT NULL');
    expect(facetPairs('year', ALL_DOCUMENTS).sql).toContain("coalesce(substr(d.date, 1, 4), 'Undated')");
    // A list of ids is read first, so a small result touches only its own rows.
    expect(facetPairs('speaker', idsIn('temp.hits')).sql).toBe(
      'SELECT d.id AS document_id, p.speaker AS value FROM temp.hits d CROSS JOIN document_speakers p ON p.document_id = d.id WHERE 1',
    );
    expect(documentsIn('temp.hits').from).toBe('temp.hits h CROSS JOIN documents d ON d.id = h.id');
  });

  it('counts documents, not rows, over a union of relations and through accepted values', () => {
    const db = new Database(':memory:');
    db.exec(`
      CREATE TABLE documents (id INTEGER PRIMARY KEY, date TEXT, place TEXT);
      CREATE TABLE tags (document_id INTEGER, kind TEXT, value TEXT, PRIMARY KEY (document_id, kind, value));
      CREATE TABLE accepts (kind TEXT, accepted TEXT, value TEXT);
      INSERT INTO documents VALUES (1, '2019-01-01', 'Moscow'), (2, '2019-02-01', 'The Kremlin, Moscow'), (3, NULL, 'Sochi');
      INSERT INTO tags VALUES (1, 'geography', 'Moscow'), (3, 'geography', 'Moscow');
      INSERT INTO accepts VALUES ('place', 'Moscow', 'Moscow'), ('place', 'The Kremlin, Moscow', 'Moscow'),
        ('place', 'The Kremlin, Moscow', 'The Kremlin, Moscow'), ('place', 'Sochi', 'Sochi');
    `);
    const q = countPairs([facetPairs('place', ALL_DOCUMENTS), facetPairs('geography', ALL_DOCUMENTS)], {
      limit: 10,
      accepts: { table: 'accepts', kind: 'place' },
    });
    expect(db.prepare(q.sql).all(...q.params)).toEqual([
      { value: 'Moscow', count: 3 },
      { value: 'Sochi', count: 1 },
      { value: 'The Kremlin, Moscow', count: 1 },
    ]);
    const years = countPairs([facetPairs('year', ALL_DOCUMENTS)], { limit: 10, order: 'value' });
    expect(db.prepare(years.sql).all(...years.params)).toEqual([
      { value: '2019', count: 2 },
      { value: 'Undated', count: 1 },
    ]);
    const only = countPairs([facetPairs('place', ALL_DOCUMENTS)], { limit: 10, only: ['Sochi'] });
    expect(db.prepare(only.sql).all(...only.params)).toEqual([{ value: 'Sochi', count: 1 }]);
    db.close();
  });
});
