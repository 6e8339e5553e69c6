/**
 * The research desk's pure helpers: CSV quoting, concordance lines clipped and aligned as
 * text, the export rows with their citation columns, trend periods on the time axis and the
 * searches a point, a person or a collocate opens, the JSON of trends, speakers and collocates,
 * and the rows of a search's results. Lines are the archive's answers for
 * "partnership" over the en.kremlin.ru fixtures (Source: en.kremlin.ru, CC BY 4.0).
 */
import { describe, expect, it } from 'vitest';
import type { KwicLineJson, SearchGroup, SpeakerRowJson } from '../../shared/contract/api';
import { collocatesCsv, collocatesJson } from '../../renderer/src/analysis/collocates-table';
import { csvCell, fileName, toCsv } from '../../renderer/src/analysis/csv';
import { alignedText, clipLeft, clipRight, KWIC_CSV_HEADER, kwicCsvRow, kwicJson } from '../../renderer/src/analysis/kwic-text';
import { nearQuery, personQuery, pointQuery, withoutDates } from '../../renderer/src/analysis/queries';
import { sortSpeakers, speakersCsv, speakersJson } from '../../renderer/src/analysis/speaker-table';
import {
  binTime,
  formatRate,
  trendCsv,
  trendJson,
  trendQueries,
  TREND_SOURCE,
  type TrendOk,
} from '../../renderer/src/analysis/trend-model';
import { RESULTS_CSV_HEADER, resultCsvRow, resultRow, resultsJson } from '../../renderer/src/search/result-rows';

const URL = 'http://en.kremlin.ru/events/president/news/7480';
const ATTRIBUTION = 'Source: en.kremlin.ru, licensed under Creative Commons Attribution 4.0 International (CC BY 4.0)';

const uzbek: KwicLineJson = {
  documentId: 2,
  title: 'Russian-Uzbekistani talks took place',
  date: '2010-04-20',
  turnIndex: 0,
  speaker: null,
  left: 'President Medvedev emphasised that deepening strategic ',
  match: 'partnership',
  right: ' with Uzbekistan is in Russia’s long-term interests. In',
};
const karimov: KwicLineJson = {
  documentId: 2,
  title: 'Russian-Uzbekistani talks took place',
  date: '2010-04-20',
  turnIndex: 2,
  speaker: 'President of Uzbekistan Islam Karimov',
  left: 'Here I am referring to the agreements on our strategic ',
  match: 'partnership',
  right: ' and alliance. In Uzbekistan we attach great importance to',
};

describe('CSV', () => {
  it('quotes cells holding commas, quotes or line breaks, doubling the quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('Gorki, Moscow Region')).toBe('"Gorki, Moscow Region"');
    expect(csvCell('the “Union State” and "Belarus"')).toBe('"the “Union State” and ""Belarus"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('keeps text a spreadsheet would run as a formula as text', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-10 per cent')).toBe("'-10 per cent");
    expect(csvCell('@putin')).toBe("'@putin");
    // Numbers are numbers, negative ones included.
    expect(csvCell(-3)).toBe('-3');
  });

  it('writes rows with CRLF and a final line break', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [1, 'x,y'],
          [null, 'z'],
        ],
      ),
    ).toBe('a,b\r\n1,"x,y"\r\n,z\r\n');
  });

  it('names files after the query without characters file systems refuse', () => {
    expect(fileName('Concordance', '"strategic partnership" speaker:putin', 'csv')).toBe(
      'Concordance of strategic partnership speaker putin.csv',
    );
    expect(fileName('Speakers', '  ', 'csv')).toBe('Speakers.csv');
  });
});

describe('concordance lines as text', () => {
  it('clips the left context to its last characters at a word, with an ellipsis', () => {
    expect(clipLeft(uzbek.left, 30)).toBe('…that deepening strategic ');
    expect(clipLeft('strategic ', 30)).toBe('strategic ');
    // No space near enough: cut where the room ends rather than lose most of it.
    expect(clipLeft('Public-Private-Partnership-Board-of-the-Commission ', 12)).toBe('…Commission ');
  });

  it('clips the right context to its first characters at a word', () => {
    expect(clipRight(uzbek.right, 30)).toBe(' with Uzbekistan is in…');
    expect(clipRight(' and alliance.', 30)).toBe(' and alliance.');
  });

  it('aligns the matches in one column, the source after a tab', () => {
    const text = alignedText([uzbek, karimov], 30).split('\n');
    expect(text[0]).toBe(
      '    …that deepening strategic partnership with Uzbekistan is in…\tRussian-Uzbekistani talks took place, 2010-04-20',
    );
    expect(text[1].indexOf('partnership')).toBe(text[0].indexOf('partnership'));
    expect(text[1]).toContain('\tPresident of Uzbekistan Islam Karimov, Russian-Uzbekistani talks took place, 2010-04-20');
  });

  it('exports a line with its citation columns, the turn counted from 1', () => {
    expect(KWIC_CSV_HEADER).toEqual(['left', 'match', 'right', 'speaker', 'date', 'title', 'turn', 'document_id', 'url', 'attribution']);
    expect(kwicCsvRow(karimov, { url: URL, attribution: ATTRIBUTION })).toEqual([
      karimov.left,
      'partnership',
      karimov.right,
      'President of Uzbekistan Islam Karimov',
      '2010-04-20',
      'Russian-Uzbekistani talks took place',
      3,
      2,
      URL,
      ATTRIBUTION,
    ]);
    const json = kwicJson('partnership', 13, [uzbek], new Map([[2, { url: URL, attribution: ATTRIBUTION }]]));
    expect(json.lines[0]).toEqual({ ...uzbek, url: URL, attribution: ATTRIBUTION });
    expect(json.total).toBe(13);
  });
});

