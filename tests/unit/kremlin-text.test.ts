/**
 * Tests for the en.kremlin.ru copied-text parser, on real pages (tests/fixtures, CC BY 4.0).
 * Expected values in tests/fixtures/expected/kremlin/<ID>.json were written by reading the
 * HTML of each page; the HTML parser is held to the same files.
 */
import { documentsOf } from '../../main/import/types';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { expectMatchesPage, readExpectedKremlin } from './expected-kremlin';
import { looksLikeKremlinText, parseKremlinText } from '../../main/import/kremlin-text';
import { splitLabel } from '../../main/import/kremlin-text-lines';
import { KREMLIN_ATTRIBUTION, type ParsedDocument } from '../../main/import/types';

const FIXTURES = join(__dirname, '..', 'fixtures');
const TXT = join(FIXTURES, 'kremlin_en_txt');
const EXPECTED = join(FIXTURES, 'expected', 'kremlin');
const read = (path: string): string => readFileSync(path, 'utf8');

describe('seed file (two pages joined, "Text versionEvents")', () => {
  const text = read(join(FIXTURES, 'seed', '000_0d3bfd9f4775dded.txt'));
  const docs = documentsOf(parseKremlinText(text));

  it('is detected and yields exactly two documents', () => {
    expect(looksLikeKremlinText(text)).toBe(true);
    expect(docs.map((d) => d.title)).toEqual(['Meeting with President of Kyrgyzstan Sooronbay Jeenbekov', 'CSTO summit']);
  });

  it('reads every field of the meeting with Jeenbekov', () => {
    const doc = docs[0];
    expect(doc).toMatchObject({
      date: '2019-11-28',
      time: '14:30',
      place: 'Bishkek',
      summary:
        'Following the CSTO summit, Vladimir Putin had a separate meeting with President of the Kyrgyz Republic Sooronbay Jeenbekov to discuss various aspects of bilateral political and economic collaboration.',
      url: null,
      topics: ['Foreign policy'],
      persons: ['Jeenbekov Sooronbay'],
      geography: ['Kyrgyzstan'],
      captions: ['Meeting with President of Kyrgyzstan Sooronbay Jeenbekov.'],
      related: [
        { title: 'CSTO summit', date: '2019-11-28', url: null },
        { title: 'All news about the visit to Kyrgyzstan', date: '2019-11-28', url: null },
      ],
      sections: ['News', 'Transcripts'],
      publishedAt: '2019-11-28T14:30',
      attribution: KREMLIN_ATTRIBUTION,
      language: 'en',
      warnings: [],
    });
    expect(doc.turns.map((t) => t.speaker)).toEqual(['President of Kyrgyzstan Sooronbay Jeenbekov', 'President of Russia Vladimir Putin']);
    const [jeenbekov, putin] = doc.turns;
    // The label split over two lines ("…Jeenbekov" / ": Mr President,") is one paragraph.
    expect(jeenbekov.paragraphs[0]).toBe('Mr President,');
    expect(jeenbekov.paragraphs).toHaveLength(5);
    // The line broken after the glossary link is joined back.
    expect(putin.paragraphs[0]).toBe(
      'Thank you very much for the invitation and for what you have been doing throughout 2019 to develop the Collective Security Treaty Organisation during your presidency of our regional and, in my opinion, very important organization.',
    );
    expect(putin.paragraphs).toHaveLength(8);
    expect(putin.paragraphs[putin.paragraphs.length - 1]).toBe('<…>');
  });

  it('reads every field of the CSTO summit', () => {
    const doc = docs[1];
    expect(doc).toMatchObject({
      date: '2019-11-28',
      time: '12:30',
      place: 'Bishkek',
      summary:
        'The President of Russia took part in a meeting of the Collective Security Council of the Collective Security Treaty Organisation in Bishkek.',
      url: null,
      topics: ['CSTO', 'Foreign policy', 'National security'],
      persons: [],
      geography: ['Kyrgyzstan'],
      captions: ['Participants at the meeting of the Collective Security Council of the Collective Security Treaty Organisation.'],
      related: [{ title: 'All news about the visit to Kyrgyzstan', date: '2019-11-28', url: null }],
      sections: ['News', 'Transcripts'],
      publishedAt: '2019-11-28T12:30',
      attribution: KREMLIN_ATTRIBUTION,
      language: 'en',
      warnings: [],
    });
    expect(doc.turns.map((t) => t.speaker)).toEqual([null, null, 'President of Russia Vladimir Putin']);
    const [narration, heading, putin] = doc.turns;
    // Six lines broken after person and glossary links make one paragraph.
    expect(narration.paragraphs[0]).toBe(
      'Vladimir Putin, Prime Minister of the Republic of Armenia Nikol Pashinyan, President of the Republic of Belarus Alexander Lukashenko, President of the Republic of Kazakhstan Kassym-Jomart Tokayev, President of the Kyrgyz Republic Sooronbay Jeenbekov, President of the Republic of Tajikistan Emomali Rakhmon and Acting Secretary-General of the Collective Security Treaty Organisation Valery Semerikov had a limited attendance meeting.',
    );
    expect(narration.paragraphs).toHaveLength(7);
    expect(heading.paragraphs).toEqual([
      'Speech at an expanded meeting of the Collective Security Council of the Collective Security Treaty Organisation',
    ]);
    expect(putin.paragraphs[0]).toBe('Friends, colleagues, Mr Jeenbekov,');
    expect(putin.paragraphs).toHaveLength(22);
    expect(putin.paragraphs[putin.paragraphs.length - 1]).toBe('Thank you.');
    expect(doc.turns.flatMap((t) => t.paragraphs)).not.toContain('* * *');
  });
});

