import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { guessMapping, missingRequired, parseDataset, parseMapArg, readDatasetTable, type ColumnMapping } from '../../main/import/dataset';
import { parseDatasetDate } from '../../main/import/dataset-values';
import { KREMLIN_ATTRIBUTION, type ParseOutcome, type ParsedDocument } from '../../main/import/types';

const FIXTURES = join(__dirname, '..', 'fixtures');
const RU_CSV = readFileSync(join(FIXTURES, 'kremlin_ru_csv', 'kremlin_articles_ru.sample.csv'), 'utf8');
const EN_JSONL = readFileSync(join(FIXTURES, 'datasets', 'kremlin_en_2019-11-28.jsonl'), 'utf8');
const EN_JSON = readFileSync(join(FIXTURES, 'datasets', 'kremlin_en_2019-11-28.json'), 'utf8');
const NEEDS_MAPPING = readFileSync(join(FIXTURES, 'datasets', 'needs_mapping.csv'), 'utf8');
const KREMLIN_62149 = readFileSync(join(FIXTURES, 'kremlin_en_txt', '62149.txt'), 'utf8');

interface ExpectedRow {
  row: number;
  title: string;
  date: string;
  rawDate: string;
  place: string | null;
  url: string;
  summary: string | null;
}
const EXPECTED = JSON.parse(readFileSync(join(FIXTURES, 'expected', 'kremlin_ru_csv.json'), 'utf8')) as {
  documentCount: number;
  rows: ExpectedRow[];
};
/** Three one-line paragraphs of 62149 (lines 11-13). */
const paragraphs = KREMLIN_62149.split('\n').slice(10, 13);
const RU_ATTRIBUTION = 'Source: kremlin.ru, licensed under Creative Commons Attribution 4.0 International (CC BY 4.0)';

function documentsOf(outcome: ParseOutcome): { documents: ParsedDocument[]; warnings: string[]; format: string } {
  if (outcome.kind !== 'documents') throw new Error(`expected documents, got ${JSON.stringify(outcome).slice(0, 300)}`);
  return outcome;
}

/** The real CSV's rows as plain objects (read independently with papaparse). */
function ruRows(): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(RU_CSV.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;
}

function checkRussianDocuments(documents: ParsedDocument[]): void {
  expect(documents).toHaveLength(EXPECTED.documentCount);
  for (const want of EXPECTED.rows) {
    const doc = documents[want.row];
    expect(doc.title).toBe(want.title);
    expect(doc.date).toBe(want.date);
    expect(doc.place).toBe(want.place);
    expect(doc.url).toBe(want.url);
    expect(doc.summary).toBe(want.summary);
    expect(doc.language).toBe('ru');
    expect(doc.attribution).toBe(RU_ATTRIBUTION);
    // No text column: the summary is the text.
    expect(doc.turns).toEqual(want.summary ? [{ speaker: null, paragraphs: [want.summary] }] : []);
    expect(doc.warnings).toEqual([]);
  }
}

describe('the real kremlin.ru CSV (Russian)', () => {
  it('guesses the mapping: date (ISO) over raw_date, summary, no text column', () => {
    const table = readDatasetTable(RU_CSV, 'csv');
    if ('error' in table) throw new Error(table.error);
    expect(table.columns).toEqual(['title', 'date', 'raw_date', 'place', 'summary', 'url', 'supplements']);
    expect(table.rows).toHaveLength(25);
    expect(table.warnings).toEqual([]);
    expect(guessMapping(table.columns)).toEqual({
      title: 'title',
      date: 'date',
      place: 'place',
      summary: 'summary',
      url: 'url',
    });
    expect(missingRequired(guessMapping(table.columns))).toEqual([]);
  });

  it('imports 25 documents with clean Cyrillic titles, dates, places', () => {
    const outcome = documentsOf(parseDataset(RU_CSV, 'csv'));
    expect(outcome.format).toBe('csv');
    expect(outcome.warnings).toEqual([]);
    checkRussianDocuments(outcome.documents);
    for (const doc of outcome.documents) {
      expect(doc.title).toMatch(/^[А-ЯЁ«]/);
      expect(doc.title).not.toMatch(/\ufeff|\uFFFD/);
      expect(doc.date).toMatch(/^2025-0[12]-\d\d$/);
      expect(doc.time).toBeNull();
    }
  });

  it('reads the Russian dates of raw_date ("5 февраля 2025 года") the same as the ISO column', () => {
    const outcome = documentsOf(parseDataset(RU_CSV, 'csv', { date: 'raw_date' }));
    for (const want of EXPECTED.rows) expect(outcome.documents[want.row].date).toBe(want.date);
    expect(outcome.documents.every((d) => d.warnings.length === 0)).toBe(true);
  });

  it('imports the same rows as TSV, JSON and JSON Lines', () => {
    const rows = ruRows();
    const tsv = Papa.unparse(rows, { delimiter: '\t' });
    checkRussianDocuments(documentsOf(parseDataset(tsv, 'tsv')).documents);
    const json = documentsOf(parseDataset(JSON.stringify({ data: rows }), 'json'));
    expect(json.format).toBe('json');
    checkRussianDocuments(json.documents);
    checkRussianDocuments(documentsOf(parseDataset(JSON.stringify(rows), 'json')).documents);
    const jsonl = rows.map((r) => JSON.stringify(r)).join('\n');
    checkRussianDocuments(documentsOf(parseDataset(jsonl, 'jsonl')).documents);
  });
});

