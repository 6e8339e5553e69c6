/**
 * Speaker labels in copied en.kremlin.ru text (CC BY 4.0), read from evidence.
 * tests/fixtures/labels/ holds bulk pages as saved HTML and as copied text (rendered from that
 * HTML the way the dev copies were: see tests/fixtures/README.md); the HTML's bold labels are
 * the truth. Inline lines below are copied from the bulk pages named in each test.
 */
import { documentsOf } from '../../main/import/types';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseKremlinHtml } from '../../main/import/kremlin-html';
import { explainKremlinText, parseKremlinText } from '../../main/import/kremlin-text';
import { readLabel, splitLabel } from '../../main/import/kremlin-text-labels';
import type { ParsedDocument } from '../../main/import/types';
import { FIXTURES } from './helpers';

const LABELS = join(FIXTURES, 'labels');
const speakers = (doc: ParsedDocument): string[] => doc.turns.filter((t) => t.speaker !== null).map((t) => t.speaker as string);

/** A page of copied text around real body lines, as in kremlin-text.test.ts. */
const page = (...lines: string[]): string =>
  ['Events', ...lines, 'Publication status', 'Published in section: News', 'Text version'].join('\n');
const parse = (...lines: string[]): ParsedDocument => documentsOf(parseKremlinText(page(...lines)))[0];
const explain = (...lines: string[]) => explainKremlinText(page(...lines))[0].labels;

describe('bulk pages: the copy gives the labels of the saved HTML', () => {
  const ids = readdirSync(join(LABELS, 'kremlin_en_txt')).map((f) => f.replace('.txt', ''));
  it('has the pages', () => expect(ids.length).toBeGreaterThanOrEqual(10));
  it.each(ids)('%s', (id) => {
    const outcome = parseKremlinHtml(readFileSync(join(LABELS, 'kremlin_en_html', `${id}.html`), 'utf8'));
    if (outcome.kind !== 'documents') throw new Error(outcome.kind);
    const [fromText] = documentsOf(parseKremlinText(readFileSync(join(LABELS, 'kremlin_en_txt', `${id}.txt`), 'utf8')));
    expect(speakers(fromText)).toEqual(speakers(outcome.documents[0]));
  });

  it('the classes the pages stand for', () => {
    const read = (id: string) => documentsOf(parseKremlinText(readFileSync(join(LABELS, 'kremlin_en_txt', `${id}.txt`), 'utf8')))[0];
    // Titles in another order, "All" inside a name (17408); "May" as a surname, label broken after the link (52822).
    expect(speakers(read('17408'))).toContain('Patriarch Kirill of Moscow and All Russia');
    expect(speakers(read('52822'))).toContain('Prime Minister of Great Britain Theresa May');
    // A label broken after the link right after a "See also" block is the body's, not a link (56354).
    expect(speakers(read('56354'))).toEqual([
      'President of the Arab Republic of Egypt Abdel Fattah el-Sisi (re-translated)',
      'President of Russia Vladimir Putin',
    ]);
    // Digits, commas and a salutation after the label (51300, 51526).
    expect(speakers(read('51300'))).toContain('Commander of the 58th Army of the Southern Military District Andrey Gurulyov');
    expect(speakers(read('51526'))).toContain('Hero of the Russian Federation, Colonel Viktor Romanov');
    // A role after the name, in lower case (56318, 56858).
    expect(speakers(read('56318'))).toContain('Sports commentator Dmitry Guberniyev, ceremony moderator');
    expect(speakers(read('56858'))).toContain(
      'Dmitry Kucheryavin, manual arc welding technician at a branch of JSC AEM-technology ATOMMASH',
    );
    // Not labels: a list of posts (57492), deadlines (57078).
    expect(speakers(read('57492'))).not.toContain('Minister of Natural Resources');
    expect(speakers(read('57078'))).toEqual([]);
  });
});

