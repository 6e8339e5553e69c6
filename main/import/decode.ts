/**
 * Bytes -> text for imported files.
 *
 * Order of decisions:
 *  1. a byte order mark (UTF-8, UTF-16 LE/BE) decides;
 *  2. BOM-less UTF-16 only with a clear pattern of zero bytes (ASCII-range characters put a
 *     NUL in every other byte, and the other bytes of each pair take few values) and text
 *     that reads as writing;
 *  3. valid UTF-8 stays UTF-8 (pure ASCII included);
 *  4. mostly-UTF-8 (valid multi-byte sequences outnumber the invalid bytes) stays UTF-8:
 *     each invalid sequence becomes U+FFFD and a warning gives the byte offsets;
 *  5. a legacy single-byte code page when the bytes read as writing in it: Cyrillic
 *     (windows-1251 or KOI8-R) when high bytes carry most of the letters, else a Latin code
 *     page (windows-1252 unless chardet is confident about another Windows code page);
 *     a warning always says which one was guessed;
 *  6. a file of valid UTF-8 but for a few bad bytes (at most 1%) is UTF-8 with replacements
 *     and the same warning as in 4;
 *  7. anything else is refused: `error` says the bytes are not text Verbatim can read.
 * Every reading must also read as text (decode-plausibility.ts): few controls, private-use,
 * unassigned or replacement characters. Never throws.
 */
import * as chardet from 'chardet';
import * as iconv from 'iconv-lite';
import { isUtf8 } from 'node:buffer';
import { readsAsGuessedText, readsAsText } from './decode-plausibility';

export interface DecodeResult {
  text: string;
  /** Lower-case encoding label: "utf-8", "utf-16le", "utf-16be", "windows-1251", ... */
  encoding: string;
  warnings: string[];
  /** Set when the bytes read as text in no encoding Verbatim knows: the file is refused with this message (text is empty). */
  error?: string;
}

export const NOT_TEXT =
  "The file's bytes do not read as text in any encoding Verbatim knows (UTF-8, UTF-16, Windows-1251/1252); it may be binary or damaged.";

const SAMPLE_BYTES = 8192;
/** A file with at most this share of invalid UTF-8 bytes (and no better reading) is UTF-8 with replacements. */
const FEW_BAD_BYTES = 0.01;

const UTF8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Decodes a file's bytes to text; see the module comment for the rules. */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  try {
    return decodeUnsafe(bytes);
  } catch (error) {
    // Defensive: nothing below should throw, but a parser must never crash the import.
    const text = new TextDecoder('utf-8').decode(bytes);
    return { text, encoding: 'utf-8', warnings: [`decoding failed (${String(error)}); read as UTF-8`] };
  }
}

function decodeUnsafe(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { text: '', encoding: 'utf-8', warnings: [] };

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const body = bytes.subarray(3);
    return checked(isUtf8(body) ? { text: UTF8.decode(body), encoding: 'utf-8', warnings: [] } : decodeUtf8(body, undefined, 3));
  }
  if (startsWith(bytes, [0xff, 0xfe])) return checked(decodeUtf16(bytes.subarray(2), 'utf-16le'));
  if (startsWith(bytes, [0xfe, 0xff])) return checked(decodeUtf16(bytes.subarray(2), 'utf-16be'));

  const utf16 = detectBomlessUtf16(bytes);
  if (utf16) return checked(decodeUtf16(bytes, utf16), true);

  // Fast path: a native validity check; the byte-by-byte scan is only for damaged or legacy files.
  if (isUtf8(bytes)) return checked({ text: UTF8.decode(bytes), encoding: 'utf-8', warnings: [] });
  const scan = scanUtf8(bytes);
  if (scan.errors.length === 0) return checked(decodeUtf8(bytes, scan));
  if (scan.validMultiByte > 0 && scan.invalidBytes <= scan.validMultiByte) return checked(decodeUtf8(bytes, scan));

  const legacy = decodeSingleByte(bytes);
  if (legacy) return legacy;
  if (scan.invalidBytes <= Math.max(1, bytes.length * FEW_BAD_BYTES)) return checked(decodeUtf8(bytes, scan));
  return refused();
}

function refused(): DecodeResult {
  return { text: '', encoding: 'unknown', warnings: [], error: NOT_TEXT };
}

/** The reading, or a refusal when it does not read as text (`guessed`: the stricter test for a guess). */
function checked(result: DecodeResult, guessed = false): DecodeResult {
  const verdict = guessed ? readsAsGuessedText(result.text) : readsAsText(result.text);
  return verdict.ok ? result : refused();
}