describe('English datasets made from en.kremlin.ru 62149 / 62146', () => {
  it('JSON Lines: speaker turn, English date + time, lists, attribution', () => {
    const { documents, warnings, format } = documentsOf(parseDataset(EN_JSONL, 'jsonl'));
    expect(format).toBe('json');
    expect(warnings).toEqual([]);
    expect(documents).toHaveLength(2);
    const [meeting, summit] = documents;
    expect(meeting.title).toBe('Meeting with President of Kyrgyzstan Sooronbay Jeenbekov');
    expect(meeting.date).toBe('2019-11-28');
    expect(meeting.time).toBe('14:30');
    expect(meeting.place).toBe('Bishkek');
    expect(meeting.language).toBe('en');
    expect(meeting.attribution).toBe(KREMLIN_ATTRIBUTION);
    expect(meeting.geography).toEqual(['Kyrgyzstan']);
    expect(meeting.topics).toEqual(['Foreign policy']);
    expect(meeting.persons).toEqual(['Jeenbekov Sooronbay']);
    expect(meeting.turns).toHaveLength(1);
    expect(meeting.turns[0].speaker).toBe('President of Kyrgyzstan Sooronbay Jeenbekov');
    expect(meeting.turns[0].paragraphs[0]).toBe('Mr President,');
    expect(meeting.turns[0].paragraphs).toHaveLength(5);
    expect(KREMLIN_62149).toContain(meeting.turns[0].paragraphs[4]);
    expect(summit.title).toBe('CSTO summit');
    expect(summit.time).toBe('12:30');
    expect(summit.turns).toEqual([{ speaker: null, paragraphs: expect.any(Array) as unknown as string[] }]);
    expect(summit.turns[0].paragraphs).toHaveLength(4);
    expect(summit.topics).toEqual(['CSTO', 'Foreign policy', 'National security']);
  });

  it('JSON {"documents": [...]}: other column names, body as an array of paragraphs', () => {
    const { documents, warnings } = documentsOf(parseDataset(EN_JSON, 'json'));
    expect(warnings).toEqual([]);
    expect(documents).toHaveLength(2);
    const putin = documents[0];
    expect(putin.title).toBe('Meeting with President of Kyrgyzstan Sooronbay Jeenbekov');
    expect(putin.date).toBe('2019-11-28');
    expect(putin.time).toBe('14:30');
    expect(putin.place).toBe('Bishkek');
    expect(putin.url).toBe('http://en.kremlin.ru/events/president/news/62149');
    expect(putin.summary).toMatch(/^Following the CSTO summit, Vladimir Putin had a separate meeting/);
    expect(putin.turns[0].speaker).toBe('President of Russia Vladimir Putin');
    // The browser line break inside the first paragraph is collapsed to a space.
    expect(putin.turns[0].paragraphs[0]).toBe(
      'Thank you very much for the invitation and for what you have been doing throughout 2019 to develop ' +
        'the Collective Security Treaty Organisation during your presidency of our regional and, in my opinion, very important organization.',
    );
    expect(putin.turns[0].paragraphs.at(-1)).toBe('<…>');
    expect(putin.topics).toEqual(['Foreign policy']);
    expect(documents[1].topics).toEqual(['CSTO', 'Foreign policy', 'National security']);
    expect(documents[1].turns[0].speaker).toBeNull();
  });

  it('JSON Lines with one bad line: the other lines import, a warning names the line', () => {
    const lines = EN_JSONL.trim().split('\n');
    const broken = [lines[0], lines[1].slice(0, 200), lines[1]].join('\n');
    const { documents, warnings } = documentsOf(parseDataset(broken, 'jsonl'));
    expect(documents.map((d) => d.title)).toEqual(['Meeting with President of Kyrgyzstan Sooronbay Jeenbekov', 'CSTO summit']);
    expect(warnings).toEqual(['JSON Lines: line 2 is not valid JSON; it was skipped']);
  });
});

