import { describe, expect, it } from 'vitest';
import {
  buildOrder,
  buildWhere,
  facetCondition,
  facetCountQuery,
  likePattern,
  timelineQuery,
  UNDATED,
} from '../../main/archive/library-query';

describe('facet query building', () => {
  it('selects everything when nothing is filtered', () => {
    expect(buildWhere({})).toEqual({ sql: 'WHERE 1', params: [] });
  });

  it('ORs values within a facet and ANDs across facets', () => {
    const where = buildWhere({ facets: { topic: ['Foreign policy', 'Economy'], place: ['Bishkek'] } });
    expect(where.sql).toBe('WHERE d.id IN (SELECT document_id FROM tags WHERE kind = ? AND value IN (?, ?)) AND d.place IN (?)');
    expect(where.params).toEqual(['topic', 'Foreign policy', 'Economy', 'Bishkek']);
  });

  it('reads "Undated" in the year facet as documents without a date', () => {
    expect(facetCondition('year', ['2019', UNDATED])).toEqual({ sql: '(substr(d.date, 1, 4) IN (?) OR d.date IS NULL)', params: ['2019'] });
    expect(facetCondition('year', [UNDATED])).toEqual({ sql: 'd.date IS NULL', params: [] });
    expect(facetCondition('speaker', [])).toBeNull();
  });

  it('adds the date range, title text and collection', () => {
    const where = buildWhere({ from: '2019-01-01', to: '2019-12-31', text: '50%_off', collection: 4 });
    expect(where.sql).toContain('d.date >= ? AND d.date <= ?');
    expect(where.params).toEqual(['2019-01-01', '2019-12-31', '%50\\%\\_off%', '%50\\%\\_off%', 4]);
  });

  it('leaves out the counted facet so its values stay OR-able, and the range for the timeline', () => {
    const filter = { facets: { person: ['Putin Vladimir'], year: ['2019'] }, from: '2019-03-01' };
    const q = facetCountQuery('person', filter, 20);
    expect(q.sql).not.toContain('kind = ? AND value IN');
    expect(q.params).toEqual(['person', '2019', '2019-03-01', 20]);
    const t = timelineQuery(filter);
    expect(t.sql).not.toContain('d.date >=');
    expect(t.params).toEqual(['2019', 'person', 'Putin Vladimir']);
  });

  it('restricts a count query to given values (selected values outside the top ones)', () => {
    const q = facetCountQuery('speaker', {}, 2, ['A', 'B']);
    expect(q.sql).toContain('p.speaker AS value');
    expect(q.sql).toContain('WHERE x.value IN (?, ?)');
    expect(q.params).toEqual(['A', 'B', 2]);
  });

  it('sorts by every column with empty values last', () => {
    expect(buildOrder({ column: 'date', direction: 'desc' })).toBe(
      'ORDER BY d.date IS NULL, d.date DESC, d.time IS NULL, d.time DESC, d.id DESC',
    );
    expect(buildOrder({ column: 'place', direction: 'asc' })).toMatch(/^ORDER BY d.place IS NULL, d.place COLLATE NOCASE ASC/);
    expect(buildOrder({ column: 'turns', direction: 'asc' })).toMatch(/d.turn_count ASC/);
    expect(buildOrder({ column: 'speakers', direction: 'desc' })).toMatch(/d.main_speakers COLLATE NOCASE DESC/);
    expect(buildOrder({ column: 'title', direction: 'asc' })).toMatch(/d.title COLLATE NOCASE ASC/);
  });

  it('escapes LIKE wildcards', () => {
    expect(likePattern('a\\b')).toBe('%a\\\\b%');
  });
});
