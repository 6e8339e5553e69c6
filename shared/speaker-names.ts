/**
 * Speaker label -> person and role.
 *
 * Kremlin labels are "<role words> <Firstname> <Lastname>" ("President of Russia Vladimir
 * Putin", "Transport Minister Maxim Sokolov"): the name is the trailing run of capitalised
 * words that are not role vocabulary (particles such as "de", "bin", "al", hyphens and
 * initials allowed); the role is what comes before it. Generic labels ("Question",
 * "Question from Izhevsk", "Remark", "Q", "Volunteers") are no person: their role is the
 * label. US labels are upper case ("THE PRESIDENT", "MR. NIXON", "SECRETARY PERDUE"). Other
 * forms: the name first and the role after a comma ("Alexei Kudrin, Chairman of the Accounts
 * Chamber", "Frank Cormier, Associated Press"), a name in capitals in a mixed-case label
 * ("President OF RUSSIA DMITRY MEDVEDEV", "Mr. SMITH"), a name printed without spaces
 * ("VladimirPutin"), a title before the name and the see or realm after it ("Patriarch Kirill of
 * Moscow and All Russia", "King Abdullah II of Jordan").
 * Kremlin tags list persons as "Lastname Firstname"; personKey() groups both orders.
 * Pure, and read alike by the importers (labels), the archive (persons), search and compare.
 */
import { foldAccents } from './text';
import { BODY_WORDS, GENERIC_LABELS, GENERIC_PREFIX, HONORIFICS, PARTICLES, ROLE_PREPOSITIONS, ROLE_WORDS } from './speaker-words';

export interface PersonFromLabel {
  person: string | null;
  role: string | null;
}

export interface LabelContext {
  /** The document's main speaker, e.g. "Lyndon B. Johnson" from a Miller Center "President:" line. */
  mainPerson?: string;
  /** The places the document is tagged with ("Turkey", "State of Palestine"): where a role's place may end. */
  places?: string[];
}

/** A label that names a kind of speaker, not a person: "Question", "Remark from the audience", "Q", "Audience". */
export function isGenericLabel(label: string): boolean {
  const text = clean(label);
  return GENERIC_LABELS.has(text.toLowerCase()) || GENERIC_PREFIX.test(text);
}

/** Lower-case, diacritics folded, dots dropped, name tokens sorted: groups "Jeenbekov Sooronbay" with "Sooronbay Jeenbekov". */
export function personKey(name: string): string {
  return nameTokens(name).sort().join(' ');
}

