import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);
import {
  formatJson,
  loadRules,
  run
} from "./chunks/chunk-IZSN3OI4.js";
import {
  remediationFor,
  renderRemediation,
  toolVersion
} from "./chunks/chunk-5VNWSWLC.js";
import "./chunks/chunk-LAD2ENDF.js";
import {
  compileRules,
  countScan,
  emptyStats,
  scanBlob,
  toFindings
} from "./chunks/chunk-JX6OWSD2.js";
import {
  groupPerFile
} from "./chunks/chunk-25FOTGCV.js";
import "./chunks/chunk-4PGTO2JN.js";
import "./chunks/chunk-6AQSPA53.js";
import "./chunks/chunk-OLSDBNUR.js";
import "./chunks/chunk-3TKZ72CH.js";
import "./chunks/chunk-QHQJL3TQ.js";
import "./chunks/chunk-F424BKOT.js";
import "./chunks/chunk-IWX5EYN5.js";

// src/api.ts
import { fileURLToPath } from "node:url";
var API_VERSION = 1;
function isScanFailure(err) {
  return err instanceof Error && err.name === "ScanFailure";
}
function scanFailure(message) {
  const err = new Error(message);
  err.name = "ScanFailure";
  return err;
}
var ruleSet;
var rulesOnce = () => ruleSet ??= loadRules();
async function scanText(text, options = {}) {
  const rules = rulesOnce();
  const compiled = compileRules(rules);
  const blob = { path: options.path ?? "input.txt", bytes: Buffer.from(text, "utf8") };
  const stats = emptyStats();
  const scan = await scanBlob(blob, compiled, Date.now());
  const noPathRules = { selected: () => true, ignoredBy: () => void 0 };
  const findings = countScan(stats, scan) ? groupPerFile([toFindings(blob, scan.findings, { rules: compiled, filter: noPathRules, ignoredFingerprints: /* @__PURE__ */ new Map(), ignorePathOf: () => null, inlineAllow: options.inlineAllow !== false })]) : [];
  const report = { result: { findings, stats, warnings: [], skipped: [] }, rules, toolVersion: toolVersion(), mode: "tree", showSecrets: options.showSecrets === true, color: false, verbose: false };
  return JSON.parse(formatJson(report));
}
async function scanPaths(paths, options = {}) {
  const args = [...common(options), ...options.git === false ? ["--no-git"] : []];
  for (const g of options.include ?? []) args.push("--include", g);
  for (const g of options.exclude ?? []) args.push("--exclude", g);
  if (options.config !== void 0) args.push("--config", options.config);
  return viaCli([...args, "--", ...paths.length ? paths : ["."]], options.cwd);
}
async function scanStaged(options = {}) {
  return viaCli([...common(options), "--staged", "--", ...options.paths ?? []], options.cwd);
}
async function listRules() {
  const rules = rulesOnce();
  return rules.rules.map((r) => ({ id: r.id, title: r.title, description: r.description, blocks: r.detector !== "oauth2-client-id", remediation: renderRemediation(remediationFor([r.id], rules), "") }));
}
async function remediation(ruleId) {
  const rule = (await listRules()).find((r) => r.id === ruleId);
  if (!rule) throw scanFailure(`unknown rule "${ruleId}"`);
  return rule.remediation;
}
function common(o) {
  return ["--format", "json", ...o.showSecrets ? ["--show-secrets"] : [], ...o.inlineAllow === false ? ["--no-inline-allow"] : []];
}
async function viaCli(argv, cwd = process.cwd()) {
  const r = await run(argv, { cwd, env: process.env, stdoutIsTTY: false, stderrIsTTY: false, workerPath: fileURLToPath(new URL("./worker.js", import.meta.url)) });
  if (r.exitCode === 2) throw scanFailure(r.stderr.trim().replace(/^scan-twitter-secrets: /, ""));
  return JSON.parse(r.stdout);
}
export {
  API_VERSION,
  isScanFailure,
  listRules,
  remediation,
  scanPaths,
  scanStaged,
  scanText
};
