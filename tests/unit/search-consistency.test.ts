/**
 * Every number around a search is reproducible by a click, checked as properties over
 * random queries on two archives: the dev sample (tests/fixtures: en.kremlin.ru pages and the
 * kremlin.ru Russian CSV sample, imported as the app does) and a generated archive whose values
 * overlap on purpose (place "Moscow" inside "The Kremlin, Moscow", speaker labels that hold other
 * speakers' names, several labels for one person, undated documents and a far outlier date).
 *
 *   - each facet value's count equals the total of the query refined by that value
 *     (speaker:"…", topic:"…", person:"…", place:"…", date:YYYY — what the window adds on a click);
 *   - the turn total equals the sum of the documents' matching turns, and the documents with
 *     turns are those with at least one;
 *   - every hit has a snippet; the histogram adds up to the total;
 *   - a document without matching turns has no turn where a lone word, phrase or OR marks a word;
 *   - the page and the counts asked for apart say what the whole answer says.
 */
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { importPaths } from '../../main/importer/importer';
import { rescoredTurns } from '../../main/archive/search/result-set';
import { READ_WHOLE } from '../../main/archive/search/counts';
import { findMatches } from '../../main/search/highlight';
import { emptyDocument, type ParsedDocument } from '../../main/import/types';
import type { SearchCounts, SearchFacets, SearchResult } from '../../shared/contract/api';
import { FIXTURES, tempArchivePath } from './helpers';

type Ok = Extract<SearchResult, { status: 'ok' }>;

const FIELD: Record<keyof SearchFacets, string> = { speaker: 'speaker', topic: 'topic', person: 'person', place: 'place', year: 'date' };
/** As the window writes a clicked value into the query (renderer/src/search/query-terms.ts). */
const term = (field: string, value: string): string => `${field}:${/[\s"():]/.test(value) ? `"${value.replace(/"/g, '')}"` : value}`;

function run(archive: Archive, query: string): Ok | null {
  const r = archive.search.search({ query, limit: 500, turnsPerDocument: 50 });
  if (r.status === 'invalid') return null;
  if (r.status !== 'ok') throw new Error(`${query}: ${r.status}`);
  return r;
}

function totalOf(archive: Archive, query: string): number {
  const r = archive.search.search({ query, limit: 1, part: 'page' });
  if (r.status !== 'page') throw new Error(`${query}: ${r.status === 'invalid' ? r.error : r.status}`);
  return r.total;
}

/** Checks every property for one query; returns how many facet values were clicked. */
function checkQuery(archive: Archive, query: string): number {
  const r = run(archive, query);
  if (!r) return 0;
  expect(r.estimated, query).toEqual([]);
  expect(r.groups.length, query).toBe(r.total);
  // The turn total is the sum of the documents' matching turns.
  expect(r.totalTurns, query).toBe(r.groups.reduce((n, g) => n + g.matchingTurns, 0));
  expect(r.documentsWithTurns, query).toBe(r.groups.filter((g) => g.matchingTurns > 0).length);
  for (const g of r.groups) {
    expect(g.snippet.text.length, `${query}: ${g.title}`).toBeGreaterThan(0);
    if (g.snippetFrom === 'turn') expect(g.snippet).toEqual(g.turns[0].snippet);
    if (g.matchingTurns > 0) expect(g.matchedIn).toContain('turns');
  }
  // One word or phrase, or words joined by OR, without a prefix: a turn holding any of them is a
  // matching turn, so a document without matching turns has no turn where the words are marked
  // (the page looks for none).
  const set = archive.search.resultSet(query);
  const text = set.ok ? set.rs.plan.text : null;
  const noPrefix = text?.patterns.every((p) => p.every((t) => t.prefix === null));
  if (text?.match && text.match === text.any && !text.match.includes('NEAR(') && noPrefix) {
    for (const g of r.groups.filter((g) => g.matchingTurns === 0)) {
      const marked = archive.get(g.documentId)?.turns.filter((t) => findMatches(t.text, text.patterns).length > 0) ?? [];
      expect(marked, `${query}: ${g.title}`).toEqual([]);
      expect(g.partial).toBe(false);
    }
  }
  const h = r.histogram;
  expect(h.buckets.reduce((n, b) => n + b.count, 0) + h.before + h.after + h.undated, query).toBe(r.total);
  // Each facet count is what a click on it finds.
  let clicked = 0;
  for (const kind of Object.keys(FIELD) as (keyof SearchFacets)[]) {
    for (const f of r.facets[kind]) {
      expect(totalOf(archive, `${query} ${term(FIELD[kind], f.value)}`), `${query} + ${kind} ${f.value}`).toBe(f.count);
      clicked++;
    }
  }
  // The two parts asked for apart agree with the whole answer.
  const page = archive.search.search({ query, limit: 500, turnsPerDocument: 50, part: 'page' });
  const counts = archive.search.search({ query, part: 'counts' });
  if (page.status !== 'page' || counts.status !== 'counts') throw new Error(query);
  expect(page.groups).toEqual(r.groups);
  expect({ ...counts, status: 'ok', tookMs: 0, query }).toMatchObject({
    total: r.total,
    totalTurns: r.totalTurns,
    facets: r.facets,
    histogram: r.histogram,
  });
  return clicked;
}

