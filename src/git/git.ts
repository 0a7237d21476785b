/**
 * Asking git: the one module that starts git processes, every one with the guards below, so nothing
 * in a scanned repository can make git run a command. Scans spawn git through `spawnGit` (blob
 * contents stream from blobs.ts): their output is bytes that must survive any file name (`-z` lists,
 * blob contents), which simple-git would decode as UTF-8. simple-git answers install's questions.
 */
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { ScanError } from '../errors.js';

/**
 * Settings a scanned repository's config (or a file it includes) could use to run commands, forced
 * off. Command-line `-c` outranks every config file, `include.path` included.
 * - core.fsmonitor: a command git runs whenever it reads the index (ls-files, diff-index).
 * - log.showSignature: makes `git log` run gpg.program on signed commits.
 * - protocol.allow: no transport at all (a promisor remote's uploadpack, core.sshCommand, ext:: URLs);
 *   we never fetch, so lazy fetching of missing objects fails instead of running anything.
 */
const GUARD_CONFIG = ['core.fsmonitor=false', 'log.showSignature=false', 'protocol.allow=never'];

/**
 * GIT_NO_LAZY_FETCH: a missing object in a partial clone is reported missing, never fetched
 * (git ≥ 2.39.4 and 2.45; protocol.allow covers older gits). GIT_TERMINAL_PROMPT: never wait for a
 * password. GIT_OPTIONAL_LOCKS: reading commands do not refresh and rewrite the user's index.
 */
const GUARD_ENV = { GIT_NO_LAZY_FETCH: '1', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };

/** Where git runs: a directory, the environment, and the options pinning its repository (see work-tree.ts). */
export interface GitAt {
  cwd: string;
  env: NodeJS.ProcessEnv;
  pin: string[];
}

/** Starts git with the guards; `args` begin with the subcommand (or global options such as --git-dir). */
export function spawnGit(args: string[], cwd: string, env: NodeJS.ProcessEnv, stdio: StdioOptions): ChildProcess {
  const guarded = GUARD_CONFIG.flatMap((c) => ['-c', c]);
  return spawn('git', [...guarded, ...args], { cwd, env: { ...env, ...GUARD_ENV }, stdio });
}

export interface GitRun {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

/**
 * Runs git and returns its exit code and output, whatever the code (callers decide what it means).
 * `input` is written to git's standard input (for --batch commands).
 */
export function gitRun(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env, input?: string): Promise<GitRun> {
  return new Promise((resolve, reject) => {
    const child = spawnGit(args, cwd, env, [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe']);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (d: Buffer) => out.push(d));
    child.stderr!.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e: NodeJS.ErrnoException) => reject(new ScanError(e.code === 'ENOENT' ? 'git is not installed or not on PATH' : `cannot run git: ${e.message}`)));
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
    if (input !== undefined) {
      child.stdin!.on('error', () => undefined); // git exited early; reported by 'close'
      child.stdin!.end(input);
    }
  });
}

/** Runs git and returns stdout as bytes; a non-zero exit becomes a ScanError with git's first line. */
export async function gitBytes(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env, input?: string): Promise<Buffer> {
  const r = await gitRun(args, cwd, env, input);
  if (r.code === 0) return r.stdout;
  throw new ScanError(`git ${args[0]} failed: ${r.stderr.trim().split('\n')[0] || `exit code ${r.code}`}`);
}

/** Splits NUL-terminated `-z` output into raw byte paths. */
export function splitNul(buf: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (let i = buf.indexOf(0); i >= 0; i = buf.indexOf(0, start)) {
    if (i > start) out.push(buf.subarray(start, i));
    start = i + 1;
  }
  if (start < buf.length) out.push(buf.subarray(start));
  return out;
}

/**
 * Files git would see under `dir`: tracked plus untracked-not-ignored, so .gitignore applies exactly.
 * `pin` names the work tree (see work-tree.ts).
 */
export async function listWorkTreeFiles(dir: string, pin: string[], env: NodeJS.ProcessEnv): Promise<Buffer[]> {
  return splitNul(await gitBytes([...pin, 'ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate'], dir, env));
}

/** Whether .gitignore (or info/exclude) ignores `dir` itself, asked from inside it. */
export async function isIgnored(dir: string, pin: string[], env: NodeJS.ProcessEnv): Promise<boolean> {
  const r = await gitRun([...pin, 'check-ignore', '-q', '--no-index', '--', '.'], dir, env);
  return r.code === 0;
}

/** Where this repository's hooks live, as git resolves it: core.hooksPath, or the common git dir's hooks (worktrees too). */
export async function repoHookInfo(cwd: string): Promise<{ top: string; hooksDir: string; hooksPath: string | null }> {
  const { simpleGit } = await import('simple-git');
  // simple-git vets the arguments it is given: the guards set core.fsmonitor and protocol.allow,
  // which it accepts only with these two documented switches. GUARD_ENV is not passed: simple-git
  // refuses a whole environment holding EDITOR and the like, and these questions read no objects
  // (protocol.allow=never stops any fetch anyway).
  const git = simpleGit({ baseDir: cwd, config: GUARD_CONFIG, unsafe: { allowUnsafeFsMonitor: true, allowUnsafeProtocolOverride: true } });
  try {
    const top = (await git.revparse(['--show-toplevel'])).trim();
    const hooksDir = (await git.revparse(['--path-format=absolute', '--git-path', 'hooks'])).trim();
    const hooksPath = (await git.getConfig('core.hooksPath')).value;
    return { top, hooksDir, hooksPath };
  } catch (err) {
    const msg = (err as Error).message.split('\n').find((l) => l.trim()) ?? '';
    throw new ScanError(/not a git repository/i.test(msg) ? 'not inside a git work tree: run install from your repository' : `git failed: ${msg.trim()}`);
  }
}
