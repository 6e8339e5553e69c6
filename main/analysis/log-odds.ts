/**
 * The words most distinctive of one body of text against another: the log-odds ratio with an
 * informative Dirichlet prior (Monroe, Colaresi & Quinn, "Fightin' Words", Political Analysis 2008).
 * Compare ranks two documents' words with it (compare/distinctive.ts), the research desk a
 * person's words against the rest of the archive (analysis/person-terms.ts).
 *
 *   δ_w = log((y_w^L + α_w) / (n^L + α_0 − y_w^L − α_w)) − log((y_w^R + α_w) / (n^R + α_0 − y_w^R − α_w))
 *   σ²_w ≈ 1/(y_w^L + α_w) + 1/(y_w^R + α_w)        z_w = δ_w / σ_w
 *
 * y are word counts, n the words counted per side; the prior α_w = α_0 · (share of w in the
 * background), the background being the two sides together unless one is given.
 * Positive z is distinctive of the left, negative of the right.
 */

export interface DistinctiveTerm {
  term: string;
  /** z-score of the log-odds ratio; positive on the side it is listed for. */
  score: number;
  countLeft: number;
  countRight: number;
  /** Occurrences per 10,000 words on each side. */
  rateLeft: number;
  rateRight: number;
}

export interface DistinctiveOptions {
  /** Background counts for the prior (default: the two sides pooled). */
  background?: Map<string, number>;
  /** Strength of the prior in words (default: the size of the two sides together). */
  priorWeight?: number;
  /** Terms per side (default 15). */
  limit?: number;
  /** Minimum occurrences on the side a term is listed for (default 3). */
  minCount?: number;
  /** Minimum |z| (default 1.96: a difference this large arises by chance about once in 20). */
  minZ?: number;
}

/** One side: the counts of the terms that may be listed, and every word of the side (function words included), for rates. */
export interface SideCounts {
  counts: Map<string, number>;
  words: number;
}

export function logOddsZ(yl: number, yr: number, nl: number, nr: number, alpha: number, alpha0: number): number {
  const delta = Math.log((yl + alpha) / (nl + alpha0 - yl - alpha)) - Math.log((yr + alpha) / (nr + alpha0 - yr - alpha));
  return delta / Math.sqrt(1 / (yl + alpha) + 1 / (yr + alpha));
}

/**
 * The z of one term: `yl`, `yr` its counts, `nl`, `nr` the words counted on each side, `alpha0`
 * the prior's strength and `share` the term's share of the background (α_w = α_0 · share).
 */
export function termZ(yl: number, yr: number, nl: number, nr: number, alpha0: number, share: number): number {
  return logOddsZ(yl, yr, nl, nr, Math.max(alpha0 * share, 0.01), alpha0);
}

/** Each side's most distinctive terms, by z, at least `minZ` and said at least `minCount` times on their side. */
export function rankDistinctive(
  leftSide: SideCounts,
  rightSide: SideCounts,
  options: DistinctiveOptions = {},
): { left: DistinctiveTerm[]; right: DistinctiveTerm[] } {
  const { counts: cl, words: totalLeft } = leftSide;
  const { counts: cr, words: totalRight } = rightSide;
  let nl = 0;
  let nr = 0;
  for (const v of cl.values()) nl += v;
  for (const v of cr.values()) nr += v;
  const background = options.background;
  let bgTotal = 0;
  if (background) for (const v of background.values()) bgTotal += v;
  const alpha0 = options.priorWeight ?? nl + nr;
  const limit = options.limit ?? 15;
  const minCount = options.minCount ?? 3;
  const minZ = options.minZ ?? 1.96;
  const rate = (y: number, n: number): number => (n === 0 ? 0 : Math.round((y / n) * 100_000) / 10);
  const scored: DistinctiveTerm[] = [];
  for (const term of new Set([...cl.keys(), ...cr.keys()])) {
    const yl = cl.get(term) ?? 0;
    const yr = cr.get(term) ?? 0;
    const share = background && bgTotal > 0 ? ((background.get(term) ?? 0) + yl + yr) / (bgTotal + nl + nr) : (yl + yr) / (nl + nr);
    scored.push({
      term,
      score: termZ(yl, yr, nl, nr, alpha0, share),
      countLeft: yl,
      countRight: yr,
      rateLeft: rate(yl, totalLeft),
      rateRight: rate(yr, totalRight),
    });
  }
  const round = (t: DistinctiveTerm): DistinctiveTerm => ({ ...t, score: Math.round(t.score * 1000) / 1000 });
  const left = scored
    .filter((t) => t.score >= minZ && t.countLeft >= minCount)
    .sort((a, b) => b.score - a.score || a.term.localeCompare(b.term))
    .slice(0, limit)
    .map(round);
  const right = scored
    .filter((t) => t.score <= -minZ && t.countRight >= minCount)
    .sort((a, b) => a.score - b.score || a.term.localeCompare(b.term))
    .slice(0, limit)
    .map((t) => round({ ...t, score: -t.score }));
  return { left, right };
}