describe('a CSV whose columns need a mapping', () => {
  const mapping: ColumnMapping = { text: 'remarks', date: 'delivered', title: 'occasion' };

  it('fails without the mapping and lists the columns found', () => {
    const outcome = parseDataset(NEEDS_MAPPING, 'csv');
    expect(outcome.kind).toBe('failed');
    if (outcome.kind !== 'failed') return;
    expect(outcome.error).toContain('"occasion", "delivered", "remarks", "venue"');
    expect(outcome.error).toContain('--map text=<column>,title=<column>');
    expect(outcome.error).toContain('mapping dialog');
    expect(missingRequired(guessMapping(['occasion', 'delivered', 'remarks', 'venue']))).toEqual(['text', 'title']);
  });

  it('succeeds with the mapping: multi-line quoted paragraphs, dd.mm.yyyy hh:mm dates', () => {
    const { documents, warnings } = documentsOf(parseDataset(NEEDS_MAPPING, 'csv', mapping));
    expect(warnings).toEqual([]);
    expect(documents).toHaveLength(2);
    expect(documents[0].title).toBe('Meeting with President of Kyrgyzstan Sooronbay Jeenbekov');
    expect(documents[0].date).toBe('2019-11-28');
    expect(documents[0].time).toBe('14:30');
    expect(documents[0].place).toBe('Bishkek'); // "venue" is guessed
    expect(documents[0].turns[0].paragraphs).toHaveLength(8);
    expect(documents[0].turns[0].paragraphs[1]).toMatch(/^I would like to point out that Kyrgyzstan/);
    expect(documents[1].time).toBe('12:30');
    expect(documents[0].attribution).toBeNull();
  });

  it('the same mapping from the CLI flag', () => {
    const parsed = parseMapArg('text=remarks, date=delivered,TITLE=occasion');
    expect(parsed).toEqual(mapping);
    if ('error' in parsed) return;
    expect(parseDataset(NEEDS_MAPPING, 'csv', parsed).kind).toBe('documents');
  });

  it('fails clearly when the mapping names a column the file lacks', () => {
    const outcome = parseDataset(NEEDS_MAPPING, 'csv', { text: 'speech_body' });
    expect(outcome).toMatchObject({ kind: 'failed' });
    if (outcome.kind === 'failed') expect(outcome.error).toMatch(/text=speech_body.*columns found: "occasion"/);
  });
});

describe('guessMapping / missingRequired / parseMapArg', () => {
  it('matches common names case-insensitively, with spaces or underscores', () => {
    expect(guessMapping(['Heading', 'Published', 'Body'])).toEqual({ title: 'Heading', date: 'Published', text: 'Body' });
    expect(guessMapping(['Full Text', 'Publication_Date', 'Source URL', 'Key Words', 'President', 'City'])).toEqual({
      text: 'Full Text',
      date: 'Publication_Date',
      url: 'Source URL',
      tags: 'Key Words',
      speaker: 'President',
      place: 'City',
    });
    expect(guessMapping(['headline', 'transcript', 'keywords', 'lead', 'datetime'])).toEqual({
      title: 'headline',
      text: 'transcript',
      tags: 'keywords',
      summary: 'lead',
      date: 'datetime',
    });
    expect(guessMapping(['raw_date', 'content'])).toEqual({ date: 'raw_date', text: 'content' });
    expect(guessMapping([])).toEqual({});
  });

  it('missingRequired wants a title or a text', () => {
    expect(missingRequired({})).toEqual(['text', 'title']);
    expect(missingRequired({ summary: 'lead', date: 'd' })).toEqual(['text', 'title']);
    expect(missingRequired({ title: 't' })).toEqual([]);
    expect(missingRequired({ text: 'body' })).toEqual([]);
  });

  it('parseMapArg rejects unknown fields and malformed pairs', () => {
    expect(parseMapArg('text=body,date=published')).toEqual({ text: 'body', date: 'published' });
    expect(parseMapArg('text=Full Text')).toEqual({ text: 'Full Text' });
    const unknown = parseMapArg('text=body,body=text');
    expect(unknown).toHaveProperty('error');
    if ('error' in unknown) {
      expect(unknown.error).toContain('unknown field "body"');
      expect(unknown.error).toContain('title, date, time, text');
    }
    expect(parseMapArg('text')).toHaveProperty('error');
    expect(parseMapArg('text=')).toHaveProperty('error');
    expect(parseMapArg('text=a,text=b')).toHaveProperty('error');
    expect(parseMapArg('')).toHaveProperty('error');
    expect(parseMapArg(' , ')).toHaveProperty('error');
  });
});

