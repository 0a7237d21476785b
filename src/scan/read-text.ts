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
import { isAscii } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { BINARY_SNIFF_BYTES } from '../detect/binary.js';
import { byteText, decode, isBinary } from '../detect/text.js';

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

export const SIZES: WindowSizes = { wholeLimit: 960 * 1024, windowBytes: 896 * 1024, overlapBytes: 64 * 1024 };

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

export interface TextWindow {
  text: string;
  /** Byte text's bytes, one per character (UTF-8 input): what detection probes. */
  codes?: Uint8Array;
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
  | { kind: 'text'; size: number; text: string; byteText: boolean; codes?: Uint8Array }
  | {
      kind: 'windows';
      size: number;
      byteText: boolean;
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
  if (bytes.length <= sizes.wholeLimit) {
    const decoded = decode(bytes);
    // Byte text: its characters are the bytes after any BOM (valid until the caller reads again).
    const codes = decoded.byteText ? bytes.subarray(bytes.length - decoded.text.length) : undefined;
    return { kind: 'text', size: bytes.length, text: decoded.text, byteText: decoded.byteText, ...(codes ? { codes } : {}) };
  }
  return windowed(bytes.length, encodingOf(bytes), sizes.overlapBytes, function* () {
    for (let at = 0; at < bytes.length; at += sizes.windowBytes) yield bytes.subarray(at, at + sizes.windowBytes);
  });
}

let scratch = Buffer.alloc(0);

/**
 * A file's text for scanning, read with blocking calls: in a worker thread blocking is free and a
 * promise per file system call is not, and a scan small enough for the main thread waits on its
 * files anyway. Small files are read whole into one reused buffer; large ones window by window.
 */
export function readForScan(path: string | Buffer): ReadOutcome {
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
    // faults (system time) and garbage, and the bytes are scanned before the next read.
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
  const utf8 = encoding === 'utf-8';
  return {
    kind: 'windows',
    size,
    byteText: utf8,
    evidence: (test) => anyChunk(chunks, encoding, test),
    windows: function* () {
      try {
        yield* windows(utf8 ? byteWindowTexts(chunks, overlap) : decodedWindowTexts(chunks, encoding, overlap));
      } finally {
        done?.();
      }
    },
  };
}

/** The input's text chunk by chunk (byte text for UTF-8). */
function* textChunks(chunks: ChunkSource, encoding: string): Generator<string> {
  if (encoding === 'utf-8') {
    let first = true;
    for (const chunk of chunks()) {
      const bom = first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
      first = false;
      yield byteText(bom ? chunk.subarray(3) : chunk);
    }
    return;
  }
  const decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: false });
  for (const chunk of chunks()) yield decoder.decode(chunk, { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
}

function anyChunk(chunks: ChunkSource, encoding: string, test: (chunk: string) => boolean): boolean {
  let tail = '';
  for (const chunk of textChunks(chunks, encoding)) {
    // Keep a little of the previous chunk so a word cut in two is still seen.
    if (test(tail + chunk)) return true;
    tail = chunk.slice(-64);
  }
  return false;
}

/** One window's whole text, how many characters at its end the next window starts with, and how many of those it leaves to it. */
interface WindowText {
  text: string;
  /** Byte text's bytes, one per character (UTF-8 input). */
  codes?: Uint8Array;
  carryChars: number;
  afterReportChars: number;
  /** Columns (characters as an editor counts them) after the last newline in what the next window does not carry. */
  droppedTailColumns: number;
}

/**
 * UTF-8 windows in byte text: the last `overlap` bytes of one window start the next, and the window
 * is made from one buffer in one copy (joining two strings would make V8 copy every window again).
 */
function* byteWindowTexts(chunks: ChunkSource, overlap: number): Generator<WindowText> {
  // Two buffers in turn: a window's bytes (its `codes`) stay valid while the next window is read.
  const bufs = [Buffer.alloc(0), Buffer.alloc(0)];
  let turn = 0;
  // The previous window ends at `prevEnd` in its buffer; its last `carried` bytes start the next.
  let prevEnd = 0;
  let carried = 0;
  let first = true;
  for (const chunk of chunks()) {
    const prev = bufs[turn]!;
    turn ^= 1;
    if (bufs[turn]!.length < carried + chunk.length) bufs[turn] = Buffer.allocUnsafe(carried + chunk.length);
    const buf = bufs[turn]!;
    prev.copy(buf, 0, prevEnd - carried, prevEnd);
    buf.set(chunk, carried);
    const bom = first && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
    first = false;
    const end = carried + chunk.length;
    const carry = Math.min(overlap, end - bom);
    const dropEnd = end - carry;
    const newline = dropEnd > bom ? buf.lastIndexOf(10, dropEnd - 1) : -1;
    const bytes = buf.subarray(bom, end);
    yield {
      text: byteText(bytes),
      codes: bytes,
      carryChars: carry,
      afterReportChars: Math.floor(carry / 2),
      droppedTailColumns: characterStarts(buf.subarray(Math.max(bom, newline + 1), Math.max(bom, dropEnd))),
    };
    prevEnd = end;
    carried = carry;
  }
}

/** Bytes that start a UTF-8 character (all of them in ASCII). */
function characterStarts(bytes: Uint8Array): number {
  if (typeof isAscii === 'function' && isAscii(bytes)) return bytes.length;
  let n = 0;
  for (let i = 0; i < bytes.length; i++) n += (bytes[i]! & 0xc0) === 0x80 ? 0 : 1;
  return n;
}

/** UTF-16 (rare): decoded chunk by chunk, the next window starting with the last overlap of the previous. */
function* decodedWindowTexts(chunks: ChunkSource, encoding: string, overlap: number): Generator<WindowText> {
  let carry = '';
  for (const chunk of textChunks(chunks, encoding)) {
    const text = carry + chunk;
    const carryChars = Math.min(Math.floor(overlap / 2), text.length);
    const dropped = text.slice(0, text.length - carryChars);
    yield { text, carryChars, afterReportChars: Math.floor(carryChars / 2), droppedTailColumns: codePoints(dropped.slice(dropped.lastIndexOf('\n') + 1)) };
    carry = text.slice(text.length - carryChars);
  }
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
      const { text, codes, carryChars, afterReportChars, droppedTailColumns } = pending;
      const reportUntil = Math.max(reportFrom, offset + text.length - afterReportChars);
      yield { text, ...(codes ? { codes } : {}), offset, lineBase, columnBase, reportFrom, reportUntil };
      reportFrom = reportUntil;
      // Advance past the part that is not carried into the next window.
      const dropped = text.slice(0, text.length - carryChars);
      const newlines = countNewlines(dropped);
      lineBase += newlines;
      columnBase = newlines > 0 ? droppedTailColumns : columnBase + droppedTailColumns;
      offset += dropped.length;
    }
    pending = next;
  }
  if (pending !== null) yield { text: pending.text, ...(pending.codes ? { codes: pending.codes } : {}), offset, lineBase, columnBase, reportFrom, reportUntil: Number.POSITIVE_INFINITY };
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** Code points as an editor counts them: UTF-16 units less the second half of each surrogate pair. */
function codePoints(s: string): number {
  const lowSurrogates = s.match(/[\uDC00-\uDFFF]/g);
  return s.length - (lowSurrogates ? lowSurrogates.length : 0);
}