/** Random queries from words and field values the archive holds. */
function queries(words: string[], fields: string[]): fc.Arbitrary<string> {
  const word = fc.constantFrom(...words);
  const text = fc.oneof(
    word,
    fc.tuple(word, word).map(([a, b]) => `${a} ${b}`),
    fc.tuple(word, word).map(([a, b]) => `${a} OR ${b}`),
    fc.tuple(word, word).map(([a, b]) => (a === b ? a : `${a} -${b}`)),
    fc.tuple(word, word).map(([a, b]) => `"${a} ${b}"`),
    fc.tuple(word, word).map(([a, b]) => `NEAR(${a} ${b}, 8)`),
    word.filter((w) => w.length >= 6).map((w) => `${w.slice(0, 5)}*`),
  );
  return fc
    .tuple(fc.option(text, { nil: null }), fc.subarray(fields, { maxLength: 2 }))
    .filter(([t, f]) => t !== null || f.length > 0)
    .map(([t, f]) => [t, ...f].filter(Boolean).join(' '));
}

/** Field terms for the values the archive shows in its broadest searches' facets. */
function fieldTerms(archive: Archive, broad: string[]): string[] {
  const out = new Set<string>();
  for (const q of broad) {
    const r = run(archive, q);
    if (!r) continue;
    for (const kind of Object.keys(FIELD) as (keyof SearchFacets)[])
      for (const f of r.facets[kind].slice(0, 6)) out.add(term(FIELD[kind], f.value));
  }
  return [...out];
}

