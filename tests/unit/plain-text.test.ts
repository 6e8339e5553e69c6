/**
 * parsePlainText on the Miller Center transcripts (public domain) and on small inputs built
 * from real en.kremlin.ru lines (CC BY 4.0) and kremlin.ru Russian text (CC BY 4.0).
 * Expected values in tests/fixtures/expected/miller/ were written by reading the files.
 */
import { documentsOf } from '../../main/import/types';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MILLER_CENTER_ATTRIBUTION, parsePlainText } from '../../main/import/plain-text';

const FIXTURES = join(__dirname, '..', 'fixtures');
const MILLER = join(FIXTURES, 'miller_center_txt');
const EXPECTED = join(FIXTURES, 'expected', 'miller');

interface MillerExpected {
  file: string;
  title: string;
  date: string;
  persons: string[];
  attribution: string;
  language: string;
  turnCount: number;
  firstSpeakers: string[];
  firstParagraphStartsWith: string;
}

const kremlinLines = readFileSync(join(FIXTURES, 'kremlin_en_txt', '47104.txt'), 'utf8').split('\n');
const line = (n: number): string => kremlinLines[n - 1];

describe('parsePlainText: Miller Center transcripts', () => {
  const files = readdirSync(EXPECTED).filter((f) => f.endsWith('.json'));

  it('has an expected file for each of the 12 fixtures', () => {
    expect(files).toHaveLength(12);
    expect(readdirSync(MILLER).filter((f) => f.endsWith('.txt'))).toHaveLength(12);
  });

  it.each(files)('%s', (jsonName) => {
    const expected = JSON.parse(readFileSync(join(EXPECTED, jsonName), 'utf8')) as MillerExpected;
    const docs = documentsOf(parsePlainText(readFileSync(join(MILLER, expected.file), 'utf8'), expected.file));
    expect(docs).toHaveLength(1);
    const doc = docs[0];
    expect(doc.title).toBe(expected.title);
    expect(doc.date).toBe(expected.date);
    expect(doc.persons).toEqual(expected.persons);
    expect(doc.attribution).toBe(expected.attribution);
    expect(doc.language).toBe(expected.language);
    expect(doc.turns).toHaveLength(expected.turnCount);
    expect(doc.turns.slice(0, expected.firstSpeakers.length).map((t) => t.speaker)).toEqual(expected.firstSpeakers);
    expect(doc.turns[0].paragraphs[0].startsWith(expected.firstParagraphStartsWith)).toBe(true);
    expect(doc.warnings).toEqual([]);
    // no paragraph is empty, and none still holds a line break
    for (const turn of doc.turns) for (const p of turn.paragraphs) expect(p).toMatch(/^\S(.*\S)?$/s);
    for (const turn of doc.turns) for (const p of turn.paragraphs) expect(p).not.toContain('\n');
  });

  it('keeps a one-turn speech whole: every paragraph, the header left out', () => {
    const text = readFileSync(join(MILLER, '1945-08-09-radio-report-american-people-potsdam-conference.txt'), 'utf8');
    const [doc] = documentsOf(parsePlainText(text, '1945-08-09-radio-report-american-people-potsdam-conference.txt'));
    const blocks = text
      .split(/\n\s*\n/)
      .map((b) => b.trim())
      .filter(Boolean);
    expect(doc.turns[0].paragraphs).toHaveLength(blocks.length - 1); // minus "President: Harry S. Truman"
    expect(doc.turns[0].paragraphs[1]).toBe(
      'I have just returned from Berlin, the city from which the Germans intended to rule the world. It is a ghost city. The buildings are in ruins, its economy and its people are in ruins.',
    );
  });

  it('splits paragraphs at Markdown hard breaks (two trailing spaces)', () => {
    const [doc] = documentsOf(
      parsePlainText(
        readFileSync(join(MILLER, '1867-12-12-message-regarding-suspension-secretary.txt'), 'utf8'),
        '1867-12-12-message-regarding-suspension-secretary.txt',
      ),
    );
    const paragraphs = doc.turns[0].paragraphs;
    expect(paragraphs.slice(0, 3)).toEqual([
      'To the Senate of the United States:',
      expect.stringMatching(/^On the 12th of August last I suspended Mr\. Stanton/),
      'The following are copies of the Executive orders:',
    ]);
    // the quoted "Q." / "A." of a deposition and the letters' "SIR:" do not make this a dialogue
    expect(doc.turns).toHaveLength(1);
    expect(doc.turns[0].speaker).toBe('Andrew Johnson');
  });

  it('reads the press conference turns with their text after the label', () => {
    const [doc] = documentsOf(
      parsePlainText(readFileSync(join(MILLER, '1964-02-01-press-conference.txt'), 'utf8'), '1964-02-01-press-conference.txt'),
    );
    const q = doc.turns[1];
    expect(q.speaker).toBe('Q');
    expect(q.paragraphs[0].startsWith('Mr. President, do you foresee a situation')).toBe(true);
    expect(doc.turns[0].paragraphs.length).toBeGreaterThan(5); // the opening statement runs on
  });

  it('lets the speech resume after an audience interjection', () => {
    const [doc] = documentsOf(
      parsePlainText(
        readFileSync(join(MILLER, '2004-09-03-remarks-republican-national-convention.txt'), 'utf8'),
        '2004-09-03-remarks-republican-national-convention.txt',
      ),
    );
    expect(doc.turns[1]).toEqual({ speaker: 'AUDIENCE', paragraphs: ['Four more years! Four more years! Four more years!'] });
    expect(doc.turns[2].speaker).toBe('THE PRESIDENT');
    expect(doc.turns[2].paragraphs[0].startsWith('The story of America is the story of expanding liberty')).toBe(true);
  });

  it('takes a path with directories and Windows separators', () => {
    const text = readFileSync(join(MILLER, '1797-11-22-first-annual-message.txt'), 'utf8');
    const [doc] = documentsOf(parsePlainText(text.replace(/\n/g, '\r\n'), 'C:\\Users\\me\\Downloads\\1797-11-22-first-annual-message.txt'));
    expect(doc.title).toBe('First annual message');
    expect(doc.date).toBe('1797-11-22');
    expect(doc.turns[0].paragraphs[0].startsWith('I was for some time apprehensive')).toBe(true);
  });
});

