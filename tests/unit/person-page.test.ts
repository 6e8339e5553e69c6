import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { spread } from '../../main/analysis/person-terms';
import { cli, SEED, spokenDocument, tempArchivePath } from './helpers';

/**
 * Three documents whose words are counted by hand (function words such as "the", "is", "ours",
 * "again", "we", "and" are never listed, but count towards the size of each side):
 *   2018 Energy talks: Putin "Gas pipeline gas pipeline gas pipeline. The gas is ours." (10 words: gas 4, pipeline 3)
 *                      Merkel "We buy oil and wind power." (6: buy, oil, wind, power)
 *   2019 Oil review:   Merkel "Wind and solar power, wind and solar." (7: wind 2, solar 2, power)
 *                      Putin "Gas again, pipeline again, gas." (5: gas 2, pipeline 1)
 *   2021 Solar:        Merkel "Solar wind solar wind power power." (6: solar 2, wind 2, power 2); narration "Applause." (1)
 * Putin: 15 words, listable gas 6 + pipeline 4 = 10. The rest: 20 words, listable buy 1, oil 1,
 * wind 5, power 4, solar 4, applause 1 = 16.
 */
function countedArchive(): Archive {
  const archive = Archive.open(tempArchivePath());
  const source = (n: number) => ({ path: `/doc-${n}.txt`, size: 1, fileHash: `h${n}`, format: 'plain-text' as const });
  archive.write(
    spokenDocument('Energy talks', '2018-05-02', [
      ['Vladimir Putin', 'Gas pipeline gas pipeline gas pipeline. The gas is ours.'],
      ['Angela Merkel', 'We buy oil and wind power.'],
    ]),
    source(1),
  );
  archive.write(
    spokenDocument('Oil review', '2019-07-10', [
      ['Angela Merkel', 'Wind and solar power, wind and solar.'],
      ['Vladimir Putin', 'Gas again, pipeline again, gas.'],
    ]),
    source(2),
  );
  archive.write(
    spokenDocument('Solar', '2021-01-15', [
      ['Angela Merkel', 'Solar wind solar wind power power.'],
      [null, 'Applause.'],
    ]),
    source(3),
  );
  return archive;
}

/** The log-odds z written out: prior α0 = the person's listable words, α_w = α0 · (y_l + y_r) / (n_l + n_r). */
function z(yl: number, yr: number, nl: number, nr: number): number {
  const a0 = nl;
  const a = (a0 * (yl + yr)) / (nl + nr);
  const delta = Math.log((yl + a) / (nl + a0 - yl - a)) - Math.log((yr + a) / (nr + a0 - yr - a));
  return delta / Math.sqrt(1 / (yl + a) + 1 / (yr + a));
}

