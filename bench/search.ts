/**
 * npm run bench:search [-- <bulk folder>] — search latency on the real bulk corpus and a
 * seeded 50,000-document scale-up, through the function the IPC handler calls
 * (archive.search.search, a page of 20 documents with 3 turns each), next to a floor measured in the same run: bare FTS5
 * `MATCH … ORDER BY bm25 LIMIT 50` on the turn index for the same terms.
 * Archives are cached in $TMPDIR/verbatim-bench-search (delete it to rebuild).
 * Env: VERBATIM_BULK (folder with kremlin_en_html.tar.zst), BENCH_DOCS (default 50000).
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Archive } from '../main/archive/archive';
import { importPaths } from '../main/import/importer';
import { compileText } from '../main/search/compile';
import { parseQuery } from '../main/search/query';
import { bulkHtmlFolder } from './corpus';
import { readSource, syntheticDocuments } from './synthetic';

const QUERIES = [
  // single words: rare to very frequent
  'the', 'russia', 'economy', 'sanctions', 'negotiations', 'pipeline', 'Jeenbekov', 'cosmodrome', 'inflation', 'children',
  // two words
  'gas prices', 'foreign policy', 'oil production', 'Russia China', 'state duma',
  // phrases, NEAR, OR, exclusions
  '"energy security"', '"Prime Minister"', '"the United States"', 'NEAR(gas price, 5)', 'sanctions OR embargo', 'russia -china',
  // prefixes
  'negotiat*', 'econom*', 'terror*',
  // fields
  'speaker:putin sanctions', 'speaker:medvedev', 'topic:"Foreign policy"', 'place:moscow economy', 'person:lukashenko', 'title:summit',
  // dates
  'date:2019 economy', 'year:2010..2012 gas', 'date:2014-03..2015-12 crimea', 'date:2016',
  // no hits
  'zzyzxqq', 'gass pipelinee',
];

const SUGGEST_WORDS = ['putin', 'foreign policy', 'lukashenko', 'moscow', 'economy', 'kyrgyzstan', 'medvedev', 'security council', 'sochi', 'negotiations'];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const fmt = (n: number): string => n.toFixed(1).padStart(7);

function time<T>(fn: () => T): [number, T] {
  const t = performance.now();
  const v = fn();
  return [performance.now() - t, v];
}

async function buildReal(cache: string, bulk: string): Promise<string> {
  const path = join(cache, 'real.sqlite');
  if (existsSync(path)) return path;
  const tmp = `${path}.building`;
  rmSync(tmp, { force: true });
  const archive = Archive.open(tmp);
  const [ms, report] = await (async () => {
    const t = performance.now();
    const r = await importPaths(archive, [bulk]);
    return [performance.now() - t, r] as const;
  })();
  console.log(`built real archive: ${report.imported} documents in ${(ms / 1000).toFixed(1)} s (import + index)`);
  archive.close();
  renameSync(tmp, path);
  return path;
}

function buildSynthetic(cache: string, real: string, count: number): string {
  const path = join(cache, `synthetic-${count}.sqlite`);
  if (existsSync(path)) return path;
  const tmp = `${path}.building`;
  rmSync(tmp, { force: true });
  const db = new Database(real, { readonly: true });
  const source = readSource(db);
  db.close();
  const archive = Archive.open(tmp);
  const [ms] = time(() =>
    archive.batch(() => {
      let i = 0;
      for (const doc of syntheticDocuments(source, count)) archive.write(doc, { path: `synthetic-${i++}`, size: 1, fileHash: 'synthetic', format: 'kremlin-html' });
    }),
  );
  console.log(`built synthetic archive: ${count} documents in ${(ms / 1000).toFixed(1)} s (write + index, one transaction)`);
  archive.close();
  renameSync(tmp, path);
  return path;
}

function floorExpression(query: string): string | null {
  const parsed = parseQuery(query);
  if (!parsed.ok) return null;
  const compiled = compileText(parsed.query.text, () => []);
  return compiled.ok && compiled.text.match ? `body : (${compiled.text.match})` : null;
}

function coldStart(path: string): number {
  const child = spawnSync(process.execPath, [__filename, '--cold-start', path], { encoding: 'utf8' });
  return Number(child.stdout.trim());
}

function measure(label: string, path: string): void {
  const archive = Archive.open(path);
  const db = new Database(path, { readonly: true });
  const floorStmt = db.prepare('SELECT rowid, bm25(search_turns, 0.0, 1.0) FROM search_turns WHERE search_turns MATCH ? ORDER BY bm25(search_turns, 0.0, 1.0) LIMIT 50');
  const [warmMs] = time(() => archive.search.search({ query: 'warm up' }));
  console.log(`\n== ${label}: ${archive.count()} documents (first query, loading metadata: ${warmMs.toFixed(0)} ms)`);
  console.log(`${'query'.padEnd(34)} ${'total'.padStart(7)} ${'p50'.padStart(7)} ${'max'.padStart(7)} ${'floor'.padStart(7)} ratio`);
  const all: number[] = [];
  const floors: number[] = [];
  const ratios: number[] = [];
  const RUNS = 5;
  for (const query of QUERIES) {
    archive.search.search({ query, limit: 20 });
    const runs: number[] = [];
    let total = 0;
    for (let i = 0; i < RUNS; i++) {
      const [ms, r] = time(() => archive.search.search({ query, limit: 20 }));
      runs.push(ms);
      if (r.status === 'ok') total = r.total;
      else total = -1;
    }
    all.push(...runs);
    const expr = floorExpression(query);
    let floor = NaN;
    if (expr) {
      floorStmt.all(expr);
      const f: number[] = [];
      for (let i = 0; i < RUNS; i++) f.push(time(() => floorStmt.all(expr))[0]);
      floor = percentile(f, 50);
      floors.push(...f);
      ratios.push(percentile(runs, 50) / Math.max(floor, 0.05));
    }
    console.log(`${query.slice(0, 34).padEnd(34)} ${String(total).padStart(7)} ${fmt(percentile(runs, 50))} ${fmt(Math.max(...runs))} ${Number.isNaN(floor) ? '      –' : fmt(floor)} ${Number.isNaN(floor) ? '' : (percentile(runs, 50) / Math.max(floor, 0.05)).toFixed(2)}`);
  }
  const suggest: number[] = [];
  for (const word of SUGGEST_WORDS) {
    for (let n = 1; n <= word.length; n++) suggest.push(time(() => archive.search.suggest({ text: word.slice(0, n) }))[0]);
  }
  const suggestBuild = suggest[0];
  const p95 = percentile(all, 95);
  const floorP95 = percentile(floors, 95);
  console.log(`search  p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...all).toFixed(1)} ms over ${QUERIES.length} queries × ${RUNS}`);
  console.log(`floor   p50 ${percentile(floors, 50).toFixed(1)} ms, p95 ${floorP95.toFixed(1)} ms; p95 ratio ${(p95 / floorP95).toFixed(2)}×; median per-query ratio ${percentile(ratios, 50).toFixed(2)}×`);
  console.log(`suggest p50 ${percentile(suggest.slice(1), 50).toFixed(2)} ms, p95 ${percentile(suggest.slice(1), 95).toFixed(2)} ms (first call builds the index: ${suggestBuild.toFixed(0)} ms)`);
  if (typeof global.gc === 'function') global.gc();
  console.log(`RSS     ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB (this process, both archives' engines loaded so far)`);
  db.close();
  archive.close();
  console.log(`cold start (new process: open + first library page of 100): ${coldStart(path).toFixed(0)} ms`);
}

async function main(): Promise<void> {
  if (process.argv[2] === '--cold-start') {
    const t = performance.now();
    const archive = Archive.open(process.argv[3]);
    archive.list(100, 0);
    process.stdout.write(String(performance.now() - t));
    archive.close();
    return;
  }
  const bulk = bulkHtmlFolder(process.argv[2]);
  const count = Number(process.env.BENCH_DOCS ?? 50_000);
  const cache = join(tmpdir(), 'verbatim-bench-search');
  mkdirSync(cache, { recursive: true });
  const real = await buildReal(cache, bulk);
  const big = buildSynthetic(cache, real, count);
  measure('real bulk corpus', real);
  measure(`synthetic scale-up`, big);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
