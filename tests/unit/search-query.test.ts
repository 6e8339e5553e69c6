import { describe, expect, it } from 'vitest';
import { compileText } from '../../main/search/compile';
import { parseQuery, type ParsedQuery } from '../../main/search/query';
import { stemText, tokenize, tokensBeginning } from '../../main/search/text';
import { queryWork } from '../../main/search/bounds';

function ok(input: string): ParsedQuery {
  const result = parseQuery(input);
  if (!result.ok) throw new Error(`expected ${input} to parse: ${result.error}`);
  return result.query;
}

function error(input: string): string {
  const result = parseQuery(input);
  if (result.ok) throw new Error(`expected ${input} to be refused`);
  return result.error;
}

const fts = (input: string, expand = (_: string): string[] => []): string | null => {
  const compiled = compileText(ok(input).text, expand);
  if (!compiled.ok) throw new Error(compiled.error);
  return compiled.text.match;
};

describe('query parser', () => {
  it('reads words (all must match), phrases, OR, exclusions, prefixes and groups', () => {
    expect(ok('gas prices').text).toEqual({
      kind: 'and',
      items: [
        { kind: 'term', text: 'gas', prefix: false },
        { kind: 'term', text: 'prices', prefix: false },
      ],
    });
    expect(ok('"energy security"').text).toEqual({ kind: 'phrase', text: 'energy security' });
    expect(ok('“energy security”').text).toEqual({ kind: 'phrase', text: 'energy security' });
    expect(ok('gas oil OR coal').text).toEqual({
      kind: 'and',
      items: [
        { kind: 'term', text: 'gas', prefix: false },
        {
          kind: 'or',
          items: [
            { kind: 'term', text: 'oil', prefix: false },
            { kind: 'term', text: 'coal', prefix: false },
          ],
        },
      ],
    });
    expect(ok('russia -china').text).toEqual({
      kind: 'and',
      items: [
        { kind: 'term', text: 'russia', prefix: false },
        { kind: 'not', item: { kind: 'term', text: 'china', prefix: false } },
      ],
    });
    expect(ok('russia NOT china')).toEqual(ok('russia -china'));
    expect(ok('negotiat*').text).toEqual({ kind: 'term', text: 'negotiat', prefix: true });
    expect(ok('(gas OR oil) price').text?.kind).toBe('and');
    expect(ok('anti-terrorist').text).toEqual({ kind: 'term', text: 'anti-terrorist', prefix: false });
    expect(ok('gas | oil').text?.kind).toBe('or');
  });

  it('reads NEAR in both spellings', () => {
    const near = {
      kind: 'near',
      items: [
        { kind: 'term', text: 'gas', prefix: false },
        { kind: 'term', text: 'price', prefix: false },
      ],
      distance: 5,
    };
    expect(ok('NEAR(gas price, 5)').text).toEqual(near);
    expect(ok('gas NEAR/5 price').text).toEqual(near);
    expect(ok('NEAR(gas "price cap")').text).toMatchObject({ kind: 'near', distance: 10 });
  });

  it('reads fields, quoted values and date ranges, combined with words', () => {
    const q = ok('sanctions speaker:putin topic:"Foreign policy" person:Lavrov place:Moscow title:summit date:2014-03..2019-12');
    expect(q.text).toEqual({ kind: 'term', text: 'sanctions', prefix: false });
    expect(q.filters).toMatchObject({
      speaker: ['putin'],
      topic: ['Foreign policy'],
      person: ['Lavrov'],
      place: ['Moscow'],
      title: [{ kind: 'term', text: 'summit' }],
    });
    expect(q.filters.dates).toEqual([{ from: '2014-03-01', to: '2019-12-99' }]);
    expect(ok('date:2019').filters.dates).toEqual([{ from: '2019-01-01', to: '2019-12-31' }]);
    expect(ok('date:2019-11-28').filters.dates).toEqual([{ from: '2019-11-28', to: '2019-11-28' }]);
    expect(ok('year:2010..2015').filters.dates).toEqual([{ from: '2010-01-01', to: '2015-12-31' }]);
    expect(ok('date:..2015').filters.dates).toEqual([{ from: null, to: '2015-12-31' }]);
    expect(ok('year:2015..').filters.dates).toEqual([{ from: '2015-01-01', to: null }]);
    expect(ok('Speaker:Putin').filters.speaker).toEqual(['Putin']);
    expect(ok('topic:Foreign').text).toBeNull();
    // Not a known field: plain words.
    expect(ok('10:30').text).toEqual({ kind: 'term', text: '10:30', prefix: false });
  });

  it('refuses malformed queries with a message, never an exception', () => {
    expect(error('')).toMatch(/Type a word/);
    expect(error('   ')).toMatch(/Type a word/);
    expect(error('"energy security')).toMatch(/never closed/);
    expect(error('(gas oil')).toMatch(/never closed/);
    expect(error('gas)')).toMatch(/no matching/);
    expect(error('gas OR')).toMatch(/both sides/);
    expect(error('OR gas')).toMatch(/both sides/);
    expect(error('-china')).toMatch(/besides exclusions/);
    expect(error('gas OR -oil')).toMatch(/exclusion cannot be one side of OR/);
    expect(error('NEAR(gas, 5)')).toMatch(/at least two/);
    expect(error('NEAR(gas price, x)')).toMatch(/distance/);
    expect(error('NEAR(gas price')).toMatch(/never closed/);
    expect(error('gas NEAR/5')).toMatch(/both sides/);
    expect(error('date:2019-13')).toMatch(/month/);
    expect(error('date:yesterday')).toMatch(/not understood/);
    expect(error('date:2019..2014')).toMatch(/backwards/);
    expect(error('year:2019-05')).toMatch(/not understood/);
    expect(error('speaker:')).toMatch(/needs a value/);
    expect(error('-topic:economy gas')).toMatch(/cannot be excluded/);
    expect(error('(gas topic:economy)')).toMatch(/top level/);
    expect(error('topic:a OR topic:b')).toMatch(/OR/);
    expect(error('*')).toMatch(/alone/);
    expect(error('ne*go')).toMatch(/may only end/);
    expect(error('"  "')).toMatch(/hold nothing/);
    expect(error('x'.repeat(3000))).toMatch(/too long/);
    for (const junk of ['((((', '))', '"', 'NEAR(', 'NEAR/3', '- -', ':', 'date:', ',,,', 'AND', 'title:""']) {
      expect(() => parseQuery(junk)).not.toThrow();
    }
  });
});

