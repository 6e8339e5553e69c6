/**
 * Bytes -> text for imported files.
 *
 * Order of decisions:
 *  1. a byte order mark (UTF-8, UTF-16 LE/BE) decides;
 *  2. BOM-less UTF-16 is recognised by its NUL pattern (ASCII-range characters put a NUL in
 *     every other byte);
 *  3. valid UTF-8 stays UTF-8 (pure ASCII included);
 *  4. mostly-UTF-8 (valid multi-byte sequences outnumber the invalid bytes) stays UTF-8:
 *     each invalid sequence becomes U+FFFD and a warning gives the byte offsets;
 *  5. otherwise a legacy single-byte code page: Cyrillic (windows-1251 or KOI8-R) when high
 *     bytes carry most of the letters, else a Latin code page (windows-1252 unless chardet is
 *     confident about another Windows code page).
 * Never throws.
 */
import * as chardet from 'chardet';
import * as iconv from 'iconv-lite';
import { isUtf8 } from 'node:buffer';

export interface DecodeResult {
  text: string;
  /** Lower-case encoding label: "utf-8", "utf-16le", "utf-16be", "windows-1251", ... */
  encoding: string;
  warnings: string[];
}

const SAMPLE_BYTES = 8192;

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
    return isUtf8(body) ? { text: UTF8.decode(body), encoding: 'utf-8', warnings: [] } : decodeUtf8(body, undefined, 3);
  }
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes.subarray(2), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes.subarray(2), 'utf-16be');

  const utf16 = detectBomlessUtf16(bytes);
  if (utf16) return decodeUtf16(bytes, utf16);

  // Fast path: a native validity check; the byte-by-byte scan is only for damaged or legacy files.
  if (isUtf8(bytes)) return { text: UTF8.decode(bytes), encoding: 'utf-8', warnings: [] };
  const scan = scanUtf8(bytes);
  if (scan.errors.length === 0) return decodeUtf8(bytes, scan);
  if (scan.validMultiByte > 0 && scan.invalidBytes <= scan.validMultiByte) return decodeUtf8(bytes, scan);

  const encoding = guessSingleByte(bytes);
  return { text: iconv.decode(toBuffer(bytes), encoding), encoding, warnings: [] };
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
  for (const b of s) {
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
 */
function detectBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  const share = 0.1;
  if (oddNul / pairs >= share && evenNul <= oddNul / 20 && plausibleUtf16(sample, 'utf-16le')) return 'utf-16le';
  if (evenNul / pairs >= share && oddNul <= evenNul / 20 && plausibleUtf16(sample, 'utf-16be')) return 'utf-16be';
  return null;
}

/** A UTF-16 reading is plausible when it yields few control characters (binary data rarely does). */
function plausibleUtf16(sample: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): boolean {
  const text = iconv.decode(toBuffer(sample.subarray(0, sample.length - (sample.length % 2))), encoding);
  if (text.length === 0) return false;
  let bad = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) bad++;
  }
  return bad / text.length < 0.02;
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
