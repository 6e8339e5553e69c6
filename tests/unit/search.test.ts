/**
 * The search engine on real pages (tests/fixtures: en.kremlin.ru saved pages and a
 * kremlin.ru Russian CSV sample) imported through importPaths into a temp archive.
 * Expectations were checked by reading the pages: e.g. "Jeenbekov" is in the title of
 * 19 Nov 2019's "Meeting with President of Kyrgyzstan Sooronbay Jeenbekov" and in two
 * turns of the "CSTO summit" the same day; "summit" is the whole title of the latter.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { importPaths } from '../../main/importer/importer';
import { emptyDocument, type ParsedDocument } from '../../main/import/types';
import { runCli } from '../../main/cli/cli';
import type { SearchResult } from '../../shared/contract/api';
import { FIXTURES, SEED, tempArchivePath } from './helpers';
import { QueryWorker } from '../../main/query/client';

type Ok = Extract<SearchResult, { status: 'ok' }>;

let archive: Archive;
let path: string;
let dir: string;

function search(query: string, extra: { sort?: 'relevance' | 'date'; limit?: number } = {}): Ok {
  const result = archive.search.search({ query, limit: 100, ...extra });
  if (result.status !== 'ok') throw new Error(`${query}: ${result.status === 'invalid' ? result.error : result.status}`);
  return result;
}

const titles = (r: Ok): string[] => r.groups.map((g) => g.title);
const marked = (r: Ok): string[] =>
  r.groups.flatMap((g) => g.turns.flatMap((t) => t.snippet.highlights.map((h) => t.snippet.text.slice(h.start, h.end))));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'verbatim-search-'));
  path = join(dir, 'search.sqlite');
  archive = Archive.open(path);
  const report = await importPaths(archive, [join(FIXTURES, 'kremlin_en_html'), join(FIXTURES, 'kremlin_ru_csv')]);
  expect(report.failed).toEqual([]);
}, 120_000);

afterAll(() => {
  archive.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('search on real pages', () => {
  it('ranks a title match above body matches, ties broken by date', () => {
    const r = search('Jeenbekov');
    expect(titles(r).slice(0, 2)).toEqual(['Meeting with President of Kyrgyzstan Sooronbay Jeenbekov', 'CSTO summit']);
    expect(search('summit').groups[0].title).toBe('CSTO summit');
    expect(r.groups[0].titleHighlights).toEqual([{ start: 47, end: 56 }]);
  });

  it('stems English: negotiate finds negotiations and negotiating, and marks them', () => {
    const r = search('negotiate');
    expect(r.total).toBe(5);
    expect(new Set(marked(r).map((w) => w.toLowerCase()))).toEqual(new Set(['negotiations', 'negotiating']));
    expect(search('negotiat*').total).toBe(5);
    expect(search('negotiations').total).toBe(5);
  });

  it('stems Russian: российская finds Российской and российского', () => {
    const r = search('российская');
    expect(r.total).toBe(3);
    expect(new Set(marked(r))).toEqual(new Set(['Российской', 'российского']));
    expect(search('РОССИЙСКИЙ').total).toBe(3);
    expect(search('учёных').total).toBe(search('ученых').total);
  });

  it('finds phrases, NEAR, OR and exclusions', () => {
    const phrase = search('"energy security"');
    expect(phrase.total).toBe(2);
    expect(marked(phrase).every((m) => m.toLowerCase() === 'energy security')).toBe(true);
    const near = search('NEAR(gas price, 5)');
    expect(near.total).toBeGreaterThan(0);
    expect(near.total).toBeLessThanOrEqual(search('gas price').total);
    expect(search('gas NEAR/5 price').total).toBe(near.total);
    const either = search('Jeenbekov OR Lukashenko').total;
    expect(either).toBe(search('Jeenbekov').total + search('Lukashenko').total - search('Jeenbekov Lukashenko').total);
    expect(search('russia -china').total).toBe(search('russia').total - search('russia china').total);
  });

  it('counts matching turns exactly, whether by the vocabulary (one word) or by matching', () => {
    // One word is counted from the index vocabulary; with a page big enough, the groups hold every match.
    for (const word of ['sanctions', 'Russia', 'the']) {
      const r = archive.search.search({ query: word, limit: 500, turnsPerDocument: 50 });
      if (r.status !== 'ok') throw new Error(word);
      expect(r.totalTurns).toBe(r.groups.reduce((n, g) => n + g.matchingTurns, 0));
    }
    // A phrase goes through the matching path; the same identity holds.
    const phrase = archive.search.search({ query: '"foreign policy"', limit: 500 });
    if (phrase.status !== 'ok') throw new Error('phrase');
    expect(phrase.totalTurns).toBe(phrase.groups.reduce((n, g) => n + g.matchingTurns, 0));
  });

  it('speaker: matches the label and the normalised person, turn by turn', () => {
    const r = search('speaker:putin sanctions');
    expect(r.total).toBe(3);
    for (const g of r.groups) for (const t of g.turns) expect(t.speaker).toMatch(/Putin/);
    expect(r.totalTurns).toBe(r.groups.reduce((n, g) => n + g.matchingTurns, 0));
    expect(search('speaker:"Sooronbay Jeenbekov"').groups.map((g) => g.title)).toEqual([
      'Meeting with President of Kyrgyzstan Sooronbay Jeenbekov',
    ]);
  });

  it('filters by topic, person, place, title and dates', () => {
    const topic = search('topic:"Foreign policy"');
    expect(topic.total).toBeGreaterThan(5);
    for (const g of topic.groups) expect(archive.get(g.documentId)?.topics).toContain('Foreign policy');
    for (const g of search('place:bishkek').groups) expect(g.place).toBe('Bishkek');
    for (const g of search('person:lukashenko').groups) expect(archive.get(g.documentId)?.persons.join()).toMatch(/Lukashenko/);
    expect(search('title:summit').groups.map((g) => g.title)).toEqual(['CSTO summit']);
    const y = search('date:2019');
    expect(y.total).toBe(5);
    for (const g of y.groups) expect(g.date).toMatch(/^2019-/);
    for (const g of search('gas date:2014-03..2019-12').groups) expect(g.date! >= '2014-03-01' && g.date! <= '2019-12-31').toBe(true);
    expect(search('year:2010..2012').groups.every((g) => g.date! >= '2010' && g.date! < '2013')).toBe(true);
  });

  it('counts facets over the whole result and sorts by date', () => {
    const r = search('sanctions');
    expect(r.facets.speaker[0]).toEqual({ value: 'Vladimir Putin', count: 3 });
    expect(r.facets.year.reduce((n, y) => n + y.count, 0)).toBe(r.total);
    expect(r.histogram.unit).toBe('year');
    const byDate = search('russia', { sort: 'date' });
    const dates = byDate.groups.map((g) => g.date ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(search('russia', { limit: 2 }).total).toBe(byDate.total);
  });

  it('finds with a prefix exactly what FTS5 finds for it, whether the prefix is searched as its words or as typed', () => {
    const db = new Database(path, { readonly: true });
    try {
      const docs = db.prepare('SELECT count(*) FROM search_docs WHERE search_docs MATCH ?').pluck();
      const turns = db.prepare('SELECT count(*) FROM search_turns WHERE search_turns MATCH ?').pluck();
      // econom*: a few words; negotiat*: none begins so, only the stem it cuts short; con*: too many to spell out.
      expect(db.prepare("SELECT count(*) FROM search_vocab WHERE term >= 'con' AND term < 'coo'").pluck().get()).toBeGreaterThan(24);
      for (const [query, fts] of [
        ['econom*', '"econom" *'],
        ['negotiat*', '("negotiat" * OR "negoti")'],
        ['con*', '"con" *'],
      ]) {
        const all = archive.search.search({ query, exactCounts: true });
        if (all.status !== 'ok') throw new Error(query);
        expect(all.total, query).toBe(docs.get(fts));
        expect(all.totalTurns, query).toBe(turns.get(`body : (${fts})`));
      }
    } finally {
      db.close();
    }
  });

  it('suggests a known word when a query finds nothing, and answers malformed queries with a message', () => {
    const r = search('gass pipeline');
    expect(r.total).toBe(0);
    expect(r.didYouMean).toBe('gas pipeline');
    const bad = archive.search.search({ query: '"energy security' });
    expect(bad).toMatchObject({ status: 'invalid', error: expect.stringMatching(/never closed/) });
  });

  it('suggests speakers, topics and titles as you type (prefix and fuzzy)', () => {
    const s = archive.search.suggest({ text: 'sanctions put' });
    expect(s.items[0]).toMatchObject({ kind: 'speaker', label: 'Vladimir Putin', insert: 'speaker:"Vladimir Putin"' });
    expect(s.from).toBe('sanctions '.length);
    const two = archive.search.suggest({ text: 'gas vladimir put' });
    expect(two.from).toBe('gas '.length);
    expect(two.items[0]).toMatchObject({ kind: 'speaker', label: 'Vladimir Putin' });
    expect(archive.search.suggest({ text: 'foreign pol' }).items[0]).toMatchObject({ kind: 'topic', insert: 'topic:"Foreign policy"' });
    expect(archive.search.suggest({ text: 'Jenbekov' }).items.map((i) => i.label)).toContain('Sooronbay Jeenbekov');
  });

  it('prints the CLI JSON shape and sends query errors to stderr with exit 1', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
    archive.close();
    try {
      expect(await runCli(['search', 'Jeenbekov', '--archive', path, '--json', '--limit', '2'], io)).toBe(0);
      const json = JSON.parse(out[0]);
      expect(json.total).toBe(3);
      expect(json.hits).toHaveLength(2);
      expect(json.hits[0]).toMatchObject({
        documentId: expect.any(Number),
        title: 'Meeting with President of Kyrgyzstan Sooronbay Jeenbekov',
        turnIndex: null,
      });
      expect(json.hits[1]).toMatchObject({
        title: 'CSTO summit',
        turnIndex: expect.any(Number),
        speaker: null,
        snippet: expect.stringContaining('Jeenbekov'),
      });
      expect(Object.keys(json.facets)).toEqual(['speaker', 'topic', 'person', 'place', 'year']);
      // Where each hit matched, the documents with matching turns, the histogram's edges.
      expect(json).toMatchObject({ totalTurns: 3, documentsWithTurns: 2, estimated: [], histogram: { before: 0, after: 0, undated: 0 } });
      expect(json.hits[0].matchedIn).toEqual(['title', 'lead']);
      expect(json.hits[1].matchedIn).toEqual(['turns']);
      out.length = 0;
      expect(await runCli(['search', 'Jeenbekov', '--archive', path], io)).toBe(0);
      expect(out[0]).toMatch(/^3 documents; 3 matching turns in 2 of them \(/);
      expect(await runCli(['search', 'gas OR', '--archive', path, '--json'], io)).toBe(1);
      expect(err.join('\n')).toMatch(/OR at position 5 needs a word on both sides/);
      out.length = 0;
      expect(await runCli(['search', 'russia', '--archive', path, '--json', '--sort', 'date', '--limit', '5'], io)).toBe(0);
      const dates = JSON.parse(out[0]).hits.map((h: { date: string }) => h.date);
      expect([...dates].sort().reverse()).toEqual(dates);
    } finally {
      archive = Archive.open(path);
    }
  });
});

describe('numbers that agree', () => {
  it('says where each document matched and gives every hit a snippet', () => {
    const r = search('Jeenbekov');
    expect({ total: r.total, totalTurns: r.totalTurns, documentsWithTurns: r.documentsWithTurns }).toEqual({
      total: 3,
      totalTurns: 3,
      documentsWithTurns: 2,
    });
    const meeting = r.groups[0];
    expect(meeting).toMatchObject({ matchedIn: ['title', 'lead'], snippetFrom: 'lead', matchingTurns: 0 });
    expect(meeting.snippet.text.slice(meeting.snippet.highlights[0].start, meeting.snippet.highlights[0].end)).toBe('Jeenbekov');
    expect(r.groups[1]).toMatchObject({ title: 'CSTO summit', matchedIn: ['turns'], snippetFrom: 'turn' });
    // Fields alone: matched by tags, no turn is a match, the lead (or the title) is the snippet.
    const person = search('person:lukashenko');
    expect(person.totalTurns).toBe(0);
    for (const g of person.groups) {
      expect(g.matchedIn).toEqual(['tags']);
      expect(g.snippet.text.length).toBeGreaterThan(0);
    }
  });

  it('shows a turn a prefix marks though the index, holding stems, does not match it', () => {
    const a = Archive.open(tempArchivePath());
    a.write(
      {
        ...emptyDocument('Economic forum'),
        url: 'http://en.kremlin.ru/events/president/news/77777',
        date: '2017-06-02',
        turns: [{ speaker: 'Vladimir Putin', paragraphs: ['The economy is growing again.'] }],
      },
      { path: '/forum.txt', size: 1, fileHash: 'f', format: 'kremlin-html' },
    );
    // "economy*" finds the title's "Economic" (stem "econom"); the turn's "economy" is stemmed "economi".
    const r = a.search.search({ query: 'economy*' });
    if (r.status !== 'ok') throw new Error(r.status);
    expect(r.groups[0]).toMatchObject({ matchingTurns: 0, partial: true, snippetFrom: 'turn' });
    expect(r.groups[0].matchedIn).toContain('turns');
    expect(r.groups[0].turns[0].snippet.text).toContain('economy');
    a.close();
  });

  it('narrows with every field: speaker: values must each hold, and exclusions hold for the whole document', () => {
    const both = search('speaker:putin speaker:jeenbekov');
    expect(both.total).toBe(1);
    expect(both.total).toBeLessThanOrEqual(Math.min(search('speaker:putin').total, search('speaker:jeenbekov').total));
    const within = new Set(search('gas -oil').groups.map((g) => g.documentId));
    for (const g of search('gas -oil speaker:putin').groups) expect(within.has(g.documentId)).toBe(true);
  });

  it('answers the page and the counts apart, as the whole answer does', () => {
    const page = archive.search.search({ query: 'russia', limit: 5, part: 'page' });
    const counts = archive.search.search({ query: 'russia', part: 'counts' });
    const all = archive.search.search({ query: 'russia', limit: 5 });
    if (page.status !== 'page' || counts.status !== 'counts' || all.status !== 'ok') throw new Error('parts');
    expect(page.groups).toEqual(all.groups);
    expect({ ...counts, status: 'ok', groups: all.groups, didYouMean: null, rankedAmong: null, tookMs: all.tookMs }).toEqual(all);
    expect(archive.search.search({ query: 'russia', part: 'counts', exactCounts: true })).toMatchObject({
      status: 'counts',
      estimated: [],
      totalTurns: all.totalTurns,
    });
  });
});

describe('index upkeep', () => {
  const source = { path: '/x.txt', size: 1, fileHash: 'h', format: 'kremlin-html' as const };
  const doc = (word: string, extra: Partial<ParsedDocument> = {}): ParsedDocument => ({
    ...emptyDocument('Meeting on the zeppelin industry'),
    url: 'http://en.kremlin.ru/events/president/news/99999',
    date: '2021-05-05',
    persons: ['Lukashenko Alexander'],
    turns: [
      { speaker: 'Mr Lukashenko', paragraphs: [`We discussed ${word} at length.`] },
      { speaker: 'Question', paragraphs: ['And what about bicycles?'] },
    ],
    ...extra,
  });

  it('indexes a new document, replaces its text on update and drops it on delete', () => {
    const path = tempArchivePath();
    const a = Archive.open(path);
    const { id } = a.write(doc('aerostats'), source);
    expect(a.search.search({ query: 'aerostat' })).toMatchObject({ total: 1 });
    // The label "Mr Lukashenko" resolves to the person Alexander Lukashenko.
    expect(a.search.search({ query: 'speaker:alexander' })).toMatchObject({ total: 1, totalTurns: 1 });

    expect(a.write(doc('dirigibles'), source)).toEqual({ id, status: 'updated' });
    expect(a.search.search({ query: 'aerostat' })).toMatchObject({ total: 0 });
    expect(a.search.search({ query: 'dirigible' })).toMatchObject({ total: 1, totalTurns: 1 });
    expect(a.search.search({ query: 'zeppelin' })).toMatchObject({ total: 1 });

    // A write by another connection (the import worker) is seen at the next query.
    const other = Archive.open(path);
    other.write(doc('balloons', { url: 'http://en.kremlin.ru/events/president/news/88888', title: 'Balloon meeting' }), source);
    other.close();
    expect(a.search.search({ query: 'balloon' })).toMatchObject({ total: 1 });

    a.library.delete([id]);
    expect(a.search.search({ query: 'dirigible' })).toMatchObject({ total: 0 });
    expect(a.search.search({ query: 'zeppelin' })).toMatchObject({ total: 0 });
    const db = new Database(path, { readonly: true });
    expect(db.prepare("SELECT count(*) FROM search_vocab WHERE term IN ('dirig', 'zeppelin')").pluck().get()).toBe(0);
    db.close();
    a.close();
  });

  it('a document changed by plain SQL (an edit, a restore) is queued and caught up at the next query', () => {
    const a = Archive.open(tempArchivePath());
    const { id } = a.write(doc('aerostats'), source);
    // Writes outside Archive.write: the triggers queue the document.
    const db = (a as unknown as { db: Database.Database }).db;
    db.prepare('UPDATE documents SET title = ? WHERE id = ?').run('Meeting on the airship industry', id);
    db.prepare('UPDATE turns SET text = ? WHERE document_id = ? AND idx = 0').run('We discussed blimps.', id);
    expect(a.search.search({ query: 'title:airship blimp' })).toMatchObject({ total: 1, totalTurns: 1 });
    expect(a.search.search({ query: 'zeppelin OR aerostat' })).toMatchObject({ total: 0 });
    a.close();
  });
});

const QUERY_WORKER = join(__dirname, '..', '..', 'out', 'main', 'query-worker.js');
describe.skipIf(!existsSync(QUERY_WORKER))('the query worker thread (built)', () => {
  it('answers searches and suggestions on its own connection and sees later imports', async () => {
    const path = tempArchivePath();
    const archive = Archive.open(path);
    const worker = new QueryWorker(QUERY_WORKER, path);
    try {
      expect(await worker.ask('search', { query: 'Jeenbekov' })).toMatchObject({ status: 'ok', total: 0 });
      await importPaths(archive, [SEED]);
      const found = await worker.ask('search', { query: 'Jeenbekov' });
      expect(found).toMatchObject({ status: 'ok', total: 2 });
      expect(await worker.ask('search', { query: '"unclosed' })).toMatchObject({ status: 'invalid' });
      const suggestions = await worker.ask('suggest', { text: 'jeenb' });
      expect(JSON.stringify(suggestions)).toContain('Jeenbekov');
      // Comparisons are answered there too: a document with itself is identical.
      const id = archive.list()[0].id;
      const same = await worker.ask('compare', { left: { documentId: id }, right: { documentId: id } });
      expect(same.summary.similarity).toBe(1);
    } finally {
      await worker.close();
      archive.close();
    }
  });
});
