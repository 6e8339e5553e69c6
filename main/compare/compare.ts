/**
 * The comparison of two texts (pure): passages aligned by content with moves marked,
 * word differences inside aligned passages, shared phrases, the overall similarity,
 * distinctive terms, and for two versions of one document an inline word diff.
 */
import type {
  ComparePair,
  ComparePassage,
  CompareRow,
  CompareSideInfo,
  Comparison,
  InlineBlock,
  Themes,
  VersionInfo,
} from '../../shared/contract/api';
import { alignPassages, shingleSet, type AlignedPair } from './align';
import { diffTokens } from './diff';
import { DISTINCTIVE_EXPLANATION, distinctiveTerms } from './distinctive';
import { passagesOf, speakerMatcher, speakersOf, tokensOf, type Granularity, type PassageSource, type TurnText } from './passages';
import { sharedPhrases, type PhraseWords } from './phrases';
import { wordsOf } from './text';
import { matchThemes } from './themes';
import { contentTerms, termWeighting, type ArchiveFrequencies, type TermWeighting } from './weights';

export const DEFAULT_THRESHOLD = 0.5;

export const SIMILARITY_EXPLANATION =
  'Overall similarity: the share of word sequences the two sides have in common — twice the number of word ' +
  'triples (3-grams, counted with repetition) found on both sides, divided by the triples on both sides. ' +
  '1 means the same words in the same order; 0 means not one three-word sequence in common. Passages are ' +
  'aligned when the Dice coefficient of their word-triple sets reaches the threshold.';

export const THEMES_EXPLANATION =
  'Passages paired by subject: each passage is a vector of its content words (stemmed; function words left out), ' +
  'each weighted by how rare it is among the passages of both texts and, in a large enough archive, among its ' +
  'documents (TF-IDF), so greetings, thanks and words said everywhere weigh little. A passage is paired with the ' +
  'passages on the other side whose vectors are closest (cosine), sharing at least two informative words; one passage ' +
  'may have several counterparts. Topics group pairs by the shared word that weighs most. Passages with fewer than two ' +
  'informative words (greetings, thanks, procedure) are never paired.';

/** Above this overall similarity two texts are taken for versions of one text. */
export const VERSIONS_SIMILARITY = 0.4;

export type CompareMode = 'auto' | 'versions' | 'themes';

export interface SideText {
  documentId: number;
  title: string;
  date: string | null;
  versionId?: number | null;
  versions?: VersionInfo[];
  /** Only this speaker's turns (label or person, case-insensitive). */
  speaker?: string | null;
  turns: TurnText[];
  /** Persons known for the document (its tags), to resolve speaker labels. */
  persons?: string[];
  /** The archive's person for each speaker label (its stored resolution), when the side is an archive document. */
  labelPersons?: Record<string, string | null>;
}

export interface CompareOptions {
  threshold?: number;
  granularity?: Granularity;
  /** Build the inline word diff (default: when both sides are the same document). */
  inline?: boolean;
  /** Default 'versions' (the one-to-one alignment). */
  mode?: CompareMode;
  /** The archive's word frequencies, to weigh words in themes mode and in shared phrases. */
  frequencies?: ArchiveFrequencies | null;
}

export class CompareError extends Error {}

function cut(side: SideText, granularity: Granularity): PassageSource[] {
  const speaker = side.speaker?.trim();
  if (!speaker) return passagesOf(side.turns, granularity);
  const matches = speakerMatcher(speaker, side.persons ?? [], side.labelPersons);
  const passages = passagesOf(side.turns, granularity, matches);
  if (passages.length === 0) {
    const speakers = speakersOf(side.turns, side.labelPersons);
    throw new CompareError(
      `No turn of “${speaker}” in “${side.title}”.` +
        (speakers.length ? ` Its speakers are: ${speakers.join('; ')}.` : ' It has no speaker labels.'),
    );
  }
  return passages;
}

/** Multiset Dice coefficient of the word 3-grams of two sides (within passages). */
function overallSimilarity(left: string[][], right: string[][]): number {
  // Words as numbers and each word 3-gram as one number (a string per 3-gram made this a tenth of the comparison).
  const vocab = new Map<string, number>();
  const numbered = (side: string[][]): number[][] =>
    side.map((words) =>
      words.map((w) => {
        let id = vocab.get(w);
        if (id === undefined) vocab.set(w, (id = vocab.size));
        return id;
      }),
    );
  const a = numbered(left);
  const b = numbered(right);
  const n = vocab.size + 1;
  // 3-grams below n³; a passage of one or two words is one shingle of its own, above them. Past
  // 2^53 numbers would collide: a vocabulary that large (200,000 words) is counted by strings.
  const key =
    n ** 3 + n ** 2 < Number.MAX_SAFE_INTEGER
      ? (w: number[], i: number, len: number): number | string =>
          len === 3 ? (w[i] * n + w[i + 1]) * n + w[i + 2] : len === 2 ? n ** 3 + w[i] * n + w[i + 1] : n ** 3 + n ** 2 + w[i]
      : (w: number[], i: number, len: number): number | string => w.slice(i, i + len).join(' ');
  const grams = (side: number[][]): Map<number | string, number> => {
    const counts = new Map<number | string, number>();
    for (const words of side) {
      if (words.length === 0) continue;
      const len = Math.min(3, words.length);
      for (let i = 0; i + len <= words.length; i++) {
        const g = key(words, i, len);
        counts.set(g, (counts.get(g) ?? 0) + 1);
      }
    }
    return counts;
  };
  const ga = grams(a);
  const gb = grams(b);
  let na = 0;
  let nb = 0;
  let shared = 0;
  for (const v of ga.values()) na += v;
  for (const [g, v] of gb) {
    nb += v;
    shared += Math.min(v, ga.get(g) ?? 0);
  }
  return na + nb === 0 ? 0 : (2 * shared) / (na + nb);
}