describe('search counts agree with clicks: the dev sample', () => {
  let archive: Archive;
  const path = tempArchivePath();
  beforeAll(async () => {
    archive = Archive.open(path);
    const report = await importPaths(archive, [join(FIXTURES, 'kremlin_en_html'), join(FIXTURES, 'kremlin_ru_csv')]);
    expect(report.failed).toEqual([]);
  }, 120_000);
  afterAll(() => archive.close());

  it("scores a speaker's turns by the words alone as bm25 over the whole match scores them", () => {
    const db = new Database(path, { readonly: true });
    const scored = db.prepare('SELECT rowid, bm25(search_turns, 0.0, 1.0) FROM search_turns WHERE search_turns MATCH ?').raw();
    const byTurn = (rows: [number, number][]): [number, number][] => [...rows].sort((a, b) => a[0] - b[0]);
    let compared = 0;
    for (const q of [
      'speaker:putin sanctions',
      'speaker:putin "energy security"',
      'speaker:putin gas price',
      'speaker:putin russia -china',
      'speaker:question economy',
      'speaker:putin the',
      'speaker:putin NEAR(gas price, 5)',
    ]) {
      const set = archive.search.resultSet(q);
      if (!set.ok || !set.rs.plan.bodyMatch) throw new Error(q);
      const { speakers, bodyMatch } = set.rs.plan;
      const expected = byTurn(scored.all(`${speakers[0]} AND ${bodyMatch}`) as [number, number][]);
      const found = db
        .prepare('SELECT rowid FROM search_turns WHERE search_turns MATCH ?')
        .pluck()
        .all(`${speakers[0]} AND ${bodyMatch}`) as number[];
      expect(byTurn(rescoredTurns((sql) => db.prepare(sql), bodyMatch, found)), q).toEqual(expected);
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(50);
    db.close();
  });

  it('for the queries of the issue', () => {
    for (const q of [
      'sanctions',
      'Putin',
      'pension',
      'person:"Merkel Angela"',
      'russia -china',
      'speaker:putin sanctions',
      'title:summit',
      'date:2019',
      'place:moscow economy',
    ])
      checkQuery(archive, q);
  });

  it('for random queries', () => {
    const words = [
      'russia',
      'sanctions',
      'gas',
      'president',
      'cooperation',
      'economy',
      'summit',
      'security',
      'Jeenbekov',
      'trade',
      'energy',
      'meeting',
      'development',
      'question',
      'countries',
      'российская',
      'президент',
    ];
    const fields = fieldTerms(archive, ['the', 'russia', 'президент', 'date:2019']);
    expect(fields.length).toBeGreaterThan(10);
    let clicked = 0;
    fc.assert(
      fc.property(queries(words, fields), (q) => {
        clicked += checkQuery(archive, q);
      }),
      { numRuns: 60, seed: 10 },
    );
    expect(clicked).toBeGreaterThan(200);
  }, 120_000);
});

/** A generated archive: few words and values, combined at random, so that queries and facets overlap a lot. */
function generated(seed: number, count: number): ParsedDocument[] {
  let a = seed >>> 0;
  const rnd = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)];
  const some = <T>(list: T[], max: number): T[] => [...new Set(Array.from({ length: Math.floor(rnd() * (max + 1)) }, () => pick(list)))];
  const words = [
    'gas',
    'oil',
    'grain',
    'price',
    'prices',
    'pipeline',
    'sanctions',
    'trade',
    'border',
    'security',
    'harvest',
    'summit',
    'treaty',
    'bank',
    'the',
    'of',
    'and',
  ];
  const places = ['Moscow', 'The Kremlin, Moscow', 'Sochi', 'Novo-Ogaryovo, Moscow Region', null];
  const topics = ['Economy', 'Economy and finance', 'Foreign policy', 'Energy'];
  const persons = ['Lukashenko Alexander', 'Merkel Angela', 'Putin Vladimir', 'Xi Jinping'];
  const geography = ['Belarus', 'Germany', 'China', 'Moscow Region'];
  const labels = [
    'Vladimir Putin',
    'President of Russia Vladimir Putin',
    'Alexander Lukashenko',
    'Angela Merkel',
    'Question',
    'Question from the audience',
    'Remark',
    null,
  ];
  const sentence = (): string => Array.from({ length: 4 + Math.floor(rnd() * 10) }, () => pick(words)).join(' ') + '.';
  return Array.from({ length: count }, (_, i) => {
    const undated = rnd() < 0.05 && i > 0;
    const year = i === 0 ? 1826 : 2010 + Math.floor(rnd() * 6);
    return {
      ...emptyDocument(`${pick(['Meeting on', 'Talks on', 'Statement on'])} ${pick(words)} ${pick(words)}`),
      url: `http://en.kremlin.ru/events/president/news/${70000 + i}`,
      date: undated
        ? null
        : `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
      place: pick(places),
      summary: rnd() < 0.7 ? sentence() : null,
      topics: some(topics, 2),
      persons: some(persons, 2),
      geography: some(geography, 2),
      turns: Array.from({ length: Math.floor(rnd() * 6) }, () => ({
        speaker: pick(labels),
        paragraphs: [sentence(), ...(rnd() < 0.3 ? [sentence()] : [])],
      })),
    };
  });
}

describe('search counts agree with clicks: a generated archive', () => {
  let archive: Archive;
  beforeAll(() => {
    archive = Archive.open(tempArchivePath());
    archive.batch(() => {
      for (const [i, doc] of generated(7, 300).entries())
        archive.write(doc, { path: `generated-${i}`, size: 1, fileHash: `g${i}`, format: 'kremlin-html' });
    });
  }, 120_000);
  afterAll(() => archive.close());

  it('counts place:Moscow as the documents place:Moscow finds, "The Kremlin, Moscow" included', () => {
    const r = run(archive, 'gas');
    if (!r) throw new Error('gas');
    const moscow = r.facets.place.find((f) => f.value === 'Moscow');
    expect(moscow?.count).toBe(totalOf(archive, 'gas place:Moscow'));
    expect(moscow?.count).toBeGreaterThan(r.facets.place.find((f) => f.value === 'The Kremlin, Moscow')?.count ?? 0);
  });

  it('keeps the one document of 1826 out of the histogram span, counted before it', () => {
    const r = run(archive, 'date:..2020');
    if (!r) throw new Error('dates');
    expect(r.histogram.buckets[0].key >= '2010').toBe(true);
    expect(r.histogram.before).toBe(1);
  });

  it('for random queries', () => {
    const words = [
      'gas',
      'oil',
      'grain',
      'price',
      'pipeline',
      'sanctions',
      'trade',
      'border',
      'security',
      'harvest',
      'summit',
      'treaty',
      'bank',
    ];
    const fields = fieldTerms(archive, ['the', 'gas', 'oil OR grain']);
    let clicked = 0;
    fc.assert(
      fc.property(queries(words, fields), (q) => {
        clicked += checkQuery(archive, q);
      }),
      { numRuns: 60, seed: 11 },
    );
    expect(clicked).toBeGreaterThan(300);
  }, 120_000);
});

describe('a result too large to count exactly in time', () => {
  let archive: Archive;
  beforeAll(() => {
    archive = Archive.open(tempArchivePath());
    archive.batch(() => {
      for (const [i, doc] of generated(13, 6400).entries())
        archive.write(doc, { path: `large-${i}`, size: 1, fileHash: `l${i}`, format: 'kremlin-html' });
    });
  }, 300_000);
  afterAll(() => archive.close());

  /** The counts of `on OR the OR of`, estimated and exact; the estimates near the exact ones. */
  const compared = (): { rough: SearchCounts; exact: SearchCounts } => {
    archive.search.forget();
    const rough = archive.search.search({ query: 'on OR the OR of', part: 'counts' });
    const exact = archive.search.search({ query: 'on OR the OR of', part: 'counts', exactCounts: true });
    if (rough.status !== 'counts' || exact.status !== 'counts') throw new Error('counts');
    expect(exact.total).toBeGreaterThan(6000);
    expect(exact.estimated).toEqual([]);
    expect(rough.total).toBe(exact.total);
    const near = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(30, 0.2 * b);
    expect(near(rough.totalTurns, exact.totalTurns), `about ${rough.totalTurns}, exactly ${exact.totalTurns}`).toBe(true);
    expect(
      near(rough.documentsWithTurns, exact.documentsWithTurns),
      `about ${rough.documentsWithTurns} of ${rough.total}, exactly ${exact.documentsWithTurns}`,
    ).toBe(true);
    for (const kind of ['topic', 'person', 'place', 'speaker'] as const) {
      for (const f of exact.facets[kind].slice(0, 3)) {
        const estimate = rough.facets[kind].find((e) => e.value === f.value)?.count ?? 0;
        expect(near(estimate, f.count), `${kind} ${f.value}: about ${estimate}, exactly ${f.count}`).toBe(true);
      }
    }
    // The exact counts are what a click finds.
    const speaker = exact.facets.speaker[0];
    expect(totalOf(archive, `on OR the OR of ${term('speaker', speaker.value)}`)).toBe(speaker.count);
    return { rough, exact };
  };

  it('counts its matching turns exactly and estimates the rest from an even sample of its documents, and says which', () => {
    // The words' list is short enough to read whole (READ_WHOLE).
    const { rough, exact } = compared();
    expect(rough.estimated).toEqual(expect.arrayContaining(['speaker', 'topic', 'place', 'histogram']));
    expect(rough.estimated).not.toContain('totalTurns');
    expect(rough.estimated).not.toContain('documentsWithTurns');
    expect(rough.totalTurns).toBe(exact.totalTurns);
    expect(rough.documentsWithTurns).toBe(exact.documentsWithTurns);
  }, 120_000);

  it('estimates its turn counts too when the words hold more turns than are read whole', () => {
    const whole = READ_WHOLE.turns;
    READ_WHOLE.turns = 1000;
    try {
      const { rough } = compared();
      expect(rough.estimated).toEqual(
        expect.arrayContaining(['totalTurns', 'documentsWithTurns', 'speaker', 'topic', 'place', 'histogram']),
      );
    } finally {
      READ_WHOLE.turns = whole;
    }
  }, 120_000);
});