describe('parsePlainText: other plain text', () => {
  it('reads a Markdown file: heading title, date line, "Name: text" labels', () => {
    const md = [
      '# Interview to Anadolu Agency',
      '',
      line(4), // November 28, 2014
      '',
      line(7), // Question: ...
      '',
      line(8), // President of Russia Vladimir Putin: ...
      '',
      line(9),
      '',
      line(17), // Question: ...
      '',
      line(18), // Vladimir Putin: ...
      '',
    ].join('\n');
    const [doc] = documentsOf(parsePlainText(md, 'anadolu-interview.md'));
    expect(doc.title).toBe('Interview to Anadolu Agency');
    expect(doc.date).toBe('2014-11-28');
    expect(doc.attribution).toBeNull();
    expect(doc.persons).toEqual([]);
    expect(doc.language).toBe('en');
    expect(doc.turns.map((t) => t.speaker)).toEqual(['Question', 'President of Russia Vladimir Putin', 'Question', 'Vladimir Putin']);
    expect(doc.turns[1].paragraphs).toEqual([line(8).replace('President of Russia Vladimir Putin: ', ''), line(9)]);
  });

  it('reads a .txt with a title line and "Name: text" labels, joining wrapped lines', () => {
    const wrap = (s: string): string => s.replace(/(.{70}\S*) /g, '$1\n');
    const txt = ['Interview to Anadolu Agency', '', wrap(line(23)), '', wrap(line(24)), '', wrap(line(31)), '', wrap(line(32)), ''].join(
      '\n',
    );
    const [doc] = documentsOf(parsePlainText(txt, 'interview.txt'));
    expect(doc.title).toBe('Interview to Anadolu Agency');
    expect(doc.date).toBeNull();
    expect(doc.turns).toHaveLength(4);
    expect(doc.turns[0]).toEqual({ speaker: 'Question', paragraphs: [line(23).replace('Question: ', '')] });
    expect(doc.turns[3]).toEqual({ speaker: 'Vladimir Putin', paragraphs: [line(32).replace('Vladimir Putin: ', '')] });
  });

  it('does not turn a single "Note:" in a speech into a speaker', () => {
    const txt = [line(10), '', 'Note: ' + line(11), '', line(12), ''].join('\n');
    const [doc] = documentsOf(parsePlainText(txt, 'statement 20141128.txt'));
    expect(doc.date).toBe('2014-11-28');
    expect(doc.title).toBe('Statement');
    expect(doc.turns).toEqual([{ speaker: null, paragraphs: [line(10), 'Note: ' + line(11), line(12)] }]);
  });

  it('reads Russian text: language "ru" and a Russian date line', () => {
    const csv = readFileSync(join(FIXTURES, 'kremlin_ru_csv', 'kremlin_articles_ru.sample.csv'), 'utf8');
    const summary =
      'Имена лауреатов на пресс-конференции объявили помощник Президента Андрей Фурсенко и председатель Координационного совета по делам молодёжи в научной и образовательной сферах Совета при Президенте по науке и образованию Никита Марченков.';
    expect(csv).toContain(summary);
    const txt = [
      'Объявлены лауреаты премии Президента в области науки и инноваций для молодых учёных за 2024 год',
      '',
      '5 февраля 2025 года',
      '',
      summary,
      '',
    ].join('\n');
    const [doc] = documentsOf(parsePlainText(txt, 'laureates.txt'));
    expect(doc.language).toBe('ru');
    expect(doc.date).toBe('2025-02-05');
    expect(doc.title).toBe('Объявлены лауреаты премии Президента в области науки и инноваций для молодых учёных за 2024 год');
    expect(doc.turns).toEqual([{ speaker: null, paragraphs: [summary] }]);
  });

  it('returns no document for an empty file and never throws', () => {
    expect(documentsOf(parsePlainText('', 'empty.txt'))).toEqual([]);
    expect(documentsOf(parsePlainText('\ufeff\n \n\t\n', 'blank.txt'))).toEqual([]);
    const odd = ['President:', 'President: X', '#', '# ', ': : :', 'Q.', 'Q. Q. Q.', '\u0000\u0001', 'A:\nB:\nC:'];
    for (const text of odd) {
      expect(() => documentsOf(parsePlainText(text, ''))).not.toThrow();
      expect(() => documentsOf(parsePlainText(text, '9999-99-99.txt'))).not.toThrow();
    }
    const [doc] = documentsOf(parsePlainText('President: Jimmy Carter\n', '1979-07-15-crisis-confidence-speech.txt'));
    expect(doc.persons).toEqual(['Jimmy Carter']);
    expect(doc.turns).toEqual([]);
    expect(doc.warnings).toEqual(['no text after the header']);
    expect(doc.attribution).toBe(MILLER_CENTER_ATTRIBUTION);
  });
});
