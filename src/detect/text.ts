/**
 * Bytes → text, and the same-length normalisation the detector matches on.
 *
 * UTF-8 (and ASCII) input becomes "byte text": one character per byte (the bytes read as Latin-1).
 * Everything the detector looks for is ASCII, and multi-byte characters stay non-ASCII characters,
 * so it finds the same things; but the string is made by a plain copy, is one byte per character in
 * memory (text with one emoji would otherwise become a two-byte string, twice the size), and its
 * windows need no care for characters cut in two. Columns count the bytes that start a character.
 * UTF-16 input (with a BOM) is decoded for real.
 *
 * Normalisation never changes a string's length, so an offset in the normalised text is the same
 * offset in the decoded file, and line/column always point into the original.
 */
import { looksBinary } from './binary.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** One character per UTF-8 byte (see above); false for UTF-16 input, which is decoded. */
  byteText: boolean;
}

/** Binary by signature or by its share of NUL and control bytes (see binary.ts); UTF-16 with a BOM is text. */
export function isBinary(bytes: Uint8Array): boolean {
  return !utf16Encoding(bytes) && looksBinary(bytes);
}

function utf16Encoding(bytes: Uint8Array): Encoding | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Byte text for UTF-8 (BOM dropped), decoded text for UTF-16 (BOM dropped); never an error. */
export function decode(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return { text: new TextDecoder(utf16, { fatal: false }).decode(bytes.subarray(2)), encoding: utf16, byteText: false };
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return { text: byteText(bytes.subarray(start)), encoding: 'utf-8', byteText: true };
}

/** One character per byte. */
export function byteText(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
}

/** In byte text, UTF-8 continuation bytes (0x80–0xBF) do not start a character. */
export function isContinuation(c: number): boolean {
  return c >= 0x80 && c <= 0xbf;
}

/**
 * One code per character, as byte text's own bytes are: everything beyond ASCII becomes 0x80, which no
 * value holds (decoded UTF-16 text, values checked on their own).
 */
export function codesOf(text: string): Uint8Array {
  const codes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    codes[i] = c < 0x80 ? c : 0x80;
  }
  return codes;
}

/**
 * Same-length normalisation: JSON/JS string escapes become the character they stand for, padded
 * with a space (`\"` → ` "`, `\n` → ` ⏎`), and CR becomes a space. Jupyter notebooks keep code as
 * JSON strings, so after this a cell reads like the code it holds. Typographic quotes in byte text
 * (notes pasted from documents: “v”, ‘v’, «v») become ASCII ones of the same byte length: a triple
 * quote reads as one quote either way, « and » as a space and a quote. Plain string replaces (no
 * callback) keep this cheap on large minified files.
 */
export function normalise(text: string): string {
  let out = text;
  if (out.indexOf('\r') >= 0) out = out.replace(/\r/g, ' ');
  // ANSI colour codes (a notebook's traceback keeps them JSON-escaped, a terminal log raw) become spaces.
  if (out.indexOf('\x1b') >= 0 || out.indexOf('\\u001b') >= 0) out = out.replace(ANSI_ESCAPE, (m) => ' '.repeat(m.length));
  if (out.indexOf('\u00e2\u0080') >= 0) out = out.replace(/\u00e2\u0080[\u009c\u009d]/g, '"""').replace(/\u00e2\u0080[\u0098\u0099]/g, "'''");
  if (out.indexOf('\u00c2') >= 0) out = out.replace(/\u00c2\u00ab/g, ' "').replace(/\u00c2\u00bb/g, '" ');
  if (out.indexOf('\\') < 0) return out;
  return out.replace(/\\n/g, ' \n').replace(/\\[rt]/g, '  ').replace(/\\(["'/])/g, ' $1');
}

/** An ANSI escape sequence (SGR colours and the like), raw or as a JSON `\u001b` escape. */
const ANSI_ESCAPE = /(?:\x1b|\\u001[bB])\[[0-9;]{0,20}[A-Za-z]/g;

/** What makes a window need normalising: the text found, how far it reaches, whether it counts there. */
const MARKS: { needle: string; span: number; counts: (text: string, at: number) => boolean }[] = [
  { needle: '\r', span: 1, counts: () => true },
  { needle: '\x1b', span: 2, counts: (t, at) => t[at + 1] === '[' },
  { needle: '\\u001b', span: 7, counts: (t, at) => t[at + 6] === '[' },
  // An escaped quote (code inside a JSON or JS string: notebooks, embedded snippets); plain minified
  // code with "\n" in its strings needs nothing.
  { needle: '\\', span: 2, counts: (t, at) => t[at + 1] === '"' || t[at + 1] === "'" },
  { needle: '\u00e2\u0080', span: 3, counts: (t, at) => '\u0098\u0099\u009c\u009d'.includes(t[at + 2]!) },
  { needle: '\u00c2', span: 2, counts: (t, at) => t[at + 1] === '\u00ab' || t[at + 1] === '\u00bb' },
];

/**
 * Normalises only the given [from, to) windows (where the context detector will look); the rest of
 * the text is kept as is. Same length as the input, like normalise().
 */
export function normaliseWindows(text: string, windows: [number, number][]): string {
  let parts: string[] | null = null;
  let at = 0;
  // The next occurrence of each mark, found with indexOf, jumping from window to window (windows are sorted).
  const next = MARKS.map((m) => text.indexOf(m.needle));
  for (const [from, to] of windows) {
    let needed = false;
    for (let k = 0; k < MARKS.length && !needed; k++) {
      const { needle, span, counts } = MARKS[k]!;
      if (next[k]! >= 0 && next[k]! < from) next[k] = text.indexOf(needle, from);
      while (next[k]! >= 0 && next[k]! + span <= to) {
        if (counts(text, next[k]!)) {
          needed = true;
          break;
        }
        next[k] = text.indexOf(needle, next[k]! + 1);
      }
    }
    if (!needed) continue;
    (parts ??= []).push(text.slice(at, from), normalise(text.slice(from, to)));
    at = to;
  }
  if (!parts) return text;
  parts.push(text.slice(at));
  return parts.join('');
}

/** Maps offsets to 1-based line and column; the column counts code points, as editors show them. */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** `byteText`: the text is UTF-8 byte text (see above), whose columns count character starts. */
  constructor(
    private readonly text: string,
    private readonly byteText = false,
  ) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.text.length;
  }
  lineEnd(line: number): number {
    const next = this.starts[line];
    return next === undefined ? this.text.length : next - 1;
  }
  /** The first `max` characters of a line (key names and indentation live there). */
  lineHead(line: number, max = 240): string {
    const start = this.lineStart(line);
    return this.text.slice(start, Math.min(this.lineEnd(line), start + max));
  }
  get lineCount(): number {
    return this.starts.length;
  }
  private last = { line: 0, offset: 0, column: 1 };
  position(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    // Findings come in order; on a long line, continue counting from the previous one.
    const resume = this.last.line === line && this.last.offset <= offset;
    let column = resume ? this.last.column : 1;
    let i = resume ? this.last.offset : this.lineStart(line);
    for (; i < offset; i++) {
      const c = this.text.charCodeAt(i);
      if (this.byteText) {
        if (!isContinuation(c)) column++;
        continue;
      }
      // A surrogate pair is one character on screen.
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < offset) i++;
      column++;
    }
    this.last = { line, offset, column };
    return { line, column };
  }
}
