import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);
import {
  repoHookInfo
} from "./chunk-4PGTO2JN.js";
import {
  UsageError
} from "./chunk-F424BKOT.js";
import "./chunk-IWX5EYN5.js";

// src/install/hook.ts
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
var MARKER = "scan-twitter-secrets";
var HUSKY_BEGIN = "# >>> scan-twitter-secrets pre-commit scan (remove with: scan-twitter-secrets uninstall) >>>";
var HUSKY_END = "# <<< scan-twitter-secrets pre-commit scan <<<";
var LEGACY_HUSKY_TAG = "# added by scan-twitter-secrets install";
var CHAINED_NAME = "pre-commit.chained-by-scan-twitter-secrets";
var shq = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
function plainHookScript(nodePath, binPath) {
  return `#!/bin/sh
# ${MARKER} pre-commit hook: blocks commits that add X (Twitter) API credentials.
# Installed by \`scan-twitter-secrets install\`; remove with \`scan-twitter-secrets uninstall\`.
node=${shq(nodePath)}
bin=${shq(binPath)}
[ -x "$node" ] || node="$(command -v node)"
if [ -z "$node" ] || [ ! -f "$bin" ]; then
  echo "scan-twitter-secrets: cannot run $bin (moved or uninstalled?). Reinstall the hook with 'scan-twitter-secrets install', or bypass once with 'git commit --no-verify'." >&2
  exit 2
fi
"$node" "$bin" --staged || exit $?
chained="$(dirname "$0")/${CHAINED_NAME}"
if [ -x "$chained" ]; then exec "$chained" "$@"; fi
`;
}
function huskyCommand(top, nodePath, binPath) {
  const local = existsSync(join(top, "node_modules", ".bin", "scan-twitter-secrets"));
  return local ? "scan-twitter-secrets --staged" : `${shq(nodePath)} ${shq(binPath)} --staged`;
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
  return hooksPath !== null && /(^|\/)\.husky(\/_)?\/?$/.test(hooksPath) || existsSync(join(top, ".husky"));
}
async function installHook(cwd, force, nodePath, binPath) {
  const { top, hooksDir, hooksPath } = await repoHookInfo(cwd);
  if (usesHusky(top, hooksPath)) {
    const file2 = join(top, ".husky", "pre-commit");
    const existing = existsSync(file2) ? readFileSync(file2, "utf8") : "";
    if (huskyInstalled(existing)) return { lines: [`already installed in ${relative(cwd, file2) || file2}`] };
    const command = huskyCommand(top, nodePath, binPath);
    if (linesOf(command).some((l) => isLine(l, HUSKY_END))) throw new UsageError("cannot install from a path that contains the end marker of the hook block");
    const block = `${HUSKY_BEGIN}
${command}
${HUSKY_END}
`;
    mkdirSync(join(top, ".husky"), { recursive: true });
    writeFileSync(file2, existing && !existing.endsWith("\n") ? `${existing}
${block}` : existing + block);
    chmodSync(file2, 493);
    return { lines: [`added the scan to ${relative(cwd, file2) || file2} (husky)`] };
  }
  const file = join(hooksDir, "pre-commit");
  const chained = join(hooksDir, CHAINED_NAME);
  const lines = [];
  if (existsSync(file)) {
    const existing = readFileSync(file, "utf8");
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
  chmodSync(file, 493);
  lines.unshift(`installed the pre-commit hook at ${file}`);
  return { lines };
}
async function uninstallHook(cwd) {
  const { top, hooksDir, hooksPath } = await repoHookInfo(cwd);
  const lines = [];
  const huskyFile = join(top, ".husky", "pre-commit");
  if (existsSync(huskyFile)) {
    const text = readFileSync(huskyFile, "utf8");
    if (huskyInstalled(text)) {
      const kept = withoutHuskyScan(text);
      if (kept.trim() === "") rmSync(huskyFile);
      else writeFileSync(huskyFile, kept);
      lines.push(`removed the scan from ${relative(cwd, huskyFile) || huskyFile}`);
    }
  }
  if (!usesHusky(top, hooksPath) || lines.length === 0) {
    const file = join(hooksDir, "pre-commit");
    const chained = join(hooksDir, CHAINED_NAME);
    if (existsSync(file) && readFileSync(file, "utf8").includes(`# ${MARKER} pre-commit hook`)) {
      rmSync(file);
      if (existsSync(chained)) {
        renameSync(chained, file);
        lines.push(`removed the hook and restored the previous one at ${file}`);
      } else {
        lines.push(`removed the pre-commit hook at ${file}`);
      }
    }
  }
  if (lines.length === 0) lines.push("no scan-twitter-secrets hook found: nothing to remove");
  return { lines };
}
export {
  installHook,
  uninstallHook
};
