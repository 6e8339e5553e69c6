/**
 * Does a decoding of a file's bytes read as text? decode.ts asks this of every
 * reading, so random or binary bytes are refused instead of becoming a
 * document of gibberish, and a legacy code page is chosen only when the text
 * it gives looks like writing.
 *
 * - Any reading: few characters that never occur in writing (controls other
 *   than tab and line ends, private use, unassigned, lone surrogates), and few
 *   U+FFFD replacement characters.
 * - A guessed reading (a legacy code page, UTF-16 without a BOM), also: every
 *   word with a letter outside ASCII is of one script, has an ordinary case
 *   pattern (lower, Capitalised, UPPER) and no letter foreign to Russian or the
 *   Western European languages; signs such as € or ° do not sit inside words or
 *   against such letters. Random high bytes fail this almost at once; real
 *   windows-1251/1252 text passes.
 * Pure; never throws.
 */

/** More than this share of never-in-writing characters: not text. */
const MAX_JUNK_SHARE = 0.02;
/** More than this share of U+FFFD: too damaged to read. */
const MAX_REPLACEMENT_SHARE = 0.05;
/** More than this share of odd words and signs among the non-ASCII ones: the guessed encoding is wrong. */
const MAX_ODD_SHARE = 0.1;
/** Characters looked at for junk; words and signs looked at for a guess (enough to decide, bounded time). */
const JUNK_SAMPLE_CHARS = 256 * 1024;
const MAX_UNITS = 20_000;

export interface TextVerdict {
  ok: boolean;
  /** Why not, for a test or a log; the user sees decode.ts's message. */
  why: string | null;
}

const OK: TextVerdict = { ok: true, why: null };

/** The checks every reading must pass. */
export function readsAsText(text: string): TextVerdict {
  let chars = 0;
  let junk = 0;
  let replaced = 0;
  const end = Math.min(text.length, JUNK_SAMPLE_CHARS);
  // Characters that are always writing (printable ASCII, line ends, Latin-1 and Latin Extended-A letters,
  // Cyrillic, typographic punctuation) are skipped in runs by the regex engine; the rest are looked at one by one.
  const plain = /[^\x20-\x7e\n\r\t\u00a0-\u017f\u0400-\u04ff\u2010-\u2027\u2030-\u205e]/g;
  for (let i = 0; i < end; i++) {
    plain.lastIndex = i;
    const next = plain.exec(text);
    const at = next === null ? end : Math.min(next.index, end);
    chars += at - i;
    i = at;
    if (i >= end) break;
    const c = text.charCodeAt(i);
    chars++;
    if (c === 0xfffd) replaced++;
    else if (isJunk(text, i)) junk++;
    // A valid surrogate pair is one character.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end && isLowSurrogate(text.charCodeAt(i + 1))) i++;
  }
  if (chars === 0) return OK;
  if (junk / chars > MAX_JUNK_SHARE) return { ok: false, why: `${junk} of ${chars} characters are controls, private-use or unassigned` };
  if (replaced / chars > MAX_REPLACEMENT_SHARE) return { ok: false, why: `${replaced} of ${chars} characters are replacement characters` };
  return OK;
}

/** The checks a guessed reading must pass as well: words and signs look like writing. */
export function readsAsGuessedText(text: string): TextVerdict {
  const basic = readsAsText(text);
  if (!basic.ok) return basic;
  let units = 0;
  let odd = 0;
  for (let i = 0; i < text.length && units < MAX_UNITS; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    const ch = String.fromCodePoint(text.codePointAt(i) ?? c);
    if (LETTER.test(ch)) {
      let start = i;
      while (start > 0 && LETTER.test(charBefore(text, start))) start -= charBefore(text, start).length;
      let stop = i;
      while (stop < text.length && LETTER.test(charAt(text, stop))) stop += charAt(text, stop).length;
      units++;
      if (oddWord(text.slice(start, stop))) odd++;
      i = stop - 1;
    } else if (!SPACE.test(ch)) {
      units++;
      if (ch === '\ufffd' || NOT_WRITING.test(ch) || oddSign(ch, charBefore(text, i), charAt(text, i + ch.length))) odd++;
      i += ch.length - 1;
    }
  }
  if (units === 0 || odd / units <= MAX_ODD_SHARE) return OK;
  return { ok: false, why: `${odd} of ${units} non-ASCII words and signs do not look like writing` };
}

const LETTER = /^[\p{L}\p{M}]$/u;
const SPACE = /^\s$/u;
/** Never in writing: C0/C1 controls (tab, line ends, form feed, ESC and SUB aside), private use, unassigned, surrogates out of pairs. */
const NOT_WRITING = /^[\p{Cc}\p{Co}\p{Cn}\p{Cs}]$/u;

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function isJunk(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x09 || c === 0x0a || c === 0x0b || c === 0x0c || c === 0x0d || c === 0x1a || c === 0x1b) return false;
  if (c >= 0xd800 && c <= 0xdbff)
    return !isLowSurrogate(text.charCodeAt(i + 1)) || NOT_WRITING.test(String.fromCodePoint(text.codePointAt(i) ?? c));
  if (isLowSurrogate(c)) return true; // a low surrogate not after a high one
  return NOT_WRITING.test(text[i]);
}

