/**
 * What the commit will contain, read from the index through git itself, so git's environment is
 * respected: a temporary GIT_INDEX_FILE (`git commit -a`, `git commit -- <path>`), worktrees, a hook
 * started from a subdirectory. The working tree is never read for staged content.
 */
import { ScanError } from '../errors.js';
import { gitBytes } from './git.js';

export interface StagedEntry {
  /** Path in the commit (top-relative, raw bytes). */
  path: Buffer;
  /** Path in HEAD when the entry is a rename or copy. */
  oldPath?: Buffer;
  status: string;
  oldMode: string;
  newMode: string;
  oldSha: string;
  newSha: string;
}

/** HEAD's commit id, or null in a repository without commits. */
export async function headCommit(cwd: string, env: NodeJS.ProcessEnv): Promise<string | null> {
  try {
    return (await gitBytes(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], cwd, env)).toString('utf8').trim() || null;
  } catch (err) {
    // `--verify --quiet` fails silently when HEAD is unborn; a real failure shows up in the next call.
    if (err instanceof ScanError && /exit code 1$/.test(err.message)) return null;
    throw err;
  }
}

/** The empty tree of this repository's hash algorithm (SHA-1 or SHA-256). */
async function emptyTree(cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  return (await gitBytes(['hash-object', '-t', 'tree', '/dev/null'], cwd, env)).toString('utf8').trim();
}

/**
 * Staged changes against HEAD (or the empty tree in the first commit), renames detected so a
 * renamed-and-edited file keeps its history. Plumbing (`diff-index`) so user diff config cannot
 * change the output; `-z` so any file name survives.
 */
export async function stagedChanges(cwd: string, env: NodeJS.ProcessEnv, pathspecs: string[]): Promise<{ entries: StagedEntry[]; hasHead: boolean }> {
  const head = await headCommit(cwd, env);
  const base = head ?? (await emptyTree(cwd, env));
  const args = ['diff-index', '--cached', '-z', '--raw', '-M', '--no-ext-diff', base];
  if (pathspecs.length) args.push('--', ...pathspecs);
  const out = await gitBytes(args, cwd, { ...env, GIT_LITERAL_PATHSPECS: '1' });
  return { entries: parseRawDiff(out), hasHead: head !== null };
}

/** Parses `git diff-index --raw -z`: ":old new oldsha newsha status\0path\0[newpath\0]". */
export function parseRawDiff(out: Buffer): StagedEntry[] {
  const entries: StagedEntry[] = [];
  let i = 0;
  const field = (): Buffer => {
    const end = out.indexOf(0, i);
    const f = out.subarray(i, end < 0 ? out.length : end);
    i = end < 0 ? out.length : end + 1;
    return f;
  };
  while (i < out.length) {
    const meta = field().toString('latin1');
    if (!meta.startsWith(':')) break;
    const [oldMode, newMode, oldSha, newSha, status] = meta.slice(1).split(' ') as [string, string, string, string, string];
    const first = field();
    if (status.startsWith('R') || status.startsWith('C')) {
      entries.push({ path: field(), oldPath: first, status: status[0]!, oldMode, newMode, oldSha, newSha });
    } else {
      entries.push({ path: first, status: status[0]!, oldMode, newMode, oldSha, newSha });
    }
  }
  return entries;
}
