/**
 * The first screen of a comparison: the same result cut to what the first rows of the view
 * show, so the window can draw it at once while the whole result (up to a megabyte for two
 * long transcripts) follows. In it, passagesLeft/passagesRight hold only the passages shown
 * (each keeps its `index`, so they are looked up by index, not by position); in themes mode
 * `themes.pairs` holds only the pairs shown and each topic's `pairs` points into that list,
 * while its `left`/`right` stay whole (the counts the topic list shows).
 */
import type { Comparison, ComparePassage, Themes } from '../../shared/contract/api';

function themesScreen(themes: Themes, rows: number): { themes: Themes; left: Set<number>; right: Set<number> } {
  const left = new Set<number>();
  const right = new Set<number>();
  const pairs: Themes['pairs'] = [];
  const topics = themes.topics.map((topic) => {
    const kept: number[] = [];
    for (const i of topic.pairs) {
      if (pairs.length >= rows) break;
      const pair = themes.pairs[i];
      left.add(pair.left);
      right.add(pair.right);
      kept.push(pairs.length);
      pairs.push(pair);
    }
    return { ...topic, pairs: kept };
  });
  return { themes: { ...themes, pairs, topics }, left, right };
}

export function firstScreen(c: Comparison, rows: number): Comparison {
  let left = new Set<number>();
  let right = new Set<number>();
  let themes = c.themes;
  const pairs = new Set<number>();
  if (c.themes) {
    const screen = themesScreen(c.themes, rows);
    ({ left, right, themes } = screen);
  } else {
    for (const row of c.rows.slice(0, rows)) {
      if (row.left !== null) left.add(row.left);
      if (row.right !== null) right.add(row.right);
      if (row.pair !== null) pairs.add(row.pair);
    }
    // Moved passages are linked from their other end.
    for (const i of pairs) {
      left.add(c.pairs[i].left);
      right.add(c.pairs[i].right);
    }
  }
  const only = (passages: ComparePassage[], keep: Set<number>) => passages.filter((p) => keep.has(p.index));
  return {
    ...c,
    partial: true,
    themes,
    passagesLeft: only(c.passagesLeft, left),
    passagesRight: only(c.passagesRight, right),
    pairs: c.pairs.map((p, i) => (pairs.has(i) ? p : { ...p, diff: [] })),
    rows: c.rows.slice(0, rows),
    inline: c.inline ? c.inline.slice(0, rows) : null,
    sharedPhrases: c.sharedPhrases.slice(0, 50),
  };
}
