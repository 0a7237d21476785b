/**
 * Content a scan could not read, kept as data beside the warning line that reports it: reporters
 * show it in every format, and --fail-on-skip counts it, without anyone parsing warning text.
 */

/**
 * - too-large: a history blob over the size limit
 * - unreadable: a file or directory the scan could not read (permissions, vanished, not a regular file)
 * - missing-object: a git object the repository lacks (a partial clone's, never fetched)
 * - shallow: the scanned revisions reach past a shallow clone's depth
 * - range-unknown: a CI event's commits are not in the clone, so its range was not scanned (the tree was)
 */
export type SkipKind = 'too-large' | 'unreadable' | 'missing-object' | 'shallow' | 'range-unknown';

export interface Skip {
  kind: SkipKind;
  /** The file (or history path) not scanned, when there is one. */
  path?: string;
  /** The warning line that reports it, exactly as it appears in the warnings. */
  reason: string;
}

/** Where a source collects what it reports: every skip is also a warning, in the order met. */
export interface SkipSink {
  warnings: string[];
  skipped: Skip[];
}

export function noteSkip(into: SkipSink, kind: SkipKind, reason: string, path?: string): void {
  into.warnings.push(reason);
  into.skipped.push({ kind, ...(path !== undefined ? { path } : {}), reason });
}
