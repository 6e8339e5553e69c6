/**
 * personFromLabel / personKey on real speaker labels.
 * Kremlin labels: en.kremlin.ru (CC BY 4.0), collected from the 45 dev pages
 * (corpus dev/OVERVIEW-kremlin_en_html.tsv, column speaker_labels) and checked by hand.
 * US labels: Miller Center transcripts (public domain), tests/fixtures/miller_center_txt and
 * the bulk Miller Center set.
 */
import { describe, expect, it } from 'vitest';
import { isGenericLabel, personFromLabel, personKey } from '../../shared/speaker-names';

type Row = [label: string, person: string | null, role: string | null];

/** Hand-checked: what a reader of the page would say the person and role are. */
const KREMLIN_LABELS: Row[] = [
  ['President of Russia Vladimir Putin', 'Vladimir Putin', 'President of Russia'],
  ['Vladimir Putin', 'Vladimir Putin', null],
  ['President of Russia Dmitry Medvedev', 'Dmitry Medvedev', 'President of Russia'],
  ['President of Kyrgyzstan Sooronbay Jeenbekov', 'Sooronbay Jeenbekov', 'President of Kyrgyzstan'],
  ['President of Belarus Alexander Lukashenko', 'Alexander Lukashenko', 'President of Belarus'],
  ['President of the Republic of Belarus Alexander Lukashenko', 'Alexander Lukashenko', 'President of the Republic of Belarus'],
  ['President of Uzbekistan Islam Karimov', 'Islam Karimov', 'President of Uzbekistan'],
  ['President of Kazakhstan Nursultan Nazarbayev', 'Nursultan Nazarbayev', 'President of Kazakhstan'],
  ['President of Russian Railways Vladimir Yakunin', 'Vladimir Yakunin', 'President of Russian Railways'],
  ['Russian Railways CEO Vladimir Yakunin', 'Vladimir Yakunin', 'Russian Railways CEO'],
  ['Direct line programme host Kirill Kleymenov', 'Kirill Kleymenov', 'Direct line programme host'],
  ['Direct line programme host Maria Sittel', 'Maria Sittel', 'Direct line programme host'],
  ['Direct line host Valeriya Korableva', 'Valeriya Korableva', 'Direct line host'],
  ['Collective Farm Chairman Alexei Lavrinenko', 'Alexei Lavrinenko', 'Collective Farm Chairman'],
  ['Nezavisimaya Gazeta Chief Editor Konstantin Remchukov', 'Konstantin Remchukov', 'Nezavisimaya Gazeta Chief Editor'],
  ['Military Columnist From Komsomolskaya Pravda Viktor Baranets', 'Viktor Baranets', 'Military Columnist From Komsomolskaya Pravda'],
  [
    'Director General of the State Hermitage Museum Mikhail Piotrovsky',
    'Mikhail Piotrovsky',
    'Director General of the State Hermitage Museum',
  ],
  [
    'Director of the Pushkin State Museum of Fine Arts Irina Antonova',
    'Irina Antonova',
    'Director of the Pushkin State Museum of Fine Arts',
  ],
  [
    'Vice-President of the Polar Explorers Association Nikolai Kornilov',
    'Nikolai Kornilov',
    'Vice-President of the Polar Explorers Association',
  ],
  ['Head of the Federal Agency for Tourism Oleg Safonov', 'Oleg Safonov', 'Head of the Federal Agency for Tourism'],
  ['Head of Tatarstan Rustam Minnikhanov', 'Rustam Minnikhanov', 'Head of Tatarstan'],
  ['Governor of the Stavropol Territory Vladimir Vladimirov', 'Vladimir Vladimirov', 'Governor of the Stavropol Territory'],
  ['Governor of Vladimir Region Svetlana Orlova', 'Svetlana Orlova', 'Governor of Vladimir Region'],
  ['Ivanovo Region Governor Stanislav Voskresensky', 'Stanislav Voskresensky', 'Ivanovo Region Governor'],
  ['Tomsk Governor Sergei Zhvachkin', 'Sergei Zhvachkin', 'Tomsk Governor'],
  ['Moscow Mayor Sergei Sobyanin', 'Sergei Sobyanin', 'Moscow Mayor'],
  [
    'Deputy Prime Mnister and Government Chief of Staff Sergei Sobyanin',
    'Sergei Sobyanin',
    'Deputy Prime Mnister and Government Chief of Staff',
  ],
  ['Deputy Prime Minister Tatyana Golikova', 'Tatyana Golikova', 'Deputy Prime Minister'],
  ['Transport Minister Maxim Sokolov', 'Maxim Sokolov', 'Transport Minister'],
  ['Minister of Energy Alexander Novak', 'Alexander Novak', 'Minister of Energy'],
  ['Natural Resources and Environment Minister Sergei Donskoy', 'Sergei Donskoy', 'Natural Resources and Environment Minister'],
  ['Presidential Press Secretary Dmitry Peskov', 'Dmitry Peskov', 'Presidential Press Secretary'],
  ['Rosneft President and CEO Igor Sechin', 'Igor Sechin', 'Rosneft President and CEO'],
  ['TATNEFT General Director Nail Maganov', 'Nail Maganov', 'TATNEFT General Director'],
  [
    'chairman of the Board of Directors and President of Transneft Nikolai Tokarev',
    'Nikolai Tokarev',
    'chairman of the Board of Directors and President of Transneft',
  ],
  ['State Duma Deputy Valery Yakushev', 'Valery Yakushev', 'State Duma Deputy'],
  ['ISS Crew Commander Chris Hadfield', 'Chris Hadfield', 'ISS Crew Commander'],
  ['Cosmonaut Roman Romanenko', 'Roman Romanenko', 'Cosmonaut'],
  ['Paramedic Natalya Osipova', 'Natalya Osipova', 'Paramedic'],
  ['History teacher Anton Molev', 'Anton Molev', 'History teacher'],
  ['Journalist Mikhail Leontyev', 'Mikhail Leontyev', 'Journalist'],
  ['Patriarch Kirill', 'Kirill', 'Patriarch'],
  ['Dmitry de Koshko', 'Dmitry de Koshko', null],
  ['Ann Maria Simmons', 'Ann Maria Simmons', null],
  ['Anna Vavilova-Dollezhal', 'Anna Vavilova-Dollezhal', null],
  ['Yegor Sozayev-Guryev', 'Yegor Sozayev-Guryev', null],
  ['Hirofumi Sugizaki', 'Hirofumi Sugizaki', null],
  ['Question', null, 'Question'],
  ['Question from Izhevsk', null, 'Question from Izhevsk'],
  ['Question from Nizhny Novgorod Region', null, 'Question from Nizhny Novgorod Region'],
  ['Question from Khabarovsk Territory', null, 'Question from Khabarovsk Territory'],
  ['Remark', null, 'Remark'],
  ['Reply', null, 'Reply'],
  ['Response', null, 'Response'],
  ['Comment', null, 'Comment'],
  ['Operator', null, 'Operator'],
  ['Volunteers', null, 'Volunteers'],
];

