/**
 * npm run bench:import -- [folder]
 * Imports a folder into a fresh archive through the app's importer and prints
 * documents/s, MB/s and peak RSS, next to a floor measured in the same run:
 * read the files, extract the article text with the same HTML parser
 * (htmlparser2 on the <article> slice), insert plain rows into an FTS5 table in
 * one transaction. Each phase runs in its own process so peak RSS is its own.
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { Archive } from '../main/archive/archive';
import { importPaths } from '../main/importer/importer';
import { importInWorker } from '../main/importer/worker-client';
import type { ImportReport } from '../shared/contract/api';
import { bulkHtmlFolder, filesBelow, mb } from './corpus';

interface PhaseResult {
  seconds: number;
  documents: number;
  bytes: number;
  peakRssMb: number;
  detail?: Record<string, number>;
}

/** The app's import worker thread (needs `npm run build`). */
const WORKER = join(__dirname, '..', 'main', 'import-worker.js');

async function importInThisThread(path: string, folder: string): Promise<ImportReport> {
  const archive = Archive.open(path);
  try {
    return await importPaths(archive, [folder]);
  } finally {
    archive.close();
  }
}

async function importPhase(folder: string, inWorker: boolean): Promise<PhaseResult> {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-import-'));
  const path = join(dir, 'archive.sqlite');
  const bytes = filesBelow(folder).reduce((sum, f) => sum + statSync(f).size, 0);
  Archive.open(path).close(); // the schema is made before the clock starts
  const started = performance.now();
  const report = inWorker ? await importInWorker(WORKER, path, [folder]) : await importInThisThread(path, folder);
  const seconds = (performance.now() - started) / 1000;
  const archive = Archive.open(path);
  const documents = archive.count();
  archive.close();
  rmSync(dir, { recursive: true, force: true });
  return {
    seconds,
    documents,
    bytes,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    detail: {
      imported: report.imported,
      unchanged: report.unchanged,
      failed: report.failed.length,
      skipped: report.skipped.length,
      warnings: report.warnings.length,
    },
  };
}

const ARTICLE = /<article\b[^>]*>/i;

function floorPhase(folder: string): PhaseResult {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-floor-'));
  const db = new Database(join(dir, 'floor.sqlite'));
  db.pragma('journal_mode = WAL');
  db.exec('CREATE VIRTUAL TABLE t USING fts5(text)');
  const insert = db.prepare('INSERT INTO t(text) VALUES (?)');
  const files = filesBelow(folder);
  let bytes = 0;
  let documents = 0;
  const started = performance.now();
  db.transaction(() => {
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      bytes += Buffer.byteLength(html);
      const open = ARTICLE.exec(html);
      if (!open) continue;
      const close = html.indexOf('</article>', open.index);
      const slice = html.slice(open.index, close < 0 ? html.length : close + 10);
      insert.run(textContent(parseDocument(slice)));
      documents += 1;
    }
  })();
  const seconds = (performance.now() - started) / 1000;
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return { seconds, documents, bytes, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

function runChild(phase: string, folder: string): PhaseResult {
  const out = spawnSync(process.execPath, [__filename, '--phase', phase, folder], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (out.status !== 0) throw new Error(`${phase} phase failed:\n${out.stderr}`);
  return JSON.parse(out.stdout.trim().split('\n').pop() as string) as PhaseResult;
}

function line(name: string, r: PhaseResult): string {
  return `${name.padEnd(8)} ${r.seconds.toFixed(2).padStart(7)} s  ${(r.documents / r.seconds).toFixed(0).padStart(6)} docs/s  ${(r.bytes / 1024 / 1024 / r.seconds).toFixed(1).padStart(6)} MB/s  peak RSS ${r.peakRssMb.toFixed(0)} MB  (${r.documents} documents)`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--phase') {
    const result = args[1] === 'floor' ? floorPhase(args[2]) : await importPhase(args[2], args[1] === 'worker');
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const folder = bulkHtmlFolder(args[0]);
  const files = filesBelow(folder);
  const total = files.reduce((sum, f) => sum + statSync(f).size, 0);
  console.log(`Import benchmark: ${files.length} files, ${mb(total)} in ${folder}`);
  // Warm the page cache so neither phase pays for the first read.
  for (const f of files) readFileSync(f);
  const floor = runChild('floor', folder);
  const imported = runChild('import', folder);
  const app = existsSync(WORKER) ? runChild('worker', folder) : null;
  console.log(line('floor', floor));
  console.log(line('cli', imported));
  if (app) console.log(line('app', app));
  else console.log('app      (skipped: run `npm run build` first for the import worker)');
  console.log(`import report: ${JSON.stringify(imported.detail)}`);
  console.log('cli: importPaths in this thread (as the CLI runs it); app: in the import worker thread (as the app runs it)');
  for (const [name, r] of [
    ['cli', imported],
    ['app', app],
  ] as const) {
    if (r) console.log(`ratio ${name}/floor: ${(r.seconds / floor.seconds).toFixed(2)}x (goal <= 1.3x); time goal <= 20 s`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