function nameTokens(name: string): string[] {
  return foldAccents(name)
    .replace(/[.,:;'’"()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

function clean(label: string): string {
  return label
    .replace(/[\s\u00a0\u2007\u202f\ufeff]+/g, ' ')
    .trim()
    .replace(/\s*[:.]+$/, '')
    .trim();
}

/**
 * The context for reading a document's labels: in a plain-text transcript with one
 * "President: NAME" person (Miller Center files), a bare "THE PRESIDENT" is that person.
 */
export function labelContext(format: string, persons: string[], places: string[] = []): LabelContext {
  const main = format === 'plain-text' && persons.length === 1 ? { mainPerson: persons[0] } : {};
  return places.length > 0 ? { ...main, places } : main;
}

/**
 * Splits a speaker label into person and role. `knownPersons` (the document's persons, the
 * archive's persons, Kremlin tags in either name order) lets a bare or shortened name resolve
 * to the full one; `context.mainPerson` gives "THE PRESIDENT" its person.
 */
export function personFromLabel(label: string, knownPersons: string[] = [], context: LabelContext = {}): PersonFromLabel {
  const text = clean(label);
  if (!text) return { person: null, role: null };
  // "Vladimir Putin (answering a question from …)", "Dmitry Peskov (laughs)": the note belongs to the
  // label as printed, the speaker is who the words before it name.
  const note = TRAILING_NOTE.exec(text);
  if (note && note.index > 0) return personFromLabel(text.slice(0, note.index), knownPersons, context);
  const clergy = CLERGY.exec(text);
  if (clergy) return { person: resolveKnown(clergy[2], knownPersons), role: `${clergy[1]} of ${clergy[3]}` };
  const lower = text.toLowerCase();
  if (GENERIC_LABELS.has(lower) || GENERIC_PREFIX.test(text)) return { person: null, role: text };

  const known = context.mainPerson ? [...knownPersons, context.mainPerson] : knownPersons;
  // "FRANK McGEE, MODERATOR": a label in capitals but for a name's "Mc".
  const upper = !/[a-zа-яё]/.test(text.replace(/\bMc(?=[A-Z])/g, '')) && /[A-ZА-ЯЁ]/.test(text);
  const words = upper ? fromUpperCase(text) : withNameFromCapitals(ungluedEnd(text.split(' ')));
  if (words.length === 0) return { person: null, role: text };
  const split = trailingTitle(words) ?? splitName(words, known, context.places ?? []);
  const roleWords = split.name.length > 0 && split.role.length === 1 && HONORIFICS.test(split.role[0]) ? [] : split.role;
  let role = roleWords.length > 0 ? roleWords.join(' ').replace(/,$/, '') : null;
  if (upper && role) role = capitaliseFirst(role.replace(/^the /i, ''));
  if (role !== null && GENERIC_LABELS.has(role.toLowerCase()) && split.name.length === 0) return { person: null, role };
  if (split.name.length === 0 && role && /^(the )?president$/i.test(role) && context.mainPerson) {
    // "THE PRESIDENT" / "The President" / "President" with no name: the document's main person when it is a president.
    return { person: context.mainPerson, role };
  }

  // "Alexei Kudrin, Chairman of the Accounts Chamber", "Sports commentator Dmitry Guberniyev, ceremony
  // moderator": the name ends the part before the first comma when the label ends in no name, or
  // when that part is a name alone and what ends the label follows no title ("…, reporter at
  // Channel One"; but "Civil Defence, Emergencies … Minister Vladimir Puchkov").
  // Which of "Rossiya Segodnya, Margarita Simonyan" and "Garnett Homer, Washington Evening Star" is
  // the name, only the document's persons can tell: the end wins when it is a person they know.
  const name = split.name.join(' ');
  const resolved = split.name.length > 0 ? resolveKnown(name, known) : null;
  const endKnown = resolved !== null && split.role.length > 0 && known.some((k) => personKey(k) === personKey(resolved));
  const parts = resolved === null || (!followsTitle(split.role) && !endKnown) ? commaParts(text, knownPersons, context) : null;
  if (parts && (resolved === null || parts.head.role === null))
    return { person: parts.head.person, role: [parts.head.role, parts.rest].filter(Boolean).join(', ') };
  if (resolved === null) return { person: null, role };
  // "Mrs. Reagan" in a speech of Ronald Reagan's is not he: before a bare surname, a woman's
  // honorific keeps both, unresolved, where the name would resolve to the file's own president.
  const honorific = split.role.length === 1 ? split.role[0] : '';
  if (FEMALE_HONORIFICS.test(honorific) && split.name.length === 1 && context.mainPerson && resolved === context.mainPerson)
    return { person: `${capitaliseFirst(honorific.toLowerCase())} ${name}`, role };
  return { person: resolved, role };
}

/**
 * A label with a comma whose part before it names a person of two words or more ("Alexei Kudrin,
 * Chairman of the Accounts Chamber"): that reading, and the rest of the label. Not a caller's
 * first name ("Dmitry, Moscow") nor a place the document is tagged with ("New Zealand, Prime
 * Minister …").
 */
function commaParts(
  text: string,
  knownPersons: string[],
  context: LabelContext,
): { head: PersonFromLabel & { person: string }; rest: string } | null {
  const comma = text.indexOf(', ');
  if (comma <= 0) return null;
  const head = personFromLabel(text.slice(0, comma), knownPersons, context);
  const person = head.person;
  if (person === null || nameTokens(person).length < 2) return null;
  if ((context.places ?? []).some((place) => personKey(place) === personKey(person))) return null;
  return { head: { person, role: head.role }, rest: text.slice(comma + 2) };
}

/** Whether the role ends in a title, not a function word, a body or a comma: "… Minister" but not "… reporter at" or "… Broadcasting". */
function followsTitle(role: string[]): boolean {
  const last = role.at(-1);
  // "Olga Petrova, teacher, Nizhny Novgorod": a comma after the title ends it before what follows.
  if (last === undefined || last.endsWith(',') || !isRoleWord(last)) return false;
  const word = last.toLowerCase().replace(/\.$/, '');
  return !ROLE_PREPOSITIONS.has(word) && !BODY_WORDS.has(word);
}

/** Honorifics of a woman (HONORIFICS holds them too). */
const FEMALE_HONORIFICS = /^(mrs|ms|miss|mme)\.?$/i;

/** A parenthetical at the end of a label: a stage direction or whom the speaker answers. */
const TRAILING_NOTE = /\s*\([^()]*\)$/;

/**
 * "Metropolitan Hilarion of Volokolamsk", "Patriarch Kirill of Moscow and All Russia", "King
 * Abdullah II of Jordan", "King Harald V of Norway", "Sultan Haitham bin Tariq of Oman": the
 * title's see or realm follows the name (up to four words, numerals and "bin" among them).
 */
const CLERGY =
  /^(Metropolitan|Patriarch|Archbishop|Bishop|Archimandrite|Cardinal|Mufti|Grand Mufti|Chief Rabbi|King|Queen|Emir|Sultan|Grand Duke)\s+(\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’-]*|bin|ibn|al)){0,3})\s+of\s+(.+)$/u;

