/**
 * Pathological inputs (issue 9, items 4–7): each one is generated here, ends
 * within the bound given as the test's timeout, fails or is skipped with its
 * own message, and the good file in the same batch still imports.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { collectFiles, LINK_LOOP_REASON } from '../../main/importer/collect';
import { capDocument, MAX_TURNS_PER_DOCUMENT } from '../../main/import/document-bounds';
import { htmlDepth } from '../../main/import/html-depth';
import { importPaths } from '../../main/importer/importer';
import { importInWorker } from '../../main/importer/worker-client';
import { emptyDocument } from '../../main/import/types';
import type { ImportReport } from '../../shared/contract/api';
import { bundleEntry, bundleSource } from './bundle';
import { FIXTURES, SEED, tempArchivePath, tempDir } from './helpers';

const SEED_TITLES = ['Meeting with President of Kyrgyzstan Sooronbay Jeenbekov', 'CSTO summit'];
const OTHER_PAGE = join(FIXTURES, 'kremlin_en_txt', '51436.txt');
const TOO_DEEP =
  /^The page nests its elements [\d,]+ deep \(more than 2,000; real pages nest fewer than 100\): it is not a transcript page Verbatim can read\.$/;

/** Every path the report mentions, with what happened to it. */
function outcomes(report: ImportReport): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of report.documents) out.set(d.path, 'document');
  for (const f of report.failed) out.set(f.path, `failed: ${f.error}`);
  for (const s of report.skipped) out.set(s.path, `skipped: ${s.reason}`);
  return out;
}

const kremlinPage = (inner: string): string =>
  `<html><head><title>Events</title></head><body><article class="read__in" id="event-1"><h1 class="entry-title">Deep page</h1><div class="entry-content">${inner}</div></article></body></html>`;

describe('deep nesting (item 4)', () => {
  it('refuses 5 MB of nested divs, in a generic page, a kremlin page and a zip, while the rest imports', { timeout: 10_000 }, async () => {
    const dir = tempDir();
    const deep = '<div>'.repeat(1_000_000); // 5 MB, a million deep
    writeFileSync(join(dir, 'deep.html'), `<html><body>${deep}</body></html>`);
    writeFileSync(join(dir, 'deep-kremlin.html'), kremlinPage(deep));
    writeFileSync(join(dir, 'pages.zip'), zipSync({ 'deep.htm': strToU8(`<html><body>${'<span>'.repeat(300_000)}`) }));
    copyFileSync(SEED, join(dir, 'seed.txt'));
    const archive = Archive.open(tempArchivePath());
    const report = await importPaths(archive, [dir]);
    const byPath = outcomes(report);
    for (const name of ['deep.html', 'deep-kremlin.html', 'pages.zip/deep.htm']) {
      expect(byPath.get(join(dir, name))).toMatch(/^failed: /);
      expect(byPath.get(join(dir, name))?.slice('failed: '.length)).toMatch(TOO_DEEP);
    }
    expect(byPath.get(join(dir, 'deep.html'))).toContain('1,000,002 deep');
    expect(report.documents.map((d) => d.title)).toEqual(SEED_TITLES);
    archive.close();
  });

  it('measures depth as htmlparser2 builds the tree: real pages are shallow, unclosed paragraphs and list items are not deep', () => {
    for (const id of ['62149', '62146', '51436']) {
      const page = readFileSync(join(FIXTURES, 'kremlin_en_html', `${id}.html`), 'utf8');
      expect(htmlDepth(page)).toBe(parsedDepth(page));
      expect(htmlDepth(page)).toBeLessThan(30);
    }
    expect(htmlDepth('<body>' + '<p>text'.repeat(10_000))).toBe(2);
    expect(htmlDepth('<ul>' + '<li>item'.repeat(10_000) + '</ul>')).toBe(2);
    expect(htmlDepth('<div><br><img src=x><hr></div>')).toBe(1);
    expect(htmlDepth('<div><span><b>x</div>' + '<div><span>y</div>'.repeat(5_000))).toBe(3);
    expect(htmlDepth(`<script>${'<div>'.repeat(5_000)}</script><div/><div/>`)).toBe(2);
    expect(htmlDepth(`<!-- ${'<div>'.repeat(5_000)} --><svg>${'<g/>'.repeat(5_000)}</svg>`)).toBe(2);
  });
});

