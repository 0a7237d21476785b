/**
 * Bytes → text, and the same-length normalisation the detector matches on.
 *
 * Normalisation never changes a string's length, so an offset in the normalised text is the same
 * offset in the decoded file, and line/column always point into the original.
 */

import { isAscii } from 'node:buffer';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: Encoding;
}

/** How many leading bytes are looked at to tell a binary file from a text file. */
export const BINARY_SNIFF_BYTES = 8000;

/** A NUL byte in the first few KB means binary, unless a UTF-16 BOM says otherwise (git uses the same test). */
export function isBinary(bytes: Uint8Array): boolean {
  if (utf16Encoding(bytes)) return false;
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

function utf16Encoding(bytes: Uint8Array): Encoding | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Decodes with the BOM's encoding (dropping the BOM); invalid UTF-8 becomes U+FFFD, never an error. */
export function decode(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return { text: new TextDecoder(utf16, { fatal: false }).decode(bytes.subarray(2)), encoding: utf16 };
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return { text: decodeUtf8(bytes.subarray(start)).text, encoding: 'utf-8' };
}

/**
 * UTF-8 bytes (no BOM) → text. Most source files are pure ASCII: decoding them as Latin-1 gives the
 * same string about twice as fast as UTF-8 decoding (Buffer.isAscii needs Node 20.8; older 20.x take
 * the UTF-8 path). `ascii` says the text has no character above U+007F.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string; ascii: boolean } {
  const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const ascii = asciiOnly(body);
  return { text: body.toString(ascii ? 'latin1' : 'utf8'), ascii };
}

/** No byte above 0x7F (false, not a slow loop, on Node 20 before 20.8: callers then take the general path). */
export function asciiOnly(bytes: Uint8Array): boolean {
  return typeof isAscii === 'function' && isAscii(bytes);
}

/** Length of `bytes` without a UTF-8 sequence cut short at its end (carried into the next chunk). */
export function completeUtf8Length(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back]!;
    if (b < 0x80) return n;
    if (b < 0xc0) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    return need > back ? n - back : n;
  }
  return n;
}

/**
 * Same-length normalisation: JSON/JS string escapes become the character they stand for, padded
 * with a space (`\"` → ` "`, `\n` → ` ⏎`), and CR becomes a space. Jupyter notebooks keep code as
 * JSON strings, so after this a cell reads like the code it holds. Plain string replaces (no
 * callback) keep this cheap on large minified files.
 */
export function normalise(text: string): string {
  let out = text;
  if (out.indexOf('\r') >= 0) out = out.replace(/\r/g, ' ');
  if (out.indexOf('\\') < 0) return out;
  return out.replace(/\\n/g, ' \n').replace(/\\[rt]/g, '  ').replace(/\\(["'/])/g, ' $1');
}

/**
 * Normalises only the given [from, to) windows (where the context detector will look); the rest of
 * the text is kept as is. Same length as the input, like normalise().
 */
export function normaliseWindows(text: string, windows: [number, number][]): string {
  // Only windows holding an escaped quote (code inside a JSON or JS string: notebooks, embedded
  // snippets) or a CR need rebuilding; plain minified code with "\n" in its strings does not. The
  // next backslash and CR are found with indexOf, jumping from window to window (windows are sorted).
  let parts: string[] | null = null;
  let at = 0;
  let cr = text.indexOf('\r');
  let backslash = text.indexOf('\\');
  for (const [from, to] of windows) {
    if (cr >= 0 && cr < from) cr = text.indexOf('\r', from);
    if (backslash >= 0 && backslash < from) backslash = text.indexOf('\\', from);
    let needed = cr >= 0 && cr < to;
    // An escaped quote: a backslash and a quote, both inside the window.
    while (!needed && backslash >= 0 && backslash + 1 < to) {
      const next = text.charCodeAt(backslash + 1);
      if (next === 34 || next === 39) needed = true;
      else backslash = text.indexOf('\\', backslash + 1);
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
  constructor(private readonly text: string) {
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
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
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
      // A surrogate pair is one character on screen.
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < offset) i++;
      column++;
    }
    this.last = { line, offset, column };
    return { line, column };
  }
}
