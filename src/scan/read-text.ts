/**
 * Reading a file's (or blob's) text for detection with bounded memory. Small inputs are read whole;
 * large ones in overlapping windows (a first cheap pass collects file-level evidence of X), so input
 * of any size costs at most a few windows of memory.
 *
 * Files are opened without following symlinks and without blocking, then checked to be regular files:
 * a path swapped for a FIFO or a symlink (to /dev/zero, say) after it was listed is skipped, not read.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { fsPromises } from '../builtin.js';
import { BINARY_SNIFF_BYTES, decode, isBinary } from '../detect/text.js';

/** Inputs up to this size are decoded in one piece. */
export const WHOLE_FILE_LIMIT = 1024 * 1024;
/** Window size for larger inputs. */
export const WINDOW_BYTES = 1024 * 1024;
/** Characters carried from one window into the next: context lines and any secret across the cut. */
export const OVERLAP_CHARS = 64 * 1024;

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

export interface TextWindow {
  text: string;
  /** Absolute character offset of text[0] in the whole decoded input. */
  offset: number;
  /** Lines before text[0], and code points between the last newline and text[0]. */
  lineBase: number;
  columnBase: number;
  /** Findings starting before this absolute offset belong to this window (the rest to the next). */
  reportUntil: number;
}

export type ReadOutcome =
  | { kind: 'binary'; size: number }
  | { kind: 'text'; size: number; text: string }
  | { kind: 'windows'; size: number; evidence: (test: (chunk: string) => boolean) => Promise<boolean>; windows: () => AsyncGenerator<TextWindow> };

type ChunkSource = () => AsyncIterable<Uint8Array>;

function notRegular(): NodeJS.ErrnoException {
  return Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
}

/** Bytes already in memory (git blobs): whole when small, in windows when large. */
export function classifyBytes(bytes: Uint8Array): ReadOutcome {
  if (isBinary(bytes)) return { kind: 'binary', size: bytes.length };
  if (bytes.length <= WHOLE_FILE_LIMIT) return { kind: 'text', size: bytes.length, text: decode(bytes).text };
  return windowed(bytes.length, encodingOf(bytes), async function* () {
    for (let at = 0; at < bytes.length; at += WINDOW_BYTES) yield bytes.subarray(at, at + WINDOW_BYTES);
  });
}

export async function readForScan(path: string | Buffer): Promise<ReadOutcome> {
  const fh = await fsPromises().open(path, OPEN_FLAGS);
  let handedOff = false;
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw notRegular();
    if (st.size <= WHOLE_FILE_LIMIT) return classifyBytes(await fh.readFile());
    const head = Buffer.alloc(BINARY_SNIFF_BYTES);
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    if (isBinary(head.subarray(0, bytesRead))) return { kind: 'binary', size: st.size };
    handedOff = true;
    return windowed(st.size, encodingOf(head), () => fileChunks(fh), () => fh.close());
  } finally {
    if (!handedOff) await fh.close();
  }
}

/**
 * Synchronous variant for worker threads, where blocking is free and a promise per file system call
 * is not: small files in one read; large ones fall back to the windowed reader.
 */
export async function readForScanSync(path: string | Buffer): Promise<ReadOutcome> {
  const fd = openSync(path, OPEN_FLAGS);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw notRegular();
    if (st.size > WHOLE_FILE_LIMIT) return await readForScan(path);
    const bytes = Buffer.allocUnsafe(st.size);
    let got = 0;
    while (got < st.size) {
      const n = readSync(fd, bytes, got, st.size - got, got);
      if (n === 0) break;
      got += n;
    }
    return classifyBytes(bytes.subarray(0, got));
  } finally {
    closeSync(fd);
  }
}

function encodingOf(head: Uint8Array): string {
  return head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : 'utf-8';
}

async function* fileChunks(fh: FileHandle): AsyncGenerator<Uint8Array> {
  const buf = Buffer.alloc(WINDOW_BYTES);
  for (let position = 0; ; ) {
    const { bytesRead } = await fh.read(buf, 0, buf.length, position);
    if (bytesRead === 0) return;
    position += bytesRead;
    yield buf.subarray(0, bytesRead);
  }
}

function windowed(size: number, encoding: string, chunks: ChunkSource, done?: () => Promise<void>): ReadOutcome {
  return {
    kind: 'windows',
    size,
    evidence: (test) => anyChunk(chunks, encoding, test),
    windows: async function* () {
      try {
        yield* windows(chunks, encoding);
      } finally {
        await done?.();
      }
    },
  };
}

async function* decodedChunks(chunks: ChunkSource, encoding: string): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: false });
  for await (const chunk of chunks()) yield decoder.decode(chunk, { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
}

async function anyChunk(chunks: ChunkSource, encoding: string, test: (chunk: string) => boolean): Promise<boolean> {
  let tail = '';
  for await (const chunk of decodedChunks(chunks, encoding)) {
    // Keep a little of the previous chunk so a word cut in two is still seen.
    if (test(tail + chunk)) return true;
    tail = chunk.slice(-64);
  }
  return false;
}

async function* windows(chunks: ChunkSource, encoding: string): AsyncGenerator<TextWindow> {
  let carry = '';
  let offset = 0;
  let lineBase = 0;
  let columnBase = 0;
  let pending: string | null = null;
  for await (const chunk of decodedChunks(chunks, encoding)) {
    if (pending !== null) {
      const text = carry + pending;
      yield { text, offset, lineBase, columnBase, reportUntil: offset + text.length - OVERLAP_CHARS };
      // Advance past the part that is not carried into the next window.
      const keep = Math.min(OVERLAP_CHARS, text.length);
      const dropped = text.slice(0, text.length - keep);
      const newlines = countNewlines(dropped);
      if (newlines > 0) {
        lineBase += newlines;
        columnBase = codePoints(dropped.slice(dropped.lastIndexOf('\n') + 1));
      } else {
        columnBase += codePoints(dropped);
      }
      offset += dropped.length;
      carry = text.slice(text.length - keep);
    }
    pending = chunk;
  }
  const text = carry + (pending ?? '');
  yield { text, offset, lineBase, columnBase, reportUntil: Number.POSITIVE_INFINITY };
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** Characters as an editor counts them: UTF-16 length minus the second half of each surrogate pair. */
function codePoints(s: string): number {
  const lowSurrogates = s.match(/[\uDC00-\uDFFF]/g);
  return s.length - (lowSurrogates ? lowSurrogates.length : 0);
}
