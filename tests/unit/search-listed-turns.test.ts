/**
 * The two ways of finding which listed turns match a query's words (archive/search/listed-turns.ts):
 * SQLite scanning the words' whole list, and looking each listed turn up. Both must give exactly
 * the listed turns among all the index matches, for every kind of expression the compiler writes;
 * and the cost model must weigh a phrase's words and refuse to look up a prefix.
 * On the dev sample (tests/fixtures), imported as the app does.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { lookUpTurns, lookupCost, scanCost, scanTurns } from '../../main/archive/search/listed-turns';
import type { ResultContext, ResultSet } from '../../main/archive/search/result-set';
import { TurnRanges } from '../../main/archive/search/turn-ranges';
import { importPaths } from '../../main/importer/importer';
import { FIXTURES, tempArchivePath } from './helpers';

let archive: Archive;
let db: Database.Database;
let ctx: ResultContext;

beforeAll(async () => {
  const path = tempArchivePath();
  archive = Archive.open(path);
  const report = await importPaths(archive, [join(FIXTURES, 'kremlin_en_html'), join(FIXTURES, 'kremlin_ru_csv')]);
  expect(report.failed).toEqual([]);
  db = new Database(path, { readonly: true });
  const ranges = TurnRanges.load(db);
  // What listed-turns.ts reads of a search's context (it never reads the metadata).
  ctx = { db, meta: null as never, ranges, prepare: (sql) => db.prepare(sql), deadline: null, tidy: true };
}, 120_000);

afterAll(() => {
  db.close();
  archive.close();
});

/** A query's result set, as the engine keeps it. */
function resultOf(query: string): ResultSet {
  const found = archive.search.resultSet(query);
  if (!found.ok) throw new Error(query);
  return found.rs;
}

/** The turn-level expression the engine runs for a query's words. */
function bodyOf(query: string): string {
  const body = resultOf(query).plan.bodyMatch;
  if (!body) throw new Error(query);
  return body;
}

const sorted = (ids: number[]): number[] => [...ids].sort((a, b) => a - b);

describe('listed turns', () => {
  it.each(['russia', 'Russia', '"energy security"', 'gas -oil', 'gas OR oil', 'negotiat*', 'NEAR(gas price, 5)', 'президент', 'the'])(
    '%s: scanning and looking up find the same turns as the whole match',
    (query) => {
      const expr = bodyOf(query);
      const every = db.prepare('SELECT id FROM turns ORDER BY id').pluck().all() as number[];
      // Every third turn, in lists of up to 40 (as a page lists its documents' turns).
      const listed = every.filter((_, i) => i % 3 === 0);
      const lists = Array.from({ length: Math.ceil(listed.length / 40) }, (_, i) => listed.slice(i * 40, i * 40 + 40));
      const matching = new Set(db.prepare('SELECT rowid FROM search_turns WHERE search_turns MATCH ?').pluck().all(expr) as number[]);
      const truth = listed.filter((id) => matching.has(id));
      expect(truth.length).toBeGreaterThan(0);
      expect(sorted(scanTurns(ctx, expr, listed))).toEqual(truth);
      expect(sorted(lookUpTurns(ctx, expr, lists))).toEqual(truth);
    },
  );

  it("counts each of a phrase's words in a lookup's cost, and never looks a prefix up", () => {
    const one = lookupCost(ctx, bodyOf('energy'), 10);
    expect(one).toBeGreaterThan(0);
    expect(lookupCost(ctx, bodyOf('"energy security"'), 10)).toBe(2 * one);
    expect(lookupCost(ctx, bodyOf('gas -oil'), 10)).toBe(2 * one);
    expect(lookupCost(ctx, '"negoti" *', 10)).toBe(Infinity);
    expect(lookupCost({ ...ctx, tidy: false }, bodyOf('energy'), 10)).toBeGreaterThan(one);
  });

  it('estimates a scan only from documents counted by their words alone, and never scans a broad prefix', () => {
    const scan = scanCost(ctx, resultOf('the'), bodyOf('the'));
    expect(scan).toBeGreaterThan(0);
    expect(scan).toBeLessThan(Infinity);
    // speaker: and title: count fewer documents than "the" lists turns.
    expect(scanCost(ctx, resultOf('speaker:putin the'), bodyOf('speaker:putin the'))).toBe(Infinity);
    expect(scanCost(ctx, resultOf('title:summit the'), bodyOf('title:summit the'))).toBe(Infinity);
    expect(scanCost(ctx, resultOf('the'), 'body : ("th" *)')).toBe(Infinity);
  });
});
