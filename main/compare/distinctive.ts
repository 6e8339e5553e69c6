/**
 * The words most distinctive of each side of a comparison: the log-odds ratio with an
 * informative Dirichlet prior (analysis/log-odds.ts, shared with the research desk's person
 * pages), over the two texts' words with function words left out.
 */
import { rankDistinctive, type DistinctiveOptions, type DistinctiveTerm } from '../analysis/log-odds';
import { STOPWORDS } from './text';

export { logOddsZ, type DistinctiveOptions, type DistinctiveTerm } from '../analysis/log-odds';

export const DISTINCTIVE_EXPLANATION =
  'Words used more on one side than the other, ranked by the log-odds ratio with an informative Dirichlet prior ' +
  '(Monroe, Colaresi & Quinn 2008): the difference of the log-odds of the word on each side, smoothed by how common ' +
  'the word is in both texts together, divided by its standard error (a z-score). Frequent words need a smaller ' +
  'difference to count; rare ones need a large one. Only words with |z| ≥ 1.96 (a difference that large arises by ' +
  'chance about once in 20) said at least 3 times on their side are listed, with how often each side says them per ' +
  '10,000 words; none are listed rather than noise. Function words (the, of, and…) are left out.';

/** A word (as wordsOf folds it) that may be listed: two letters or more, not a function word, not a number. */
export function isListable(w: string): boolean {
  return !(w.length < 2 || STOPWORDS.has(w) || !/\p{L}/u.test(w));
}

function count(words: Iterable<string>): { counts: Map<string, number>; total: number } {
  const counts = new Map<string, number>();
  let total = 0;
  for (const w of words) {
    total++;
    if (!isListable(w)) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return { counts, total };
}

export function distinctiveTerms(
  leftWords: Iterable<string>,
  rightWords: Iterable<string>,
  options: DistinctiveOptions = {},
): { left: DistinctiveTerm[]; right: DistinctiveTerm[] } {
  const left = count(leftWords);
  const right = count(rightWords);
  return rankDistinctive({ counts: left.counts, words: left.total }, { counts: right.counts, words: right.total }, options);
}
