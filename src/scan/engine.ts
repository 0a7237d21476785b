/**
 * Runs the detector over the blobs of any source and turns detections into findings: masked
 * identity (fingerprint), ignore rules, credential sets. Sources and reporters never meet here.
 */
import type { IgnoreEntry } from '../config/ignore-file.js';
import { NO_PATH_RULES, type PathFilter } from '../config/path-filter.js';
import type { CompiledRules } from '../detect/compile.js';
import type { DetectedSecret } from '../detect/detect.js';
import { messages } from '../cli/messages.js';
import { ScanError } from '../errors.js';
import type { Blob } from './blob.js';
import { byFingerprint, byMarker, byPath } from './suppression.js';
import { countScan, emptyStats, type Finding, type ScanResult } from './finding.js';
import { fingerprint } from './fingerprint.js';
import { groupPerFile } from './group.js';
import type { ScanPool } from './pool.js';
import { scanBlob } from './scan-blob.js';
import { noteSkip, type SkipSink } from './skip.js';

export interface EngineOptions {
  rules: CompiledRules;
  now: number;
  filter: PathFilter;
  /** Fingerprints listed in the ignore file. */
  ignoredFingerprints: Map<string, IgnoreEntry>;
  /** Path used to match the ignore file's globs (relative to its directory); null: no ignore file applies. */
  ignorePathOf: (blob: Blob) => string | null;
  /** False with --no-inline-allow: `twitter-secrets:allow` markers suppress nothing. */
  inlineAllow: boolean;
  /** Blobs handed to the pool at once; without a pool, blobs are scanned one after another. */
  concurrency?: number;
  /** Worker threads to scan in (large scans); without, blobs are scanned in this thread. */
  pool?: ScanPool;
}

/**
 * Options for findings judged by their inline markers alone: no path rules and no ignore-file
 * fingerprints (a string given to the API, history blobs before their sightings are known).
 */
export function markersOnly(rules: CompiledRules, inlineAllow: boolean): Pick<EngineOptions, 'rules' | 'filter' | 'ignoredFingerprints' | 'ignorePathOf' | 'inlineAllow'> {
  return { rules, filter: NO_PATH_RULES, ignoredFingerprints: new Map(), ignorePathOf: () => null, inlineAllow };
}

/** Detections in one blob → findings with identity and ignore decisions (credential sets come later). */
export function toFindings(blob: Blob, detections: DetectedSecret[], opts: Pick<EngineOptions, 'rules' | 'filter' | 'ignoredFingerprints' | 'ignorePathOf' | 'inlineAllow'>): Finding[] {
  const ignorePath = opts.ignorePathOf(blob);
  const pathEntry = ignorePath === null ? undefined : opts.filter.ignoredBy(ignorePath);
  return detections.map((d): Finding => {
    const rule = opts.rules.set.byId.get(d.ruleId)!;
    const fp = fingerprint(d.ruleId, d.canonical);
    const f: Finding = {
      ruleId: d.ruleId,
      title: rule.title,
      file: blob.path,
      line: d.line,
      column: d.column,
      blocking: d.blocking,
      severity: d.severity,
      status: d.status,
      secret: d.secret,
      fingerprint: fp,
      group: '',
      set: rule.set,
      details: d.details,
      ...(blob.provenance ? { provenance: blob.provenance } : {}),
    };
    const byFp = opts.ignoredFingerprints.get(fp);
    if (d.allowedBy && opts.inlineAllow) f.ignored = byMarker(d.allowedBy);
    else if (byFp) f.ignored = byFingerprint(byFp);
    else if (pathEntry) f.ignored = byPath(pathEntry);
    return f;
  });
}

/** Read errors that concern one file and leave the rest of the scan valid. */
const FILE_PROBLEMS = new Set(['ENOENT', 'EACCES', 'EPERM', 'ELOOP', 'EISDIR', 'ENOTDIR', 'ENXIO', 'ENOTREG']);

/** `blobs` may be built one at a time as they are taken (a large tree's listing). */
export async function scanBlobs(blobs: Iterable<Blob>, opts: EngineOptions): Promise<ScanResult> {
  const stats = emptyStats();
  const notes: SkipSink = { warnings: [], skipped: [] };
  const perBlob: Finding[][] = [];
  const source = blobs[Symbol.iterator]();
  let cursor = 0;
  const worker = async (): Promise<void> => {
    for (let next = source.next(); !next.done; next = source.next()) {
      const index = cursor++;
      const blob = next.value;
      if (!opts.filter.selected(blob.path)) {
        stats.excluded++;
        continue;
      }
      let scan;
      try {
        scan = opts.pool
          ? await opts.pool.scan({ path: blob.path, ...(blob.bytes ? { bytes: blob.bytes } : { fsPath: blob.fsPath ?? blob.path }), now: opts.now })
          : await scanBlob(blob, opts.rules, opts.now);
      } catch (err) {
        // A file that vanished, is unreadable or is not a regular file any more is a warning; anything
        // else (a worker that died, a file too large to decode) means the scan is incomplete: exit 2.
        const code = (err as NodeJS.ErrnoException).code;
        if (!code || !FILE_PROBLEMS.has(code)) throw new ScanError(`could not scan ${blob.path}: ${code ?? (err as Error).message}`);
        stats.unreadable++;
        noteSkip(notes, 'unreadable', messages.unreadable(blob.path, code), blob.path);
        continue;
      }
      if (!countScan(stats, scan)) continue;
      perBlob[index] = toFindings(blob, scan.findings, opts);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 1) }, worker));

  return { findings: groupPerFile(perBlob.filter(Boolean)), stats, ...notes };
}
