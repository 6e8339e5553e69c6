/**
 * The order of results by relevance, page by page: on a generated archive full of documents that
 * score exactly alike (the same words, dates shared or missing), the pages asked for one at a
 * time, fresh or from the engine's cache, must be the same documents in the same order as one
 * page holding them all — whether the whole result is ranked (up to RANK_ALL documents) or its
 * newest RANK_WINDOW (and past them the next RANK_WINDOW), and whether ties fall inside a page or
 * across its end.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { RANK_ALL, RANK_WINDOW, rank } from '../../main/archive/search/rank';
import { ResultSet, type ResultContext } from '../../main/archive/search/result-set';
import { TurnRanges } from '../../main/archive/search/turn-ranges';
import { type Deadline, SearchCancelled } from '../../main/search/bounds';
import { emptyDocument, type ParsedDocument } from '../../main/import/types';
import type { SearchGroup } from '../../shared/contract/search';

let archive: Archive;
let path: string;
let dir: string;

/** 2,400 documents: most of them one of four texts (equal scores), dated from a few dates or not at all. */
function documents(): ParsedDocument[] {
  const texts = ['trade and gas.', 'trade trade and oil.', 'gas prices and trade.', 'trade.'];
  return Array.from({ length: RANK_ALL + 400 }, (_, i) => {
    const odd = i % 97 === 0;
    return {
      ...emptyDocument(i % 11 === 0 ? 'Talks on trade' : 'Meeting'),
      url: `http://en.kremlin.ru/events/president/news/${80000 + i}`,
      date: i % 13 === 0 ? null : `201${i % 4}-0${1 + (i % 3)}-1${i % 2}`,
      summary: i % 7 === 0 ? 'On trade.' : null,
      turns: [{ speaker: 'Vladimir Putin', paragraphs: [odd ? `trade ${'word '.repeat(i % 50)}and gas.` : texts[i % texts.length]] }],
    };
  });
}

function page(query: string, offset: number, limit: number, fresh: boolean): SearchGroup[] {
  if (fresh) archive.search.forget();
  const r = archive.search.search({ query, offset, limit, part: 'page' });
  if (r.status !== 'page') throw new Error(`${query}: ${r.status}`);
  return r.groups;
}

const key = (g: SearchGroup): string => `${g.documentId}:${g.score}`;

/** The first 260 documents asked for 20 at a time, each page fresh and then from the engine's cache, are those of `all`. */
function expectPagedAsWhole(query: string, all: SearchGroup[]): void {
  for (const fresh of [true, false]) {
    if (!fresh) archive.search.forget();
    const paged: SearchGroup[] = [];
    for (let offset = 0; offset < 260; offset += 20) paged.push(...page(query, offset, 20, fresh));
    expect(paged.map(key)).toEqual(all.slice(0, 260).map(key));
  }
}

/** Better score first; equal scores newest first (undated last), then the later document. */
function inOrder(groups: SearchGroup[]): boolean {
  return groups.every((g, i) => {
    if (i === 0) return true;
    const p = groups[i - 1];
    if (p.score !== g.score) return p.score < g.score;
    if (p.date !== g.date) return g.date === null || (p.date !== null && p.date > g.date);
    return p.documentId > g.documentId;
  });
}

