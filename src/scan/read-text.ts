/**
 * Reading a file's (or blob's) text for detection with bounded memory. Small inputs are read whole;
 * large ones in overlapping windows, so input of any size costs at most a few windows of memory.
 * File-level evidence of X in a large input is looked for only when a window asks for it (a second
 * pass over the input), which few inputs ever do.
 *
 * Files are opened without following symlinks and without blocking, then checked to be regular files:
 * a path swapped for a FIFO or a symlink (to /dev/zero, say) after it was listed is skipped, not read.
 * Large files are read with blocking calls: one window at a time, each consumed before the next.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { fsPromises } from '../builtin.js';
import { asciiOnly, BINARY_SNIFF_BYTES, completeUtf8Length, decode, decodeUtf8, isBinary } from '../detect/text.js';

export interface WindowSizes {
  /** Inputs up to this size are decoded in one piece. */
  wholeLimit: number;
  /** Bytes read (and decoded) per window of a larger input. */
  windowBytes: number;
  /**
   * Bytes two neighbouring windows share. A window reports the findings up to the middle of this
   * overlap and the next one those after it, so every finding is reported once, with at least half
   * the overlap of context before and after it (names, parents, evidence nearby).
   */
  overlapBytes: number;
}

export const SIZES: WindowSizes = { wholeLimit: 1024 * 1024, windowBytes: 1024 * 1024, overlapBytes: 64 * 1024 };

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

export interface TextWindow {
  text: string;
  /** Absolute character offset of text[0] in the whole decoded input. */
  offset: number;
  /** Lines before text[0], and code points between the last newline and text[0]. */
  lineBase: number;
  columnBase: number;
  /** Findings starting in [reportFrom, reportUntil) (absolute offsets) belong to this window. */
  reportFrom: number;
  reportUntil: number;
}

export type ReadOutcome =
  | { kind: 'binary'; size: number }
  | { kind: 'text'; size: number; text: string }
  | {
      kind: 'windows';
      size: number;
      /** Whether `test` holds anywhere in the input (read once more, chunk by chunk). */
      evidence: (test: (chunk: string) => boolean) => boolean;
      /** Each window must be used before asking for the next; the input is closed at the end. */
      windows: () => Generator<TextWindow>;
    };

/** The input's bytes from the start, chunk by chunk; a chunk is valid until the next is asked for. */
type ChunkSource = () => Iterable<Uint8Array>;

function notRegular(): NodeJS.ErrnoException {
  return Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
}

/** Bytes already in memory (git blobs): whole when small, in windows when large. */
export function classifyBytes(bytes: Uint8Array, sizes = SIZES): ReadOutcome {
  if (isBinary(bytes)) return { kind: 'binary', size: bytes.length };
  if (bytes.length <= sizes.wholeLimit) return { kind: 'text', size: bytes.length, text: decode(bytes).text };
  return windowed(bytes.length, encodingOf(bytes), sizes.overlapBytes, function* () {
    for (let at = 0; at < bytes.length; at += sizes.windowBytes) yield bytes.subarray(at, at + sizes.windowBytes);
  });
}

export async function readForScan(path: string | Buffer): Promise<ReadOutcome> {
  const fh = await fsPromises().open(path, OPEN_FLAGS);
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw notRegular();
    if (st.size <= SIZES.wholeLimit) return classifyBytes(await fh.readFile());
  } finally {
    await fh.close();
  }
  // Large files are read window by window with blocking calls (see readForScanSync).
  return readForScanSync(path);
}

let scratch = Buffer.alloc(0);

/**
 * Synchronous variant for worker threads, where blocking is free and a promise per file system call
 * is not.
 */
