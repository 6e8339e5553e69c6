/**
 * npm run bench:search [-- <bulk folder>] [-- --json] — search latency on the real bulk corpus and a
 * seeded 50,000-document scale-up, through the function the IPC handler calls
 * (archive.search.search), next to a floor measured in the same run: bare FTS5
 * `MATCH … ORDER BY bm25 LIMIT 50` on the turn index for the same terms.
 *
 * Each query is timed as if typed for the first time (the engine's cache of the last queries is
 * emptied before each run): "page" is the first page (20 documents with up to 3 turns each, and
 * the total) as the window asks for it first; "complete" is the page and then the counts (turn
 * counts, facets, histogram) — the whole answer. With --json the last line is one JSON object:
 * {"real": {first_page_p95_ms, complete_p95_ms, max_ms}, "scale": {docs, first_page_p95_ms,
 * complete_p95_ms, max_ms, floor_p95_ms}, "suggest_p95_ms"}.
 * The archives are built once and cached (archives.ts); their search index is merged into one
 * segment first, as the app's query worker keeps it (archive/search/tidy.ts).
 * Env: VERBATIM_BULK (folder with kremlin_en_html.tar.zst), BENCH_DOCS (default 50000).
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { Archive } from '../main/archive/archive';
import { compileText } from '../main/search/compile';
import { parseQuery } from '../main/search/query';
import { bulkHtmlFolder } from './corpus';
import { mergeSearchIndex, realArchive, scaleArchive } from './archives';

const QUERIES = [
  // single words: rare to very frequent
  'the',
  'russia',
  'economy',
  'sanctions',
  'negotiations',
  'pipeline',
  'Jeenbekov',
  'cosmodrome',
  'inflation',
  'children',
  // two words
  'gas prices',
  'foreign policy',
  'oil production',
  'Russia China',
  'state duma',
  // phrases, NEAR, OR, exclusions
  '"energy security"',
  '"Prime Minister"',
  '"the United States"',
  'NEAR(gas price, 5)',
  'sanctions OR embargo',
  'russia -china',
  // prefixes
  'negotiat*',
  'econom*',
  'terror*',
  // fields
  'speaker:putin sanctions',
  'speaker:medvedev',
  'topic:"Foreign policy"',
  'place:moscow economy',
  'person:lukashenko',
  'title:summit',
  // dates
  'date:2019 economy',
  'year:2010..2012 gas',
  'date:2014-03..2015-12 crimea',
  'date:2016',
  // no hits
  'zzyzxqq',
  'gass pipelinee',
];

const SUGGEST_WORDS = [
  'putin',
  'foreign policy',
  'lukashenko',
  'moscow',
  'economy',
  'kyrgyzstan',
  'medvedev',
  'security council',
  'sochi',
  'negotiations',
];

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

interface Figures {
  docs: number;
  first_page_p95_ms: number;
  complete_p95_ms: number;
  max_ms: number;
  floor_p95_ms: number;
  suggest_p95_ms: number;
}

const round = (n: number): number => Math.round(n * 10) / 10;

function measure(label: string, path: string): Figures {
  const archive = Archive.open(path);
  const db = new Database(path, { readonly: true });
  const floorStmt = db.prepare(
    'SELECT rowid, bm25(search_turns, 0.0, 1.0) FROM search_turns WHERE search_turns MATCH ? ORDER BY bm25(search_turns, 0.0, 1.0) LIMIT 50',
  );
  mergeSearchIndex(archive);
  const [warmMs] = time(() => archive.search.search({ query: 'warm up' }));
  const docs = archive.count();
  console.log(`\n== ${label}: ${docs} documents (first query, loading metadata: ${warmMs.toFixed(0)} ms)`);
  console.log(
    `${'query'.padEnd(34)} ${'total'.padStart(7)} ${'page'.padStart(7)} ${'compl.'.padStart(7)} ${'max'.padStart(7)} ${'floor'.padStart(7)} estimated`,
  );
  const pages: number[] = [];
  const completes: number[] = [];
  const floors: number[] = [];
  const RUNS = 5;
  for (const query of QUERIES) {
    // Once to prepare the statements, not timed.
    archive.search.forget();
    archive.search.search({ query, limit: 20 });
    const page: number[] = [];
    const complete: number[] = [];
    let total = 0;
    let estimated: string[] = [];
    for (let i = 0; i < RUNS; i++) {
      archive.search.forget();
      const started = performance.now();
      const first = archive.search.search({ query, limit: 20, part: 'page' });
      page.push(performance.now() - started);
      const rest = archive.search.search({ query, limit: 20, part: 'counts' });
      complete.push(performance.now() - started);
      total = first.status === 'page' ? first.total : -1;
      estimated = rest.status === 'counts' ? rest.estimated : [];
    }
    pages.push(...page);
    completes.push(...complete);
    const expr = floorExpression(query);
    let floor = NaN;
    if (expr) {
      floorStmt.all(expr);
      const f: number[] = [];
      for (let i = 0; i < RUNS; i++) f.push(time(() => floorStmt.all(expr))[0]);
      floor = percentile(f, 50);
      floors.push(...f);
    }
    const est = estimated.length
      ? estimated.filter((e) => !['topic', 'person', 'place', 'year'].includes(e)).join(',') +
        (estimated.includes('topic') ? ',facets' : '')
      : '';
    console.log(
      `${query.slice(0, 34).padEnd(34)} ${String(total).padStart(7)} ${fmt(percentile(page, 50))} ${fmt(percentile(complete, 50))} ${fmt(Math.max(...complete))} ${Number.isNaN(floor) ? '      –' : fmt(floor)} ${est.replace(/^,/, '')}`,
    );
  }
  const suggest: number[] = [];
  for (const word of SUGGEST_WORDS) {
    for (let n = 1; n <= word.length; n++) suggest.push(time(() => archive.search.suggest({ text: word.slice(0, n) }))[0]);
  }
  const suggestBuild = suggest[0];
  const figures: Figures = {
    docs,
    first_page_p95_ms: round(percentile(pages, 95)),
    complete_p95_ms: round(percentile(completes, 95)),
    max_ms: round(Math.max(...completes)),
    floor_p95_ms: round(percentile(floors, 95)),
    suggest_p95_ms: round(percentile(suggest.slice(1), 95)),
  };
  console.log(
    `page     p50 ${percentile(pages, 50).toFixed(1)} ms, p95 ${figures.first_page_p95_ms} ms over ${QUERIES.length} queries × ${RUNS}`,
  );
  console.log(`complete p50 ${percentile(completes, 50).toFixed(1)} ms, p95 ${figures.complete_p95_ms} ms, max ${figures.max_ms} ms`);
  console.log(
    `floor    p50 ${percentile(floors, 50).toFixed(1)} ms, p95 ${figures.floor_p95_ms} ms (bare turn-level MATCH … ORDER BY bm25 LIMIT 50)`,
  );
  console.log(
    `suggest  p50 ${percentile(suggest.slice(1), 50).toFixed(2)} ms, p95 ${figures.suggest_p95_ms} ms (first call builds the index: ${suggestBuild.toFixed(0)} ms)`,
  );
  if (typeof global.gc === 'function') global.gc();
  console.log(`RSS      ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB (this process, both archives' engines loaded so far)`);
  db.close();
  archive.close();
  console.log(`cold start (new process: open + first library page of 100): ${coldStart(path).toFixed(0)} ms`);
  return figures;
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
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const bulk = bulkHtmlFolder(args.find((a) => !a.startsWith('--')));
  const count = Number(process.env.BENCH_DOCS ?? 50_000);
  const real = await realArchive(bulk);
  const big = await scaleArchive(real, count);
  const r = measure('real bulk corpus', real);
  const s = measure(`synthetic scale-up`, big);
  if (json) {
    console.log(
      JSON.stringify({
        real: { first_page_p95_ms: r.first_page_p95_ms, complete_p95_ms: r.complete_p95_ms, max_ms: r.max_ms },
        scale: {
          docs: s.docs,
          first_page_p95_ms: s.first_page_p95_ms,
          complete_p95_ms: s.complete_p95_ms,
          max_ms: s.max_ms,
          floor_p95_ms: s.floor_p95_ms,
        },
        suggest_p95_ms: Math.max(r.suggest_p95_ms, s.suggest_p95_ms),
      }),
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
