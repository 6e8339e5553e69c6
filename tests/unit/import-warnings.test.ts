/**
 * Nothing about an import is silent (issue 9, items 8 and 9): a file's warnings reach the
 * report (with its path) and the document they concern; a guessed encoding says so; bytes
 * that are not text, and files with no transcript text, are refused with a reason instead
 * of becoming junk documents. Every input is real text (tests/fixtures, CC BY 4.0 /
 * public domain; see tests/fixtures/README.md) damaged or re-encoded the way files are,
 * or random bytes from a fixed seed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { decodeBytes, NOT_TEXT } from '../../main/import/decode';
import { NO_TRANSCRIPT_TEXT, parseFile } from '../../main/import/detect';
import { importPaths } from '../../main/importer/importer';
import type { ImportReport } from '../../shared/contract/api';
import { FIXTURES, SEED, tempArchivePath, tempDir } from './helpers';

const read = (rel: string): string => readFileSync(join(FIXTURES, rel), 'utf8');
/** Lines 11-13 of en.kremlin.ru 62149: three one-line paragraphs of the meeting's transcript. */
const [p1, p2, p3] = read('kremlin_en_txt/62149.txt').split('\n').slice(10, 13);
/** A Miller Center press conference: pure ASCII. */
const PRESS = read('miller_center_txt/1964-02-01-press-conference.txt');

/** Same generator as decode.test.ts: reproducible "random" bytes. */
function randomBytes(seed: number, length: number, map = (b: number): number => b): Uint8Array {
  let state = seed;
  return Uint8Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return map((state >>> 16) & 0xff);
  });
}

async function importFiles(
  files: Record<string, string | Uint8Array>,
): Promise<{ report: ImportReport; archive: Archive; paths: Record<string, string> }> {
  const dir = tempDir();
  const paths: Record<string, string> = {};
  for (const [name, content] of Object.entries(files)) {
    paths[name] = join(dir, name);
    writeFileSync(paths[name], content);
  }
  const archive = Archive.open(tempArchivePath());
  // The seed file goes along each time: the rest of the batch must import whatever the bad file does.
  const report = await importPaths(archive, [...Object.values(paths), SEED]);
  expect(report.documents.filter((d) => d.path === SEED)).toHaveLength(2);
  return { report, archive, paths };
}

