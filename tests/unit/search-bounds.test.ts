/**
 * Queries that would stall the search answer at once with a
 * message saying what to narrow, over an archive of the real pages in tests/fixtures; and
 * the field values that match nothing are refused instead of dropped.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { runCli } from '../../main/cli/cli';
import { importPaths } from '../../main/importer/importer';
import { MAX_DEPTH } from '../../main/search/query';
import { MAX_EXPANSION, MAX_PREFIXES, MAX_TERMS, MAX_WORDS } from '../../main/search/bounds';
import { SearchEngine } from '../../main/archive/search/engine';
import type { SearchResult } from '../../shared/contract/api';
import { FIXTURES } from './helpers';

let archive: Archive;
let path: string;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'verbatim-bounds-'));
  path = join(dir, 'bounds.sqlite');
  archive = Archive.open(path);
  const report = await importPaths(archive, [join(FIXTURES, 'kremlin_en_html'), join(FIXTURES, 'kremlin_ru_csv')]);
  expect(report.failed).toEqual([]);
  archive.search.search({ query: 'russia' }); // loads the metadata once, as the first search of a session does
}, 120_000);

afterAll(() => {
  archive.close();
  rmSync(dir, { recursive: true, force: true });
});

function refused(query: string): Extract<SearchResult, { status: 'invalid' }> {
  const result = archive.search.search({ query });
  if (result.status !== 'invalid') throw new Error(`expected ${query.slice(0, 40)}… to be refused; it found ${result.total} documents`);
  return result;
}

const twoSeconds = { timeout: 2000 };

describe('queries that would stall answer within 2 s, saying what to narrow', () => {
  it("'a* ' × 666 (1,998 characters)", twoSeconds, () => {
    const query = 'a* '.repeat(666);
    expect(query.length).toBe(1998);
    expect(refused(query)).toMatchObject({
      reason: 'too-broad',
      error: `This query has 666 prefix searches (word*); at most ${MAX_PREFIXES} are searched at once: remove some, or write the words out.`,
    });
  });

  it("the command line answers 'a* ' × 666 on stderr and exits 1", twoSeconds, async () => {
    const err: string[] = [];
    const io = { out: () => undefined, err: (t: string) => err.push(t) };
    expect(await runCli(['search', 'a* '.repeat(666), '--archive', path, '--json'], io)).toBe(1);
    expect(err.join('\n')).toMatch(/^verbatim: This query has 666 prefix searches/);
  });

  it("'e* ' × 666", twoSeconds, () => {
    expect(refused('e* '.repeat(666)).error).toMatch(/666 prefix searches/);
  });

  it("'pres* OR ' × 222, with and without the dangling OR", twoSeconds, () => {
    expect(refused('pres* OR '.repeat(222)).error).toMatch(/OR at position \d+ needs a word on both sides/);
    expect(refused(`${'pres* OR '.repeat(221)}pres*`).error).toMatch(/222 prefix searches/);
  });

  it('a prefix that stands for too many words of the archive names them and asks for more letters', twoSeconds, () => {
    const db = new Database(path, { readonly: true });
    const words = (p: string): number =>
      db.prepare('SELECT count(*) FROM search_vocab WHERE term >= ? AND term < ?').pluck().get(p, `${p}\u{10ffff}`) as number;
    const many = words('a') + words('s');
    const a = words('a');
    db.close();
    expect(many).toBeGreaterThan(MAX_EXPANSION);
    const error = refused('a* s*').error;
    expect(error).toMatch(/^This query expands to too many words \(/);
    expect(error).toContain(`a* matches ${a.toLocaleString('en')}`);
    expect(error).toMatch(/give prefixes more letters or fewer of them/);
    // Prefixes a researcher writes run as before.
    expect(archive.search.search({ query: 'negotiat*' })).toMatchObject({ status: 'ok', total: 5 });
  });

  it('prefixes that each stand for few words but together for too many are named with their exact counts', twoSeconds, () => {
    const db = new Database(path, { readonly: true });
    const words = (p: string): number =>
      db.prepare('SELECT count(*) FROM search_vocab WHERE term >= ? AND term < ?').pluck().get(p, `${p}\u{10ffff}`) as number;
    // Two-letter prefixes of the sample's words, each under the bound, enough of them to pass it together.
    const picked: { prefix: string; n: number }[] = [];
    for (const a of 'abcdefghijklmnopqrstuvwxyz') {
      for (const b of 'aeiou') {
        const n = words(a + b);
        if (n > 30 && n <= MAX_EXPANSION && picked.reduce((sum, p) => sum + p.n, 0) <= MAX_EXPANSION) picked.push({ prefix: a + b, n });
      }
    }
    db.close();
    expect(picked.length).toBeLessThanOrEqual(MAX_PREFIXES);
    expect(picked.reduce((sum, p) => sum + p.n, 0)).toBeGreaterThan(MAX_EXPANSION);
    const error = refused(picked.map((p) => `${p.prefix}*`).join(' OR ')).error;
    const named = [...error.matchAll(/(\w+)\* matches ([\d,]+)/g)].map((m) => ({ prefix: m[1], n: Number(m[2].replace(/,/g, '')) }));
    expect(named).toHaveLength(3);
    for (const p of named) expect(picked).toContainEqual(p);
    expect(Math.min(...named.map((p) => p.n))).toBe([...picked].sort((x, y) => y.n - x.n)[2].n);
  });

  it('too many words, phrases and prefixes; too many words in phrases', twoSeconds, () => {
    const words = 'gas oil coal energy price market export pipeline russia china europe summit trade budget growth ruble inflation'.split(
      ' ',
    );
    expect(words.length).toBe(MAX_TERMS + 1);
    expect(refused(words.join(' '))).toMatchObject({
      reason: 'too-broad',
      error: expect.stringMatching(/^This query has 17 words, phrases and prefixes; at most 16/),
    });
    expect(archive.search.search({ query: words.slice(0, MAX_TERMS).join(' OR ') })).toMatchObject({ status: 'ok' });
    const long = `"${Array.from({ length: MAX_WORDS + 1 }, (_, i) => words[i % words.length]).join(' ')}"`;
    expect(refused(long).error).toMatch(/^This query has 65 words \(counting each word of a phrase\); at most 64/);
    expect(refused('the '.repeat(400)).error).toMatch(/400 words, phrases and prefixes/);
  });

  it('~150 nested brackets: a message in the app’s own words, not FTS5’s', twoSeconds, () => {
    let nested = 'gas';
    for (let i = 0; i < 150; i++) nested = `(oil${i} ${nested})`;
    const error = refused(nested).error;
    expect(error).toMatch(new RegExp(`nest more than ${MAX_DEPTH} deep: remove some`));
    expect(error).not.toMatch(/fts5|stack/i);
    expect(refused(`${'('.repeat(150)}a b${')'.repeat(150)}`).error).toMatch(/nest more than 10 deep/);
  });

  it('the deepest nesting allowed still runs in the index (exclusions and prefixes add brackets of their own)', () => {
    // Each (x -y …) level is two levels for FTS5: ((x AND …) NOT y); the prefix adds (… OR …). 16 terms: the most allowed.
    let query = 'negotiat*';
    for (let i = 0; i < 6; i++) query = `(gas${i} -oil${i} ${query})`;
    for (let i = 0; i < 3; i++) query = `(-coal${i} ${query})`;
    query = `(${query})`;
    let depth = 0;
    let deepest = 0;
    for (const ch of query) {
      depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
      deepest = Math.max(deepest, depth);
    }
    expect(deepest).toBe(MAX_DEPTH);
    const result = archive.search.search({ query });
    expect(result.status === 'invalid' ? result.error : 'ran').toBe('ran');
  });

  it('a search that runs past its time budget is stopped with a message', () => {
    const db = new Database(path);
    try {
      const engine = new SearchEngine(db, 0);
      expect(engine.search({ query: 'russia' })).toMatchObject({
        status: 'invalid',
        reason: 'too-slow',
        error: expect.stringMatching(/^This search was stopped after 0 s: narrow it/),
      });
      expect(new SearchEngine(db).search({ query: 'russia' })).toMatchObject({ status: 'ok' });
      // The query worker's client no longer wants the answer: it stops at the next statement.
      expect(new SearchEngine(db).search({ query: 'russia' }, { cancelled: () => true })).toMatchObject({
        status: 'invalid',
        reason: 'superseded',
      });
    } finally {
      db.close();
    }
  });
});

describe('field values that match nothing are refused, not dropped', () => {
  it.each([
    ['title:😀', 'title:😀 has no letters or digits to search for: write a word, e.g. title:summit.'],
    ['speaker:😀', 'speaker:😀 has no letters or digits to search for: write a word, e.g. speaker:putin.'],
    ['speaker:"*"', 'speaker:"*" has no letters or digits to search for: write a word, e.g. speaker:putin.'],
    ['sanctions topic:"—"', 'topic:"—" has no letters or digits to search for: write a word, e.g. topic:"Foreign policy".'],
  ])('%s', (query, error) => {
    expect(refused(query).error).toBe(error);
  });
});
