/**
 * npm run bench:compare [-- <bulk.tar.zst or folder>]
 *
 * 1. The comparison of the two longest transcripts of the dev sample (Direct Line 2013 and
 *    2018, ~200k characters each), imported from tests/fixtures into a temporary archive, in
 *    both modes. Goal: ≤ 1 s. And what the window waits for before its first screen: the
 *    comparison with its first screen cut out and carried as JSON (the way IPC carries it:
 *    serialised and parsed), then the whole result following from the worker's cache.
 * 2. "Find similar passages" for one paragraph over the bulk corpus (7,145 en.kremlin.ru
 *    pages), imported once into a cached archive. Goal: ≤ 200 ms per query; the index build
 *    is reported separately.
 *
 * The bulk corpus comes from the argument, or VERBATIM_BULK, or /work/shared/corpus/bulk/kremlin_en_html.tar.zst.
 * The extracted pages and the archive are cached in $TMPDIR/verbatim-bench-compare.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Archive } from '../main/archive/archive';
import { compareDocuments, Comparisons, SimilarPassages } from '../main/compare/service';
import { importPaths } from '../main/importer/importer';

const ROOT = resolve(__dirname, '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'kremlin_en_html');
const DEFAULT_BULK = '/work/shared/corpus/bulk/kremlin_en_html.tar.zst';
const CACHE = join(tmpdir(), 'verbatim-bench-compare');

function ms(n: number): string {
  return `${n.toFixed(1)} ms`;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function stats(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `p50 ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}, max ${ms(sorted[sorted.length - 1])} (n=${times.length})`;
}

async function benchPair(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-pair-'));
  const archive = Archive.open(join(dir, 'archive.sqlite'));
  try {
    const report = await importPaths(archive, [join(FIXTURES, '17976.html'), join(FIXTURES, '57692.html')]);
    const [a, b] = report.documents.map((d) => d.id);
    const chars = [a, b].map((id) => archive.get(id)?.turns.reduce((n, t) => n + t.text.length, 0) ?? 0);
    console.log(
      `Pair: Direct Line 2013 (${chars[0].toLocaleString('en')} chars) vs Direct Line 2018 (${chars[1].toLocaleString('en')} chars)`,
    );
    const times: number[] = [];
    let last = compareDocuments(archive, { left: { documentId: a }, right: { documentId: b } });
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      last = compareDocuments(archive, { left: { documentId: a }, right: { documentId: b } });
      times.push(performance.now() - t);
    }
    console.log(`  compare (paragraphs, load from SQLite included): ${stats(times)}   goal ≤ 1000 ms`);
    console.log(
      `  ${last.passagesLeft.length} / ${last.passagesRight.length} passages, ${last.pairs.length} aligned, ${last.summary.movedCount} moved, ` +
        `${last.sharedPhrases.length} shared phrases, similarity ${last.summary.similarity}, result ${(JSON.stringify(last).length / 1024).toFixed(0)} KB JSON`,
    );
    const sentences: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      compareDocuments(archive, { left: { documentId: a }, right: { documentId: b }, granularity: 'sentence' });
      sentences.push(performance.now() - t);
    }
    console.log(`  compare (sentences): ${stats(sentences)}`);
    const self: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      compareDocuments(archive, { left: { documentId: a }, right: { documentId: a } });
      self.push(performance.now() - t);
    }
    console.log(`  compare Direct Line 2013 with itself (every passage aligned, inline diff): ${stats(self)}`);
    benchThemes(archive, a, b);
  } finally {
    archive.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Themes mode, and the window's first screen then the whole result (JSON out and in, as IPC carries it). */
function benchThemes(archive: Archive, a: number, b: number): void {
  const request = { left: { documentId: a }, right: { documentId: b }, mode: 'themes' as const };
  const times: number[] = [];
  let last = compareDocuments(archive, request);
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    last = compareDocuments(archive, request);
    times.push(performance.now() - t);
  }
  const t = last.themes;
  console.log(`  compare by theme (archive word frequencies included): ${stats(times)}   goal ≤ 1000 ms`);
  console.log(
    `  ${t?.pairs.length} pairs in ${t?.topics.length} topics, covered ${t?.coverageLeft} / ${t?.coverageRight}, ` +
      `${t?.onlyLeft.length} / ${t?.onlyRight.length} only left / right, ${t?.proceduralLeft} / ${t?.proceduralRight} formulas`,
  );
  const carry = (value: unknown): number => JSON.stringify(value).length;
  for (const mode of ['auto', 'versions'] as const) {
    const firsts: number[] = [];
    const wholes: number[] = [];
    let sizes = [0, 0];
    for (let i = 0; i < 5; i++) {
      // A new Comparisons each time: nothing cached, as when two documents are first chosen.
      const comparisons = new Comparisons(archive);
      const started = performance.now();
      const first = comparisons.compare({ ...request, mode, firstScreen: 30 });
      JSON.parse(JSON.stringify(first));
      firsts.push(performance.now() - started);
      const next = performance.now();
      const whole = comparisons.compare({ ...request, mode });
      JSON.parse(JSON.stringify(whole));
      wholes.push(performance.now() - next);
      sizes = [carry(first), carry(whole)];
    }
    console.log(
      `  window, ${mode}: first screen ${stats(firsts)} (${(sizes[0] / 1024).toFixed(0)} KB), ` +
        `then the whole result ${stats(wholes)} (${(sizes[1] / 1024).toFixed(0)} KB)   goal: first screen ≤ 1000 ms`,
    );
  }
}