/** How deep htmlparser2 nests a page's elements (void elements never hold others). */
function parsedDepth(html: string): number {
  const VOID = new Set([
    'area',
    'base',
    'basefont',
    'br',
    'col',
    'command',
    'embed',
    'frame',
    'hr',
    'img',
    'input',
    'isindex',
    'keygen',
    'link',
    'meta',
    'param',
    'source',
    'track',
    'wbr',
  ]);
  type Node = { name?: string; children?: Node[] };
  const walk = (nodes: Node[], depth: number): number =>
    nodes.reduce(
      (deepest, node) => (node.children && !VOID.has(node.name ?? '') ? Math.max(deepest, walk(node.children, depth + 1)) : deepest),
      depth,
    );
  return walk(parseDocument(html).children as Node[], 0);
}

// Tag soup that exercises the parser's rules: implied closes, void elements, raw text, <svg>/<math> and their camel-case names, comments, CDATA.
const TAG_SOUP = [
  '<div>',
  '</div>',
  '<DIV>',
  '<div/>',
  '<p>',
  '</p>',
  '<p/>',
  '</ p>',
  '<li>',
  '<ul>',
  '</ul>',
  '<dd>',
  '<dt>',
  '<table>',
  '<tr>',
  '<td>',
  '<tbody>',
  '<thead>',
  '<h1>',
  '</h1>',
  '<h2>',
  '<a>',
  '</a>',
  "<a href='x'/>",
  '<b>',
  '</b>',
  '<span>',
  '</span>',
  '<form>',
  '</form>',
  '<select>',
  '<option>',
  '<button>',
  '<input>',
  '<br>',
  '</br>',
  '<image>',
  '<script>',
  '</script>',
  '<SCRIPT>',
  '</SCRIPT >',
  '<style>',
  '</style>',
  '<title>',
  '</title>',
  '<textarea>',
  '</textarea>',
  '<xmp>',
  '</xmp>',
  '<iframe>',
  '</iframe>',
  '<noscript>',
  '<plaintext>',
  '<svg>',
  '</svg>',
  '<svg/>',
  '<g>',
  '</g>',
  '<g/>',
  '<clipPath>',
  '</clippath>',
  '<foreignObject>',
  '</foreignObject>',
  '<foreignobject>',
  '<desc>',
  '</desc>',
  '<math>',
  '</math>',
  '<mi>',
  '</mi>',
  '<mtext>',
  '<annotation-xml>',
  '<!-- ',
  ' -->',
  '<![CDATA[',
  ']]>',
  '<?x>',
  '<!doctype html>',
  '< div>',
  '<div\n>',
  '</>',
  'text',
  '<x:y>',
  '<a-b>',
];