/** Display names of the code pages a guess may name. */
const CODE_PAGE_NAMES: Record<string, string> = {
  'windows-1250': 'Windows-1250',
  'windows-1251': 'Windows-1251',
  'windows-1252': 'Windows-1252',
  'windows-1253': 'Windows-1253',
  'windows-1254': 'Windows-1254',
  'koi8-r': 'KOI8-R',
};

/** A legacy code page whose reading looks like writing (the best guess first, then the other alphabet), or null. */
function decodeSingleByte(bytes: Uint8Array): DecodeResult | null {
  const guess = guessSingleByte(bytes);
  const other = guess === 'windows-1251' || guess === 'koi8-r' ? 'windows-1252' : 'windows-1251';
  for (const encoding of [guess, other]) {
    const text = iconv.decode(toBuffer(bytes), encoding);
    if (!readsAsGuessedText(text).ok) continue;
    const name = CODE_PAGE_NAMES[encoding] ?? encoding;
    const warning = `The file is not UTF-8: it was read as ${name}, a guess from its bytes. If letters look wrong, save the file as UTF-8 and import it again.`;
    return { text, encoding, warnings: [warning] };
  }
  return null;
}

/** True for files that are not text: known binary signatures, or NUL / control bytes in the first KB. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  if (BINARY_SIGNATURES.some((sig) => startsWith(bytes, sig))) return true;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return false;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return controlShare(bytes.subarray(3)) > 0.05;
  if (detectBomlessUtf16(bytes)) return false;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let nul = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) nul++;
  if (nul >= 2 || nul / sample.length > 0.001) return true;
  return controlShare(sample) > 0.05;
}

/** Signatures of formats that are certainly not transcripts (PDF, images, archives, executables, office binaries). */
const BINARY_SIGNATURES: number[][] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x50, 0x4b, 0x03, 0x04], // ZIP (also docx, epub, odt)
  [0x50, 0x4b, 0x05, 0x06], // empty ZIP
  [0x1f, 0x8b], // gzip
  [0x28, 0xb5, 0x2f, 0xfd], // zstd
  [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], // xz
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
  [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], // RAR
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x4d, 0x5a, 0x90, 0x00], // Windows executable
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // OLE (old .doc, .xls)
  [0x52, 0x49, 0x46, 0x46], // RIFF (WAV, AVI, WebP)
  [0x4f, 0x67, 0x67, 0x53], // Ogg
  [0x49, 0x44, 0x33], // MP3 with ID3
  [0x49, 0x49, 0x2a, 0x00], // TIFF little-endian
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF big-endian
  [0x00, 0x61, 0x73, 0x6d], // WebAssembly
  Array.from('SQLite format 3\u0000', (c) => c.charCodeAt(0)),
];

/** Share of C0 control bytes other than tab, line feed, vertical tab, form feed, carriage return, ESC and SUB. */
function controlShare(sample: Uint8Array): number {
  const s = sample.subarray(0, SAMPLE_BYTES);
  if (s.length === 0) return 0;
  let control = 0;
  for (let i = 0; i < s.length; i++) {
    const b = s[i];
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b && b !== 0x1a) || b === 0x7f) {
      control++;
    }
  }
  return control / s.length;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * UTF-16 without a BOM: text in the ASCII range (spaces, digits and punctuation even in
 * Russian) has a NUL high byte. Little-endian puts it at odd offsets, big-endian at even ones.
 * The pattern must be clear: enough pairs, no NULs at the other offsets, and the high bytes
 * taking few values (0x00 and 0x04 for Russian; random bytes take them all).
 */
function detectBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const pairs = Math.floor(sample.length / 2);
  // Without a zero byte the sample is not UTF-16 text (its ASCII range has a zero high byte).
  if (pairs < 8 || sample.indexOf(0) < 0) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  const share = 0.1;
  if (oddNul / pairs >= share && evenNul <= oddNul / 20 && fewHighBytes(sample, 1) && plausibleUtf16(sample, 'utf-16le')) return 'utf-16le';
  if (evenNul / pairs >= share && oddNul <= evenNul / 20 && fewHighBytes(sample, 0) && plausibleUtf16(sample, 'utf-16be'))
    return 'utf-16be';
  return null;
}

/** True when the bytes at one parity (the high bytes of UTF-16 code units) take three values or fewer in 90% of pairs. */
function fewHighBytes(sample: Uint8Array, parity: 0 | 1): boolean {
  const counts = new Array<number>(256).fill(0);
  let pairs = 0;
  for (let i = parity; i < sample.length - (1 - parity); i += 2) {
    counts[sample[i]]++;
    pairs++;
  }
  const top = counts
    .sort((a, b) => b - a)
    .slice(0, 3)
    .reduce((n, c) => n + c, 0);
  return top >= pairs * 0.9;
}

