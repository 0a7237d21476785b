/**
 * Binary or text, from the first few KB. git's rule (one NUL byte means binary) skips text files
 * that merely hold a NUL (a `"\0"` written raw in a string literal, a stray byte from an editor), and a
 * skipped file hides its secrets. Instead a file is binary when:
 *
 * - it starts with a known binary signature (magic number: images, archives, executables, databases,
 *   fonts, media), whatever follows — except that a signature made only of text bytes (`GIF89a`,
 *   `%PDF-`, `!<arch>\n`, `bplist00`, `wOFF`, `ftyp` at 4, `ustar` at 257 …) also needs binary
 *   evidence in the sample: at least one NUL or other non-text control byte, or bytes that are not
 *   UTF-8. A real file of such a format has them within its first few bytes (a GIF's dimensions, a
 *   PDF's binary comment line and streams, a tar header's NUL padding); a `.env` that merely starts
 *   with `GIF89a` is text and is scanned; or
 * - more than 1 byte in BINARY_CONTROL_SHARE of the sample is a NUL or another control byte text does
 *   not use (C0 controls other than tab, line feed, vertical tab, form feed, carriage return and
 *   escape; and DEL). Binary data without a known signature is full of NULs, and even random bytes
 *   (compressed or encrypted data) are about 10 % such bytes; text holds a few at most.
 *
 * UTF-16 text with a BOM is text (it is decoded). UTF-16 without a BOM is half NULs and stays binary,
 * as it always was.
 */

/** How many leading bytes are looked at to tell a binary file from a text file. */
export const BINARY_SNIFF_BYTES = 8000;

/** Binary when NUL and other non-text control bytes are more than 1 in this many sampled bytes (~3 %). */
const BINARY_CONTROL_SHARE = 32;

/** A byte sequence at an offset; a signature is one or more of them. */
type Part = [offset: number, bytes: string];

const b = (hex: string): string => String.fromCharCode(...hex.split(' ').map((h) => parseInt(h, 16)));

/** Known signatures (file(1)'s magic, each format's specification). Byte strings are Latin-1. */
const SIGNATURES: Part[][] = [
  // Images
  [[0, b('89 50 4e 47 0d 0a 1a 0a')]], // PNG
  [[0, b('ff d8 ff')]], // JPEG
  [[0, 'GIF87a']], [[0, 'GIF89a']],
  [[0, 'II*\0']], [[0, 'MM\0*']], // TIFF (and camera raw formats built on it)
  [[0, '\0\0\x01\0']], // ICO
  [[0, 'RIFF'], [8, 'WEBP']],
  // Documents and archives
  [[0, '%PDF-']],
  [[0, 'PK\x03\x04']], [[0, 'PK\x05\x06']], [[0, 'PK\x07\x08']], // ZIP: JAR, DOCX/XLSX, APK, wheels, VSIX
  [[0, b('d0 cf 11 e0 a1 b1 1a e1')]], // OLE compound file: .doc, .xls, .msi
  [[0, b('1f 8b')]], // gzip
  [[0, 'BZh'], [4, '1AY&SY']], // bzip2
  [[0, b('fd 37 7a 58 5a 00')]], // xz
  [[0, b('28 b5 2f fd')]], // zstd
  [[0, b('04 22 4d 18')]], // LZ4 frame
  [[0, b('37 7a bc af 27 1c')]], // 7-Zip
  [[0, 'Rar!\x1a\x07']],
  [[0, 'MSCF\0\0\0\0']], // Windows cabinet
  [[257, 'ustar']], // tar
  [[0, '!<arch>\n']], // ar: static libraries, .deb
  [[0, 'PACK\0\0\0']], // git pack
  // Executables and bytecode
  [[0, '\x7fELF']],
  [[0, b('fe ed fa ce')]], [[0, b('fe ed fa cf')]], [[0, b('ce fa ed fe')]], [[0, b('cf fa ed fe')]], // Mach-O
  [[0, b('ca fe ba be')]], // Java class file, Mach-O universal binary
  [[0, '\0asm']], // WebAssembly
  [[0, 'dex\n0'], [7, '\0']], // Android DEX: dex\n035\0
  [[0, '\x1bLua']], // Lua bytecode
  // Data
  [[0, 'SQLite format 3\0']],
  [[0, 'bplist00']], // Apple binary property list
  [[0, '\0\0\0\x01Bud1']], // .DS_Store
  [[0, b('89 48 44 46 0d 0a 1a 0a')]], // HDF5
  [[0, '\x93NUMPY']],
  // Fonts and media
  [[0, '\0\x01\0\0']], [[0, 'wOFF']], [[0, 'wOF2']], // TrueType, WOFF
  [[4, 'ftyp']], // MP4, MOV, HEIC, AVIF
  [[0, b('1a 45 df a3')]], // Matroska, WebM
  [[0, 'OggS\0']], [[0, 'fLaC']],
  [[0, 'ID3\x02']], [[0, 'ID3\x03']], [[0, 'ID3\x04']], // MP3
  [[0, 'RIFF'], [8, 'WAVE']], [[0, 'RIFF'], [8, 'AVI ']],
];

