import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { importPaths } from '../../main/importer/importer';
import { contextOf, sortByContext } from '../../main/analysis/kwic';
import { binRange, logLikelihood, per10k } from '../../main/analysis/measures';
import { addWindows, emptyCounts } from '../../main/analysis/collocates';
import { concordance } from '../../main/analysis/concordance';
import { AnalysisReads } from '../../main/archive/analysis-read';
import { FIXTURES, SEED, spokenDocument, tempArchivePath } from './helpers';

async function seedArchive(): Promise<Archive> {
  const archive = Archive.open(tempArchivePath());
  await importPaths(archive, [SEED]);
  return archive;
}

/**
 * Three dated documents whose words are counted by hand (countWords: runs of letters and digits):
 *   2018: Putin "Gas is cheap. Gas is plentiful and gas flows." (9 words, gas 3)
 *         Merkel "We buy oil, not gas." (5 words, gas 1)
 *   2019: Putin "Oil prices fell this year." (5 words, gas 0)
 *   2021: Putin "Gas again." (2 words, gas 1)
 */
function countedArchive(): Archive {
  const archive = Archive.open(tempArchivePath());
  const source = (n: number) => ({ path: `/doc-${n}.txt`, size: 1, fileHash: `h${n}`, format: 'plain-text' as const });
  archive.write(
    spokenDocument('Energy talks', '2018-05-02', [
      ['Vladimir Putin', 'Gas is cheap. Gas is plentiful and gas flows.'],
      ['Angela Merkel', 'We buy oil, not gas.'],
    ]),
    source(1),
  );
  archive.write(spokenDocument('Oil review', '2019-07-10', [['Vladimir Putin', 'Oil prices fell this year.']]), source(2));
  archive.write(spokenDocument('Short remark', '2021-01-15', [['Vladimir Putin', 'Gas again.']]), source(3));
  return archive;
}

describe('concordance lines', () => {
  it('cuts a known turn’s context at word boundaries, about `width` characters each side', () => {
    // The seed's first turn: "… I am convinced that our fruitful cooperation will continue in the spirit of allied relations …"
    const text = readFileSync(SEED, 'utf8');
    const start = text.indexOf('cooperation will continue');
    const line = contextOf(text, { start, end: start + 'cooperation'.length }, 30);
    // 30 characters back reach "m convinced…": the cut word is dropped; 30 forward end inside "of".
    expect(line).toEqual({ left: 'convinced that our fruitful ', match: 'cooperation', right: ' will continue in the spirit' });
  });

  it('finds every occurrence in the seed, hand-counted: 5 × cooperation and 2 × cooperate, oldest document first', async () => {
    const archive = await seedArchive();
    const r = archive.analysis.kwic({ query: 'cooperation', width: 30 });
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.total).toBe(7);
    expect(r.estimated).toBe(false);
    expect(r.lines.map((l) => l.match)).toEqual([
      'cooperation',
      'cooperation',
      'cooperate',
      'cooperate',
      'cooperation',
      'cooperation',
      'cooperation',
    ]);
    expect(r.lines[0]).toEqual({
      documentId: 1,
      title: 'Meeting with President of Kyrgyzstan Sooronbay Jeenbekov',
      date: '2019-11-28',
      turnIndex: 0,
      speaker: 'President of Kyrgyzstan Sooronbay Jeenbekov',
      left: 'convinced that our fruitful ',
      match: 'cooperation',
      right: ' will continue in the spirit',
    });
    const page = archive.analysis.kwic({ query: 'cooperation', limit: 2, offset: 5 });
    expect(page.status === 'ok' && page.lines.map((l) => l.right.split(' ')[1])).toEqual(['with', 'with']);
    archive.close();
  });

  it('sorts by the 1st, then 2nd, then 3rd word to the left', () => {
    const lines = [
      { left: 'and the bilateral ', match: 'relations', right: '' },
      { left: 'our allied ', match: 'relations', right: '' },
      { left: 'of the bilateral ', match: 'relations', right: '' },
    ];
    expect(sortByContext(lines, 'left').map((l) => l.left)).toEqual(['our allied ', 'and the bilateral ', 'of the bilateral ']);
  });
});

