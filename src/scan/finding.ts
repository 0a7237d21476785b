/** The one finding shape every source produces and every reporter consumes. */
import type { FindingStatus } from '../detect/detect.js';
import type { FileSource } from '../config/file-source.js';
import type { CredentialSet, Severity } from '../rules/types.js';
import type { Skip } from './skip.js';
import type { Suppression } from './suppression.js';
import type { Verification } from '../verify/checks.js';

export interface Finding {
  ruleId: string;
  title: string;
  /** Path relative to the scanned root (several roots: to the current directory), forward slashes. */
  file: string;
  line: number;
  /** 1-based, in characters as an editor shows them, where the secret starts. */
  column: number;
  blocking: boolean;
  severity: Severity;
  status: FindingStatus;
  /** The value, for matching and fingerprints only: never printed unless --show-secrets. */
  secret: string;
  fingerprint: string;
  /** Credential set id ("set-1"): values that belong together share one. */
  group: string;
  /** The kind of credential set the rule belongs to (its rule's `set`). */
  set: CredentialSet;
  /** What the token reveals: App ID, user id, issue time. */
  details: Record<string, string>;
  /** Why the finding does not count: an inline marker, an ignore-file entry. */
  ignored?: Suppression;
  /**
   * A CI range only: what in the change itself (an ignore-file entry, a config exclusion, a baseline
   * entry, an inline marker on a line it adds) would have suppressed this finding. It still blocks:
   * suppressions count once they are on the base branch.
   */
  suppressedOnlyByRange?: { by: string };
  /** Extra facts a source knows (history: commits; staged: already committed earlier). */
  provenance?: Record<string, unknown>;
  /** --verify: what X said about the value (live / dead / unknown and why). */
  verification?: Verification;
}

export interface ScanStats {
  filesScanned: number;
  bytesScanned: number;
  binarySkipped: number;
  symlinksSkipped: number;
  unreadable: number;
  excluded: number;
  knownExamples: number;
  /** Baseline entries no longer found (--baseline). */
  staleBaseline?: number;
}

export interface ScanResult {
  findings: Finding[];
  stats: ScanStats;
  /** Non-fatal problems (unreadable file, broken symlink), one line each; skips included. */
  warnings: string[];
  /** A CI range: where its suppressions (the baseline too) are read, the base commit's files. */
  baseFiles?: FileSource;
  /** Content not scanned (each also one of the warnings): counted by --fail-on-skip. */
  skipped: Skip[];
}

/** Adds one scanned blob to the statistics; false when it was binary (nothing more to do with it). */
export function countScan(stats: ScanStats, scan: { kind: 'binary' } | { kind: 'scanned'; size: number; knownExamples: number }): scan is { kind: 'scanned'; size: number; knownExamples: number } {
  if (scan.kind === 'binary') {
    stats.binarySkipped++;
    return false;
  }
  stats.filesScanned++;
  stats.bytesScanned += scan.size;
  stats.knownExamples += scan.knownExamples;
  return true;
}

export function emptyStats(): ScanStats {
  return { filesScanned: 0, bytesScanned: 0, binarySkipped: 0, symlinksSkipped: 0, unreadable: 0, excluded: 0, knownExamples: 0 };
}