/** Labels as printed in Miller Center press conferences and briefings (without the colon / period). */
const US_LABELS: Row[] = [
  ['THE PRESIDENT', null, 'President'],
  ['THE. PRESIDENT', null, 'President'],
  ['THE VICE PRESIDENT', null, 'Vice President'],
  ['Q', null, 'Q'],
  ['A', null, 'A'],
  ['AUDIENCE', null, 'AUDIENCE'],
  ['AUDIENCE MEMBER', null, 'AUDIENCE MEMBER'],
  ['THE MODERATOR', null, 'THE MODERATOR'],
  ['MR. NIXON', 'Nixon', null],
  ['MR. SALINGER', 'Salinger', null],
  ['MS. DREW', 'Drew', null],
  ['MR. VON FREMD', 'von Fremd', null],
  ['MR. MCMILLON', 'McMillon', null],
  ['DR. FAUCI', 'Fauci', 'Dr.'],
  ['DR. BIRX', 'Birx', 'Dr.'],
  ['SECRETARY PERDUE', 'Perdue', 'Secretary'],
  ['GOVERNOR REAGAN', 'Reagan', 'Governor'],
  ['REAR ADMIRAL POLOWCZYK', 'Polowczyk', 'Rear Admiral'],
  ['PRESIDENT TRUMP', 'Trump', 'President'],
];

