/** Ids read as one JSON array (read-ids.ts): the statement's rows, in its order, none lost. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { readIds } from '../../main/archive/search/read-ids';

describe('readIds', () => {
  const db = new Database(':memory:');
  db.exec('CREATE VIRTUAL TABLE t USING fts5(body)');
  const insert = db.prepare('INSERT INTO t (rowid, body) VALUES (?, ?)');
  // Ids up to 2^40: a rowid is a 64-bit integer, and ids this large must come back exactly.
  const ids = Array.from({ length: 3000 }, (_, i) => i * 7 + 1).concat([2 ** 40 + 3]);
  for (const id of ids) insert.run(id, id % 3 === 0 ? 'gas price' : 'oil price');
  const prepare = (sql: string) => db.prepare(sql);
  const rowByRow = (sql: string, ...params: unknown[]): number[] =>
    db
      .prepare(sql)
      .pluck()
      .all(...params) as number[];

  it('gives what reading row by row gives, in the same order', () => {
    for (const [sql, params] of [
      ['SELECT rowid AS id FROM t WHERE t MATCH ?', ['price']],
      ['SELECT rowid AS id FROM t WHERE t MATCH ?', ['gas']],
      ['SELECT rowid AS id FROM t WHERE t MATCH ? ORDER BY rowid DESC LIMIT ?', ['oil', 250]],
      ['SELECT rowid AS id FROM t WHERE t MATCH ? LIMIT ?', ['price', -1]],
      ['SELECT rowid AS id FROM t WHERE t MATCH ? AND +rowid % ? = 0', ['price', 5]],
    ] as const) {
      const expected = rowByRow(sql, ...params);
      expect(expected.length).toBeGreaterThan(0);
      expect(readIds(prepare, sql, ...params)).toEqual(expected);
    }
    expect(readIds(prepare, 'SELECT rowid AS id FROM t WHERE t MATCH ?', 'price').at(-1)).toBe(2 ** 40 + 3);
  });

  it('gives an empty list when nothing matches', () => {
    expect(readIds(prepare, 'SELECT rowid AS id FROM t WHERE t MATCH ?', 'coal')).toEqual([]);
  });
});
