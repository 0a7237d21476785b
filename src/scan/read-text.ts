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
import { BINARY_SNIFF_BYTES, completeUtf8Length, decode, decodeUtf8, isBinary } from '../detect/text.js';

export interface WindowSizes {
  /** Inputs up to this size are decoded in one piece. */
  wholeLimit: number;
  /** Bytes read (and decoded) per window of a larger input. */
  windowBytes: number;
  /**
   * Characters two neighbouring windows share. A window reports the findings up to the middle of
   * this overlap and the next one those after it, so every finding is reported once, with at least
   * half the overlap of context before and after it (names, parents, evidence nearby).
   */
  overlapChars: number;
}

export const SIZES: WindowSizes = { wholeLimit: 1024 * 1024, windowBytes: 1024 * 1024, overlapChars: 64 * 1024 };

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
  return windowed(bytes.length, encodingOf(bytes), sizes.overlapChars, function* () {
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
      return windowed(st.size, encodingOf(head), SIZES.overlapChars, () => fileChunks(fd), () => closeSync(fd));
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
        yield* windows(chunks, encoding, overlap);
      } finally {
        done?.();
      }
    },
  };
}

interface DecodedChunk {
  text: string;
  /** No character beyond U+FFFF (no surrogate pairs): code points equal UTF-16 units. */
  bmp: boolean;
}

function* decodedChunks(chunks: ChunkSource, encoding: string): Generator<DecodedChunk> {
  if (encoding !== 'utf-8') {
    const decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: false });
    for (const chunk of chunks()) yield { text: decoder.decode(chunk, { stream: true }), bmp: false };
    const rest = decoder.decode();
    if (rest) yield { text: rest, bmp: false };
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
    yield decodeUtf8Chunk(bytes.subarray(0, cut));
  }
  if (carry) yield decodeUtf8Chunk(carry);
}

/** Only 4-byte UTF-8 sequences (lead bytes F0–F4) decode to surrogate pairs. */
function decodeUtf8Chunk(bytes: Uint8Array): DecodedChunk {
  const { text, ascii } = decodeUtf8(bytes);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  return { text, bmp: ascii || [0xf0, 0xf1, 0xf2, 0xf3, 0xf4].every((lead) => !buf.includes(lead)) };
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

function* windows(chunks: ChunkSource, encoding: string, overlap: number): Generator<TextWindow> {
  let carry = '';
  let carryBmp = true;
  let offset = 0;
  let lineBase = 0;
  let columnBase = 0;
  let reportFrom = 0;
  let pending: DecodedChunk | null = null;
  for (const chunk of decodedChunks(chunks, encoding)) {
    if (pending !== null) {
      const text = carry + pending.text;
      const reportUntil = Math.max(reportFrom, offset + text.length - overlap / 2);
      yield { text, offset, lineBase, columnBase, reportFrom, reportUntil };
      reportFrom = reportUntil;
      // Advance past the part that is not carried into the next window.
      const keep = Math.min(overlap, text.length);
      const dropped = text.slice(0, text.length - keep);
      const bmp: boolean = carryBmp && pending.bmp;
      const newlines = countNewlines(dropped);
      if (newlines > 0) {
        lineBase += newlines;
        columnBase = codePoints(dropped.slice(dropped.lastIndexOf('\n') + 1), bmp);
      } else {
        columnBase += codePoints(dropped, bmp);
      }
      offset += dropped.length;
      carry = text.slice(text.length - keep);
      // The carry comes from the pending chunk alone unless that chunk is shorter than the overlap.
      carryBmp = keep <= pending.text.length ? pending.bmp : bmp;
    }
    pending = chunk;
  }
  const text = carry + (pending?.text ?? '');
  yield { text, offset, lineBase, columnBase, reportFrom, reportUntil: Number.POSITIVE_INFINITY };
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
