import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { citeDocument } from '../../main/analysis/citation';
import type { CiteRow } from '../../main/archive/analysis-read';
import { CITATION_STYLES } from '../../shared/contract/analysis';
import { cli, SEED, tempArchivePath } from './helpers';

async function seeded(): Promise<string> {
  const archive = tempArchivePath();
  await cli('import', SEED, '--archive', archive, '--json');
  return archive;
}

const ATTRIBUTION = 'Source: en.kremlin.ru, licensed under Creative Commons Attribution 4.0 International (CC BY 4.0)';

describe('research desk on the command line', () => {
  it('kwic --json prints {total, lines} with the documented line fields', async () => {
    const archive = await seeded();
    const r = await cli('kwic', 'relations', '--archive', archive, '--json', '--limit', '3', '--sort', 'right');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ total: 8, estimated: false, turns: 3, sortedAmong: null });
    expect(json.lines).toHaveLength(3);
    expect(Object.keys(json.lines[0]).sort()).toEqual(['date', 'documentId', 'left', 'match', 'right', 'speaker', 'title', 'turnIndex']);
    // By the 1st, then the 2nd word to the right (punctuation is not a word): "and in the context",
    // "and strategic partnership", ", and this is reflected" — before "have", "they", "this", "to", "we".
    const words = (l: { right: string }): string =>
      l.right
        .replace(/[^\p{L}\s]/gu, '')
        .trim()
        .split(/\s+/)
        .slice(0, 2)
        .join(' ');
    expect(json.lines.map(words)).toEqual(['and in', 'and strategic', 'and this']);
  });

  it('trend --json prints bins, words and one series per query (group null), split by speaker on demand', async () => {
    const archive = await seeded();
    const r = JSON.parse((await cli('trend', 'cooperation', 'relations', '--archive', archive, '--json')).out);
    expect(r.bins).toEqual(['2019']);
    expect(r.series.map((s: { query: string; group: null; counts: number[] }) => [s.query, s.group, s.counts])).toEqual([
      ['cooperation', null, [7]],
      ['relations', null, [8]],
    ]);
    expect(r.series[0].per10k[0]).toBeCloseTo((7 / r.words[0]) * 10_000, 3);
    const split = JSON.parse((await cli('trend', 'relations', '--split', 'speaker', '--archive', archive, '--json')).out);
    expect(split.series.map((s: { group: string; counts: number[] }) => [s.group, s.counts[0]])).toEqual([
      ['Vladimir Putin', 6],
      ['Sooronbay Jeenbekov', 2],
    ]);
  });

  it('speakers --json: matches and per10k with a query, null without one', async () => {
    const archive = await seeded();
    const withQuery = JSON.parse((await cli('speakers', 'relations', '--archive', archive, '--json')).out);
    expect(Object.keys(withQuery.speakers[0]).sort()).toEqual([
      'documents',
      'first',
      'last',
      'matches',
      'per10k',
      'person',
      'turns',
      'words',
    ]);
    expect(withQuery.speakers[0]).toMatchObject({ person: 'Vladimir Putin', matches: 6, documents: 2 });
    const all = JSON.parse((await cli('speakers', '--archive', archive, '--json', '--limit', '1')).out);
    expect(all.total).toBe(2);
    expect(all.speakers).toHaveLength(1);
    expect(all.speakers[0]).toMatchObject({ person: 'Vladimir Putin', matches: null, per10k: null });
  });

  it('collocates --json and readable text without --json', async () => {
    const archive = await seeded();
    const json = JSON.parse((await cli('collocates', 'relations', '--min-count', '2', '--archive', archive, '--json')).out);
    expect(json.collocates[0]).toEqual({ word: 'quality', count: 2, corpus: 2, g2: expect.any(Number) });
    const text = await cli('kwic', 'cooperation', '--archive', archive, '--width', '20');
    expect(text.out.split('\n')[0]).toMatch(/^7 occurrences in 3 turns/);
    expect(text.out).toContain('[cooperation]');
  });

  it('reports errors as the other commands do', async () => {
    const archive = await seeded();
    const bad = await cli('kwic', 'title:summit', '--archive', archive, '--json');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/no words to look for in the turns/);
    const usage = await cli('kwic', 'a', '--sort', 'sideways', '--archive', archive);
    expect(usage.code).toBe(2);
    expect(usage.err).toMatch(/--sort is date, speaker, left, right/);
    const noStyle = await cli('cite', '1', '--archive', archive);
    expect(noStyle.code).toBe(2);
    const noTurn = await cli('cite', '1', '--turn', '40', '--style', 'apa', '--archive', archive);
    expect(noTurn.code).toBe(1);
    expect(noTurn.err).toMatch(/has no turn 40/);
  });

  it('cite prints a document or one turn, the speaker as author', async () => {
    const archive = await seeded();
    const r = await cli('cite', '1', '--turn', '1', '--style', 'chicago', '--archive', archive);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      `Putin, Vladimir. “Meeting with President of Kyrgyzstan Sooronbay Jeenbekov.” Transcript, turn 1, Bishkek, November 28, 2019.\n${ATTRIBUTION}`,
    );
  });
});

