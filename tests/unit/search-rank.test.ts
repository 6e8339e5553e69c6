/**
 * The order of results by relevance, page by page: on a generated archive full of documents that
 * score exactly alike (the same words, dates shared or missing), the pages asked for one at a
 * time, fresh or from the engine's cache, must be the same documents in the same order as one
 * page holding them all — whether the whole result is ranked (up to RANK_ALL documents) or its
 * newest RANK_WINDOW (and past them the next RANK_WINDOW), and whether ties fall inside a page or
 * across its end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { RANK_ALL, RANK_WINDOW } from '../../main/archive/search/rank';
import { emptyDocument, type ParsedDocument } from '../../main/import/types';
import type { SearchGroup } from '../../shared/contract/search';
import { tempArchivePath } from './helpers';

let archive: Archive;

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
  archive = Archive.open(tempArchivePath());
  archive.batch(() => {
    for (const [i, doc] of documents().entries())
      archive.write(doc, { path: `rank-${i}`, size: 1, fileHash: `r${i}`, format: 'kremlin-html' });
  });
}, 120_000);
afterAll(() => archive.close());

describe('relevance order, page by page', () => {
  it.each([
    ['gas', 'the whole result, ranked by the index'],
    ['trade date:2011..2013', 'the whole result of a filtered query'],
    ['trade', 'the newest documents of a very large result'],
    ['trade -zzzz', 'the newest documents of a very large filtered result'],
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

  it.each(['trade', 'trade -zzzz'])('%s: past the newest RANK_WINDOW, the next ones, each document once', (query) => {
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
  });

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
});
