import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The bulk corpus folder of saved en.kremlin.ru pages: given, or unpacked once from ../shared/corpus/bulk. */
export function bulkHtmlFolder(given?: string): string {
  if (given) return resolve(given);
  if (process.env.VERBATIM_BULK_HTML) return resolve(process.env.VERBATIM_BULK_HTML);
  const archive = resolve(
    process.env.VERBATIM_BULK ?? join(__dirname, '..', '..', '..', 'shared', 'corpus', 'bulk'),
    'kremlin_en_html.tar.zst',
  );
  const target = join(tmpdir(), 'verbatim-bench', 'kremlin_en_html');
  if (!existsSync(target) || readdirSync(target).length === 0) {
    if (!existsSync(archive))
      throw new Error(
        `No bulk corpus: give a folder, or set VERBATIM_BULK to the folder holding kremlin_en_html.tar.zst (looked for ${archive})`,
      );
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-I', 'zstd', '-xf', archive, '-C', target]);
  }
  return target;
}

/** Every file below a folder. */
export function filesBelow(folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...filesBelow(path));
    else if (entry.isFile()) out.push(path);
  }
  return out.sort();
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
