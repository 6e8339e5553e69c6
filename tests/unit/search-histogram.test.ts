/** The histogram's span: where the hits are, the outliers counted at the edges. */
import { describe, expect, it } from 'vitest';
import { histogramOf } from '../../main/search/histogram';

const months = (entries: Record<string, number>) => new Map(Object.entries(entries));
const sum = (h: ReturnType<typeof histogramOf>) => h.buckets.reduce((n, b) => n + b.count, 0) + h.before + h.after + h.undated;

describe('the histogram of a result', () => {
  it('leaves one document of 1826 among 128 of 2008–2020 out of the span, counted before it', () => {
    const counts: Record<string, number> = { '1826-05': 1 };
    for (let i = 0; i < 128; i++)
      counts[`${2008 + (i % 13)}-${String(1 + (i % 12)).padStart(2, '0')}`] =
        (counts[`${2008 + (i % 13)}-${String(1 + (i % 12)).padStart(2, '0')}`] ?? 0) + 1;
    const h = histogramOf({ months: months(counts), undated: 2 });
    expect(h.unit).toBe('year');
    expect(h.buckets[0].key).toBe('2008');
    expect(h.buckets[h.buckets.length - 1].key).toBe('2020');
    expect(h.buckets).toHaveLength(13);
    expect(h).toMatchObject({ before: 1, after: 0, undated: 2 });
    expect(sum(h)).toBe(131);
  });

  it('keeps every hit in the span when fewer than a hundred are dated (nothing is 1% of them)', () => {
    const h = histogramOf({ months: months({ '1826-05': 1, '2019-01': 3, '2019-02': 1 }), undated: 0 });
    expect(h.unit).toBe('year');
    expect(h.buckets[0].key).toBe('1826');
    expect(h.before + h.after).toBe(0);
    expect(sum(h)).toBe(5);
  });

  it('counts by month within two calendar years, keeping empty months inside the span', () => {
    const h = histogramOf({ months: months({ '2019-11': 2, '2020-02': 1 }), undated: 0 });
    expect(h.unit).toBe('month');
    expect(h.buckets.map((b) => b.key)).toEqual(['2019-11', '2019-12', '2020-01', '2020-02']);
    expect(h.buckets.map((b) => b.count)).toEqual([2, 0, 0, 1]);
  });

  it('trims both ends and reads by month when the span then fits two years', () => {
    const counts: Record<string, number> = { '2001-01': 1, '2030-01': 1 };
    for (let m = 1; m <= 12; m++) counts[`2019-${String(m).padStart(2, '0')}`] = 20;
    const h = histogramOf({ months: months(counts), undated: 0 });
    expect(h.unit).toBe('month');
    expect(h.buckets[0].key).toBe('2019-01');
    expect(h).toMatchObject({ before: 1, after: 1 });
    expect(sum(h)).toBe(242);
  });

  it('is empty without dated hits', () => {
    expect(histogramOf({ months: new Map(), undated: 4 })).toEqual({ unit: 'year', buckets: [], before: 0, after: 0, undated: 4 });
  });
});
