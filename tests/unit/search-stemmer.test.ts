// The English stemmer (porter2) must give the stems snowball-stemmers gave: archives indexed
// with those stems must keep matching the words searched, highlighted and compared now.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stem } from 'porter2';
import { newStemmer } from 'snowball-stemmers';
import { describe, expect, it } from 'vitest';
import { foldWord } from '../../main/search/text';
import { COMPARE_WORD, INDEX_WORD } from '../../shared/text';

const snowball = newStemmer('english');
const FIXTURES = join(__dirname, '..', 'fixtures');

/** Every word of the fixtures' transcripts, folded as the index and Compare fold them before stemming. */
function fixtureWords(): string[] {
  const words = new Set<string>();
  for (const folder of ['kremlin_en_txt', 'kremlin_en_html', 'miller_center_txt']) {
    for (const entry of readdirSync(join(FIXTURES, folder), { withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const name = entry.name;
      const text = readFileSync(join(FIXTURES, folder, name), 'utf8');
      for (const source of [INDEX_WORD, COMPARE_WORD]) {
        for (const m of text.matchAll(new RegExp(source, 'gu'))) words.add(foldWord(m[0]).replace(/'s$/, ''));
      }
    }
  }
  return [...words].filter((w) => !/[\u0400-\u04ff]/.test(w));
}

/** Seeded strings built to reach the algorithm's corners: apostrophes, hyphens, digits, letters outside a–z, its exceptions and suffixes. */
function corners(n: number): string[] {
  const letters = "abcdefghijklmnopqrstuvwxyzaeiouyyysseedlying'’-0123ßøłæœđαβ中éü";
  const suffixes = [
    '',
    's',
    "'s",
    'ing',
    'ed',
    'ly',
    'ness',
    'ational',
    'ization',
    'fulness',
    'ies',
    'eed',
    'edly',
    'ingly',
    'ous',
    'ive',
    'ement',
    "s'",
    "'",
    'y',
    'e',
    'li',
    'abli',
    'entli',
  ];
  let seed = 7;
  const next = (k: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * k);
  };
  const out = [
    '',
    "'",
    'y',
    'dying',
    'skies',
    'news',
    'gently',
    'early',
    'only',
    'commune',
    'communities',
    'generously',
    "o'clock",
    "putin's",
  ];
  for (let i = 0; i < n; i++) {
    let word = '';
    for (let k = 1 + next(10); k > 0; k--) word += letters[next(letters.length)];
    out.push(word + suffixes[next(suffixes.length)]);
  }
  return out;
}

describe('English stemmer', () => {
  it('stems every word of the fixtures as Snowball does', () => {
    const words = fixtureWords();
    expect(words.length).toBeGreaterThan(5000);
    const differ = words.filter((w) => stem(w) !== snowball.stem(w));
    expect(differ).toEqual([]);
  });

  it('stems the algorithm’s corner cases as Snowball does', () => {
    const differ = corners(50_000).filter((w) => stem(w) !== snowball.stem(w));
    expect(differ).toEqual([]);
  });
});
