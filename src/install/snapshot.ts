/**
 * The plain git hook's startup snapshot: a V8 heap with the CLI loaded, the rules compiled and the
 * detector run once (snapshot/entry.ts), built by `install` for the exact Node binary the hook calls
 * and kept beside the hook:
 *   pre-commit.snapshot.blob   the heap (`node --snapshot-blob … --build-snapshot dist/snapshot.cjs`)
 *   pre-commit.snapshot.stamp  what it was built for (see below)
 *   pre-commit.snapshot.stale  written by the hook when it found the snapshot unusable and said so once
 *
 * Node aborts before any JavaScript runs when a blob is truncated or comes from another Node (exit
 * 14, or a crash), so the hook decides in shell, before starting Node, whether the blob may be used,
 * with no process of its own (`test` and `read` are shell built-ins):
 * - the stamp's first line must equal "<key> <node> <bin> <version line>", where <node> is the
 *   binary the hook is about to run (after its PATH fallback), <bin> the CLI it would run, and the
 *   version line the `"version"` line of the package's package.json as it reads now. A package
 *   upgraded in place keeps its paths and, from npm, its files' fixed modification times: the
 *   version line is what changes.
 * - the stamp's modification time must equal the Node binary's (install copies it with `touch -r`).
 *   A Node upgraded in place at the same path (apt, a tarball, `n`) brings a different build time;
 *   version managers (nvm, fnm, volta, Homebrew, Nix) put each version at its own path.
 * - the blob's modification time must equal the CLI bundle's. Rebuilding the bundle (a development
 *   checkout) changes it, and so does anything that rewrites the blob (a truncated or damaged copy).
 * - no `.stale` marker: a snapshot that failed once is not tried again until install rebuilds it.
 * `[ a -nt b ]` / `-ot` compare modification times (to the nanosecond in dash and bash); they are not
 * in POSIX `test` but every sh git runs hooks with has them (dash, bash, busybox ash, zsh, ksh).
 * Node itself also refuses a blob built by another version, and the snapshot itself exits 75 when
 * dist/snapshot.cjs is no longer the file it was built from (snapshot/entry.ts); whenever a snapshot
 * run ends in a way our CLI never does (not exit 0, 1 or 2), the hook runs the plain bundle. Edited rules with the same
 * bundle (a development checkout) are caught at run time, see rules/preloaded.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { messages } from '../cli/messages.js';

export const SNAPSHOT_BASE = 'pre-commit.snapshot';
/** The stamp's format; a hook compares it whole, so a stamp of another format never matches. */
const STAMP_KEY = 'scan-twitter-secrets-snapshot/1';

export const snapshotFiles = (hooksDir: string) => {
  const base = join(hooksDir, SNAPSHOT_BASE);
  return { blob: `${base}.blob`, stamp: `${base}.stamp`, stale: `${base}.stale`, building: `${base}.blob.building`, stampTmp: `${base}.stamp.writing` };
};

/** The package's manifest, next to dist/ where the CLI bundle lives. */
export const manifestOf = (binPath: string): string => join(dirname(dirname(binPath)), 'package.json');

/** The manifest's first line holding "version", exactly as the hook's `IFS= read -r` loop reads it. */
export function versionLine(manifest: string): string | null {
  const lines = readFileSync(manifest, 'utf8').split('\n');
  const at = lines.findIndex((l) => l.includes('"version"'));
  // The hook's loop does not see a last line without a newline.
  return at >= 0 && at < lines.length - 1 ? lines[at]! : null;
}

/** The first line of the stamp, as the hook builds it from what it sees at commit time. */
export const stampLine = (nodePath: string, binPath: string, version: string): string => `${STAMP_KEY} ${nodePath} ${binPath} ${version}`;

/** The hook's shell functions deciding whether the snapshot is used (see above); `$hooks` is the hooks directory. */
export function snapshotCheckScript(): string {
  return `snap="$hooks/${SNAPSHOT_BASE}"
snapshot_usable() {
  [ -f "$snap.blob" ] && [ -f "$snap.stamp" ] && [ ! -e "$snap.stale" ] || return 1
  version=
  while IFS= read -r line; do
    case $line in *'"version"'*) version=$line; break ;; esac
  done 2>/dev/null < "$manifest" || return 1
  IFS= read -r stamp < "$snap.stamp" || return 1
  [ "$stamp" = "${STAMP_KEY} $node $bin $version" ] || return 1
  [ ! "$node" -nt "$snap.stamp" ] && [ ! "$node" -ot "$snap.stamp" ] || return 1
  [ ! "$bin" -nt "$snap.blob" ] && [ ! "$bin" -ot "$snap.blob" ]
}
snapshot_stale() {
  # Said once; the marker keeps later commits quiet until install rebuilds the snapshot.
  [ -e "$snap.stale" ] && return
  echo ${shq(messages.snapshot.stale)} >&2
  # \`true\`, not \`:\`: a failed redirection of a special built-in would end the hook (a read-only directory).
  true 2>/dev/null > "$snap.stale"
}`;
}

export const shq = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** Removes the snapshot files; true when there was something to remove. */
export function removeSnapshot(hooksDir: string): boolean {
  const files = Object.values(snapshotFiles(hooksDir));
  const had = files.some((f) => existsSync(f));
  for (const f of files) rmSync(f, { force: true });
  return had;
}

/**
 * Builds the snapshot for `nodePath` (the binary the hook calls). Failing is not an error of install:
 * the hook then runs the plain bundle. Returns the end of install's line: with the snapshot, or why not.
 */
export function buildSnapshot(hooksDir: string, nodePath: string, binPath: string): string {
  const f = snapshotFiles(hooksDir);
  // The stamp goes first and comes back last: until then the hook ignores whatever blob is there.
  removeSnapshot(hooksDir);
  const fail = (reason: string): string => {
    removeSnapshot(hooksDir);
    return messages.snapshot.notBuilt(reason);
  };
  const entry = join(dirname(binPath), 'snapshot.cjs');
  if (!existsSync(entry)) return fail(`${entry} is missing`);
  const version = versionLine(manifestOf(binPath));
  if (version === null) return fail(`no version line in ${manifestOf(binPath)}`);
  // NODE_OPTIONS (a --require, an inspector) would be built into the heap: the snapshot is built without.
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const built = spawnSync(nodePath, ['--snapshot-blob', f.building, '--build-snapshot', entry], { env, encoding: 'utf8', timeout: 120_000 });
  if (built.status !== 0 || !existsSync(f.building)) return fail(firstLine(built.stderr) || built.error?.message || `exit code ${built.status}`);
  const nodeVersion = spawnSync(nodePath, ['--version'], { encoding: 'utf8' }).stdout.trim();
  renameSync(f.building, f.blob);
  writeFileSync(f.stampTmp, `${stampLine(nodePath, binPath, version)}\nbuilt for Node ${nodeVersion}; the hook uses ${SNAPSHOT_BASE}.blob only while this line, Node and the package are unchanged\n`);
  // Modification times copied to the nanosecond: the hook compares them (see above).
  for (const [reference, file] of [[binPath, f.blob], [nodePath, f.stampTmp]] as const) {
    const touched = spawnSync('touch', ['-r', reference, file], { encoding: 'utf8' });
    if (touched.status !== 0) return fail(`touch -r: ${firstLine(touched.stderr) || touched.error?.message}`);
  }
  renameSync(f.stampTmp, f.stamp);
  return messages.snapshot.built(nodeVersion);
}

const firstLine = (s: string | undefined): string => (s ?? '').trim().split('\n')[0] ?? '';
