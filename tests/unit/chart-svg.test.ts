/**
 * The trend as SVG (renderer/src/analysis/chart-svg.ts): well-formed XML, a group per series in
 * the series' colours, the axes' ticks, and text escaped. The numbers are the archive's trend of
 * "cooperation" and "security" over the en.kremlin.ru fixtures (Source: en.kremlin.ru, CC BY 4.0).
 */
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { escapeXml, timeTicks, trendSvg } from '../../renderer/src/analysis/chart-svg';
import type { TrendOk } from '../../renderer/src/analysis/trend-model';

const colours = {
  background: 'rgb(255, 255, 255)',
  text: 'rgb(20, 20, 20)',
  muted: 'rgb(100, 100, 100)',
  line: 'rgb(220, 220, 220)',
  series: ['rgb(31, 119, 180)', 'rgb(214, 39, 40)'],
};

const trend: TrendOk = {
  status: 'ok',
  bins: ['2010', '2011', '2012', '2013'],
  words: [20000, 0, 15000, 30000],
  series: [
    { query: 'cooperation', group: null, counts: [12, 0, 3, 9], per10k: [6, null, 2, 3] },
    { query: 'security & <defence>', group: 'Vladimir "VVP" Putin', counts: [2, 0, 0, 4], per10k: [1, null, 0, 1.3333] },
  ],
  undated: [0, 0],
  tookMs: 1,
};

/** Parses strictly: any warning or error of the parser fails the test. */
function parse(svg: string): Document {
  const fail = (message: string) => {
    throw new Error(message);
  };
  return new DOMParser({ errorHandler: { warning: fail, error: fail, fatalError: fail } }).parseFromString(
    svg,
    'image/svg+xml',
  ) as unknown as Document;
}

const svgOf = (result: TrendOk, by: 'year' | 'month' = 'year') =>
  trendSvg(result, {
    by,
    colours,
    heading: 'Trend of cooperation, security & <defence>',
    labels: ['cooperation', 'security & <defence> — Vladimir "VVP" Putin'],
    note: 'Occurrences per 10,000 words spoken, by year. Verbatim.',
  });

describe('the trend as SVG', () => {
  it('is well-formed XML with a group per series in the series’ colours, its line broken where nobody spoke', () => {
    const doc = parse(svgOf(trend));
    const groups = Array.from(doc.getElementsByTagName('g')).filter((g) => g.getAttribute('class') === 'series');
    expect(groups).toHaveLength(2);
    expect(groups.map((g) => g.getAttribute('stroke'))).toEqual(colours.series);
    // 2011 had no words spoken: one dot before it, a line of two after it.
    const lines = Array.from(doc.getElementsByTagName('polyline'));
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => (l.getAttribute('points') ?? '').split(' ').length)).toEqual([2, 2]);
    expect(doc.getElementsByTagName('circle')).toHaveLength(6);
    // Without a gap: one line per series.
    const whole = { ...trend, series: trend.series.map((s) => ({ ...s, per10k: s.per10k.map((v) => v ?? 0) })) };
    expect(parse(svgOf(whole)).getElementsByTagName('polyline')).toHaveLength(2);
  });

  it('keeps heading, legend and note as text, escaped', () => {
    const svg = svgOf(trend);
    expect(svg).toContain('Trend of cooperation, security &amp; &lt;defence&gt;');
    expect(svg).not.toContain('<defence>');
    const texts = Array.from(parse(svg).getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts).toContain('security & <defence> — Vladimir "VVP" Putin');
    expect(texts).toContain('Occurrences per 10,000 words spoken, by year. Verbatim.');
    expect(texts).toEqual(expect.arrayContaining(['2010', '2011', '2012', '2013', 'per 10,000 words', '0', '2', '4', '6']));
    expect(escapeXml(`a<b & "c" 'd'`)).toBe('a&lt;b &amp; &quot;c&quot; &#39;d&#39;');
  });

  it('ticks years, months, or the years of a long monthly axis', () => {
    expect(timeTicks('2000', '2019', 'year').map((t) => t.label)).toEqual([
      '2000',
      '2002',
      '2004',
      '2006',
      '2008',
      '2010',
      '2012',
      '2014',
      '2016',
      '2018',
    ]);
    expect(timeTicks('2019-11', '2020-02', 'month').map((t) => t.label)).toEqual(['Nov 2019', 'Dec 2019', 'Jan 2020', 'Feb 2020']);
    expect(timeTicks('2019-03', '2020-12', 'month').map((t) => t.label)).toEqual([
      'Mar 2019',
      'May 2019',
      'Jul 2019',
      'Sep 2019',
      'Nov 2019',
      'Jan 2020',
      'Mar 2020',
      'May 2020',
      'Jul 2020',
      'Sep 2020',
      'Nov 2020',
    ]);
    expect(timeTicks('2010-05', '2019-02', 'month').map((t) => t.label)[0]).toBe('2011');
  });

  it('draws a single period and an all-zero trend without breaking', () => {
    const one: TrendOk = {
      ...trend,
      bins: ['2019'],
      words: [100],
      series: [{ ...trend.series[0], counts: [0], per10k: [0] }],
      undated: [0],
    };
    const doc = parse(svgOf(one));
    expect(doc.getElementsByTagName('polyline')).toHaveLength(0);
    expect(doc.getElementsByTagName('circle')).toHaveLength(1);
  });
});
