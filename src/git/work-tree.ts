/**
 * Which work tree a directory belongs to, decided from the `.git` entries on disk the way git looks
 * for them, and then pinned: git is told that work tree's `.git` explicitly. Without the pin, git
 * also takes a directory that merely looks like a repository (HEAD, objects/, refs/, a config) for
 * one, so a committed folder of that shape, or a package in node_modules, would bring its own config
 * (commands, `core.worktree`, an `info/exclude` hiding every file) into a scan that names it.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gitRun } from './git.js';

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
 * files), 'git-missing' when there is one but git cannot run.
 */
export async function findWorkTree(dir: string, env: NodeJS.ProcessEnv): Promise<WorkTree | null | 'git-missing'> {
  const explicit = Boolean(env.GIT_DIR || env.GIT_WORK_TREE);
  const onDisk = workTreeOnDisk(dir, env);
  if (!explicit && !onDisk) return null;
  const pin = onDisk ? pinTo(onDisk) : [];
  try {
    const r = await gitRun([...pin, 'rev-parse', '--show-toplevel'], dir, env);
    const top = r.code === 0 ? r.stdout.toString('utf8').replace(/\n$/, '') : '';
    return top ? { top, pin } : null;
  } catch {
    return 'git-missing';
  }
}
