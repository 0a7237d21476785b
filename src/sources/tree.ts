/**
 * The tree source: files under the given paths. Inside a git work tree it asks git which files
 * exist (tracked plus untracked-not-ignored), so .gitignore applies exactly; outside git it walks
 * with fast-glob, skipping dependency and VCS folders. Explicit file paths are always scanned.
 */
import { constants, lstatSync, realpathSync } from 'node:fs';
import { access, realpath, stat } from 'node:fs/promises';
import { displayName, nameFromBytes, pathToBytes, walkTree, type WalkKind } from './walk.js';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ScanError } from '../errors.js';
import { isIgnored, listWorkTreeFiles } from '../git/git.js';
import { messages } from '../cli/messages.js';
import { findWorkTree, type WorkTree } from '../git/work-tree.js';
import type { Blob } from '../scan/blob.js';
import { noteSkip, type Skip } from '../scan/skip.js';

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
  /** The git work tree holding the root, when it is inside one and git is used (a directory root only). */
  git: WorkTree | null;
  /** Inside a work tree, but git could not run: walked as plain files. */
  gitMissing: boolean;
}

export interface TreeEntry extends Blob {
  fsPath: string | Buffer;
  /** Absolute path as text, for ignore-file matching. */
  absText: string;
  root: TreeRoot;
  explicit: boolean;
}

export interface TreeListing {
  /** Names listed: an upper bound of the entries, to size the scan. */
  size: number;
  /**
   * The files to scan, each built when asked for: a listing of a million files holds a million names,
   * not a million entry objects. Symlinks and unreadable paths met on the way land in the fields below.
   */
  entries: Iterable<TreeEntry>;
  warnings: string[];
  /** Files and directories that could not be read (each also a warning). */
  skipped: Skip[];
  symlinksSkipped: number;
}

