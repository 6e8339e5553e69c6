/**
 * The comparison of two different speeches by subject (pure): every passage as a TF-IDF
 * vector of its content words (weights.ts), each passage paired with the passages on the
 * other side whose vectors are closest (cosine), many-to-one allowed, each pair with the
 * shared words that made it; pairs grouped into topics named by their leading shared word;
 * and what each side covers that the other does not.
 *
 * A passage takes part only when it carries content: at least two informative words (a
 * greeting, thanks or "Next question, please." carries none), so it is never "similar" to
 * everything else that says hello.
 */
import type { Term, TermWeighting } from './weights';

export interface ThemePair {
  left: number;
  right: number;
  /** Cosine of the two passages' TF-IDF vectors, 0–1. */
  score: number;
  /** The shared words that weigh most in the score, as written. */
  terms: string[];
}

export interface ThemeTopic {
  label: string;
  /** Indices into the pairs, best first. */
  pairs: number[];
  /** Passages of each side in the topic, in text order. */
  left: number[];
  right: number[];
}

export interface ThemesResult {
  pairs: ThemePair[];
  topics: ThemeTopic[];
  /** Passages with content and no counterpart on the other side. */
  onlyLeft: number[];
  onlyRight: number[];
  /** Passages without content words (greetings, thanks, procedure): never paired. */
  proceduralLeft: number;
  proceduralRight: number;
  /** Share of each side's content words that are in paired passages. */
  coverageLeft: number;
  coverageRight: number;
}

export interface ThemeOptions {
  /** Lowest cosine for a pair (default 0.12). */
  minScore?: number;
  /** Counterparts kept per passage (default 5). */
  perPassage?: number;
  /** A counterpart must score at least this share of the passage's best (default 0.5). */
  relative?: number;
}

interface Vector {
  /** Each stem's number (see stemIds), and its weight. */
  ids: Int32Array;
  values: Float64Array;
  norm: number;
}

const MIN_INFORMATIVE = 2;
/** Fewer content words than this ("Please, you have the floor.") is procedure, not a subject. */
const MIN_CONTENT_WORDS = 4;
/** Weights of the passages 1, 2 and 3 before and after a passage in its vector. */
const CONTEXT = [0.6, 0.4, 0.2];

/** Content words of a passage with their TF-IDF weight, or null for a passage without content. */
function ownWeights(terms: readonly Term[], w: TermWeighting): Map<string, number> | null {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t.stem, (tf.get(t.stem) ?? 0) + 1);
  let informative = 0;
  for (const stem of tf.keys()) if (w.informative(stem)) informative++;
  if (informative < MIN_INFORMATIVE || terms.length < MIN_CONTENT_WORDS) return null;
  // Words said all through both texts add little to any score and most of the work: left out.
  const out = new Map<string, number>();
  for (const [stem, n] of tf) if (w.informative(stem)) out.set(stem, (1 + Math.log(n)) * w.weight(stem));
  return out;
}

/**
 * A passage's vector: its own words, and at half weight the words of the passages just before
 * and after it — an answer's subject is often named only in the question before it. Summed in
 * one array indexed by stem number (a map per passage made this a tenth of the comparison).
 */
function contextVectors(own: (Map<string, number> | null)[], stemIds: Map<string, number>): (Vector | null)[] {
  const idOf = (stem: string): number => {
    let id = stemIds.get(stem);
    if (id === undefined) stemIds.set(stem, (id = stemIds.size));
    return id;
  };
  const ownIds = own.map((m) => (m ? Int32Array.from(m.keys(), idOf) : null));
  const ownValues = own.map((m) => (m ? Float64Array.from(m.values()) : null));
  const sum = new Float64Array(stemIds.size);
  /** Which passage's vector last touched each stem (its index + 1). */
  const mark = new Int32Array(stemIds.size);
  const touched: number[] = [];
  let current = 0;
  const add = (j: number, weight: number): void => {
    const ids = ownIds[j];
    const values = ownValues[j];
    if (!ids || !values) return;
    for (let k = 0; k < ids.length; k++) {
      if (mark[ids[k]] !== current) {
        mark[ids[k]] = current;
        touched.push(ids[k]);
      }
      sum[ids[k]] += weight * values[k];
    }
  };
  return own.map((self, i) => {
    if (!self) return null;
    current = i + 1;
    touched.length = 0;
    add(i, 1);
    for (let k = 0; k < CONTEXT.length; k++) {
      add(i - k - 1, CONTEXT[k]);
      add(i + k + 1, CONTEXT[k]);
    }
    const ids = Int32Array.from(touched);
    const values = new Float64Array(touched.length);
    let sq = 0;
    for (let t = 0; t < touched.length; t++) {
      const v = sum[touched[t]];
      values[t] = v;
      sq += v * v;
      sum[touched[t]] = 0;
    }
    if (sq === 0) return null;
    return { ids, values, norm: Math.sqrt(sq) };
  });
}

