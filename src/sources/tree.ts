/**
 * The tree source: files under the given paths. Inside a git work tree it asks git which files
 * exist (tracked plus untracked-not-ignored), so .gitignore applies exactly; outside git it walks
 * with fast-glob, skipping dependency and VCS folders. Explicit file paths are always scanned.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { displayName, nameFromBytes, pathToBytes, walkTree, type WalkKind } from './walk.js';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ScanError } from '../errors.js';
import { listWorkTreeFiles, workTreeTop } from '../git/git.js';
import type { Blob } from '../scan/blob.js';

/** Folders a walk outside git never enters (dependencies, VCS data, caches). */
export const DEFAULT_WALK_EXCLUDES = [
  '**/node_modules/**',
  '**/.git/**',
  '**/.hg/**',
  '**/.svn/**',
  '**/bower_components/**',
  '**/.venv/**',
  '**/venv/**',
  '**/__pycache__/**',
  '**/.tox/**',
  '**/.mypy_cache/**',
  '**/.pytest_cache/**',
  '**/.next/cache/**',
];

export interface TreeRoot {
  /** As the user typed it. */
  arg: string;
  abs: string;
  isDirectory: boolean;
  /** git work tree top, when the root is inside one and git is used. */
  gitTop: string | null;
}

export interface TreeEntry extends Blob {
  fsPath: string | Buffer;
  /** Absolute path as text, for ignore-file matching. */
  absText: string;
  root: TreeRoot;
  explicit: boolean;
}

export interface TreeListing {
  entries: TreeEntry[];
  warnings: string[];
  symlinksSkipped: number;
}

export async function resolveRoots(args: string[], cwd: string, useGit: boolean): Promise<TreeRoot[]> {
  const roots: TreeRoot[] = [];
  const seen = new Set<string>();
  // One git question per directory, however many paths are given (lint-staged passes hundreds).
  const tops = new Map<string, Promise<string | null>>();
  const topOf = (dir: string): Promise<string | null> => {
    if (!tops.has(dir)) tops.set(dir, workTreeTop(dir));
    return tops.get(dir)!;
  };
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    if (seen.has(abs)) continue;
    seen.add(abs);
    let st;
    try {
      st = await stat(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new ScanError(code === 'ENOENT' ? `no such file or directory: ${arg}` : `cannot read ${arg}: ${code ?? (err as Error).message}`);
    }
    const isDirectory = st.isDirectory();
    if (!isDirectory && !st.isFile()) throw new ScanError(`not a file or directory: ${arg}`);
    const gitTop = isDirectory && useGit ? await topOf(abs) : null;
    if (isDirectory) {
      try {
        await readdir(abs);
      } catch (err) {
        throw new ScanError(`cannot read directory ${arg}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      }
    }
    roots.push({ arg, abs, isDirectory, gitTop });
  }
  return roots;
}

const toSlash = (p: string): string => (sep === '\\' ? p.replace(/\\/g, '/') : p);

/** Display path: relative to the single root, or to the current directory when there are several. */
function displayPath(abs: string, root: TreeRoot, cwd: string, several: boolean): string {
  if (!root.isDirectory) return toSlash(several || isAbsolute(root.arg) ? relative(cwd, abs) || root.arg : root.arg);
  return toSlash(relative(several ? cwd : root.abs, abs));
}

export async function listTree(roots: TreeRoot[], cwd: string): Promise<TreeListing> {
  const entries: TreeEntry[] = [];
  // A file reached from two roots (`scan . src/app.py`) is scanned once.
  const listed = new Set<string>();
  const add = (e: TreeEntry): void => {
    if (roots.length > 1) {
      if (listed.has(e.absText)) return;
      listed.add(e.absText);
    }
    entries.push(e);
  };
  const warnings: string[] = [];
  let symlinksSkipped = 0;
  const several = roots.length > 1;
  for (const root of roots) {
    if (!root.isDirectory) {
      add({ path: displayPath(root.abs, root, cwd, several), fsPath: root.abs, absText: root.abs, root, explicit: true });
      continue;
    }
    // git lists names only; the walk also knows each entry's type, so it needs no lstat per file.
    let raw: { path: Buffer | string; kind?: WalkKind }[];
    if (root.gitTop) raw = (await listWorkTreeFiles(root.abs)).map((path) => ({ path }));
    else {
      const walked = await walkTree(root.abs, DEFAULT_WALK_EXCLUDES);
      for (const d of walked.unreadableDirs) warnings.push(`cannot read directory ${d}`);
      raw = walked.entries;
    }
    const rootReal = await realpath(root.abs);
    for (const { path: rel, kind: walkedKind } of raw) {
      // git lists raw bytes; the walker lists names whose invalid bytes are escaped (see walk.ts).
      const name = typeof rel === 'string' ? rel : nameFromBytes(rel);
      const relText = displayName(name);
      const absText = join(root.abs, relText);
      // Same string when the name is plain UTF-8 (almost always): one copy, not two.
      const fsPath = relText === name ? absText : pathToBytes(join(root.abs, name));
      let kind = walkedKind;
      if (!kind) {
        try {
          // Synchronous on purpose: 200,000 awaited lstat calls take seconds, the sync calls a fraction.
          const st = lstatSync(fsPath);
          kind = st.isSymbolicLink() ? 'symlink' : st.isFile() ? 'file' : 'other';
        } catch (err) {
          // Tracked but deleted in the work tree: nothing to scan.
          if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
          warnings.push(`cannot read ${relText}: ${(err as NodeJS.ErrnoException).code}`);
          continue;
        }
      }
      if (kind === 'symlink') {
        const verdict = symlinkVerdict(fsPath, rootReal);
        if (verdict === 'broken') warnings.push(`broken symlink: ${toSlash(relative(several ? cwd : root.abs, absText))}`);
        symlinksSkipped++;
        continue;
      }
      if (kind !== 'file') continue; // submodules, sockets, FIFOs
      add({ path: displayPath(absText, root, cwd, several), fsPath, absText, root, explicit: false });
    }
  }
  return { entries, warnings, symlinksSkipped };
}

/**
 * Symlinks are never followed out of the root, and one pointing inside it is not scanned twice
 * (its target is scanned on its own), so every symlink is skipped; a broken one gets a warning.
 */
function symlinkVerdict(fsPath: string | Buffer, rootReal: string): 'broken' | 'inside' | 'outside' {
  try {
    const target = realpathSync(fsPath);
    return target === rootReal || target.startsWith(rootReal + sep) ? 'inside' : 'outside';
  } catch {
    return 'broken';
  }
}