describe('labels the line rules used to miss', () => {
  it('a long note in brackets is part of the label (17108)', () => {
    const doc = parse(
      'Meeting with election campaign activists',
      'December 10, 2012',
      'Vladimir Putin (responding to remarks by test pilot Magomed Tolboyev): First of all, concerning the development of short distance local aviation, this is something we discussed at the last meeting.',
    );
    expect(speakers(doc)).toEqual(['Vladimir Putin (responding to remarks by test pilot Magomed Tolboyev)']);
  });

  it('a role with commas and "and", broken after the person link (51608)', () => {
    const doc = parse(
      'Meeting with Government members',
      'March 30, 2016',
      'Minister of Construction, Housing and Utilities Mikhail Men',
      ': Mr President, colleagues,',
    );
    expect(doc.turns[0]).toEqual({
      speaker: 'Minister of Construction, Housing and Utilities Mikhail Men',
      paragraphs: ['Mr President, colleagues,'],
    });
  });

  it('a name and a role, initials, a first name and a town (51716)', () => {
    const doc = parse(
      'Direct Line with Vladimir Putin',
      'April 14, 2016',
      'Yevgeny Rozhkov, reporter at VGTRK: This is a joint project between Channel One and Rossiya television channel.',
      'Dmitry, Moscow: Good afternoon, Mr President. I have a question about medicine.',
      'Vladimir Putin: Look, there is one of your colleagues, nodding in agreement. Give him the microphone, please.',
      'A. Repik: Good afternoon, Mr President. I believe that Eldar has proposed a good idea.',
      'E. Choinozov: Good day, Mr President!',
    );
    expect(speakers(doc)).toEqual(['Yevgeny Rozhkov, reporter at VGTRK', 'Dmitry, Moscow', 'Vladimir Putin', 'A. Repik', 'E. Choinozov']);
  });

  it('names in capitals or printed without a space (17808, 17864, 7996)', () => {
    expect(
      speakers(
        parse('Press statements', 'June 1, 2012', 'Vladimir PUTIN: I think that we should seek an immediate cessation of hostilities.'),
      ),
    ).toEqual(['Vladimir PUTIN']);
    expect(speakers(parse('Visit to Tobolsk', 'June 1, 2012', 'VladimirPUTIN: Good.'))).toEqual(['VladimirPUTIN']);
    expect(
      speakers(
        parse(
          'Forum',
          'June 22, 2011',
          'President OF RUSSIA DMITRY MEDVEDEV: I think this forum that has opened today has great importance.',
        ),
      ),
    ).toEqual(['President OF RUSSIA DMITRY MEDVEDEV']);
  });

  it('a label whose first paragraph the copy broke after a link is still a label (55052)', () => {
    const doc = parse(
      'Meeting with metallurgical companies',
      'February 28, 2017',
      'Vladimir Putin: But I understand what you are saying.',
      'Viktor Rasskazov: Good afternoon, Mr President. Viktor Rasskazov, head of the production and analytical department, Lebedinsky GOK',
      'As you have already mentioned, in accordance with the 10-year programme for developing and revamping our production facilities, we introduced another HBI module.',
    );
    expect(speakers(doc)).toEqual(['Vladimir Putin', 'Viktor Rasskazov']);
  });
});