describe('file warnings reach the report and the document', () => {
  it('a CSV with broken quoting: the merged row says so, in the report and on its document', async () => {
    // Row 1's text opens a quote that is never closed, so rows 2 and 3 are read into it.
    const csv = [
      'title,date,text',
      `Meeting with President of Kyrgyzstan Sooronbay Jeenbekov,2019-11-28,"${p1}`,
      `Russian-Kyrgyz talks,2019-11-28,${p2}`,
      `CSTO summit,2019-11-28,${p3}`,
      '',
    ].join('\n');
    const { report, archive, paths } = await importFiles({ 'meetings.csv': csv });
    const docs = report.documents.filter((d) => d.path === paths['meetings.csv']);
    expect(docs).toHaveLength(1);
    const message = 'CSV: row 1 (line 2) has a quote that is never closed; the rest of the file was read into that row';
    expect(report.warnings).toContainEqual({
      path: paths['meetings.csv'],
      message: `Meeting with President of Kyrgyzstan Sooronbay Jeenbekov: ${message}`,
    });
    // Reported once, with the document, not again as a file warning.
    expect(report.warnings.filter((w) => w.message.endsWith(message))).toHaveLength(1);
    expect(archive.get(docs[0].id)?.warnings).toContain(message);
    archive.close();
  });

  it('a JSON Lines line that is not JSON: a file warning with the path', async () => {
    const good = (title: string, text: string): string => JSON.stringify({ title, date: '2019-11-28', text });
    const jsonl = [
      good('Meeting with President of Kyrgyzstan Sooronbay Jeenbekov', p1),
      '{"title": "Russian-Kyrgyz talks", "text": ',
      good('CSTO summit', p3),
      '',
    ].join('\n');
    const { report, paths } = await importFiles({ 'meetings.jsonl': jsonl });
    expect(report.documents.filter((d) => d.path === paths['meetings.jsonl'])).toHaveLength(2);
    expect(report.warnings).toContainEqual({
      path: paths['meetings.jsonl'],
      message: 'JSON Lines: line 2 is not valid JSON; it was skipped',
    });
  });

  it('a mostly-ASCII file with a few damaged bytes stays UTF-8, with the bytes replaced and named', async () => {
    // Three apostrophes written as UTF-8 ’ (E2 80 99) that lost their last byte: E2 80 is left.
    const ascii = Buffer.from(PRESS, 'utf8');
    const at = [...PRESS.matchAll(/Nation's|General's|year's/g)].map((m) => (m.index ?? 0) + m[0].indexOf("'"));
    expect(at).toHaveLength(3);
    const parts: Buffer[] = [];
    let from = 0;
    for (const i of at) {
      parts.push(ascii.subarray(from, i), Buffer.from([0xe2, 0x80]));
      from = i + 1;
    }
    parts.push(ascii.subarray(from));
    const bytes = Buffer.concat(parts);
    const offsets = at.map((i, n) => i + n); // each damaged apostrophe is one byte longer than the ASCII one
    const expected = `6 invalid UTF-8 bytes replaced at byte offsets ${offsets.join(', ')}`;

    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.warnings).toEqual([expected]);
    expect(decoded.text).toContain('this Nation\ufffds determination');
    expect(decoded.text).not.toContain('â€'); // not the Windows-1252 mojibake

    const { report, archive, paths } = await importFiles({ '1964-02-01-press-conference.txt': bytes });
    const [doc] = report.documents.filter((d) => d.path === paths['1964-02-01-press-conference.txt']);
    expect(report.warnings).toContainEqual({ path: paths['1964-02-01-press-conference.txt'], message: `Press conference: ${expected}` });
    expect(archive.get(doc.id)?.warnings).toContain(expected);
    archive.close();
  });

  it('a real transcript saved as Windows-1252 is read as such, and the guess is a warning', async () => {
    // en.kremlin.ru 47104 has curly quotes and "Communiqué"; its one line with U+2011 (not in windows-1252) is left out.
    const text = read('kremlin_en_txt/47104.txt')
      .split('\n')
      .filter((line) => !line.includes('\u2011'))
      .join('\n');
    const bytes = iconv.encode(text, 'windows-1252');
    const fromUtf8 = parseFile('47104.txt', Buffer.from(text, 'utf8'));
    const { report, archive, paths } = await importFiles({ '47104.txt': bytes });
    const [doc] = report.documents.filter((d) => d.path === paths['47104.txt']);
    const warning =
      'The file is not UTF-8: it was read as Windows-1252, a guess from its bytes. If letters look wrong, save the file as UTF-8 and import it again.';
    expect(report.warnings).toContainEqual({ path: paths['47104.txt'], message: `${doc.title}: ${warning}` });
    const stored = archive.get(doc.id);
    expect(stored?.warnings).toEqual([warning]);
    // The same document as from the UTF-8 file: every letter and quotation mark read right.
    if (fromUtf8.kind !== 'documents') throw new Error('the UTF-8 fixture must parse');
    expect(doc.title).toBe(fromUtf8.documents[0].title);
    expect(parseFile('47104.txt', bytes)).toMatchObject({ kind: 'documents', documents: [{ turns: fromUtf8.documents[0].turns }] });
    expect(JSON.stringify(fromUtf8.documents[0].turns)).toContain('Geneva Communiqué');
    archive.close();
  });

  it('a Russian CSV saved as Windows-1251: one warning for the file, not one per row', async () => {
    const csv = read('kremlin_ru_csv/kremlin_articles_ru.sample.csv').replace(/^\ufeff/, '');
    const { report, paths } = await importFiles({ 'kremlin_articles_ru.csv': iconv.encode(csv, 'windows-1251') });
    const path = paths['kremlin_articles_ru.csv'];
    expect(report.documents.filter((d) => d.path === path)).toHaveLength(25);
    expect(report.documents.map((d) => d.title)).toContain(
      'Объявлены лауреаты премии Президента в области науки и инноваций для молодых учёных за 2024 год',
    );
    const guessed = report.warnings.filter((w) => w.path === path && w.message.includes('Windows-1251'));
    expect(guessed).toEqual([
      {
        path,
        message:
          'The file is not UTF-8: it was read as Windows-1251, a guess from its bytes. If letters look wrong, save the file as UTF-8 and import it again.',
      },
    ]);
  });
});

describe('no junk documents', () => {
  it('a 6-byte "hello" file is skipped: no transcript text', async () => {
    const { report, paths } = await importFiles({ 'hello.txt': 'hello\n' });
    expect(report.documents.filter((d) => d.path === paths['hello.txt'])).toEqual([]);
    expect(report.skipped).toContainEqual({ path: paths['hello.txt'], reason: NO_TRANSCRIPT_TEXT });
    expect(NO_TRANSCRIPT_TEXT).toBe('no transcript text was found in the file');
  });

  it('a text file holding only a title line is skipped, an HTML page with no readable text too', async () => {
    const { report, paths } = await importFiles({
      'title-only.txt': 'Meeting with President of Kyrgyzstan Sooronbay Jeenbekov\n\n',
      'empty-page.html':
        '<!doctype html><html><head><title>Meeting with President of Kyrgyzstan</title></head><body><nav><a href="/">Home</a></nav></body></html>',
    });
    expect(report.skipped).toContainEqual({ path: paths['title-only.txt'], reason: NO_TRANSCRIPT_TEXT });
    expect(report.skipped).toContainEqual({
      path: paths['empty-page.html'],
      reason: expect.stringMatching(/without transcript text|no transcript text/),
    });
    expect(report.documents.filter((d) => d.path !== SEED)).toEqual([]);
  });

  it('11 random bytes are refused, not read as UTF-16', async () => {
    const bytes = randomBytes(20261126, 11);
    const { report, paths } = await importFiles({ 'garbage.txt': bytes });
    expect(report.documents.filter((d) => d.path === paths['garbage.txt'])).toEqual([]);
    expect(report.failed).toContainEqual({
      path: paths['garbage.txt'],
      error: 'The file holds binary data, not text: it is not a transcript Verbatim can read.',
    });
    // Whatever the binary check says, the decoder on its own refuses them too.
    expect(decodeBytes(bytes)).toMatchObject({ text: '', error: NOT_TEXT });
  });

  it('11 random bytes with a UTF-16 byte order mark are refused', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...randomBytes(7, 9, (b) => b | 0x80)]);
    const { report, paths } = await importFiles({ 'garbage-utf16.txt': bytes });
    expect(report.failed).toContainEqual({ path: paths['garbage-utf16.txt'], error: NOT_TEXT });
  });

  it('20 KB of random high bytes are refused, not read as Cyrillic gibberish', async () => {
    const bytes = randomBytes(42, 20 * 1024, (b) => b | 0x80);
    const { report, paths } = await importFiles({ 'noise.txt': bytes });
    expect(report.documents.filter((d) => d.path === paths['noise.txt'])).toEqual([]);
    expect(report.failed).toContainEqual({ path: paths['noise.txt'], error: NOT_TEXT });
    expect(NOT_TEXT).toBe(
      "The file's bytes do not read as text in any encoding Verbatim knows (UTF-8, UTF-16, Windows-1251/1252); it may be binary or damaged.",
    );
  });

  it('random bytes of any length are never a document (300 seeds)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const bytes = randomBytes(seed, 16 + ((seed * 97) % 4000), seed % 2 ? (b) => b | 0x80 : (b) => b);
      const outcome = parseFile('noise.txt', bytes);
      expect([seed, outcome.kind]).toEqual([seed, 'failed']);
    }
  });
});

describe('a dataset URL that is not a web address', () => {
  it('is left out of the document with a warning, and the row still imports', async () => {
    const rows = [
      { title: 'Talks in Bishkek', date: '2019-11-27', url: 'javascript:alert(1)', text: `${p1}\n\n${p2}` },
      { title: 'A statement after the summit', date: '2019-11-27', url: 'http://en.kremlin.ru/events/president/news/1', text: p3 },
    ];
    const { report, archive, paths } = await importFiles({ 'rows.jsonl': rows.map((r) => JSON.stringify(r)).join('\n') });
    const docs = report.documents.filter((d) => d.path === paths['rows.jsonl']);
    expect(docs.map((d) => d.status)).toEqual(['imported', 'imported']);
    expect(report.warnings).toEqual([
      {
        path: expect.stringMatching(/rows\.jsonl$/),
        message: expect.stringContaining('The URL “javascript:alert(1)” was left out: only http and https links are kept'),
      },
    ]);
    expect(docs.map((d) => archive.get(d.id)?.url)).toEqual([null, 'http://en.kremlin.ru/events/president/news/1']);
    archive.close();
  });
});
