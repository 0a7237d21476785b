/**
 * Asking git (blob contents stream from blobs.ts). simple-git answers questions about the repository; byte streams
 * that must survive any file name (`-z` output, blob contents) come from child_process directly,
 * because simple-git decodes output as UTF-8 text and would mangle non-UTF-8 names.
 */
import { spawn } from 'node:child_process';
import { ScanError } from '../errors.js';

/** The work tree's top directory, or null when `dir` is not inside a git work tree (or git is missing). */
export async function workTreeTop(dir: string): Promise<string | null> {
  const { simpleGit } = await import('simple-git');
  try {
    const git = simpleGit({ baseDir: dir });
    if (!(await git.checkIsRepo())) return null;
    const top = (await git.revparse(['--show-toplevel'])).trim();
    return top || null;
  } catch {
    return null;
  }
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
    const child = spawn('git', args, { cwd, env, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
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

/** Files git would see under `dir`: tracked plus untracked-not-ignored, so .gitignore applies exactly. */
export async function listWorkTreeFiles(dir: string): Promise<Buffer[]> {
  return splitNul(await gitBytes(['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate'], dir));
}

/** Where this repository's hooks live, as git resolves it: core.hooksPath, or the common git dir's hooks (worktrees too). */
export async function repoHookInfo(cwd: string): Promise<{ top: string; hooksDir: string; hooksPath: string | null }> {
  const { simpleGit } = await import('simple-git');
  const git = simpleGit({ baseDir: cwd });
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