interface Candidate {
  other: number;
  score: number;
}

/**
 * The `limit` best cosines of every left vector with the right vectors it shares at least
 * MIN_INFORMATIVE words with, and of every right vector with the left ones: the cosine is
 * symmetric, so every product is computed once, over the right vectors' postings.
 */
function candidates(left: (Vector | null)[], right: (Vector | null)[], limit: number, stemCount: number): [Candidate[][], Candidate[][]] {
  // The right vectors' postings, stem by stem, in three flat arrays: stem s's entries are
  // start[s] to start[s + 1] (an object and two arrays per stem made this a fifth slower).
  const start = new Int32Array(stemCount + 1);
  for (const v of right) if (v) for (let i = 0; i < v.ids.length; i++) start[v.ids[i] + 1]++;
  for (let s = 0; s < stemCount; s++) start[s + 1] += start[s];
  const fill = start.slice(0, stemCount);
  const postedPassage = new Int32Array(start[stemCount]);
  const postedValue = new Float64Array(start[stemCount]);
  right.forEach((v, passage) => {
    if (!v) return;
    for (let i = 0; i < v.ids.length; i++) {
      const at = fill[v.ids[i]]++;
      postedPassage[at] = passage;
      postedValue[at] = v.values[i] / v.norm;
    }
  });
  const dot = new Float64Array(right.length);
  const shared = new Uint16Array(right.length);
  const fromRight: Candidate[][] = right.map(() => []);
  const touched = new Int32Array(right.length);
  const fromLeft = left.map((v, l) => {
    if (!v) return [];
    let count = 0;
    for (let i = 0; i < v.ids.length; i++) {
      const stem = v.ids[i];
      const value = v.values[i] / v.norm;
      for (let k = start[stem], end = start[stem + 1]; k < end; k++) {
        const p = postedPassage[k];
        if (shared[p] === 0) touched[count++] = p;
        dot[p] += value * postedValue[k];
        shared[p]++;
      }
    }
    const best: Candidate[] = [];
    for (let t = 0; t < count; t++) {
      const p = touched[t];
      // Two passages on one subject share at least two of its words.
      if (shared[p] >= MIN_INFORMATIVE) {
        insertTop(best, { other: p, score: dot[p] }, limit, better);
        insertTop(fromRight[p], { other: l, score: dot[p] }, limit, better);
      }
      dot[p] = 0;
      shared[p] = 0;
    }
    return best;
  });
  return [fromLeft, fromRight];
}

/** Keeps `list` the `limit` first items by `before` (a total order), first first, as items come. */
function insertTop<T>(list: T[], c: T, limit: number, before: (a: T, b: T) => boolean): void {
  if (list.length === limit && !before(c, list[limit - 1])) return;
  let at = list.length === limit ? limit - 1 : list.length;
  while (at > 0 && before(c, list[at - 1])) {
    list[at] = list[at - 1];
    at--;
  }
  list[at] = c;
}

const better = (a: Candidate, b: Candidate): boolean => a.score > b.score || (a.score === b.score && a.other < b.other);

function keep(list: Candidate[], options: Required<ThemeOptions>): Candidate[] {
  if (list.length === 0 || list[0].score < options.minScore) return [];
  const floor = Math.max(options.minScore, list[0].score * options.relative);
  return list.filter((c) => c.score >= floor).slice(0, options.perPassage);
}

/**
 * The shared words that weigh most: those of the two passages themselves first, then those of
 * their context. `stemOf` names the stem numbers; `position` is scratch space, one slot per stem, all 0.
 */
function sharedTerms(
  a: Vector,
  b: Vector,
  own: [Map<string, number>, Map<string, number>],
  stemOf: string[],
  position: Int32Array,
  limit = 5,
): string[] {
  for (let k = 0; k < b.ids.length; k++) position[b.ids[k]] = k + 1;
  // The `limit` first by this order (a total order: stems differ).
  const top: { stem: string; weight: number; own: boolean }[] = [];
  const before = (x: (typeof top)[number], y: (typeof top)[number]): boolean =>
    x.own !== y.own ? x.own : x.weight !== y.weight ? x.weight > y.weight : x.stem.localeCompare(y.stem) < 0;
  for (let i = 0; i < a.ids.length; i++) {
    const k = position[a.ids[i]] - 1;
    if (k < 0) continue;
    const stem = stemOf[a.ids[i]];
    insertTop(top, { stem, weight: a.values[i] * b.values[k], own: own[0].has(stem) && own[1].has(stem) }, limit, before);
  }
  for (let k = 0; k < b.ids.length; k++) position[b.ids[k]] = 0;
  return top.map((s) => s.stem);
}