/** Side-by-side rows: pairs kept in order are anchors; what lies between two anchors is zipped into rows. */
export function buildRows(pairs: AlignedPair[], leftCount: number, rightCount: number): CompareRow[] {
  const rows: CompareRow[] = [];
  let i = 0;
  let j = 0;
  const gap = (li: number, rj: number): void => {
    const n = Math.max(li - i, rj - j);
    for (let k = 0; k < n; k++) rows.push({ pair: null, left: i + k < li ? i + k : null, right: j + k < rj ? j + k : null });
  };
  pairs.forEach((p, index) => {
    if (p.moved) return;
    gap(p.left, p.right);
    rows.push({ pair: index, left: p.left, right: p.right });
    i = p.left + 1;
    j = p.right + 1;
  });
  gap(leftCount, rightCount);
  return rows;
}

function inlineBlocks(rows: CompareRow[], pairs: ComparePair[], left: ComparePassage[], right: ComparePassage[]): InlineBlock[] {
  const blocks: InlineBlock[] = [];
  for (const row of rows) {
    if (row.pair !== null) {
      const pair = pairs[row.pair];
      const changed = pair.diff.some((s) => s.op !== 'equal');
      const segments = pair.diff.length ? pair.diff : [{ op: 'equal' as const, text: right[pair.right].text }];
      blocks.push({ kind: changed ? 'changed' : 'same', moved: false, speaker: right[pair.right].speaker, segments });
      continue;
    }
    if (row.left !== null) {
      const p = left[row.left];
      blocks.push({ kind: 'deleted', moved: p.pair !== null, speaker: p.speaker, segments: [{ op: 'delete', text: p.text }] });
    }
    if (row.right !== null) {
      const p = right[row.right];
      blocks.push({ kind: 'inserted', moved: p.pair !== null, speaker: p.speaker, segments: [{ op: 'insert', text: p.text }] });
    }
  }
  return blocks;
}

function sideInfo(side: SideText, words: number): CompareSideInfo {
  return {
    documentId: side.documentId,
    title: side.title,
    date: side.date,
    speaker: side.speaker?.trim() || null,
    versionId: side.versionId ?? null,
    speakers: speakersOf(side.turns, side.labelPersons),
    versions: side.versions ?? [],
    words,
  };
}

/** Which mode 'auto' chooses: versions for two texts of one document or mostly the same words in order, else themes. */
export function suggestMode(left: SideText, right: SideText, similarity: number): 'versions' | 'themes' {
  return left.documentId === right.documentId || similarity >= VERSIONS_SIMILARITY ? 'versions' : 'themes';
}

function themesOf(
  leftSource: PassageSource[],
  rightSource: PassageSource[],
  terms: { left: ReturnType<typeof contentTerms>[]; right: ReturnType<typeof contentTerms>[] },
  weighting: TermWeighting,
): Themes {
  const found = matchThemes(
    terms.left,
    terms.right,
    leftSource.map((p) => p.words),
    rightSource.map((p) => p.words),
    weighting,
  );
  return { ...found, explanation: THEMES_EXPLANATION };
}

/**
 * A comparison without its shared phrases, and the way to add them. Finding the phrases is about
 * a fifth of the work: a themes view (which does not mark them in its rows) can draw its first
 * screen before them.
 */
export interface StagedComparison {
  /** The comparison with no shared phrases yet (none listed, none marked, counted 0). */
  comparison: Comparison;
  withPhrases(): Comparison;
}

export function compareTexts(leftSide: SideText, rightSide: SideText, options: CompareOptions = {}): Comparison {
  return compareStaged(leftSide, rightSide, options).withPhrases();
}

