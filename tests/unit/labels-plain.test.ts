/**
 * Speaker labels in plain transcripts: Miller Center files (public domain) in
 * tests/fixtures/labels/miller_center_txt. The expected labels were written by reading
 * the files (every paragraph that opens with a speaker, in order).
 */
import { documentsOf } from '../../main/import/types';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainPlainText, parsePlainText } from '../../main/import/plain-text';
import { decidePlainLabels, labelOf } from '../../main/import/plain-text-labels';
import type { ParsedDocument } from '../../main/import/types';
import { FIXTURES } from './helpers';

const DIR = join(FIXTURES, 'labels', 'miller_center_txt');
const read = (name: string): ParsedDocument => documentsOf(parsePlainText(readFileSync(join(DIR, name), 'utf8'), name))[0];
const speakers = (doc: ParsedDocument): (string | null)[] => doc.turns.map((t) => t.speaker);

describe('Miller Center transcripts read as dialogues', () => {
  it('a single surname in capitals, and the crowd (2017-07-24)', () => {
    const doc = read('2017-07-24-speech-boy-scout-jamboree.txt');
    expect(speakers(doc)).toEqual(['TRUMP', 'CROWD', 'TRUMP', 'CROWD', 'TRUMP', 'CROWD', 'TRUMP', 'CROWD', 'TRUMP']);
    expect(doc.turns[0].paragraphs[0]).toBe('Thank you, everybody. Thank you very much. I am thrilled to be here. Thrilled.');
  });

  it('a speech with labels only at its end: the opening is the president’s; a name opening a paragraph is no label (2020-02-06)', () => {
    const doc = read('2020-02-06-remarks-after-his-acquittal.txt');
    expect(speakers(doc)).toEqual(['Donald Trump', 'REPRESENTATIVE MEADOWS', 'THE PRESIDENT']);
    expect(doc.turns[0].paragraphs).toContain('Lee Zeldin. How good are you? How good are you? (Applause.) Man.');
  });

  it('titled period labels: "The Attorney General.", "The Secretary of Transportation." (1981-08-03)', () => {
    const doc = read('1981-08-03-remarks-air-traffic-controllers-strike.txt');
    const labels = speakers(doc);
    expect(labels.slice(0, 14)).toEqual([
      'The President',
      'Q',
      'The President',
      'Q',
      'The President',
      'The Attorney General',
      'Q',
      'The Attorney General',
      'Q',
      'The Attorney General',
      'Q',
      'The Attorney General',
      'Q',
      'The Secretary of Transportation',
    ]);
    // Every paragraph that opens with one of the four labels (8 + 35 + 11 + 18), and nothing else.
    expect(labels).toHaveLength(72);
    expect(labels.filter((l) => l === 'The President')).toHaveLength(8);
    expect(labels.filter((l) => l === 'Q')).toHaveLength(35);
    expect(labels.filter((l) => l === 'The Attorney General')).toHaveLength(11);
    expect(labels.filter((l) => l === 'The Secretary of Transportation')).toHaveLength(18);
  });

  it('guests in capitals, and a label after an HTML line break (2018-03-19)', () => {
    expect(speakers(read('2018-03-19-remarks-combating-opioid-crisis.txt'))).toEqual([
      'THE PRESIDENT',
      'MS. MOZER',
      'THE PRESIDENT',
      'MS. MOZER',
      'THE PRESIDENT',
      'AUDIENCE',
      'THE PRESIDENT',
      'AGENT DUNN',
      'THE PRESIDENT',
      'MR. KELLY',
      'THE PRESIDENT',
      'MR. KELLY',
      'THE PRESIDENT',
      'SECRETARY AZAR',
      'THE PRESIDENT',
      'SECRETARY AZAR',
      'THE PRESIDENT',
      'SECRETARY AZAR',
      'THE PRESIDENT',
    ]);
  });

  it('the audience in mixed case with a period (1992-08-20)', () => {
    const labels = speakers(read('1992-08-20-republican-national-convention.txt'));
    expect(labels[0]).toBe('George H. W. Bush');
    expect(labels.slice(1)).toEqual(Array.from({ length: 11 }, () => ['Audience members', 'The President']).flat());
  });

  it('a moderator opening a debate is not the president (1976-10-06)', () => {
    const doc = read('1976-10-06-debate-president-gerald-ford-foreign-and.txt');
    expect(doc.turns[0].speaker).toBeNull();
    expect(doc.turns[0].paragraphs[0]).toMatch(/^Good evening\. I am Pauline Frederick of NPR/);
    expect(speakers(doc).slice(1, 6)).toEqual(['MR. FRANKEL', 'MR. CARTER', 'THE MODERATOR', 'THE PRESIDENT', 'THE MODERATOR']);
  });
});

describe('what is not a label in plain text', () => {
  it('a speech addressing people by name stays one turn (2018-01-30: "CJ: Great work.", "Ryan and Rebecca: …")', () => {
    const doc = read('2018-01-30-state-union-address.txt');
    expect(speakers(doc)).toEqual(['Donald Trump']);
    const [explained] = explainPlainText(
      readFileSync(join(DIR, '2018-01-30-state-union-address.txt'), 'utf8'),
      '2018-01-30-state-union-address.txt',
    );
    expect(explained.labels.find((d) => d.label === 'CJ')).toMatchObject({
      verdict: 'text',
      reasons: ['one label, printed once, does not make a dialogue'],
    });
  });

  it('a quoted deposition’s "Q." and "A." in a message are the president’s text (1867-12-12, the dev fixture)', () => {
    const name = '1867-12-12-message-regarding-suspension-secretary.txt';
    const [explained] = explainPlainText(readFileSync(join(FIXTURES, 'miller_center_txt', name), 'utf8'), name);
    expect(explained.document.turns).toHaveLength(1);
    expect(explained.labels.filter((d) => d.label === 'Q').every((d) => d.verdict === 'text')).toBe(true);
    expect(explained.labels[0].reasons[0]).toMatch(/no label is the president \(Andrew Johnson\) or the audience/);
  });

  it('salutations, signatures, enumerations, dates (real lines from the Miller Center files)', () => {
    expect(labelOf('Gentlemen of the House of Representatives: I have maturely considered the Act passed by the two Houses.')).toBeNull();
    expect(
      labelOf('Mr. Speaker, Mr. Vice President, Members of Congress, the First Lady of the United States, and my fellow Americans:'),
    ).toBeNull();
    expect(labelOf('FELLOW-CITIZENS: You have been assembled in your respective halls of legislation.')).toBeNull();
    expect(labelOf('First. To authorize the Executive to approve of so much of any measure passing the two Houses.')).toBeNull();
    expect(labelOf('When Mr. Staebler left the White House the other day he said important things are happening.')).toBeNull();
    // A signature: a candidate, refused in a document that is no dialogue.
    const decisions = decidePlainLabels(['To the Senate of the United States:', 'TH: JEFFERSON.'], 'Thomas Jefferson');
    expect(decisions[1]?.verdict).toBe('text');
  });
});