/**
 * Topics: each pair goes to the one of its three leading shared words that leads the most
 * pairs overall (by score and weight), so pairs about pensions gather under "pension" even
 * when another word leads some of them.
 */
function topicsOf(pairs: ThemePair[], leads: string[][], w: TermWeighting): ThemeTopic[] {
  const mass = new Map<string, number>();
  pairs.forEach((p, i) => {
    for (const stem of leads[i].slice(0, 3)) mass.set(stem, (mass.get(stem) ?? 0) + p.score * w.weight(stem));
  });
  const byLead = new Map<string, number[]>();
  pairs.forEach((_, i) => {
    let lead = leads[i][0] ?? '';
    for (const stem of leads[i].slice(1, 3)) if ((mass.get(stem) ?? 0) > (mass.get(lead) ?? 0)) lead = stem;
    const list = byLead.get(lead);
    if (list) list.push(i);
    else byLead.set(lead, [i]);
  });
  const weight = (list: number[]): number => list.reduce((s, i) => s + pairs[i].score, 0);
  return [...byLead.entries()]
    .sort((a, b) => weight(b[1]) - weight(a[1]) || a[0].localeCompare(b[0]))
    .map(([stem, list]) => ({
      label: w.label(stem),
      pairs: list,
      left: [...new Set(list.map((i) => pairs[i].left))].sort((a, b) => a - b),
      right: [...new Set(list.map((i) => pairs[i].right))].sort((a, b) => a - b),
    }));
}

export function matchThemes(
  left: readonly (readonly Term[])[],
  right: readonly (readonly Term[])[],
  wordsLeft: readonly number[],
  wordsRight: readonly number[],
  w: TermWeighting,
  options: ThemeOptions = {},
): ThemesResult {
  const opts: Required<ThemeOptions> = { minScore: 0.12, perPassage: 5, relative: 0.5, ...options };
  const ownLeft = left.map((t) => ownWeights(t, w));
  const ownRight = right.map((t) => ownWeights(t, w));
  const stemIds = new Map<string, number>();
  const vl = contextVectors(ownLeft, stemIds);
  const vr = contextVectors(ownRight, stemIds);
  const [fromLeft, fromRight] = candidates(vl, vr, opts.perPassage, stemIds.size);
  const chosen = new Map<string, { left: number; right: number; score: number }>();
  fromLeft.forEach((list, l) =>
    keep(list, opts).forEach((c) => chosen.set(`${l}:${c.other}`, { left: l, right: c.other, score: c.score })),
  );
  fromRight.forEach((list, r) =>
    keep(list, opts).forEach((c) => chosen.set(`${c.other}:${r}`, { left: c.other, right: r, score: c.score })),
  );
  const ordered = [...chosen.values()].sort((a, b) => b.score - a.score || a.left - b.left || a.right - b.right);
  const leads: string[][] = [];
  const stemOf: string[] = [];
  for (const [stem, id] of stemIds) stemOf[id] = stem;
  const position = new Int32Array(stemIds.size);
  const none = new Map<string, number>();
  const pairs: ThemePair[] = ordered.map((p) => {
    const own: [Map<string, number>, Map<string, number>] = [ownLeft[p.left] ?? none, ownRight[p.right] ?? none];
    const stems = sharedTerms(vl[p.left] as Vector, vr[p.right] as Vector, own, stemOf, position);
    leads.push(stems);
    return { left: p.left, right: p.right, score: Math.round(p.score * 10000) / 10000, terms: stems.map((s) => w.label(s)) };
  });
  const pairedLeft = new Set(pairs.map((p) => p.left));
  const pairedRight = new Set(pairs.map((p) => p.right));
  const coverage = (vectors: (Vector | null)[], words: readonly number[], paired: Set<number>): number => {
    let all = 0;
    let covered = 0;
    vectors.forEach((v, i) => {
      if (!v) return;
      all += words[i];
      if (paired.has(i)) covered += words[i];
    });
    return all === 0 ? 0 : Math.round((covered / all) * 10000) / 10000;
  };
  const only = (vectors: (Vector | null)[], paired: Set<number>): number[] => vectors.flatMap((v, i) => (v && !paired.has(i) ? [i] : []));
  return {
    pairs,
    topics: topicsOf(pairs, leads, w),
    onlyLeft: only(vl, pairedLeft),
    onlyRight: only(vr, pairedRight),
    proceduralLeft: vl.filter((v) => !v).length,
    proceduralRight: vr.filter((v) => !v).length,
    coverageLeft: coverage(vl, wordsLeft, pairedLeft),
    coverageRight: coverage(vr, wordsRight, pairedRight),
  };
}
