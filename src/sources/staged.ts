/**
 * The staged source: the blobs the commit will contain, from the index via git (never the working
 * tree). Symlinks are never followed (git stores the link text), submodule entries hold no content,
 * deletions add nothing.
 */
import { ScanError } from '../errors.js';
import { gitBytes } from '../git/git.js';
import { readBlobs, stagedChanges, type StagedEntry } from '../git/staged.js';
import type { Blob } from '../scan/blob.js';

const REGULAR_FILE = /^100(644|755)$/;

export interface StagedSource {
  top: string;
  blobs: Blob[];
  /** HEAD's version of each staged path (by display path), for "already committed earlier". */
  previous: Map<string, string>;
  /** Staged entries that hold no scannable content (symlinks, submodules, deletions). */
  skipped: number;
}

export async function workTreeTopOrFail(cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  try {
    const top = (await gitBytes(['rev-parse', '--show-toplevel'], cwd, env)).toString('utf8').trim();
    if (!top) throw new ScanError('--staged needs a git work tree (this repository is bare)');
    return top;
  } catch (err) {
    if (err instanceof ScanError && /not a git repository/i.test(err.message)) throw new ScanError('not inside a git repository: --staged scans what the next commit will contain');
    throw err;
  }
}

export async function stagedSource(cwd: string, env: NodeJS.ProcessEnv, pathspecs: string[]): Promise<StagedSource> {
  const top = await workTreeTopOrFail(cwd, env);
  const { entries } = await stagedChanges(cwd, env, pathspecs);
  const scannable = entries.filter((e) => e.status !== 'D' && REGULAR_FILE.test(e.newMode));
  const contents = await readBlobs(scannable.map((e) => e.newSha), cwd, env);
  const previous = new Map<string, string>();
  const blobs: Blob[] = scannable.map((e: StagedEntry) => {
    const path = e.path.toString('utf8');
    if (e.status !== 'A' && REGULAR_FILE.test(e.oldMode)) previous.set(path, e.oldSha);
    return { path, bytes: contents.get(e.newSha)! };
  });
  return { top, blobs, previous, skipped: entries.length - scannable.length };
}
