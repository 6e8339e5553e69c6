/**
 * The two comparison modes on a real archive: the CLI's --mode, the first screen the window
 * gets before the whole result, distinctive terms with a significance cut-off, formulas in
 * shared phrases, and "similar passages" refusing a greeting.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { compareTexts } from '../../main/compare/compare';
import { Comparisons, compareDocuments, SimilarPassages } from '../../main/compare/service';
import { importPaths } from '../../main/importer/importer';
import { DIRECT_LINE_2013, DIRECT_LINE_2018, editedCopy, NEWS_CONFERENCE_2018, parsedPage, sideOf } from './compare-fixtures';
import { cli, FIXTURES, tempArchivePath } from './helpers';

const HTML = join(FIXTURES, 'kremlin_en_html');

async function directLines(): Promise<{ path: string; a: number; b: number }> {
  const path = tempArchivePath();
  const archive = Archive.open(path);
  try {
    const report = await importPaths(
      archive,
      [DIRECT_LINE_2013, DIRECT_LINE_2018].map((id) => join(HTML, `${id}.html`)),
    );
    const id = (n: string) => report.documents.find((d) => d.path.endsWith(`${n}.html`))?.id as number;
    return { path, a: id(DIRECT_LINE_2013), b: id(DIRECT_LINE_2018) };
  } finally {
    archive.close();
  }
}

describe('compare --mode (CLI)', () => {
  it('gives themes as pairs with terms, topics, only-left/right and a summary; versions stays the default', async () => {
    const { path, a, b } = await directLines();
    const themes = await cli('compare', String(a), String(b), '--archive', path, '--json', '--mode', 'themes');
    expect(themes.code).toBe(0);
    const json = JSON.parse(themes.out);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['pairs', 'topics', 'onlyLeft', 'onlyRight', 'summary']));
    expect(Object.keys(json.pairs[0]).sort()).toEqual(['left', 'right', 'score', 'terms']);
    expect(Object.keys(json.pairs[0].left).sort()).toEqual(['paragraph', 'sentence', 'speaker', 'text', 'turn']);
    expect(Object.keys(json.topics[0]).sort()).toEqual(['label', 'left', 'right']);
    expect(json.pairs.every((p: { score: number }) => p.score > 0 && p.score <= 1)).toBe(true);
    expect(json.summary.pairCount).toBe(json.pairs.length);
    expect(json.summary.suggestedMode).toBe('themes');

    // auto chooses themes for two different speeches; without --mode the output is the versions one.
    const auto = JSON.parse((await cli('compare', String(a), String(b), '--archive', path, '--json', '--mode', 'auto')).out);
    expect(auto.topics.length).toBe(json.topics.length);
    const versions = JSON.parse((await cli('compare', String(a), String(b), '--archive', path, '--json')).out);
    expect(Object.keys(versions).sort()).toEqual([
      'documents',
      'granularity',
      'onlyLeft',
      'onlyRight',
      'pairs',
      'sharedPhrases',
      'summary',
      'threshold',
    ]);
    expect(Object.keys(versions.pairs[0]).sort()).toEqual(['left', 'moved', 'right', 'score']);
    for (const t of versions.summary.distinctiveLeft) expect(Object.keys(t).sort()).toEqual(['countLeft', 'countRight', 'score', 'term']);

    const text = await cli('compare', String(a), String(b), '--archive', path, '--mode', 'themes');
    expect(text.out).toMatch(/By theme · \d+ passage pairs? in \d+ topics?/);
    expect(text.out).toContain('pension');
    const bad = await cli('compare', String(a), String(b), '--archive', path, '--mode', 'topics');
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('--mode must be versions, themes or auto');
  });
});

describe('the window’s comparison', () => {
  it('sends the first screen first, then the whole result from the same computation', async () => {
    const { path, a, b } = await directLines();
    const archive = Archive.open(path);
    try {
      const comparisons = new Comparisons(archive);
      const request = { left: { documentId: a }, right: { documentId: b }, mode: 'auto' as const };
      const first = comparisons.compare({ ...request, firstScreen: 20 });
      const full = comparisons.compare(request);
      expect(first.mode).toBe('themes');
      expect(first.partial).toBe(true);
      expect(full.partial).toBe(false);
      // The first screen: the first topics' best pairs, with their passages; the topic list whole.
      const firstThemes = first.themes;
      const fullThemes = full.themes;
      if (!firstThemes || !fullThemes) throw new Error('no themes');
      expect(firstThemes.pairs).toHaveLength(20);
      expect(firstThemes.topics.map((t) => [t.label, t.left.length])).toEqual(fullThemes.topics.map((t) => [t.label, t.left.length]));
      expect(firstThemes.topics[0].pairs.map((i) => firstThemes.pairs[i])).toEqual(
        fullThemes.topics[0].pairs.slice(0, firstThemes.topics[0].pairs.length).map((i) => fullThemes.pairs[i]),
      );
      for (const pair of firstThemes.pairs) {
        expect(first.passagesLeft.find((p) => p.index === pair.left)?.text).toBe(full.passagesLeft[pair.left].text);
        expect(first.passagesRight.find((p) => p.index === pair.right)?.text).toBe(full.passagesRight[pair.right].text);
      }
      expect(first.passagesLeft.length).toBeLessThanOrEqual(20);
      expect(JSON.stringify(first).length).toBeLessThan(JSON.stringify(full).length / 8);
    } finally {
      archive.close();
    }
  });
});

describe('what is shown as meaningful', () => {
  const dl2013 = sideOf(parsedPage(DIRECT_LINE_2013), 1);
  const dl2018 = sideOf(parsedPage(DIRECT_LINE_2018), 2);

  it('lists distinctive terms only past |z| ≥ 1.96 with counts per 10,000 words, and none for two versions of one text', () => {
    const c = compareTexts(dl2013, dl2018);
    for (const t of [...c.summary.distinctiveLeft, ...c.summary.distinctiveRight]) expect(t.score).toBeGreaterThanOrEqual(1.96);
    const crimea = c.summary.distinctiveRight.find((t) => t.term === 'crimea');
    expect(crimea?.countRight).toBeGreaterThanOrEqual(3);
    expect(crimea?.rateRight).toBeCloseTo(((crimea?.countRight ?? 0) / c.summary.wordsRight) * 10_000, 0);
    const news = parsedPage(NEWS_CONFERENCE_2018);
    const edited = compareTexts(sideOf(news, 3), sideOf(editedCopy(news).copy, 3));
    expect(edited.summary.distinctiveLeft).toEqual([]);
    expect(edited.summary.distinctiveRight).toEqual([]);
  });

  it('lists formulas after the shared phrases that carry content', () => {
    const c = compareTexts(dl2013, dl2018);
    const firstCommon = c.sharedPhrases.findIndex((p) => p.common);
    expect(firstCommon).toBeGreaterThan(0);
    expect(c.sharedPhrases.slice(firstCommon).every((p) => p.common)).toBe(true);
    const byText = new Map(c.sharedPhrases.map((p) => [p.text.toLowerCase(), p]));
    expect(byText.get('we have been on the air for over four hours')?.common).toBe(false);
    expect(byText.get('i would like to thank you for')?.common).toBe(true);
  });

  it('finds no "similar passages" for a greeting, with the reason', async () => {
    const { path, b } = await directLines();
    const archive = Archive.open(path);
    try {
      const doc = archive.get(b);
      const turn = doc?.turns.findIndex((t) => t.text === 'Good afternoon.') ?? -1;
      expect(turn).toBeGreaterThanOrEqual(0);
      const similar = new SimilarPassages(archive);
      const greeting = await similar.find({ documentId: b, turn, paragraph: 0 });
      expect(greeting.hits).toEqual([]);
      expect(greeting.note).toMatch(/formula/);
      // A passage with a subject still finds its kin.
      const versions = compareDocuments(archive, { left: { documentId: b }, right: { documentId: b } });
      expect(versions.mode).toBe('versions');
    } finally {
      archive.close();
    }
  });
});
