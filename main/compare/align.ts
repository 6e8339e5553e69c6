/**
 * Alignment of two lists of passages by content, not by order.
 *
 * 1. Every passage becomes the set of its word 3-grams (shingles); a passage of one or
 *    two words is one shingle of all its words.
 * 2. Candidate pairs are the passages that share a shingle (an inverted index over the
 *    right side); each is scored by the Dice coefficient of the two shingle sets
 *    (2·|A∩B| / (|A|+|B|): 1 for the same words in the same order).
 * 3. Anchors: pairs that are each other's unique best match. Then every pair at or above
 *    the threshold is taken best first, each passage at most once; ties (repeated formulas
 *    such as "Thank you.") go to the pair closest to where the in-order anchors around the
 *    left passage place it on the right.
 * 4. The heaviest chain of pairs that is in order on both sides (a weighted longest
 *    increasing subsequence, weight = words) stays in place; every other pair is "moved",
 *    except that a passage of under 4 words out of order is left unpaired (a repeated formula).
 */

/** Shorter passages are aligned only in order, never as moved. */
export const MIN_MOVED_WORDS = 4;

export interface Shingled {
  /** Distinct shingle keys of the passage. */
  shingles: Set<string>;
  words: number;
}

export interface AlignedPair {
  left: number;
  right: number;
  score: number;
  moved: boolean;
}

export function shingleSet(words: readonly string[], size = 3): Set<string> {
  const set = new Set<string>();
  if (words.length === 0) return set;
  if (words.length < size) {
    set.add(words.join(' '));
    return set;
  }
  for (let i = 0; i + size <= words.length; i++) set.add(words.slice(i, i + size).join(' '));
  return set;
}

export function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const s of small) if (large.has(s)) shared++;
  return (2 * shared) / (a.size + b.size);
}

interface Candidate {
  left: number;
  right: number;
  score: number;
  drift: number;
}

export function alignPassages(left: Shingled[], right: Shingled[], threshold: number): AlignedPair[] {
  const index = new Map<string, number[]>();
  right.forEach((p, j) => {
    for (const s of p.shingles) {
      const list = index.get(s);
      if (list) list.push(j);
      else index.set(s, [j]);
    }
  });
  const counts = new Int32Array(right.length);
  const touched: number[] = [];
  const candidates: Candidate[] = [];
  const floor = Math.max(threshold, 1e-9);
  left.forEach((p, i) => {
    for (const s of p.shingles) {
      const list = index.get(s);
      if (!list) continue;
      for (const j of list) {
        if (counts[j] === 0) touched.push(j);
        counts[j]++;
      }
    }
    for (const j of touched) {
      const score = (2 * counts[j]) / (p.shingles.size + right[j].shingles.size);
      counts[j] = 0;
      if (score + 1e-12 >= floor) candidates.push({ left: i, right: j, score, drift: 0 });
    }
    touched.length = 0;
  });
  // Anchors: pairs that are each other's only best match (a long paragraph, unchanged or edited).
  const bestL = new Float64Array(left.length).fill(-1);
  const bestR = new Float64Array(right.length).fill(-1);
  const nBestL = new Int32Array(left.length);
  const nBestR = new Int32Array(right.length);
  const EPS = 1e-12;
  for (const c of candidates) {
    if (c.score > bestL[c.left] + EPS) [bestL[c.left], nBestL[c.left]] = [c.score, 1];
    else if (Math.abs(c.score - bestL[c.left]) <= EPS) nBestL[c.left]++;
    if (c.score > bestR[c.right] + EPS) [bestR[c.right], nBestR[c.right]] = [c.score, 1];
    else if (Math.abs(c.score - bestR[c.right]) <= EPS) nBestR[c.right]++;
  }
  const anchors: AlignedPair[] = candidates
    .filter(
      (c) =>
        nBestL[c.left] === 1 &&
        nBestR[c.right] === 1 &&
        Math.abs(c.score - bestL[c.left]) <= EPS &&
        Math.abs(c.score - bestR[c.right]) <= EPS,
    )
    .map((c) => ({ left: c.left, right: c.right, score: c.score, moved: false }))
    .sort((a, b) => a.left - b.left);
  markMoved(anchors, (p) => left[p.left].words + right[p.right].words);
  const chain = anchors.filter((a) => !a.moved);
  // Every other candidate is judged by its score, then by how far it lies from where the
  // anchors say its left passage should fall on the right (so repeated formulas such as
  // "Thank you." pair with the copy at the same place, even when text around was shifted).
  const expected = (i: number): number => {
    let lo = 0;
    let hi = chain.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (chain[mid].left <= i) [at, lo] = [mid, mid + 1];
      else hi = mid - 1;
    }
    if (at < 0) return chain.length ? chain[0].right - (chain[0].left - i) : (i * right.length) / Math.max(1, left.length);
    return chain[at].right + (i - chain[at].left);
  };
  for (const c of candidates) c.drift = Math.abs(c.right - expected(c.left));
  candidates.sort((a, b) => b.score - a.score || a.drift - b.drift || a.left - b.left);
  const usedL = new Uint8Array(left.length);
  const usedR = new Uint8Array(right.length);
  const pairs: AlignedPair[] = [];
  for (const c of candidates) {
    if (usedL[c.left] || usedR[c.right]) continue;
    usedL[c.left] = 1;
    usedR[c.right] = 1;
    pairs.push({ left: c.left, right: c.right, score: c.score, moved: false });
  }
  pairs.sort((a, b) => a.left - b.left);
  markMoved(pairs, (p) => left[p.left].words + right[p.right].words);
  // A formula of a few words ("Thank you.", "Good afternoon.") out of order has not moved: it
  // was said again. Such pairs are dropped, and the chain recomputed without them.
  const kept = pairs.filter((p) => !p.moved || Math.min(left[p.left].words, right[p.right].words) >= MIN_MOVED_WORDS);
  if (kept.length !== pairs.length) markMoved(kept, (p) => left[p.left].words + right[p.right].words);
  return kept;
}

/** Marks as moved every pair outside the heaviest chain increasing on both sides (pairs sorted by left). */
export function markMoved(pairs: AlignedPair[], weight: (p: AlignedPair) => number): void {
  const n = pairs.length;
  if (n === 0) return;
  // Fenwick tree over right ranks holding (best chain weight, pair index) for prefix maxima.
  const ranks = pairs.map((p, i) => ({ r: p.right, i })).sort((a, b) => a.r - b.r);
  const rankOf = new Int32Array(n);
  ranks.forEach((x, k) => (rankOf[x.i] = k + 1));
  const treeW = new Float64Array(n + 1);
  const treeI = new Int32Array(n + 1).fill(-1);
  const best = new Float64Array(n);
  const back = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    let w = 0;
    let from = -1;
    for (let k = rankOf[i] - 1; k > 0; k -= k & -k) {
      if (treeW[k] > w) {
        w = treeW[k];
        from = treeI[k];
      }
    }
    best[i] = w + weight(pairs[i]);
    back[i] = from;
    for (let k = rankOf[i]; k <= n; k += k & -k) {
      if (best[i] > treeW[k]) {
        treeW[k] = best[i];
        treeI[k] = i;
      }
    }
  }
  let end = 0;
  for (let i = 1; i < n; i++) if (best[i] > best[end]) end = i;
  const inChain = new Uint8Array(n);
  for (let i = end; i >= 0; i = back[i]) inChain[i] = 1;
  pairs.forEach((p, i) => (p.moved = !inChain[i]));
}
