/**
 * npm run bench:concurrency -- [folder]
 * The bulk corpus imported by the app's import worker (needs `npm run build`) while the
 * window's connection keeps editing: a title edit every few milliseconds, and every
 * 50th round "delete 300, then undo", a note and a collection. Prints the documents
 * imported against the files, the user actions done and failed, and how long an action
 * waited for the archive (p50 / p95 / max), and the import's time against an import alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Archive } from '../main/archive/archive';
import { importInWorker } from '../main/importer/worker-client';
import { bulkHtmlFolder, filesBelow } from './corpus';

const WORKER = join(__dirname, '..', 'main', 'import-worker.js');
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function run(folder: string, edit: boolean): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-concurrency-'));
  const path = join(dir, 'archive.sqlite');
  const window = Archive.open(path);
  const files = filesBelow(folder).length;
  let finished = false;
  const started = performance.now();
  const importing = importInWorker(WORKER, path, [folder]).finally(() => {
    finished = true;
  });
  const waits: number[] = [];
  const failures: string[] = [];
  const act = (action: () => void): void => {
    const t = performance.now();
    try {
      action();
    } catch (error) {
      failures.push((error as Error).message);
    }
    waits.push(performance.now() - t);
  };
  let round = 0;
  let undoLost = 0;
  while (edit && !finished) {
    round += 1;
    const ids = window.library.query({}, { column: 'date', direction: 'desc' }).ids;
    if (ids.length > 0) {
      const id = ids[Math.floor(Math.random() * ids.length)];
      act(() => window.library.edit(id, { title: `Edited ${round}` }));
      if (round % 50 === 0) {
        const chosen = [...ids].sort(() => Math.random() - 0.5).slice(0, 300);
        act(() => {
          const { batch, count } = window.library.delete(chosen);
          undoLost += count - window.library.undoDelete(batch).count;
        });
        act(() =>
          window.library.addAnnotation({ documentId: id, turnIdx: 0, paragraph: 0, start: 0, end: 1, quote: 'x', note: `note ${round}` }),
        );
        act(() => window.library.addToCollection(window.library.createCollection(`Collection ${round}`).id, chosen.slice(0, 20)));
      }
    }
    await pause(5);
  }
  const report = await importing;
  const seconds = (performance.now() - started) / 1000;
  const documents = window.count();
  window.close();
  rmSync(dir, { recursive: true, force: true });
  const label = edit ? 'import while editing' : 'import alone';
  console.log(
    `${label.padEnd(22)} ${seconds.toFixed(1).padStart(6)} s  files ${files}  documents ${documents}  imported ${report.imported}  failed ${report.failed.length}` +
      (edit
        ? `  | actions ${waits.length}, failed ${failures.length}, not restored by undo ${undoLost}; wait p50 ${percentile(waits, 50).toFixed(1)} ms, p95 ${percentile(waits, 95).toFixed(1)} ms, max ${Math.max(0, ...waits).toFixed(0)} ms`
        : ''),
  );
  for (const failure of new Set(failures)) console.log(`  failed action: ${failure}`);
  for (const failed of report.failed.slice(0, 5)) console.log(`  failed file: ${failed.path}: ${failed.error}`);
}

async function main(): Promise<void> {
  const folder = bulkHtmlFolder(process.argv[2]);
  await run(folder, false);
  await run(folder, true);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
