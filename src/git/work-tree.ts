/**
 * Which work tree a directory belongs to, decided from the `.git` entries on disk the way git looks
 * for them, and then pinned: git is told that work tree's `.git` explicitly. Without the pin, git
 * also takes a directory that merely looks like a repository (HEAD, objects/, refs/, a config) for
 * one, so a committed folder of that shape, or a package in node_modules, would bring its own config
 * (commands, `core.worktree`, an `info/exclude` hiding every file) into a scan that names it.
 */
import { existsSync, lstatSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { messages } from '../cli/messages.js';
import { ScanError } from '../errors.js';
import { gitRun, type GitRun } from './git.js';

export interface WorkTree {
  top: string;
  /** Global git options that pin every call to this work tree (empty when git's environment already does). */
  pin: string[];
}

/**
 * The nearest directory at or above `dir` holding `.git` (a directory, or the file of a linked
 * worktree or submodule), stopping below GIT_CEILING_DIRECTORIES as git does. Null when git's
 * environment names the repository itself (GIT_DIR, GIT_WORK_TREE: git needs no search then).
 */
export function workTreeOnDisk(dir: string, env: NodeJS.ProcessEnv): string | null {
  if (env.GIT_DIR || env.GIT_WORK_TREE) return null;
  const ceilings = new Set((env.GIT_CEILING_DIRECTORIES ?? '').split(':').filter(Boolean).map((d) => resolve(d)));
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d || ceilings.has(dirname(d))) return null;
  }
}

/** The options that make git use the work tree at `top` and no other repository. */
export const pinTo = (top: string): string[] => ['--git-dir', join(top, '.git'), '--work-tree', top];

/**
 * The work tree holding `dir`, as git confirms it; null outside any work tree (the caller walks plain
 * files), 'git-missing' when there is one but git cannot run. A `.git` that git refuses (another
 * user's repository, an unknown repository extension, a broken gitfile) is an error: walking its
 * folder as plain files instead would drop .gitignore and skip tracked files under the walk's default
 * excludes (a tracked `venv/settings.py`) without a word.
 */
export async function findWorkTree(dir: string, env: NodeJS.ProcessEnv): Promise<WorkTree | null | 'git-missing'> {
  const explicit = Boolean(env.GIT_DIR || env.GIT_WORK_TREE);
  const onDisk = workTreeOnDisk(dir, env);
  if (!explicit && !onDisk) return null;
  const pin = onDisk ? pinTo(onDisk) : [];
  let r: GitRun;
  try {
    r = await gitRun([...pin, 'rev-parse', '--show-toplevel'], dir, env);
  } catch {
    return 'git-missing';
  }
  const top = r.code === 0 ? r.stdout.toString('utf8').replace(/\n$/, '') : '';
  if (!top) {
    // Not a repository after all (an empty `.git` folder, a gitfile pointing nowhere), or no work tree.
    if (r.code === 0 || /not a git repository|must be run in a work tree/i.test(r.stderr)) return null;
    throw refusal(r.stderr, onDisk ?? dir);
  }
  if (onDisk) await ensureOwnership(onDisk, env);
  return { top, pin };
}

/** The path git names when it refuses a repository owned by another user, or null. */
export function dubiousOwnership(gitStderr: string): string | null {
  return /detected dubious ownership in repository at '(.*)'/.exec(gitStderr)?.[1] ?? null;
}

/** git's refusal as one line of ours: its reason, and what to do about it. */
function refusal(stderr: string, top: string): ScanError {
  const owner = dubiousOwnership(stderr);
  if (owner) return new ScanError(messages.dubiousOwnership(owner));
  const reason = stderr
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('hint:'))
    .map((l) => l.trim().replace(/^(fatal|error): /, ''))
    .join(' ');
  return new ScanError(messages.gitRefused(top, reason || 'git rev-parse failed'));
}

/**
 * git refuses a repository owned by another user only when it discovers one (safe.directory,
 * CVE-2022-24765); the pin names it explicitly, which skips that check. So unless `top` and its
 * `.git` folder are plainly ours, git is asked the way it would discover the repository itself,
 * and its verdict (with the user's safe.directory exceptions) stands.
 */
export async function ensureOwnership(top: string, env: NodeJS.ProcessEnv): Promise<void> {
  const uid = process.geteuid?.();
  if (uid !== undefined) {
    try {
      const dot = lstatSync(join(top, '.git'));
      if (dot.isDirectory() && dot.uid === uid && lstatSync(top).uid === uid) return;
    } catch {
      // asked below
    }
  }
  // From `top`, whose `.git` git has just accepted, discovery finds that same repository first.
  const r = await gitRun(['rev-parse', '--git-dir'], top, { ...env, GIT_CEILING_DIRECTORIES: dirname(top) });
  if (r.code !== 0) throw refusal(r.stderr, top);
}