/** "THE. PRESIDENT" -> ["The", "President"]; "MR. VON FREMD" -> ["Mr.", "von", "Fremd"]; "MCMILLON" -> "McMillon". */
function fromUpperCase(text: string): string[] {
  return text
    .replace(/^THE\.\s/, 'THE ')
    .split(' ')
    .filter(Boolean)
    .map((word) => {
      const lower = word.toLowerCase();
      if (PARTICLES.has(lower)) return lower;
      if (ROLE_WORDS.has(lower.replace(/\.$/, '')) && ROLE_PREPOSITIONS.has(lower)) return lower;
      return lower
        .split('-')
        .map((part) =>
          part.replace(/^(mc|mac(?=[^aeiou]))?(\p{L})/u, (_m, pre: string | undefined, first: string) =>
            pre ? capitaliseFirst(pre) + first.toUpperCase() : first.toUpperCase(),
          ),
        )
        .join('-');
    });
}

/**
 * A label printed partly in capitals, its name among them ("President OF RUSSIA DMITRY MEDVEDEV",
 * "Regional DEVELOPMENT MINISTER VIKTOR BASARGIN", "Vladimir PUTIN"): the words in capitals at its
 * end are read as an upper-case label's are. Only a run of three such words or more, two of them
 * of four letters or more, or one word after a first name or an honorific ("Mr. SMITH"): one word
 * in capitals after a role or a name is an organisation ("reporter at VGTRK", "Ivan Ivanov RBC"),
 * a run of short ones an acronym ("Head of RZD JSC"), two words a body ("CEO of NORILSK NICKEL").
 */
function withNameFromCapitals(words: string[]): string[] {
  let start = words.length;
  while (start > 0 && isInCapitals(words[start - 1])) start--;
  const run = words.slice(start);
  const before = words.slice(0, start);
  const long = run.filter((w) => (w.match(/\p{L}/gu) ?? []).length >= 4).length;
  const afterName =
    run.length === 1 &&
    before.length === 1 &&
    !isRoleWord(run[0]) &&
    (HONORIFICS.test(before[0]) || (isCapitalisedName(before[0]) && !isRoleWord(before[0])));
  if ((run.length < 3 || long < 2) && !afterName) return words;
  return [...before, ...fromUpperCase(run.join(' '))];
}

/**
 * The last word of a label, where the page prints words without the space between them (two bold
 * runs side by side): "VladimirPutin", "…BavariaHorstSeehofer". Split where a capital follows a
 * small letter, into capitalised parts of three letters or more, but not after a name's
 * prefix ("McDonald", "MacArthur", "DeVos"); "of" or "the" glued to a part is split off
 * ("Minister-PresidentofBavaria"). Only the last word, where the name is: a body in the role keeps
 * its spelling ("RusHydro Head Nikolai Shulginov").
 */