/** Text bytes: printable ASCII, tab, line feed, carriage return. */
const isTextByte = (c: number): boolean => (c >= 0x20 && c < 0x7f) || c === 0x09 || c === 0x0a || c === 0x0d;

/** Signatures whose every byte could start a text file: these need binary evidence besides. */
const TEXT_ONLY = new Set(SIGNATURES.filter((sig) => sig.every(([, s]) => [...s].every((ch) => isTextByte(ch.charCodeAt(0))))));

/** 1 for the control bytes text does not use. */
const NON_TEXT = new Uint8Array(256);
for (let c = 0; c < 0x20; c++) NON_TEXT[c] = 1;
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b]) NON_TEXT[c] = 0;
NON_TEXT[0x7f] = 1;

/** `bytes`: the input, or at least its first BINARY_SNIFF_BYTES; a UTF-16 BOM has been ruled out. */
export function looksBinary(bytes: Uint8Array): boolean {
  return hasSignature(bytes) || controlShare(bytes);
}

/** Signatures at offset 0 by their first two bytes, so a file is compared with the few that could match; the rest (MP4's at 4, tar's at 257) with every file. */
const BY_START = new Map<number, Part[][]>();
for (const sig of SIGNATURES) {
  const [at, s] = sig[0]!;
  if (at !== 0) continue;
  const key = (s.charCodeAt(0) << 8) | s.charCodeAt(1);
  BY_START.set(key, [...(BY_START.get(key) ?? []), sig]);
}
const ELSEWHERE = SIGNATURES.filter((sig) => sig[0]![0] !== 0);

function hasSignature(bytes: Uint8Array): boolean {
  if (bytes.length < 2) return false;
  const matches = (sig: Part[]): boolean => sig.every(([at, s]) => startsWith(bytes, at, s)) && (!TEXT_ONLY.has(sig) || binaryEvidence(bytes));
  const candidates = BY_START.get((bytes[0]! << 8) | bytes[1]!);
  if (candidates && candidates.some(matches)) return true;
  if (ELSEWHERE.some(matches)) return true;
  // MZ alone also starts text ("MZ,Mozambique"); a DOS/PE header has NULs among its first 64 bytes.
  return bytes.length >= 64 && bytes[0] === 0x4d && bytes[1] === 0x5a && bytes.subarray(2, 64).includes(0);
}

/** Any of the control bytes text does not use (NON_TEXT), as a character class of Latin-1 text. */
const ANY_NON_TEXT = /[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]/;

/** More than 1 in BINARY_CONTROL_SHARE of the first BINARY_SNIFF_BYTES bytes are NUL or other non-text controls. */
function controlShare(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  // Text seldom holds even one: a native search says so before any byte is counted in JavaScript
  // (the count below runs cold in the hook, a millisecond for ten files).
  if (!ANY_NON_TEXT.test(Buffer.from(bytes.buffer, bytes.byteOffset, n).toString('latin1'))) return false;
  const limit = Math.floor(n / BINARY_CONTROL_SHARE);
  // A table load and an add per byte, no branch: measured as fast as the plain scan for a NUL it
  // replaces (a test per byte for `< 0x20` was 50 % slower: line breaks make it mispredict).
  let odd = 0;
  for (let i = 0; i < n; i++) odd += NON_TEXT[bytes[i]!]!;
  return odd > limit;
}

/**
 * Whether the first BINARY_SNIFF_BYTES hold anything text does not: a NUL or another non-text control
 * byte, or a byte sequence that is not UTF-8 (a multi-byte character cut off by the sample's end is
 * not counted).
 */
function binaryEvidence(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if (c < 0x80) {
      if (NON_TEXT[c]) return true;
      continue;
    }
    // The UTF-8 lead byte, the number of continuation bytes, and the range of the first one
    // (overlong forms, surrogates and code points past U+10FFFF are not UTF-8).
    const [more, lo, hi] = c >= 0xc2 && c <= 0xdf ? [1, 0x80, 0xbf] : c === 0xe0 ? [2, 0xa0, 0xbf] : c === 0xed ? [2, 0x80, 0x9f] : c >= 0xe1 && c <= 0xef ? [2, 0x80, 0xbf] : c === 0xf0 ? [3, 0x90, 0xbf] : c >= 0xf1 && c <= 0xf3 ? [3, 0x80, 0xbf] : c === 0xf4 ? [3, 0x80, 0x8f] : [0, 0, 0];
    if (more === 0) return true;
    for (let k = 1; k <= more; k++) {
      if (i + k >= n) return false;
      const d = bytes[i + k]!;
      if (k === 1 ? d < lo || d > hi : d < 0x80 || d > 0xbf) return true;
    }
    i += more;
  }
  return false;
}

function startsWith(bytes: Uint8Array, at: number, s: string): boolean {
  if (bytes.length < at + s.length) return false;
  for (let i = 0; i < s.length; i++) if (bytes[at + i] !== s.charCodeAt(i)) return false;
  return true;
}
