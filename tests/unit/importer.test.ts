import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { importPaths } from '../../main/importer/importer';
import { importInWorker } from '../../main/importer/worker-client';
import type { ImportProgress } from '../../shared/contract/api';
import { FIXTURES, SEED, tempArchivePath, tempDir } from './helpers';

describe('importing a batch', () => {
  it('gives every bad file its own message while the rest of the batch imports', async () => {
    const dir = tempDir();
    const empty = join(dir, 'empty.txt');
    const binary = join(dir, 'binary.txt');
    const huge = join(dir, 'huge.txt');
    const truncated = join(dir, 'truncated.html');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
    writeFileSync(huge, 'x'.repeat(40_000));
    writeFileSync(truncated, '<html><head><title>Events</title></head><body><div class="read__in"><h1');
    const gone = join(dir, 'vanished.txt');
    const archive = Archive.open(tempArchivePath());
    const report = await importPaths(archive, [empty, binary, SEED, huge, truncated, gone], { maxFileBytes: 20_000 });
    expect(report.imported).toBe(2);
    const byPath = Object.fromEntries(report.failed.map((f) => [f.path, f.error]));
    expect(byPath[empty]).toBe('The file is empty.');
    expect(byPath[binary]).toMatch(/binary data/);
    expect(byPath[huge]).toMatch(/Verbatim reads transcript files up to/);
    expect(byPath[gone]).toMatch(/not there/);
    const accounted = new Set([
      ...report.failed.map((f) => f.path),
      ...report.skipped.map((s) => s.path),
      ...report.documents.map((d) => d.path),
    ]);
    expect(accounted).toEqual(new Set([empty, binary, SEED, huge, truncated, gone]));
    expect(archive.integrityCheck()).toBe('ok');
    archive.close();
  });

  it('walks folders recursively and lists unknown files as skipped, not failed', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true });
    copyFileSync(SEED, join(dir, 'nested', 'deeper', 'seed.txt'));
    writeFileSync(join(dir, 'nested', 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    writeFileSync(join(dir, 'notes.docx'), 'PK');
    const archive = Archive.open(tempArchivePath());
    const report = await importPaths(archive, [dir]);
    expect(report.imported).toBe(2);
    expect(report.failed).toEqual([]);
    expect(report.skipped.map((s) => s.path).sort()).toEqual([join(dir, 'nested', 'photo.jpg'), join(dir, 'notes.docx')].sort());
    archive.close();
  });

  it('reports progress per file and can be cancelled, keeping what was committed', async () => {
    const dir = tempDir();
    for (const id of ['62149', '62146', '51436', '54483'])
      copyFileSync(join(FIXTURES, 'kremlin_en_txt', `${id}.txt`), join(dir, `${id}.txt`));
    const archive = Archive.open(tempArchivePath());
    const controller = new AbortController();
    const seen: ImportProgress[] = [];
    const report = await importPaths(archive, [dir], {
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p);
        if (p.filesDone === 2) controller.abort();
      },
    });
    expect(report.cancelled).toBe(true);
    expect(report.documents).toHaveLength(2);
    expect(archive.count()).toBe(2);
    expect(seen[0]).toMatchObject({ filesDone: 0, filesTotal: 4 });
    expect(seen.at(-1)).toMatchObject({ filesDone: 2, filesTotal: 4, currentFile: null });
    archive.close();
  });
});

