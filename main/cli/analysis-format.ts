/**
 * Readable text for the research desk's commands (analysis.ts) when --json is not given:
 * concordance lines aligned on the match, trend tables, speaker tables and collocates.
 */
import type { CollocatesResult, KwicResult, SpeakersResult, TrendResult } from '../../shared/contract/analysis';

type Ok<T> = Extract<T, { status: 'ok' }>;

const number = (n: number): string => n.toLocaleString('en');

function table(headers: string[], rows: string[][], right: boolean[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (right[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function formatKwic(r: Ok<KwicResult>): string {
  const head = `${r.estimated ? 'about ' : ''}${number(r.total)} occurrence${r.total === 1 ? '' : 's'} in ${number(r.turns)} turn${r.turns === 1 ? '' : 's'}${
    r.sortedAmong !== null ? `; sorted among the first ${number(r.sortedAmong)} by date` : ''
  } (${r.tookMs} ms).`;
  const leftWidth = Math.max(0, ...r.lines.map((l) => l.left.length));
  const lines = r.lines.map(
    (l) =>
      `${l.left.padStart(leftWidth)} [${l.match}] ${l.right}   — #${l.documentId} ${l.date ?? '—'}, turn ${l.turnIndex}${l.speaker ? `, ${l.speaker}` : ''}`,
  );
  return [head, ...lines].join('\n');
}

export function formatTrend(r: Ok<TrendResult>): string {
  const names = r.series.map((s) => (s.group ? `${s.query} (${s.group})` : s.query));
  const headers = ['period', 'words', ...names.flatMap((n) => [n, 'per 10k'])];
  const rows = r.bins.map((bin, i) => [
    bin,
    number(r.words[i]),
    ...r.series.flatMap((s) => [number(s.counts[i]), s.per10k[i] === null ? '—' : (s.per10k[i] as number).toFixed(2)]),
  ]);
  const undated = r.undated.some((n) => n > 0)
    ? `\nIn undated documents: ${r.series.map((s, i) => `${names[i]} ${r.undated[i]}`).join(', ')}.`
    : '';
  return `${table(
    headers,
    rows,
    headers.map((_, i) => i > 0),
  )}${undated}\n(${r.tookMs} ms)`;
}

export function formatSpeakers(r: Ok<SpeakersResult>, query: string | null): string {
  const headers = query
    ? ['person', 'matches', 'per 10k', 'documents', 'turns', 'words', 'first', 'last']
    : ['person', 'documents', 'turns', 'words', 'first', 'last'];
  const rows = r.speakers.map((s) => {
    const common = [number(s.documents), number(s.turns), number(s.words), s.first ?? '—', s.last ?? '—'];
    return query ? [s.person, number(s.matches ?? 0), s.per10k === null ? '—' : s.per10k.toFixed(2), ...common] : [s.person, ...common];
  });
  const shown =
    r.speakers.length < r.total ? ` (the first ${r.speakers.length} of ${number(r.total)} persons)` : ` (${number(r.total)} persons)`;
  return `${table(
    headers,
    rows,
    headers.map((h, i) => i > 0 && h !== 'first' && h !== 'last'),
  )}\n${shown.trim()}, ${r.tookMs} ms`;
}

export function formatCollocates(r: Ok<CollocatesResult>): string {
  const head = `${number(r.matches)} match${r.matches === 1 ? '' : 'es'} read${r.sampled ? ' (the first by date: a sample)' : ''} (${r.tookMs} ms).`;
  const rows = r.collocates.map((c) => [c.word, number(c.count), number(c.corpus), c.g2.toFixed(2)]);
  return `${head}\n${table(['word', 'near', 'archive', 'G²'], rows, [false, true, true, true])}`;
}