describe('rows and cells', () => {
  it('skips a row with neither title nor text, with a warning', () => {
    const csv = Papa.unparse([
      { title: 'CSTO summit', text: paragraphs.join('\n'), date: '2019-11-28 12:30:00' },
      { title: '', text: '  ', date: '2019-11-28' },
      { title: '', text: paragraphs[0], date: 'sometime in 2019' },
    ]);
    const { documents, warnings } = documentsOf(parseDataset(csv, 'csv'));
    expect(documents).toHaveLength(2);
    expect(warnings).toEqual(['Row 2 had neither a title nor a text and was skipped']);
    expect(documents[0].time).toBe('12:30');
    // Single line breaks split paragraphs when there is no blank line.
    expect(documents[0].turns[0].paragraphs).toEqual(paragraphs);
    expect(documents[1].title).toBe(paragraphs[0]);
    expect(documents[1].date).toBeNull();
    expect(documents[1].warnings).toContain('The date "sometime in 2019" could not be read');
  });

  it('splits tag cells on | ; , and reads "November 28, 2019"', () => {
    const rows = [
      {
        title: 'A',
        tags: 'CSTO | Foreign policy',
        persons: 'Jeenbekov Sooronbay; Putin Vladimir',
        geography: 'Kyrgyzstan, Russia',
        date: 'November 28, 2019',
      },
    ];
    const { documents } = documentsOf(parseDataset(JSON.stringify(rows), 'json'));
    expect(documents[0].topics).toEqual(['CSTO', 'Foreign policy']);
    expect(documents[0].persons).toEqual(['Jeenbekov Sooronbay', 'Putin Vladimir']);
    expect(documents[0].geography).toEqual(['Kyrgyzstan', 'Russia']);
    expect(documents[0].date).toBe('2019-11-28');
  });
});

describe('date cells', () => {
  it('reads ISO, English, dd.mm.yyyy and Russian dates; keeps the written clock time', () => {
    expect(parseDatasetDate('2019-11-28')).toEqual({ date: '2019-11-28', time: null });
    expect(parseDatasetDate('2019-11-28T14:30')).toEqual({ date: '2019-11-28', time: '14:30' });
    expect(parseDatasetDate('2019-11-28 14:30:00')).toEqual({ date: '2019-11-28', time: '14:30' });
    expect(parseDatasetDate('2019-11-28T14:30:00+03:00')).toEqual({ date: '2019-11-28', time: '14:30' });
    expect(parseDatasetDate('November 28, 2019')).toEqual({ date: '2019-11-28', time: null });
    expect(parseDatasetDate('November 28, 2019, 14:30')).toEqual({ date: '2019-11-28', time: '14:30' });
    expect(parseDatasetDate('28.11.2019')).toEqual({ date: '2019-11-28', time: null });
    expect(parseDatasetDate('28 ноября 2019 года')).toEqual({ date: '2019-11-28', time: null });
    expect(parseDatasetDate('1 мая 2020 г.')).toEqual({ date: '2020-05-01', time: null });
    expect(parseDatasetDate('3 марта 2021')).toEqual({ date: '2021-03-03', time: null });
    expect(parseDatasetDate('2019-02-30')).toBeNull();
    expect(parseDatasetDate('11/28/2019')).toBeNull();
    expect(parseDatasetDate('28 брюмера 2019 года')).toBeNull();
  });

  it('a semicolon-separated CSV is read too', () => {
    const { documents } = documentsOf(parseDataset(`title;date;text\nCSTO summit;28.11.2019;${paragraphs[0]}\n`, 'csv'));
    expect(documents[0]).toMatchObject({
      title: 'CSTO summit',
      date: '2019-11-28',
      turns: [{ speaker: null, paragraphs: [paragraphs[0]] }],
    });
  });
});

