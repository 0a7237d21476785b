/**
 * What the commit will contain, read from the index through git itself, so git's environment is
 * respected: a temporary GIT_INDEX_FILE (`git commit -a`, `git commit -- <path>`), worktrees, a hook
 * started from a subdirectory. The working tree is never read for staged content.
 */
import { ScanError } from '../errors.js';
import { gitBytes, gitRun } from './git.js';
import { ensureOwnership, pinTo, workTreeOnDisk } from './work-tree.js';

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

/** The work tree's top and HEAD's commit (null before the first commit), in one git call. */
async function topAndHead(cwd: string, env: NodeJS.ProcessEnv, pin: string[]): Promise<{ top: string; head: string | null }> {
  const r = await gitRun([...pin, 'rev-parse', '--show-toplevel', '--verify', '-q', 'HEAD^{commit}'], cwd, env);
  const lines = r.stdout.toString('utf8').split('\n').filter(Boolean);
  if (r.code === 0 && lines.length >= 2) return { top: lines[0]!, head: lines[1]! };
  if (r.code === 1 && lines.length === 1) return { top: lines[0]!, head: null };
  if (/must be run in a work tree/.test(r.stderr)) throw new ScanError('--staged needs a work tree (this repository is bare)');
  if (/not a git repository/i.test(r.stderr)) throw new ScanError('not inside a git repository: --staged scans what the next commit will contain');
  throw new ScanError(`git rev-parse failed: ${r.stderr.trim().split('\n')[0] || `exit code ${r.code}`}`);
}

/** The empty tree of this repository's hash algorithm (SHA-1 or SHA-256); hashed from no input, so no path's filter applies. */
async function emptyTree(cwd: string, env: NodeJS.ProcessEnv, pin: string[]): Promise<string> {
  return (await gitBytes([...pin, 'hash-object', '-t', 'tree', '--stdin'], cwd, env, '')).toString('utf8').trim();
}

/**
 * The work tree's top and the staged changes, with one git process in the usual case: the top is
 * found on disk (the nearest directory holding `.git`, as git looks) unless git's environment points
 * elsewhere, and the changes are asked against HEAD directly. Only when that fails (the first commit,
 * not a repository, a bare one) does rev-parse tell which case it is. `pin` is what every later git
 * call of this scan passes (see work-tree.ts); `onPin` hears it as soon as the first git is started.
 */
export async function stagedTopAndChanges(cwd: string, env: NodeJS.ProcessEnv, pathspecs: string[], onPin: (pin: string[]) => void = () => undefined): Promise<{ top: string; pin: string[]; entries: StagedEntry[] }> {
  const top = workTreeOnDisk(cwd, env);
  const pin = top ? pinTo(top) : [];
  if (top) {
    // The pin names the repository, which skips git's own ownership check: done here instead.
    await ensureOwnership(top, env);
    // The listing is what everything waits for: its git is started first, then the caller's.
    const listing = gitRun([...pin, ...diffIndexArgs('HEAD', pathspecs)], cwd, diffEnv(env));
    onPin(pin);
    const r = await listing;
    if (r.code === 0) return { top, pin, entries: parseRawDiff(r.stdout) };
  } else {
    onPin(pin);
  }
  const found = await topAndHead(cwd, env, pin);
  return { top: found.top, pin, entries: await stagedChanges(cwd, env, pin, found.head, pathspecs) };
}

/**
 * Staged changes against HEAD (or the empty tree in the first commit), renames detected so a
 * renamed-and-edited file keeps its history. Plumbing (`diff-index`) so user diff config cannot
 * change the output; `-z` so any file name survives.
 */
async function stagedChanges(cwd: string, env: NodeJS.ProcessEnv, pin: string[], head: string | null, pathspecs: string[]): Promise<StagedEntry[]> {
  const base = head ?? (await emptyTree(cwd, env, pin));
  return parseRawDiff(await gitBytes([...pin, ...diffIndexArgs(base, pathspecs)], cwd, diffEnv(env)));
}

function diffIndexArgs(base: string, pathspecs: string[]): string[] {
  const args = ['diff-index', '--cached', '-z', '--raw', '-M', '--no-ext-diff', '--no-textconv', base];
  if (pathspecs.length) args.push('--', ...pathspecs);
  return args;
}

const diffEnv = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({ ...env, GIT_LITERAL_PATHSPECS: '1' });

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