function ungluedEnd(words: string[]): string[] {
  const word = words.at(-1) ?? '';
  if (!/\p{Ll}\p{Lu}/u.test(word)) return words;
  const parts: string[] = [];
  for (const part of word.split(/(?<=\p{Ll})(?=\p{Lu})/u)) {
    const last = parts.length - 1;
    if (last >= 0 && NAME_PREFIX.test(parts[last].split('-').at(-1) ?? '')) parts[last] += part;
    else parts.push(part);
  }
  // Each part a word of its own: "KleYMENOV" is one name misprinted, not "Kle Ymenov".
  if (parts.length === 1 || parts.some((part, i) => part.length < 3 || (i > 0 && !/^\p{Lu}\p{Ll}/u.test(part)))) return words;
  const split = parts.flatMap((part, i) => {
    const glued = i < parts.length - 1 ? /^(.{4,}?)(of|the)$/u.exec(part) : null;
    return glued ? [glued[1], glued[2]] : [part];
  });
  return [...words.slice(0, -1), ...split];
}

/** Prefixes of names that a capital follows inside one word: "McDonald", "MacArthur", "DeVos", "LeBlanc", "DiCaprio", "VanDyke". */
const NAME_PREFIX = /^(Mc|Mac|Mak|De|Di|Da|Du|Le|La|Van|Von|Del|Della|Des|Fitz|O)$/;

/** A word in capitals: letters and no lower-case letter; not a Roman numeral ("Albert II"). */
function isInCapitals(word: string): boolean {
  return /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word) && !/^[IVXLC]+$/.test(word);
}

function capitaliseFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function isRoleWord(word: string): boolean {
  return ROLE_WORDS.has(word.toLowerCase().replace(/[.,]$/, ''));
}

/** "A." or "J.F." (up to four UTF-16 units, ending in a dot, before the expressions: it is asked of every word). */
function isInitial(word: string): boolean {
  if (word.length > 4 || word.charCodeAt(word.length - 1) !== 46) return false;
  return /^\p{Lu}\.$/u.test(word) || /^\p{Lu}\.\p{Lu}\.$/u.test(word);
}

