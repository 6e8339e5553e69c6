/**
 * The comparison on an archive: loads the two sides (a document, optionally a previous
 * version of it, optionally one speaker's turns) and compares them; keeps the
 * similar-passages index of the archive in memory, rebuilt lazily when the archive's
 * turns have changed. The index is built a batch at a time, yielding to the event loop
 * between batches so the main process keeps answering while it builds.
 */
import type { CompareRequest, CompareSide, Comparison, SimilarRequest, SimilarResult } from '../../shared/contract/api';
import type { Archive } from '../archive/archive';
import { compareStaged, compareTexts, CompareError, type CompareOptions, type SideText, type StagedComparison } from './compare';
import { firstScreen } from './first-screen';
import { SimilarIndex, SimilarIndexBuilder } from './similar';
import { contentTerms, type ArchiveFrequencies } from './weights';
import { wordsOf } from './text';

export function loadSide(archive: Archive, side: CompareSide): SideText {
  const doc = archive.get(side.documentId);
  if (!doc) throw new CompareError(`There is no document ${side.documentId} in this archive (it may have been deleted).`);
  const versions = archive.compare.versions(doc.id);
  let turns = doc.turns;
  if (side.versionId != null) {
    const version = archive.compare.version(side.versionId);
    if (!version || version.documentId !== doc.id) {
      throw new CompareError(`Document ${doc.id} has no previous version ${side.versionId}.`);
    }
    turns = version.turns;
  }
  return {
    documentId: doc.id,
    title: doc.title,
    date: doc.date,
    versionId: side.versionId ?? null,
    versions,
    speaker: side.speaker ?? null,
    turns,
    persons: doc.persons,
    labelPersons: Object.fromEntries(archive.library.speakers(doc.id).map((s) => [s.label, s.person])),
  };
}

/** Stems read per step while the archive's frequencies are read ahead (ArchiveWords.warm). */
const WARM_STEMS = 1000;

/**
 * The archive's stem frequencies, read once and kept until the archive's turns change. Reading
 * them takes 0.6–3 s at 50,000 documents, so the query worker reads them ahead while idle
 * (warm), a part at a time; a comparison asked before that is done reads what is left at once.
 */
export class ArchiveWords {
  private cached: { stamp: string; frequencies: ArchiveFrequencies } | null = null;
  private reading: { stamp: string; documents: number; freq: Map<string, number>; after: string } | null = null;

  constructor(private readonly archive: Archive) {}

  get(): ArchiveFrequencies {
    const stamp = this.archive.compare.stamp();
    if (this.cached?.stamp !== stamp) {
      if (this.reading?.stamp === stamp) while (!this.step()) continue;
      else this.keep(stamp, this.archive.compare.stemDocFrequencies());
    }
    return (this.cached as { frequencies: ArchiveFrequencies }).frequencies;
  }

  /** Reads the next part of the frequencies ahead of a comparison; true when they are all read (nothing left to do). */
  warm(): boolean {
    const stamp = this.archive.compare.stamp();
    if (this.cached?.stamp === stamp) return true;
    if (this.reading?.stamp !== stamp) this.reading = { stamp, documents: 0, freq: new Map(), after: '' };
    return this.step();
  }

  private step(): boolean {
    const reading = this.reading as NonNullable<ArchiveWords['reading']>;
    const { documents, rows } = this.archive.compare.stemDocFrequenciesAfter(reading.after, WARM_STEMS);
    reading.documents = documents;
    for (const [stem, n] of rows) reading.freq.set(stem, n);
    if (rows.length === WARM_STEMS) {
      reading.after = rows[rows.length - 1][0];
      return false;
    }
    this.keep(reading.stamp, reading);
    this.reading = null;
    return true;
  }

  private keep(stamp: string, { documents, freq }: { documents: number; freq: Map<string, number> }): void {
    this.cached = { stamp, frequencies: { documents, docFreq: (stem) => freq.get(stem) ?? 0 } };
  }
}

function optionsOf(request: CompareRequest, frequencies: ArchiveFrequencies | null): CompareOptions {
  return { threshold: request.threshold, granularity: request.granularity, mode: request.mode, frequencies };
}

export function compareDocuments(archive: Archive, request: CompareRequest, frequencies?: ArchiveFrequencies | null): Comparison {
  const words = frequencies === undefined ? new ArchiveWords(archive).get() : frequencies;
  return compareTexts(loadSide(archive, request.left), loadSide(archive, request.right), optionsOf(request, words));
}

/**
 * Comparisons for the window: the last one is kept, so the full result asked for right after
 * its first screen (request.firstScreen) is not computed twice. By themes, the first screen
 * comes before the shared phrases are found (its rows do not mark them; the summary says they
 * are coming): they are found when the whole result is asked for.
 */
export class Comparisons {
  private last: { key: string; staged: StagedComparison; value: Comparison | null } | null = null;
  private readonly words: ArchiveWords;

  constructor(private readonly archive: Archive) {
    this.words = new ArchiveWords(archive);
  }

  /** Reads ahead what the next comparison needs (the archive's word frequencies); true when nothing is left to read. */
  warm(): boolean {
    return this.words.warm();
  }