describe('zip files', () => {
  it('imports the transcripts inside a zip like a folder, and lists the rest as skipped', async () => {
    const dir = tempDir();
    const zip = join(dir, 'pages.zip');
    writeFileSync(
      zip,
      zipSync({
        'pages/62149.html': readFileSync(join(FIXTURES, 'kremlin_en_html', '62149.html')),
        'pages/copied/62146.txt': readFileSync(join(FIXTURES, 'kremlin_en_txt', '62146.txt')),
        'pages/cover.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xe0]),
        'inner.zip': zipSync({ 'a.txt': strToU8('x') }),
        '__MACOSX/pages/._62149.html': strToU8('resource fork'),
      }),
    );
    const archive = Archive.open(tempArchivePath());
    const report = await importPaths(archive, [zip]);
    expect(report.documents.map((d) => [d.title, d.path])).toEqual([
      ['Meeting with President of Kyrgyzstan Sooronbay Jeenbekov', `${zip}/pages/62149.html`],
      ['CSTO summit', `${zip}/pages/copied/62146.txt`],
    ]);
    expect(report.skipped.map((s) => s.path).sort()).toEqual([`${zip}/inner.zip`, `${zip}/pages/cover.jpg`]);
    expect(report.failed).toEqual([]);
    archive.close();
  });

  it('counts a zip file as its entries in the progress, and stops inside it when cancelled', async () => {
    const dir = tempDir();
    const zip = join(dir, 'many.zip');
    const page = readFileSync(join(FIXTURES, 'kremlin_en_txt', '62149.txt'), 'utf8');
    const entries: Record<string, Uint8Array> = {};
    for (let i = 0; i < 100; i++)
      entries[`pages/${i}.txt`] = strToU8(
        page.replace('Meeting with President of Kyrgyzstan', `Meeting ${i} with President of Kyrgyzstan`),
      );
    writeFileSync(zip, zipSync(entries));
    const archive = Archive.open(tempArchivePath());
    const controller = new AbortController();
    const seen: { filesDone: number; filesTotal: number; currentFile: string | null }[] = [];
    const report = await importPaths(archive, [zip], {
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p);
        if (p.filesDone >= 40) controller.abort();
      },
    });
    expect(seen.some((p) => p.filesTotal === 100 && p.currentFile?.startsWith(`${zip}/pages/`))).toBe(true);
    expect(report.cancelled).toBe(true);
    expect(archive.count()).toBeGreaterThanOrEqual(40);
    expect(archive.count()).toBeLessThan(100);
    expect(archive.count()).toBe(report.documents.length);
    archive.close();
  });

  it('a damaged zip fails with a reason', async () => {
    const dir = tempDir();
    const zip = join(dir, 'broken.zip');
    writeFileSync(zip, zipSync({ 'a.txt': strToU8('Events') }).slice(0, 30));
    const archive = Archive.open(tempArchivePath());
    const report = await importPaths(archive, [zip]);
    expect(report.failed).toEqual([{ path: zip, error: expect.stringContaining('zip file could not be read') }]);
    archive.close();
  });
});

describe('datasets that need a column mapping', () => {
  it('fails listing the columns, then imports with the mapping', async () => {
    const csv = join(FIXTURES, 'datasets', 'needs_mapping.csv');
    const archive = Archive.open(tempArchivePath());
    const first = await importPaths(archive, [csv]);
    expect(first.failed).toHaveLength(1);
    expect(first.failed[0].columns?.length).toBeGreaterThan(1);
    const columns = first.failed[0].columns as string[];
    const text = columns.find((c) => /remarks/i.test(c)) as string;
    const title = columns.find((c) => /occasion/i.test(c)) as string;
    const second = await importPaths(archive, [csv], { mapping: { text, title } });
    expect(second.failed).toEqual([]);
    expect(second.imported).toBeGreaterThan(0);
    archive.close();
  });
});

const WORKER = join(__dirname, '..', '..', 'out', 'main', 'import-worker.js');
describe.skipIf(!existsSync(WORKER))('the import worker thread (built)', () => {
  it('imports in a worker thread with progress, on its own connection', async () => {
    const path = tempArchivePath();
    const archive = Archive.open(path);
    const seen: number[] = [];
    const report = await importInWorker(WORKER, path, [SEED], { onProgress: (p) => seen.push(p.filesDone) });
    expect(report.imported).toBe(2);
    expect(seen.at(-1)).toBe(1);
    expect(archive.list().map((d) => d.title)).toEqual(['Meeting with President of Kyrgyzstan Sooronbay Jeenbekov', 'CSTO summit']);
    archive.close();
  });

  it('stops when cancelled and keeps what was committed', async () => {
    // Enough files that the import takes several groups, so the cancel message arrives between them.
    const dir = tempDir();
    const page = readFileSync(join(FIXTURES, 'kremlin_en_txt', '62149.txt'), 'utf8');
    for (let i = 0; i < 3000; i++)
      writeFileSync(
        join(dir, `copy-${i}.txt`),
        page.replace('Meeting with President of Kyrgyzstan', `Meeting ${i} with President of Kyrgyzstan`),
      );
    const path = tempArchivePath();
    const controller = new AbortController();
    const report = await importInWorker(WORKER, path, [dir], {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.filesDone >= 1) controller.abort();
      },
    });
    expect(report.cancelled).toBe(true);
    const archive = Archive.open(path);
    expect(archive.count()).toBeGreaterThan(0);
    expect(archive.count()).toBeLessThan(3000);
    expect(archive.count()).toBe(report.documents.length);
    expect(archive.integrityCheck()).toBe('ok');
    archive.close();
  });
});
