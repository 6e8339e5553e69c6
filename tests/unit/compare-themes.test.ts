/**
 * Themes mode on real pairs of different speeches, checked against passage pairings written
 * by hand (tests/fixtures/compare-themes-pairings.json: how they were chosen is in its note).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../shared/contract/api';
import { compareTexts } from '../../main/compare/compare';
import { wordsOf } from '../../main/compare/text';
import { stemFolded } from '../../main/search/text';
import { parsedPage, sideOf } from './compare-fixtures';
import { FIXTURES } from './helpers';

interface At {
  page: string;
  turn: number;
  paragraph: number;
  starts: string;
}
interface Pairing {
  left: At;
  right: At;
}
const fixture = JSON.parse(readFileSync(join(FIXTURES, 'compare-themes-pairings.json'), 'utf8')) as {
  pairings: Pairing[];
  nonPairings: Pairing[];
};

const pages = new Map<string, ReturnType<typeof parsedPage>>();
const page = (id: string) => {
  let doc = pages.get(id);
  if (!doc) pages.set(id, (doc = parsedPage(id)));
  return doc;
};
const comparisons = new Map<string, Comparison>();
function themesOf(left: string, right: string): Comparison {
  const key = `${left}:${right}`;
  let c = comparisons.get(key);
  if (!c)
    comparisons.set(key, (c = compareTexts(sideOf(page(left), Number(left)), sideOf(page(right), Number(right)), { mode: 'themes' })));
  return c;
}

/** The index of the passage a hand pairing names, checked against the text it starts with. */
function passageIndex(c: Comparison, side: 'left' | 'right', at: At): number {
  const passages = side === 'left' ? c.passagesLeft : c.passagesRight;
  const index = passages.findIndex((p) => p.turn === at.turn && p.paragraph === at.paragraph);
  expect(index, `${at.page} ${at.turn}.${at.paragraph}`).toBeGreaterThanOrEqual(0);
  expect(passages[index].text.startsWith(at.starts)).toBe(true);
  return index;
}

function paired(p: Pairing): boolean {
  const c = themesOf(p.left.page, p.right.page);
  const l = passageIndex(c, 'left', p.left);
  const r = passageIndex(c, 'right', p.right);
  return (c.themes?.pairs ?? []).some((x) => x.left === l && x.right === r);
}

describe('themes mode on different speeches', () => {
  it('recovers at least 80% of the passage pairings a reader made', () => {
    expect(fixture.pairings.length).toBeGreaterThanOrEqual(20);
    const missed = fixture.pairings.filter((p) => !paired(p));
    const recovered = fixture.pairings.length - missed.length;
    console.log(
      `themes: ${recovered}/${fixture.pairings.length} hand pairings recovered; missed: ` +
        missed
          .map((p) => `${p.left.page} ${p.left.turn}.${p.left.paragraph} ↔ ${p.right.page} ${p.right.turn}.${p.right.paragraph}`)
          .join(', '),
    );
    expect(recovered / fixture.pairings.length).toBeGreaterThanOrEqual(0.8);
  });

  it('pairs none of the passages a reader would not pair', () => {
    expect(fixture.nonPairings.filter(paired)).toEqual([]);
  });

  it('names each pair by shared words of both passages and groups pairs into topics', () => {
    const c = themesOf('17976', '57692');
    const themes = c.themes;
    if (!themes) throw new Error('no themes');
    expect(c.mode).toBe('themes');
    expect(c.pairs).toEqual([]);
    // The words that made a pair (as stems: "came" counts for "come") are in both passages or
    // in the passages around them (their context).
    const around = (passages: Comparison['passagesLeft'], i: number) =>
      new Set(passages.slice(Math.max(0, i - 3), i + 4).flatMap((p) => wordsOf(p.text).map(stemFolded)));
    for (const pair of themes.pairs.slice(0, 50)) {
      expect(pair.terms.length).toBeGreaterThanOrEqual(2);
      const l = around(c.passagesLeft, pair.left);
      const r = around(c.passagesRight, pair.right);
      for (const term of pair.terms) expect(l.has(stemFolded(term)) && r.has(stemFolded(term)), term).toBe(true);
    }
    expect(themes.topics.flatMap((t) => t.pairs).sort((a, b) => a - b)).toEqual(themes.pairs.map((_, i) => i));
    const labels = themes.topics.map((t) => t.label);
    expect(labels.slice(0, 15)).toEqual(expect.arrayContaining(['prices', 'road', 'pension']));
    const petrol = themes.topics.find((t) => t.label === 'prices');
    expect(petrol && c.passagesLeft[petrol.left[0]] && themes.pairs[petrol.pairs[0]].terms).toContain('petrol');
    // Each side covers subjects the other does not: the 2018 Crimean Bridge is not in 2013.
    expect(themes.onlyRight.some((i) => /Crimean Bridge/.test(c.passagesRight[i].text))).toBe(true);
  });

  it('never pairs greetings and thanks, and chooses themes for different speeches by itself', () => {
    const c = compareTexts(sideOf(page('17976'), 17976), sideOf(page('57692'), 57692), { mode: 'auto' });
    expect(c.mode).toBe('themes');
    const formula = /^(good afternoon|thank you)[^.!?]{0,30}[.!?,]?$/i;
    const themes = c.themes;
    if (!themes) throw new Error('no themes');
    expect(themes.pairs.some((p) => formula.test(c.passagesLeft[p.left].text) || formula.test(c.passagesRight[p.right].text))).toBe(false);
    expect(themes.proceduralLeft).toBeGreaterThan(50);
    // The same document against itself is a versions comparison.
    expect(compareTexts(sideOf(page('17976'), 17976), sideOf(page('17976'), 17976), { mode: 'auto' }).mode).toBe('versions');
  });
});
