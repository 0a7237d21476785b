/**
 * Successive versions of a large file in `--history`. Reading every distinct blob whole is cheap
 * when files change a lot and dearest when big files change a little in every commit (a bundled SDK,
 * a changelog): each version would be scanned in full for a few changed kilobytes.
 *
 * A version is compared with the last version of the same path that was scanned, and when that one
 * had nothing to report, only the regions around the changes are scanned. This is a proof of absence,
 * never a source of findings: if a region yields any finding (or a documented example), the version
 * is scanned in full, so every reported finding comes from a full scan, with its exact line, status
 * and context. It rests on the locality large files are already scanned with (read-text.ts): a
 * finding depends on the text within half a window overlap around it, plus one file-wide fact, X
 * evidence somewhere in the file. So:
 * - text unchanged by at least MARGIN on both sides gives what it gave in the previous version:
 *   nothing;
 * - the regions are scanned as if the file held X evidence elsewhere: a candidate that could only
 *   pass with evidence passes, and the full scan that follows decides;
 * - a candidate in unchanged text that failed only for want of evidence (the previous version asked
 *   for file-wide evidence and had none) could pass now if a changed region brings evidence: then the
 *   version is scanned in full.
 *
 * Matching is done with native byte comparisons and searches (Buffer#compare, #indexOf): a few
 * milliseconds per version of a 10 MB bundle, against a second to scan it. Versions too different
 * to match cheaply are scanned in full.
 */
import { isBinary } from '../detect/text.js';
import { SIZES } from './read-text.js';
import type { BlobScan } from './scan-blob.js';

/** Context kept around each change: what a window guarantees every finding (read-text.ts). */
export const MARGIN = SIZES.overlapBytes / 2;

/** Byte ranges [start, end) of `cur` that differ from `prev`, or null when they are too different to be worth matching. */
export function changedRanges(prev: Buffer, cur: Buffer): [number, number][] | null {
  const n = cur.length;
  const m = prev.length;
  const same = (c: number, p: number, k: number): boolean => cur.compare(prev, p, p + k, c, c + k) === 0;
  /** Length of the common run from cur[c] and prev[p]. */
  const forward = (c: number, p: number): number => commonRun(Math.min(n - c, m - p), (len, k) => same(c + len, p + len, k));
  /** Length of the common run ending just before cur[c] and prev[p], at most `limit`. */
  const backward = (c: number, p: number, limit: number): number => commonRun(Math.min(limit, c, p), (len, k) => same(c - len - k, p - len - k, k));

  const ranges: [number, number][] = [];
  // Bytes searched so far: past a few passes over the file, matching costs more than it saves.
  let work = 0;
  let c = 0;
  let p = 0;
  while (c < n) {
    const run = forward(c, p);
    c += run;
    p += run;
    if (c >= n) break;
    // Resynchronise: the next line start (past its indentation) whose bytes are found near the same
    // place in the previous version, followed by a real common run (a lone `});` is not enough).
    let found = -1;
    let a = c;
    search: while (a < n) {
      const nl = cur.indexOf(10, a + 1);
      if (nl < 0) break;
      a = nl + 1;
      while (a < n && (cur[a] === 0x20 || cur[a] === 0x09)) a++;
      if (a + ANCHOR > n) break;
      const from = Math.max(0, p - REACH);
      const window = prev.subarray(from, Math.min(m, p + (a - c) + REACH));
      const anchor = cur.subarray(a, a + ANCHOR);
      for (let at = window.indexOf(anchor), tries = 0; at >= 0 && tries < 4; at = window.indexOf(anchor, at + 1), tries++) {
        work += at + ANCHOR;
        if (forward(a, from + at) >= MIN_RUN) {
          found = from + at;
          break search;
        }
      }
      work += window.length;
      if (work > 32 * n) return null;
      a += STEP;
    }
    if (found < 0) {
      ranges.push([c, n]);
      break;
    }
    ranges.push([c, a - backward(a, found, a - c)]);
    c = a;
    p = found;
  }
  return ranges;
}

/**
 * The longest run, up to `max` bytes, of which `same(len, k)` says the k bytes after the first len
 * match: blocks of doubling size compared whole (one native compare each), then a binary search.
 */
function commonRun(max: number, same: (len: number, k: number) => boolean): number {
  let len = 0;
  for (let block = 1024; len < max; block = Math.min(block * 2, 1 << 20)) {
    const k = Math.min(block, max - len);
    if (same(len, k)) {
      len += k;
      continue;
    }
    let lo = 0;
    let hi = k;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (same(len, mid)) lo = mid;
      else hi = mid;
    }
    return len + lo;
  }
  return len;
}