describe('personFromLabel', () => {
  it.each(KREMLIN_LABELS)('Kremlin label %j -> person %j, role %j', (label, person, role) => {
    expect(personFromLabel(label)).toEqual({ person, role });
  });

  it.each(US_LABELS)('US label %j -> person %j, role %j', (label, person, role) => {
    expect(personFromLabel(label)).toEqual({ person, role });
  });

  it('ignores a trailing colon, NBSP and doubled spaces in a label', () => {
    expect(personFromLabel('President of Russia\u00a0Vladimir  Putin:')).toEqual({ person: 'Vladimir Putin', role: 'President of Russia' });
    expect(personFromLabel('Q.')).toEqual({ person: null, role: 'Q' });
    expect(personFromLabel('')).toEqual({ person: null, role: null });
    expect(personFromLabel('  :  ')).toEqual({ person: null, role: null });
  });

  it('gives "THE PRESIDENT" the main person of the document', () => {
    const context = { mainPerson: 'Lyndon B. Johnson' };
    expect(personFromLabel('THE PRESIDENT', [], context)).toEqual({ person: 'Lyndon B. Johnson', role: 'President' });
    expect(personFromLabel('THE. PRESIDENT', [], context)).toEqual({ person: 'Lyndon B. Johnson', role: 'President' });
    // the vice president and the reporters are not the main person
    expect(personFromLabel('THE VICE PRESIDENT', [], context)).toEqual({ person: null, role: 'Vice President' });
    expect(personFromLabel('Q', [], context)).toEqual({ person: null, role: 'Q' });
    // "PRESIDENT TRUMP" resolves through the main person's surname
    expect(personFromLabel('PRESIDENT TRUMP', [], { mainPerson: 'Donald Trump' })).toEqual({ person: 'Donald Trump', role: 'President' });
  });

  it('maps a bare surname to the full name the document or archive knows', () => {
    expect(personFromLabel('Putin', ['Vladimir Putin', 'Sooronbay Jeenbekov'])).toEqual({ person: 'Vladimir Putin', role: null });
    // Kremlin tags are "Lastname Firstname": the answer is in reading order
    expect(personFromLabel('Putin', ['Putin Vladimir', 'Jeenbekov Sooronbay'])).toEqual({ person: 'Vladimir Putin', role: null });
    expect(personFromLabel('Jeenbekov', ['Jeenbekov Sooronbay'])).toEqual({ person: 'Sooronbay Jeenbekov', role: null });
    expect(personFromLabel('MR. NIXON', ['Richard Nixon'])).toEqual({ person: 'Richard Nixon', role: null });
    // a full label keeps its own spelling and order
    expect(personFromLabel('President of Kyrgyzstan Sooronbay Jeenbekov', ['Jeenbekov Sooronbay'])).toEqual({
      person: 'Sooronbay Jeenbekov',
      role: 'President of Kyrgyzstan',
    });
    // two different persons share the surname: no guess
    expect(personFromLabel('Medvedev', ['Dmitry Medvedev', 'Alexander Medvedev'])).toEqual({ person: 'Medvedev', role: null });
    // unknown surname stays as printed
    expect(personFromLabel('Putin', ['Dmitry Peskov'])).toEqual({ person: 'Putin', role: null });
  });

  it('uses a known three-word name after "President of <country>"', () => {
    expect(personFromLabel('President of Turkey Recep Tayyip Erdogan', ['Erdogan Recep Tayyip'])).toEqual({
      person: 'Recep Tayyip Erdogan',
      role: 'President of Turkey',
    });
    expect(personFromLabel('Prime Minister of India Narendra Modi', ['Modi Narendra'])).toEqual({
      person: 'Narendra Modi',
      role: 'Prime Minister of India',
    });
  });

  it('ends the role at a place the document is tagged with when no person tag names the speaker (labels of the bulk pages)', () => {
    const read = (label: string, places: string[]) => personFromLabel(label, [], { places });
    expect(read('President of Turkey Recep Tayyip Erdogan (retranslated)', ['Turkey'])).toEqual({
      person: 'Recep Tayyip Erdogan',
      role: 'President of Turkey',
    });
    expect(read('Emir of Qatar Tamim bin Hamad Al Thani (retranslated)', ['Qatar'])).toEqual({
      person: 'Tamim bin Hamad Al Thani',
      role: 'Emir of Qatar',
    });
    expect(read('Prime Minister of Vietnam Nguyen Xuan Phuc (retranslated)', ['Vietnam'])).toEqual({
      person: 'Nguyen Xuan Phuc',
      role: 'Prime Minister of Vietnam',
    });
    // The end of a place's name: "State of Palestine".
    expect(read('President of the State Palestine Mahmoud Abbas (retranslated)', ['State of Palestine'])).toEqual({
      person: 'Mahmoud Abbas',
      role: 'President of the State Palestine',
    });
    expect(read('Deputy Crown Prince of Saudi Arabia Mohammad bin Salman Al Saud', ['Saudi Arabia'])).toEqual({
      person: 'Mohammad bin Salman Al Saud',
      role: 'Deputy Crown Prince of Saudi Arabia',
    });
    // A first name that is also a place stays the name's: one word would be left.
    expect(read('Presenter Jordan Peterson', ['Jordan'])).toEqual({ person: 'Jordan Peterson', role: 'Presenter' });
    // A place the label does not hold changes nothing.
    expect(read('President of Russia Vladimir Putin', ['Turkey'])).toEqual({ person: 'Vladimir Putin', role: 'President of Russia' });
  });

  it('reads the person before a parenthetical note (whom the speaker answers, a stage direction)', () => {
    expect(
      personFromLabel('Vladimir Putin (answering a question from Ivan Petrov, Chairman of the Legislative Assembly of Tver Region)', [
        'Putin Vladimir',
      ]),
    ).toEqual({ person: 'Vladimir Putin', role: null });
    expect(personFromLabel('Governor of Tver Region Igor Rudenya (retranslated)')).toEqual({
      person: 'Igor Rudenya',
      role: 'Governor of Tver Region',
    });
    expect(personFromLabel('Volunteer (passes a document to the President)')).toEqual({ person: null, role: 'Volunteer' });
  });

  it('reads a name printed in capitals at the end of a label in mixed case (labels of the bulk pages)', () => {
    expect(personFromLabel('President OF RUSSIA DMITRY MEDVEDEV')).toEqual({ person: 'Dmitry Medvedev', role: 'President of Russia' });
    expect(personFromLabel('Regional DEVELOPMENT MINISTER VIKTOR BASARGIN')).toEqual({
      person: 'Viktor Basargin',
      role: 'Regional Development Minister',
    });
    expect(
      personFromLabel(
        'Secretary-General of the Organisation For Economic Co-Operation and Development (Oecd) JOSE ANGEL GURRIA (retranslated)',
      ),
    ).toEqual({
      person: 'Jose Angel Gurria',
      role: 'Secretary-General of the Organisation For Economic Co-Operation and Development (Oecd)',
    });
    expect(personFromLabel('Vladimir PUTIN')).toEqual({ person: 'Vladimir Putin', role: null });
    // Capitals that are an organisation, an acronym or a numeral stay as printed.
    expect(personFromLabel('Welding engineer at a branch of JSC AEM-technology ATOMMASH')).toEqual({
      person: null,
      role: 'Welding engineer at a branch of JSC AEM-technology ATOMMASH',
    });
    expect(personFromLabel('Reporter at VGTRK')).toEqual({ person: null, role: 'Reporter at VGTRK' });
    expect(personFromLabel('Head of RZD JSC')).toEqual({ person: null, role: 'Head of RZD JSC' });
    expect(personFromLabel('Gazprom CEO')).toEqual({ person: null, role: 'Gazprom CEO' });
    expect(personFromLabel('Ruling Prince of Monaco Albert II (retranslated)').person).toBe('Albert II');
  });

  it('reads a name before a comma, the rest of the label its role (labels of the bulk pages)', () => {
    expect(personFromLabel('Alexei Kudrin, Chairman of the Accounts Chamber')).toEqual({
      person: 'Alexei Kudrin',
      role: 'Chairman of the Accounts Chamber',
    });
    expect(personFromLabel('Konstantin Fokin, ship cutter, special structures and devices shop')).toEqual({
      person: 'Konstantin Fokin',
      role: 'ship cutter, special structures and devices shop',
    });
    // Capitalised words that end the role are not the name.
    expect(personFromLabel('Natalya Yuryeva, Channel One Russia')).toEqual({ person: 'Natalya Yuryeva', role: 'Channel One Russia' });
    expect(personFromLabel('Valeriya Korableva, reporter at Channel One')).toEqual({
      person: 'Valeriya Korableva',
      role: 'reporter at Channel One',
    });
    // A name ending the part before the comma, with a role before it.
    expect(personFromLabel('Sports commentator Dmitry Guberniyev, ceremony moderator')).toEqual({
      person: 'Dmitry Guberniyev',
      role: 'Sports commentator, ceremony moderator',
    });
    // A role with commas before the name is read as before, without a trailing comma.
    expect(personFromLabel('Hero of the Russian Federation, Colonel Viktor Romanov')).toEqual({
      person: 'Viktor Romanov',
      role: 'Hero of the Russian Federation, Colonel',
    });
    expect(personFromLabel('Member of the Russian Academy of Sciences, Alexander Dynkin')).toEqual({
      person: 'Alexander Dynkin',
      role: 'Member of the Russian Academy of Sciences',
    });
    // A tagged place before the comma is no name.
    expect(personFromLabel('New Zealand, Prime Minister Jacinda Ardern', [], { places: ['New Zealand'] })).toEqual({
      person: 'Jacinda Ardern',
      role: 'New Zealand, Prime Minister',
    });
  });

  it('reads the labels of the bulk Miller Center transcripts: press names, honorifics, initials', () => {
    // "Name, organisation": the organisation is no name, whatever its words.
    expect(personFromLabel('Merriman Smith, United Press International')).toEqual({
      person: 'Merriman Smith',
      role: 'United Press International',
    });
    expect(personFromLabel('Marianne Means, King Features Syndicate')).toEqual({
      person: 'Marianne Means',
      role: 'King Features Syndicate',
    });
    expect(personFromLabel('Forrest Boyd, Mutual Broadcasting System')).toEqual({
      person: 'Forrest Boyd',
      role: 'Mutual Broadcasting System',
    });
    expect(personFromLabel('J. F. Ter Horst, Detroit News')).toEqual({ person: 'J. F. Ter Horst', role: 'Detroit News' });
    expect(personFromLabel('FRANK McGEE, MODERATOR')).toEqual({ person: 'Frank McGee', role: 'MODERATOR' });
    // An honorific before a surname in capitals, as "MR. SMITH" is read.
    expect(personFromLabel('Mr. SMITH')).toEqual(personFromLabel('MR. SMITH'));
    expect(personFromLabel('Ms. WALTERS')).toEqual({ person: 'Walters', role: null });
    // Initials belong to the name ("a" is also an article).
    expect(personFromLabel('Chester A. Arthur')).toEqual({ person: 'Chester A. Arthur', role: null });
    expect(personFromLabel('Sr Lieutenant A. Vedyashchev')).toEqual({ person: 'A. Vedyashchev', role: 'Sr Lieutenant' });
    // Titles: "The President" is the document's president; one word after "of" is a department or place.
    expect(personFromLabel('The President', [], { mainPerson: 'Lyndon B. Johnson' })).toEqual({
      person: 'Lyndon B. Johnson',
      role: 'The President',
    });
    expect(personFromLabel('The Secretary of Transportation')).toEqual({ person: null, role: 'The Secretary of Transportation' });
    expect(personFromLabel('AGENT DUNN')).toEqual({ person: 'Dunn', role: 'Agent' });
    // A woman's honorific before a bare surname is not the file's president of that name ("Mrs.
    // Reagan" in a speech of Ronald Reagan's); "MR. KENNEDY" still resolves.
    expect(personFromLabel('Mrs. Reagan', [], { mainPerson: 'Ronald Reagan' })).toEqual({ person: 'Mrs. Reagan', role: null });
    expect(personFromLabel('MR. KENNEDY', ['John F. Kennedy'])).toEqual({ person: 'John F. Kennedy', role: null });
    expect(personFromLabel('Ms. Walters')).toEqual({ person: 'Walters', role: null });
    // A monarch's realm follows the name, as a cleric's see does.
    expect(personFromLabel('King Abdullah II of Jordan')).toEqual({ person: 'Abdullah II', role: 'King of Jordan' });
  });

  it('reads a name printed without spaces (two bold runs side by side on the bulk pages)', () => {
    expect(personFromLabel('VladimirPutin')).toEqual({ person: 'Vladimir Putin', role: null });
    expect(personFromLabel('Minister-PresidentofBavariaHorstSeehofer (retranslated)')).toEqual({
      person: 'Horst Seehofer',
      role: 'Minister-President of Bavaria',
    });
    // Names with a capital inside, a body in the role, and a one-letter part are left as printed.
    expect(personFromLabel('Douglas MacArthur').person).toBe('Douglas MacArthur');
    expect(personFromLabel('Betsy DeVos').person).toBe('Betsy DeVos');
    expect(personFromLabel('RusHydro Head Nikolai Shulginov')).toEqual({ person: 'Nikolai Shulginov', role: 'RusHydro Head' });
    expect(personFromLabel('Dmitry PeskoV').person).toBe('Dmitry PeskoV');
    expect(personFromLabel('Kirill KleYMENOV').person).toBe('Kirill KleYMENOV');
  });

  it('keeps the forms a new rule could misread as they should be read', () => {
    // "Place, Name": the end is the name when the document's persons know it.
    expect(personFromLabel('Rossiya Segodnya, Margarita Simonyan', ['Simonyan Margarita'])).toEqual({
      person: 'Margarita Simonyan',
      role: 'Rossiya Segodnya',
    });
    // A title with a comma after it does not end the role before a place.
    expect(personFromLabel('Olga Petrova, teacher, Nizhny Novgorod')).toEqual({ person: 'Olga Petrova', role: 'teacher, Nizhny Novgorod' });
    // Dotted abbreviations before a name are the role's, not initials of the name.
    expect(personFromLabel('President of the U.S. Joe Biden')).toEqual({ person: 'Joe Biden', role: 'President of the U.S.' });
    // Capitals that are a body or an outlet, not a name.
    expect(personFromLabel('CEO of NORILSK NICKEL')).toEqual({ person: null, role: 'CEO of NORILSK NICKEL' });
    expect(personFromLabel('Ivan Ivanov RBC').person).toBeNull();
    // A woman's honorific resolves to a known woman; only the file's own president is refused.
    expect(personFromLabel('Mrs. Thatcher', ['Margaret Thatcher'])).toEqual({ person: 'Margaret Thatcher', role: null });
    // Monarchs with numerals and particles.
    expect(personFromLabel('King Harald V of Norway')).toEqual({ person: 'Harald V', role: 'King of Norway' });
    expect(personFromLabel('Sultan Haitham bin Tariq of Oman')).toEqual({ person: 'Haitham bin Tariq', role: 'Sultan of Oman' });
  });

  it("reads a cleric's name between the title and the see", () => {
    expect(personFromLabel('Metropolitan Hilarion of Volokolamsk')).toEqual({ person: 'Hilarion', role: 'Metropolitan of Volokolamsk' });
    expect(personFromLabel('Patriarch Kirill of Moscow and All Russia')).toEqual({
      person: 'Kirill',
      role: 'Patriarch of Moscow and All Russia',
    });
  });
});

