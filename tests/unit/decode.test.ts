/**
 * decodeBytes / looksBinary on real transcript text re-encoded in the test.
 * Sources: en.kremlin.ru and kremlin.ru (CC BY 4.0); see tests/fixtures/README.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, looksBinary } from '../../main/import/decode';

const FIXTURES = join(__dirname, '..', 'fixtures');
const readText = (rel: string): string => readFileSync(join(FIXTURES, rel), 'utf8').replace(/^\ufeff/, '');

/** Russian: the first data rows of the kremlin.ru CSV sample (title, date, place, summary). */
const russian = readText('kremlin_ru_csv/kremlin_articles_ru.sample.csv').split('\n').slice(1, 4).join('\n');
/** English page text of en.kremlin.ru 62149 as a browser copies it. */
const english = readText('kremlin_en_txt/62149.txt');
/** 47104 has curly quotes and "Communiqué"; one line with a non-breaking hyphen (U+2011, not in windows-1252) is left out. */
const latin = readText('kremlin_en_txt/47104.txt')
  .split('\n')
  .filter((line) => !line.includes('\u2011'))
  .join('\n');

function bytesOf(text: string, encoding: string): Uint8Array {
  return new Uint8Array(iconv.encode(text, encoding));
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

describe('decodeBytes', () => {
  it('fixtures hold what the tests rely on', () => {
    expect(russian).toMatch(/Объявлены лауреаты премии Президента/);
    expect(english).toMatch(/Sooronbay Jeenbekov/);
    expect(latin).toContain('Communiqué');
    expect(latin).toMatch(/[“”’]/);
    // every character of the Latin sample exists in windows-1252
    expect(iconv.decode(iconv.encode(latin, 'windows-1252'), 'windows-1252')).toBe(latin);
  });

  it('reads UTF-8 without BOM', () => {
    const r = decodeBytes(bytesOf(english, 'utf8'));
    expect(r).toEqual({ text: english, encoding: 'utf-8', warnings: [] });
  });

  it('reads UTF-8 with BOM and drops the BOM', () => {
    const r = decodeBytes(concat(new Uint8Array([0xef, 0xbb, 0xbf]), bytesOf(russian, 'utf8')));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(russian);
    expect(r.warnings).toEqual([]);
  });

  it('reads the real CSV file, which starts with a BOM', () => {
    const raw = new Uint8Array(readFileSync(join(FIXTURES, 'kremlin_ru_csv/kremlin_articles_ru.sample.csv')));
    const r = decodeBytes(raw);
    expect(r.encoding).toBe('utf-8');
    expect(r.text.startsWith('title,date,raw_date')).toBe(true);
  });

  it('keeps pure ASCII as UTF-8', () => {
    const r = decodeBytes(bytesOf('Vladimir Putin: Good afternoon.\n', 'utf8'));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe('Vladimir Putin: Good afternoon.\n');
  });

  it.each([
    ['utf-16le', 'utf16-le'],
    ['utf-16be', 'utf16-be'],
  ])('reads %s with a BOM', (label, enc) => {
    const bom = label === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
    const r = decodeBytes(concat(new Uint8Array(bom), bytesOf(english, enc)));
    expect(r).toEqual({ text: english, encoding: label, warnings: [] });
  });

  it.each([
    ['utf-16le', 'utf16-le', english],
    ['utf-16be', 'utf16-be', english],
    ['utf-16le', 'utf16-le', russian],
    ['utf-16be', 'utf16-be', russian],
  ])('detects BOM-less %s by its NUL pattern', (label, enc, text) => {
    const r = decodeBytes(bytesOf(text, enc));
    expect(r.encoding).toBe(label);
    expect(r.text).toBe(text);
  });

  it('drops a dangling odd byte of UTF-16 with a warning', () => {
    const r = decodeBytes(concat(new Uint8Array([0xff, 0xfe]), bytesOf('Question: Thank you.', 'utf16-le'), new Uint8Array([0x41])));
    expect(r.text).toBe('Question: Thank you.');
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/odd number of bytes/);
  });

  it('detects Russian in windows-1251, saying it was a guess', () => {
    const r = decodeBytes(bytesOf(russian, 'windows-1251'));
    expect(r.encoding).toBe('windows-1251');
    expect(r.text).toBe(russian);
    expect(r.warnings).toEqual([
      'The file is not UTF-8: it was read as Windows-1251, a guess from its bytes. If letters look wrong, save the file as UTF-8 and import it again.',
    ]);
  });

  it('detects a short Russian line in windows-1251', () => {
    const line = 'Объявлены лауреаты премии Президента в области науки и инноваций для молодых учёных за 2024 год';
    const r = decodeBytes(bytesOf(line, 'windows-1251'));
    expect(r.encoding).toBe('windows-1251');
    expect(r.text).toBe(line);
  });

  it('detects Russian in KOI8-R', () => {
    const r = decodeBytes(bytesOf(russian, 'koi8-r'));
    expect(r.encoding).toBe('koi8-r');
    // KOI8-R has no guillemets or dashes: compare with what it can hold
    expect(r.text).toBe(iconv.decode(iconv.encode(russian, 'koi8-r'), 'koi8-r'));
    expect(r.text).toContain('Объявлены лауреаты премии Президента');
  });

  it('detects English with curly quotes and é in windows-1252', () => {
    const r = decodeBytes(bytesOf(latin, 'windows-1252'));
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toBe(latin);
    expect(r.text).toContain('Geneva Communiqué of June 30, 2012');
  });

  it('detects one windows-1252 line with curly quotes', () => {
    const line = 'He said: “We welcome the Geneva Communiqué” – and that’s all.';
    const r = decodeBytes(bytesOf(line, 'windows-1252'));
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toBe(line);
  });

  it('keeps a mostly-UTF-8 file with one invalid byte as UTF-8, replacing the byte', () => {
    const good = bytesOf(latin, 'utf8');
    const cut = good.indexOf(0x0a) + 1; // after the first line
    const broken = concat(good.subarray(0, cut), new Uint8Array([0xe9]), good.subarray(cut));
    const r = decodeBytes(broken);
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(latin.slice(0, latin.indexOf('\n') + 1) + '\ufffd' + latin.slice(latin.indexOf('\n') + 1));
    expect(r.warnings).toEqual([`1 invalid UTF-8 byte replaced at byte offset ${cut}`]);
  });

  it('counts offsets from the start of the file when a BOM precedes an invalid byte', () => {
    const body = bytesOf('Vladimir Putin: ‘locomotive’ ', 'utf8');
    const bytes = concat(new Uint8Array([0xef, 0xbb, 0xbf]), body, new Uint8Array([0x80]), bytesOf(' end', 'utf8'));
    const r = decodeBytes(bytes);
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe('Vladimir Putin: ‘locomotive’ \ufffd end');
    expect(r.warnings).toEqual([`1 invalid UTF-8 byte replaced at byte offset ${3 + body.length}`]);
  });

  it('reports several invalid bytes in a Russian UTF-8 file', () => {
    const good = bytesOf(russian, 'utf8');
    const a = Buffer.byteLength('Объявлены');
    const b = Buffer.byteLength('Объявлены лауреаты');
    const broken = concat(good.subarray(0, a), new Uint8Array([0xff]), good.subarray(a, b), new Uint8Array([0xfe]), good.subarray(b));
    const r = decodeBytes(broken);
    expect(r.encoding).toBe('utf-8');
    expect(r.warnings).toEqual([`2 invalid UTF-8 bytes replaced at byte offsets ${a}, ${b + 1}`]);
    expect(r.text.startsWith('Объявлены\ufffd лауреаты\ufffd премии')).toBe(true);
    expect(r.text.match(/\ufffd/g)).toHaveLength(2);
  });

  it('reads every text and HTML fixture as UTF-8 without warnings, and none looks binary', () => {
    for (const dir of ['kremlin_en_txt', 'kremlin_en_html', 'miller_center_txt', 'kremlin_ru_csv', 'seed']) {
      for (const name of readdirSync(join(FIXTURES, dir)).filter((f) => /\.(txt|html|csv)$/.test(f))) {
        const bytes = new Uint8Array(readFileSync(join(FIXTURES, dir, name)));
        const r = decodeBytes(bytes);
        expect([name, r.encoding, r.warnings]).toEqual([name, 'utf-8', []]);
        expect([name, looksBinary(bytes)]).toEqual([name, false]);
      }
    }
  });

  it('returns empty text for empty input', () => {
    expect(decodeBytes(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8', warnings: [] });
  });

  it('never throws on random bytes', () => {
    let seed = 12345;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed >>> 16;
    };
    for (let n = 0; n < 200; n++) {
      const bytes = new Uint8Array(next() % 3000);
      for (let i = 0; i < bytes.length; i++) bytes[i] = next() & 0xff;
      const r = decodeBytes(bytes);
      expect(typeof r.text).toBe('string');
      expect(typeof r.encoding).toBe('string');
      expect(() => looksBinary(bytes)).not.toThrow();
    }
  });
});

describe('looksBinary', () => {
  it('says text is text in every encoding above', () => {
    expect(looksBinary(bytesOf(english, 'utf8'))).toBe(false);
    expect(looksBinary(bytesOf(russian, 'windows-1251'))).toBe(false);
    expect(looksBinary(bytesOf(latin, 'windows-1252'))).toBe(false);
    expect(looksBinary(bytesOf(english, 'utf16-le'))).toBe(false);
    expect(looksBinary(bytesOf(russian, 'utf16-be'))).toBe(false);
    expect(looksBinary(concat(new Uint8Array([0xff, 0xfe]), bytesOf(english, 'utf16-le')))).toBe(false);
    expect(looksBinary(new Uint8Array(readFileSync(join(FIXTURES, 'kremlin_en_txt/crlf_bom_51436.txt'))))).toBe(false);
    expect(looksBinary(new Uint8Array(readFileSync(join(FIXTURES, 'kremlin_en_html/62149.html'))))).toBe(false);
    expect(looksBinary(new Uint8Array(0))).toBe(false);
  });

  it('recognises PDF, PNG, JPEG, ZIP and gzip signatures', () => {
    const tail = bytesOf(' some text after the signature', 'utf8');
    for (const sig of [
      [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34],
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      [0xff, 0xd8, 0xff, 0xe0],
      [0x50, 0x4b, 0x03, 0x04],
      [0x1f, 0x8b, 0x08],
    ]) {
      expect(looksBinary(concat(new Uint8Array(sig), tail))).toBe(true);
    }
  });

  it('recognises NULs and control bytes in a file that is not UTF-16', () => {
    const text = bytesOf(english.slice(0, 400), 'utf8');
    expect(looksBinary(concat(text, new Uint8Array([0, 1, 2, 0, 3, 0]), text))).toBe(true);
    const controls = new Uint8Array(1000).map((_, i) => (i % 4 === 0 ? 0x02 : 0x41));
    expect(looksBinary(controls)).toBe(true);
  });

  it('says random bytes are binary', () => {
    const bytes = new Uint8Array(4096);
    let seed = 7;
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      bytes[i] = seed >>> 23;
    }
    expect(looksBinary(bytes)).toBe(true);
  });
});
