// Suggestions as you type, on an archive where one word is in nearly every title (as "Putin" is
// on en.kremlin.ru): it names no title, so it suggests the speaker, not arbitrary titles.
import { describe, expect, it } from 'vitest';
import { Suggester, type SuggestSource } from '../../main/search/suggest';

const NAMES = ['Almaty', 'Beijing', 'Cairo', 'Delhi', 'Geneva', 'Havana', 'Kazan', 'Minsk', 'Oslo', 'Paris'];

function source(): SuggestSource {
  const speakers = [{ label: 'Vladimir Putin' }, { label: 'Vladimir Puchkov' }];
  const topics = [{ label: 'Foreign policy' }, { label: 'Public control' }];
  const docs = new Map<number, { id: number; title: string; values: Record<'speaker' | 'topic' | 'person' | 'place', number[]> }>();
  for (let i = 0; i < 120; i++) {
    const title =
      i < 110 ? `Vladimir Putin met the governor of ${NAMES[i % 10]} region ${i}` : `Security Council meeting in ${NAMES[i % 10]} ${i}`;
    docs.set(i + 1, { id: i + 1, title, values: { speaker: [i % 40 === 0 ? 1 : 0], topic: [i % 3 === 0 ? 0 : 1], person: [], place: [] } });
  }
  return { docs, tables: { speaker: { entries: speakers }, topic: { entries: topics }, person: { entries: [] }, place: { entries: [] } } };
}

describe('suggestions', () => {
  const suggester = Suggester.build(source(), 1);

  it('suggests the speaker for a word in most titles, not titles that merely contain it', () => {
    const items = suggester.suggest('puti', 8).items;
    expect(items[0]).toMatchObject({ kind: 'speaker', label: 'Vladimir Putin' });
    expect(items.filter((i) => i.kind === 'title')).toEqual([]);
  });

  it('still suggests titles by their distinctive words', () => {
    const items = suggester.suggest('havan', 8).items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.kind === 'title' && i.label.includes('Havana'))).toBe(true);
  });

  it('reads a one-letter last word as the beginning of a word of the suggestion', () => {
    const s = suggester.suggest('sanctions foreign p', 8);
    expect(s.from).toBe('sanctions '.length);
    expect(s.items[0]).toMatchObject({ kind: 'topic', insert: 'topic:"Foreign policy"' });
    const council = suggester.suggest('security c', 8).items;
    expect(council.length).toBeGreaterThan(0);
    expect(council.every((i) => /security council/i.test(i.label))).toBe(true);
    expect(suggester.suggest('security x', 8).items).toEqual([]);
  });
});
