/**
 * `verbatim compare <idA> <idB> --archive <file> [--json] [--speaker-left NAME] [--speaker-right NAME]
 *  [--threshold 0.5] [--sentences] [--version-left ID] [--version-right ID]`
 *
 * JSON (a public interface: extend, never break):
 *   { pairs: [{ left, right, score, moved }], onlyLeft: [...], onlyRight: [...],
 *     sharedPhrases: [{ text, count, left, right, length }],
 *     summary: { similarity, wordsLeft, wordsRight, distinctiveLeft, distinctiveRight, sharedPhraseCount, movedCount },
 *     documents: { left, right }, threshold, granularity }
 * where a passage is { turn, paragraph, sentence, speaker, text } (turn and paragraph are 0-based
 * indices into the document as `show` prints it; sentence is null at paragraph level).
 *
 * `--mode versions` (the default: the output above), `--mode themes` (passages paired by subject,
 * for two different speeches) or `--mode auto` (versions when the two texts are mostly the same,
 * else themes). Themes JSON:
 *   { mode: 'themes', pairs: [{ left, right, score, terms }], topics: [{ label, left, right }],
 *     onlyLeft: [...], onlyRight: [...],
 *     summary: { similarity, suggestedMode, wordsLeft, wordsRight, pairCount, topicCount, coverageLeft,
 *                coverageRight, proceduralLeft, proceduralRight, distinctiveLeft, distinctiveRight },
 *     documents: { left, right }, granularity }
 * where pairs and onlyLeft/onlyRight hold passages as above, and topics hold passage places
 * { turn, paragraph, sentence, speaker } (their texts are in the pairs).
 */
import type { ComparePassage, Comparison } from '../../shared/contract/api';
import type { Archive } from '../archive/archive';
import { compareDocuments } from '../compare/service';
import { plural } from './format';
import { checked, UsageError } from './usage';

export const COMPARE_OPTIONS = {
  'speaker-left': { type: 'string' },
  'speaker-right': { type: 'string' },
  threshold: { type: 'string' },
  sentences: { type: 'boolean', default: false },
  'version-left': { type: 'string' },
  'version-right': { type: 'string' },
  mode: { type: 'string' },
} as const;

export const COMPARE_USAGE =
  '  verbatim compare <idA> <idB> --archive <file> [--json] [--speaker-left NAME] [--speaker-right NAME] [--threshold 0-1] [--sentences] [--version-left ID] [--version-right ID] [--mode versions|themes|auto]';

type Values = Record<string, string | boolean | undefined>;

function locate(p: ComparePassage): { turn: number; paragraph: number; sentence: number | null; speaker: string | null; text: string } {
  return { turn: p.turn, paragraph: p.paragraph, sentence: p.sentence, speaker: p.speaker, text: p.text };
}

/** A distinctive term as the versions output has always given it. */
function termJson(t: Comparison['summary']['distinctiveLeft'][number]) {
  return { term: t.term, score: t.score, countLeft: t.countLeft, countRight: t.countRight };
}

function documentsJson(c: Comparison) {
  return {
    left: { id: c.left.documentId, title: c.left.title, date: c.left.date, speaker: c.left.speaker, versionId: c.left.versionId },
    right: { id: c.right.documentId, title: c.right.title, date: c.right.date, speaker: c.right.speaker, versionId: c.right.versionId },
  };
}

