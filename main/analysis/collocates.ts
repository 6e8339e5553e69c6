/**
 * Collocates, pure: the words within `window` words of a query's matches, counted per stem
 * (shown in their most frequent written form), and scored by Dunning's log-likelihood against
 * their frequency in the whole archive. Only words seen more often near the term than expected
 * are kept; function words are left out unless asked for.
 */
import type { Range } from '../search/highlight';
import { tokenize } from '../search/text';
import { logLikelihood } from './measures';
import { isStopword } from './stopwords';

export interface WindowCounts {
  /** stem -> times within a window. */
  near: Map<string, number>;
  /** stem -> written form -> times (to show the usual form). */
  forms: Map<string, Map<string, number>>;
  /** Words within windows, all counted. */
  windowWords: number;
  matches: number;
}

export function emptyCounts(): WindowCounts {
  return { near: new Map(), forms: new Map(), windowWords: 0, matches: 0 };
}

/** Characters read on each side of a match per word of the window: English words average under 7 with their space, so only a run of very long words comes up short. */
const CHARS_PER_WORD = 20;

/**
 * Adds one text's windows: the `window` words before and after each match (words inside a match
 * are not counted). A word within the windows of two matches counts for each, as a
 * co-occurrence does. Only the text around the matches is tokenized.
 */
export function addWindows(into: WindowCounts, text: string, matches: Range[], window: number): void {
  const reach = window * CHARS_PER_WORD;
  const inside = (start: number): boolean => matches.some((m) => start >= m.start && start < m.end);
  for (const m of matches) {
    into.matches++;
    const before = tokenize(text.slice(Math.max(0, m.start - reach), m.start)).slice(-window);
    const offset = Math.max(0, m.start - reach);
    const after = tokenize(text.slice(m.end, m.end + reach)).slice(0, window);
    const near = [...before.map((t) => ({ t, at: t.start + offset })), ...after.map((t) => ({ t, at: t.start + m.end }))];
    for (const { t, at } of near) {
      if (inside(at)) continue;
      into.windowWords++;
      into.near.set(t.stem, (into.near.get(t.stem) ?? 0) + 1);
      let forms = into.forms.get(t.stem);
      if (!forms) into.forms.set(t.stem, (forms = new Map()));
      forms.set(t.norm, (forms.get(t.norm) ?? 0) + 1);
    }
  }
}

export interface Collocate {
  word: string;
  count: number;
  corpus: number;
  g2: number;
}

/**
 * Scores every stem seen near the term: a = times near it, b = other words near it, c = times
 * elsewhere in the archive, d = other words elsewhere. `corpus` gives each stem's archive count
 * and `total` the archive's word count.
 */
export function score(
  counts: WindowCounts,
  corpus: Map<string, number>,
  total: number,
  options: { minCount: number; stopwords: boolean; limit: number },
): Collocate[] {
  const out: Collocate[] = [];
  for (const [stem, a] of counts.near) {
    if (a < options.minCount) continue;
    const forms = counts.forms.get(stem) as Map<string, number>;
    const word = [...forms].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0][0];
    if (!options.stopwords && isStopword(word)) continue;
    const f = Math.max(corpus.get(stem) ?? 0, a);
    const b = counts.windowWords - a;
    const c = f - a;
    const d = Math.max(0, total - counts.windowWords - c);
    // Only words more frequent near the term than in the archive as a whole.
    if (a / Math.max(1, counts.windowWords) <= f / Math.max(1, total)) continue;
    out.push({ word, count: a, corpus: f, g2: Math.round(logLikelihood(a, b, c, d) * 100) / 100 });
  }
  return out.sort((x, y) => y.g2 - x.g2 || y.count - x.count).slice(0, options.limit);
}