describe('cite of several documents or a collection', () => {
  it('prints one bibliography for several ids, keeps the single-id form, and reads a collection by name', async () => {
    const archive = await seeded();
    const bib = await cli('cite', '1', '2', '--style', 'bibtex', '--archive', archive);
    expect(bib.code).toBe(0);
    expect(bib.out.match(/^@misc\{[a-z0-9-]+,$/gm)).toHaveLength(2);
    expect(bib.out.match(new RegExp(`note = \\{${ATTRIBUTION.replace(/[()]/g, '\\$&')}\\}`, 'g'))).toHaveLength(2);
    // The single-id form prints what it always did.
    const one = await cli('cite', '1', '--style', 'bibtex', '--archive', archive);
    expect(one.out).toMatch(/^@misc\{\d{4}Meeting,/);

    const db = Archive.open(archive);
    const { id } = db.library.createCollection('Direct Lines');
    db.library.addToCollection(id, [2]);
    db.close();
    const ris = await cli('cite', '--collection', 'direct lines', '--style', 'ris', '--archive', archive, '--json');
    expect(ris.code).toBe(0);
    const json = JSON.parse(ris.out);
    expect(json).toMatchObject({ style: 'ris', entries: 1, total: 1, capped: false, missing: 0 });
    expect(json.text.match(/^TY {2}- /gm)).toHaveLength(1);
    expect(json.text.match(/^ER {2}- ?$/gm)).toHaveLength(1);

    const missing = await cli('cite', '1', '999', '--style', 'csl-json', '--archive', archive);
    expect(missing.code).toBe(0);
    expect(JSON.parse(missing.out)).toHaveLength(1);
    expect(missing.err).toMatch(/1 of the documents named is not in this archive/);
    const unknown = await cli('cite', '--collection', 'Nothing', '--style', 'ris', '--archive', archive);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/no collection “Nothing”.*“Direct Lines”/);
    const apa = await cli('cite', '1', '2', '--style', 'apa', '--archive', archive);
    expect(apa.code).toBe(2);
    expect(apa.err).toMatch(/--style is bibtex, ris, csl-json/);
    const turn = await cli('cite', '1', '2', '--turn', '1', '--style', 'ris', '--archive', archive);
    expect(turn.code).toBe(2);
  });
});

describe('citation styles', () => {
  const doc: CiteRow = {
    id: 62146,
    title: 'Meeting with President of Kyrgyzstan Sooronbay Jeenbekov',
    date: '2019-11-28',
    time: '14:30',
    place: 'Bishkek',
    url: 'http://en.kremlin.ru/events/president/news/62146',
    attribution: ATTRIBUTION,
    language: 'en',
    mainSpeakers: null,
  };
  const putin = { speaker: 'President of Russia Vladimir Putin', person: 'Vladimir Putin' };

  it('keeps the CC BY attribution in every style', () => {
    for (const style of CITATION_STYLES) {
      for (const turn of [null, 4]) {
        const text = citeDocument(doc, turn === null ? null : putin, turn, style).replace(/\s+/g, ' ');
        expect(text, `${style}, turn ${turn}`).toContain(ATTRIBUTION);
      }
    }
  });

  it('writes APA, Chicago and MLA for a turn', () => {
    const url = 'http://en.kremlin.ru/events/president/news/62146';
    expect(citeDocument(doc, putin, 4, 'apa')).toBe(
      `Putin, V. (2019, November 28). Meeting with President of Kyrgyzstan Sooronbay Jeenbekov [Transcript, turn 4]. en.kremlin.ru. ${url}\n${ATTRIBUTION}`,
    );
    expect(citeDocument(doc, putin, 4, 'chicago')).toBe(
      `Putin, Vladimir. “Meeting with President of Kyrgyzstan Sooronbay Jeenbekov.” Transcript, turn 4, Bishkek, November 28, 2019. en.kremlin.ru. ${url}.\n${ATTRIBUTION}`,
    );
    expect(citeDocument(doc, putin, 4, 'mla')).toBe(
      `Putin, Vladimir. “Meeting with President of Kyrgyzstan Sooronbay Jeenbekov.” en.kremlin.ru, 28 Nov. 2019, Bishkek, ${url}.\n${ATTRIBUTION}`,
    );
  });

  it('exports BibTeX, RIS and CSL-JSON for reference managers', () => {
    const bib = citeDocument(doc, putin, 4, 'bibtex');
    expect(bib).toMatch(/^@misc\{/);
    expect(bib).toContain('author = {Putin, Vladimir}');
    expect(bib).toContain('url = {http://en.kremlin.ru/events/president/news/62146}');
    const ris = citeDocument(doc, null, null, 'ris');
    expect(ris.split('\n')[0]).toBe('TY  - SOUND');
    expect(ris).toContain('ID  - verbatim-62146');
    expect(ris).toContain('UR  - http://en.kremlin.ru/events/president/news/62146');
    const csl = JSON.parse(citeDocument(doc, putin, 4, 'csl-json'));
    expect(csl[0]).toMatchObject({
      id: 'verbatim-62146-t4',
      type: 'speech',
      author: [{ given: 'Vladimir', family: 'Putin' }],
      issued: { 'date-parts': [[2019, 11, 28]] },
      note: ATTRIBUTION,
    });
  });
});

describe('RIS for reference managers', () => {
  it('keeps each value on one line, however long', () => {
    const doc: CiteRow = {
      id: 2495,
      title: 'Acting Russian President Vladimir Putin met with Cuban Foreign Minister Felipe Perez Roque',
      date: '2000-01-26',
      time: null,
      place: 'The Kremlin, Moscow',
      url: 'http://en.kremlin.ru/events/president/news/37840',
      attribution: ATTRIBUTION,
      language: 'en',
      mainSpeakers: null,
    };
    const ris = citeDocument(doc, null, null, 'ris').split('\n');
    expect(ris).toContain(`TI  - ${doc.title}`);
    expect(ris).toContain(`N1  - ${ATTRIBUTION}`);
    expect(ris.every((line) => /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
    expect(ris.at(-1)).toBe('ER  - ');
  });
});