export function themesJson(c: Comparison) {
  const t = c.themes;
  if (!t) throw new Error('not a themes comparison');
  const place = (p: ComparePassage) => ({ turn: p.turn, paragraph: p.paragraph, sentence: p.sentence, speaker: p.speaker });
  return {
    mode: 'themes' as const,
    pairs: t.pairs.map((p) => ({
      left: locate(c.passagesLeft[p.left]),
      right: locate(c.passagesRight[p.right]),
      score: p.score,
      terms: p.terms,
    })),
    topics: t.topics.map((topic) => ({
      label: topic.label,
      left: topic.left.map((i) => place(c.passagesLeft[i])),
      right: topic.right.map((i) => place(c.passagesRight[i])),
    })),
    onlyLeft: t.onlyLeft.map((i) => locate(c.passagesLeft[i])),
    onlyRight: t.onlyRight.map((i) => locate(c.passagesRight[i])),
    summary: {
      similarity: c.summary.similarity,
      suggestedMode: c.suggestedMode,
      wordsLeft: c.summary.wordsLeft,
      wordsRight: c.summary.wordsRight,
      pairCount: t.pairs.length,
      topicCount: t.topics.length,
      coverageLeft: t.coverageLeft,
      coverageRight: t.coverageRight,
      proceduralLeft: t.proceduralLeft,
      proceduralRight: t.proceduralRight,
      distinctiveLeft: c.summary.distinctiveLeft,
      distinctiveRight: c.summary.distinctiveRight,
    },
    documents: documentsJson(c),
    granularity: c.granularity,
  };
}

export function compareJson(c: Comparison) {
  return {
    pairs: c.pairs.map((p) => ({
      left: locate(c.passagesLeft[p.left]),
      right: locate(c.passagesRight[p.right]),
      score: p.score,
      moved: p.moved,
    })),
    onlyLeft: c.onlyLeft.map((i) => locate(c.passagesLeft[i])),
    onlyRight: c.onlyRight.map((i) => locate(c.passagesRight[i])),
    sharedPhrases: c.sharedPhrases.map((p) => ({ text: p.text, count: p.count, left: p.left, right: p.right, length: p.length })),
    summary: {
      similarity: c.summary.similarity,
      wordsLeft: c.summary.wordsLeft,
      wordsRight: c.summary.wordsRight,
      distinctiveLeft: c.summary.distinctiveLeft.map(termJson),
      distinctiveRight: c.summary.distinctiveRight.map(termJson),
      sharedPhraseCount: c.summary.sharedPhraseCount,
      movedCount: c.summary.movedCount,
    },
    documents: documentsJson(c),
    threshold: c.threshold,
    granularity: c.granularity,
  };
}

function clip(text: string, n = 70): string {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}

function where(p: ComparePassage): string {
  return `turn ${p.turn} ¶${p.paragraph}${p.sentence !== null ? ` s${p.sentence}` : ''}`;
}

export function formatComparison(c: Comparison): string {
  const side = (s: Comparison['left']) =>
    `${s.title} (${s.date ?? 'undated'}, id ${s.documentId}${s.versionId ? `, version ${s.versionId}` : ''}${s.speaker ? `, speaker ${s.speaker}` : ''})`;
  const terms = (list: Comparison['summary']['distinctiveLeft']) =>
    list
      .slice(0, 10)
      .map((t) => t.term)
      .join(', ') || '—';
  const lines = [
    `Left:  ${side(c.left)}`,
    `Right: ${side(c.right)}`,
    `Similarity ${c.summary.similarity.toFixed(3)} · words ${c.summary.wordsLeft} / ${c.summary.wordsRight} · ` +
      `${c.pairs.length} aligned (${c.summary.movedCount} moved), ${c.onlyLeft.length} only left, ${c.onlyRight.length} only right · ` +
      `${c.summary.sharedPhraseCount} shared phrases`,
    `Distinctive left:  ${terms(c.summary.distinctiveLeft)}`,
    `Distinctive right: ${terms(c.summary.distinctiveRight)}`,
  ];
  const moved = c.pairs.filter((p) => p.moved);
  if (moved.length) {
    lines.push('', 'Moved:');
    for (const p of moved.slice(0, 20)) {
      const l = c.passagesLeft[p.left];
      lines.push(`  ${where(l)} → ${where(c.passagesRight[p.right])} (${p.score.toFixed(2)}): ${clip(l.text)}`);
    }
  }
  if (c.sharedPhrases.length) {
    lines.push('', 'Longest shared phrases:');
    for (const p of c.sharedPhrases.slice(0, 10)) lines.push(`  ${p.count}× ${clip(p.text)}`);
  }
  return lines.join('\n');
}

