/**
 * `install` / `uninstall`: put the pre-commit hook where this repository runs hooks, and take out
 * exactly what was put in. Husky repositories get a marked block in .husky/pre-commit; others a plain
 * git hook that calls this installed binary by absolute path (GUI git clients run hooks with a bare PATH).
 * A foreign hook is never overwritten: install refuses, or with --force keeps it and runs it after the scan.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { UsageError } from '../errors.js';
import { repoHookInfo } from '../git/git.js';
import { buildSnapshot, manifestOf, removeSnapshot, shq, SNAPSHOT_BASE, snapshotCheckScript, snapshotFiles } from './snapshot.js';
import { pathInside } from '../config/file-source.js';
import { messages } from '../cli/messages.js';

const MARKER = 'scan-twitter-secrets';
/**
 * The husky block is delimited by whole marker lines, because the command inside may span lines:
 * a quoted node or package path can hold a newline, and a tag at the end of "the line" would then
 * mark only its last part.
 */
const HUSKY_BEGIN = '# >>> scan-twitter-secrets pre-commit scan (remove with: scan-twitter-secrets uninstall) >>>';
const HUSKY_END = '# <<< scan-twitter-secrets pre-commit scan <<<';
/** Earlier versions wrote one line ending in this tag; uninstall still removes such lines. */
const LEGACY_HUSKY_TAG = '# added by scan-twitter-secrets install';
const CHAINED_NAME = 'pre-commit.chained-by-scan-twitter-secrets';

export interface HookChange {
  /** One line per thing done, for the user. */
  lines: string[];
}


function plainHookScript(nodePath: string, binPath: string): string {
  return `#!/bin/sh
# ${MARKER} pre-commit hook: blocks commits that add X (Twitter) API credentials.
# Installed by \`scan-twitter-secrets install\`; remove with \`scan-twitter-secrets uninstall\`.
node=${shq(nodePath)}
bin=${shq(binPath)}
manifest=${shq(manifestOf(binPath))}
[ -x "$node" ] || node="$(command -v node)"
if [ -z "$node" ] || [ ! -f "$bin" ]; then
  echo "scan-twitter-secrets: cannot run $bin (moved or uninstalled?). Reinstall the hook with 'scan-twitter-secrets install', or bypass once with 'git commit --no-verify'." >&2
  exit 2
fi
# The hooks directory without starting dirname (git names the hook by a path).
case $0 in */*) hooks=\${0%/*} ;; *) hooks=. ;; esac
# Node started from the startup snapshot install built (${SNAPSHOT_BASE}.*) when it still fits this
# Node and this package; the plain bundle otherwise. A snapshot alone never blocks a commit.
${snapshotCheckScript()}
# NODE_EXTRA_CA_CERTS is emptied for the scan only: it never connects anywhere, and Node would parse
# the whole CA file before starting.
if snapshot_usable; then
  NODE_EXTRA_CA_CERTS= "$node" --snapshot-blob "$snap.blob" -- --staged
  code=$?
  case $code in
    0|1|2|130|143) ;;
    *) snapshot_stale; NODE_EXTRA_CA_CERTS= "$node" "$bin" --staged; code=$? ;;
  esac
else
  [ -f "$snap.stamp" ] && snapshot_stale
  NODE_EXTRA_CA_CERTS= "$node" "$bin" --staged
  code=$?
fi
[ "$code" -eq 0 ] || exit "$code"
chained="$hooks/${CHAINED_NAME}"
if [ -x "$chained" ]; then exec "$chained" "$@"; fi
`;
}

/**
 * The command a husky hook runs: the local binary when installed in the project, else by absolute
 * path. Node 20 parses every certificate in NODE_EXTRA_CA_CERTS as it starts (40–50 ms for a
 * distribution's bundle, as long as Node's own start); the scan never connects anywhere, so both
 * hooks start it with the variable empty, which Node takes as unset. Nothing else sees the change.
 */
function huskyCommand(top: string, nodePath: string, binPath: string): string {
  const local = existsSync(join(top, 'node_modules', '.bin', 'scan-twitter-secrets'));
  return `NODE_EXTRA_CA_CERTS= ${local ? 'scan-twitter-secrets' : `${shq(nodePath)} ${shq(binPath)}`} --staged`;
}

/** The file's lines split so that joining them with \n gives the file back byte for byte. */
const linesOf = (text: string): string[] => text.split('\n');
const isLine = (line: string, marker: string): boolean => line.replace(/\r$/, '') === marker;

/** The husky file without our block(s) and legacy lines: exactly the lines install did not write. */
function withoutHuskyScan(text: string): string {
  const lines = linesOf(text);
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isLine(line, HUSKY_BEGIN)) {
      const end = lines.findIndex((l, j) => j > i && isLine(l, HUSKY_END));
      if (end > i) {
        i = end;
        continue;
      }
    }
    if (!line.includes(LEGACY_HUSKY_TAG)) kept.push(line);
  }
  return kept.join('\n');
}