function bulkFolder(source: string): string {
  if (statSync(source).isDirectory()) return source;
  const target = join(CACHE, 'pages');
  const done = join(target, '.extracted');
  if (!existsSync(done)) {
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
    console.log(`Extracting ${source} …`);
    execFileSync('tar', ['-I', 'zstd', '-xf', source, '-C', target]);
    execFileSync('touch', [done]);
  }
  return target;
}

async function bulkArchive(source: string): Promise<Archive> {
  const folder = bulkFolder(source);
  const path = join(CACHE, 'bulk.sqlite');
  const marker = `${path}.complete`;
  if (!existsSync(marker)) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
    const archive = Archive.open(path);
    console.log(`Importing ${folder} into ${path} (once; cached) …`);
    const t = performance.now();
    const report = await importPaths(archive, [folder]);
    console.log(`  ${report.imported} documents imported in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    archive.close();
    execFileSync('touch', [marker]);
  }
  return Archive.open(path);
}

/** A deterministic pseudo-random sequence (so every run queries the same paragraphs). */
function* lcg(seed: number): Generator<number> {
  let s = seed >>> 0;
  for (;;) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    yield s / 2 ** 32;
  }
}

async function benchSimilar(source: string): Promise<void> {
  const archive = await bulkArchive(source);
  try {
    const count = archive.count();
    console.log(`Similar passages over the bulk corpus: ${count.toLocaleString('en')} documents`);
    const similar = new SimilarPassages(archive);
    const rssBefore = process.memoryUsage().rss;
    // The query the issue names: one paragraph. The closing wishes of the newest annual news
    // conference (a paragraph said in some form every year), else the first long paragraph.
    const all = archive.list(Number.MAX_SAFE_INTEGER, 0);
    const pickQuery = (): { documentId: number; turn: number; paragraph: number; title: string; date: string | null } => {
      for (const d of all.filter((x) => /annual news conference/i.test(x.title))) {
        const full = archive.get(d.id);
        const turn = full?.turns.findIndex((t) => t.text.includes('Happy New Year')) ?? -1;
        if (full && turn >= 0) {
          const paragraph = full.turns[turn].text.split('\n\n').findIndex((p) => p.includes('Happy New Year'));
          return { documentId: d.id, turn, paragraph, title: d.title, date: d.date };
        }
      }
      for (const d of all) {
        const full = archive.get(d.id);
        for (const [turn, t] of (full?.turns ?? []).entries()) {
          const paragraph = t.text.split('\n\n').findIndex((p) => p.split(' ').length >= 30);
          if (paragraph >= 0) return { documentId: d.id, turn, paragraph, title: d.title, date: d.date };
        }
      }
      throw new Error('no paragraph to query in the bulk archive');
    };
    const { title, date, ...at } = pickQuery();
    const first = await similar.find(at);
    const rssAfter = process.memoryUsage().rss;
    console.log(
      `  index build: ${ms(first.indexBuildMs ?? 0)} for ${first.indexedPassages.toLocaleString('en')} paragraphs, ` +
        `+${((rssAfter - rssBefore) / 1024 / 1024).toFixed(0)} MB RSS`,
    );
    console.log(`  query “${first.query.text.slice(0, 60)}…” (${title}, ${date}): ${ms(first.elapsedMs)}, ${first.hits.length} hits`);
    for (const hit of first.hits.slice(0, 5))
      console.log(`    ${hit.similarity.toFixed(3)}  ${hit.date}  ${hit.title.slice(0, 60)}  [turn ${hit.turn} ¶${hit.paragraph}]`);
    const repeat: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      await similar.find(at);
      repeat.push(performance.now() - t);
    }
    console.log(`  same query again (request total, archive reads included): ${stats(repeat)}   goal ≤ 200 ms`);
    // Many paragraphs chosen at random, for the spread (long paragraphs of frequent words are the slow ones).
    const random = lcg(6);
    const times: number[] = [];
    const queryTimes: number[] = [];
    let hits = 0;
    while (times.length < 300) {
      const pick = all[Math.floor(random.next().value * all.length)];
      const d = archive.get(pick.id);
      if (!d || d.turns.length === 0) continue;
      const t = Math.floor(random.next().value * d.turns.length);
      const paragraphs = d.turns[t].text.split('\n\n');
      const p = Math.floor(random.next().value * paragraphs.length);
      const started = performance.now();
      const result = await similar.find({ documentId: d.id, turn: t, paragraph: p });
      times.push(performance.now() - started);
      queryTimes.push(result.elapsedMs);
      hits += result.hits.length;
    }
    console.log(`  300 random paragraphs, request total: ${stats(times)}`);
    console.log(
      `  300 random paragraphs, index query only: ${stats(queryTimes)}; ${(hits / times.length).toFixed(1)} hits on average (Jaccard ≥ 0.3)`,
    );
  } finally {
    archive.close();
  }
}

async function main(): Promise<void> {
  const source = process.argv[2] ?? process.env.VERBATIM_BULK ?? DEFAULT_BULK;
  mkdirSync(CACHE, { recursive: true });
  await benchPair();
  if (!existsSync(source)) {
    console.log(`No bulk corpus at ${source}: pass its path as an argument or in VERBATIM_BULK. Skipping similar passages.`);
    return;
  }
  await benchSimilar(source);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