describe('deep nesting: the pre-scan agrees with the parser', () => {
  it('measures the depth htmlparser2 builds, on random tag soup', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TAG_SOUP), { maxLength: 40 }), (tags) => {
        const html = tags.join('');
        expect(htmlDepth(html)).toBe(parsedDepth(html));
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('link loops (item 5)', () => {
  it('reads each real folder once and each real file once, reporting each loop once as skipped', { timeout: 10_000 }, async () => {
    const dir = tempDir();
    const outside = tempDir();
    copyFileSync(SEED, join(dir, 'seed.txt'));
    copyFileSync(OTHER_PAGE, join(outside, 'page.txt'));
    symlinkSync('.', join(dir, 's1'));
    symlinkSync('.', join(dir, 's2'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync('..', join(dir, 'sub', 'up'));
    symlinkSync(join(outside, 'page.txt'), join(dir, 'linked-page.txt'));
    symlinkSync(join(outside, 'page.txt'), join(dir, 'sub', 'again.txt'));
    const archive = Archive.open(tempArchivePath());
    const report = await importPaths(archive, [dir]);
    expect(report.documents.map((d) => d.path)).toEqual([join(dir, 'linked-page.txt'), join(dir, 'seed.txt'), join(dir, 'seed.txt')]);
    expect(report.imported).toBe(3);
    expect(report.failed).toEqual([]);
    expect(report.skipped).toEqual([
      { path: join(dir, 's1'), reason: LINK_LOOP_REASON },
      { path: join(dir, 's2'), reason: LINK_LOOP_REASON },
      {
        path: join(dir, 'sub', 'again.txt'),
        reason: `the same file as ${join(dir, 'linked-page.txt')} (reached through a link); imported once`,
      },
      { path: join(dir, 'sub', 'up'), reason: LINK_LOOP_REASON },
    ]);
    archive.close();
  });

  it('stops collecting at the file bound, saying where', async () => {
    const dir = tempDir();
    for (let i = 1; i <= 5; i++) writeFileSync(join(dir, `${i}.txt`), 'x');
    const collected = await collectFiles([dir], { maxFiles: 3 });
    expect(collected.files.map((f) => f.slice(dir.length + 1))).toEqual(['1.txt', '2.txt', '3.txt']);
    expect(collected.missing).toEqual([
      {
        path: join(dir, '4.txt'),
        error: expect.stringMatching(/^Not read: this import already holds 3 files, the most Verbatim imports at once\./),
      },
    ]);
  });

  it('cancel stops a folder walk', { timeout: 10_000 }, async () => {
    const dir = tempDir();
    for (let i = 0; i < 400; i++) {
      mkdirSync(join(dir, `f${i}`));
      writeFileSync(join(dir, `f${i}`, 'a.txt'), 'x');
    }
    // A signal that turns aborted once the walk has checked it 50 times: the walk must stop right there.
    let checks = 0;
    const signal = {
      get aborted() {
        checks += 1;
        return checks > 50;
      },
    } as AbortSignal;
    const collected = await collectFiles([dir], { signal });
    expect(collected.cancelled).toBe(true);
    expect(collected.files.length).toBeGreaterThan(0);
    expect(collected.files.length).toBeLessThan(50);
    expect(checks).toBe(51);
    const archive = Archive.open(tempArchivePath());
    const report = await importPaths(archive, [dir], { signal: AbortSignal.abort() });
    expect(report).toMatchObject({ cancelled: true, documents: [] });
    archive.close();
  });
});

/** Sets the uncompressed size (offset 24) or CRC-32 (offset 16) of every central directory entry. */
function patchCentralDirectory(zip: Uint8Array, field: 'size' | 'crc', value: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 46 <= out.length; at++) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + (field === 'size' ? 24 : 16), value, true);
  }
  return out;
}

describe('zip limits (item 7)', () => {
  it('refuses a zip bomb, an entry larger than it declares and a damaged entry, and lists every entry', { timeout: 10_000 }, async () => {
    const dir = tempDir();
    const seed = readFileSync(SEED);
    // 20 MB of one letter: about 1,000 times smaller packed.
    writeFileSync(join(dir, 'bomb.zip'), zipSync({ 'bomb.txt': new Uint8Array(20 * 1024 * 1024).fill(0x61), 'seed.txt': seed }));
    // Declares 200 B; unpacks to 50 MB.
    writeFileSync(
      join(dir, 'liar.zip'),
      patchCentralDirectory(zipSync({ 'liar.txt': new Uint8Array(50 * 1024 * 1024).fill(0x61) }), 'size', 200),
    );
    writeFileSync(join(dir, 'crc.zip'), patchCentralDirectory(zipSync({ 'page.txt': seed }), 'crc', 0x12345678));
    writeFileSync(
      join(dir, 'names.zip'),
      zipSync({
        '..\\..\\win.txt': readFileSync(OTHER_PAGE),
        '../../etc/evil.txt': strToU8('hello'),
        'C:\\Windows\\notes.md': new Uint8Array(),
        'photo.jpg': new Uint8Array([0xff, 0xd8, 0xff]),
      }),
    );
    copyFileSync(SEED, join(dir, 'seed.txt'));
    const archive = Archive.open(tempArchivePath());
    const started = Date.now();
    const report = await importPaths(archive, [dir]);
    const byPath = outcomes(report);
    expect(byPath.get(join(dir, 'bomb.zip', 'bomb.txt'))).toMatch(
      /^failed: This entry would unpack from \d+ KB to 20\.0 MB \([\d,]+ times larger\): Verbatim refuses entries that expand more than 200 times past 10\.0 MB as a likely zip bomb\./,
    );
    expect(byPath.get(join(dir, 'bomb.zip', 'seed.txt'))).toBe('document');
    expect(byPath.get(join(dir, 'liar.zip', 'liar.txt'))).toBe(
      "failed: The zip's directory says this entry holds 200 B, but it unpacks to more: the zip is damaged or made to mislead. The entry was not imported.",
    );
    expect(byPath.get(join(dir, 'crc.zip', 'page.txt'))).toMatch(
      /^failed: This entry of the zip file is damaged: its checksum \(CRC-32\) does not match/,
    );
    // Names that climb out of the zip are listed (made safe), never used as paths.
    expect(byPath.get(join(dir, 'names.zip', 'win.txt'))).toBe('document');
    expect(byPath.has(join(dir, 'names.zip', 'etc', 'evil.txt'))).toBe(true);
    expect(byPath.get(join(dir, 'names.zip', 'Windows', 'notes.md'))).toMatch(/^failed: /);
    expect(byPath.get(join(dir, 'names.zip', 'photo.jpg'))).toBe('skipped: not a transcript file type (.jpg)');
    expect(report.warnings).toContainEqual({
      path: join(dir, 'names.zip', 'win.txt'),
      message: expect.stringContaining('The zip names this entry “..\\..\\win.txt”, a path outside the zip'),
    });
    expect(report.documents.filter((d) => d.path === join(dir, 'seed.txt')).map((d) => d.title)).toEqual(SEED_TITLES);
    expect(Date.now() - started).toBeLessThan(10_000);
    archive.close();
  });

  it('cuts a document of too many turns to the bound and says so', { timeout: 10_000 }, async () => {
    const dir = tempDir();
    const turns = Array.from({ length: MAX_TURNS_PER_DOCUMENT + 5_000 }, (_, i) =>
      i % 2 ? `Q. Question number ${i}?` : `THE PRESIDENT: Answer number ${i}.`,
    );
    writeFileSync(join(dir, 'long-hearing.txt'), `# Long hearing\n\n${turns.join('\n\n')}\n`);
    copyFileSync(SEED, join(dir, 'seed.txt'));
    const archive = Archive.open(tempArchivePath());
    const report = await importPaths(archive, [dir]);
    const long = report.documents.find((d) => d.title === 'Long hearing');
    expect(long).toBeDefined();
    expect(archive.get(long?.id ?? -1)?.turns).toHaveLength(MAX_TURNS_PER_DOCUMENT);
    expect(report.warnings.map((w) => w.message)).toContainEqual(
      expect.stringContaining('The transcript has 25,000 speaker turns and 25,000 paragraphs; Verbatim keeps at most 20,000 turns'),
    );
    expect(report.documents.filter((d) => d.path === join(dir, 'seed.txt'))).toHaveLength(2);
    archive.close();
  });

  it('caps paragraphs inside one long turn too', () => {
    const doc = emptyDocument('One long turn');
    doc.turns = [{ speaker: null, paragraphs: Array.from({ length: 60_000 }, (_, i) => `Paragraph ${i}.`) }];
    capDocument(doc);
    expect(doc.turns[0].paragraphs).toHaveLength(50_000);
    expect(doc.warnings).toHaveLength(1);
  });
});

/** The import worker built from the current sources. */
const buildWorker = (): string => bundleEntry('main/importer/worker.ts');

/** An allowed but slow page: 1,990 deep (under the bound), then 600,000 spans; several seconds to read. */
function writeSlowPage(path: string): void {
  writeFileSync(path, `<html><body>${'<div>'.repeat(1_990)}${'<span>x</span>'.repeat(600_000)}</body></html>`);
}

/** The worker, and a folder of a good file, a slow page and another good file, for a fresh archive. */
function slowBatch(): { worker: string; dir: string; path: string } {
  const worker = buildWorker();
  const dir = tempDir();
  copyFileSync(SEED, join(dir, 'a-seed.txt'));
  writeSlowPage(join(dir, 'b-slow.html'));
  copyFileSync(OTHER_PAGE, join(dir, 'c-page.txt'));
  const path = tempArchivePath();
  Archive.open(path).close();
  return { worker, dir, path };
}

describe('cancel everywhere (item 6): the import worker watchdog', () => {
  it('stops a file that takes longer than the budget, reports it, and a new worker imports the rest', { timeout: 20_000 }, async () => {
    const { worker, dir, path } = slowBatch();
    const report = await importInWorker(worker, path, [dir], { fileBudgetMs: 500 });
    expect(report.failed).toEqual([{ path: join(dir, 'b-slow.html'), error: 'Reading this file took longer than 0.5 s; it was stopped.' }]);
    expect(report.documents.map((d) => d.path)).toEqual([join(dir, 'a-seed.txt'), join(dir, 'a-seed.txt'), join(dir, 'c-page.txt')]);
    expect(report.imported).toBe(3);
    expect(report.cancelled).toBe(false);
    const archive = Archive.open(path);
    expect(archive.count()).toBe(3);
    expect(archive.integrityCheck()).toBe('ok');
    archive.close();
  });

  it('a cancel during a slow file stops the worker within the grace and keeps what was committed', { timeout: 20_000 }, async () => {
    const { worker, dir, path } = slowBatch();
    const controller = new AbortController();
    let cancelledAt = 0;
    const report = await importInWorker(worker, path, [dir], {
      signal: controller.signal,
      cancelGraceMs: 500,
      onProgress: (p) => {
        if (p.currentFile?.endsWith('b-slow.html') && !cancelledAt) {
          cancelledAt = Date.now();
          controller.abort();
        }
      },
    });
    expect(Date.now() - cancelledAt).toBeLessThan(2_000);
    expect(report.cancelled).toBe(true);
    expect(report.failed).toEqual([
      { path: join(dir, 'b-slow.html'), error: 'The import was cancelled while this file was being read; it was not imported.' },
    ]);
    const archive = Archive.open(path);
    expect(archive.count()).toBe(report.documents.length);
    expect(report.documents.some((d) => d.path.endsWith('c-page.txt'))).toBe(false);
    expect(archive.integrityCheck()).toBe('ok');
    archive.close();
  });
});

describe('a batch of bad inputs', () => {
  it(
    'ends in bounded time and memory (peak under 500 MB), each bad input with its message, the good file imported',
    { timeout: 60_000 },
    async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'deep.html'), `<html><body>${'<div>'.repeat(1_000_000)}</body></html>`);
      writeFileSync(join(dir, 'deep-kremlin.html'), kremlinPage('<div>'.repeat(1_000_000)));
      symlinkSync('.', join(dir, 's1'));
      symlinkSync('.', join(dir, 's2'));
      // As in the issue: a small zip whose one entry of 61 MB would be a document of a million turns.
      const turns = strToU8('Q: Why?\n\nA: Yes.\n\n'.repeat(3_200_000));
      writeFileSync(join(dir, 'turns.zip'), zipSync({ 'turns.txt': turns }, { level: 9 }));
      writeFileSync(
        join(dir, 'liar.zip'),
        patchCentralDirectory(zipSync({ 'liar.txt': new Uint8Array(50 * 1024 * 1024).fill(0x61) }), 'size', 200),
      );
      writeFileSync(join(dir, 'names.zip'), zipSync({ '..\\..\\win.txt': readFileSync(OTHER_PAGE) }));
      copyFileSync(SEED, join(dir, 'seed.txt'));
      const script = bundleSource(
        'bad-batch',
        `
        import { Archive } from './main/archive/archive';
        import { importPaths } from './main/importer/importer';
        const [archivePath, ...paths] = process.argv.slice(2);
        const archive = Archive.open(archivePath);
        importPaths(archive, paths).then((report) => {
          archive.close();
          process.stdout.write(JSON.stringify({ report, peakMegabytes: process.resourceUsage().maxRSS / 1024 }));
        });`,
      );
      const started = Date.now();
      const run = spawnSync(process.execPath, [script, tempArchivePath(), dir], {
        encoding: 'utf8',
        timeout: 50_000,
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(run.status, run.stderr).toBe(0);
      const { report, peakMegabytes } = JSON.parse(run.stdout) as { report: ImportReport; peakMegabytes: number };
      expect(Date.now() - started).toBeLessThan(30_000);
      expect(peakMegabytes).toBeLessThan(500);
      const byPath = outcomes(report);
      expect(byPath.get(join(dir, 'deep.html'))).toMatch(/^failed: The page nests its elements/);
      expect(byPath.get(join(dir, 'deep-kremlin.html'))).toMatch(/^failed: The page nests its elements/);
      expect(byPath.get(join(dir, 's1'))).toBe(`skipped: ${LINK_LOOP_REASON}`);
      expect(byPath.get(join(dir, 's2'))).toBe(`skipped: ${LINK_LOOP_REASON}`);
      expect(byPath.get(join(dir, 'turns.zip', 'turns.txt'))).toMatch(/^failed: This entry would unpack from .* as a likely zip bomb/);
      expect(byPath.get(join(dir, 'liar.zip', 'liar.txt'))).toMatch(
        /^failed: The zip's directory says this entry holds 200 B, but it unpacks to more/,
      );
      expect(byPath.get(join(dir, 'names.zip', 'win.txt'))).toBe('document');
      expect(report.documents.filter((d) => d.path === join(dir, 'seed.txt')).map((d) => d.title)).toEqual(SEED_TITLES);
    },
  );
});