export function formatThemes(c: Comparison): string {
  const t = c.themes;
  if (!t) return formatComparison(c);
  const side = (s: Comparison['left']) =>
    `${s.title} (${s.date ?? 'undated'}, id ${s.documentId}${s.speaker ? `, speaker ${s.speaker}` : ''})`;
  const terms = (list: Comparison['summary']['distinctiveLeft']) =>
    list
      .slice(0, 10)
      .map((x) => `${x.term} (${x.rateLeft ?? '?'} / ${x.rateRight ?? '?'} per 10k)`)
      .join(', ') || 'none significant';
  const percentOf = (x: number) => `${Math.round(x * 100)}%`;
  const lines = [
    `Left:  ${side(c.left)}`,
    `Right: ${side(c.right)}`,
    `By theme · ${plural(t.pairs.length, 'passage pair')} in ${plural(t.topics.length, 'topic')} · covered: ${percentOf(t.coverageLeft)} of the left, ` +
      `${percentOf(t.coverageRight)} of the right · ${plural(t.onlyLeft.length, 'passage')} only left, ${t.onlyRight.length} only right`,
    `Distinctive left:  ${terms(c.summary.distinctiveLeft)}`,
    `Distinctive right: ${terms(c.summary.distinctiveRight)}`,
    '',
    'Topics:',
  ];
  for (const topic of t.topics.slice(0, 20)) {
    const best = t.pairs[topic.pairs[0]];
    lines.push(`  ${topic.label} — ${topic.left.length} left, ${topic.right.length} right (${plural(topic.pairs.length, 'pair')})`);
    lines.push(`    ${where(c.passagesLeft[best.left])}: ${clip(c.passagesLeft[best.left].text)}`);
    lines.push(`    ${where(c.passagesRight[best.right])}: ${clip(c.passagesRight[best.right].text)}`);
  }
  return lines.join('\n');
}

function positiveInt(value: string | boolean | undefined, name: string): number | null {
  if (value === undefined) return null;
  if (typeof value !== 'string' || !/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${name} needs a positive whole number`);
  return Number(value);
}

/** Runs `compare`; throws UsageError for a malformed command line. */
export function runCompare(archive: Archive, args: string[], values: Values, json: boolean, out: (text: string) => void): number {
  if (args.length !== 2 || !args.every((a) => /^\d+$/.test(a))) throw new UsageError('compare needs two document ids (numbers)');
  let threshold: number | undefined;
  if (values.threshold !== undefined) {
    threshold = Number(values.threshold);
    if (!(threshold >= 0.05 && threshold <= 1)) throw new UsageError('--threshold must be a number from 0.05 to 1');
  }
  const text = (v: string | boolean | undefined) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const mode = values.mode ?? 'versions';
  if (mode !== 'versions' && mode !== 'themes' && mode !== 'auto') throw new UsageError('--mode must be versions, themes or auto');
  const comparison = compareDocuments(
    archive,
    checked('compare:documents', {
      left: {
        documentId: Number(args[0]),
        speaker: text(values['speaker-left']),
        versionId: positiveInt(values['version-left'], '--version-left'),
      },
      right: {
        documentId: Number(args[1]),
        speaker: text(values['speaker-right']),
        versionId: positiveInt(values['version-right'], '--version-right'),
      },
      threshold,
      granularity: values.sentences ? 'sentence' : 'paragraph',
      mode,
    }),
  );
  if (comparison.mode === 'themes') out(json ? JSON.stringify(themesJson(comparison)) : formatThemes(comparison));
  else out(json ? JSON.stringify(compareJson(comparison)) : formatComparison(comparison));
  return 0;
}