describe('stemming and folding', () => {
  it('gives English word forms one stem, and folds case and diacritics', () => {
    expect(stemText('negotiation negotiations negotiate Negotiating').split(' ')).toEqual(['negoti', 'negoti', 'negoti', 'negoti']);
    expect(stemText('Café CAFE café')).toBe('cafe cafe cafe');
    expect(stemText('Putin’s')).toBe(stemText("Putin's"));
    expect(stemText("Putin's")).toBe('putin');
  });

  it('stems Russian and reads ё as е, keeping й', () => {
    expect(stemText('переговоры переговоров ПЕРЕГОВОРАМИ')).toBe('переговор переговор переговор');
    expect(stemText('учёных')).toBe(stemText('ученых'));
    expect(stemText('российская российского')).toBe('российск российск');
    expect(tokenize('Йошкар-Ола')[0].norm).toBe('йошкар');
  });

  it('keeps offsets of the original text', () => {
    const text = 'Mr. Putin’s talks';
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(['Mr', 'Putin’s', 'talks']);
  });
});

describe('compiling to FTS5', () => {
  it('quotes stems, so typed syntax never reaches FTS5', () => {
    expect(fts('negotiations')).toBe('"negoti"');
    expect(fts('"energy security"')).toBe('"energi secur"');
    expect(fts('gas oil OR coal')).toBe('("gas" AND ("oil" OR "coal"))');
    expect(fts('russia -china -india')).toBe('"russia" NOT ("china" OR "india")');
    expect(fts('NEAR(gas price, 5)')).toBe('NEAR("gas" "price", 5)');
    expect(fts('COVID-19')).toBe('"covid 19"');
    expect(fts('negotiat*', (p) => (p === 'negotiat' ? ['negoti'] : []))).toBe('("negotiat" * OR "negoti")');
    expect(fts('"a""b"')).toBe('("a" AND "b")');
  });

  it('reads an exclusion alone in brackets as an exclusion, and refuses one alone inside OR', () => {
    expect(fts('gas (-oil)')).toBe('"gas" NOT "oil"');
    const compiled = compileText(ok('gas OR (-oil -coal)').text, () => []);
    expect(compiled).toMatchObject({ ok: false, error: expect.stringMatching(/exclusion needs a word/) });
  });
});

describe('bounds the parser keeps', () => {
  it('refuses brackets nested more than 10 deep, in its own words', () => {
    expect(ok(`${'('.repeat(10)}gas oil${')'.repeat(10)}`).text?.kind).toBe('and');
    expect(error(`${'('.repeat(11)}gas oil${')'.repeat(11)}`)).toBe(
      'The brackets at position 11 nest more than 10 deep: remove some — words side by side must all match, so (a (b c)) finds the same as a b c.',
    );
    // Depth, not the number of brackets: many groups side by side are fine.
    expect(ok('(a b) '.repeat(30)).text?.kind).toBe('and');
  });

  it('refuses a field value with no letters or digits instead of dropping it', () => {
    expect(error('title:😀')).toBe('title:😀 has no letters or digits to search for: write a word, e.g. title:summit.');
    expect(error('sanctions speaker:"*"')).toMatch(/^speaker:"\*" has no letters or digits/);
    expect(error('person:-- gas')).toMatch(/^person:-- has no letters or digits/);
    expect(error('place:"😀 "')).toMatch(/^place:"😀" has no letters or digits/);
    expect(ok('speaker:putin*').filters.speaker).toEqual(['putin*']);
    expect(ok('title:"G20"').filters.title).toEqual([{ kind: 'phrase', text: 'G20' }]);
  });

  it('counts the words, phrases and prefixes a query asks the index for', () => {
    expect(queryWork(ok('gas "energy security" negotiat* -oil NEAR(a b, 3) title:summit* speaker:put*'))).toEqual({
      terms: 8,
      words: 9,
      prefixes: [
        { typed: 'negotiat*', folded: 'negotiat' },
        { typed: 'summit*', folded: 'summit' },
        { typed: 'put*', folded: 'put' },
      ],
    });
    expect(queryWork(ok('Économ*')).prefixes).toEqual([{ typed: 'Économ*', folded: 'econom' }]);
  });

  it('finds the words that begin with a head, in any case, at word starts only', () => {
    const text = "Ukraine's talks: UKRAINE, ukrainian; Bukraine and Ukraine.";
    expect(tokensBeginning(text, 'uk').map((t) => text.slice(t.start, t.end))).toEqual(["Ukraine's", 'UKRAINE', 'ukrainian', 'Ukraine']);
    expect(tokensBeginning(text, 'uk').map((t) => t.stem)).toEqual(tokenize("Ukraine's UKRAINE ukrainian Ukraine").map((t) => t.stem));
  });
});
