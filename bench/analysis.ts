/**
 * npm run bench:analysis [-- <bulk folder>] [-- --json] — the research desk on the real bulk corpus
 * and the seeded 50,000-document scale-up, through the functions the query worker calls
 * (archive.analysis): the first page of a concordance for frequent words, a trend of three
 * terms by year (and split by speaker), and the speaker table for a query.
 *
 * Each figure is the median of 5 runs after one untimed run (which loads the per-archive
 * figures: reported apart as "first call"). The archives are bench:search's (archives.ts),
 * with the search index merged into one segment as the app keeps it.
 * Env: VERBATIM_BULK (folder with kremlin_en_html.tar.zst), BENCH_DOCS (default 50000).
 */
import { Archive } from '../main/archive/archive';
import { bulkHtmlFolder } from './corpus';
import { mergeSearchIndex, realArchive, scaleArchive } from './archives';

const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timed(fn: () => unknown): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return Math.round(median(times) * 10) / 10;
}

type Figures = Record<string, number>;

function measure(label: string, path: string): Figures {
  let t = performance.now();
  const archive = Archive.open(path);
  const opened = performance.now() - t;
  mergeSearchIndex(archive);
  const a = archive.analysis;
  t = performance.now();
  a.speakers({});
  archive.search.resultSet('russia');
  const first = performance.now() - t;
  console.log(
    `\n== ${label}: ${archive.count()} documents (open and migrate ${opened.toFixed(0)} ms; first call, loading figures: ${first.toFixed(0)} ms)`,
  );
  const out: Figures = {};
  const row = (name: string, ms: number, note: string): void => {
    out[name] = ms;
    console.log(`${name.padEnd(44)} ${ms.toFixed(1).padStart(8)} ms  ${note}`);
  };
  for (const word of ['russia', 'economy', 'sanctions', '"foreign policy"']) {
    const r = a.kwic({ query: word, limit: 100 });
    const note = r.status === 'ok' ? `${r.estimated ? '~' : ''}${r.total} lines in ${r.turns} turns` : r.error;
    row(
      `kwic first page (100) ${word}`,
      timed(() => a.kwic({ query: word, limit: 100 })),
      note,
    );
  }
  const ctx = a.kwic({ query: 'sanctions', sort: 'left', limit: 100 });
  row(
    'kwic sorted by left context: sanctions',
    timed(() => a.kwic({ query: 'sanctions', sort: 'left', limit: 100 })),
    ctx.status === 'ok' ? `sorted among ${ctx.sortedAmong ?? 'all'}` : '',
  );
  const terms = ['sanctions', 'economy', 'terrorism'];
  row(
    `trend by year: ${terms.join(', ')}`,
    timed(() => a.trend({ queries: terms, by: 'year' })),
    '',
  );
  row(
    'trend by year: russia, china, ukraine',
    timed(() => a.trend({ queries: ['russia', 'china', 'ukraine'], by: 'year' })),
    'frequent words',
  );
  row(
    `trend by month, split by speaker: sanctions`,
    timed(() => a.trend({ queries: ['sanctions'], by: 'month', split: 'speaker' })),
    '',
  );
  for (const q of ['sanctions', 'economy', 'russia']) {
    const r = a.speakers({ query: q, limit: 50 });
    row(
      `speakers for ${q}`,
      timed(() => a.speakers({ query: q, limit: 50 })),
      r.status === 'ok' ? `${r.total} persons` : r.error,
    );
  }
  row(
    'speakers without a query',
    timed(() => a.speakers({ limit: 50 })),
    '',
  );
  const c = a.collocates({ query: 'sanctions' });
  row(
    'collocates of sanctions',
    timed(() => a.collocates({ query: 'sanctions' })),
    c.status === 'ok'
      ? `${c.matches} matches${c.sampled ? ', sampled' : ''}; top: ${c.collocates
          .slice(0, 5)
          .map((x) => x.word)
          .join(', ')}`
      : '',
  );
  archive.close();
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const bulk = bulkHtmlFolder(args.find((x) => !x.startsWith('--')));
  const count = Number(process.env.BENCH_DOCS ?? 50_000);
  const real = await realArchive(bulk);
  const big = await scaleArchive(real, count);
  const r = measure('real bulk corpus', real);
  const s = measure('synthetic scale-up', big);
  if (args.includes('--json')) console.log(JSON.stringify({ real: r, scale: s }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