describe('lines that are not labels', () => {
  it('a source introducing a quotation inside a speech (55882)', () => {
    const lines = [
      'Meeting of the Valdai International Discussion Club',
      'October 24, 2014',
      'Vladimir Putin: How all the Western countries pushed for it and pressurised this International Court in the Hague!',
      'Germany: “This is a matter of peoples’ right to self-determination. International law pertaining to the territorial integrity of states does not apply to such peoples.” They decided to declare independence, well, good for them. And the integrity principles do not apply to this state.',
      'The United Kingdom: “Secession, or the declaration of independence, does not contradict international law in itself.”',
      'France: “It (international law) does not allow, but does not forbid it (secession or separation) in general.” So here you are.',
      'Then there was the reaction to this Court ruling.',
      'Germany: “The consultative ruling of the International Court confirms our legal assessment of the legitimacy of Kosovo’s declaration of independence. It reinforces our opinion that the independence and territorial integrity of the Republic of Kosovo are undeniable.”',
    ];
    const doc = parse(...lines);
    expect(speakers(doc)).toEqual(['Vladimir Putin']);
    expect(doc.turns[0].paragraphs).toHaveLength(6);
    const germany = explain(...lines).find((d) => d.label === 'Germany');
    expect(germany?.verdict).toBe('text');
    expect(germany?.reasons).toEqual(['a quotation follows the colon', 'nothing else vouches for it']);
  });

  it('a person who is otherwise a speaker may open with a quotation (56378 has “Save the Children”)', () => {
    const doc = parse(
      'Meeting',
      'June 1, 2018',
      'Vladimir Putin: Please go ahead.',
      'Question: Thank you.',
      'Vladimir Putin: “Save the Children”, go ahead.',
    );
    expect(speakers(doc)).toEqual(['Vladimir Putin', 'Question', 'Vladimir Putin']);
  });

  it('a question nobody answers, after which the speech goes on, is the speaker’s own', () => {
    const speech = [
      'Address',
      'March 1, 2018',
      'Vladimir Putin: Colleagues, it will be necessary to allocate considerable additional funds.',
      'Question: at what expense? Where do we get these funds?',
      'First of all, it is essential to clearly prioritise these tasks.',
      'It is necessary to involve private companies more actively.',
      'The future Government will have to establish new taxation rules.',
    ];
    const doc = parse(...speech);
    expect(speakers(doc)).toEqual(['Vladimir Putin']);
    expect(doc.turns[0].paragraphs[1]).toBe('Question: at what expense? Where do we get these funds?');
    expect(explain(...speech).find((d) => d.label === 'Question')).toMatchObject({
      verdict: 'text',
      reasons: ['a generic label that no label follows, with 3 paragraphs after it'],
    });
    // Answered, or at the very end of the page, it is a turn.
    expect(speakers(parse(...speech.slice(0, 4), 'Vladimir Putin: First of all, it is essential to prioritise.'))).toEqual([
      'Vladimir Putin',
      'Question',
      'Vladimir Putin',
    ]);
    expect(speakers(parse(...speech.slice(0, 3), 'Remark: Thank you.'))).toEqual(['Vladimir Putin', 'Remark']);
  });

  it('enumerations and remarks inside a speech (62860, 63416)', () => {
    const doc = parse(
      'Meeting',
      'February 20, 2020',
      'Vladimir Putin: The number of people killed has increased by more than a third, and the number of injured has risen 1.5 times.',
      'Next: further de-criminalisation of the economy and the fight against corruption as well as protection of budget money.',
      'Third: as I have reported to you, Mr President, we have begun to transition a number of hospitals back to providing routine medical care.',
    );
    expect(speakers(doc)).toEqual(['Vladimir Putin']);
    // "Next" opens a clause, so it is no candidate at all; "Third" is one, refused.
    expect(explain('Meeting', 'May 7, 2020', 'Third: as I have reported to you, Mr President, we have begun.')[0].reasons).toEqual([
      '“Third” is an enumeration or discourse word',
    ]);
  });

  it('a heading with a colon on a page without speakers (34006), a colon inside a quoted title (28914)', () => {
    expect(
      speakers(
        parse(
          'Vladimir Putin signed a Decree',
          'September 4, 2005',
          '00:00',
          'Text of the Decree:',
          '“The selflessness and extreme professionalism shown during the rescuing of Russian sailors will be rewarded.',
        ),
      ),
    ).toEqual([]);
    expect(
      splitLabel(
        'President Putin with British Prime Minister Tony Blair before opening of the International Energy Conference “Russia-UK: Long-Term Partnership.”',
      ),
    ).toBeNull();
  });

  it('a photo credit is a caption (58402)', () => {
    const doc = parse(
      'Meeting with Acting Governor of Omsk Region Alexander Burkov',
      'August 28, 2018',
      '14:00',
      'Omsk',
      'With Acting Governor of the Omsk Region Alexander Burkov. Photo: RIA Novosti',
      'The discussion focused on the socioeconomic and environmental situation in the region.',
    );
    expect(doc.captions).toContain('With Acting Governor of the Omsk Region Alexander Burkov. Photo: RIA Novosti');
    expect(speakers(doc)).toEqual([]);
  });

  it('a date followed by a colon (17156)', () => {
    const lines = [
      'Announcement: accreditation',
      'December 18, 2012',
      '14:00',
      'December 19, 2012: accredited journalists will enter the Kremlin via the Kutafya Tower from 10.00 am to 11.00 am, from 02.00 pm to 02.30 pm and from 04.00 pm to 04.30 pm (Moscow time).',
      'Events will take place in the Grand Kremlin Palace.',
    ];
    expect(speakers(parse(...lines))).toEqual([]);
    expect(explain(...lines)[0]).toMatchObject({ verdict: 'text', reasons: ['“December 19, 2012” is a date or a time'] });
  });

  it('form fields and deadlines (62929, 57078)', () => {
    expect(speakers(parse('Accreditation', 'May 1, 2019', 'Email: accredit@may9.ru'))).toEqual([]);
    expect(explain('Instructions', 'April 1, 2018', 'Deadline: April 15, 2018.')[0].reasons).toEqual(['“Deadline” is a form field']);
  });
});

describe('the line reading', () => {
  it('says which person a label names', () => {
    expect(readLabel('Hero of the Russian Federation, Colonel Viktor Romanov: Comrade Supreme Commander-in-Chief,')?.person).toBe(
      'Viktor Romanov',
    );
    expect(readLabel('Alexei Kudrin, Chairman of the Accounts Chamber: Thank you, Mr President.')?.person).toBe('Alexei Kudrin');
    expect(readLabel('Question from Izhevsk: Good evening.')?.generic).toBe(true);
    expect(readLabel('Interior Minister: Vladimir Kolokoltsev.')).toBeNull();
  });
});