/** Whether the scan is in a husky file: our block, or a legacy one-line install. */
const huskyInstalled = (text: string): boolean => withoutHuskyScan(text) !== text;

function usesHusky(top: string, hooksPath: string | null): boolean {
  return (hooksPath !== null && /(^|\/)\.husky(\/_)?\/?$/.test(hooksPath)) || existsSync(join(top, '.husky'));
}

/**
 * A hooks directory in the work tree itself (core.hooksPath = a folder of the repository) can be
 * committed: no snapshot of several megabytes is put where `git add -A` would take it.
 */
function inWorkTree(top: string, hooksDir: string): boolean {
  const rel = pathInside(top, hooksDir);
  return rel !== null && rel.split('/')[0] !== '.git';
}

export async function installHook(cwd: string, force: boolean, nodePath: string, binPath: string): Promise<HookChange> {
  const { top, hooksDir, hooksPath } = await repoHookInfo(cwd);
  if (usesHusky(top, hooksPath)) {
    const file = join(top, '.husky', 'pre-commit');
    const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (huskyInstalled(existing)) return { lines: [`already installed in ${relative(cwd, file) || file}`] };
    const command = huskyCommand(top, nodePath, binPath);
    // A path holding the end marker as a line of its own would end the block early on uninstall.
    if (linesOf(command).some((l) => isLine(l, HUSKY_END))) throw new UsageError('cannot install from a path that contains the end marker of the hook block');
    const block = `${HUSKY_BEGIN}\n${command}\n${HUSKY_END}\n`;
    mkdirSync(join(top, '.husky'), { recursive: true });
    writeFileSync(file, existing && !existing.endsWith('\n') ? `${existing}\n${block}` : existing + block);
    chmodSync(file, 0o755);
    return { lines: [`added the scan to ${relative(cwd, file) || file} (husky)`] };
  }
  const file = join(hooksDir, 'pre-commit');
  const chained = join(hooksDir, CHAINED_NAME);
  const lines: string[] = [];
  if (existsSync(file)) {
    const existing = readFileSync(file, 'utf8');
    if (!existing.includes(`# ${MARKER} pre-commit hook`)) {
      if (!force) {
        throw new UsageError(`a pre-commit hook already exists at ${file}; rerun with --force to keep it and run it after the scan`);
      }
      if (existsSync(chained)) throw new UsageError(`${chained} already exists; move it away first`);
      renameSync(file, chained);
      lines.push(`kept the existing hook as ${chained}; it runs after the scan`);
    }
  }
  mkdirSync(hooksDir, { recursive: true });
  writeFileSync(file, plainHookScript(nodePath, binPath));
  chmodSync(file, 0o755);
  const snapshot = inWorkTree(top, hooksDir) ? messages.snapshot.notBuilt(messages.snapshot.trackedHooksDir) : buildSnapshot(hooksDir, nodePath, binPath);
  lines.unshift(`installed the pre-commit hook at ${file}${snapshot}`);
  return { lines };
}

export async function uninstallHook(cwd: string): Promise<HookChange> {
  const { top, hooksDir, hooksPath } = await repoHookInfo(cwd);
  const lines: string[] = [];
  const huskyFile = join(top, '.husky', 'pre-commit');
  if (existsSync(huskyFile)) {
    const text = readFileSync(huskyFile, 'utf8');
    if (huskyInstalled(text)) {
      const kept = withoutHuskyScan(text);
      if (kept.trim() === '') rmSync(huskyFile);
      else writeFileSync(huskyFile, kept);
      lines.push(`removed the scan from ${relative(cwd, huskyFile) || huskyFile}`);
    }
  }
  if (!usesHusky(top, hooksPath) || lines.length === 0) {
    const file = join(hooksDir, 'pre-commit');
    const chained = join(hooksDir, CHAINED_NAME);
    const snapshot = (): string => (removeSnapshot(hooksDir) ? messages.snapshot.removed : '');
    if (existsSync(file) && readFileSync(file, 'utf8').includes(`# ${MARKER} pre-commit hook`)) {
      rmSync(file);
      if (existsSync(chained)) {
        renameSync(chained, file);
        lines.push(`removed the hook${snapshot()} and restored the previous one at ${file}`);
      } else {
        lines.push(`removed the pre-commit hook at ${file}${snapshot()}`);
      }
    } else if (removeSnapshot(hooksDir)) {
      lines.push(messages.snapshot.removedLeftover(snapshotFiles(hooksDir).blob));
    }
  }
  if (lines.length === 0) lines.push('no scan-twitter-secrets hook found: nothing to remove');
  return { lines };
}