describe('personKey', () => {
  it('groups a Kremlin tag with the label order', () => {
    expect(personKey('Jeenbekov Sooronbay')).toBe(personKey('Sooronbay Jeenbekov'));
    expect(personKey('Erdogan Recep Tayyip')).toBe(personKey('Recep Tayyip Erdogan'));
    expect(personKey('Xi Jinping')).toBe(personKey('Xi Jinping'));
  });

  it('folds case and diacritics', () => {
    expect(personKey('Recep Tayyip Erdoğan')).toBe(personKey('RECEP TAYYIP ERDOGAN'));
    expect(personKey('Kirill Kleimyonov')).not.toBe(personKey('Kirill Kleymenov'));
    expect(personKey('Артём Холиков')).toBe(personKey('Артем Холиков'));
    expect(personKey('Vladimir Putin')).toBe('putin vladimir');
  });

  it('groups "Putin" with "Vladimir Putin" once the label is resolved through known persons', () => {
    const known = ['Putin Vladimir'];
    const fromLabel = (label: string): string => personKey(personFromLabel(label, known).person ?? '');
    expect(fromLabel('Putin')).toBe(personKey('Vladimir Putin'));
    expect(fromLabel('President of Russia Vladimir Putin')).toBe(personKey('Putin Vladimir'));
    expect(personKey('Putin')).not.toBe(personKey('Vladimir Putin'));
  });
});

describe('isGenericLabel', () => {
  it('tells a kind of speaker from a person (labels of the dev and bulk pages)', () => {
    for (const label of [
      'Question',
      'Question (retranslated)',
      'Question from Izhevsk',
      'Remark',
      'Response from the hall',
      'Q',
      'AUDIENCE',
      'Audience member',
    ]) {
      expect([label, isGenericLabel(label)]).toEqual([label, true]);
    }
    for (const label of ['Vladimir Putin', 'THE PRESIDENT', 'Presenter Kirill Kleymenov', 'Alina'])
      expect([label, isGenericLabel(label)]).toEqual([label, false]);
  });
});