function isCapitalisedName(word: string): boolean {
  // "Putin", "Sozayev-Guryev", "O'Neill", "al-Assad", "Jinping"; not "TATNEFT"-style acronyms of 3+ capitals
  if (!/^(\p{Ll}{1,3}-)?\p{Lu}[\p{L}'’-]*$/u.test(word)) return false;
  return !(word.length >= 3 && word === word.toUpperCase() && /\p{Lu}{3}/u.test(word));
}

/** Titles that may follow a name in a label: "Birx Dr.", "Perdue Secretary". */
const TRAILING_TITLE =
  /^(dr|mr|mrs|ms|secretary|governor|senator|general|president|minister|ambassador|admiral|professor|acting|director|mayor)\.?$/i;

/** A label of one to three name words followed by titles only: the titles are the role, the words before them the name. */
function trailingTitle(words: string[]): { role: string[]; name: string[] } | null {
  let end = words.length;
  while (end > 0 && TRAILING_TITLE.test(words[end - 1])) end--;
  if (end === words.length || end === 0 || end > 3) return null;
  const name = words.slice(0, end);
  return name.every((w) => isCapitalisedName(w) && !isRoleWord(w)) ? { role: words.slice(end), name } : null;
}

/** Splits words into a role prefix and a trailing name. */
function splitName(words: string[], known: string[], places: string[]): { role: string[]; name: string[] } {
  let start = words.length;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    // An initial before the role words: "Chester A. Arthur" ("a" is an article).
    if (isInitial(w)) {
      start = i;
      continue;
    }
    if (isRoleWord(w) && !(PARTICLES.has(w) && start < words.length)) break;
    if (isCapitalisedName(w)) start = i;
    else if (PARTICLES.has(w) && start < words.length && i > 0) start = i;
    else break;
  }
  // A name begins with a particle only after an honorific or role word ("MR. VON FREMD"); else
  // the particle is dropped from the name ("de" must follow a first name or a title).
  const titled =
    start > 0 &&
    (HONORIFICS.test(words[start - 1]) || isRoleWord(words[start - 1])) &&
    !ROLE_PREPOSITIONS.has(words[start - 1].toLowerCase());
  if (!titled) while (start < words.length && PARTICLES.has(words[start])) start++;
  let name = words.slice(start);
  let role = words.slice(0, start);

  // "President of Turkey Recep Tayyip Erdogan", "President of the State Palestine Mahmoud Abbas": a
  // place the document is tagged with ends the role; the rest, two words or more, is the name.
  const place = placeWords(name, places);
  if (place > 0 && name.length - place >= 2) return { role: [...role, ...name.slice(0, place)], name: name.slice(place) };

  // "President of Russia Vladimir Putin": after a function word, the first capitalised words are
  // the place or organisation. Keep a known person's full name when one matches, else two words.
  const afterFunctionWord = role.length > 0 && ROLE_PREPOSITIONS.has(role[role.length - 1].toLowerCase());
  // "The Secretary of Transportation", "President of Russia": one word after a function word is a place or body.
  if (afterFunctionWord && name.length === 1 && !isInitial(name[0])) return { role: words, name: [] };
  if (name.length > 3 || (afterFunctionWord && name.length > 2)) {
    const keep = knownSuffixLength(name, known) ?? defaultNameLength(name);
    role = [...role, ...name.slice(0, name.length - keep)];
    name = name.slice(name.length - keep);
  }
  return { role, name };
}

/**
 * How many of the first words of `name` are a tagged place, or the end of one ("Palestine" of
 * "State of Palestine"): the most that any place gives, 0 when none.
 */
function placeWords(name: string[], places: string[]): number {
  let most = 0;
  for (const place of places) {
    const tokens = nameTokens(place);
    for (let k = Math.min(tokens.length, name.length - 1); k > most; k--) {
      const lead = nameTokens(name.slice(0, k).join(' '));
      if (lead.length === k && lead.every((t, i) => t === tokens[tokens.length - k + i])) {
        most = k;
        break;
      }
    }
  }
  return most;
}

/** Length of the longest suffix of `name` whose tokens all belong to one known person. */
function knownSuffixLength(name: string[], known: string[]): number | null {
  const sets = known.map((k) => new Set(nameTokens(k)));
  for (let len = name.length; len >= 2; len--) {
    const tokens = nameTokens(name.slice(name.length - len).join(' '));
    if (sets.some((set) => tokens.length > 0 && tokens.every((t) => set.has(t)))) return len;
  }
  return null;
}

/** Two words, plus any particles and initials between or before them ("Dmitry de Koshko", "Lyndon B. Johnson"). */
function defaultNameLength(name: string[]): number {
  let len = 1;
  let full = 0;
  for (let i = name.length - 1; i >= 0; i--) {
    const w = name[i];
    if (PARTICLES.has(w) || isInitial(w)) {
      len = name.length - i;
      continue;
    }
    full++;
    len = name.length - i;
    if (full === 2) {
      // And the initials before them: "J. F. Ter Horst" (not "U.S." of "President of the U.S. Joe Biden").
      while (len < name.length && /^\p{Lu}\.$/u.test(name[name.length - len - 1])) len++;
      break;
    }
  }
  return len;
}

/**
 * Resolves a name against known persons: a person whose name tokens include all of this
 * name's tokens ("Putin" -> "Vladimir Putin"; "Nixon" -> "Richard Nixon"). Only a single
 * matching person counts. Known names in Kremlin tag order ("Putin Vladimir") are returned in
 * the label's order ("Vladimir Putin"). A name with the same tokens keeps the label's spelling.
 */
function resolveKnown(name: string, known: string[]): string {
  const tokens = nameTokens(name);
  if (tokens.length === 0 || known.length === 0) return name;
  const key = personKey(name);
  const matches = new Map<string, string>();
  for (const k of known) {
    const kTokens = new Set(nameTokens(k));
    if (tokens.every((t) => kTokens.has(t)) && !matches.has(personKey(k))) matches.set(personKey(k), k);
  }
  if (matches.size !== 1) return name;
  const [matchKey, match] = [...matches.entries()][0];
  if (matchKey === key) return name;
  const kWords = match.trim().split(/\s+/);
  const last = tokens[tokens.length - 1];
  const kFirst = nameTokens(kWords[0])[0];
  const kLast = nameTokens(kWords[kWords.length - 1])[0];
  // Tag order: the label's surname is the known name's first word.
  if (kWords.length > 1 && kFirst === last && kLast !== last) return [...kWords.slice(1), kWords[0]].join(' ');
  return match.trim().replace(/\s+/g, ' ');
}