describe('trends and speakers: per 10,000 words', () => {
  it('counts occurrences and words per year, and relates them', () => {
    const archive = countedArchive();
    const r = archive.analysis.trend({ queries: ['gas'], by: 'year' });
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.bins).toEqual(['2018', '2019', '2020', '2021']);
    expect(r.words).toEqual([14, 5, 0, 2]);
    // 4 / 14 × 10,000 = 2857.143; 0 / 5 = 0; no words in 2020: null; 1 / 2 × 10,000 = 5000.
    expect(r.series).toEqual([{ query: 'gas', group: null, counts: [4, 0, 0, 1], per10k: [2857.143, 0, null, 5000] }]);
    archive.close();
  });

  it('splits a series by person, each related to that person’s words', () => {
    const archive = countedArchive();
    const r = archive.analysis.trend({ queries: ['gas'], by: 'year', split: 'speaker' });
    if (r.status !== 'ok') throw new Error(r.error);
    // Putin: 3 of his 9 words in 2018 (3333.333), none of 5 in 2019, 1 of 2 in 2021. Merkel: 1 of 5 in 2018.
    expect(r.series).toEqual([
      { query: 'gas', group: 'Vladimir Putin', counts: [3, 0, 0, 1], per10k: [3333.333, 0, null, 5000] },
      { query: 'gas', group: 'Angela Merkel', counts: [1, 0, 0, 0], per10k: [2000, null, null, null] },
    ]);
    archive.close();
  });

  it('tells who says it, per 10,000 of their own words, and lists everyone without a query', () => {
    const archive = countedArchive();
    const r = archive.analysis.speakers({ query: 'gas' });
    if (r.status !== 'ok') throw new Error(r.error);
    // Putin: 4 matches in 16 words (2500); Merkel: 1 in 5 (2000).
    expect(r.speakers).toEqual([
      { person: 'Vladimir Putin', documents: 2, turns: 2, words: 16, matches: 4, per10k: 2500, first: '2018-05-02', last: '2021-01-15' },
      { person: 'Angela Merkel', documents: 1, turns: 1, words: 5, matches: 1, per10k: 2000, first: '2018-05-02', last: '2018-05-02' },
    ]);
    const all = archive.analysis.speakers({});
    if (all.status !== 'ok') throw new Error(all.error);
    expect(all.speakers[0]).toEqual({
      person: 'Vladimir Putin',
      documents: 3,
      turns: 3,
      words: 16,
      matches: null,
      per10k: null,
      first: '2018-05-02',
      last: '2021-01-15',
    });
    archive.close();
  });

  it('does the arithmetic: rounding, no words, a month axis across a year', () => {
    expect(per10k(1, 3)).toBe(3333.333);
    expect(per10k(5, 0)).toBeNull();
    expect(binRange('2019-11', '2020-02', 'month')).toEqual(['2019-11', '2019-12', '2020-01', '2020-02']);
  });
});

describe('collocates', () => {
  it('computes G² on worked examples', () => {
    // Every cell 2 expected: 2 × (2 ln 2 + 0 + 0 + 2 ln 2) = 8 ln 2.
    expect(logLikelihood(2, 0, 0, 2)).toBeCloseTo(8 * Math.log(2), 10);
    // a=3, b=1, c=1, d=3: every E = 2; G² = 2 × (6 ln 1.5 + 2 ln 0.5) = 2.09299…
    expect(logLikelihood(3, 1, 1, 3)).toBeCloseTo(2.09299, 4);
    // Independence: the word is as frequent near the term as elsewhere.
    expect(logLikelihood(10, 90, 100, 900)).toBeCloseTo(0, 10);
  });

  it('counts the words within the window of each match, not the match itself', () => {
    const counts = emptyCounts();
    const text = 'Our bilateral relations are good, and bilateral trade grows.';
    const at = text.indexOf('relations');
    addWindows(counts, text, [{ start: at, end: at + 'relations'.length }], 2);
    expect([...counts.near]).toEqual([
      ['our', 1],
      ['bilater', 1],
      ['are', 1],
      ['good', 1],
    ]);
    expect(counts.windowWords).toBe(4);
  });

  it('ranks the seed’s company of "relations": quality (2 of its 2 uses) first, function words left out', async () => {
    const archive = await seedArchive();
    const r = archive.analysis.collocates({ query: 'relations', minCount: 2 });
    if (r.status !== 'ok') throw new Error(r.error);
    expect(r.matches).toBe(8);
    expect(r.collocates[0]).toMatchObject({ word: 'quality', count: 2, corpus: 2 });
    expect(r.collocates.map((c) => c.word)).not.toContain('the');
    archive.close();
  });
});

describe('the concordance walks a large result document by document', () => {
  it('gives the same first page as reading every matching turn, and counts the same total', async () => {
    const archive = Archive.open(tempArchivePath());
    await importPaths(archive, [join(FIXTURES, 'kremlin_en_txt')]);
    const db = new Database(archive.path, { readonly: true });
    const reads = new AnalysisReads(db);
    const found = archive.search.resultSet('russia');
    if (!found.ok) throw new Error(found.error);
    const full = concordance(reads, found, { query: 'russia', limit: 40 }, null, Infinity);
    const walked = concordance(reads, found, { query: 'russia', limit: 40 }, null, 1);
    expect(full.lines.length).toBe(40);
    expect(walked.lines).toEqual(full.lines);
    expect(walked.total).toBe(full.total);
    const all = concordance(reads, found, { query: 'russia', limit: 1000 }, null, 1);
    expect(all.turns).toBe(full.turns);
    db.close();
    archive.close();
  });
});

describe('occurrences agree between the concordance and the counts', () => {
  it('for an exclusion, NEAR and a phrase: the total is what the lines and the trend count', async () => {
    const archive = Archive.open(tempArchivePath());
    await importPaths(archive, [join(FIXTURES, 'kremlin_en_txt')]);
    const whole = archive.analysis.kwic({ query: 'russia', limit: 1000 });
    for (const query of ['russia -china', 'NEAR(gas price, 5)', '"the United States"', 'speaker:putin cooperation']) {
      const kwic = archive.analysis.kwic({ query, limit: 1000 });
      const trend = archive.analysis.trend({ queries: [query] });
      if (kwic.status !== 'ok' || trend.status !== 'ok') throw new Error(query);
      expect(kwic.total, query).toBeGreaterThan(0);
      expect(kwic.lines.length, query).toBe(kwic.total);
      expect(trend.series[0].counts.reduce((a, b) => a + b, 0) + trend.undated[0], query).toBe(kwic.total);
    }
    const without = archive.analysis.kwic({ query: 'russia -china', limit: 1 });
    expect(whole.status === 'ok' && without.status === 'ok' && without.total < whole.total).toBe(true);
    archive.close();
  });
});