describe('trends', () => {
  const result: TrendOk = {
    status: 'ok',
    bins: ['2009', '2010'],
    words: [2077, 4568],
    series: [{ query: 'cooperation', group: null, counts: [8, 9], per10k: [(8 / 2077) * 10_000, (9 / 4568) * 10_000] }],
    undated: [0],
    tookMs: 1,
  };

  it('puts a year or a month at its first day on the time axis (seconds, UTC)', () => {
    expect(binTime('2014')).toBe(Date.UTC(2014, 0, 1) / 1000);
    expect(binTime('2014-03')).toBe(Date.UTC(2014, 2, 1) / 1000);
    expect(binTime('undated')).toBeNaN();
  });

  it('writes one CSV row per period with count and rate per series', () => {
    expect(trendCsv(result)).toBe(
      'period,words,cooperation (count),"cooperation (per 10,000 words)"\r\n2009,2077,8,38.5171\r\n2010,4568,9,19.7023\r\n',
    );
  });

  it('writes the command line’s trend --json shape with the period and what the numbers are', () => {
    const json = JSON.parse(trendJson(result, 'year'));
    expect(Object.keys(json)).toEqual(['by', 'source', 'bins', 'words', 'series', 'undated']);
    expect(json).toEqual({
      by: 'year',
      source: TREND_SOURCE,
      bins: ['2009', '2010'],
      words: [2077, 4568],
      series: [{ query: 'cooperation', group: null, counts: [8, 9], per10k: result.series[0].per10k }],
      undated: [0],
    });
    expect(trendJson(result, 'year').endsWith('}\n')).toBe(true);
  });

  it('writes rates with two significant digits under 10', () => {
    expect(formatRate(0.9674)).toBe('0.97');
    expect(formatRate(38.517)).toBe('38.5');
    expect(formatRate(0)).toBe('0');
    expect(formatRate(null)).toBe('—');
  });

  it('draws the search first, then the further queries, without blanks or repeats', () => {
    expect(trendQueries('cooperation', ['security', ' ', 'cooperation', 'security '])).toEqual(['cooperation', 'security']);
  });
});

describe('the searches a research view opens', () => {
  it('a point: the series query in its period, its speaker when split, replacing any date field', () => {
    expect(pointQuery({ query: 'cooperation', group: null }, '2014')).toBe('cooperation date:2014');
    expect(pointQuery({ query: 'gas date:2010..2015 topic:"Foreign policy"', group: 'Vladimir Putin' }, '2014-03')).toBe(
      'gas topic:"Foreign policy" speaker:"Vladimir Putin" date:2014-03',
    );
    expect(withoutDates('year:2010..2015 oil')).toBe('oil');
  });

  it('a person: the query said by them, or all they say', () => {
    expect(personQuery('cooperation', 'Vladimir Putin')).toBe('cooperation speaker:"Vladimir Putin"');
    expect(personQuery('', 'Dmitry "DAM" Medvedev')).toBe('speaker:"Dmitry DAM Medvedev"');
  });

  it('a collocate: NEAR for a word or a phrase, both words otherwise', () => {
    expect(nearQuery('cooperation', 'economic', 5)).toBe('cooperation NEAR/5 economic');
    expect(nearQuery('"strategic partnership"', 'alliance', 3)).toBe('"strategic partnership" NEAR/3 alliance');
    expect(nearQuery('cooperation speaker:putin', 'economic', 5)).toBe('cooperation speaker:putin economic');
  });
});

