import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { importPaths } from '../../main/import/importer';
import type { ImportProgress } from '../../preload/api';
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
    const accounted = new Set([...report.failed.map((f) => f.path), ...report.skipped.map((s) => s.path), ...report.documents.map((d) => d.path)]);
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
    for (const id of ['62149', '62146', '51436', '54483']) copyFileSync(join(FIXTURES, 'kremlin_en_txt', `${id}.txt`), join(dir, `${id}.txt`));
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