export function readForScanSync(path: string | Buffer): ReadOutcome {
  const fd = openSync(path, OPEN_FLAGS);
  let handedOff = false;
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw notRegular();
    if (st.size > SIZES.wholeLimit) {
      const head = Buffer.alloc(BINARY_SNIFF_BYTES);
      const got = readSync(fd, head, 0, head.length, 0);
      if (isBinary(head.subarray(0, got))) return { kind: 'binary', size: st.size };
      handedOff = true;
      return windowed(st.size, encodingOf(head), SIZES.overlapBytes, () => fileChunks(fd), () => closeSync(fd));
    }
    // One buffer for every small file this thread reads: a fresh allocation per file costs page
    // faults (system time) and garbage, and the bytes are decoded into a string before the next read.
    if (scratch.length < st.size) scratch = Buffer.allocUnsafeSlow(Math.max(st.size, 64 * 1024));
    let got = 0;
    while (got < st.size) {
      const n = readSync(fd, scratch, got, st.size - got, got);
      if (n === 0) break;
      got += n;
    }
    return classifyBytes(scratch.subarray(0, got));
  } finally {
    if (!handedOff) closeSync(fd);
  }
}

function encodingOf(head: Uint8Array): string {
  return head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : 'utf-8';
}

function* fileChunks(fd: number): Generator<Uint8Array> {
  const buf = Buffer.allocUnsafe(SIZES.windowBytes);
  for (let position = 0; ; ) {
    const bytesRead = readSync(fd, buf, 0, buf.length, position);
    if (bytesRead === 0) return;
    position += bytesRead;
    yield buf.subarray(0, bytesRead);
  }
}

function windowed(size: number, encoding: string, overlap: number, chunks: ChunkSource, done?: () => void): ReadOutcome {
  return {
    kind: 'windows',
    size,
    evidence: (test) => anyChunk(chunks, encoding, test),
    windows: function* () {
      try {
        yield* windows(encoding === 'utf-8' ? utf8WindowTexts(chunks, overlap) : decodedWindowTexts(chunks, encoding, overlap));
      } finally {
        done?.();
      }
    },
  };
}

interface DecodedChunk {
  text: string;
}

/** The input's text chunk by chunk (the evidence pass, and UTF-16 windows). */
function* decodedChunks(chunks: ChunkSource, encoding: string): Generator<DecodedChunk> {
  if (encoding !== 'utf-8') {
    const decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: false });
    for (const chunk of chunks()) yield { text: decoder.decode(chunk, { stream: true }) };
    const rest = decoder.decode();
    if (rest) yield { text: rest };
    return;
  }
  // UTF-8 is cut at sequence boundaries (a sequence split between chunks goes with the next one), so
  // every chunk decodes on its own: ASCII chunks take the fast Latin-1 path.
  let carry: Buffer | null = null;
  let first = true;
  for (const chunk of chunks()) {
    let bytes: Uint8Array = carry ? Buffer.concat([carry, chunk]) : chunk;
    if (first && bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    first = false;
    const cut = completeUtf8Length(bytes);
    // The chunk's buffer is reused for the next read: the carried bytes are copied.
    carry = cut < bytes.length ? Buffer.from(bytes.subarray(cut)) : null;
    yield { text: decodeUtf8(bytes.subarray(0, cut)).text };
  }
  if (carry) yield { text: decodeUtf8(carry).text };
}

function anyChunk(chunks: ChunkSource, encoding: string, test: (chunk: string) => boolean): boolean {
  let tail = '';
  for (const chunk of decodedChunks(chunks, encoding)) {
    // Keep a little of the previous chunk so a word cut in two is still seen.
    if (test(tail + chunk.text)) return true;
    tail = chunk.text.slice(-64);
  }
  return false;
}

/** One window's whole text, how many characters at its end the next window starts with, and how many of those it reports. */
interface WindowText {
  text: string;
  carryChars: number;
  /** Characters after this window's report boundary (about half the carried bytes). */
  afterReportChars: number;
  /** No character beyond U+FFFF (no surrogate pairs): code points equal UTF-16 units. */
  bmp: boolean;
}

/**
 * UTF-8 windows are decoded from bytes in one piece: the tail of the previous window's bytes (from a
 * character start) followed by the next chunk. Each window is then a single flat string; joining two
 * strings would make V8 copy every window once more, into freshly mapped memory.
 */
