/**
 * The staged source: the blobs the commit will contain, from the index via git (never the working
 * tree). Symlinks are never followed (git stores the link text), submodule entries hold no content,
 * deletions add nothing. Contents are streamed blob by blob, so any amount of staged data fits.
 */
import type { ChildProcess } from 'node:child_process';
import { startBlobReader, streamBlobs } from '../git/blobs.js';
import type { GitAt } from '../git/git.js';
import { stagedTopAndChanges } from '../git/staged.js';
import { groupBy } from '../scan/group.js';

const REGULAR_FILE = /^100(644|755)$/;

export interface StagedFile {
  path: string;
  sha: string;
  /** HEAD's version of the file (rename-aware), for "already committed earlier". */
  previousSha?: string;
}

export interface StagedSource {
  top: string;
  /** Where every later git call of this scan runs. */
  at: GitAt;
  files: StagedFile[];
  /** Staged entries that hold no scannable content (symlinks, submodules, deletions). */
  skipped: number;
  /** The `git cat-file --batch` started beside the listing, for streamStaged (see startBlobReader). */
  reader: ChildProcess;
}

export async function stagedSource(cwd: string, env: NodeJS.ProcessEnv, pathspecs: string[]): Promise<StagedSource> {
  let reader: ChildProcess | undefined;
  let listed;
  try {
    listed = await stagedTopAndChanges(cwd, env, pathspecs, (pin) => (reader = startBlobReader({ cwd, env, pin })));
  } catch (err) {
    reader?.stdin?.end();
    throw err;
  }
  const { top, pin, entries } = listed;
  const files: StagedFile[] = [];
  for (const e of entries) {
    if (e.status === 'D' || !REGULAR_FILE.test(e.newMode)) continue;
    files.push({ path: e.path.toString('utf8'), sha: e.newSha, ...(e.status !== 'A' && REGULAR_FILE.test(e.oldMode) ? { previousSha: e.oldSha } : {}) });
  }
  return { top, at: { cwd, env, pin }, files, skipped: entries.length - files.length, reader: reader! };
}

/**
 * Streams the staged contents; `onFile` runs for every path that holds each blob. HEAD's versions of
 * modified files come in the same `git cat-file` stream, after them, for `onPrevious`: the hook starts
 * one git process for all contents (`reader`, started with the listing). `onMissing` names what the object store lacks (never fetched).
 */
export function streamStaged(
  at: GitAt,
  reader: ChildProcess,
  files: StagedFile[],
  onFile: (file: StagedFile, bytes: Buffer) => Promise<void>,
  onPrevious: (sha: string, bytes: Buffer) => void,
  onMissing: (sha: string, path: string) => void,
): Promise<void> {
  const bySha = groupBy(files, (f) => f.sha);
  const previousPath = new Map(files.flatMap((f) => (f.previousSha && !bySha.has(f.previousSha) ? [[f.previousSha, f.path] as const] : [])));
  return streamBlobs(at, [...bySha.keys(), ...previousPath.keys()], async (sha, bytes) => {
    const staged = bySha.get(sha);
    if (!staged) return onPrevious(sha, bytes);
    for (const f of staged) await onFile(f, bytes);
  }, (sha) => onMissing(sha, bySha.get(sha)?.[0]?.path ?? previousPath.get(sha)!), { started: reader });
}
