import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);
import {
  repoHookInfo
} from "./chunk-5P43BS47.js";
import {
  pathInside
} from "./chunk-NNIEF7NW.js";
import {
  UsageError,
  messages
} from "./chunk-OODIIGW4.js";
import "./chunk-IWX5EYN5.js";

// src/install/hook.ts
import { chmodSync, existsSync as existsSync2, mkdirSync, readFileSync as readFileSync2, renameSync as renameSync2, rmSync as rmSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join2, relative } from "node:path";

// src/install/snapshot.ts
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
var SNAPSHOT_BASE = "pre-commit.snapshot";
var STAMP_KEY = "scan-twitter-secrets-snapshot/1";
var snapshotFiles = (hooksDir) => {
  const base = join(hooksDir, SNAPSHOT_BASE);
  return { blob: `${base}.blob`, stamp: `${base}.stamp`, stale: `${base}.stale`, building: `${base}.blob.building`, stampTmp: `${base}.stamp.writing` };
};
var manifestOf = (binPath) => join(dirname(dirname(binPath)), "package.json");
function versionLine(manifest) {
  const lines = readFileSync(manifest, "utf8").split("\n");
  const at = lines.findIndex((l) => l.includes('"version"'));
  return at >= 0 && at < lines.length - 1 ? lines[at] : null;
}
var stampLine = (nodePath, binPath, version) => `${STAMP_KEY} ${nodePath} ${binPath} ${version}`;
function snapshotCheckScript() {
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
var shq = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
function removeSnapshot(hooksDir) {
  const files = Object.values(snapshotFiles(hooksDir));
  const had = files.some((f) => existsSync(f));
  for (const f of files) rmSync(f, { force: true });
  return had;
}
function buildSnapshot(hooksDir, nodePath, binPath) {
  const f = snapshotFiles(hooksDir);
  removeSnapshot(hooksDir);
  const fail = (reason) => {
    removeSnapshot(hooksDir);
    return messages.snapshot.notBuilt(reason);
  };
  const entry = join(dirname(binPath), "snapshot.cjs");
  if (!existsSync(entry)) return fail(`${entry} is missing`);
  const version = versionLine(manifestOf(binPath));
  if (version === null) return fail(`no version line in ${manifestOf(binPath)}`);
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const built = spawnSync(nodePath, ["--snapshot-blob", f.building, "--build-snapshot", entry], { env, encoding: "utf8", timeout: 12e4 });
  if (built.status !== 0 || !existsSync(f.building)) return fail(firstLine(built.stderr) || built.error?.message || `exit code ${built.status}`);
  const nodeVersion = spawnSync(nodePath, ["--version"], { encoding: "utf8" }).stdout.trim();
  renameSync(f.building, f.blob);
  writeFileSync(f.stampTmp, `${stampLine(nodePath, binPath, version)}
built for Node ${nodeVersion}; the hook uses ${SNAPSHOT_BASE}.blob only while this line, Node and the package are unchanged
`);
  for (const [reference, file] of [[binPath, f.blob], [nodePath, f.stampTmp]]) {
    const touched = spawnSync("touch", ["-r", reference, file], { encoding: "utf8" });
    if (touched.status !== 0) return fail(`touch -r: ${firstLine(touched.stderr) || touched.error?.message}`);
  }
  renameSync(f.stampTmp, f.stamp);
  return messages.snapshot.built(nodeVersion);
}
var firstLine = (s) => (s ?? "").trim().split("\n")[0] ?? "";

// src/install/hook.ts
var MARKER = "scan-twitter-secrets";
var HUSKY_BEGIN = "# >>> scan-twitter-secrets pre-commit scan (remove with: scan-twitter-secrets uninstall) >>>";
var HUSKY_END = "# <<< scan-twitter-secrets pre-commit scan <<<";
var LEGACY_HUSKY_TAG = "# added by scan-twitter-secrets install";
var CHAINED_NAME = "pre-commit.chained-by-scan-twitter-secrets";
function plainHookScript(nodePath, binPath) {
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
function huskyCommand(top, nodePath, binPath) {
  const local = existsSync2(join2(top, "node_modules", ".bin", "scan-twitter-secrets"));
  return `NODE_EXTRA_CA_CERTS= ${local ? "scan-twitter-secrets" : `${shq(nodePath)} ${shq(binPath)}`} --staged`;
}
var linesOf = (text) => text.split("\n");
var isLine = (line, marker) => line.replace(/\r$/, "") === marker;
function withoutHuskyScan(text) {
  const lines = linesOf(text);
  const kept = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isLine(line, HUSKY_BEGIN)) {
      const end = lines.findIndex((l, j) => j > i && isLine(l, HUSKY_END));
      if (end > i) {
        i = end;
        continue;
      }
    }
    if (!line.includes(LEGACY_HUSKY_TAG)) kept.push(line);
  }
  return kept.join("\n");
}
var huskyInstalled = (text) => withoutHuskyScan(text) !== text;
function usesHusky(top, hooksPath) {
  return hooksPath !== null && /(^|\/)\.husky(\/_)?\/?$/.test(hooksPath) || existsSync2(join2(top, ".husky"));
}
function inWorkTree(top, hooksDir) {
  const rel = pathInside(top, hooksDir);
  return rel !== null && rel.split("/")[0] !== ".git";
}
async function installHook(cwd, force, nodePath, binPath) {
  const { top, hooksDir, hooksPath } = await repoHookInfo(cwd);
  if (usesHusky(top, hooksPath)) {
    const file2 = join2(top, ".husky", "pre-commit");
    const existing = existsSync2(file2) ? readFileSync2(file2, "utf8") : "";
    if (huskyInstalled(existing)) return { lines: [`already installed in ${relative(cwd, file2) || file2}`] };
    const command = huskyCommand(top, nodePath, binPath);
    if (linesOf(command).some((l) => isLine(l, HUSKY_END))) throw new UsageError("cannot install from a path that contains the end marker of the hook block");
    const block = `${HUSKY_BEGIN}
${command}
${HUSKY_END}
`;
    mkdirSync(join2(top, ".husky"), { recursive: true });
    writeFileSync2(file2, existing && !existing.endsWith("\n") ? `${existing}
${block}` : existing + block);
    chmodSync(file2, 493);
    return { lines: [`added the scan to ${relative(cwd, file2) || file2} (husky)`] };
  }
  const file = join2(hooksDir, "pre-commit");
  const chained = join2(hooksDir, CHAINED_NAME);
  const lines = [];
  if (existsSync2(file)) {
    const existing = readFileSync2(file, "utf8");
    if (!existing.includes(`# ${MARKER} pre-commit hook`)) {
      if (!force) {
        throw new UsageError(`a pre-commit hook already exists at ${file}; rerun with --force to keep it and run it after the scan`);
      }
      if (existsSync2(chained)) throw new UsageError(`${chained} already exists; move it away first`);
      renameSync2(file, chained);
      lines.push(`kept the existing hook as ${chained}; it runs after the scan`);
    }
  }
  mkdirSync(hooksDir, { recursive: true });
  writeFileSync2(file, plainHookScript(nodePath, binPath));
  chmodSync(file, 493);
  const snapshot = inWorkTree(top, hooksDir) ? messages.snapshot.notBuilt(messages.snapshot.trackedHooksDir) : buildSnapshot(hooksDir, nodePath, binPath);
  lines.unshift(`installed the pre-commit hook at ${file}${snapshot}`);
  return { lines };
}
async function uninstallHook(cwd) {
  const { top, hooksDir, hooksPath } = await repoHookInfo(cwd);
  const lines = [];
  const huskyFile = join2(top, ".husky", "pre-commit");
  if (existsSync2(huskyFile)) {
    const text = readFileSync2(huskyFile, "utf8");
    if (huskyInstalled(text)) {
      const kept = withoutHuskyScan(text);
      if (kept.trim() === "") rmSync2(huskyFile);
      else writeFileSync2(huskyFile, kept);
      lines.push(`removed the scan from ${relative(cwd, huskyFile) || huskyFile}`);
    }
  }
  if (!usesHusky(top, hooksPath) || lines.length === 0) {
    const file = join2(hooksDir, "pre-commit");
    const chained = join2(hooksDir, CHAINED_NAME);
    const snapshot = () => removeSnapshot(hooksDir) ? messages.snapshot.removed : "";
    if (existsSync2(file) && readFileSync2(file, "utf8").includes(`# ${MARKER} pre-commit hook`)) {
      rmSync2(file);
      if (existsSync2(chained)) {
        renameSync2(chained, file);
        lines.push(`removed the hook${snapshot()} and restored the previous one at ${file}`);
      } else {
        lines.push(`removed the pre-commit hook at ${file}${snapshot()}`);
      }
    } else if (removeSnapshot(hooksDir)) {
      lines.push(messages.snapshot.removedLeftover(snapshotFiles(hooksDir).blob));
    }
  }
  if (lines.length === 0) lines.push("no scan-twitter-secrets hook found: nothing to remove");
  return { lines };
}
export {
  installHook,
  uninstallHook
};