function* utf8WindowTexts(chunks: ChunkSource, overlap: number): Generator<WindowText> {
  // One buffer holds each window's bytes: the carried tail moved to its start, the next chunk after it.
  let buf = Buffer.alloc(0);
  let carried = 0;
  let first = true;
  for (const chunk of chunks()) {
    if (buf.length < carried + chunk.length) buf = Buffer.concat([buf.subarray(0, carried)], carried + chunk.length);
    buf.set(chunk, carried);
    let bytes = buf.subarray(0, carried + chunk.length);
    if (first && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    first = false;
    // A sequence cut short at the end goes with the next chunk.
    const cut = completeUtf8Length(bytes);
    const end = bytes.length;
    bytes = bytes.subarray(0, cut);
    const tailStart = charStartFrom(bytes, bytes.length - overlap);
    const tail = bytes.subarray(tailStart);
    const { text, ascii } = decodeUtf8(bytes);
    yield {
      text,
      carryChars: charCount(tail),
      afterReportChars: charCount(bytes.subarray(charStartFrom(bytes, tailStart + Math.floor(tail.length / 2)))),
      bmp: ascii || !hasFourByteSequence(bytes),
    };
    // The tail and any unfinished sequence after it start the next window.
    const from = bytes.byteOffset - buf.byteOffset + tailStart;
    const to = bytes.byteOffset - buf.byteOffset + end;
    buf.copyWithin(0, from, to);
    carried = to - from;
  }
  // Bytes of an unfinished sequence at the very end still count (as U+FFFD), in a last window.
  const carry = buf.subarray(0, carried);
  if (carry.length > 0 && completeUtf8Length(carry) < carry.length) {
    yield { text: decodeUtf8(carry).text, carryChars: 0, afterReportChars: 0, bmp: false };
  }
}

/** UTF-16 (rare): decoded chunk by chunk, the next window starting with the last overlap of the previous. */
function* decodedWindowTexts(chunks: ChunkSource, encoding: string, overlap: number): Generator<WindowText> {
  let carry = '';
  for (const chunk of decodedChunks(chunks, encoding)) {
    const text = carry + chunk.text;
    const carryChars = Math.min(Math.floor(overlap / 2), text.length);
    yield { text, carryChars, afterReportChars: Math.floor(carryChars / 2), bmp: false };
    carry = text.slice(text.length - carryChars);
  }
}

/** The first character start (not a continuation byte) at or after `at`. */
function charStartFrom(bytes: Uint8Array, at: number): number {
  let i = Math.max(0, at);
  while (i < bytes.length && (bytes[i]! & 0xc0) === 0x80) i++;
  return i;
}

/** UTF-16 length of complete UTF-8 bytes. */
function charCount(bytes: Uint8Array): number {
  return asciiOnly(bytes) ? bytes.length : decodeUtf8(bytes).text.length;
}

/** Only 4-byte UTF-8 sequences (lead bytes F0–F4) decode to surrogate pairs. */
function hasFourByteSequence(bytes: Uint8Array): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  return [0xf0, 0xf1, 0xf2, 0xf3, 0xf4].some((lead) => buf.includes(lead));
}

function* windows(texts: Iterable<WindowText>): Generator<TextWindow> {
  let offset = 0;
  let lineBase = 0;
  let columnBase = 0;
  let reportFrom = 0;
  // One window of lookahead: the last window reports everything to the end.
  let pending: WindowText | null = null;
  for (const next of texts) {
    if (pending !== null) {
      const { text, carryChars, afterReportChars, bmp } = pending;
      const reportUntil = Math.max(reportFrom, offset + text.length - afterReportChars);
      yield { text, offset, lineBase, columnBase, reportFrom, reportUntil };
      reportFrom = reportUntil;
      // Advance past the part that is not carried into the next window.
      const dropped = text.slice(0, text.length - carryChars);
      const newlines = countNewlines(dropped);
      if (newlines > 0) {
        lineBase += newlines;
        columnBase = codePoints(dropped.slice(dropped.lastIndexOf('\n') + 1), bmp);
      } else {
        columnBase += codePoints(dropped, bmp);
      }
      offset += dropped.length;
    }
    pending = next;
  }
  if (pending !== null) yield { text: pending.text, offset, lineBase, columnBase, reportFrom, reportUntil: Number.POSITIVE_INFINITY };
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** Characters as an editor counts them: UTF-16 length minus the second half of each surrogate pair. */
function codePoints(s: string, bmp: boolean): number {
  if (bmp) return s.length;
  const lowSurrogates = s.match(/[\uDC00-\uDFFF]/g);
  return s.length - (lowSurrogates ? lowSurrogates.length : 0);
}