  compare(request: CompareRequest): Comparison {
    const { firstScreen: rows, ...rest } = request;
    const key = `${this.archive.compare.stamp()}|${JSON.stringify(rest)}`;
    if (this.last?.key !== key) {
      const staged = compareStaged(
        loadSide(this.archive, rest.left),
        loadSide(this.archive, rest.right),
        optionsOf(rest, this.words.get()),
      );
      this.last = { key, staged, value: null };
    }
    const last = this.last;
    if (rows && !last.value && last.staged.comparison.mode === 'themes') return firstScreen(last.staged.comparison, rows);
    last.value ??= last.staged.withPhrases();
    return rows ? firstScreen(last.value, rows) : last.value;
  }
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Fewer words than this that are rare in the archive's paragraphs, and a passage says nothing to look for. */
const MIN_RARE_WORDS = 2;
/** A word in more than this share of the archive's paragraphs is not rare... */
const RARE_SHARE = 0.01;
/** ...but one in this many paragraphs or fewer always is: in a small archive, or one holding a reprint, every word is in several. */
const RARE_FLOOR = 10;

/**
 * Why a passage is not worth looking for elsewhere, or null: "Good afternoon." or "Thank you
 * very much." is in hundreds of paragraphs word for word, and every one of them would come back
 * at 100%. A passage needs two words that are rare in the archive's paragraphs.
 */
export function contentNote(text: string, index: SimilarIndex): string | null {
  const stems = new Set(contentTerms(wordsOf(text)).map((t) => t.stem));
  const limit = Math.max(RARE_FLOOR, index.size * RARE_SHARE);
  let rare = 0;
  for (const stem of stems) if (index.paragraphsWith(stem) <= limit) rare++;
  if (rare >= MIN_RARE_WORDS) return null;
  return 'This passage is a formula (a greeting, thanks or procedure) with no words of its own that are rare in the archive: passages like it are everywhere, so none is shown.';
}

export interface BuiltIndex {
  index: SimilarIndex;
  heads: Map<number, { title: string; date: string | null }>;
  stamp: string;
  buildMs: number;
}

/** Builds the similar-passages index of every paragraph in the archive. */
export async function buildSimilarIndex(
  archive: Archive,
  options: { batch?: number; onProgress?: (turnsDone: number) => void } = {},
): Promise<BuiltIndex> {
  const started = performance.now();
  const stamp = archive.compare.stamp();
  const heads = new Map(archive.compare.heads().map((h) => [h.id, { title: h.title, date: h.date }]));
  const builder = new SimilarIndexBuilder();
  const batch = options.batch ?? 5000;
  let lastDoc = 0;
  let lastIdx = -1;
  let done = 0;
  for (;;) {
    const rows = archive.compare.turnsAfter(lastDoc, lastIdx, batch);
    for (const row of rows) builder.addTurn(row.documentId, row.idx, row.text);
    done += rows.length;
    options.onProgress?.(done);
    if (rows.length < batch) break;
    lastDoc = rows[rows.length - 1].documentId;
    lastIdx = rows[rows.length - 1].idx;
    await tick();
  }
  const index = builder.finish();
  return { index, heads, stamp, buildMs: Math.round(performance.now() - started) };
}

/** The archive's similar-passages index, cached until the archive's turns change. */
export class SimilarPassages {
  private built: Promise<BuiltIndex> | null = null;

  constructor(private readonly archive: Archive) {}

  private async current(): Promise<{ built: BuiltIndex; fresh: boolean }> {
    const stamp = this.archive.compare.stamp();
    if (this.built) {
      const built = await this.built;
      if (built.stamp === stamp) return { built, fresh: false };
    }
    const pending = buildSimilarIndex(this.archive);
    this.built = pending;
    try {
      return { built: await pending, fresh: true };
    } catch (error) {
      this.built = null;
      throw error;
    }
  }

  async find(request: SimilarRequest): Promise<SimilarResult> {
    const turn = this.archive.compare.turn(request.documentId, request.turn);
    const text = turn?.text.split('\n\n')[request.paragraph];
    if (!turn || text === undefined) {
      throw new CompareError(`Document ${request.documentId} has no paragraph ${request.paragraph} in turn ${request.turn}.`);
    }
    const { built, fresh } = await this.current();
    const started = performance.now();
    const note = contentNote(text, built.index);
    if (note) {
      return {
        query: { documentId: request.documentId, turn: request.turn, paragraph: request.paragraph, text },
        hits: [],
        indexedPassages: built.index.size,
        indexBuildMs: fresh ? built.buildMs : null,
        elapsedMs: Math.round((performance.now() - started) * 10) / 10,
        note,
      };
    }
    const hits = built.index.query(text, {
      limit: request.limit ?? 50,
      minSimilarity: request.minSimilarity ?? 0.3,
      exclude: { documentId: request.documentId, turn: request.turn, paragraph: request.paragraph },
    });
    const result: SimilarResult = {
      query: { documentId: request.documentId, turn: request.turn, paragraph: request.paragraph, text },
      hits: hits.map((hit) => {
        const head = built.heads.get(hit.documentId);
        const found = this.archive.compare.turn(hit.documentId, hit.turn);
        return {
          documentId: hit.documentId,
          title: head?.title ?? `Document ${hit.documentId}`,
          date: head?.date ?? null,
          turn: hit.turn,
          paragraph: hit.paragraph,
          speaker: found?.speaker ?? null,
          text: found?.text.split('\n\n')[hit.paragraph] ?? '',
          similarity: hit.similarity,
          containment: hit.containment,
        };
      }),
      indexedPassages: built.index.size,
      indexBuildMs: fresh ? built.buildMs : null,
      elapsedMs: 0,
    };
    result.elapsedMs = Math.round((performance.now() - started) * 10) / 10;
    return result;
  }
}