/** A UTF-16 reading is plausible when it reads as writing (binary data rarely does). */
function plausibleUtf16(sample: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): boolean {
  const text = iconv.decode(toBuffer(sample.subarray(0, sample.length - (sample.length % 2))), encoding);
  return text.length > 0 && readsAsGuessedText(text).ok;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  const warnings: string[] = [];
  let body = bytes;
  if (body.length % 2 === 1) {
    warnings.push(`odd number of bytes for ${encoding.toUpperCase()}; the last byte was dropped`);
    body = body.subarray(0, body.length - 1);
  }
  let text = iconv.decode(toBuffer(body), encoding, { stripBOM: true });
  if (text.startsWith('\ufeff')) text = text.slice(1);
  const replaced = [...text.matchAll(/\ufffd/g)].length;
  if (replaced > 0) warnings.push(`${replaced} invalid ${encoding.toUpperCase()} code unit${replaced === 1 ? '' : 's'} replaced`);
  return { text, encoding, warnings };
}

interface Utf8Scan {
  validMultiByte: number;
  invalidBytes: number;
  /** Byte offsets (relative to the scanned bytes) where each invalid sequence starts. */
  errors: number[];
}

/** Validates UTF-8 the way the WHATWG decoder does: one error per maximal invalid subpart. */
function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { validMultiByte: 0, invalidBytes: 0, errors: [] };
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else {
      scan.errors.push(i);
      scan.invalidBytes++;
      i++;
      continue;
    }
    let j = i + 1;
    let got = 0;
    while (got < need && j < n && bytes[j] >= lo && bytes[j] <= hi) {
      lo = 0x80;
      hi = 0xbf;
      j++;
      got++;
    }
    if (got === need) scan.validMultiByte++;
    else {
      scan.errors.push(i);
      scan.invalidBytes += j - i;
    }
    i = j;
  }
  return scan;
}

function decodeUtf8(bytes: Uint8Array, known?: Utf8Scan, offsetBase = 0): DecodeResult {
  const scan = known ?? scanUtf8(bytes);
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  const warnings: string[] = [];
  if (scan.errors.length > 0) {
    const shown = scan.errors.slice(0, 5).map((o) => String(o + offsetBase));
    const more = scan.errors.length > 5 ? `, … (${scan.errors.length} places)` : '';
    const n = scan.invalidBytes;
    warnings.push(
      `${n} invalid UTF-8 byte${n === 1 ? '' : 's'} replaced at byte offset${scan.errors.length === 1 ? '' : 's'} ${shown.join(', ')}${more}`,
    );
  }
  return { text, encoding: 'utf-8', warnings };
}

/** Windows code pages chardet may name, with the ISO-8859 sets mapped to their Windows supersets. */
const LATIN_CANDIDATES: Record<string, string> = {
  'windows-1250': 'windows-1250',
  'iso-8859-2': 'windows-1250',
  'windows-1253': 'windows-1253',
  'iso-8859-7': 'windows-1253',
  'windows-1254': 'windows-1254',
  'iso-8859-9': 'windows-1254',
};

/** Picks a single-byte code page for bytes that are not UTF-8. */
function guessSingleByte(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, 64 * 1024);
  let asciiLetters = 0;
  let upperHalf = 0; // 0xC0-0xDF: capitals in windows-1251, small letters in KOI8-R
  let lowerHalf = 0; // 0xE0-0xFF: small letters in windows-1251, capitals in KOI8-R
  for (const b of sample) {
    if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) asciiLetters++;
    else if (b >= 0xc0 && b <= 0xdf) upperHalf++;
    else if (b >= 0xe0) lowerHalf++;
  }
  const high = upperHalf + lowerHalf;
  const top = chardet.analyse(sample).find((m) => m.confidence > 0);
  const name = top ? top.name.toLowerCase() : '';
  if (high > 0 && high >= asciiLetters * 0.5) {
    // Letters live in the upper half: Cyrillic, unless chardet is sure of Greek or Turkish etc.
    if (LATIN_CANDIDATES[name] && (top?.confidence ?? 0) >= 60 && name !== 'windows-1250' && name !== 'iso-8859-2') {
      return LATIN_CANDIDATES[name];
    }
    return upperHalf > lowerHalf * 1.5 ? 'koi8-r' : 'windows-1251';
  }
  if (LATIN_CANDIDATES[name] && (top?.confidence ?? 0) >= 60) return LATIN_CANDIDATES[name];
  return 'windows-1252';
}