describe('a person’s page', () => {
  it('lists the person’s totals, documents (oldest first, with their first turn) and hand-counted distinctive words', () => {
    const archive = countedArchive();
    const page = archive.analysis.person({ person: 'Vladimir Putin' });
    expect(page.status).toBe('ok');
    if (page.status !== 'ok') return;
    expect(page).toMatchObject({
      person: 'Vladimir Putin',
      key: 'putin vladimir',
      documents: 2,
      turns: 2,
      words: 15,
      first: '2018-05-02',
      last: '2019-07-10',
      read: { words: 15, sampled: false, restWords: 20, restSampled: false },
    });
    expect(page.documentList).toEqual([
      { documentId: 1, title: 'Energy talks', date: '2018-05-02', turns: 1, words: 10, firstTurn: 0 },
      { documentId: 2, title: 'Oil review', date: '2019-07-10', turns: 1, words: 5, firstTurn: 1 },
    ]);
    // gas: z ≈ 2.670, pipeline: z ≈ 1.982 — both past 1.96; never said by anyone else.
    expect(page.terms.map((t) => [t.term, t.count, t.per10k, t.restCount, t.restPer10k])).toEqual([
      ['gas', 6, 4000, 0, 0],
      ['pipeline', 4, 2666.667, 0, 0],
    ]);
    expect(page.terms[0].z).toBeCloseTo(z(6, 0, 10, 16), 3);
    expect(page.terms[1].z).toBeCloseTo(z(4, 0, 10, 16), 3);
    expect(page.terms[0].z).toBeCloseTo(2.67, 2);
    archive.close();
  });

  it('finds a person by key or another case, says so when there is none, and limits the documents listed', () => {
    const archive = countedArchive();
    const byKey = archive.analysis.person({ person: 'merkel angela', limit: 1 });
    expect(byKey.status === 'ok' && [byKey.person, byKey.documents, byKey.documentList.length]).toEqual(['Angela Merkel', 3, 1]);
    const merkel = archive.analysis.person({ person: 'angela MERKEL' });
    // wind, 5 of her 19 words and none of the rest's 20: z ≈ 1.53, short of 1.96 — nothing is listed rather than noise.
    expect(merkel.status === 'ok' && merkel.terms).toEqual([]);
    expect(z(5, 0, 15, 11)).toBeCloseTo(1.526, 2);
    expect(merkel.status === 'ok' && merkel.documentList.map((d) => d.firstTurn)).toEqual([1, 0, 0]);
    const none = archive.analysis.person({ person: 'Nobody Here' });
    expect(none).toMatchObject({ status: 'invalid' });
    archive.close();
  });

  it('gives the speakers table each person’s first distinctive words when asked, and only then', () => {
    const archive = countedArchive();
    const plain = archive.analysis.speakers({});
    expect(plain.status === 'ok' && plain.speakers.every((r) => r.terms === undefined)).toBe(true);
    const withTerms = archive.analysis.speakers({ terms: 3 });
    expect(withTerms.status === 'ok' && withTerms.speakers.map((r) => [r.person, r.terms])).toEqual([
      ['Angela Merkel', []],
      ['Vladimir Putin', ['gas', 'pipeline']],
    ]);
    archive.close();
  });

  it('samples evenly over a person’s documents', () => {
    expect(spread(10, 0.3)).toEqual([0, 3, 6]);
    expect(spread(4, 1.5)).toEqual([0, 1, 2, 3]);
    expect(spread(1000, 0.0001)).toEqual([0]);
  });
});

describe('verbatim person show', () => {
  it('prints the documented JSON shape; text without --json; errors for an unknown person or a missing name', async () => {
    const archive = tempArchivePath();
    await cli('import', SEED, '--archive', archive, '--json');
    const r = await cli('person', 'show', 'Vladimir Putin', '--archive', archive, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json).sort()).toEqual(
      ['documentList', 'documents', 'first', 'key', 'last', 'person', 'read', 'terms', 'turns', 'words'].sort(),
    );
    expect(json).toMatchObject({ person: 'Vladimir Putin', key: 'putin vladimir', documents: 2, first: '2019-11-28', last: '2019-11-28' });
    expect(json.documentList).toHaveLength(2);
    expect(Object.keys(json.documentList[0]).sort()).toEqual(['date', 'documentId', 'firstTurn', 'title', 'turns', 'words']);
    for (const t of json.terms) expect(Object.keys(t).sort()).toEqual(['count', 'per10k', 'restCount', 'restPer10k', 'term', 'z']);
    expect(json.terms.every((t: { z: number }) => t.z >= 1.96)).toBe(true);
    const byKey = JSON.parse((await cli('person', 'show', 'putin vladimir', '--archive', archive, '--json')).out);
    expect(byKey.words).toBe(json.words);
    const text = await cli('person', 'show', 'Vladimir Putin', '--archive', archive);
    expect(text.out).toMatch(/^Vladimir Putin: 2 documents, \d+ turns?, [\d,]+ words/);
    const unknown = await cli('person', 'show', 'Nobody Here', '--archive', archive, '--json');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('There is no person “Nobody Here”');
    expect((await cli('person', 'show', '--archive', archive)).code).toBe(2);
  });
});