describe('the 45 single pages against the expected files', () => {
  const ids = readdirSync(TXT)
    .filter((f) => /^\d+\.txt$/.test(f))
    .map((f) => f.replace('.txt', ''));

  it('has 45 pages, each with an expected file', () => {
    expect(ids).toHaveLength(45);
    for (const id of ids) expect(readdirSync(EXPECTED)).toContain(`${id}.json`);
  });

  for (const id of ids) {
    it(`page ${id}`, () => {
      const text = read(join(TXT, `${id}.txt`));
      const expected = readExpectedKremlin(id);
      expect(looksLikeKremlinText(text)).toBe(true);
      const docs = documentsOf(parseKremlinText(text));
      expect(docs).toHaveLength(1);
      const doc = docs[0];
      expectMatchesPage(doc, expected);
      expect(doc.attribution).toBe(KREMLIN_ATTRIBUTION);
      expect(doc.language).toBe('en');
      expect(doc.url).toBeNull();
      expect(doc.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
      const paragraphs = doc.turns.flatMap((t) => t.paragraphs);
      // Footer and link blocks never leak into the transcript.
      for (const p of paragraphs) {
        expect(p).not.toMatch(/^(Geography|Topics|Persons|Publication status|See also|Additional|Text version|\* \* \*)$/);
        expect(p).not.toMatch(/^Publication date:/);
      }
    });
  }
});

describe('joined files', () => {
  const cases: Array<[string, string[]]> = [
    ['multi_1_8021_8014.txt', ['8021', '8014']],
    ['multi_2_47127_47126_47109.txt', ['47127', '47126', '47109']],
    ['multi_3_60485_59519_58645_37400.txt', ['60485', '59519', '58645', '37400']],
  ];
  for (const [file, ids] of cases) {
    it(`${file} gives ${ids.length} documents equal to the single pages`, () => {
      const docs = documentsOf(parseKremlinText(read(join(TXT, file))));
      const titles = ids.map((id) => readExpectedKremlin(id).title);
      expect(docs.map((d) => d.title)).toEqual(titles);
      ids.forEach((id, k) => expect(docs[k]).toEqual(documentsOf(parseKremlinText(read(join(TXT, `${id}.txt`))))[0]));
    });
  }

  it('reads the undated announcement page (58645) in a joined file', () => {
    const docs = documentsOf(parseKremlinText(read(join(TXT, 'multi_3_60485_59519_58645_37400.txt'))));
    expect(docs[2]).toMatchObject({ date: '2018-10-04', time: null, place: null, sections: ['News', 'Announcements'] });
  });
});

describe('robustness', () => {
  it('CRLF line ends, a BOM and NBSP give the same parse', () => {
    const plain = read(join(TXT, '51436.txt'));
    const windows = read(join(TXT, 'crlf_bom_51436.txt'));
    expect(windows.startsWith('\ufeff')).toBe(true);
    expect(looksLikeKremlinText(windows)).toBe(true);
    expect(documentsOf(parseKremlinText(windows))).toEqual(documentsOf(parseKremlinText(plain)));
    expect(documentsOf(parseKremlinText(plain.replace(/ /g, (m, offset: number) => (offset % 7 === 0 ? '\u00a0' : m))))).toEqual(
      documentsOf(parseKremlinText(plain)),
    );
  });

  it('keeps "See also" blocks out of the body, also in the middle of it (17976, 60485)', () => {
    const direct = documentsOf(parseKremlinText(read(join(TXT, '17976.txt'))))[0];
    expect(direct.related.map((r) => r.date)).toEqual(['2013-04-25', '2013-04-25']);
    const council = documentsOf(parseKremlinText(read(join(TXT, '60485.txt'))))[0];
    expect(council.related).toEqual([
      { title: 'News of the Council for Strategic Development and National Projects', date: null, url: null },
    ]);
    const kosovo = documentsOf(parseKremlinText(read(join(TXT, '41682.txt'))))[0];
    expect(kosovo.related[0].date).toBe('2001-06-16'); // "June 16 − 17, 2001"
  });

  it('tells speaker labels from sentences with a colon', () => {
    expect(splitLabel('President of Russia Vladimir Putin: Thank you.')?.label).toBe('President of Russia Vladimir Putin');
    expect(splitLabel('Question from Izhevsk: Good evening.')?.label).toBe('Question from Izhevsk');
    expect(splitLabel('Vladimir Putin:Yes.')?.label).toBe('Vladimir Putin');
    expect(splitLabel('The same applies to Britain: Brexit got the majority vote.')).toBeNull();
    expect(splitLabel('This year we celebrate the anniversaries of the Great Patriotic War: we celebrated')).toBeNull();
    expect(splitLabel('Have agreed as follows:')).toBeNull();
    expect(splitLabel('The meeting began at 14:30 sharp.')).toBeNull();
  });

  it('rejects what is not a page and never throws', () => {
    const samples = [
      '',
      '\ufeff',
      'Events',
      'Events\n',
      'Text versionEvents',
      'Events\nTitle only\nText version',
      'Events\nA title\nNovember 31, 2019\n25:99\n\n\nText versionEventsEvents\n',
      'hello world',
      'President of Russia Vladimir Putin: hello',
      '\u0000\u0001\ud800 \r\r\n\n Events \n See also \n Additional \n Geography',
      'Events\nT\nNovember 28, 2019\nSee also\nGeography\nTopics\nPersons\nPublication status\nPublication date: nonsense\nText version',
    ];
    let seed = 42;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const alphabet = 'Events\nText version:,. *<…>ab\u00a0\r1 of 2See alsoGeography';
    for (let n = 0; n < 200; n++) {
      let s = random() < 0.5 ? 'Events\n' : '';
      const len = Math.floor(random() * 300);
      for (let k = 0; k < len; k++) s += alphabet[Math.floor(random() * alphabet.length)];
      samples.push(s);
    }
    const seedText = read(join(FIXTURES, 'seed', '000_0d3bfd9f4775dded.txt'));
    for (let cut = 0; cut < seedText.length; cut += 997) samples.push(seedText.slice(0, cut), seedText.slice(cut));
    for (const sample of samples) {
      expect(() => looksLikeKremlinText(sample)).not.toThrow();
      const docs = documentsOf(parseKremlinText(sample));
      expect(Array.isArray(docs)).toBe(true);
      for (const doc of docs) expect(typeof doc.title).toBe('string');
    }
    expect(looksLikeKremlinText('hello world')).toBe(false);
    expect(looksLikeKremlinText('Events\nno footer at all')).toBe(false);
    expect(documentsOf(parseKremlinText('hello world'))).toEqual([]);
    expect(documentsOf(parseKremlinText(''))).toEqual([]);
  });

  it('warns about a truncated page instead of failing', () => {
    const text = read(join(TXT, '62149.txt'));
    const cut = text.slice(0, text.indexOf('See also'));
    const [doc] = documentsOf(parseKremlinText(cut));
    expect(doc.title).toBe('Meeting with President of Kyrgyzstan Sooronbay Jeenbekov');
    expect(doc.turns.map((t) => t.speaker)).toEqual(['President of Kyrgyzstan Sooronbay Jeenbekov', 'President of Russia Vladimir Putin']);
    expect(doc.warnings.length).toBeGreaterThan(0);
  });
});

/**
 * Rules checked against the wider archive: excerpts of bulk pages (en.kremlin.ru, CC BY 4.0)
 * rendered to text the way the fixtures were (Chromium, text of article.read__in as a copy),
 * each compared with what the HTML parser reads from the same page.
 */
describe('rules from the wider archive (bulk pages)', () => {
  const page = (...lines: string[]): ParsedDocument =>
    documentsOf(parseKremlinText(['Events', ...lines, 'Publication status', 'Published in section: News', 'Text version'].join('\n')))[0];
  const paragraphs = (doc: ParsedDocument): string[] => doc.turns.flatMap((t) => t.paragraphs);

  it('a lead caption "President Putin with …" is a caption, not the first paragraph (29444)', () => {
    const doc = page(
      'Issues of non-proliferation of nuclear weapons, including in connection with the problems of Iran and North Korea, were discussed in detail during talks between Russian President Vladimir Putin and U.',
      'September 27, 2003',
      '12:26',
      'President Putin with US President George W. Bush.',
      'Russia does not intend to enable the appearance of weapons of mass destruction in Iran or in any region of the world. This would not be in Russia’s national interests.',
    );
    expect(doc.captions).toEqual(['President Putin with US President George W. Bush.']);
    expect(paragraphs(doc)).toEqual([
      'Russia does not intend to enable the appearance of weapons of mass destruction in Iran or in any region of the world. This would not be in Russia’s national interests.',
    ]);
  });

  it('a first sentence that opens like a caption but has a verb stays a paragraph (27826)', () => {
    const doc = page(
      'President Vladimir Putin had a telephone conversation with Syrian President Bashar Assad',
      'December 10, 2002',
      '21:50',
      'During the conversation, the heads of state discussed pressing international problems, focusing on the situation in the Middle East.',
      'They also exchanged opinions on bilateral issues, including Russian-Syrian cooperation at different levels.',
    );
    expect(doc.captions).toEqual([]);
    expect(paragraphs(doc)[0]).toMatch(/^During the conversation, the heads of state discussed/);
    expect(paragraphs(doc)).toHaveLength(2);
  });

  it('a place may end with a note in brackets (43122)', () => {
    const doc = page(
      'After the Russia-NATO Summit President Vladimir Putin took part in a joint press conference with NATO Secretary General George Robertson and Italian Prime Ministers Silvio Berlusconi',
      'May 28, 2002',
      '19:40',
      'Pratica-Di-Mare (Italian Air Force Base)',
      '1 of 3',
      'A joint press conference with Italian Prime Minister Silvio Berlusconi and NATO Secretary General George Robertson on the results of the Russia-NATO Summit.',
      'Russia and NATO do not always see eye-to-eye on some security issues, the President noted. But what unites them is far more weighty and serious.',
    );
    expect(doc.place).toBe('Pratica-Di-Mare (Italian Air Force Base)');
    expect(paragraphs(doc)).toHaveLength(1);
  });

  it('a label note "(retranslated)" after the person link rejoins the label (52625)', () => {
    const doc = page(
      'Meeting with President of Slovenia Borut Pahor',
      'July 30, 2016',
      'President of Slovenia Borut Pahor',
      '(retranslated): Mr President,',
      'Five years ago, we met here and we were very optimistic about the future of both bilateral relations, and politics in general, security and cooperation.',
    );
    expect(doc.turns[0]).toEqual({
      speaker: 'President of Slovenia Borut Pahor (retranslated)',
      paragraphs: [
        'Mr President,',
        'Five years ago, we met here and we were very optimistic about the future of both bilateral relations, and politics in general, security and cooperation.',
      ],
    });
  });

  it('labels with a particle name, a dotted name, a role after a comma or a note in brackets (60386, 63088, 63914, 54983)', () => {
    expect(splitLabel('President of Egypt Abdel Fattah el-Sisi (retranslated): Thank you very much, Mr President.')?.label).toBe(
      'President of Egypt Abdel Fattah el-Sisi (retranslated)',
    );
    expect(splitLabel('Alexei Kudrin, Chairman of the Accounts Chamber: Thank you, Mr President.')?.label).toBe(
      'Alexei Kudrin, Chairman of the Accounts Chamber',
    );
    expect(
      splitLabel(
        'President of the All-Russia Public Organisation Delovaya Rossiya [Business Russia] Alexei Repik: Mr President, I would like to comment on the statements made by the previous speakers.',
      )?.label,
    ).toBe('President of the All-Russia Public Organisation Delovaya Rossiya [Business Russia] Alexei Repik');
    const doc = page(
      'Meeting with Chairman of VEB.RF Igor Shuvalov',
      'January 30, 2020',
      'Chairman of the State Development Corporation VEB.RF Igor Shuvalov',
      ': Mr President, your instructions to ensure the financial stability of VEB.RF have been fulfilled.',
    );
    expect(doc.turns[0].speaker).toBe('Chairman of the State Development Corporation VEB.RF Igor Shuvalov');
    // Still not labels: a list of ministers' posts, a sentence with a comma before the colon.
    expect(splitLabel('Minister of Construction, Housing and Utilities: Vladimir Yakushev.')).toBeNull();
    expect(splitLabel('Before the meeting, the President viewed the exhibition Urban Transport: Prospects for the Future')).toBeNull();
  });

  it('a picture caption in the body that repeats the lead is a caption (55714)', () => {
    const doc = page(
      'Chemical disarmament completed in Russia',
      'The President listened to a report via videoconference on the destruction of Russia’s last remaining chemical weapons.',
      'September 27, 2017',
      '15:20',
      'Novo-Ogaryovo, Moscow Region',
      'Today, as per your instructions, we are completing the implementation of the presidential programme on the complete elimination of chemical weapons in the Russian Federation.',
      'The President listened to a report via videoconference on the destruction of Russia’s last remaining chemical weapons.',
      'Denis Manturov: Thank you.',
    );
    expect(doc.captions).toContain(
      'The President listened to a report via videoconference on the destruction of Russia’s last remaining chemical weapons.',
    );
    expect(paragraphs(doc)).toHaveLength(2);
  });

  it('a pull quote printed without quote marks, repeating the speech, is left out (55767)', () => {
    const quote =
      'The energy community is now actively debating the future energy balance of the 21st century. The majority agree that hydrocarbons will continue to play a leading role in the next 20–25 years, particularly in the conditions when some countries voluntarily restrict their nuclear power generation.';
    const body = [
      'Today I would like to outline the most important trends that will determine the common energy future of mankind, in our opinion.',
      'Undoubtedly, this situation will change in the coming decades, leading to the formation of new markets. The geography and structure of energy demand will primarily shift towards Asia-Pacific countries.',
      'Further on. The energy community is now actively debating the future energy balance of the 21st century.',
      'The majority agree that hydrocarbons will continue to play a leading role in the next 20–25 years, particularly in the conditions when some countries voluntarily restrict their nuclear power generation. At the same time, we can expect competition between fuel resources, above all conventional and new energy sources.',
    ];
    const doc = page('Russian Energy Week', 'October 4, 2017', `Vladimir Putin: ${body[0]}`, quote, ...body.slice(1));
    expect(doc.turns).toEqual([{ speaker: 'Vladimir Putin', paragraphs: body }]);
    // A paragraph said twice in full is the speaker's, not a quote.
    const twice = page('Russian Energy Week', 'October 4, 2017', body[1], body[1]);
    expect(paragraphs(twice)).toEqual([body[1], body[1]]);
  });

  it('a folded tag column: "4 more" is not a tag (17807)', () => {
    const text = [
      'Events',
      'Security Council meeting',
      'April 5, 2013',
      'Vladimir Putin: Good afternoon, colleagues.',
      'Topics',
      'National security',
      'Persons',
      'Fradkov Mikhail',
      'Gryzlov Boris',
      'Ivanov Sergei',
      'Kolokoltsev Vladimir',
      '4 more',
      'Publication status',
      'Published in sections: News, Security Council',
      'Publication date: April 5, 2013, 14:00',
      'Text version',
    ].join('\n');
    const [doc] = documentsOf(parseKremlinText(text));
    expect(doc.persons).toEqual(['Fradkov Mikhail', 'Gryzlov Boris', 'Ivanov Sergei', 'Kolokoltsev Vladimir']);
    expect(doc.warnings.join(' ')).toMatch(/4 more/);
  });
});