/** The whole character at i (a surrogate pair is one), or '' at the end. */
function charAt(text: string, i: number): string {
  if (i >= text.length) return '';
  return String.fromCodePoint(text.codePointAt(i) ?? 0);
}

/** The whole character ending just before i, or '' at the start. */
function charBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const c = text.charCodeAt(i - 1);
  if (isLowSurrogate(c) && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return text.slice(i - 2, i);
  }
  return text[i - 1];
}

const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const GREEK = /\p{Script=Greek}/u;
/** Letters a transcript in Russian, English or a Western European language hardly ever has: mojibake's favourites. */
const RARE_LETTERS = /[ÿþÞðÐƒªºµЀЂЃЉЊЌЍЋЏѐђѓљњќѝћџЅѕЈјЎўѠ-ҏҒ-ӿ]/u;
/** Latin one-letter words with an accent that exist (French à, Italian è, Portuguese é …); any Cyrillic letter may stand alone (в, и, initials, "г. р.", "81-й"). */
const ONE_LETTER_WORDS = new Set([...'àÀéÉèÈóÓòùúçíá']);
/** Ordinary case: lower, Capitalised, UPPER, or an abbreviation with a case ending ("МИДа"). */
const ORDINARY_CASE = /^(?:\p{Lu}?[\p{Ll}\p{M}]*|[\p{Lu}\p{M}]+|\p{Lu}{2,}\p{Ll}{1,3})$/u;

/** A word holding a non-ASCII letter that does not look like a word. */
function oddWord(word: string): boolean {
  if (/^[\x00-\x7f]*$/.test(word)) return false;
  const scripts = [LATIN, CYRILLIC, GREEK].filter((re) => re.test(word)).length;
  const letters = [...word].filter((ch) => /\p{L}/u.test(ch));
  if (letters.some((ch) => !LATIN.test(ch) && !CYRILLIC.test(ch) && !GREEK.test(ch))) {
    // Another script (CJK, Arabic …): only one script in the word, and caseless.
    return scripts > 0 || new Set(letters.map(scriptOf)).size > 1;
  }
  if (scripts > 1) return true;
  if (RARE_LETTERS.test(word)) return true;
  if (letters.length === 1) return !CYRILLIC.test(letters[0]) && !ONE_LETTER_WORDS.has(letters[0]);
  return !ORDINARY_CASE.test(word);
}

const OTHER_SCRIPTS = ['Han', 'Hiragana', 'Katakana', 'Hangul', 'Arabic', 'Hebrew', 'Thai', 'Devanagari', 'Armenian', 'Georgian'].map(
  (name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const,
);

function scriptOf(ch: string): string {
  for (const [name, re] of OTHER_SCRIPTS) if (re.test(ch)) return name;
  return ch.codePointAt(0)?.toString(16).slice(0, -2) ?? ''; // a 256-character block stands in for the script
}

/** Punctuation that sits anywhere words do: quotes, dashes, ellipsis, bullets, inverted marks, soft hyphen. */
const WORD_PUNCTUATION = /^[‘’‚‛“”„‟«»‹›–—―‐‑…•·¡¿\u00ad]$/u;
/** Punctuation that may join two letters: apostrophe, dashes, hyphens, middle dot, soft hyphen. */
const JOINING = /^[’‐‑–—·\u00ad]$/u;
/** Spacing accents and odd signs: in text almost only as mojibake. */
const ODD_SIGNS = /^[¤¦¨¯´¸ˆ˜¬‰†‡]$/u;

/** A non-ASCII sign (not a letter or a space) that sits where writing would not put it. */
function oddSign(ch: string, before: string, after: string): boolean {
  if (ODD_SIGNS.test(ch)) return true;
  const letterBefore = before !== '' && /\p{L}/u.test(before);
  const letterAfter = after !== '' && /\p{L}/u.test(after);
  if (WORD_PUNCTUATION.test(ch)) return letterBefore && letterAfter && !JOINING.test(ch);
  // Other signs (€ £ © ® ™ ° § ½ № …): next to digits, spaces, punctuation, letters after them ("°С");
  // never inside a word, after a non-ASCII letter or next to another such sign ("â€™" is UTF-8 read as windows-1252).
  if (letterBefore && letterAfter) return true;
  const foreign = (n: string): boolean => n !== '' && n.charCodeAt(0) >= 0x80 && !SPACE.test(n) && !WORD_PUNCTUATION.test(n);
  return foreign(before) || (foreign(after) && !letterAfter);
}