beforeAll(() => {
  // A folder of its own, kept until the end: the last test opens the archive a second time.
  dir = mkdtempSync(join(tmpdir(), 'verbatim-rank-'));
  path = join(dir, 'archive.sqlite');
  archive = Archive.open(path);
  archive.batch(() => {
    for (const [i, doc] of documents().entries())
      archive.write(doc, { path: `rank-${i}`, size: 1, fileHash: `r${i}`, format: 'kremlin-html' });
  });
}, 120_000);
afterAll(() => {
  archive.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('relevance order, page by page', () => {
  it.each([
    ['gas', 'the whole result, ranked by the index'],
    ['trade date:2011..2013', 'the whole result of a filtered query'],
    ['trade', 'the newest documents of a very large result'],
    ['trade -zzzz', 'the newest documents of a very large filtered result'],
    ['speaker:putin gas', 'the whole result in turn mode, each document by its best turn'],
    ['speaker:putin trade', 'the newest documents of a very large result in turn mode'],
  ])('%s: %s', (query) => {
    const first = archive.search.search({ query, limit: 1, part: 'page' });
    if (first.status !== 'page') throw new Error(query);
    const large = first.total > RANK_ALL;
    expect(first.rankedAmong).toBe(large ? RANK_WINDOW : null);
    // One page holding every ranked document.
    const all = page(query, 0, large ? RANK_WINDOW : first.total, true);
    expect(all.length).toBe(large ? RANK_WINDOW : first.total);
    expect(inOrder(all)).toBe(true);
    // Many documents share a score, so the pages' ends cut through ties.
    expect(new Set(all.map((g) => g.score)).size).toBeLessThan(all.length / 4);
    expectPagedAsWhole(query, all);
    // A page far into the result, asked for first.
    expect(page(query, 700, 20, true).map(key)).toEqual(all.slice(700, 720).map(key));
  });

  it.each(['trade', 'trade -zzzz', 'speaker:putin trade'])(
    '%s: past the newest RANK_WINDOW, the next ones, each document once',
    (query) => {
      const first = archive.search.search({ query, limit: 1, part: 'page' });
      if (first.status !== 'page') throw new Error(query);
      const total = first.total;
      expect(total).toBeGreaterThan(2 * RANK_WINDOW);
      const whole = page(query, 0, total, true);
      expect(whole.length).toBe(total);
      expect(new Set(whole.map((g) => g.documentId)).size).toBe(total);
      // The first window is the order a shallower page gives, and each window is in relevance order.
      expect(whole.slice(0, RANK_WINDOW).map(key)).toEqual(page(query, 0, RANK_WINDOW, true).map(key));
      for (let at = 0; at < total; at += RANK_WINDOW) expect(inOrder(whole.slice(at, at + RANK_WINDOW))).toBe(true);
      // Pages across the windows' ends, fresh and from the cache, are cut from the same order.
      for (const fresh of [true, false]) {
        if (!fresh) archive.search.forget();
        for (const offset of [980, 1000, 1020, 1980, 2000])
          expect(page(query, offset, 20, fresh).map(key)).toEqual(whole.slice(offset, offset + 20).map(key));
      }
    },
  );

  it('speaker: alone scores every turn 0: relevance lists the documents as the order by date does, page by page', () => {
    const query = 'speaker:putin';
    const first = archive.search.search({ query, limit: 1, part: 'page' });
    if (first.status !== 'page') throw new Error(query);
    expect(first.total).toBe(RANK_ALL + 400);
    const all = page(query, 0, first.total, true);
    expect(all.every((g) => g.score === 0)).toBe(true);
    expect(inOrder(all)).toBe(true);
    archive.search.forget();
    const byDate = archive.search.search({ query, limit: first.total, sort: 'date', part: 'page' });
    if (byDate.status !== 'page') throw new Error(query);
    expect(all.map(key)).toEqual(byDate.groups.map(key));
    expectPagedAsWhole(query, all);
    expect(page(query, 1500, 20, true).map(key)).toEqual(all.slice(1500, 1520).map(key));
  });

  it('turn mode in a large archive scores only the documents it ranks, and orders them as scoring every turn does', () => {
    const db = new Database(path, { readonly: true });
    const ranges = TurnRanges.load(db);
    // Past PROBED_FROM turns the engine reads the matching turns' ids alone and scores the
    // windows it ranks (the end of each list, read backwards) or the page it shows by date.
    const large = Object.create(ranges, { lastTurn: { get: () => 1_000_000 } }) as TurnRanges;
    const prepare = (sql: string) => db.prepare(sql);
    for (const query of [
      'speaker:putin trade',
      'speaker:putin gas',
      'speaker:putin trade date:2011..2012',
      'speaker:putin speaker:vladimir trade',
      'speaker:putin trade -oil',
      'speaker:putin title:talks trade',
    ]) {
      const found = archive.search.resultSet(query);
      if (!found.ok) throw new Error(query);
      const context = (r: TurnRanges): ResultContext => ({ db, meta: found.meta, ranges: r, prepare, deadline: null, tidy: true });
      for (const [sort, need] of [
        ['relevance', 20],
        ['relevance', RANK_WINDOW + 20],
        ['relevance', RANK_ALL + 400],
        ['relevance', 2 * RANK_WINDOW + 20],
        ['date', 20],
        ['date', 140],
      ] as const) {
        const small = new ResultSet(context(ranges), found.rs.plan);
        const big = new ResultSet(context(large), found.rs.plan);
        const expected = rank(context(ranges), small, sort, need);
        const got = rank(context(large), big, sort, need);
        expect(got.exact, `${query} ${sort} ${need}`).toBe(expected.exact);
        expect(got.order.slice(0, need), `${query} ${sort} ${need}`).toEqual(expected.order.slice(0, need));
        if (sort === 'relevance' && query === 'speaker:putin trade') expect(got.exact).toBe(false);
        expect(got.order.some((c) => c.score !== 0)).toBe(true);
      }
    }
    db.close();
  });
});

describe('turn mode stopped between two statements of its scoring', () => {
  it("leaves no document scored by one speaker: value's turns alone", () => {
    const dir2 = mkdtempSync(join(tmpdir(), 'verbatim-rank-stop-'));
    const file = join(dir2, 'archive.sqlite');
    const two = Archive.open(file);
    // Two speakers in every document; in some the second one's turn holds the word more densely (the better score).
    two.batch(() => {
      for (let i = 0; i < 40; i++) {
        const doc: ParsedDocument = {
          ...emptyDocument(`Talks ${i}`),
          url: `http://en.kremlin.ru/events/president/news/${90000 + i}`,
          date: `2015-01-${String(1 + (i % 28)).padStart(2, '0')}`,
          turns: [
            { speaker: 'Vladimir Putin', paragraphs: [`trade ${'and more words '.repeat(1 + (i % 5))}`] },
            { speaker: 'Sergei Lavrov', paragraphs: [i % 3 === 0 ? 'trade trade trade.' : `trade ${'other words '.repeat(8)}`] },
          ],
        };
        two.write(doc, { path: `stop-${i}`, size: 1, fileHash: `s${i}`, format: 'kremlin-html' });
      }
    });
    const query = 'speaker:putin speaker:lavrov trade';
    const found = two.search.resultSet(query);
    if (!found.ok) throw new Error(query);
    const db = new Database(file, { readonly: true });
    // As in an archive past PROBED_FROM turns: the turns are scored after the result is found.
    const ranges = Object.create(TurnRanges.load(db), { lastTurn: { get: () => 1_000_000 } }) as TurnRanges;
    const context: ResultContext = { db, meta: found.meta, ranges, prepare: (sql) => db.prepare(sql), deadline: null, tidy: true };
    const expected = rank(context, new ResultSet(context, found.rs.plan), 'relevance', 40).order;
    expect(new Set(expected.map((c) => c.score)).size).toBeGreaterThan(2);
    // Stopped at each check in turn (the result's ids, then one per speaker: value), as a newer
    // search or the time budget stops it, then asked again.
    let stops = 0;
    for (let stopAt = 1; ; stopAt++) {
      const rs = new ResultSet(context, found.rs.plan);
      let checks = 0;
      context.deadline = {
        check: () => {
          if (++checks === stopAt) throw new SearchCancelled();
        },
      } as Deadline;
      let stopped = false;
      try {
        rank(context, rs, 'relevance', 40);
      } catch (error) {
        expect(error).toBeInstanceOf(SearchCancelled);
        stopped = true;
      }
      context.deadline = null;
      expect(rank(context, rs, 'relevance', 40).order, `stopped at check ${stopAt}`).toEqual(expected);
      if (!stopped) break;
      stops++;
    }
    expect(stops).toBeGreaterThanOrEqual(3);
    db.close();
    two.close();
    rmSync(dir2, { recursive: true, force: true });
  });
});
