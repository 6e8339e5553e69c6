/**
 * The benchmark archives shared by bench:search and bench:analysis, built once and cached in
 * $TMPDIR/verbatim-bench-search (delete it to rebuild): the real bulk corpus imported as a user
 * would, and a seeded scale-up of it (synthetic.ts) written in one transaction.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Archive } from '../main/archive/archive';
import { importPaths } from '../main/importer/importer';
import { readSource, syntheticDocuments } from './synthetic';

export const ARCHIVE_CACHE = join(tmpdir(), 'verbatim-bench-search');

/** Builds the archive at `path` through a temporary file (an interrupted build leaves nothing behind). */
async function built(path: string, fill: (archive: Archive) => Promise<string>): Promise<string> {
  if (existsSync(path)) return path;
  mkdirSync(ARCHIVE_CACHE, { recursive: true });
  const tmp = `${path}.building`;
  rmSync(tmp, { force: true });
  const archive = Archive.open(tmp);
  const started = performance.now();
  const what = await fill(archive);
  console.log(`built ${what} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  archive.close();
  renameSync(tmp, path);
  return path;
}

/** The bulk corpus imported as a user would import it. */
export function realArchive(bulk: string): Promise<string> {
  return built(join(ARCHIVE_CACHE, 'real.sqlite'), async (archive) => {
    const report = await importPaths(archive, [bulk]);
    return `real archive: ${report.imported} documents (import + index)`;
  });
}

/** `count` documents made from the real archive's text, written in one transaction. */
export function scaleArchive(real: string, count: number): Promise<string> {
  return built(join(ARCHIVE_CACHE, `synthetic-${count}.sqlite`), async (archive) => {
    const db = new Database(real, { readonly: true });
    const source = readSource(db);
    db.close();
    archive.batch(() => {
      let i = 0;
      for (const doc of syntheticDocuments(source, count))
        archive.write(doc, { path: `synthetic-${i++}`, size: 1, fileHash: 'synthetic', format: 'kremlin-html' });
    });
    return `synthetic archive: ${count} documents (write + index, one transaction)`;
  });
}

/**
 * Merges the archive's search index into one segment, as the app's query worker keeps it while
 * idle (archive/search/tidy.ts), so that the benchmarks measure what a user gets; says so when
 * there was something to merge.
 */
export function mergeSearchIndex(archive: Archive): void {
  const started = performance.now();
  if (archive.search.tidy() === 'tidy') return;
  archive.search.tidyAll();
  console.log(`(search index merged into one segment first: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
