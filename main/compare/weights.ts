/**
 * How much a word tells about what a passage is about: content words (stemmed, function
 * words left out) weighted by how rare they are — among the passages of the two texts
 * compared, and, when the archive is large enough to say, among the archive's documents.
 * A word said in most passages of a Direct Line ("thank", "question", "Mr") or in most
 * documents of the archive ("good", "afternoon", "colleagues") weighs little; "pension",
 * "landfill" or "Kudrin" weigh much. The same weights decide which passages carry content
 * at all and which shared phrases are only formulas.
 */
import { stemFolded } from '../search/text';
import { STOPWORDS } from './text';

/** Document frequencies of stems in the archive (the search index's vocabulary). */
export interface ArchiveFrequencies {
  /** Documents in the archive's search index. */
  documents: number;
  /** Documents whose text holds the stem. */
  docFreq(stem: string): number;
}

/** Below this many documents the archive's frequencies say too little to be used. */
export const MIN_ARCHIVE_DOCUMENTS = 30;

/** A term of a passage: its stem, and the word as written (folded) the first time. */
export interface Term {
  stem: string;
  word: string;
}

const NUMBER = /^\p{N}+$/u;

/** Word -> its stem when it is a content word, else '' (texts repeat their words: each is judged once). */
const contentStems = new Map<string, string>();
const CACHE_LIMIT = 400_000;

function contentStem(w: string): string {
  let stem = contentStems.get(w);
  if (stem !== undefined) return stem;
  stem = '';
  if (!(STOPWORDS.has(w) || w.length < 2) && (NUMBER.test(w) || /\p{L}/u.test(w))) {
    const s = stemFolded(w.replace(/'s$/, ''));
    if (s && !STOPWORDS.has(s)) stem = s;
  }
  if (contentStems.size >= CACHE_LIMIT) contentStems.clear();
  contentStems.set(w, stem);
  return stem;
}

/** Words that carry a passage's subject: no function words, no one-letter words; numbers of two digits or more. */
export function contentTerms(words: readonly string[], exclude?: ReadonlySet<string>): Term[] {
  const out: Term[] = [];
  for (const w of words) {
    const stem = contentStem(w);
    if (stem && !exclude?.has(w)) out.push({ stem, word: w });
  }
  return out;
}

export interface TermWeighting {
  /** The weight of a stem (0 for one never seen). */
  weight(stem: string): number;
  /** A stem rare enough to say what a passage is about. */
  informative(stem: string): boolean;
  /** The most frequent written form of a stem, for labels. */
  label(stem: string): string;
}

/**
 * Weights from the passages' own frequencies: idf = ln(1 + N / df) over the N passages of
 * both sides; scaled by the archive's document idf (normalised to 0–1) when there is one.
 * A stem is informative when it is in fewer than 5% of the passages (at least 3 passages
 * allowed) and, with an archive, in fewer than 40% of its documents.
 */
export function termWeighting(passages: readonly (readonly Term[])[], archive?: ArchiveFrequencies | null): TermWeighting {
  // Per stem, in order of first use: in how many passages it is, and its written forms with their counts.
  const stems = new Map<string, { df: number; last: number; forms: Map<string, number> }>();
  passages.forEach((terms, p) => {
    for (const t of terms) {
      let s = stems.get(t.stem);
      if (!s) stems.set(t.stem, (s = { df: 0, last: -1, forms: new Map() }));
      s.forms.set(t.word, (s.forms.get(t.word) ?? 0) + 1);
      if (s.last !== p) {
        s.last = p;
        s.df++;
      }
    }
  });
  const n = Math.max(1, passages.length);
  const useArchive = archive && archive.documents >= MIN_ARCHIVE_DOCUMENTS ? archive : null;
  const logDocs = useArchive ? Math.log(useArchive.documents + 1) : 1;
  const archiveShare = new Map<string, number>();
  const archiveIdf = (stem: string): number => {
    if (!useArchive) return 1;
    const d = useArchive.docFreq(stem);
    archiveShare.set(stem, d / useArchive.documents);
    return Math.log((useArchive.documents + 1) / (d + 1)) / logDocs;
  };
  const weights = new Map<string, number>();
  for (const [stem, { df: d }] of stems) weights.set(stem, Math.log(1 + n / d) * (0.25 + 0.75 * archiveIdf(stem)));
  const localCut = Math.max(3, 0.05 * n);
  const labels = new Map<string, string>();
  return {
    weight: (stem) => weights.get(stem) ?? 0,
    informative: (stem) => {
      const d = stems.get(stem)?.df;
      if (d === undefined || d > localCut) return false;
      return (archiveShare.get(stem) ?? 0) < 0.4;
    },
    label: (stem) => {
      let best = labels.get(stem);
      if (best !== undefined) return best;
      best = stem;
      let count = -1;
      for (const [w, c] of stems.get(stem)?.forms ?? []) if (c > count) [best, count] = [w, c];
      labels.set(stem, best);
      return best;
    },
  };
}