export function compareStaged(leftSide: SideText, rightSide: SideText, options: CompareOptions = {}): StagedComparison {
  const started = performance.now();
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const granularity = options.granularity ?? 'paragraph';
  const leftSource = cut(leftSide, granularity);
  const rightSource = cut(rightSide, granularity);
  const similarity = overallSimilarity(
    leftSource.map((p) => p.wordList),
    rightSource.map((p) => p.wordList),
  );
  const suggestedMode = suggestMode(leftSide, rightSide, similarity);
  const mode = !options.mode || options.mode === 'versions' ? 'versions' : options.mode === 'themes' ? 'themes' : suggestedMode;
  // The words of speaker labels (hosts' and officials' names, "President") name who speaks, not what about.
  const speakerWords = new Set([...leftSource, ...rightSource].flatMap((p) => (p.speaker ? wordsOf(p.speaker) : [])));
  const terms = {
    left: leftSource.map((p) => contentTerms(p.wordList, speakerWords)),
    right: rightSource.map((p) => contentTerms(p.wordList, speakerWords)),
  };
  const weighting = termWeighting([...terms.left, ...terms.right], options.frequencies);

  const aligned =
    mode === 'versions'
      ? alignPassages(
          leftSource.map((p) => ({ shingles: shingleSet(p.wordList), words: p.words })),
          rightSource.map((p) => ({ shingles: shingleSet(p.wordList), words: p.words })),
          threshold,
        )
      : [];
  const pairs: ComparePair[] = aligned.map((p) => {
    const a = leftSource[p.left];
    const b = rightSource[p.right];
    // An empty diff means the same text, character for character (it keeps the result small).
    const diff = a.text === b.text ? [] : diffTokens(a.text, tokensOf(a), b.text, tokensOf(b));
    return { left: p.left, right: p.right, score: Math.round(p.score * 10000) / 10000, moved: p.moved, diff };
  });
  const phraseInput = (source: PassageSource[]): PhraseWords[] => source.map((p) => ({ words: p.wordList, spans: p.spans, text: p.text }));
  const pairOfLeft = new Map(aligned.map((p, k) => [p.left, k]));
  const pairOfRight = new Map(aligned.map((p, k) => [p.right, k]));
  const view = (source: PassageSource[], pairOf: Map<number, number>): ComparePassage[] =>
    source.map((p, index) => ({
      index,
      turn: p.turn,
      paragraph: p.paragraph,
      sentence: p.sentence,
      speaker: p.speaker,
      text: p.text,
      words: p.words,
      pair: pairOf.get(index) ?? null,
      marks: [],
    }));
  const passagesLeft = view(leftSource, pairOfLeft);
  const passagesRight = view(rightSource, pairOfRight);
  const rows = mode === 'versions' ? buildRows(aligned, passagesLeft.length, passagesRight.length) : [];

  const wordsLeft = leftSource.reduce((n, p) => n + p.words, 0);
  const wordsRight = rightSource.reduce((n, p) => n + p.words, 0);
  const distinctive = distinctiveTerms(
    leftSource.flatMap((p) => p.wordList),
    rightSource.flatMap((p) => p.wordList),
  );
  const wantInline = mode === 'versions' && (options.inline ?? leftSide.documentId === rightSide.documentId);
  const comparison: Comparison = {
    mode,
    suggestedMode,
    partial: false,
    themes: mode === 'themes' ? themesOf(leftSource, rightSource, terms, weighting) : null,
    left: sideInfo(leftSide, wordsLeft),
    right: sideInfo(rightSide, wordsRight),
    threshold,
    granularity,
    passagesLeft,
    passagesRight,
    pairs,
    rows,
    onlyLeft: mode === 'versions' ? passagesLeft.filter((p) => p.pair === null).map((p) => p.index) : [],
    onlyRight: mode === 'versions' ? passagesRight.filter((p) => p.pair === null).map((p) => p.index) : [],
    sharedPhrases: [],
    summary: {
      similarity: Math.round(similarity * 10000) / 10000,
      wordsLeft,
      wordsRight,
      sharedPhraseCount: 0,
      movedCount: pairs.filter((p) => p.moved).length,
      distinctiveLeft: distinctive.left,
      distinctiveRight: distinctive.right,
      explanation: { similarity: SIMILARITY_EXPLANATION, distinctive: DISTINCTIVE_EXPLANATION },
    },
    inline: wantInline ? inlineBlocks(rows, pairs, passagesLeft, passagesRight) : null,
    elapsedMs: Math.round((performance.now() - started) * 10) / 10,
  };
  const withPhrases = (): Comparison => {
    const again = performance.now();
    // A formula: no word in it says what the passage is about.
    const isCommon = (words: readonly string[]): boolean => !contentTerms(words).some((t) => weighting.informative(t.stem));
    const shared = sharedPhrases(phraseInput(leftSource), phraseInput(rightSource), undefined, isCommon);
    const marked = (passages: ComparePassage[], marks: typeof shared.marksLeft): ComparePassage[] =>
      passages.map((p, i) => ({ ...p, marks: marks[i] }));
    return {
      ...comparison,
      passagesLeft: marked(passagesLeft, shared.marksLeft),
      passagesRight: marked(passagesRight, shared.marksRight),
      sharedPhrases: shared.phrases,
      summary: { ...comparison.summary, sharedPhraseCount: shared.phrases.length },
      elapsedMs: Math.round((comparison.elapsedMs + performance.now() - again) * 10) / 10,
    };
  };
  return { comparison, withPhrases };
}
