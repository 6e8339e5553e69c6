/**
 * Highlighting a long turn tokenizes only the words that can begin a match (quickFind); it must
 * mark exactly what tokenizing the whole text marks (fullFind), on the dev sample's real turns,
 * for words whose stem does not begin as they do ("dying" -> "die") and for words beginning with
 * a letter with a diacritic, in any case and script. Flattening a text's whitespace by its newlines
 * gives what the regular expression gives.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileText } from '../../main/search/compile';
import { findMatches, flatten, fullFind, makeSnippet, quickFind } from '../../main/search/highlight';
import { parseKremlinHtml } from '../../main/import/kremlin-html';
import { parseQuery } from '../../main/search/query';
import { FIXTURES } from './helpers';

const patternsOf = (query: string) => {
  const parsed = parseQuery(query);
  if (!parsed.ok) throw new Error(parsed.error);
  const compiled = compileText(parsed.query.text, () => []);
  if (!compiled.ok) throw new Error(compiled.error);
  return compiled.text.patterns;
};

const sorted = (ranges: { start: number; end: number }[]) => [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);

describe('highlighting long texts', () => {
  const folder = join(FIXTURES, 'kremlin_en_html');
  const texts = readdirSync(folder)
    .filter((f) => f.endsWith('.html'))
    .flatMap((f) => {
      const outcome = parseKremlinHtml(readFileSync(join(folder, f), 'utf8'));
      return outcome.kind === 'documents' ? outcome.documents.flatMap((d) => d.turns.map((t) => t.paragraphs.join('\n\n'))) : [];
    })
    .filter((t) => t.length > 300);

  it('marks what tokenizing the whole text marks', () => {
    expect(texts.length).toBeGreaterThan(50);
    for (const query of [
      'the',
      'russia',
      'negotiat*',
      'economy',
      '"energy security"',
      'gas prices',
      "o'clock",
      'die',
      'lying',
      'NEAR(gas price, 5)',
      'year 2019',
      'Jeenbekov OR Lukashenko',
    ]) {
      const patterns = patternsOf(query);
      for (const text of texts)
        expect(sorted(quickFind(text, patterns)), `${query}: ${text.slice(0, 60)}`).toEqual(sorted(fullFind(text, patterns)));
    }
  });

  it('finds the forms whose stems begin otherwise', () => {
    const text = `${'Words that only fill the room before the forms we look for. '.repeat(8)}They were dying, lying and tying knots at five o’clock.`;
    for (const [query, word] of [
      ['die', 'dying'],
      ['lie', 'lying'],
      ['tie', 'tying'],
      ["o'clock", 'o’clock'],
    ]) {
      const found = findMatches(text, patternsOf(query)).map((r) => text.slice(r.start, r.end));
      expect(found, query).toContain(word);
    }
    expect(makeSnippet(text, patternsOf('dying')).text).toContain('dying');
  });

  it('finds words that begin with a letter with a diacritic by the plain letter, in any case', () => {
    const filler = 'Words that only fill the room before the names we look for. '.repeat(8);
    // É folds to e letter for letter; İ grows when lower-cased and Ĳ folds to two letters: then the text is read whole.
    for (const [text, query, word] of [
      [`${filler}They met at the ÉLYSÉE Palace and at the Élysée again.`, 'elysee', 'Élysée'],
      [`${filler}The talks in Ёлки went on.`, 'елки', 'Ёлки'],
      [`${filler}From İstanbul to the office of Erdoğan.`, 'erdogan', 'Erdoğan'],
      [`${filler}Along the Ĳssel and the ĳssel.`, 'ijssel', 'Ĳssel'],
    ]) {
      const patterns = patternsOf(query);
      const found = findMatches(text, patterns).map((r) => text.slice(r.start, r.end));
      expect(found, query).toContain(word);
      expect(sorted(quickFind(text, patterns)), query).toEqual(sorted(fullFind(text, patterns)));
    }
  });
});

describe('highlighting texts in any case and script', () => {
  const words = [
    'Gas',
    'GAS',
    'gas',
    'Élysée',
    'ÉLYSÉE',
    'Ёлки',
    'ЁЛКИ',
    'елки',
    'Газ',
    'ГАЗ',
    'İstanbul',
    'Ĳssel',
    'ǅemal',
    'µ',
    'Kelvin',
    '\u212aelvin',
    'ſanctions',
    'Sanctions',
  ];
  const filler = 'Words that only fill the room. '.repeat(5);
  it('marks what tokenizing the whole text marks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words, 'and', 'the'), { minLength: 1, maxLength: 12 }),
        fc.constantFrom(...words),
        (text, query) => {
          const whole = filler + text.join(' ');
          const patterns = patternsOf(query.replace(/[^\p{L}]/gu, '') || 'gas');
          expect(sorted(quickFind(whole, patterns)), `${query}: ${whole}`).toEqual(sorted(fullFind(whole, patterns)));
        },
      ),
      { numRuns: 400, seed: 3 },
    );
  });
});

describe('highlighting a word that the scan finds inside other words', () => {
  // The scan finds a word's beginning anywhere: inside a word ("gas" in "Degas"), after a digit,
  // a mark or an apostrophe ("gas's", "1990's", "rock'2020"). Only the words that tokenizing the
  // whole text finds may be marked. (Not a word that begins with a combining mark, which no turn
  // of the real archive holds: the scan does not find it.)
  const pieces = [
    'gas',
    'Degas',
    "gas's",
    'gas4',
    '4gas',
    'Mégas',
    'Me\u0301gas',
    'é',
    'газ',
    'Агаз',
    'x',
    '2020',
    "rock'2020",
    "1990's",
    '𝐀gas',
    "'",
  ];
  const joints = [' ', "'", '’', '-', '.', '_', '', ' ’', "s'"];
  const filler = 'Words that only fill the room. '.repeat(5);
  it('marks what tokenizing the whole text marks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...joints)), { minLength: 1, maxLength: 12 }),
        fc.constantFrom('gas', 'газ', '"gas gas"', '2020', 'rock', '"rock 2020"'),
        (parts, query) => {
          const whole = filler + parts.map(([word, joint]) => word + joint).join('');
          const patterns = patternsOf(query);
          expect(sorted(quickFind(whole, patterns)), `${query}: ${whole}`).toEqual(sorted(fullFind(whole, patterns)));
        },
      ),
      { numRuns: 1000, seed: 7 },
    );
  });
});

describe('flattening whitespace', () => {
  const SPACES = /[^\S ]\s*| \s+/g;
  it('gives one space for every run but a lone space, as the regular expression does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'bc', ' ', '\n', '\t', '\r', '\u00a0', '\u2028', '  '), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(flatten(text), JSON.stringify(text)).toBe(text.replace(SPACES, ' '));
      }),
      { numRuns: 2000, seed: 5 },
    );
    expect(flatten(' \nOne.\n\nTwo. \n Three.\n')).toBe(' One. Two. Three. ');
  });
});