const ANCHOR = 32;
const MIN_RUN = 512;
/** Bytes skipped (then on to the next line start) between two anchors tried while text keeps differing. */
const STEP = 256;
/** How far from the expected place an anchor is looked for: moved code further away counts as changed. */
const REACH = 64 * 1024;

/** The text to scan around each change, MARGIN either side, from a line start; overlapping ones merged. */
export function rescanRegions(cur: Buffer, ranges: [number, number][]): [number, number][] {
  const regions: [number, number][] = [];
  for (const [start, end] of ranges) {
    let from = Math.max(0, start - MARGIN);
    // From the start of its line when that is within one more margin (a minified file has few lines).
    const before = Math.max(0, from - MARGIN);
    const nl = cur.subarray(before, from).lastIndexOf(10);
    if (nl >= 0) from = before + nl + 1;
    else if (before === 0) from = 0;
    const to = Math.min(cur.length, end + MARGIN);
    const last = regions[regions.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else regions.push([from, to]);
  }
  return regions;
}

/** What a version's scan leaves for the next version of its path. */
interface Previous {
  bytes: Buffer;
  /** Settles when its scan is done: whether it reported nothing, and whether it lacked evidence it asked for. */
  outcome: Promise<Outcome | null>;
  /** Its verdict is given, and a newer version (or the byte bound) has taken its place: its memory may be reused. */
  settled: boolean;
  dropped: boolean;
}

interface Outcome {
  clean: boolean;
  lackedEvidence: boolean;
}

export type ScanTask = (path: string, bytes: Uint8Array, opts: { assumeEvidence?: boolean }) => Promise<BlobScan>;

export interface VersionScan {
  result: Promise<BlobScan>;
  /**
   * Settles once the scanners are done with the bytes handed to them: what a reader of git should
   * wait for before reading more. A version still waiting for its predecessor's verdict is held by
   * the lineage, within its own bound, so git is not kept waiting behind a long chain of versions.
   */
  busy: Promise<unknown>;
}

/**
 * The versions kept for comparison (the last large one of each path, least recently used dropped
 * first) and the versions waiting for their predecessor's verdict, each up to its byte bound.
 * `scan` runs the detector (in a worker thread or here); `evidenceIn` tests text for X evidence.
 */
export class Lineage {
  private readonly kept = new Map<string, Previous>();
  private keptBytes = 0;
  private waitingBytes = 0;
  /** Memory of versions no longer needed, for the next large blobs (allocate). */
  private readonly spare: ArrayBuffer[] = [];
  private spareBytes = 0;
  /** Versions proven clean around their changes, the bytes that took, and versions scanned in full. */
  readonly counts = { incremental: 0, regionBytes: 0, full: 0 };

  constructor(
    private readonly scan: ScanTask,
    private readonly evidenceIn: (bytes: Buffer) => boolean,
  ) {}

  /**
   * Scans `bytes` (a version of `path`), only around its changes when that proves it clean. The
   * changes are found and their regions scanned at once; the verdict waits for the previous
   * version's. A large version is kept for the next one, so a full scan of it gets a copy (the pool
   * moves what it scans).
   */
  scanVersion(path: string, bytes: Buffer): VersionScan {
    if (!eligible(bytes)) {
      const result = this.scan(path, bytes, {});
      return { result, busy: result };
    }
    const previous = this.kept.get(path);
    const plan = previous && this.waitingBytes + bytes.length <= WAIT_BYTES ? regionsToScan(previous.bytes, bytes) : null;
    let scan: VersionScan;
    if (!plan) {
      const result = this.full(path, bytes);
      scan = { result, busy: result };
    } else {
      this.waitingBytes += bytes.length;
      const regions = Promise.all(plan.map(([from, to]) => this.scan(path, Buffer.from(bytes.subarray(from, to)), { assumeEvidence: true })));
      const result = Promise.all([previous!.outcome, regions])
        .then(([before, scans]) => this.verdict(path, bytes, plan, before, scans))
        .finally(() => (this.waitingBytes -= bytes.length));
      scan = { result, busy: regions };
    }
    const entry: Previous = { bytes, outcome: scan.result.then(outcomeOf, () => null), settled: false, dropped: false };
    void entry.outcome.then(() => {
      entry.settled = true;
      this.recycle(entry);
    });
    this.keep(path, entry);
    return scan;
  }

  /**
   * Memory for an incoming blob of `size` bytes, from a version no longer needed, or null. Large
   * versions would otherwise each be a fresh allocation that, kept a while, lingers until V8's next
   * full collection: 45-75 MB of the peak on a history of bundled SDKs, measured.
   */
  allocate(size: number): Buffer | null {
    if (size <= SIZES.wholeLimit) return null;
    const at = this.spare.findIndex((ab) => ab.byteLength >= size && ab.byteLength - size <= size >> 2);
    if (at < 0) return null;
    const [ab] = this.spare.splice(at, 1);
    this.spareBytes -= ab!.byteLength;
    return Buffer.from(ab!, 0, size);
  }

  private recycle(entry: Previous): void {
    if (!entry.settled || !entry.dropped || entry.bytes.byteOffset !== 0) return;
    const ab = entry.bytes.buffer as ArrayBuffer;
    // Once only: a version is dropped and settled once, but the checks above run twice.
    entry.dropped = false;
    this.spare.push(ab);
    this.spareBytes += ab.byteLength;
    while (this.spareBytes > SPARE_BYTES) this.spareBytes -= this.spare.shift()!.byteLength;
  }

  private full(path: string, bytes: Buffer): Promise<BlobScan> {
    this.counts.full++;
    return this.scan(path, Buffer.from(bytes), {});
  }

  private verdict(path: string, cur: Buffer, regions: [number, number][], before: Outcome | null, scans: BlobScan[]): Promise<BlobScan> | BlobScan {
    if (!before?.clean) return this.full(path, cur);
    // A region read as binary (control bytes near its start) was not scanned: so the version is.
    if (scans.some((s) => s.kind !== 'scanned' || s.findings.length > 0 || s.knownExamples > 0)) return this.full(path, cur);
    // Evidence that arrives in a changed region could turn a candidate of unchanged text into a finding.
    if (before.lackedEvidence && regions.some(([from, to]) => this.evidenceIn(cur.subarray(from, to)))) return this.full(path, cur);
    this.counts.incremental++;
    this.counts.regionBytes += regions.reduce((sum, [from, to]) => sum + to - from, 0);
    // Unchanged text asks the same questions as before: lacking evidence stays lacking.
    return { kind: 'scanned', size: cur.length, findings: [], knownExamples: 0, ...(before.lackedEvidence ? { evidence: false } : {}) };
  }

  private keep(path: string, entry: Previous): void {
    const old = this.kept.get(path);
    if (old) this.drop(path, old);
    this.kept.set(path, entry);
    this.keptBytes += entry.bytes.length;
    for (const [oldest, e] of this.kept) {
      if (this.keptBytes <= KEEP_BYTES || oldest === path) break;
      this.drop(oldest, e);
    }
  }

  private drop(path: string, entry: Previous): void {
    this.kept.delete(path);
    this.keptBytes -= entry.bytes.length;
    entry.dropped = true;
    this.recycle(entry);
  }
}

/** The regions of `cur` to scan against `prev`, or null when a full scan is cheaper. */
function regionsToScan(prev: Buffer, cur: Buffer): [number, number][] | null {
  const ranges = changedRanges(prev, cur);
  if (!ranges) return null;
  const regions = rescanRegions(cur, ranges);
  return regions.reduce((sum, [from, to]) => sum + to - from, 0) > cur.length / 2 ? null : regions;
}

/** Versions kept for comparison, together: the bundles of an SDK. */
const KEEP_BYTES = 32 * 1024 * 1024;
/** Versions waiting for their predecessor's verdict, together; beyond, a version is scanned in full. */
const WAIT_BYTES = 16 * 1024 * 1024;
/** Memory of dropped versions held for reuse (less dropped memory lingering until V8's next full collection: measured best from 32 MB up). */
const SPARE_BYTES = 32 * 1024 * 1024;

/** Large UTF-8 text without a byte-order mark: scanned in windows, byte for byte (read-text.ts). */
function eligible(bytes: Uint8Array): boolean {
  if (bytes.length <= SIZES.wholeLimit) return false;
  const bom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || bytes[0] === 0xff || bytes[0] === 0xfe;
  return !bom && !isBinary(bytes);
}

function outcomeOf(scan: BlobScan): Outcome | null {
  if (scan.kind !== 'scanned') return null;
  return { clean: scan.findings.length === 0 && scan.knownExamples === 0, lackedEvidence: scan.evidence === false };
}
