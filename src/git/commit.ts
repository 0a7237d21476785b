/**
 * One commit's files and the commits a CI range names: where suppressions are read when they must
 * come from a commit (the base of a range, HEAD of a bare repository) rather than the work tree.
 */
import { pathInside, workTreeFiles, type FileSource } from '../config/file-source.js';
import { gitBytes, gitRun, splitNul, type GitAt } from './git.js';
import { revArgs, type RevSpec } from './history.js';

/**
 * Files as `commit` holds them: a path inside `top` is read from the commit (null when the commit
 * does not have it, or there is no commit: a range from a root commit), one outside it (a baseline
 * kept elsewhere) from the disk.
 */
export function commitFiles(at: GitAt, commit: string | null, top: string): FileSource {
  const inRepo = (absPath: string): string | null => pathInside(top, absPath);
  // A commit's files never change: each is read from git once, however many settings ask for it.
  const reads = new Map<string, Promise<string | null>>();
  const fromGit = async (rel: string): Promise<string | null> => {
    const r = await gitRun([...at.pin, 'cat-file', 'blob', `${commit}:${rel}`], at.cwd, at.env);
    return r.code === 0 ? r.stdout.toString('utf8') : null;
  };
  return {
    read(absPath) {
      const rel = inRepo(absPath);
      if (rel === null) return workTreeFiles.read(absPath);
      if (commit === null) return Promise.resolve(null);
      if (!reads.has(rel)) reads.set(rel, fromGit(rel));
      return reads.get(rel)!;
    },
    name(absPath) {
      const rel = inRepo(absPath);
      return rel === null ? absPath : `${rel} (at ${commit?.slice(0, 12) ?? 'the range\'s start'})`;
    },
  };
}

/** Which of `shas` are not commits of this repository (a shallow CI clone lacks the older ones). */
export async function absentCommits(at: GitAt, shas: string[]): Promise<string[]> {
  if (shas.length === 0) return [];
  const out = await gitBytes([...at.pin, 'cat-file', '--batch-check=%(objecttype)'], at.cwd, at.env, shas.map((s) => `${s}^{commit}`).join('\n') + '\n');
  const answers = out.toString('latin1').split('\n');
  return shas.filter((_, i) => answers[i] !== 'commit');
}

/**
 * The parent of the oldest commit `spec` lists: what a new branch grew from. Null when the range is
 * empty or its oldest commit is a root (nothing precedes it).
 */
export async function parentOfOldest(at: GitAt, spec: RevSpec): Promise<string | null> {
  const out = await gitBytes([...at.pin, 'rev-list', '--topo-order', '--parents', ...revArgs(spec)], at.cwd, at.env);
  const lines = out.toString('latin1').trimEnd().split('\n').filter(Boolean);
  const oldest = lines[lines.length - 1]?.split(' ');
  return oldest?.[1] ?? null;
}

/**
 * Blob ids of `paths` (top-relative; all of the tree when omitted) in `commit`; paths the commit
 * lacks are absent from the map, and so is everything when there is no such commit (no HEAD yet).
 * (git 2.39 lists nothing for `--end-of-options <commit> --` without paths: no `--` then.)
 */
export async function blobIdsAt(at: GitAt, commit: string, paths?: string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  if (paths?.length === 0) return ids;
  const r = await gitRun([...at.pin, 'ls-tree', '-r', '-z', '--full-tree', '--end-of-options', commit, ...(paths ? ['--', ...paths] : [])], at.cwd, { ...at.env, GIT_LITERAL_PATHSPECS: '1' });
  if (r.code !== 0) return ids;
  for (const entry of splitNul(r.stdout)) {
    const tab = entry.indexOf(9);
    const m = /^\d+ blob ([0-9a-f]+)$/.exec(entry.subarray(0, tab).toString('latin1'));
    if (m) ids.set(entry.subarray(tab + 1).toString('utf8'), m[1]!);
  }
  return ids;
}
