/** Blob contents from git, streamed through one `git cat-file --batch` (small files of one commit are read with `cat-file blob`, see commit.ts). */
import type { ChildProcess } from 'node:child_process';
import { ScanError } from '../errors.js';
import { spawnGit, type GitAt } from './git.js';

/** Blob bytes handed out and not yet scanned, at most (one larger blob still goes alone). */
const IN_FLIGHT_BYTES = 32 * 1024 * 1024;

/**
 * Starts the `git cat-file --batch` that streamBlobs will read, before the blobs are known: the hook
 * starts it while `git diff-index` is still listing them, so the two git start-ups overlap. Handing
 * it to streamBlobs (even with no blobs) closes its input and lets it exit.
 */
export function startBlobReader(at: GitAt): ChildProcess {
  // stderr is not read: a partial clone's "lazy fetching disabled" notes could fill its pipe and stall git.
  const child = spawnGit([...at.pin, 'cat-file', '--batch'], at.cwd, at.env, ['pipe', 'pipe', 'ignore']);
  // A git that cannot start is reported by the listing's git call; this one must not crash the process.
  child.on('error', () => undefined);
  child.stdin?.on('error', () => undefined);
  return child;
}

export interface StreamOptions {
  /** Blobs handed out and not yet scanned, at most (default 4). */
  maxInFlight?: number;
  /** The reader started beforehand (startBlobReader). */
  started?: ChildProcess;
  /** Memory for a blob of this size, reused from one no longer needed; null to allocate. */
  allocate?: (size: number) => Buffer | null;
}

/**
 * Streams blob contents through one `git cat-file --batch`, calling `onBlob` for each as it arrives.
 * Each blob is assembled in a buffer of its exact size (one copy), and while `maxInFlight` blobs, or
 * blobs of IN_FLIGHT_BYTES together, are still being scanned the pipe is paused, so memory stays
 * bounded whatever the repository holds (and git keeps working ahead while the scanners are busy).
 * An object the repository does not have (a partial clone's) goes to `onMissing`: it is never fetched.
 */
export function streamBlobs(
  at: GitAt,
  shas: string[],
  onBlob: (sha: string, bytes: Buffer) => void | Promise<void>,
  onMissing: (sha: string) => void,
  { maxInFlight = 4, started, allocate }: StreamOptions = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (shas.length === 0) {
      started?.stdin?.end();
      return resolve();
    }
    const child = started ?? startBlobReader(at);
    const stdout = child.stdout!;
    let headerBuf = Buffer.alloc(0);
    let body: { sha: string; size: number; buf: Buffer; filled: number } | null = null;
    // The newline git writes after each object, still to be skipped.
    let skipNewline = false;
    let failed: Error | null = null;
    let inFlight = 0;
    let inFlightBytes = 0;
    let closed = false;
    let exitCode: number | null = null;
    const finish = (): void => {
      if (!closed || inFlight > 0) return;
      if (failed) reject(failed);
      else if (exitCode !== 0) reject(new ScanError(`git cat-file failed (exit code ${exitCode})`));
      else resolve();
    };
    const fail = (err: unknown): void => {
      failed ??= err instanceof Error ? err : new Error(String(err));
      child.kill();
    };
    const deliver = (sha: string, bytes: Buffer): void => {
      // Read before handing out: a blob moved to a worker thread reads as empty afterwards.
      const size = bytes.length;
      const r = onBlob(sha, bytes);
      if (!(r instanceof Promise)) return;
      inFlight++;
      inFlightBytes += size;
      if (inFlight >= maxInFlight || inFlightBytes >= IN_FLIGHT_BYTES) stdout.pause();
      const done = (): void => {
        inFlight--;
        inFlightBytes -= size;
        if (inFlight < maxInFlight && inFlightBytes < IN_FLIGHT_BYTES) stdout.resume();
      };
      r.then(
        () => {
          done();
          finish();
        },
        (err) => {
          done();
          fail(err);
          finish();
        },
      );
    };
    stdout.on('data', (chunk: Buffer) => {
      try {
        let d = chunk;
        while (d.length) {
          if (skipNewline) {
            skipNewline = false;
            d = d.subarray(1);
            continue;
          }
          if (!body) {
            const joined = headerBuf.length ? Buffer.concat([headerBuf, d]) : d;
            const nl = joined.indexOf(10);
            if (nl < 0) {
              headerBuf = Buffer.from(joined);
              return;
            }
            headerBuf = Buffer.alloc(0);
            const [sha, type, size] = joined.subarray(0, nl).toString('latin1').trim().split(' ');
            d = joined.subarray(nl + 1);
            if (type === 'missing') {
              onMissing(sha!);
              continue;
            }
            if (size === undefined) throw new ScanError(`git cat-file answered "${type}" for ${sha}`);
            // A buffer of its own (not a slice of a shared pool), so it can be moved to a worker thread.
            body = { sha: sha!, size: Number(size), buf: allocate?.(Number(size)) ?? Buffer.allocUnsafeSlow(Number(size)), filled: 0 };
            if (body.size === 0) {
              deliver(body.sha, body.buf);
              body = null;
              skipNewline = true;
            }
            continue;
          }
          const n = Math.min(d.length, body.buf.length - body.filled);
          d.copy(body.buf, body.filled, 0, n);
          body.filled += n;
          d = d.subarray(n);
          if (body.filled === body.buf.length) {
            const done = body;
            body = null;
            skipNewline = true;
            deliver(done.sha, done.buf);
          }
        }
      } catch (err) {
        fail(err);
      }
    });
    child.on('error', (err) => reject(new ScanError(`cannot run git: ${err.message}`)));
    child.stdin?.on('error', () => undefined);
    child.on('close', (code) => {
      closed = true;
      exitCode = code;
      finish();
    });
    child.stdin!.end(shas.join('\n') + '\n');
  });
}
