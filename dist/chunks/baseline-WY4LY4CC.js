import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);
import {
  byBaseline
} from "./chunk-5E2CRABT.js";
import {
  parseJsonFile
} from "./chunk-NTAU5VCE.js";
import {
  workTreeFiles
} from "./chunk-NNIEF7NW.js";
import {
  UsageError,
  messages
} from "./chunk-OODIIGW4.js";
import "./chunk-IWX5EYN5.js";

// src/config/baseline.ts
import { writeFileSync } from "node:fs";
var BASELINE_VERSION = 1;
async function parseBaseline(text, file) {
  const data = await parseJsonFile(text, `baseline ${file}`);
  const doc = data;
  if (doc.version !== BASELINE_VERSION || !Array.isArray(doc.findings)) throw new UsageError(`baseline ${file} is not a version ${BASELINE_VERSION} scan-twitter-secrets baseline`);
  const entries = /* @__PURE__ */ new Map();
  for (const e of doc.findings) {
    if (typeof e?.fingerprint !== "string" || !/^[0-9a-f]{16}$/.test(e.fingerprint)) throw new UsageError(`baseline ${file}: an entry has no valid fingerprint`);
    entries.set(`${e.ruleId}\0${e.fingerprint}`, e);
  }
  return { file, entries };
}
async function useBaseline(result, path, name, base) {
  const mine = await workTreeFiles.read(path);
  const source = result.baseFiles ?? workTreeFiles;
  const atBase = result.baseFiles ? await result.baseFiles.read(path) : mine;
  if (atBase === null && !result.baseFiles) throw new UsageError(`cannot read baseline ${path}: ENOENT`);
  const stale = atBase === null ? [] : applyBaseline(result.findings, await parseBaseline(atBase, source.name(path)));
  if (result.baseFiles) {
    if (mine !== null) markChangeOnly(result.findings, await parseBaseline(mine, path), `baseline ${name}`);
    if (atBase !== mine) result.warnings.push(messages.range.changedFile(name, base));
  }
  for (const e of stale) result.warnings.push(messages.staleBaseline(e));
  result.stats.staleBaseline = stale.length;
}
function applyBaseline(findings, baseline) {
  const seen = /* @__PURE__ */ new Set();
  for (const f of findings) {
    const key = `${f.ruleId}\0${f.fingerprint}`;
    if (!baseline.entries.has(key)) continue;
    seen.add(key);
    f.ignored ??= byBaseline(baseline.file);
  }
  return [...baseline.entries].filter(([key]) => !seen.has(key)).map(([, e]) => e);
}
function markChangeOnly(findings, baseline, by) {
  for (const f of findings) {
    if (!f.ignored && !f.suppressedOnlyByRange && baseline.entries.has(`${f.ruleId}\0${f.fingerprint}`)) f.suppressedOnlyByRange = { by };
  }
}
function writeBaseline(file, findings, toolVersion) {
  const unique = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.ignored && f.ignored.kind !== "baseline") continue;
    unique.set(`${f.ruleId}\0${f.fingerprint}`, { fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file });
  }
  const entries = [...unique.values()].sort((a, b) => a.file.localeCompare(b.file) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
  const doc = {
    version: BASELINE_VERSION,
    tool: { name: "scan-twitter-secrets", version: toolVersion },
    note: "Known findings, identified by fingerprint (a truncated hash of rule id and secret; never the secret). Findings listed here do not fail the run.",
    findings: entries
  };
  try {
    writeFileSync(file, JSON.stringify(doc, null, 2) + "\n");
  } catch (err) {
    throw new UsageError(`cannot write baseline ${file}: ${err.code ?? err.message}`);
  }
  return entries.length;
}
export {
  BASELINE_VERSION,
  useBaseline,
  writeBaseline
};
