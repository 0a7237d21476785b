/**
 * Reading a file's text for detection with bounded memory. Small files are read whole; large ones
 * are read in overlapping windows (a first cheap pass collects file-level evidence of X), so a file of
 * any size costs at most a few windows of memory.
 */
import { readFileSync, statSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { BINARY_SNIFF_BYTES, decode, isBinary } from '../detect/text.js';

/** Files up to this size are read in one piece. */
export const WHOLE_FILE_LIMIT = 1 * 1024 * 1024;
/** Window size for larger files. */
export const WINDOW_BYTES = 1024 * 1024;
/** Characters carried from one window into the next: context lines and any secret across the cut. */
export const OVERLAP_CHARS = 64 * 1024;

export interface TextWindow {
  text: string;
  /** Absolute character offset of text[0] in the whole decoded file. */
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

export function classifyBytes(bytes: Uint8Array): ReadOutcome {
  if (isBinary(bytes)) return { kind: 'binary', size: bytes.length };
  return { kind: 'text', size: bytes.length, text: decode(bytes).text };
}

export async function readForScan(path: string | Buffer, limit = WHOLE_FILE_LIMIT): Promise<ReadOutcome> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    if (size <= limit) {
      const bytes = await fh.readFile();
      return classifyBytes(bytes);
    }
    const head = Buffer.alloc(BINARY_SNIFF_BYTES);
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    if (isBinary(head.subarray(0, bytesRead))) return { kind: 'binary', size };
    const encoding = head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : 'utf-8';
    return {
      kind: 'windows',
      size,
      evidence: (test) => anyChunk(path, encoding, test),
      windows: () => windows(path, encoding),
    };
  } finally {
    await fh.close();
  }
}

/**
 * Synchronous variant for worker threads, where blocking is free and a promise per file system call
 * is not: small files in one read; large ones fall back to the windowed reader.
 */
export async function readForScanSync(path: string | Buffer, limit = WHOLE_FILE_LIMIT): Promise<ReadOutcome> {
  if (statSync(path).size > limit) return readForScan(path, limit);
  return classifyBytes(readFileSync(path));
}

async function* decodedChunks(path: string | Buffer, encoding: string): AsyncGenerator<string> {
  const fh: FileHandle = await open(path, 'r');
  try {
    const decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: false });
    const buf = Buffer.alloc(WINDOW_BYTES);
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      yield decoder.decode(buf.subarray(0, bytesRead), { stream: true });
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } finally {
    await fh.close();
  }
}

async function anyChunk(path: string | Buffer, encoding: string, test: (chunk: string) => boolean): Promise<boolean> {
  let tail = '';
  for await (const chunk of decodedChunks(path, encoding)) {
    // Keep a little of the previous chunk so a word cut in two is still seen.
    if (test(tail + chunk)) return true;
    tail = chunk.slice(-64);
  }
  return false;
}

async function* windows(path: string | Buffer, encoding: string): AsyncGenerator<TextWindow> {
  let carry = '';
  let offset = 0;
  let lineBase = 0;
  let columnBase = 0;
  let pending: string | null = null;
  for await (const chunk of decodedChunks(path, encoding)) {
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