describe('never throws', () => {
  it('empty input', () => {
    for (const kind of ['csv', 'tsv', 'json', 'jsonl'] as const) {
      expect(parseDataset('', kind).kind).toBe('skipped');
      expect(parseDataset('\ufeff  \n', kind).kind).toBe('skipped');
      expect(readDatasetTable('', kind)).toEqual({ error: 'The file is empty' });
    }
  });

  it('malformed CSV with an unclosed quote: a warning naming the row', () => {
    const csv = `title,text\nCSTO summit,${paragraphs[0]}\n"Meeting,${paragraphs[1]}\nx,${paragraphs[2]}\n`;
    const { warnings, documents } = documentsOf(parseDataset(csv, 'csv'));
    expect(documents.map((d) => d.title)).toEqual(['CSTO summit', expect.stringMatching(/^Meeting,/)]);
    expect(warnings).toEqual([
      'CSV: row 2 (line 3) has a quote that is never closed; the rest of the file was read into that row',
      'CSV: row 2 has fewer fields than the header; the missing ones are empty',
    ]);
  });

  it('malformed CSV with a stray quote inside a quoted field', () => {
    const csv = `title,text\nCSTO summit,${paragraphs[0]}\n"Meeting,"${paragraphs[1]}\nx,"${paragraphs[2]}"\n`;
    const { warnings, documents } = documentsOf(parseDataset(csv, 'csv'));
    expect(documents).toHaveLength(2);
    expect(warnings).toEqual([
      'CSV: row 2 (line 3) has a stray quote inside a quoted field; the lines after it may have been read into that row',
      'CSV: row 2 has fewer fields than the header; the missing ones are empty',
    ]);
  });

  it('CSV rows with too many or too few fields', () => {
    const csv = `title,text\nCSTO summit,${paragraphs[0]},extra\nMeeting\n`;
    const { warnings, documents } = documentsOf(parseDataset(csv, 'csv'));
    expect(documents).toHaveLength(2);
    expect(documents[0].turns[0].paragraphs).toEqual([paragraphs[0]]);
    expect(warnings).toEqual([
      'CSV: row 1 has more fields than the header; the extra fields were dropped',
      'CSV: row 2 has fewer fields than the header; the missing ones are empty',
    ]);
  });

  it('malformed JSON: failed with the line', () => {
    const outcome = parseDataset('[\n{"title": "CSTO summit",\n "text": }\n]', 'json');
    expect(outcome.kind).toBe('failed');
    if (outcome.kind === 'failed') expect(outcome.error).toMatch(/^JSON: the file is not valid JSON.*line 3/);
    expect(parseDataset('"just a string"', 'json').kind).toBe('failed');
    expect(parseDataset('[1, 2, 3]', 'json').kind).toBe('failed');
    expect(parseDataset('{"count": 3}', 'json').kind).toBe('failed');
    expect(parseDataset('not json at all\n{also not}', 'jsonl')).toMatchObject({ kind: 'failed' });
  });

  it('a huge single field', () => {
    const huge = `${paragraphs.join('\n\n')}\n\n`.repeat(40_000); // ~15 MB
    const csv = Papa.unparse([{ title: 'CSTO summit', text: huge }]);
    const { documents } = documentsOf(parseDataset(csv, 'csv'));
    expect(documents[0].turns[0].paragraphs).toHaveLength(120_000);
    const jsonl = JSON.stringify({ title: 'x'.repeat(1_000_000), date: '9'.repeat(100_000) });
    const outcome = documentsOf(parseDataset(jsonl, 'jsonl'));
    expect(outcome.documents[0].date).toBeNull();
  });

  it('odd inputs', () => {
    const inputs = ['\u0000\u0001', '"', '[', '{', ',,,\n,,,', 'a\tb\n1', '\ufeff', '[{}]', '{"data": []}', 'title\n'];
    for (const input of inputs) {
      for (const kind of ['csv', 'tsv', 'json', 'jsonl'] as const) {
        expect(() => parseDataset(input, kind)).not.toThrow();
        expect(() => readDatasetTable(input, kind)).not.toThrow();
      }
    }
    expect(parseDataset(undefined as unknown as string, 'csv').kind).toBe('skipped');
  });
});