export async function resolveRoots(args: string[], cwd: string, env: NodeJS.ProcessEnv, useGit: boolean): Promise<TreeRoot[]> {
  const roots: TreeRoot[] = [];
  const seen = new Set<string>();
  // One git question per directory, however many paths are given (lint-staged passes hundreds).
  const trees = new Map<string, ReturnType<typeof findWorkTree>>();
  const treeOf = (dir: string): ReturnType<typeof findWorkTree> => {
    if (!trees.has(dir)) trees.set(dir, findWorkTree(dir, env));
    return trees.get(dir)!;
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
    const found = isDirectory && useGit ? await treeOf(abs) : null;
    if (isDirectory) {
      try {
        await access(abs, constants.R_OK | constants.X_OK);
      } catch (err) {
        throw new ScanError(`cannot read directory ${arg}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      }
    }
    roots.push({ arg, abs, isDirectory, git: found === 'git-missing' ? null : found, gitMissing: found === 'git-missing' });
  }
  return roots;
}

const toSlash = (p: string): string => (sep === '\\' ? p.replace(/\\/g, '/') : p);

/** Display path: relative to the single root, or to the current directory when there are several. */
function displayPath(abs: string, root: TreeRoot, cwd: string, several: boolean): string {
  if (!root.isDirectory) return toSlash(several || isAbsolute(root.arg) ? relative(cwd, abs) || root.arg : root.arg);
  return toSlash(relative(several ? cwd : root.abs, abs));
}

/** One root's names: raw bytes from git (kinds unknown), or walked regular files (symlinks already counted). */
interface RootNames {
  root: TreeRoot;
  names: (string | Buffer)[];
  fromGit: boolean;
  rootReal: string;
}

export async function listTree(roots: TreeRoot[], cwd: string, env: NodeJS.ProcessEnv): Promise<TreeListing> {
  const listing: TreeListing = { size: 0, entries: [], warnings: [], skipped: [], symlinksSkipped: 0 };
  const several = roots.length > 1;
  const perRoot: RootNames[] = [];
  for (const root of roots) {
    if (!root.isDirectory) {
      perRoot.push({ root, names: [], fromGit: false, rootReal: '' });
      listing.size++;
      continue;
    }
    const rootReal = await realpath(root.abs);
    if (root.git) {
      const names = await listWorkTreeFiles(root.abs, root.git.pin, env);
      // A folder named on the command line that .gitignore covers lists nothing: say so, not "0 files".
      if (names.length === 0 && (await isIgnored(root.abs, root.git.pin, env))) listing.warnings.push(messages.ignoredRoot(root.arg));
      perRoot.push({ root, names, fromGit: true, rootReal });
      listing.size += names.length;
      continue;
    }
    // The walk knows each entry's type, so it needs no lstat per file, and keeps regular files only.
    const names: string[] = [];
    const walked = await walkTree(root.abs, DEFAULT_WALK_EXCLUDES, (name, kind) => {
      if (kind === 'file') names.push(name);
      else if (kind === 'symlink') skipSymlink(listing, root, join(root.abs, displayName(name)), pathToBytes(join(root.abs, name)), rootReal, cwd, several);
    });
    for (const d of walked.unreadableDirs) noteSkip(listing, 'unreadable', messages.unreadableDir(d.path, d.code), d.path);
    perRoot.push({ root, names, fromGit: false, rootReal });
    listing.size += names.length;
  }
  listing.entries = { [Symbol.iterator]: () => treeEntries(perRoot, listing, cwd, several) };
  return listing;
}

function* treeEntries(perRoot: RootNames[], listing: TreeListing, cwd: string, several: boolean): Generator<TreeEntry> {
  // A file reached from two roots (`scan . src/app.py`) is scanned once.
  const listed = several ? new Set<string>() : null;
  const fresh = (absText: string): boolean => {
    if (!listed) return true;
    if (listed.has(absText)) return false;
    listed.add(absText);
    return true;
  };
  for (const { root, names, fromGit, rootReal } of perRoot) {
    if (!root.isDirectory) {
      if (fresh(root.abs)) yield { path: displayPath(root.abs, root, cwd, several), fsPath: root.abs, absText: root.abs, root, explicit: true };
      continue;
    }
    for (const rel of names) {
      // git lists raw bytes; the walker lists names whose invalid bytes are escaped (see walk.ts).
      const name = typeof rel === 'string' ? rel : nameFromBytes(rel);
      const relText = displayName(name);
      const absText = join(root.abs, relText);
      // Same string when the name is plain UTF-8 (almost always): one copy, not two.
      const fsPath = relText === name ? absText : pathToBytes(join(root.abs, name));
      if (fromGit) {
        let kind: WalkKind;
        try {
          // Synchronous on purpose: 200,000 awaited lstat calls take seconds, the sync calls a fraction.
          const st = lstatSync(fsPath);
          kind = st.isSymbolicLink() ? 'symlink' : st.isFile() ? 'file' : 'other';
        } catch (err) {
          // Tracked but deleted in the work tree: nothing to scan.
          const code = (err as NodeJS.ErrnoException).code;
          if (code !== 'ENOENT') noteSkip(listing, 'unreadable', messages.unreadable(relText, code ?? 'error'), relText);
          continue;
        }
        if (kind === 'symlink') skipSymlink(listing, root, absText, fsPath, rootReal, cwd, several);
        if (kind !== 'file') continue; // submodules, sockets, FIFOs
      }
      if (fresh(absText)) yield { path: displayPath(absText, root, cwd, several), fsPath, absText, root, explicit: false };
    }
  }
}

function skipSymlink(listing: TreeListing, root: TreeRoot, absText: string, fsPath: string | Buffer, rootReal: string, cwd: string, several: boolean): void {
  if (symlinkVerdict(fsPath, rootReal) === 'broken') listing.warnings.push(`broken symlink: ${toSlash(relative(several ? cwd : root.abs, absText))}`);
  listing.symlinksSkipped++;
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

