/** Scanning a tree (files and directories given on the command line), in worker threads when large. */
import { dirname } from 'node:path';
import { pathInside } from '../config/file-source.js';
import { compileRules } from '../detect/compile.js';
import { findWorkTree } from '../git/work-tree.js';
import { sizeYoungGenerations } from '../heap.js';
import type { RuleSet } from '../rules/types.js';
import { scanBlobs } from '../scan/engine.js';
import type { ScanResult } from '../scan/finding.js';
import { POOL_MIN_FILES, poolSize, ScanPool } from '../scan/pool.js';
import { listTree, resolveRoots, type TreeEntry } from '../sources/tree.js';
import type { Options } from './args.js';
import { messages } from './messages.js';
import type { RunContext } from './run.js';
import { loadSettings } from './settings.js';

export async function scanTree(opts: Options, rules: RuleSet, ctx: RunContext): Promise<ScanResult> {
  sizeYoungGenerations();
  const roots = await resolveRoots(opts.paths, ctx.cwd, ctx.env, opts.git);
  const first = roots[0]!;
  // The ignore and config files live at the repository root (outside git: the scanned directory).
  const fileTree = !first.isDirectory && opts.git ? await findWorkTree(dirname(first.abs), ctx.env) : null;
  const base = first.git?.top ?? (fileTree && fileTree !== 'git-missing' ? fileTree.top : null) ?? (first.isDirectory ? first.abs : ctx.cwd);
  const { ignore, filter } = await loadSettings(base, opts, ctx.cwd);
  const listing = await listTree(roots, ctx.cwd, ctx.env);
  const workers = poolSize(ctx.env);
  const pool = listing.size >= POOL_MIN_FILES && ctx.workerPath && workers > 0 ? new ScanPool(ctx.workerPath, workers) : undefined;
  const result = await scanBlobs(listing.entries, {
    ...(pool ? { pool, concurrency: 64 * workers } : {}),
    rules: compileRules(rules),
    now: ctx.now ?? Date.now(),
    filter,
    ignoredFingerprints: ignore?.fingerprints ?? new Map(),
    inlineAllow: opts.inlineAllow,
    ignorePathOf: (blob) => pathInside(base, (blob as TreeEntry).absText),
  });
  await pool?.close();
  // Read after the scan: the listing counts symlinks and unreadable paths as its entries are taken.
  result.stats.symlinksSkipped += listing.symlinksSkipped;
  result.warnings = [...listing.warnings, ...result.warnings];
  result.skipped = [...listing.skipped, ...result.skipped];
  result.stats.unreadable += listing.skipped.length;
  if (roots.some((r) => r.gitMissing)) result.warnings.unshift(messages.noGit);
  result.findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  return result;
}