describe('the speakers table', () => {
  const row = (person: string, matches: number | null, per10k: number | null, first: string | null): SpeakerRowJson => ({
    person,
    documents: 1,
    turns: 1,
    words: 100,
    matches,
    per10k,
    first,
    last: first,
  });
  const rows = [
    row('Vladimir Putin', 57, 7.2, '2012-12-08'),
    row('Dmitry Medvedev', 11, 25.1, '2010-06-10'),
    row('Question', 11, null, null),
  ];

  it('sorts by a column, blanks last either way, ties by name', () => {
    expect(sortSpeakers(rows, { column: 'matches', direction: 'desc' }).map((r) => r.person)).toEqual([
      'Vladimir Putin',
      'Dmitry Medvedev',
      'Question',
    ]);
    expect(sortSpeakers(rows, { column: 'per10k', direction: 'asc' }).map((r) => r.person)).toEqual([
      'Vladimir Putin',
      'Dmitry Medvedev',
      'Question',
    ]);
    expect(sortSpeakers(rows, { column: 'first', direction: 'asc' }).map((r) => r.person)).toEqual([
      'Dmitry Medvedev',
      'Vladimir Putin',
      'Question',
    ]);
    expect(sortSpeakers(rows, { column: 'person', direction: 'desc' }).map((r) => r.person)).toEqual([
      'Vladimir Putin',
      'Question',
      'Dmitry Medvedev',
    ]);
  });

  it('exports the table as JSON in the command line’s shape, in the table’s order, with the query', () => {
    const sorted = sortSpeakers(rows, { column: 'per10k', direction: 'desc' });
    expect(JSON.parse(speakersJson('cooperation', 3, sorted))).toEqual({ query: 'cooperation', total: 3, speakers: sorted });
    const everyone = JSON.parse(speakersJson('', 1, [{ ...rows[0], matches: null, per10k: null, terms: ['gas'] }]));
    expect(everyone.query).toBeNull();
    expect(Object.keys(everyone.speakers[0])).toEqual(['person', 'documents', 'turns', 'words', 'matches', 'per10k', 'first', 'last']);
  });

  it('exports the table as CSV', () => {
    expect(speakersCsv([rows[1]])).toBe(
      'person,matches,per_10k_words,documents,turns,words,first,last\r\nDmitry Medvedev,11,25.1,1,1,100,2010-06-10,2010-06-10\r\n',
    );
  });
});

describe('collocates', () => {
  const collocates = [
    { word: 'strategic', count: 9, corpus: 31, g2: 68.4127 },
    { word: 'alliance', count: 2, corpus: 6, g2: 14.0501 },
  ];

  it('exports the words with their counts and G² as CSV and JSON, with what was asked', () => {
    expect(collocatesCsv(collocates)).toBe('word,count_near,count_in_archive,g2\r\nstrategic,9,31,68.41\r\nalliance,2,6,14.05\r\n');
    expect(
      JSON.parse(collocatesJson({ query: 'partnership', window: 5, stopwords: false }, { matches: 13, sampled: false, collocates })),
    ).toEqual({
      query: 'partnership',
      window: 5,
      stopwords: false,
      measure: 'g2',
      matches: 13,
      sampled: false,
      collocates,
    });
  });
});

describe('search results', () => {
  // The first document "partnership" finds in the en.kremlin.ru fixtures (Source: en.kremlin.ru, CC BY 4.0).
  const group: SearchGroup = {
    documentId: 43,
    title: 'Meeting with President of Kyrgyzstan Sooronbay Jeenbekov',
    titleHighlights: [],
    date: '2019-11-28',
    place: 'Bishkek',
    score: -3.2,
    matchingTurns: 2,
    partial: false,
    turns: [],
    lead: null,
    matchedIn: ['title', 'turns'],
    snippet: {
      text: '… continue in the spirit of allied relations and strategic partnership.\nI am glad that you have arrived for this event [the CSTO summit].',
      highlights: [{ start: 59, end: 70 }],
    },
    snippetFrom: 'turn',
  };
  const cite = { url: 'http://en.kremlin.ru/events/president/news/62149', attribution: ATTRIBUTION };

  it('makes a row per document: where it matched, its matching turns, the snippet as plain text, and its citation columns', () => {
    expect(RESULTS_CSV_HEADER).toEqual([
      'document_id',
      'title',
      'date',
      'place',
      'url',
      'matched_in',
      'matching_turns',
      'snippet',
      'attribution',
    ]);
    const row = resultRow(group, cite);
    expect(resultCsvRow(row)).toEqual([
      43,
      'Meeting with President of Kyrgyzstan Sooronbay Jeenbekov',
      '2019-11-28',
      'Bishkek',
      cite.url,
      'title; turns',
      2,
      '… continue in the spirit of allied relations and strategic partnership. I am glad that you have arrived for this event [the CSTO summit].',
      ATTRIBUTION,
    ]);
    // A document whose details could not be read keeps its row, without the citation columns.
    expect(resultRow(group, undefined)).toMatchObject({ url: null, attribution: null });
    const csv = toCsv(RESULTS_CSV_HEADER, [resultCsvRow(row)]).split('\r\n');
    expect(csv[1]).toBe(
      `43,Meeting with President of Kyrgyzstan Sooronbay Jeenbekov,2019-11-28,Bishkek,${cite.url},title; turns,2,… continue in the spirit of allied relations and strategic partnership. I am glad that you have arrived for this event [the CSTO summit].,"${ATTRIBUTION}"`,
    );
  });

  it('writes the JSON with the query, the order, the total and how many were exported', () => {
    const json = resultsJson('partnership', 'date', 10, [resultRow(group, cite)], null);
    expect(json).toMatchObject({ query: 'partnership', sort: 'date', total: 10, exported: 1, rankedAmong: null });
    expect(json.documents[0]).toEqual({
      documentId: 43,
      title: group.title,
      date: '2019-11-28',
      place: 'Bishkek',
      url: cite.url,
      matchedIn: ['title', 'turns'],
      matchingTurns: 2,
      snippet: resultRow(group, cite).snippet,
      attribution: ATTRIBUTION,
    });
  });
});
