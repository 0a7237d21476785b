#!/usr/bin/env node
import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);
import "./chunks/chunk-IWX5EYN5.js";

// src/bin.ts
import { fileURLToPath as fileURLToPath2 } from "node:url";

// src/cli/run.ts
import { readFileSync as readFileSync8, writeFileSync as writeFileSync3 } from "node:fs";

// src/builtin.ts
import { createRequire } from "node:module";
var load = createRequire(import.meta.url);
function lazy(id) {
  let mod;
  return () => mod ??= load(id);
}
var crypto = lazy("node:crypto");
var os = lazy("node:os");
var workerThreads = lazy("node:worker_threads");
var v8 = lazy("node:v8");

// src/heap.ts
function sizeYoungGenerations() {
  v8().setFlagsFromString("--semi-space-growth-factor=1");
  v8().setFlagsFromString("--min-semi-space-size=4");
}

// src/scan/pool.ts
var BATCH = 24;
var BATCH_BYTES = 1024 * 1024;
var BATCHES_IN_FLIGHT = 2;
var ScanPool = class {
  slots = [];
  queue = [];
  pending = /* @__PURE__ */ new Map();
  nextId = 1;
  flushScheduled = false;
  failure = null;
  constructor(workerPath, size) {
    for (let i = 0; i < size; i++) {
      const slot = { worker: new (workerThreads()).Worker(workerPath, { resourceLimits: { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 8 } }), batches: 0 };
      slot.worker.once("online", sizeYoungGenerations);
      slot.worker.on("message", (results) => {
        slot.batches--;
        for (const res of results) {
          const p = this.pending.get(res.id);
          this.pending.delete(res.id);
          if (!p) continue;
          if (res.ok) p.resolve(res.scan);
          else p.reject(Object.assign(new Error(res.error), { code: res.error }));
        }
        this.flush();
      });
      slot.worker.on("error", (err) => {
        this.failure = new Error(`a scanning thread failed: ${err.code ?? err.message}`);
        err = this.failure;
        for (const p of this.pending.values()) p.reject(err);
        this.pending.clear();
      });
      this.slots.push(slot);
    }
  }
  /** Tasks queued or running. */
  get inFlight() {
    return this.pending.size;
  }
  scan(task) {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve4, reject) => {
      this.pending.set(id, { resolve: resolve4, reject });
      this.queue.push({ ...task, id });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        queueMicrotask(() => {
          this.flushScheduled = false;
          this.flush();
        });
      }
    });
  }
  flush() {
    for (const slot of this.slots) {
      while (slot.batches < BATCHES_IN_FLIGHT && this.queue.length) {
        let size = 1;
        let bytes = this.queue[0].bytes?.length ?? 0;
        for (; size < BATCH && size < this.queue.length; size++) {
          bytes += this.queue[size].bytes?.length ?? 0;
          if (bytes > BATCH_BYTES) break;
        }
        const batch = this.queue.splice(0, size);
        const transfer = batch.flatMap((t) => t.bytes && t.bytes.byteOffset === 0 && t.bytes.byteLength === t.bytes.buffer.byteLength ? [t.bytes.buffer] : []);
        slot.batches++;
        slot.worker.postMessage(batch, transfer);
      }
    }
  }
  async close() {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
};

// src/cli/run.ts
import { dirname as dirname3, isAbsolute as isAbsolute2, join as join7, relative as relative3, resolve as resolve3 } from "node:path";

// src/detect/compile.ts
var escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function sdkCalls(calls) {
  return { named: new Set(calls.filter((c) => /^\w+$/.test(c))), literal: calls.filter((c) => !/^\w+$/.test(c)) };
}
function evidencePattern(words) {
  const domains = words.filter((w) => w.endsWith(".x.com"));
  const names = words.filter((w) => !w.endsWith(".x.com"));
  const word = new RegExp(names.map(escapeRegExp).join("|"), "iy");
  const domain = new RegExp(`(?:^|[^A-Za-z])(?:${domains.map((d) => escapeRegExp(d.slice(0, -".x.com".length))).join("|")})$`, "i");
  const anchor = /tw|x_|\.x\.com/gi;
  const starts = [...new Set(names.map((w) => Math.max(0, w.search(/tw|x_/i))))];
  const wordAt = (text, at) => {
    if (at < 0 || at > 0 && /[A-Za-z]/.test(text[at - 1])) return false;
    word.lastIndex = at;
    return word.test(text);
  };
  return {
    test(text) {
      anchor.lastIndex = 0;
      for (let m = anchor.exec(text); m; m = anchor.exec(text)) {
        const i = m.index;
        if (m[0].length > 2) {
          if (domain.test(text.slice(Math.max(0, i - 12), i))) return true;
          continue;
        }
        if (m[0][0] === "t" || m[0][0] === "T") {
          const next = text.charCodeAt(i + 2) | 32;
          if (next !== 105 && next !== 101 && next !== 121 && next !== 117) continue;
        }
        const before = text.charCodeAt(i - 1) | 32;
        if (i > 0 && before >= 97 && before <= 122 && before !== 114 && before !== 111) continue;
        if (starts.some((back) => wordAt(text, i - back))) return true;
      }
      return false;
    }
  };
}
function compileRules(set) {
  const byRole = /* @__PURE__ */ new Map();
  const names = [];
  for (const rule of set.rules) {
    byRole.set(rule.role, rule);
    for (const name of rule.context?.names ?? []) {
      names.push({ ruleId: rule.id, words: name.words.split(" "), strength: name.strength });
    }
  }
  names.sort((a, b) => b.words.length - a.words.length);
  const v = set.vocabulary;
  return {
    set,
    byRole,
    names,
    evidence: evidencePattern(v.evidence),
    otherServices: new Set(v.otherServices),
    otherServicesNearby: new RegExp(
      `(?<![A-Za-z])(?:${v.otherServices.filter((w) => !v.nameOnlyWords.includes(w)).map(escapeRegExp).join("|")})(?![a-z])`,
      "i"
    ),
    placeholders: new RegExp(v.placeholders.map(escapeRegExp).join("|"), "i"),
    sdkCalls: sdkCalls(v.sdkCalls.map((c) => c.call)),
    sdkRoles: new Map(v.sdkCalls.map((c) => [c.call, { roles: c.roles, ...c.rolesWhenUrlFirst ? { rolesWhenUrlFirst: c.rolesWhenUrlFirst } : {}, generic: c.generic ?? false }])),
    allowMarkers: v.allowMarkers,
    documentationExamples: new Set(v.documentationExamples.map((e) => e.sha256)),
    publicBearers: new Set(v.publicBearerTokens.map((e) => e.sha256))
  };
}

// src/errors.ts
var UsageError = class extends Error {
};
var ScanError = class extends Error {
};

// src/git/git.ts
import { spawn } from "node:child_process";
async function workTreeTop(dir) {
  const { simpleGit } = await import("./chunks/dist-PJQTMFGX.js");
  try {
    const git = simpleGit({ baseDir: dir });
    if (!await git.checkIsRepo()) return null;
    const top = (await git.revparse(["--show-toplevel"])).trim();
    return top || null;
  } catch {
    return null;
  }
}
function gitRun(args, cwd2, env = process.env, input) {
  return new Promise((resolve4, reject) => {
    const child = spawn("git", args, { cwd: cwd2, env, stdio: [input === void 0 ? "ignore" : "pipe", "pipe", "pipe"] });
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", (e) => reject(new ScanError(e.code === "ENOENT" ? "git is not installed or not on PATH" : `cannot run git: ${e.message}`)));
    child.on("close", (code) => resolve4({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") }));
    if (input !== void 0) {
      child.stdin.on("error", () => void 0);
      child.stdin.end(input);
    }
  });
}
async function gitBytes(args, cwd2, env = process.env, input) {
  const r = await gitRun(args, cwd2, env, input);
  if (r.code === 0) return r.stdout;
  throw new ScanError(`git ${args[0]} failed: ${r.stderr.trim().split("\n")[0] || `exit code ${r.code}`}`);
}
function splitNul(buf) {
  const out = [];
  let start = 0;
  for (let i = buf.indexOf(0); i >= 0; i = buf.indexOf(0, start)) {
    if (i > start) out.push(buf.subarray(start, i));
    start = i + 1;
  }
  if (start < buf.length) out.push(buf.subarray(start));
  return out;
}
async function listWorkTreeFiles(dir) {
  return splitNul(await gitBytes(["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--deduplicate"], dir));
}
async function repoHookInfo(cwd2) {
  const { simpleGit } = await import("./chunks/dist-PJQTMFGX.js");
  const git = simpleGit({ baseDir: cwd2 });
  try {
    const top = (await git.revparse(["--show-toplevel"])).trim();
    const hooksDir = (await git.revparse(["--path-format=absolute", "--git-path", "hooks"])).trim();
    const hooksPath = (await git.getConfig("core.hooksPath")).value;
    return { top, hooksDir, hooksPath };
  } catch (err) {
    const msg = err.message.split("\n").find((l) => l.trim()) ?? "";
    throw new ScanError(/not a git repository/i.test(msg) ? "not inside a git work tree: run install from your repository" : `git failed: ${msg.trim()}`);
  }
}

// src/report/mask.ts
function mask(secret) {
  if (secret.length <= 8) return "*".repeat(secret.length);
  return `${secret.slice(0, 4)}\u2026${secret.slice(-2)}`;
}
function printable(path) {
  return path.replace(/[\u0000-\u001f\u007f]/g, (c) => c === "\n" ? "\\n" : c === "	" ? "\\t" : `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

// src/report/report.ts
var paint = (on, code) => (s) => on ? `\x1B[${code}m${s}\x1B[0m` : s;
var active = (r) => r.result.findings.filter((f) => !f.ignored);
var ignoredFindings = (r) => r.result.findings.filter((f) => f.ignored);
var blockingCount = (r) => active(r).filter((f) => f.blocking).length;
function countGroups(findings) {
  const sizes = /* @__PURE__ */ new Map();
  for (const f of findings) sizes.set(f.group, (sizes.get(f.group) ?? 0) + 1);
  return sizes;
}

// src/cli/messages.ts
var messages = {
  usage: `Usage: scan-twitter-secrets [options] [path ...]
       scan-twitter-secrets --staged [path ...]     (pre-commit hook: what the commit will contain)
       scan-twitter-secrets install [--force] | uninstall

Find leaked X (Twitter) API credentials and say how to regenerate them.
Paths default to "." (inside a git work tree: the files git sees, so .gitignore applies).

Options:
      --staged              scan the staged changes (the index), not the working tree; with paths,
                            only those staged files (lint-staged, pre-commit framework)
      --force               install: keep an existing foreign pre-commit hook and run it after the scan
      --history             scan every commit on all refs (branches, tags, remotes, stashes)
      --history-range <r>   scan only a revision range, e.g. main..feature (implies --history)
      --since <date>        scan only commits after a date, e.g. 2024-01-01 (implies --history)
      --baseline <file>     findings recorded in this baseline are known and do not fail the run
      --write-baseline <f>  record the current findings as a baseline and exit 0
      --github-event        derive the scan from the GitHub Actions event (used by action.yml)
  -f, --format <format>     text (default), json, sarif (code scanning) or github (Actions annotations)
  -o, --output <file>       write the report to a file instead of standard output
      --show-secrets        print secrets in full (masked by default)
  -i, --include <glob>      scan only matching paths (repeatable)
  -e, --exclude <glob>      skip matching paths (repeatable)
  -c, --config <file>       config file (default: .twitter-secrets.json at the repository root)
      --no-git              walk the file system even inside a git work tree (.gitignore not applied)
      --list-rules          list the detection rules
      --explain <rule-id>   print a rule's description and how to regenerate that credential
  -v, --verbose             also list ignored findings and skipped files
      --color / --no-color  force or disable colour (default: on a terminal, unless NO_COLOR is set)
  -h, --help                show this help
      --version             print the version

Exit codes: 0 no blocking finding, 1 blocking findings, 2 could not scan.
Allow a false positive: "twitter-secrets:allow" on its line, or its fingerprint in .twitter-secrets-ignore.`,
  error: (msg) => `scan-twitter-secrets: ${msg}`,
  unknownRule: (id) => `unknown rule "${id}" (see --list-rules)`,
  badFormat: (f, allowed) => `unknown format "${f}" (choose ${allowed.join(", ")})`,
  cannotWrite: (file, why) => `cannot write ${file}: ${why}`,
  reportWritten: (file) => `report written to ${file}`,
  unreadable: (path, code) => code === "ELOOP" ? `not following symlink: ${path}` : code === "ENOTREG" ? `not a regular file: ${path}` : `cannot read ${path}: ${code}`,
  noGit: "git is not installed: the tree was walked without .gitignore (install git, or pass --no-git to silence this)",
  baselineWritten: (file, n) => `scan-twitter-secrets: baseline written to ${file} (${n} finding${n === 1 ? "" : "s"}); run with --baseline ${file} to fail only on new ones`,
  staleBaseline: (e) => `baseline entry ${e.fingerprint} (${e.ruleId}, was in ${e.file}) is no longer found: remove it from the baseline`,
  statusNote: {
    leak: "",
    expired: "expired (issued more than 2 hours ago): warning only",
    "public-client": "X's public web-client token, not your secret: warning only",
    "client-id": "public in PKCE apps: warning only unless its client secret is beside it",
    "already-committed": ""
  },
  details: {
    appId: (v) => `App ID ${v}`,
    userId: (v) => `account user id ${v}`,
    issuedAt: (v) => `issued ${v}`
  },
  setTitle: { app: "OAuth 1.0a / app credentials", oauth2: "OAuth 2.0 client and user tokens" },
  howToFix: "How to regenerate what leaked",
  revokeByApi: "Revoke by API:",
  falsePositive: (fp) => `Not a real credential? Add "twitter-secrets:allow" to its line, or this line to .twitter-secrets-ignore:
    fingerprint:${fp}  # why it is safe`,
  summary: (s) => {
    const parts = [`scanned ${s.scanned} ${s.noun}${s.scanned === 1 ? "" : "s"}`];
    if (s.findings === 0) parts.push("no X credentials found");
    else parts.push(`${s.findings} X credential${s.findings === 1 ? "" : "s"} found in ${s.files} file${s.files === 1 ? "" : "s"} (${s.blocking} blocking, ${s.warnings} warning${s.warnings === 1 ? "" : "s"})`);
    if (s.ignored) parts.push(`${s.ignored} ignored`);
    if (s.binary) parts.push(`${s.binary} binary skipped`);
    if (s.excluded) parts.push(`${s.excluded} excluded`);
    return parts.join("; ");
  },
  ruleListHeader: ["RULE", "BLOCKS", "WHAT"],
  history: {
    shallow: "this is a shallow clone: commits before its depth are not scanned (git fetch --unshallow for a full audit)",
    noCommits: "the repository has no commits yet: nothing to scan in history",
    tooBig: (path, size) => `not scanned (larger than 64 MB): ${path} (${Math.round(size / 1e6)} MB)`,
    progress: (done, total, mbps, eta) => `scanning history: ${done}/${total} objects, ${mbps.toFixed(1)} MB/s, about ${Math.ceil(eta)} s left`,
    introduced: (c) => `introduced in ${c.hash.slice(0, 12)} (${c.date.slice(0, 10)}, ${c.author}): "${c.subject}"`,
    seenIn: (n) => `in ${n} commit${n === 1 ? "" : "s"}`,
    atHead: (present) => present ? "still present at HEAD" : "no longer at HEAD (but still in history)",
    remediationTitle: "These values are in the repository history"
  },
  hook: {
    headline: "scan-twitter-secrets: this commit adds X (Twitter) credentials",
    whatNow: "What to do with this commit",
    steps: [
      "The staged files still hold the values. In each file listed above:",
      "  1. Remove the value; read it from an environment variable or a git-ignored .env file instead",
      '     (Python: os.environ["X_API_KEY"]; Node: process.env.X_API_KEY).',
      "  2. Add that .env file to .gitignore.",
      "  3. Re-stage the file (git add <file>) and commit again.",
      "To take a file out of this commit instead: git restore --staged <file>",
      "If a value was ever pushed or shared anywhere, rotate it anyway (steps above): removing it from this commit does not make it secret again."
    ],
    earlier: "Already committed earlier (not blocking this commit, but exposed in history):",
    earlierNote: "this value is already in the previous commit: rotate it and audit the history (scan-twitter-secrets --history)",
    warnings: "Warnings (not blocking):",
    bypassTitle: "Only if you are sure it is not a real credential",
    bypass: (fp) => [
      "  Commit once without the check: git commit --no-verify   (or: SKIP=scan-twitter-secrets git commit ...)",
      '  Mark a false positive for good: put "twitter-secrets:allow" in a comment on its line,',
      `  or add to .twitter-secrets-ignore:  fingerprint:${fp}  # why it is safe`
    ],
    summary: (files, found, blocking) => blocking > 0 ? `scanned ${files} staged file${files === 1 ? "" : "s"}: ${found} credential${found === 1 ? "" : "s"} found, commit blocked` : `scanned ${files} staged file${files === 1 ? "" : "s"}: ${found ? `no new credentials (${found} warning${found === 1 ? "" : "s"})` : "no X credentials found"}`,
    skipped: "scan-twitter-secrets: skipped (SKIP=scan-twitter-secrets)"
  }
};

// src/report/github.ts
var GITHUB_ANNOTATION_LIMIT = 10;
var data = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var prop = (s) => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
function command(level, f, showSecrets) {
  const note = messages.statusNote[f.status];
  const value = showSecrets ? f.secret : mask(f.secret);
  const title = `${f.title} (${f.ruleId})`;
  const msg = `${f.title} ${value} leaked${note ? ` \u2014 ${note}` : ""}. Regenerate it in the X developer console: scan-twitter-secrets --explain ${f.ruleId}`;
  return `::${level} file=${prop(f.file)},line=${f.line},col=${f.column},title=${prop(title)}::${data(msg)}`;
}
function formatGithub(r) {
  const findings = active(r);
  const errors = findings.filter((f) => f.blocking);
  const warnings = findings.filter((f) => !f.blocking);
  const lines = [
    ...errors.slice(0, GITHUB_ANNOTATION_LIMIT).map((f) => command("error", f, r.showSecrets)),
    ...warnings.slice(0, GITHUB_ANNOTATION_LIMIT).map((f) => command("warning", f, r.showSecrets))
  ];
  const hidden = [...errors.slice(GITHUB_ANNOTATION_LIMIT), ...warnings.slice(GITHUB_ANNOTATION_LIMIT)];
  if (hidden.length) {
    const list = hidden.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`).join("\n");
    lines.push(`::notice title=${prop(`${hidden.length} more X credential findings`)}::${data(`GitHub shows only ${GITHUB_ANNOTATION_LIMIT} annotations per level; the others:
${list}`)}`);
  }
  lines.push(`scan-twitter-secrets: ${findings.length} finding(s), ${blockingCount(r)} blocking`);
  return lines.join("\n") + "\n";
}

// src/report/json.ts
var JSON_REPORT_VERSION = 1;
function findingJson(f, showSecrets) {
  return {
    ruleId: f.ruleId,
    title: f.title,
    file: f.file,
    line: f.line,
    column: f.column,
    blocking: f.blocking,
    severity: f.severity,
    status: f.status,
    masked: mask(f.secret),
    ...showSecrets ? { secret: f.secret } : {},
    fingerprint: f.fingerprint,
    group: f.group || null,
    details: f.details,
    ...f.ignored ? { ignored: f.ignored } : {},
    ...f.provenance ? { provenance: f.provenance } : {}
  };
}
function formatJson(r) {
  const findings = active(r);
  const ignored = ignoredFindings(r);
  const groups = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const g = groups.get(f.group) ?? { id: f.group, file: f.file, ruleIds: [] };
    if (!g.ruleIds.includes(f.ruleId)) g.ruleIds.push(f.ruleId);
    groups.set(f.group, g);
  }
  const s = r.result.stats;
  const doc = {
    version: JSON_REPORT_VERSION,
    tool: { name: "scan-twitter-secrets", version: r.toolVersion },
    findings: findings.map((f) => findingJson(f, r.showSecrets)),
    ignored: ignored.map((f) => findingJson(f, r.showSecrets)),
    groups: [...groups.values()],
    summary: {
      findings: findings.length,
      blocking: blockingCount(r),
      warnings: findings.length - blockingCount(r),
      ignored: ignored.length,
      filesScanned: s.filesScanned,
      bytesScanned: s.bytesScanned,
      binarySkipped: s.binarySkipped,
      symlinksSkipped: s.symlinksSkipped,
      excluded: s.excluded,
      unreadable: s.unreadable,
      knownExamples: s.knownExamples,
      ...s.staleBaseline !== void 0 ? { staleBaseline: s.staleBaseline } : {}
    },
    warnings: r.result.warnings
  };
  return JSON.stringify(doc, null, 2) + "\n";
}

// src/remediation/render.ts
function remediationFor(ruleIds, set, withNextSteps = true) {
  const wanted = new Set(ruleIds);
  const blocks = /* @__PURE__ */ new Map();
  for (const rule of set.rules) {
    if (!wanted.has(rule.id)) continue;
    const rem = set.remediations.get(rule.remediation);
    const block = blocks.get(rem.key) ?? { remediation: rem, ruleIds: [] };
    block.ruleIds.push(rule.id);
    blocks.set(rem.key, block);
  }
  const next = set.remediations.get("next-steps");
  const out = [...blocks.values()];
  if (withNextSteps && out.length && next) out.push({ remediation: next, ruleIds: [] });
  return out;
}
function renderRemediation(blocks, revokeLabel, indent = "  ") {
  const lines = [];
  for (const { remediation: r, ruleIds } of blocks) {
    lines.push(`${indent}${r.title}${ruleIds.length ? ` (${ruleIds.join(", ")})` : ""}`);
    r.regenerate.forEach((step, i) => lines.push(`${indent}  ${ruleIds.length ? `${i + 1}.` : "-"} ${step}`));
    if (r.revoke) lines.push(`${indent}  ${revokeLabel} ${r.revoke}`);
    lines.push("");
  }
  return lines.join("\n");
}

// src/report/sarif.ts
var LEVEL = { high: "error", medium: "warning", low: "note", info: "note" };
var SECURITY_SEVERITY = { high: "9.0", medium: "6.5", low: "3.0", info: "1.0" };
var uri = (path) => path.split("/").map(encodeURIComponent).join("/");
function ruleDescriptor(rule, r) {
  const help = renderRemediation(remediationFor([rule.id], r.rules), messages.revokeByApi, "");
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase()),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: { text: help, markdown: help.split("\n").map((l) => l.trim() ? l : "").join("  \n") },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ["security", "secret", "x-twitter"], precision: "very-high", "security-severity": SECURITY_SEVERITY[rule.severity] }
  };
}
function result(f, ruleIndex, r) {
  const note = messages.statusNote[f.status];
  const text = `${f.title} ${r.showSecrets ? f.secret : mask(f.secret)}${note ? ` (${note})` : ""}. Regenerate it in the X developer console (see the rule's help).`;
  const out = {
    ruleId: f.ruleId,
    ruleIndex,
    level: f.blocking ? LEVEL[f.severity] : "note",
    message: { text },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uri(f.file), uriBaseId: "%SRCROOT%" },
          region: { startLine: f.line, startColumn: f.column, endColumn: f.column + [...f.secret].length }
        }
      }
    ],
    partialFingerprints: { "scanTwitterSecrets/v1": f.fingerprint },
    properties: { blocking: f.blocking, status: f.status, group: f.group || void 0, ...f.details, ...f.provenance ? { provenance: f.provenance } : {} }
  };
  if (f.ignored) {
    out.suppressions = [{ kind: f.ignored.by.startsWith("inline") ? "inSource" : "external", justification: f.ignored.reason ?? f.ignored.by }];
    if (f.ignored.by.startsWith("baseline")) out.baselineState = "unchanged";
  }
  return out;
}
function formatSarif(r) {
  const rules = r.rules.rules;
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const doc = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "scan-twitter-secrets",
            version: r.toolVersion,
            informationUri: "https://www.npmjs.com/package/scan-twitter-secrets",
            rules: rules.map((rule) => ruleDescriptor(rule, r))
          }
        },
        columnKind: "unicodeCodePoints",
        results: r.result.findings.map((f) => result(f, index.get(f.ruleId), r))
      }
    ]
  };
  return JSON.stringify(doc, null, 2) + "\n";
}

// src/scan/group.ts
var SET_OF = {
  "twitter-consumer-key": "app",
  "twitter-consumer-secret": "app",
  "twitter-access-token": "app",
  "twitter-access-token-secret": "app",
  "twitter-bearer-token": "app",
  "twitter-oauth2-client-id": "oauth2",
  "twitter-oauth2-client-secret": "oauth2",
  "twitter-oauth2-access-token": "oauth2",
  "twitter-oauth2-refresh-token": "oauth2"
};
var MAX_GAP_LINES = 40;
function groupPerFile(perFile) {
  const counter = { next: 1 };
  const all = [];
  for (const list of perFile) {
    assignGroups(list.filter((f) => !f.ignored), counter);
    all.push(...list);
  }
  return all;
}
function assignGroups(findings, counter) {
  const open = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const set = SET_OF[f.ruleId] ?? "app";
    let g = open.get(set);
    if (!g || g.rules.has(f.ruleId) || f.line - g.lastLine > MAX_GAP_LINES) {
      g = { id: `set-${counter.next++}`, rules: /* @__PURE__ */ new Set(), lastLine: f.line };
      open.set(set, g);
    }
    g.rules.add(f.ruleId);
    g.lastLine = f.line;
    f.group = g.id;
  }
}
function groupBy(items, key) {
  const out = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
function credentialSetOf(ruleId) {
  return SET_OF[ruleId] ?? "app";
}

// src/report/text.ts
function describeFinding(f, showSecrets) {
  const facts = Object.entries(f.details).map(([k, v]) => messages.details[k]?.(v) ?? `${k} ${v}`);
  const note = messages.statusNote[f.status];
  if (note) facts.push(note);
  const value = showSecrets ? f.secret : mask(f.secret);
  return `${f.title}  ${value}${facts.length ? `  (${facts.join("; ")})` : ""}`;
}
function historyLine(f) {
  const p = f.provenance;
  if (!p || !("presentAtHead" in p)) return null;
  const parts = [];
  if (p.introduced) parts.push(messages.history.introduced(p.introduced));
  parts.push(messages.history.seenIn(p.commits?.length ?? 0), messages.history.atHead(p.presentAtHead ?? false));
  return parts.join("; ");
}
function findingsByFile(findings) {
  return groupBy(findings, (f) => f.file);
}
function fileSections(byFile, all, r, lines) {
  const bold = paint(r.color, "1");
  const dim = paint(r.color, "2");
  const groupSizes = countGroups(all);
  const out = [];
  for (const [file, list] of byFile) {
    out.push(bold(printable(file)));
    let group = "";
    for (const f of list) {
      if (f.group !== group && (groupSizes.get(f.group) ?? 0) > 1) {
        out.push(dim(`  credential set ${f.group.replace("set-", "#")}: ${messages.setTitle[credentialSetOf(f.ruleId)]}`));
      }
      group = f.group;
      for (const l of lines(f)) out.push(l);
    }
    out.push("");
  }
  return out;
}
function formatText(r) {
  const red = paint(r.color, "31;1");
  const yellow = paint(r.color, "33");
  const bold = paint(r.color, "1");
  const dim = paint(r.color, "2");
  const findings = active(r);
  const out = [];
  const byFile = findingsByFile(findings);
  const sections = fileSections(byFile, findings, r, (f) => {
    const tag = f.blocking ? red("\u2716 leak") : yellow("\u26A0 warn");
    const where = historyLine(f);
    return [`  ${tag}  ${printable(f.file)}:${f.line}:${f.column}  ${describeFinding(f, r.showSecrets)}  ${dim(f.ruleId)}`, ...where ? [dim(`          ${where}`)] : []];
  });
  for (const line2 of sections) out.push(line2);
  const leaked = findings.filter((f) => f.blocking);
  if (leaked.length) {
    if (r.mode === "history") out.push(bold(messages.history.remediationTitle));
    out.push(bold(messages.howToFix));
    out.push(renderRemediation(remediationFor(new Set(leaked.map((f) => f.ruleId)), r.rules), messages.revokeByApi));
    const purge = r.rules.remediations.get("history");
    if (r.mode === "history" && purge) out.push(renderRemediation([{ remediation: purge, ruleIds: [] }], messages.revokeByApi));
    out.push(dim(messages.falsePositive(leaked[0].fingerprint)));
    out.push("");
  }
  const ignored = ignoredFindings(r);
  if (r.verbose) {
    for (const f of ignored) out.push(dim(`  ignored  ${printable(f.file)}:${f.line}:${f.column}  ${f.ruleId}  by ${f.ignored.by}${f.ignored.reason ? ` \u2014 ${f.ignored.reason}` : ""}`));
  }
  for (const w of r.result.warnings) out.push(yellow(`warning: ${w}`));
  const s = r.result.stats;
  const blocking = blockingCount(r);
  const line = messages.summary({
    findings: findings.length,
    blocking,
    warnings: findings.length - blocking,
    files: byFile.size,
    scanned: s.filesScanned,
    ignored: ignored.length,
    binary: s.binarySkipped,
    excluded: s.excluded,
    noun: r.mode === "history" ? "blob" : "file"
  });
  out.push(blocking ? red(line) : line);
  return out.join("\n") + "\n";
}

// src/report/formats.ts
var formats = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub
};

// src/rules/load.ts
import { readdirSync, readFileSync as readFileSync2 } from "node:fs";
import { join as join2 } from "node:path";

// src/package-root.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var cached;
function packageRoot() {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && existsSync(join(dir, "rules")) && /"name":\s*"scan-twitter-secrets"/.test(readFileSync(manifest, "utf8"))) {
      cached = dir;
      return dir;
    }
    dir = dirname(dir);
  }
  throw new Error("cannot find the scan-twitter-secrets package directory (rules/ missing?)");
}

// src/rules/load.ts
var RuleError = class extends Error {
};
var defaultRulesDir = () => join2(packageRoot(), "rules");
var RULE_ORDER = [
  "twitter-consumer-key",
  "twitter-consumer-secret",
  "twitter-bearer-token",
  "twitter-access-token",
  "twitter-access-token-secret",
  "twitter-oauth2-client-id",
  "twitter-oauth2-client-secret",
  "twitter-oauth2-access-token",
  "twitter-oauth2-refresh-token"
];
var DETECTORS = ["bearer", "oauth1-access-token", "oauth2-token", "oauth2-client-id", "context"];
var SEVERITIES = ["high", "medium", "low", "info"];
function readJson(file) {
  try {
    return JSON.parse(readFileSync2(file, "utf8"));
  } catch (err) {
    throw new RuleError(`${file}: ${err.message}`);
  }
}
function need(cond, file, field, what) {
  if (!cond) throw new RuleError(`${file}: field "${field}" ${what}`);
}
function validateRule(raw, file) {
  const r = raw;
  need(r && typeof r === "object", file, "(root)", "must be an object");
  for (const f of ["id", "title", "description", "role", "remediation", "pattern"]) {
    need(typeof r[f] === "string" && r[f].length > 0, file, f, "must be a non-empty string");
  }
  need(file.endsWith(`${r.id}.json`), file, "id", `must match the file name (got "${r.id}")`);
  need(DETECTORS.includes(r.detector), file, "detector", `must be one of ${DETECTORS.join(", ")}`);
  need(r.set === "oauth1" || r.set === "oauth2", file, "set", 'must be "oauth1" or "oauth2"');
  need(SEVERITIES.includes(r.severity), file, "severity", `must be one of ${SEVERITIES.join(", ")}`);
  try {
    new RegExp(r.pattern);
  } catch (err) {
    throw new RuleError(`${file}: field "pattern" does not compile: ${err.message}`);
  }
  if (r.detector === "context") {
    const c = r.context;
    need(c && typeof c === "object", file, "context", "is required for context rules");
    need(c.charset === "alnum" || c.charset === "base64url", file, "context.charset", 'must be "alnum" or "base64url"');
    need(Array.isArray(c.modernLengths) && c.modernLengths.length > 0, file, "context.modernLengths", "must list lengths");
    need(Array.isArray(c.names) && c.names.length > 0, file, "context.names", "must list role names");
    for (const n of c.names) {
      need(typeof n.words === "string" && /^[a-z0-9]+( [a-z0-9]+)*$/.test(n.words), file, "context.names.words", `must be lower-case words ("${n.words}")`);
      need(n.strength === "specific" || n.strength === "generic", file, "context.names.strength", 'must be "specific" or "generic"');
    }
  }
  const ex = r.examples;
  need(ex && Array.isArray(ex.positive) && ex.positive.length > 0, file, "examples.positive", "must hold at least one example");
  need(Array.isArray(ex.negative) && ex.negative.length > 0, file, "examples.negative", "must hold at least one example");
  for (const e of [...ex.positive, ...ex.negative]) {
    need(typeof e.file === "string" && typeof e.text === "string", file, "examples", 'entries need "file" and "text"');
  }
  return r;
}
function loadRules(dir = defaultRulesDir()) {
  let entries;
  try {
    entries = readdirSync(dir).sort();
  } catch (err) {
    throw new RuleError(`cannot read the rules directory ${dir}: ${err.message}`);
  }
  const rules = entries.filter((f) => /^twitter-.*\.json$/.test(f)).map((f) => validateRule(readJson(join2(dir, f)), join2(dir, f)));
  const rank = (id) => RULE_ORDER.includes(id) ? RULE_ORDER.indexOf(id) : RULE_ORDER.length;
  rules.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
  const byId = /* @__PURE__ */ new Map();
  for (const r of rules) {
    if (byId.has(r.id)) throw new RuleError(`${dir}: duplicate rule id "${r.id}"`);
    byId.set(r.id, r);
  }
  const roles = new Set(rules.map((r) => r.role));
  if (roles.size !== rules.length) throw new RuleError(`${dir}: two rules share a role`);
  const remediations = /* @__PURE__ */ new Map();
  const remDir = join2(dir, "remediation");
  for (const f of readdirSync(remDir).filter((x) => x.endsWith(".json")).sort()) {
    const rem = readJson(join2(remDir, f));
    need(typeof rem.key === "string" && f === `${rem.key}.json`, join2(remDir, f), "key", "must match the file name");
    need(Array.isArray(rem.regenerate) && rem.regenerate.length > 0, join2(remDir, f), "regenerate", "must list steps");
    remediations.set(rem.key, rem);
  }
  for (const r of rules) {
    need(remediations.has(r.remediation), join2(dir, `${r.id}.json`), "remediation", `names unknown remediation "${r.remediation}"`);
  }
  const vocabulary = readJson(join2(dir, "context.json"));
  for (const call of vocabulary.sdkCalls) {
    for (const role of [...call.roles, ...call.rolesWhenUrlFirst ?? []]) {
      need(role === "" || roles.has(role), join2(dir, "context.json"), `sdkCalls.${call.call}`, `names unknown role "${role}"`);
    }
  }
  return { rules, byId, remediations, vocabulary };
}

// src/install/hook.ts
import { chmodSync, existsSync as existsSync2, mkdirSync, readFileSync as readFileSync3, renameSync, rmSync, writeFileSync } from "node:fs";
import { join as join3, relative } from "node:path";
var MARKER = "scan-twitter-secrets";
var HUSKY_LINE_TAG = "# added by scan-twitter-secrets install";
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
  const local = existsSync2(join3(top, "node_modules", ".bin", "scan-twitter-secrets"));
  return local ? "scan-twitter-secrets --staged" : `${shq(nodePath)} ${shq(binPath)} --staged`;
}
function usesHusky(top, hooksPath) {
  return hooksPath !== null && /(^|\/)\.husky(\/_)?\/?$/.test(hooksPath) || existsSync2(join3(top, ".husky"));
}
async function installHook(cwd2, force, nodePath, binPath) {
  const { top, hooksDir, hooksPath } = await repoHookInfo(cwd2);
  if (usesHusky(top, hooksPath)) {
    const file2 = join3(top, ".husky", "pre-commit");
    const existing = existsSync2(file2) ? readFileSync3(file2, "utf8") : "";
    if (existing.includes(HUSKY_LINE_TAG)) return { lines: [`already installed in ${relative(cwd2, file2) || file2}`] };
    const line = `${huskyCommand(top, nodePath, binPath)}  ${HUSKY_LINE_TAG}
`;
    mkdirSync(join3(top, ".husky"), { recursive: true });
    writeFileSync(file2, existing && !existing.endsWith("\n") ? `${existing}
${line}` : existing + line);
    chmodSync(file2, 493);
    return { lines: [`added the scan to ${relative(cwd2, file2) || file2} (husky)`] };
  }
  const file = join3(hooksDir, "pre-commit");
  const chained = join3(hooksDir, CHAINED_NAME);
  const lines = [];
  if (existsSync2(file)) {
    const existing = readFileSync3(file, "utf8");
    if (!existing.includes(`# ${MARKER} pre-commit hook`)) {
      if (!force) {
        throw new UsageError(`a pre-commit hook already exists at ${file}; rerun with --force to keep it and run it after the scan`);
      }
      if (existsSync2(chained)) throw new UsageError(`${chained} already exists; move it away first`);
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
async function uninstallHook(cwd2) {
  const { top, hooksDir, hooksPath } = await repoHookInfo(cwd2);
  const lines = [];
  const huskyFile = join3(top, ".husky", "pre-commit");
  if (existsSync2(huskyFile)) {
    const text = readFileSync3(huskyFile, "utf8");
    if (text.includes(HUSKY_LINE_TAG)) {
      const kept = text.split("\n").filter((l) => !l.includes(HUSKY_LINE_TAG)).join("\n");
      if (kept.trim() === "") rmSync(huskyFile);
      else writeFileSync(huskyFile, kept);
      lines.push(`removed the scan from ${relative(cwd2, huskyFile) || huskyFile}`);
    }
  }
  if (!usesHusky(top, hooksPath) || lines.length === 0) {
    const file = join3(hooksDir, "pre-commit");
    const chained = join3(hooksDir, CHAINED_NAME);
    if (existsSync2(file) && readFileSync3(file, "utf8").includes(`# ${MARKER} pre-commit hook`)) {
      rmSync(file);
      if (existsSync2(chained)) {
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

// src/report/hook-text.ts
function formatHookText(r) {
  const red = paint(r.color, "31;1");
  const yellow = paint(r.color, "33");
  const bold = paint(r.color, "1");
  const dim = paint(r.color, "2");
  const findings = active(r);
  const blocking = findings.filter((f) => f.blocking);
  const earlier = findings.filter((f) => f.status === "already-committed");
  const other = findings.filter((f) => !f.blocking && f.status !== "already-committed");
  const files = r.result.stats.filesScanned;
  const out = [];
  if (blocking.length) {
    out.push(red(messages.hook.headline), "");
    const sections = fileSections(findingsByFile(blocking), findings, r, (f) => [
      `  ${red("\u2716")} ${printable(f.file)}:${f.line}:${f.column}  ${describeFinding(f, r.showSecrets)}  ${dim(f.ruleId)}`
    ]);
    for (const line of sections) out.push(line);
    out.push(bold(messages.howToFix));
    out.push(renderRemediation(remediationFor(new Set(blocking.map((f) => f.ruleId)), r.rules, false), messages.revokeByApi));
    out.push(bold(messages.hook.whatNow));
    for (const line of messages.hook.steps) out.push(`  ${line}`);
    out.push("");
  }
  if (earlier.length) {
    out.push(yellow(messages.hook.earlier));
    for (const f of earlier) out.push(`  ${yellow("\u26A0")} ${printable(f.file)}:${f.line}:${f.column}  ${describeFinding(f, r.showSecrets)} \u2014 ${messages.hook.earlierNote}`);
    out.push("");
  }
  if (other.length) {
    out.push(yellow(messages.hook.warnings));
    for (const f of other) out.push(`  ${yellow("\u26A0")} ${printable(f.file)}:${f.line}:${f.column}  ${describeFinding(f, r.showSecrets)}`);
    out.push("");
  }
  if (blocking.length) {
    out.push(dim(messages.hook.bypassTitle));
    for (const line of messages.hook.bypass(blocking[0].fingerprint)) out.push(dim(line));
    out.push("");
  }
  for (const w of r.result.warnings) out.push(yellow(`warning: ${w}`));
  if (findings.length === 0 && r.result.warnings.length === 0 && !r.verbose) return "";
  const summary = messages.hook.summary(files, blocking.length || findings.length, blocking.length);
  out.push(blocking.length ? red(summary) : `scan-twitter-secrets: ${summary}`);
  return out.join("\n") + "\n";
}

// src/ci/github-event.ts
import { readFileSync as readFileSync4 } from "node:fs";
var ZERO = /^0+$/;
function scanForEvent(name, payload) {
  if (name === "push") {
    const before = String(payload.before ?? "");
    const after = String(payload.after ?? "");
    if (!after || ZERO.test(after)) return { kind: "tree" };
    if (!before || ZERO.test(before)) return { kind: "history", range: `${after} --not --remotes` };
    return { kind: "history", range: `${before}..${after}` };
  }
  if (name === "pull_request" || name === "pull_request_target") {
    const base = payload.pull_request?.base?.sha;
    const head = payload.pull_request?.head?.sha;
    if (typeof base === "string" && typeof head === "string") return { kind: "history", range: `${base}..${head}` };
  }
  return { kind: "tree" };
}
function readGithubEvent(env) {
  const name = env.GITHUB_EVENT_NAME;
  const path = env.GITHUB_EVENT_PATH;
  if (!name || !path) throw new UsageError("--github-event needs GITHUB_EVENT_NAME and GITHUB_EVENT_PATH (set by GitHub Actions)");
  let payload;
  try {
    payload = JSON.parse(readFileSync4(path, "utf8"));
  } catch (err) {
    throw new UsageError(`cannot read the GitHub event payload ${path}: ${err.code ?? err.message}`);
  }
  return scanForEvent(name, payload);
}

// src/config/baseline.ts
import { readFileSync as readFileSync5, writeFileSync as writeFileSync2 } from "node:fs";
var BASELINE_VERSION = 1;
function readBaseline(file) {
  let data2;
  try {
    data2 = JSON.parse(readFileSync5(file, "utf8"));
  } catch (err) {
    const code = err.code;
    throw new UsageError(code ? `cannot read baseline ${file}: ${code}` : `baseline ${file} is not valid JSON`);
  }
  const doc = data2;
  if (doc.version !== BASELINE_VERSION || !Array.isArray(doc.findings)) throw new UsageError(`baseline ${file} is not a version ${BASELINE_VERSION} scan-twitter-secrets baseline`);
  const entries = /* @__PURE__ */ new Map();
  for (const e of doc.findings) {
    if (typeof e?.fingerprint !== "string" || !/^[0-9a-f]{16}$/.test(e.fingerprint)) throw new UsageError(`baseline ${file}: an entry has no valid fingerprint`);
    entries.set(`${e.ruleId}\0${e.fingerprint}`, e);
  }
  return { file, entries };
}
function applyBaseline(findings, baseline) {
  const seen = /* @__PURE__ */ new Set();
  for (const f of findings) {
    const key = `${f.ruleId}\0${f.fingerprint}`;
    if (!baseline.entries.has(key)) continue;
    seen.add(key);
    f.ignored ??= { by: `baseline ${baseline.file}`, reason: "known when the baseline was written" };
  }
  return [...baseline.entries].filter(([key]) => !seen.has(key)).map(([, e]) => e);
}
function writeBaseline(file, findings, toolVersion2) {
  const unique = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.ignored && !f.ignored.by.startsWith("baseline")) continue;
    unique.set(`${f.ruleId}\0${f.fingerprint}`, { fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file });
  }
  const entries = [...unique.values()].sort((a, b) => a.file.localeCompare(b.file) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
  const doc = {
    version: BASELINE_VERSION,
    tool: { name: "scan-twitter-secrets", version: toolVersion2 },
    note: "Known findings, identified by fingerprint (a truncated hash of rule id and secret; never the secret). Findings listed here do not fail the run.",
    findings: entries
  };
  try {
    writeFileSync2(file, JSON.stringify(doc, null, 2) + "\n");
  } catch (err) {
    throw new UsageError(`cannot write baseline ${file}: ${err.code ?? err.message}`);
  }
  return entries.length;
}

// src/config/ignore-file.ts
import { readFileSync as readFileSync6 } from "node:fs";
var IGNORE_FILE_NAME = ".twitter-secrets-ignore";
function parseIgnoreFile(file, content) {
  const globs = [];
  const fingerprints = /* @__PURE__ */ new Map();
  content.split(/\r?\n/).forEach((raw, i) => {
    const hash = raw.search(/(^|\s)#/);
    const body = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    const reason = hash >= 0 ? raw.slice(hash).replace(/^\s*#\s*/, "").trim() || void 0 : void 0;
    if (!body) return;
    const entry = { pattern: body, line: i + 1, ...reason ? { reason } : {} };
    const fp = /^fingerprint:([0-9a-f]{16})$/.exec(body);
    if (fp) fingerprints.set(fp[1], entry);
    else if (body.startsWith("fingerprint:")) throw new UsageError(`${file}:${i + 1}: a fingerprint is 16 lower-case hex digits`);
    else globs.push(entry);
  });
  return { file, globs, fingerprints };
}
function readIgnoreFile(file) {
  let content;
  try {
    content = readFileSync6(file, "utf8");
  } catch (err) {
    if (err.code === "ENOENT") return null;
    throw new UsageError(`cannot read ${file}: ${err.message}`);
  }
  return parseIgnoreFile(file, content);
}

// src/scan/finding.ts
function countScan(stats, scan) {
  if (scan.kind === "binary") {
    stats.binarySkipped++;
    return false;
  }
  stats.filesScanned++;
  stats.bytesScanned += scan.size;
  stats.knownExamples += scan.knownExamples;
  return true;
}
function emptyStats() {
  return { filesScanned: 0, bytesScanned: 0, binarySkipped: 0, symlinksSkipped: 0, unreadable: 0, excluded: 0, knownExamples: 0 };
}

// src/scan/fingerprint.ts
var DOMAIN = "scan-twitter-secrets/fingerprint/v1";
function fingerprint(ruleId, canonicalSecret) {
  return crypto().createHash("sha256").update(`${DOMAIN}\0${ruleId}\0${canonicalSecret}`).digest("hex").slice(0, 16);
}

// src/detect/candidate.ts
var VIA_RANK = { structure: 0, sdk: 1, name: 2, pair: 3, near: 4 };

// src/detect/names.ts
function splitWords(name) {
  const words = [];
  for (const part of name.replace(/OAuth/g, "Oauth").split(/[^A-Za-z0-9]+/)) {
    if (!part) continue;
    for (const w of part.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g) ?? []) words.push(w.toLowerCase());
  }
  return words;
}
var TRAILING_NOISE = /* @__PURE__ */ new Set(["value", "val", "str", "string", "env", "var", "prod", "dev", "live"]);
var LABEL_ROLE = { ruleId: "", words: [], strength: "generic" };
function matchRole(words, roles) {
  if (words.length === 1 && (words[0] === "value" || words[0] === "default")) return { role: LABEL_ROLE, prefix: [], label: true };
  let end = words.length;
  while (end > 0 && (TRAILING_NOISE.has(words[end - 1]) || /^[0-9]+$/.test(words[end - 1]))) end--;
  for (const role of roles) {
    const n = role.words.length;
    if (n > end) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = words[end - n + k] === role.words[k];
    if (ok) return { role, prefix: words.slice(0, end - n) };
  }
  return null;
}

// src/detect/evidence.ts
var NEAR_LINES = 5;
var REGION_LINES = 200;
var SPAN_CHARS = 400;
var MAX_SPAN = 16e3;
var OTHER_SERVICE_LINES = 3;
var PARENT_LINES = 80;
var Evidence = class {
  constructor(rules, text, filePath, lines, structuralOffsets, external = () => false) {
    this.rules = rules;
    this.text = text;
    this.filePath = filePath;
    this.lines = lines;
    this.structuralOffsets = structuralOffsets;
    this.external = external;
  }
  rules;
  text;
  filePath;
  lines;
  structuralOffsets;
  external;
  fileLevel;
  pathLevel;
  parentCache = /* @__PURE__ */ new Map();
  get file() {
    this.fileLevel ??= this.structuralOffsets.length > 0 || this.path || this.rules.evidence.test(this.text) || this.external();
    return this.fileLevel;
  }
  /** The file's path names X (`twitter_credentials.py`, `config/twitter.yml`). */
  get path() {
    return this.pathLevel ??= this.rules.evidence.test(this.filePath);
  }
  /** An evidence word or a structural X token within `radius` lines of `offset`. */
  near(offset, radius) {
    const [from, to] = this.span(offset, radius);
    if (this.structuralOffsets.some((o) => o >= from && o <= to)) return true;
    return this.rules.evidence.test(this.text.slice(from, to)) && this.file;
  }
  /** Another service is named within a few lines (a `# Alpaca keys` comment, `import stripe`). */
  otherServiceNear(offset) {
    const [from, to] = this.span(offset, OTHER_SERVICE_LINES);
    return this.rules.otherServicesNearby.test(this.text.slice(from, to));
  }
  /** `radius` lines around `offset`, at most SPAN_CHARS per line of radius either side (long lines). */
  span(offset, radius) {
    const line = this.lines().lineOf(offset);
    const reach = Math.min(SPAN_CHARS * (radius + 1), MAX_SPAN);
    const from = Math.max(this.lines().lineStart(Math.max(1, line - radius)), offset - reach);
    const to = Math.min(this.lines().lineEnd(Math.min(this.lines().lineCount, line + radius)), offset + reach);
    return [from, to];
  }
  /** Words of the keys this line is nested under: YAML/JSON/Python-dict indentation and INI sections. */
  parents(offset) {
    return this.parentChain(offset).flat();
  }
  /** The keys this line is nested under, nearest first, each as its words. */
  parentChain(offset) {
    const line = this.lines().lineOf(offset);
    const cached2 = this.parentCache.get(line);
    if (cached2) return cached2;
    const chain = [];
    let indent = indentOf(this.lines().lineHead(line));
    let section = null;
    for (let l = line - 1; l >= 1 && l >= line - PARENT_LINES; l--) {
      const text = this.lines().lineHead(l);
      if (!text.trim()) continue;
      const header = /^\s*\[([^\]]+)\]\s*$/.exec(text);
      if (header) {
        section = splitWords(header[1]);
        break;
      }
      if (indent === 0) continue;
      const ind = indentOf(text);
      if (ind >= indent) continue;
      indent = ind;
      const key = /^[\s"]*-?\s*["']?([A-Za-z0-9_.$@ -]{1,60}?)["']?\s*(?::|=|\{|\(|=>)/.exec(text) ?? /^\s*\w+\s+"([^"]{1,60})"\s*\{\s*$/.exec(text);
      if (key) chain.push(splitWords(key[1]));
    }
    if (section) chain.push(section);
    this.parentCache.set(line, chain);
    return chain;
  }
};
function indentOf(line) {
  const m = /^[ \t]*"?( *)/.exec(line);
  return m ? m[0].length : 0;
}
function wordsShowX(words) {
  return words.some((w) => w === "twitter" || w === "tweepy" || w === "twython" || w === "twurl" || w === "tweet" || w === "rtweet");
}
function nameHasXPrefix(name) {
  return /(?:^|[^A-Za-z0-9])[Xx]_(?:API|BEARER|ACCESS|CONSUMER|CLIENT|OAUTH|APP)/i.test(name);
}

// src/detect/text.ts
var BINARY_SNIFF_BYTES = 8e3;
function isBinary(bytes) {
  if (utf16Encoding(bytes)) return false;
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
function utf16Encoding(bytes) {
  if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254) return "utf-16le";
  if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255) return "utf-16be";
  return null;
}
function decode(bytes) {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return { text: new TextDecoder(utf16, { fatal: false }).decode(bytes.subarray(2)), encoding: utf16, byteText: false };
  const start = bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  return { text: byteText(bytes.subarray(start)), encoding: "utf-8", byteText: true };
}
function byteText(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1");
}
function isContinuation(c) {
  return c >= 128 && c <= 191;
}
function codesOf(text) {
  const codes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    codes[i] = c < 128 ? c : 128;
  }
  return codes;
}
function normalise(text) {
  let out = text;
  if (out.indexOf("\r") >= 0) out = out.replace(/\r/g, " ");
  if (out.indexOf("\xE2\x80") >= 0) out = out.replace(/\u00e2\u0080[\u009c\u009d]/g, '"""').replace(/\u00e2\u0080[\u0098\u0099]/g, "'''");
  if (out.indexOf("\xC2") >= 0) out = out.replace(/\u00c2\u00ab/g, ' "').replace(/\u00c2\u00bb/g, '" ');
  if (out.indexOf("\\") < 0) return out;
  return out.replace(/\\n/g, " \n").replace(/\\[rt]/g, "  ").replace(/\\(["'/])/g, " $1");
}
var MARKS = [
  { needle: "\r", span: 1, counts: () => true },
  // An escaped quote (code inside a JSON or JS string: notebooks, embedded snippets); plain minified
  // code with "\n" in its strings needs nothing.
  { needle: "\\", span: 2, counts: (t, at) => t[at + 1] === '"' || t[at + 1] === "'" },
  { needle: "\xE2\x80", span: 3, counts: (t, at) => "\x98\x99\x9C\x9D".includes(t[at + 2]) },
  { needle: "\xC2", span: 2, counts: (t, at) => t[at + 1] === "\xAB" || t[at + 1] === "\xBB" }
];
function normaliseWindows(text, windows2) {
  let parts = null;
  let at = 0;
  const next = MARKS.map((m) => text.indexOf(m.needle));
  for (const [from, to] of windows2) {
    let needed = false;
    for (let k = 0; k < MARKS.length && !needed; k++) {
      const { needle, span, counts } = MARKS[k];
      if (next[k] >= 0 && next[k] < from) next[k] = text.indexOf(needle, from);
      while (next[k] >= 0 && next[k] + span <= to) {
        if (counts(text, next[k])) {
          needed = true;
          break;
        }
        next[k] = text.indexOf(needle, next[k] + 1);
      }
    }
    if (!needed) continue;
    (parts ??= []).push(text.slice(at, from), normalise(text.slice(from, to)));
    at = to;
  }
  if (!parts) return text;
  parts.push(text.slice(at));
  return parts.join("");
}
var LineIndex = class {
  /** `byteText`: the text is UTF-8 byte text (see above), whose columns count character starts. */
  constructor(text, byteText2 = false) {
    this.text = text;
    this.byteText = byteText2;
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  text;
  byteText;
  starts = [0];
  lineOf(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  lineStart(line) {
    return this.starts[line - 1] ?? this.text.length;
  }
  lineEnd(line) {
    const next = this.starts[line];
    return next === void 0 ? this.text.length : next - 1;
  }
  /** The first `max` characters of a line (key names and indentation live there). */
  lineHead(line, max = 240) {
    const start = this.lineStart(line);
    return this.text.slice(start, Math.min(this.lineEnd(line), start + max));
  }
  get lineCount() {
    return this.starts.length;
  }
  last = { line: 0, offset: 0, column: 1 };
  position(offset) {
    const line = this.lineOf(offset);
    const resume = this.last.line === line && this.last.offset <= offset;
    let column = resume ? this.last.column : 1;
    let i = resume ? this.last.offset : this.lineStart(line);
    for (; i < offset; i++) {
      const c = this.text.charCodeAt(i);
      if (this.byteText) {
        if (!isContinuation(c)) column++;
        continue;
      }
      if (c >= 55296 && c <= 56319 && i + 1 < offset) i++;
      column++;
    }
    this.last = { line, offset, column };
    return { line, column };
  }
};

// src/detect/structure.ts
var ALNUM = /^[A-Za-z0-9]+$/;
var BASE64URL_CHAR = /[A-Za-z0-9_-]/;
function decodeBearerAt(text, start) {
  const before = text.charCodeAt(start - 1);
  if (start > 0 && isTokenCharCode(before) && !isPercentEscapeEnd(text, start) && !isEscapeEnd(text, start)) return null;
  let i = start;
  let b64 = "";
  while (b64.length < 60 && i < text.length) {
    const c = text[i];
    if (c === "%") {
      const hex = text.slice(i + 1, i + 3).toUpperCase();
      const decoded = hex === "2B" ? "+" : hex === "2F" ? "/" : hex === "3D" ? "=" : "";
      if (!decoded) return null;
      b64 += decoded;
      i += 3;
    } else if (/[A-Za-z0-9+/=]/.test(c)) {
      b64 += c;
      i += 1;
    } else {
      return null;
    }
    if (b64.endsWith("=") && b64.length !== 60) return null;
  }
  if (b64.length !== 60 || !b64.endsWith("=")) return null;
  let end = i;
  while (end < text.length && isAlnumCode(text.charCodeAt(end))) end++;
  const tailLength = end - i;
  if (tailLength !== 50 && tailLength !== 42) return null;
  const bytes = Buffer.from(b64, "base64");
  if (bytes.length !== 44) return null;
  for (let k = 0; k < 16; k++) if (bytes[k] !== 0) return null;
  const appId = bytes.readBigUInt64LE(16);
  if (appId === 0n) return null;
  let digestZero = true;
  for (let k = 24; k < 44; k++) if (bytes[k] !== 0) digestZero = false;
  if (digestZero) return null;
  const tail = text.slice(i, end);
  const encoded = b64.replace(/\+/g, "%2B").replace(/\//g, "%2F").replace(/=/g, "%3D") + tail;
  return { start, end, raw: text.slice(start, end), encoded, appId: appId.toString(), tailLength };
}
var OAUTH2_TOKEN_SUFFIXES = ["OmF0OjE", "OnJ0OjE", "OmFjOjE"];
var OAUTH2_CLIENT_ID_SUFFIX = "6MTpjaQ";
function base64urlEndingAt(text, end, length) {
  const start = end - length;
  if (start < 0) return null;
  if (end < text.length && BASE64URL_CHAR.test(text[end])) return null;
  if (start > 0 && BASE64URL_CHAR.test(text[start - 1]) && !isEscapeEnd(text, start)) return null;
  const raw = text.slice(start, end);
  return /^[A-Za-z0-9_-]+$/.test(raw) ? raw : null;
}
function decodeOAuth2TokenEndingAt(text, end) {
  const raw = base64urlEndingAt(text, end, 91);
  if (!raw) return null;
  const decoded = Buffer.from(raw, "base64url").toString("latin1");
  const m = /^[A-Za-z0-9_-]{45}:(\d{13}):1:[01]:(at|rt|ac):1$/.exec(decoded);
  if (!m) return null;
  const issuedAt = Number(m[1]);
  if (issuedAt < Date.UTC(2020, 0, 1) || issuedAt > Date.UTC(2100, 0, 1)) return null;
  return { start: end - 91, end, raw, type: m[2], issuedAt };
}
function decodeClientIdEndingAt(text, end) {
  const raw = base64urlEndingAt(text, end, 34);
  if (!raw) return null;
  const decoded = Buffer.from(raw, "base64url").toString("latin1");
  if (!/^[A-Za-z0-9_-]{20}:1:ci$/.test(decoded)) return null;
  return { start: end - 34, end, raw };
}
var ACCESS_TOKEN_TAIL = /-[A-Za-z0-9]{28,48}/g;
function checkAccessToken(text, start, end) {
  const before = text[start - 1];
  if (before !== void 0 && /[A-Za-z0-9_\-.\/+]/.test(before) && !isPercentEscapeEnd(text, start) && !isEscapeEnd(text, start)) return null;
  const after = text[end];
  if (after !== void 0 && /[A-Za-z0-9_\-+\/]/.test(after)) return null;
  const raw = text.slice(start, end);
  if (raw.length < 48 || raw.length > 50) return null;
  const dash = raw.indexOf("-");
  const userId = raw.slice(0, dash);
  const random = raw.slice(dash + 1);
  if (!ALNUM.test(random) || !looksRandom(random)) return null;
  return { start, end, raw, userId };
}
function looksRandom(value) {
  return looksRandomCodes(codesOf(value), 0, value.length);
}
function looksRandomCodes(codes, start, end) {
  const n = end - start;
  let lower = false;
  let upper = false;
  let hexOnly = n > 0;
  let same = 1;
  let counting = 1;
  const seen = [0, 0, 0, 0, 0, 0, 0, 0];
  let distinct = 0;
  for (let i = start; i < end; i++) {
    const c = codes[i];
    if (c >= 97 && c <= 122) {
      lower = true;
      if (c > 102) hexOnly = false;
    } else if (c >= 65 && c <= 90) {
      upper = true;
      if (c > 70) hexOnly = false;
    } else if (c < 48 || c > 57) hexOnly = false;
    if (i > start) {
      const prev = codes[i - 1];
      same = c === prev ? same + 1 : 1;
      counting = c === prev + 1 ? counting + 1 : 1;
      if (same >= 4 || counting >= 6) return false;
    }
    const bit = 1 << (c & 31);
    if ((seen[c >> 5] & bit) === 0) {
      seen[c >> 5] |= bit;
      distinct++;
    }
  }
  if (!lower || !upper || hexOnly) return false;
  if (distinct < Math.min(12, Math.floor(n * 0.45))) return false;
  return wordShareCodes(codes, start, end) < WORDLIKE_SHARE;
}
var WORDLIKE_SHARE = 0.85;
function wordShareCodes(codes, start, end) {
  let inWords = 0;
  let i = start;
  while (i < end) {
    const c = codes[i];
    if (isUpperCode(c) || isLowerCode(c)) {
      let j = i;
      while (j < end && isUpperCode(codes[j])) j++;
      const capitals = j - i;
      if (capitals >= 1 && !(j < end && isLowerCode(codes[j]))) {
        i = j;
        continue;
      }
      let k = j;
      while (k < end && isLowerCode(codes[k])) k++;
      if (k - j >= 2) inWords += k - j + (capitals >= 1 ? 1 : 0);
      i = k;
    } else i++;
  }
  return end === start ? 0 : inWords / (end - start);
}
function isUpperCode(c) {
  return c >= 65 && c <= 90;
}
function isLowerCode(c) {
  return c >= 97 && c <= 122;
}
function isAlnumCode(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
}
function isTokenCharCode(c) {
  return isAlnumCode(c) || c === 43 || c === 47 || c === 37 || c === 95 || c === 45;
}
function isEscapeEnd(text, start) {
  return start >= 2 && text[start - 2] === "\\" && /[nrt]/.test(text[start - 1]);
}
function isPercentEscapeEnd(text, start) {
  return start >= 3 && text[start - 3] === "%" && /^[0-9A-Fa-f]{2}$/.test(text.slice(start - 2, start));
}

// src/detect/value.ts
var SEPARATORS = [":=", "=>", "<-", "||=", "||", "??", "%3D", "%3d", "=", ":", ",", "|", ">", "("];
var XML_NEXT_ELEMENT = /^<\/[\w:.-]+>\s*<[\w:.-]+>/;
var VALUE_CHAR = /[A-Za-z0-9_-]/;
var VALUE_END = /[\s"'`“”‘’«»,;)\]}&|\\<#%]/;
var CLOSING_QUOTE = { "\u201C": "\u201D", "\u201D": "\u201D", "\u2018": "\u2019", "\u2019": "\u2019", "\xAB": "\xBB", "\xBB": "\xBB", '"""': '"', "'''": "'" };
function skipInline(t, i, chars) {
  while (i < t.length && t[i] !== "\n" && chars.test(t[i])) i++;
  return i;
}
function skipOpener(t, i) {
  const m = /^[@rRbBuUfF]?("""|'''|["'`“”‘’«»])/.exec(t.slice(i, i + 4));
  if (m) return { i: i + m[0].length, quote: CLOSING_QUOTE[m[1]] ?? m[1].slice(0, 1) };
  return { i, quote: "" };
}
function restIsFiller(t, i) {
  for (; i < t.length && t[i] !== "\n"; i++) if (!/[\s"'`(\[{\\,|>]/.test(t[i])) return false;
  return true;
}
function readValueAfter(t, keyEnd, keyAloneOnLine2 = () => false) {
  let i = keyEnd;
  const aside = /^ ?\([A-Za-z0-9 _.-]{1,40}\)/.exec(t.slice(i, i + 44));
  if (aside) i += aside[0].length;
  const closed = skipInline(t, i, /["'`“”‘’\]\s]/);
  const keyQuoted = /["'`“”‘’]/.test(t.slice(i, closed));
  i = closed;
  let sep2 = "";
  const xml = XML_NEXT_ELEMENT.exec(t.slice(i, i + 80));
  if (xml) {
    sep2 = xml[0];
  } else {
    sep2 = SEPARATORS.find((candidate2) => t.startsWith(candidate2, i)) ?? "";
  }
  if (sep2 === "," && !keyQuoted) return null;
  if (sep2) i += sep2.length;
  else if (restIsFiller(t, i) && keyAloneOnLine2()) sep2 = "\n";
  else if (i === keyEnd || !/[ \t]/.test(t[i - 1] ?? "")) return null;
  i = skipInline(t, i, /[ \t]/);
  i = skipValueLabel(t, i);
  if (sep2 === ":") {
    const annotation = /^[A-Za-z_][\w.[\]]*\s*=\s*/.exec(t.slice(i, i + 40));
    if (annotation && !/^[A-Za-z0-9_-]{16,}\s*$/.test(annotation[0])) i += annotation[0].length;
  }
  const block = /^[|>][-+0-9]*[ \t]*(?=\n|$)/.exec(t.slice(i, i + 8));
  if (block) i += block[0].length;
  let opener = skipOpener(t, i);
  i = opener.i;
  if (opener.quote && t[i] === opener.quote) return null;
  const inner = /^ ["']/.exec(t.slice(i, i + 2));
  if (opener.quote && inner) i += 2;
  let hopped = false;
  for (let hops = 0; hops < 2 && !opener.quote && restIsFiller(t, i); hops++) {
    const nl = t.indexOf("\n", i);
    if (nl < 0) return null;
    i = skipValueLabel(t, skipInline(t, nl + 1, /[\s"'`(\[{\\,]/));
    hopped = true;
    if (/^[@rRbBuUfF]?["'`“‘«]/.test(t.slice(i, i + 2))) {
      opener = skipOpener(t, i);
      i = opener.i;
    }
  }
  const start = i;
  while (i < t.length && VALUE_CHAR.test(t[i])) i++;
  if (i === start) return null;
  if (i < t.length && !VALUE_END.test(t[i])) return null;
  if ((!sep2 || sep2 === "\n" || hopped && !opener.quote) && !/^[\s"'`,;)]*\/?>?[\s]*$/.test(lineRest(t, i)) && !(sep2 === "" && isFlag(t, keyEnd))) return null;
  return { start, end: i, value: t.slice(start, i) };
}
function skipValueLabel(t, i) {
  const label = /^value["']?\s*[:=]\s*/.exec(t.slice(i, i + 12));
  return label ? i + label[0].length : i;
}
function isFlag(t, keyEnd) {
  let s = keyEnd;
  while (s > 0 && /[A-Za-z0-9_-]/.test(t[s - 1])) s--;
  return t.startsWith("--", s) && (s === 0 || /\s/.test(t[s - 1]));
}
function lineRest(t, i) {
  const nl = t.indexOf("\n", i);
  return t.slice(i, nl < 0 ? t.length : nl);
}

// src/detect/windows.ts
var MIN_VALUE = 16;
var MAX_VALUE = 54;
var CONTEXT_REACH = 600;
var VALUE_CHAR2 = new Uint8Array(256);
for (let c = 0; c < 128; c++) {
  const lower = c | 32;
  if (c >= 48 && c <= 57 || lower >= 97 && lower <= 122 || c === 95 || c === 45) VALUE_CHAR2[c] = 1;
}
var ANCHOR_RUN = 20;
function valueRuns(codes) {
  const seeds = [];
  const long = [];
  const n = codes.length;
  let lastEnd = 0;
  for (let i = MIN_VALUE - 1; i < n; ) {
    if (VALUE_CHAR2[codes[i]] === 0 || VALUE_CHAR2[codes[i - 8]] === 0 && i + 8 < n && VALUE_CHAR2[codes[i + 8]] === 0) {
      i += MIN_VALUE;
      continue;
    }
    let start = i;
    while (start > lastEnd && VALUE_CHAR2[codes[start - 1]] === 1) start--;
    let end = i + 1;
    while (end < n && VALUE_CHAR2[codes[end]] === 1) end++;
    const len = end - start;
    if (len >= ANCHOR_RUN) long.push(start, end);
    if (len >= MIN_VALUE && len <= MAX_VALUE && randomish(codes, start, end) && mayHoldValue(codes, start, end)) seeds.push(start, end);
    lastEnd = end;
    i = end + MIN_VALUE;
  }
  return { seeds, long };
}
function mayHoldValue(codes, start, end) {
  let n = 0;
  for (let k = start; k < end; k++) if (codes[k] !== 45 && codes[k] !== 95) BARE[n++] = codes[k];
  if (looksRandomCodes(BARE, 0, n)) return true;
  const before = codes[start - 1];
  if (before === 92 && looksRandomCodes(BARE, 1, n) || before === 37 && looksRandomCodes(BARE, 2, n)) return true;
  if (n === end - start) return false;
  for (let from = start, k = start; k <= end; k++) {
    if (k < end && codes[k] !== 45 && codes[k] !== 95) continue;
    if (k - from >= MIN_VALUE && looksRandomCodes(codes, from, k)) return true;
    from = k + 1;
  }
  return false;
}
var BARE = new Uint8Array(MAX_VALUE);
function randomish(codes, start, end) {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let hexOnly = true;
  for (let k = start; k < end; k++) {
    const c = codes[k];
    if (c >= 65 && c <= 90) {
      upper++;
      if (c > 70) hexOnly = false;
    } else if (c >= 97 && c <= 122) {
      lower++;
      if (c > 102) hexOnly = false;
    } else if (c >= 48 && c <= 57) digit++;
  }
  return upper > 0 && lower > 0 && !hexOnly && (upper + digit) * 5 >= end - start;
}
function windowsAround(runs, before, after, limit) {
  const out = [];
  for (let k = 0; k < runs.length; k += 2) {
    const from = Math.max(0, runs[k] - before);
    const to = Math.min(limit, runs[k + 1] + after);
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}
function eachMatchIn(re, text, windows2, fn) {
  let resumeAt = 0;
  for (const [from, to] of windows2) {
    const start = Math.max(from, resumeAt);
    if (start >= to) continue;
    const slice = text.slice(start, Math.min(text.length, to + 64));
    re.lastIndex = 0;
    for (let m = re.exec(slice); m && m.index < to - start; m = re.exec(slice)) {
      const index = start + m.index;
      if (index < resumeAt) continue;
      const next = fn(index, m[0], m.slice(1));
      resumeAt = Math.max(typeof next === "number" ? next : 0, index + 1);
      if (resumeAt - start > re.lastIndex) re.lastIndex = resumeAt - start;
    }
  }
}

// src/detect/context.ts
var KEYWORD = /key|secret|token|(?:client|app)[_ -]?id|\b(?:value|default)\b/gi;
var NAME_CHAR = /[A-Za-z0-9_.$@-]/;
var MAX_NAME = 80;
var IDENT_TAIL = /[A-Za-z0-9_]/;
function fitValue(value, rules, c) {
  if (c.placeholders.test(value)) return [];
  const fits = [];
  for (const rule of rules) {
    const spec = rule.context;
    if (!spec) continue;
    if (spec.charset === "alnum" ? !/^[A-Za-z0-9]+$/.test(value) : !/^[A-Za-z0-9_-]+$/.test(value)) continue;
    if (!looksRandom(value.replace(/[-_]/g, ""))) continue;
    const modern = spec.modernLengths.includes(value.length);
    const legacy = !!spec.legacyRange && value.length >= spec.legacyRange[0] && value.length <= spec.legacyRange[1];
    if (modern || legacy) fits.push({ rule, modern });
  }
  return fits.sort((a, b) => Number(b.modern) - Number(a.modern));
}
function findByContext(text, c, ev, structural, windows2) {
  const out = [];
  let contradicted = false;
  let oauth1Words;
  const speaksOAuth1 = () => oauth1Words ??= /oauth1|client_key|resource_owner|OAuth1/.test(text);
  let doneUntil = 0;
  eachMatchIn(KEYWORD, text, windows2, (index, keyword) => {
    if (index < doneUntil) return;
    let s = index;
    while (s > 0 && index - s < MAX_NAME && NAME_CHAR.test(text[s - 1])) s--;
    let e = index + keyword.length;
    while (e < text.length && e - index < MAX_NAME && IDENT_TAIL.test(text[e])) e++;
    doneUntil = e;
    const nameStart = s;
    const value = readValueAfter(text, e, () => keyAloneOnLine(text, extendOverSpacedWords(text, nameStart), e));
    if (!value || value.value.length < 16 || value.value.length > 52) return;
    s = extendOverSpacedWords(text, s);
    const name = text.slice(s, e);
    let words = splitWords(name);
    let match = matchRole(words, c.names);
    if (!match) return;
    if (text[s - 1] === "<" && name === "key") return;
    if (match.role.words.length === 1 || match.label) {
      const owner = labelOwner(text, s) ?? ev.parentChain(s)[0];
      const qualified = owner ? matchRole([...owner, ...match.label ? [] : words], c.names) : null;
      if (qualified && (match.label || qualified.role.words.length > 1) && phraseFits(qualified.role.words.join(" "), value.value, c)) {
        words = [...owner, ...match.label ? [] : words];
        match = qualified;
      }
    }
    if (match.label) return;
    const phrase = match.role.words.join(" ");
    if (phrase === "client id" && PKCE_CONTEXT.test(lineAround(text, value.start))) return;
    const phraseRules = c.names.filter((n) => n.words.join(" ") === phrase).map((n) => c.set.byId.get(n.ruleId));
    const fits = fitValue(value.value, phraseRules, c);
    const specific = c.names.some((n) => n.strength === "specific" && n.words.join(" ") === phrase);
    if (fits.length === 0) {
      if (specific && looksRandom(value.value)) contradicted = true;
      return;
    }
    const parents = ev.parents(s);
    if (match.prefix.some((w) => c.otherServices.has(w)) && !wordsShowX(match.prefix)) return;
    if (parents.some((w) => c.otherServices.has(w)) && !wordsShowX(parents)) return;
    const fit = chooseFit(fits, match.role.words, { siblingToken: () => SIBLING_TOKEN.test(linesAround(text, value.start, 1)), speaksOAuth1 });
    const local = wordsShowX(match.prefix) || nameHasXPrefix(name) || wordsShowX(parents);
    const cand = candidate(fit, value.start, value.end, value.value, "name", specific, local);
    if (match.role.words.length === 1) cand.bareWord = true;
    out.push(cand);
  });
  findSdkCalls(text, c, ev, windows2, out);
  if (windows2.some(([from, to]) => PAIR_WORDS.test(text.slice(from, to)))) findPairs(text, c, out, windows2, () => ev.file);
  if (windows2.length && text.includes("twurl")) findTwurlFlags(text, c, out);
  if (windows2.length && text.includes("<bean")) findSpringBeans(text, c, out);
  for (const s of structural) {
    if (s.ruleId !== "twitter-access-token" && s.ruleId !== "twitter-bearer-token") continue;
    findNearStructural(text, s, c, out);
  }
  if (out.some((c2) => c2.ruleId === "twitter-consumer-key")) {
    const consumerSecret = c.byRole.get("consumer-secret");
    for (const cand of out) {
      if (cand.ruleId === "twitter-oauth2-client-secret" && /^[A-Za-z0-9]+$/.test(cand.secret)) {
        const fit = fitValue(cand.secret, [consumerSecret], c)[0];
        if (fit) Object.assign(cand, { ruleId: consumerSecret.id, modern: fit.modern });
      }
    }
  }
  return { candidates: out, contradicted };
}
function candidate(fit, start, end, secret, via, specific, local) {
  return { ruleId: fit.rule.id, start, end, secret, via, specific, localEvidence: local, modern: fit.modern, details: {} };
}
function phraseFits(phrase, value, c) {
  return fitValue(value, c.names.filter((n) => n.words.join(" ") === phrase).map((n) => c.set.byId.get(n.ruleId)), c).length > 0;
}
function findSdkCalls(text, c, ev, windows2, out) {
  eachSdkCall(text, c.sdkCalls, windows2, (index, name, argsFrom) => {
    const call = c.sdkRoles.get(name);
    const args = splitArguments(text, argsFrom, !c.sdkCalls.named.has(name));
    const roles = call.rolesWhenUrlFirst && args[0] && /^["'`]https?:/.test(args[0].text) ? call.rolesWhenUrlFirst : call.roles;
    const found = [];
    args.forEach((arg, k) => {
      const rule = roles[k] ? c.byRole.get(roles[k]) : void 0;
      if (!rule?.context) return;
      const lit = /^[@rRbBuUfF]?(["'`])([A-Za-z0-9_-]+)\1$/.exec(arg.text.replace(/\\\s*\n\s*/g, "").trim());
      const fit = lit ? fitValue(lit[2], [rule], c)[0] : void 0;
      if (!fit) return;
      const start = arg.start + arg.text.indexOf(lit[2]);
      found.push(candidate(fit, start, start + lit[2].length, lit[2], "sdk", true, true));
    });
    if (found.length === 0) return;
    const qualifier = text.slice(Math.max(0, index - 12), index);
    if (call.generic && !/tweepy\.|twitter\.|Twitter/.test(qualifier) && !ev.file) return;
    for (const f of found) out.push(f);
  });
}
function eachSdkCall(text, calls, windows2, fn) {
  for (const [from, to] of windows2) {
    const limit = Math.min(text.length, to + 64);
    for (let p = text.indexOf("(", from); p >= 0 && p < limit; p = text.indexOf("(", p + 1)) {
      let e = p;
      while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
      let s = e;
      while (s > 0 && isWordChar(text.charCodeAt(s - 1))) s--;
      if (s === e || s < from || s >= to) continue;
      const name = text.slice(s, e);
      if (calls.named.has(name)) fn(s, name, p + 1);
    }
  }
  for (const literal of calls.literal) {
    for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
      if (!isWordChar(text.charCodeAt(at - 1)) && windows2.some(([from, to]) => at >= from && at < to)) fn(at, literal, at + literal.length);
    }
  }
}
function isWordChar(c) {
  return isAlnumCode(c) || c === 95;
}
function isSpace(c) {
  return c >= 9 && c <= 13 || c === 32 || c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
function labelOwner(text, at) {
  const before = text.slice(Math.max(0, at - 300), at);
  const m = /["']?([A-Za-z0-9_.-]+)["']?\s*[:=]\s*\{[^{}]*$/.exec(before.slice(before.lastIndexOf("\n") + 1));
  return m ? splitWords(m[1]) : null;
}
function chooseFit(fits, phrase, hints) {
  if (fits.length === 1) return fits[0];
  const byRole = (role) => fits.find((f) => f.rule.role === role);
  const client = byRole("client-secret");
  const consumer = byRole("consumer-secret");
  if (client && consumer) return phrase.includes("client") && !hints.speaksOAuth1() ? client : consumer;
  const tokenSecret = byRole("access-token-secret");
  if (tokenSecret && consumer && !tokenSecret.modern && !consumer.modern) return hints.siblingToken() ? tokenSecret : consumer;
  return fits[0];
}
var SIBLING_TOKEN = /^\s*["']?token["']?\s*[:=]/im;
function linesAround(text, offset, n) {
  const floor = Math.max(0, offset - LINE_REACH);
  const seg = text.slice(floor, Math.min(text.length, offset + LINE_REACH));
  const at = offset - floor;
  let from = seg.lastIndexOf("\n", at - 1);
  for (let k = 0; k < n && from >= 0; k++) from = seg.lastIndexOf("\n", from - 1);
  let to = seg.indexOf("\n", at);
  for (let k = 0; k < n && to >= 0; k++) to = seg.indexOf("\n", to + 1);
  return seg.slice(from + 1, to < 0 ? seg.length : to);
}
var LINE_REACH = 2e3;
var PKCE_CONTEXT = /response_type|code_challenge|redirect_uri|oauth2\/authorize|grant_type=authorization_code/;
function lineAround(text, offset) {
  return linesAround(text, offset, 0);
}
function keyAloneOnLine(text, s, e) {
  if (!/^[\s:]*(\n|$)/.test(text.slice(e, e + 4))) return false;
  for (let i = s - 1; i >= 0 && text[i] !== "\n"; i--) if (!/[\s#*>-]/.test(text[i])) return false;
  return true;
}
function extendOverSpacedWords(text, s) {
  for (let words = 0; words < 3; words++) {
    if (text[s - 1] !== " " || !/[A-Za-z]/.test(text[s - 2] ?? "")) break;
    let w = s - 1;
    while (w > 0 && /[A-Za-z0-9]/.test(text[w - 1])) w--;
    if (s - 1 - w > 20) break;
    s = w;
  }
  return s;
}
function splitArguments(text, from, untilEndOfLine = false) {
  const args = [];
  let depth = 0;
  let quote = "";
  let argStart = from;
  const limit = Math.min(text.length, from + 3e3);
  const flush2 = (end) => {
    const raw = text.slice(argStart, end);
    const lead = raw.length - raw.trimStart().length;
    args.push({ start: argStart + lead, text: raw.trim() });
  };
  for (let i = from; i < limit; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = "";
      continue;
    }
    if (ch === '"' || ch === "'" || ch === "`") quote = ch;
    else if (ch === "\n" && untilEndOfLine && depth === 0) {
      flush2(i);
      return args;
    } else if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]" || ch === "}") {
      if (depth === 0) {
        flush2(i);
        return args;
      }
      depth--;
    } else if (ch === "," && depth === 0) {
      flush2(i);
      argStart = i + 1;
    }
  }
  return args;
}
var PAIR_CONTEXT = /oauth2\/token|curl|twurl|--user|\s-u\s|Basic /;
var PAIR_WORDS = new RegExp(`${PAIR_CONTEXT.source}|6MTpjaQ:`);
var CLIENT_PAIR = /(?<![A-Za-z0-9_-])([A-Za-z0-9_-]{27}6MTpjaQ):([A-Za-z0-9_-]{50})(?![A-Za-z0-9_-])/g;
var BASIC = /Basic\s+([A-Za-z0-9+/]{56,104}={0,2})(?![A-Za-z0-9+/=])/y;
function findPairs(text, c, out, windows2, showsX) {
  const key = c.byRole.get("consumer-key");
  const secret = c.byRole.get("consumer-secret");
  const add = (k, s, kStart, sStart, kLen, sLen) => {
    const kFit = fitValue(k, [key], c)[0];
    const sFit = fitValue(s, [secret], c)[0];
    if (!kFit || !sFit) return;
    out.push(candidate(kFit, kStart, kStart + kLen, k, "pair", true, true));
    out.push(candidate(sFit, sStart, sStart + sLen, s, "pair", true, true));
  };
  CLIENT_PAIR.lastIndex = 0;
  for (let m = text.includes("6MTpjaQ:") ? CLIENT_PAIR.exec(text) : null; m; m = CLIENT_PAIR.exec(text)) {
    const fit = fitValue(m[2], [c.byRole.get("client-secret")], c)[0];
    const start = m.index + m[1].length + 1;
    if (fit) out.push(candidate(fit, start, start + m[2].length, m[2], "pair", true, true));
  }
  eachPair(text, windows2, (index, k, v) => {
    if (!PAIR_CONTEXT.test(linesAround(text, index, 2)) || !showsX()) return;
    add(k, v, index, index + k.length + 1, k.length, v.length);
  });
  for (let at = text.indexOf("Basic"); at >= 0; ) {
    BASIC.lastIndex = at;
    const m = BASIC.exec(text);
    if (!m) {
      at = text.indexOf("Basic", at + 5);
      continue;
    }
    at = text.indexOf("Basic", at + m[0].length);
    const decoded = /^([A-Za-z0-9]{18,25}):([A-Za-z0-9]{35,50})$/.exec(Buffer.from(m[1], "base64").toString("latin1"));
    if (!decoded || !showsX()) continue;
    const start = m.index + m[0].length - m[1].length;
    add(decoded[1], decoded[2], start, start, m[1].length, m[1].length);
  }
}
function eachPair(text, windows2, fn) {
  let resumeAt = 0;
  for (const [from, to] of windows2) {
    const limit = Math.min(text.length, to + 64);
    for (let colon = text.indexOf(":", Math.max(from, resumeAt)); colon >= 0 && colon < limit; colon = text.indexOf(":", colon + 1)) {
      let s = colon;
      while (s > 0 && isAlnumCode(text.charCodeAt(s - 1))) s--;
      if (colon - s < 18 || colon - s > 25 || s < Math.max(from, resumeAt) || s >= to || PAIR_BEFORE.includes(text[s - 1])) continue;
      let e = colon + 1;
      while (e < text.length && isAlnumCode(text.charCodeAt(e))) e++;
      if (e - colon - 1 < 35 || e - colon - 1 > 50 || PAIR_AFTER.includes(text[e])) continue;
      fn(s, text.slice(s, colon), text.slice(colon + 1, e));
      resumeAt = e;
    }
  }
}
var PAIR_BEFORE = "_-+/.";
var PAIR_AFTER = "_-+/";
var TWURL_FLAG = /(?:^|\s)-([csS])\s+["']?([A-Za-z0-9]{18,50})(?![A-Za-z0-9])/g;
var TWURL_ROLE = { c: "consumer-key", s: "consumer-secret", S: "access-token-secret" };
function findTwurlFlags(text, c, out) {
  for (let at = text.indexOf("twurl"); at >= 0; at = text.indexOf("twurl", at + 5)) {
    const lineEnd = text.indexOf("\n", at);
    const line = text.slice(at, lineEnd < 0 ? text.length : lineEnd);
    TWURL_FLAG.lastIndex = 0;
    for (let m = TWURL_FLAG.exec(line); m; m = TWURL_FLAG.exec(line)) {
      const fit = fitValue(m[2], [c.byRole.get(TWURL_ROLE[m[1]])], c)[0];
      const start = at + m.index + m[0].length - m[2].length;
      if (fit) out.push(candidate(fit, start, start + m[2].length, m[2], "sdk", true, true));
    }
  }
}
var SPRING_BEAN = /<bean\b[^>]{0,300}?class="[^"]{0,200}?\.(TwitterConnectionFactory|TwitterTemplate)"[^>]{0,300}>([\s\S]{0,1500}?)<\/bean>/y;
function findSpringBeans(text, c, out) {
  for (let at = text.indexOf("<bean"); at >= 0; at = text.indexOf("<bean", at + 5)) {
    SPRING_BEAN.lastIndex = at;
    const m = SPRING_BEAN.exec(text);
    if (!m) continue;
    const roles = c.sdkRoles.get(m[1])?.roles ?? [];
    const bodyStart = m.index + m[0].length - m[2].length - "</bean>".length;
    const arg = /<constructor-arg\b[^>]*\bvalue="([A-Za-z0-9_-]+)"/g;
    let k = 0;
    for (let a = arg.exec(m[2]); a; a = arg.exec(m[2]), k++) {
      const rule = c.byRole.get(roles[k] ?? "");
      const fit = rule?.context ? fitValue(a[1], [rule], c)[0] : void 0;
      if (!fit) continue;
      const start = bodyStart + a.index + a[0].length - a[1].length - 1;
      out.push(candidate(fit, start, start + a[1].length, a[1], "sdk", true, true));
    }
  }
}
var NEAR_WINDOW_LINES = 6;
var NEAR_WINDOW_CHARS = 3e3;
var BARE2 = /(?<![A-Za-z0-9_\-+/=.$%])([A-Za-z0-9]{25}|[A-Za-z0-9]{45}|[A-Za-z0-9]{50})(?![A-Za-z0-9_\-+/=.])/g;
function findNearStructural(text, anchor, c, out) {
  const floor = Math.max(0, anchor.start - NEAR_WINDOW_CHARS);
  const seg = text.slice(floor, Math.min(text.length, anchor.end + NEAR_WINDOW_CHARS));
  let from = anchor.start - floor;
  for (let n = 0; n <= NEAR_WINDOW_LINES && from > 0; n++) from = seg.lastIndexOf("\n", from - 1);
  let to = anchor.end - floor;
  for (let n = 0; n <= NEAR_WINDOW_LINES && to >= 0; n++) to = seg.indexOf("\n", to + 1);
  from = floor + Math.max(0, from + 1);
  to = to < 0 ? floor + seg.length : floor + to;
  const window = text.slice(from, to);
  const roleByLength = { 25: "consumer-key", 45: "access-token-secret", 50: "consumer-secret" };
  BARE2.lastIndex = 0;
  for (let m = BARE2.exec(window); m; m = BARE2.exec(window)) {
    const value = m[1];
    if (!/[0-9]/.test(value)) continue;
    const rule = c.byRole.get(roleByLength[value.length]);
    const fit = fitValue(value, [rule], c)[0];
    if (fit) out.push(candidate(fit, from + m.index, from + m.index + value.length, value, "near", true, true));
  }
}

// src/detect/structural.ts
var BEARER_ANCHOR = "AAAAAAAAAAAAAAAAAAAA";
var OAUTH2_TOKEN_LENGTH = 91;
var CLIENT_ID_LENGTH = 34;
var ACCESS_TOKEN_MIN_RUN = 29;
function findStructural(text, runs) {
  const out = [];
  const push = (ruleId, start, end, secret, details) => {
    out.push({ ruleId, start, end, secret, via: "structure", specific: true, localEvidence: true, modern: true, details });
  };
  let bearerEnd = 0;
  for (let k = 0; k < runs.length; k += 2) {
    const from = runs[k];
    const to = runs[k + 1];
    const run2 = text.slice(from, to);
    for (let r = run2.indexOf(BEARER_ANCHOR, Math.max(0, bearerEnd - from)); r >= 0; ) {
      const token = decodeBearerAt(text, from + r);
      if (token) {
        push("twitter-bearer-token", token.start, token.end, token.raw, { appId: token.appId, encoded: token.encoded, tailLength: String(token.tailLength) });
        bearerEnd = token.end;
        break;
      }
      let next = r + BEARER_ANCHOR.length;
      while (run2.charCodeAt(next) === 65) next++;
      r = run2.indexOf(BEARER_ANCHOR, next);
    }
    if (to - from >= OAUTH2_TOKEN_LENGTH) {
      for (let j = run2.indexOf("OjE", 4); j >= 0; j = run2.indexOf("OjE", j + 3)) {
        const suffix = run2.slice(j - 4, j + 3);
        if (!OAUTH2_TOKEN_SUFFIXES.includes(suffix)) continue;
        const token = decodeOAuth2TokenEndingAt(text, from + j + 3);
        if (!token || token.type === "ac") continue;
        const ruleId = token.type === "at" ? "twitter-oauth2-access-token" : "twitter-oauth2-refresh-token";
        push(ruleId, token.start, token.end, token.raw, { issuedAt: new Date(token.issuedAt).toISOString() });
      }
    }
    if (to - from >= CLIENT_ID_LENGTH) {
      for (let i = run2.indexOf(OAUTH2_CLIENT_ID_SUFFIX); i >= 0; i = run2.indexOf(OAUTH2_CLIENT_ID_SUFFIX, i + 7)) {
        const id = decodeClientIdEndingAt(text, from + i + OAUTH2_CLIENT_ID_SUFFIX.length);
        if (id) push("twitter-oauth2-client-id", id.start, id.end, id.raw, {});
      }
    }
    if (to - from >= ACCESS_TOKEN_MIN_RUN && run2.includes("-")) {
      ACCESS_TOKEN_TAIL.lastIndex = 0;
      for (let m = ACCESS_TOKEN_TAIL.exec(run2); m; m = ACCESS_TOKEN_TAIL.exec(run2)) {
        const dash = from + m.index;
        let start = dash;
        while (start > from && dash - start < 19 && text.charCodeAt(start - 1) >= 48 && text.charCodeAt(start - 1) <= 57) start--;
        while (start < dash && text[start] === "0") start++;
        if (start === dash) continue;
        const token = checkAccessToken(text, start, dash + m[0].length);
        if (token) push("twitter-access-token", token.start, token.end, token.raw, { userId: token.userId });
      }
    }
  }
  return out;
}

// src/detect/detect.ts
var OAUTH2_ACCESS_TOKEN_LIFETIME_MS = 2 * 60 * 60 * 1e3;
function sha256(value) {
  return crypto().createHash("sha256").update(value).digest("hex");
}
function detect(text, path, rules, options) {
  const runs = valueRuns(options.codes ?? codesOf(text));
  const structural = findStructural(text, runs.long);
  const seeds = mergeSorted(runs.seeds, basicHeaders(text));
  let candidates = [];
  let norm = text;
  let normLines;
  if (seeds.length || structural.length) {
    const windows2 = windowsAround(seeds, CONTEXT_REACH, 64, text.length);
    norm = normaliseWindows(text, windows2);
    const lines = () => normLines ??= new LineIndex(norm, options.byteText);
    const ev = new Evidence(rules, norm, path, lines, structural.map((s) => s.start), options.externalEvidence);
    const context = findByContext(norm, rules, ev, structural, windows2);
    const ordered = [...context.candidates].sort((a, b) => a.start - b.start);
    candidates = ordered.filter((cand, k) => acceptContext(cand, k, ev, context.contradicted, ordered, lines()));
  }
  const chosen = dedupe([...structural, ...candidates]);
  let knownExamples = 0;
  let original = norm === text ? normLines : void 0;
  const findings = [];
  const hasClientSecret = chosen.some((f) => f.ruleId === "twitter-oauth2-client-secret");
  for (const cand of chosen) {
    const hashed = cand.ruleId === "twitter-bearer-token" ? cand.details.encoded : cand.secret;
    const digest = sha256(hashed);
    if (rules.documentationExamples.has(digest)) {
      knownExamples++;
      continue;
    }
    const rule = rules.set.byId.get(cand.ruleId);
    const { encoded: _encoded, tailLength, ...details } = cand.details;
    let status = "leak";
    if (cand.ruleId === "twitter-bearer-token" && (rules.publicBearers.has(digest) || tailLength === "42")) {
      status = "public-client";
    } else if (cand.ruleId === "twitter-oauth2-access-token") {
      const issued = Date.parse(details.issuedAt);
      if (options.now - issued > OAUTH2_ACCESS_TOKEN_LIFETIME_MS) status = "expired";
    } else if (cand.ruleId === "twitter-oauth2-client-id" && !hasClientSecret) {
      status = "client-id";
    }
    const blocking = status === "leak";
    const { line, column } = (original ??= new LineIndex(text, options.byteText)).position(cand.start);
    const finding = {
      ruleId: cand.ruleId,
      start: cand.start,
      end: cand.end,
      line,
      column,
      secret: cand.secret,
      canonical: hashed,
      blocking,
      severity: blocking ? rule.severity : status === "client-id" ? "info" : "low",
      status,
      details
    };
    const marker = allowMarker(text, original, line, cand.start, cand.end, rules.allowMarkers);
    if (marker) finding.allowedBy = marker;
    findings.push(finding);
  }
  findings.sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId));
  return { findings, knownExamples };
}
function acceptContext(cand, k, ev, contradicted, all, lines) {
  if (cand.localEvidence) return true;
  if (!cand.specific && ev.otherServiceNear(cand.start)) return false;
  if (cand.specific) return cand.modern && !contradicted || ev.file;
  if (cand.bareWord) return ev.near(cand.start, NEAR_LINES);
  if (ev.path || ev.near(cand.start, REGION_LINES)) return true;
  if (contradicted || !cand.modern) return false;
  const line = lines.lineOf(cand.start);
  for (const o of [...all.slice(Math.max(0, k - PAIR_NEIGHBOURS), k), ...all.slice(k + 1, k + 1 + PAIR_NEIGHBOURS)]) {
    if (o.modern && o.ruleId !== cand.ruleId && Math.abs(lines.lineOf(o.start) - line) <= PAIR_LINES) return true;
  }
  return false;
}
function mergeSorted(a, b) {
  if (b.length === 0) return a;
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || i < a.length && a[i] <= b[j]) out.push(a[i++], a[i++]);
    else out.push(b[j++], b[j++]);
  }
  return out;
}
function basicHeaders(text) {
  const at = [];
  for (let i = text.indexOf("Basic "); i >= 0; i = text.indexOf("Basic ", i + 6)) at.push(i, i + 120);
  return at;
}
var PAIR_LINES = 10;
var PAIR_NEIGHBOURS = 8;
function dedupe(cands) {
  const sorted = [...cands].sort((a, b) => a.start - b.start || VIA_RANK[a.via] - VIA_RANK[b.via]);
  const out = [];
  for (const c of sorted) {
    const prev = out[out.length - 1];
    if (prev && c.start < prev.end && !(c.via === "pair" && prev.via === "pair" && c.ruleId !== prev.ruleId)) continue;
    out.push(c);
  }
  return out;
}
function allowMarker(text, lines, line, start, end, markers) {
  const content = text.slice(Math.max(lines.lineStart(line), start - 2e3), Math.min(lines.lineEnd(line), end + 2e3));
  return markers.find((m) => content.includes(m));
}

// src/scan/read-text.ts
import { isAscii } from "node:buffer";
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
var SIZES = { wholeLimit: 960 * 1024, windowBytes: 896 * 1024, overlapBytes: 64 * 1024 };
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
function notRegular() {
  return Object.assign(new Error("not a regular file"), { code: "ENOTREG" });
}
function classifyBytes(bytes, sizes = SIZES) {
  if (isBinary(bytes)) return { kind: "binary", size: bytes.length };
  if (bytes.length <= sizes.wholeLimit) {
    const decoded = decode(bytes);
    const codes = decoded.byteText ? bytes.subarray(bytes.length - decoded.text.length) : void 0;
    return { kind: "text", size: bytes.length, text: decoded.text, byteText: decoded.byteText, ...codes ? { codes } : {} };
  }
  return windowed(bytes.length, encodingOf(bytes), sizes.overlapBytes, function* () {
    for (let at = 0; at < bytes.length; at += sizes.windowBytes) yield bytes.subarray(at, at + sizes.windowBytes);
  });
}
var scratch = Buffer.alloc(0);
function readForScan(path) {
  const fd = openSync(path, OPEN_FLAGS);
  let handedOff = false;
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw notRegular();
    if (st.size > SIZES.wholeLimit) {
      const head = Buffer.alloc(BINARY_SNIFF_BYTES);
      const got2 = readSync(fd, head, 0, head.length, 0);
      if (isBinary(head.subarray(0, got2))) return { kind: "binary", size: st.size };
      handedOff = true;
      return windowed(st.size, encodingOf(head), SIZES.overlapBytes, () => fileChunks(fd), () => closeSync(fd));
    }
    if (scratch.length < st.size) scratch = Buffer.allocUnsafeSlow(Math.max(st.size, 64 * 1024));
    let got = 0;
    while (got < st.size) {
      const n = readSync(fd, scratch, got, st.size - got, got);
      if (n === 0) break;
      got += n;
    }
    return classifyBytes(scratch.subarray(0, got));
  } finally {
    if (!handedOff) closeSync(fd);
  }
}
function encodingOf(head) {
  return head[0] === 255 && head[1] === 254 ? "utf-16le" : head[0] === 254 && head[1] === 255 ? "utf-16be" : "utf-8";
}
function* fileChunks(fd) {
  const buf = Buffer.allocUnsafe(SIZES.windowBytes);
  for (let position = 0; ; ) {
    const bytesRead = readSync(fd, buf, 0, buf.length, position);
    if (bytesRead === 0) return;
    position += bytesRead;
    yield buf.subarray(0, bytesRead);
  }
}
function windowed(size, encoding, overlap, chunks, done) {
  const utf8 = encoding === "utf-8";
  return {
    kind: "windows",
    size,
    byteText: utf8,
    evidence: (test) => anyChunk(chunks, encoding, test),
    windows: function* () {
      try {
        yield* windows(utf8 ? byteWindowTexts(chunks, overlap) : decodedWindowTexts(chunks, encoding, overlap));
      } finally {
        done?.();
      }
    }
  };
}
function* textChunks(chunks, encoding) {
  if (encoding === "utf-8") {
    let first = true;
    for (const chunk of chunks()) {
      const bom = first && chunk[0] === 239 && chunk[1] === 187 && chunk[2] === 191;
      first = false;
      yield byteText(bom ? chunk.subarray(3) : chunk);
    }
    return;
  }
  const decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: false });
  for (const chunk of chunks()) yield decoder.decode(chunk, { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
}
function anyChunk(chunks, encoding, test) {
  let tail = "";
  for (const chunk of textChunks(chunks, encoding)) {
    if (test(tail + chunk)) return true;
    tail = chunk.slice(-64);
  }
  return false;
}
function* byteWindowTexts(chunks, overlap) {
  const bufs = [Buffer.alloc(0), Buffer.alloc(0)];
  let turn = 0;
  let prevEnd = 0;
  let carried = 0;
  let first = true;
  for (const chunk of chunks()) {
    const prev = bufs[turn];
    turn ^= 1;
    if (bufs[turn].length < carried + chunk.length) bufs[turn] = Buffer.allocUnsafe(carried + chunk.length);
    const buf = bufs[turn];
    prev.copy(buf, 0, prevEnd - carried, prevEnd);
    buf.set(chunk, carried);
    const bom = first && buf[0] === 239 && buf[1] === 187 && buf[2] === 191 ? 3 : 0;
    first = false;
    const end = carried + chunk.length;
    const carry = Math.min(overlap, end - bom);
    const dropEnd = end - carry;
    const newline = dropEnd > bom ? buf.lastIndexOf(10, dropEnd - 1) : -1;
    const bytes = buf.subarray(bom, end);
    yield {
      text: byteText(bytes),
      codes: bytes,
      carryChars: carry,
      afterReportChars: Math.floor(carry / 2),
      droppedTailColumns: characterStarts(buf.subarray(Math.max(bom, newline + 1), Math.max(bom, dropEnd)))
    };
    prevEnd = end;
    carried = carry;
  }
}
function characterStarts(bytes) {
  if (typeof isAscii === "function" && isAscii(bytes)) return bytes.length;
  let n = 0;
  for (let i = 0; i < bytes.length; i++) n += (bytes[i] & 192) === 128 ? 0 : 1;
  return n;
}
function* decodedWindowTexts(chunks, encoding, overlap) {
  let carry = "";
  for (const chunk of textChunks(chunks, encoding)) {
    const text = carry + chunk;
    const carryChars = Math.min(Math.floor(overlap / 2), text.length);
    const dropped = text.slice(0, text.length - carryChars);
    yield { text, carryChars, afterReportChars: Math.floor(carryChars / 2), droppedTailColumns: codePoints(dropped.slice(dropped.lastIndexOf("\n") + 1)) };
    carry = text.slice(text.length - carryChars);
  }
}
function* windows(texts) {
  let offset = 0;
  let lineBase = 0;
  let columnBase = 0;
  let reportFrom = 0;
  let pending = null;
  for (const next of texts) {
    if (pending !== null) {
      const { text, codes, carryChars, afterReportChars, droppedTailColumns } = pending;
      const reportUntil = Math.max(reportFrom, offset + text.length - afterReportChars);
      yield { text, ...codes ? { codes } : {}, offset, lineBase, columnBase, reportFrom, reportUntil };
      reportFrom = reportUntil;
      const dropped = text.slice(0, text.length - carryChars);
      const newlines = countNewlines(dropped);
      lineBase += newlines;
      columnBase = newlines > 0 ? droppedTailColumns : columnBase + droppedTailColumns;
      offset += dropped.length;
    }
    pending = next;
  }
  if (pending !== null) yield { text: pending.text, ...pending.codes ? { codes: pending.codes } : {}, offset, lineBase, columnBase, reportFrom, reportUntil: Number.POSITIVE_INFINITY };
}
function countNewlines(s) {
  let n = 0;
  for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) n++;
  return n;
}
function codePoints(s) {
  const lowSurrogates = s.match(/[\uDC00-\uDFFF]/g);
  return s.length - (lowSurrogates ? lowSurrogates.length : 0);
}

// src/scan/scan-blob.ts
async function scanBlob(blob, rules, now, sizes = SIZES) {
  const fsPath = blob.fsPath ?? blob.path;
  const read = blob.bytes ? classifyBytes(blob.bytes, sizes) : readForScan(fsPath);
  if (read.kind === "binary") return read;
  if (read.kind === "text") {
    const r = detect(read.text, blob.path, rules, { now, byteText: read.byteText, ...read.codes ? { codes: read.codes } : {} });
    return { kind: "scanned", size: read.size, findings: r.findings, knownExamples: r.knownExamples };
  }
  let evidence;
  const externalEvidence = () => evidence ??= read.evidence((chunk) => rules.evidence.test(chunk));
  const findings = [];
  let knownExamples = 0;
  for (const w of read.windows()) {
    const r = detect(w.text, blob.path, rules, { now, externalEvidence, byteText: read.byteText, ...w.codes ? { codes: w.codes } : {} });
    knownExamples += r.knownExamples;
    for (const f of r.findings) {
      const absolute = w.offset + f.start;
      if (absolute < w.reportFrom || absolute >= w.reportUntil) continue;
      findings.push({
        ...f,
        start: absolute,
        end: w.offset + f.end,
        column: f.line === 1 ? f.column + w.columnBase : f.column,
        line: f.line + w.lineBase
      });
    }
  }
  return { kind: "scanned", size: read.size, findings, knownExamples };
}

// src/scan/engine.ts
function toFindings(blob, detections, opts) {
  const ignorePath = opts.ignorePathOf(blob);
  const pathEntry = ignorePath === null ? void 0 : opts.filter.ignoredBy(ignorePath);
  return detections.map((d) => {
    const rule = opts.rules.set.byId.get(d.ruleId);
    const fp = fingerprint(d.ruleId, d.canonical);
    const f = {
      ruleId: d.ruleId,
      title: rule.title,
      file: blob.path,
      line: d.line,
      column: d.column,
      blocking: d.blocking,
      severity: d.severity,
      status: d.status,
      secret: d.secret,
      fingerprint: fp,
      group: "",
      details: d.details,
      ...blob.provenance ? { provenance: blob.provenance } : {}
    };
    const byFp = opts.ignoredFingerprints.get(fp);
    if (d.allowedBy) f.ignored = { by: `inline marker "${d.allowedBy}"` };
    else if (byFp) f.ignored = { by: `fingerprint (${IGNORE_FILE_NAME}:${byFp.line})`, ...byFp.reason ? { reason: byFp.reason } : {} };
    else if (pathEntry) f.ignored = { by: `path "${pathEntry.pattern}"`, ...pathEntry.reason ? { reason: pathEntry.reason } : {} };
    return f;
  });
}
var FILE_PROBLEMS = /* @__PURE__ */ new Set(["ENOENT", "EACCES", "EPERM", "ELOOP", "EISDIR", "ENOTDIR", "ENXIO", "ENOTREG"]);
async function scanBlobs(blobs, opts) {
  const stats = emptyStats();
  const warnings = [];
  const perBlob = [];
  const source = blobs[Symbol.iterator]();
  let cursor = 0;
  const worker = async () => {
    for (let next = source.next(); !next.done; next = source.next()) {
      const index = cursor++;
      const blob = next.value;
      if (!opts.filter.selected(blob.path)) {
        stats.excluded++;
        continue;
      }
      let scan;
      try {
        scan = opts.pool ? await opts.pool.scan({ path: blob.path, ...blob.bytes ? { bytes: blob.bytes } : { fsPath: blob.fsPath ?? blob.path }, now: opts.now }) : await scanBlob(blob, opts.rules, opts.now);
      } catch (err) {
        const code = err.code;
        if (opts.strict || !code || !FILE_PROBLEMS.has(code)) throw new ScanError(`could not scan ${blob.path}: ${code ?? err.message}`);
        stats.unreadable++;
        warnings.push(messages.unreadable(blob.path, code));
        continue;
      }
      if (!countScan(stats, scan)) continue;
      perBlob[index] = toFindings(blob, scan.findings, opts);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 1) }, worker));
  return { findings: groupPerFile(perBlob.filter(Boolean)), stats, warnings };
}

// src/sources/tree.ts
import { lstatSync as lstatSync2, realpathSync } from "node:fs";
import { readdir as readdir2, realpath, stat as stat2 } from "node:fs/promises";

// src/sources/walk.ts
import { lstat, lstatSync, readdir, readdirSync as readdirSync2, stat, statSync } from "node:fs";
var UTF8 = new TextDecoder("utf-8", { fatal: true });
function nameFromBytes(bytes) {
  try {
    return UTF8.decode(bytes);
  } catch {
    let out = "";
    for (const b of bytes) out += b < 128 ? String.fromCharCode(b) : String.fromCharCode(56320 + b);
    return out;
  }
}
function pathToBytes(path) {
  if (!/[\uDC80-\uDCFF]/.test(path)) return path;
  const parts = [];
  let run2 = "";
  for (const ch of path) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c >= 56448 && c <= 56575) {
      if (run2) parts.push(Buffer.from(run2, "utf8"));
      run2 = "";
      parts.push(Buffer.from([c - 56320]));
    } else run2 += ch;
  }
  if (run2) parts.push(Buffer.from(run2, "utf8"));
  return Buffer.concat(parts);
}
function displayName(path) {
  return path.replace(/[\uDC80-\uDCFF]/g, (ch) => `\\x${(ch.charCodeAt(0) - 56320).toString(16).toUpperCase()}`);
}
var FILE = 1;
var DIR = 2;
var LINK = 3;
var OTHER = 4;
var NamedDirent = class {
  name;
  type;
  constructor(d) {
    this.name = nameFromBytes(d.name);
    this.type = d.isFile() ? FILE : d.isDirectory() ? DIR : d.isSymbolicLink() ? LINK : OTHER;
  }
  isFile() {
    return this.type === FILE;
  }
  isDirectory() {
    return this.type === DIR;
  }
  isSymbolicLink() {
    return this.type === LINK;
  }
  isBlockDevice() {
    return false;
  }
  isCharacterDevice() {
    return false;
  }
  isFIFO() {
    return false;
  }
  isSocket() {
    return false;
  }
};
var named = (d) => new NamedDirent(d);
async function walkTree(dir, ignore, onEntry) {
  const { default: fg } = await import("./chunks/out-3M7ECX5Y.js");
  const unreadableDirs = [];
  const adapter = {
    readdir: (path, _opts, cb) => readdir(pathToBytes(path), { withFileTypes: true, encoding: "buffer" }, (err, dirents) => {
      if (err) {
        if (err.code !== "ENOENT") unreadableDirs.push(`${displayName(path)}: ${err.code}`);
        return cb(null, []);
      }
      cb(null, dirents.map(named));
    }),
    readdirSync: (path) => readdirSync2(pathToBytes(path), { withFileTypes: true, encoding: "buffer" }).map(named),
    lstat: (path, cb) => lstat(pathToBytes(path), cb),
    stat: (path, cb) => stat(pathToBytes(path), cb),
    lstatSync: (path) => lstatSync(pathToBytes(path)),
    statSync: (path) => statSync(pathToBytes(path))
  };
  await new Promise((resolve4, reject) => {
    fg.stream("**/*", { cwd: dir, dot: true, onlyFiles: false, followSymbolicLinks: false, ignore, objectMode: true, suppressErrors: true, unique: false, fs: adapter }).on("data", (e) => {
      if (e.dirent.isDirectory()) return;
      onEntry(e.path, e.dirent.isSymbolicLink() ? "symlink" : e.dirent.isFile() ? "file" : "other");
    }).once("error", (err) => reject(new ScanError(`cannot walk ${dir}: ${err.message}`))).once("end", resolve4);
  });
  return { unreadableDirs };
}

// src/sources/tree.ts
import { isAbsolute, join as join4, relative as relative2, resolve, sep } from "node:path";
var DEFAULT_WALK_EXCLUDES = [
  "**/node_modules/**",
  "**/.git/**",
  "**/.hg/**",
  "**/.svn/**",
  "**/bower_components/**",
  "**/.venv/**",
  "**/venv/**",
  "**/__pycache__/**",
  "**/.tox/**",
  "**/.mypy_cache/**",
  "**/.pytest_cache/**",
  "**/.next/cache/**"
];
async function resolveRoots(args, cwd2, useGit) {
  const roots = [];
  const seen = /* @__PURE__ */ new Set();
  const tops = /* @__PURE__ */ new Map();
  const topOf = (dir) => {
    if (!tops.has(dir)) tops.set(dir, workTreeTop(dir));
    return tops.get(dir);
  };
  for (const arg of args) {
    const abs = resolve(cwd2, arg);
    if (seen.has(abs)) continue;
    seen.add(abs);
    let st;
    try {
      st = await stat2(abs);
    } catch (err) {
      const code = err.code;
      throw new ScanError(code === "ENOENT" ? `no such file or directory: ${arg}` : `cannot read ${arg}: ${code ?? err.message}`);
    }
    const isDirectory = st.isDirectory();
    if (!isDirectory && !st.isFile()) throw new ScanError(`not a file or directory: ${arg}`);
    const gitTop = isDirectory && useGit ? await topOf(abs) : null;
    if (isDirectory) {
      try {
        await readdir2(abs);
      } catch (err) {
        throw new ScanError(`cannot read directory ${arg}: ${err.code ?? err.message}`);
      }
    }
    roots.push({ arg, abs, isDirectory, gitTop });
  }
  return roots;
}
var toSlash = (p) => sep === "\\" ? p.replace(/\\/g, "/") : p;
function displayPath(abs, root, cwd2, several) {
  if (!root.isDirectory) return toSlash(several || isAbsolute(root.arg) ? relative2(cwd2, abs) || root.arg : root.arg);
  return toSlash(relative2(several ? cwd2 : root.abs, abs));
}
async function listTree(roots, cwd2) {
  const listing = { size: 0, entries: [], warnings: [], symlinksSkipped: 0 };
  const several = roots.length > 1;
  const perRoot = [];
  for (const root of roots) {
    if (!root.isDirectory) {
      perRoot.push({ root, names: [], fromGit: false, rootReal: "" });
      listing.size++;
      continue;
    }
    const rootReal = await realpath(root.abs);
    if (root.gitTop) {
      const names2 = await listWorkTreeFiles(root.abs);
      perRoot.push({ root, names: names2, fromGit: true, rootReal });
      listing.size += names2.length;
      continue;
    }
    const names = [];
    const walked = await walkTree(root.abs, DEFAULT_WALK_EXCLUDES, (name, kind) => {
      if (kind === "file") names.push(name);
      else if (kind === "symlink") skipSymlink(listing, root, join4(root.abs, displayName(name)), pathToBytes(join4(root.abs, name)), rootReal, cwd2, several);
    });
    for (const d of walked.unreadableDirs) listing.warnings.push(`cannot read directory ${d}`);
    perRoot.push({ root, names, fromGit: false, rootReal });
    listing.size += names.length;
  }
  listing.entries = { [Symbol.iterator]: () => treeEntries(perRoot, listing, cwd2, several) };
  return listing;
}
function* treeEntries(perRoot, listing, cwd2, several) {
  const listed = several ? /* @__PURE__ */ new Set() : null;
  const fresh = (absText) => {
    if (!listed) return true;
    if (listed.has(absText)) return false;
    listed.add(absText);
    return true;
  };
  for (const { root, names, fromGit, rootReal } of perRoot) {
    if (!root.isDirectory) {
      if (fresh(root.abs)) yield { path: displayPath(root.abs, root, cwd2, several), fsPath: root.abs, absText: root.abs, root, explicit: true };
      continue;
    }
    for (const rel of names) {
      const name = typeof rel === "string" ? rel : nameFromBytes(rel);
      const relText = displayName(name);
      const absText = join4(root.abs, relText);
      const fsPath = relText === name ? absText : pathToBytes(join4(root.abs, name));
      if (fromGit) {
        let kind;
        try {
          const st = lstatSync2(fsPath);
          kind = st.isSymbolicLink() ? "symlink" : st.isFile() ? "file" : "other";
        } catch (err) {
          if (err.code !== "ENOENT") listing.warnings.push(`cannot read ${relText}: ${err.code}`);
          continue;
        }
        if (kind === "symlink") skipSymlink(listing, root, absText, fsPath, rootReal, cwd2, several);
        if (kind !== "file") continue;
      }
      if (fresh(absText)) yield { path: displayPath(absText, root, cwd2, several), fsPath, absText, root, explicit: false };
    }
  }
}
function skipSymlink(listing, root, absText, fsPath, rootReal, cwd2, several) {
  if (symlinkVerdict(fsPath, rootReal) === "broken") listing.warnings.push(`broken symlink: ${toSlash(relative2(several ? cwd2 : root.abs, absText))}`);
  listing.symlinksSkipped++;
}
function symlinkVerdict(fsPath, rootReal) {
  try {
    const target = realpathSync(fsPath);
    return target === rootReal || target.startsWith(rootReal + sep) ? "inside" : "outside";
  } catch {
    return "broken";
  }
}

// src/cli/args.ts
import { parseArgs } from "node:util";
function parseOptions(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f", default: "text" },
        staged: { type: "boolean", default: false },
        history: { type: "boolean", default: false },
        "history-range": { type: "string" },
        since: { type: "string" },
        baseline: { type: "string" },
        "write-baseline": { type: "string" },
        "github-event": { type: "boolean", default: false },
        force: { type: "boolean", default: false },
        output: { type: "string", short: "o" },
        "show-secrets": { type: "boolean", default: false },
        include: { type: "string", short: "i", multiple: true, default: [] },
        exclude: { type: "string", short: "e", multiple: true, default: [] },
        config: { type: "string", short: "c" },
        "no-git": { type: "boolean", default: false },
        "list-rules": { type: "boolean", default: false },
        explain: { type: "string" },
        verbose: { type: "boolean", short: "v", default: false },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", default: false }
      }
    });
  } catch (err) {
    throw new UsageError(err.message.split("\n")[0].replace(/\. To specify a positional.*$/, ""));
  }
  const v = parsed.values;
  if (parsed.positionals.some((p) => p === "")) throw new UsageError("an empty path was given");
  if ([...v.include, ...v.exclude].some((g) => g.trim() === "")) throw new UsageError("an empty glob was given to --include/--exclude");
  const color = v["no-color"] ? false : v.color ? true : void 0;
  const first = parsed.positionals[0];
  const command2 = first === "install" || first === "uninstall" ? first : "scan";
  const positionals = command2 === "scan" ? parsed.positionals : parsed.positionals.slice(1);
  if (command2 !== "scan" && positionals.length) throw new UsageError(`${command2} takes no paths (to scan a directory named ${command2}, use ./${command2})`);
  if (v.force && command2 !== "install") throw new UsageError("--force is an option of install");
  const history = v.history || v["history-range"] !== void 0 || v.since !== void 0;
  if (history && v.staged) throw new UsageError("--staged and --history are different scans: choose one");
  if (history && parsed.positionals.length) throw new UsageError("--history scans the repository in the current directory and takes no paths (use --history-range for a range)");
  return {
    command: command2,
    staged: v.staged,
    history,
    ...v["history-range"] !== void 0 ? { historyRange: v["history-range"] } : {},
    ...v.since !== void 0 ? { since: v.since } : {},
    force: v.force,
    ...v.baseline !== void 0 ? { baseline: v.baseline } : {},
    ...v["write-baseline"] !== void 0 ? { writeBaseline: v["write-baseline"] } : {},
    githubEvent: v["github-event"],
    // --staged without paths scans every staged file; with paths (lint-staged, pre-commit) only those.
    paths: positionals.length || v.staged ? positionals : ["."],
    format: v.format,
    ...v.output !== void 0 ? { output: v.output } : {},
    showSecrets: v["show-secrets"],
    include: v.include,
    exclude: v.exclude,
    ...v.config !== void 0 ? { config: v.config } : {},
    git: !v["no-git"],
    listRules: v["list-rules"],
    ...v.explain !== void 0 ? { explain: v.explain } : {},
    verbose: v.verbose,
    ...color !== void 0 ? { color } : {},
    help: v.help,
    version: v.version
  };
}

// src/git/blobs.ts
import { spawn as spawn2 } from "node:child_process";
var IN_FLIGHT_BYTES = 32 * 1024 * 1024;
function streamBlobs(cwd2, shas, onBlob, env = process.env, maxInFlight = 4) {
  return new Promise((resolve4, reject) => {
    if (shas.length === 0) return resolve4();
    const child = spawn2("git", ["cat-file", "--batch"], { cwd: cwd2, env, stdio: ["pipe", "pipe", "pipe"] });
    let headerBuf = Buffer.alloc(0);
    let body = null;
    let skipNewline = false;
    let failed = null;
    let inFlight = 0;
    let inFlightBytes = 0;
    let closed = false;
    let exitCode = null;
    const finish = () => {
      if (!closed || inFlight > 0) return;
      if (failed) reject(failed);
      else if (exitCode !== 0) reject(new ScanError(`git cat-file failed (exit code ${exitCode})`));
      else resolve4();
    };
    const fail = (err) => {
      failed ??= err instanceof Error ? err : new Error(String(err));
      child.kill();
    };
    const deliver = (sha, bytes) => {
      const size = bytes.length;
      const r = onBlob(sha, bytes);
      if (!(r instanceof Promise)) return;
      inFlight++;
      inFlightBytes += size;
      if (inFlight >= maxInFlight || inFlightBytes >= IN_FLIGHT_BYTES) child.stdout.pause();
      const done = () => {
        inFlight--;
        inFlightBytes -= size;
        if (inFlight < maxInFlight && inFlightBytes < IN_FLIGHT_BYTES) child.stdout.resume();
      };
      r.then(
        () => {
          done();
          finish();
        },
        (err) => {
          done();
          fail(err);
          finish();
        }
      );
    };
    child.stdout.on("data", (chunk) => {
      try {
        let d = chunk;
        while (d.length) {
          if (skipNewline) {
            skipNewline = false;
            d = d.subarray(1);
            continue;
          }
          if (!body) {
            const joined = headerBuf.length ? Buffer.concat([headerBuf, d]) : d;
            const nl = joined.indexOf(10);
            if (nl < 0) {
              headerBuf = Buffer.from(joined);
              return;
            }
            headerBuf = Buffer.alloc(0);
            const [sha, type, size] = joined.subarray(0, nl).toString("latin1").trim().split(" ");
            if (type === "missing" || size === void 0) throw new ScanError(`git object ${sha} is missing (corrupt repository?)`);
            body = { sha, size: Number(size), buf: Buffer.allocUnsafeSlow(Number(size)), filled: 0 };
            d = joined.subarray(nl + 1);
            if (body.size === 0) {
              deliver(body.sha, body.buf);
              body = null;
              skipNewline = true;
            }
            continue;
          }
          const n = Math.min(d.length, body.buf.length - body.filled);
          d.copy(body.buf, body.filled, 0, n);
          body.filled += n;
          d = d.subarray(n);
          if (body.filled === body.buf.length) {
            const done = body;
            body = null;
            skipNewline = true;
            deliver(done.sha, done.buf);
          }
        }
      } catch (err) {
        fail(err);
      }
    });
    child.on("error", (err) => reject(new ScanError(`cannot run git: ${err.message}`)));
    child.stdin.on("error", () => void 0);
    child.on("close", (code) => {
      closed = true;
      exitCode = code;
      finish();
    });
    child.stdin.end(shas.join("\n") + "\n");
  });
}

// src/git/history.ts
async function stashCommits(cwd2) {
  try {
    const out = (await gitBytes(["reflog", "show", "--format=%H", "refs/stash", "--"], cwd2)).toString("utf8");
    return out.split("\n").filter((l) => /^[0-9a-f]{40,64}$/.test(l));
  } catch {
    return [];
  }
}
async function reachableBlobs(cwd2, revs) {
  const listing = await gitBytes(["rev-list", "--objects", "--filter=object:type=blob", ...revs, "--"], cwd2);
  const paths = /* @__PURE__ */ new Map();
  let last = null;
  for (const line of listing.toString("utf8").split("\n")) {
    const m = /^([0-9a-f]{40,64})(?: (.*))?$/.exec(line);
    if (m) {
      last = m[2] !== void 0 ? m[1] : null;
      if (last && !paths.has(last)) paths.set(last, m[2]);
    } else if (last && line) {
      paths.set(last, `${paths.get(last)}
${line}`);
    }
  }
  const sizes = await batchCheck(cwd2, [...paths.keys()]);
  return [...paths].map(([sha, path]) => ({ sha, path, size: sizes.get(sha) ?? 0 }));
}
async function batchCheck(cwd2, shas) {
  const sizes = /* @__PURE__ */ new Map();
  if (shas.length === 0) return sizes;
  const out = await gitBytes(["cat-file", "--batch-check=%(objectname) %(objecttype) %(objectsize)"], cwd2, process.env, shas.join("\n") + "\n");
  for (const line of out.toString("latin1").split("\n")) {
    const [sha, type, size] = line.split(" ");
    if (type === "blob") sizes.set(sha, Number(size));
  }
  return sizes;
}
async function blobSightings(cwd2, revs, blobs) {
  const out = await gitBytes(
    ["log", "--raw", "-z", "--no-abbrev", "--no-renames", "--diff-merges=first-parent", "--format=%x01%H%x00%an <%ae>%x00%aI%x00%s", ...revs, "--"],
    cwd2
  );
  const seen = /* @__PURE__ */ new Map();
  let order = 0;
  for (const record of out.toString("utf8").split("").slice(1)) {
    const fields = splitNul(Buffer.from(record, "utf8")).map((b) => b.toString("utf8"));
    const [hash, author, date, subjectAndRest] = fields;
    if (!hash) continue;
    const commit = { hash, author: author ?? "", date: date ?? "", subject: (subjectAndRest ?? "").split("\n")[0] };
    order++;
    for (let i = 4; i < fields.length; i++) {
      const meta = /^\n?:(\d+) (\d+) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])/.exec(fields[i]);
      if (!meta) continue;
      const path = fields[i + 1] ?? "";
      i++;
      const newSha = meta[4];
      if (meta[5] !== "D" && blobs.has(newSha)) {
        const list = seen.get(newSha) ?? [];
        list.push({ commit, path, order });
        seen.set(newSha, list);
      }
    }
  }
  return seen;
}
async function headBlobs(cwd2) {
  try {
    const out = await gitBytes(["ls-tree", "-r", "-z", "--full-tree", "HEAD"], cwd2);
    const set = /* @__PURE__ */ new Set();
    for (const entry of splitNul(out)) {
      const m = /^\d+ blob ([0-9a-f]+)\t/.exec(entry.toString("latin1"));
      if (m) set.add(m[1]);
    }
    return set;
  } catch {
    return /* @__PURE__ */ new Set();
  }
}

// src/cli/settings.ts
import { join as join5, resolve as resolve2 } from "node:path";

// src/config/config-file.ts
import { readFileSync as readFileSync7 } from "node:fs";
var CONFIG_FILE_NAME = ".twitter-secrets.json";
function readConfigFile(file, required) {
  let raw;
  try {
    raw = readFileSync7(file, "utf8");
  } catch (err) {
    if (!required && err.code === "ENOENT") return null;
    throw new UsageError(`cannot read config file ${file}: ${err.message}`);
  }
  let data2;
  try {
    data2 = JSON.parse(raw.replace(/^\uFEFF/, ""));
  } catch (err) {
    throw new UsageError(`config file ${file} is not valid JSON: ${err.message}`);
  }
  if (data2 === null || typeof data2 !== "object" || Array.isArray(data2)) throw new UsageError(`config file ${file} must hold a JSON object ({ "include": [...], "exclude": [...] })`);
  const obj = data2;
  const list = (key) => {
    const v = obj[key] ?? [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) throw new UsageError(`config file ${file}: "${key}" must be a list of glob strings`);
    return v;
  };
  for (const key of Object.keys(obj)) {
    if (key !== "include" && key !== "exclude" && key !== "$schema") throw new UsageError(`config file ${file}: unknown key "${key}"`);
  }
  return { include: list("include"), exclude: list("exclude") };
}

// src/config/path-filter.ts
var optionsFor = (glob) => ({ dot: true, basename: !glob.includes("/") });
async function makePathFilter(include, exclude, ignoreGlobs) {
  if (include.length === 0 && exclude.length === 0 && ignoreGlobs.length === 0) {
    return { selected: () => true, ignoredBy: () => void 0 };
  }
  const { default: micromatch } = await import("./chunks/micromatch-WO3QB5JJ.js");
  const matchers = (globs) => globs.map((g) => {
    const glob = g.replace(/\/$/, "/**");
    return micromatch.matcher(glob, optionsFor(glob));
  });
  const inc = matchers(include);
  const exc = matchers(exclude);
  const ign = ignoreGlobs.map((e) => ({ e, m: matchers([e.pattern])[0] }));
  return {
    selected: (p) => (inc.length === 0 || inc.some((m) => m(p))) && !exc.some((m) => m(p)),
    ignoredBy: (p) => ign.find(({ m }) => m(p))?.e
  };
}

// src/cli/settings.ts
async function loadSettings(base, opts, cwd2, ignoreText) {
  const ignoreFile = join5(base, IGNORE_FILE_NAME);
  const ignore = ignoreText != null ? parseIgnoreFile(ignoreFile, ignoreText) : readIgnoreFile(ignoreFile);
  const config = opts.config ? readConfigFile(resolve2(cwd2, opts.config), true) : readConfigFile(join5(base, CONFIG_FILE_NAME), false);
  const filter = await makePathFilter([...opts.include, ...config?.include ?? []], [...opts.exclude, ...config?.exclude ?? []], ignore?.globs ?? []);
  return { ignore, filter };
}

// src/cli/scan-history.ts
var MAX_HISTORY_BLOB_BYTES = 64 * 1024 * 1024;
async function scanHistory(opts, rules, ctx) {
  sizeYoungGenerations();
  const cwd2 = ctx.cwd;
  let bare;
  let shallow;
  try {
    [bare, shallow] = (await gitBytes(["rev-parse", "--is-bare-repository", "--is-shallow-repository"], cwd2)).toString("utf8").split("\n").map((l) => l.trim() === "true");
  } catch (err) {
    if (err instanceof ScanError && /not a git repository/i.test(err.message)) throw new ScanError("not inside a git repository: --history scans a repository's commits");
    throw err;
  }
  const warnings = [];
  if (shallow) warnings.push(messages.history.shallow);
  const [top, stashes, anyRef] = await Promise.all([
    bare ? cwd2 : gitBytes(["rev-parse", "--show-toplevel"], cwd2).then((b) => b.toString("utf8").trim()),
    opts.historyRange ? [] : stashCommits(cwd2),
    opts.historyRange ? true : gitBytes(["for-each-ref", "--count=1", "--format=%(refname)"], cwd2).then((b) => b.length > 0)
  ]);
  if (!opts.historyRange && stashes.length === 0 && !anyRef) {
    return { findings: [], stats: emptyStats(), warnings: [...warnings, messages.history.noCommits] };
  }
  const revs = opts.historyRange ? opts.historyRange.split(/\s+/).filter(Boolean) : ["--all", ...stashes];
  if (opts.since) revs.push(`--since=${opts.since}`);
  const ignoreText = bare ? await gitBytes(["show", "HEAD:.twitter-secrets-ignore"], cwd2).then((b) => b.toString("utf8")).catch(() => null) : void 0;
  const { ignore, filter } = await loadSettings(top, opts, cwd2, ignoreText);
  const compiled = compileRules(rules);
  const stats = emptyStats();
  const workers = ctx.workerPath ? poolSize(ctx.env) : 0;
  const pool = workers > 0 ? new ScanPool(ctx.workerPath, workers) : null;
  const all = await reachableBlobs(cwd2, revs).catch(async (err) => {
    await pool?.close();
    throw err;
  });
  const wanted = all.filter((b) => {
    if (!filter.selected(b.path)) return stats.excluded++, false;
    if (b.size > MAX_HISTORY_BLOB_BYTES) return warnings.push(messages.history.tooBig(b.path, b.size)), false;
    return true;
  });
  const pathOf = new Map(wanted.map((b) => [b.sha, b.path]));
  const totalBytes = wanted.reduce((n, b) => n + b.size, 0);
  const progress = ctx.progress ? new Progress(ctx.progress, wanted.length, totalBytes) : null;
  const byBlob = /* @__PURE__ */ new Map();
  const scanner = wanted.length >= POOL_MIN_FILES ? pool : null;
  if (!scanner) await pool?.close();
  const now = ctx.now ?? Date.now();
  await streamBlobs(cwd2, wanted.map((b) => b.sha), (sha, bytes) => {
    progress?.tick(bytes.length);
    const path = pathOf.get(sha);
    return (scanner ? scanner.scan({ path, bytes, now }) : scanBlob({ path, bytes }, compiled, now)).then((scan) => {
      if (!countScan(stats, scan)) return;
      if (scan.findings.length) {
        byBlob.set(sha, toFindings({ path, bytes }, scan.findings, { rules: compiled, filter, ignoredFingerprints: ignore?.fingerprints ?? /* @__PURE__ */ new Map(), ignorePathOf: (b) => b.path }));
      }
    });
  }, process.env, scanner ? 32 * workers : 4).finally(() => scanner?.close());
  progress?.done();
  const findings = byBlob.size ? groupPerFile(groupBy(await attribute(cwd2, revs, byBlob), (f) => f.file).values()) : [];
  return { findings, stats, warnings };
}
async function attribute(cwd2, revs, byBlob) {
  const sightings = await blobSightings(cwd2, revs, new Set(byBlob.keys()));
  const atHead = await headBlobs(cwd2);
  const bySecret = /* @__PURE__ */ new Map();
  for (const [sha, list] of byBlob) {
    for (const f of list) {
      const key = `${f.ruleId}\0${f.fingerprint}`;
      const entry = bySecret.get(key) ?? { first: f, blobs: /* @__PURE__ */ new Set(), seen: [] };
      entry.blobs.add(sha);
      for (const s of sightings.get(sha) ?? []) entry.seen.push({ ...s, blob: sha, line: f.line, column: f.column });
      bySecret.set(key, entry);
    }
  }
  const out = [];
  for (const { first, blobs, seen } of bySecret.values()) {
    seen.sort((a, b) => a.commit.date.localeCompare(b.commit.date) || b.order - a.order);
    const intro = seen[0];
    const commits = [...new Map(seen.map((s) => [s.commit.hash, { hash: s.commit.hash, date: s.commit.date, path: s.path }])).values()];
    out.push({
      ...first,
      file: intro?.path ?? first.file,
      line: intro?.line ?? first.line,
      column: intro?.column ?? first.column,
      provenance: {
        introduced: intro ? { ...intro.commit, path: intro.path } : null,
        commits,
        presentAtHead: [...blobs].some((b) => atHead.has(b))
      }
    });
  }
  return out.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
var Progress = class {
  constructor(write, totalObjects, totalBytes) {
    this.write = write;
    this.totalObjects = totalObjects;
    this.totalBytes = totalBytes;
  }
  write;
  totalObjects;
  totalBytes;
  start = Date.now();
  last = 0;
  objects = 0;
  bytes = 0;
  tick(bytes) {
    this.objects++;
    this.bytes += bytes;
    const now = Date.now();
    if (now - this.start < 1e3 || now - this.last < 250) return;
    this.last = now;
    const secs = (now - this.start) / 1e3;
    const rate = this.bytes / secs;
    const eta = rate > 0 ? Math.max(0, (this.totalBytes - this.bytes) / rate) : 0;
    this.write(messages.history.progress(this.objects, this.totalObjects, rate / 1e6, eta));
  }
  done() {
    if (this.last) this.write(null);
  }
};

// src/git/staged.ts
import { existsSync as existsSync3 } from "node:fs";
import { dirname as dirname2, join as join6 } from "node:path";
async function topAndHead(cwd2, env) {
  const r = await gitRun(["rev-parse", "--show-toplevel", "--verify", "-q", "HEAD^{commit}"], cwd2, env);
  const lines = r.stdout.toString("utf8").split("\n").filter(Boolean);
  if (r.code === 0 && lines.length >= 2) return { top: lines[0], head: lines[1] };
  if (r.code === 1 && lines.length === 1) return { top: lines[0], head: null };
  if (/must be run in a work tree/.test(r.stderr)) throw new ScanError("--staged needs a work tree (this repository is bare)");
  if (/not a git repository/i.test(r.stderr)) throw new ScanError("not inside a git repository: --staged scans what the next commit will contain");
  throw new ScanError(`git rev-parse failed: ${r.stderr.trim().split("\n")[0] || `exit code ${r.code}`}`);
}
async function emptyTree(cwd2, env) {
  return (await gitBytes(["hash-object", "-t", "tree", "/dev/null"], cwd2, env)).toString("utf8").trim();
}
async function stagedTopAndChanges(cwd2, env, pathspecs) {
  const top = topOnDisk(cwd2, env);
  if (top) {
    const r = await gitRun(diffIndexArgs("HEAD", pathspecs), cwd2, diffEnv(env));
    if (r.code === 0) return { top, entries: parseRawDiff(r.stdout) };
  }
  const found = await topAndHead(cwd2, env);
  return { top: found.top, entries: await stagedChanges(cwd2, env, found.head, pathspecs) };
}
function topOnDisk(cwd2, env) {
  if (env.GIT_DIR || env.GIT_WORK_TREE || env.GIT_CEILING_DIRECTORIES) return null;
  for (let dir = cwd2; ; dir = dirname2(dir)) {
    if (existsSync3(join6(dir, ".git"))) return dir;
    if (dirname2(dir) === dir) return null;
  }
}
async function stagedChanges(cwd2, env, head, pathspecs) {
  const base = head ?? await emptyTree(cwd2, env);
  return parseRawDiff(await gitBytes(diffIndexArgs(base, pathspecs), cwd2, diffEnv(env)));
}
function diffIndexArgs(base, pathspecs) {
  const args = ["diff-index", "--cached", "-z", "--raw", "-M", "--no-ext-diff", base];
  if (pathspecs.length) args.push("--", ...pathspecs);
  return args;
}
var diffEnv = (env) => ({ ...env, GIT_LITERAL_PATHSPECS: "1" });
function parseRawDiff(out) {
  const entries = [];
  let i = 0;
  const field = () => {
    const end = out.indexOf(0, i);
    const f = out.subarray(i, end < 0 ? out.length : end);
    i = end < 0 ? out.length : end + 1;
    return f;
  };
  while (i < out.length) {
    const meta = field().toString("latin1");
    if (!meta.startsWith(":")) break;
    const [oldMode, newMode, oldSha, newSha, status] = meta.slice(1).split(" ");
    const first = field();
    if (status.startsWith("R") || status.startsWith("C")) {
      entries.push({ path: field(), oldPath: first, status: status[0], oldMode, newMode, oldSha, newSha });
    } else {
      entries.push({ path: first, status: status[0], oldMode, newMode, oldSha, newSha });
    }
  }
  return entries;
}

// src/sources/staged.ts
var REGULAR_FILE = /^100(644|755)$/;
async function stagedSource(cwd2, env, pathspecs) {
  const { top, entries } = await stagedTopAndChanges(cwd2, env, pathspecs);
  const files = [];
  for (const e of entries) {
    if (e.status === "D" || !REGULAR_FILE.test(e.newMode)) continue;
    files.push({ path: e.path.toString("utf8"), sha: e.newSha, ...e.status !== "A" && REGULAR_FILE.test(e.oldMode) ? { previousSha: e.oldSha } : {} });
  }
  return { top, files, skipped: entries.length - files.length };
}
function streamStaged(cwd2, env, files, onFile, onPrevious) {
  const bySha = groupBy(files, (f) => f.sha);
  const previous = [...new Set(files.flatMap((f) => f.previousSha && !bySha.has(f.previousSha) ? [f.previousSha] : []))];
  return streamBlobs(cwd2, [...bySha.keys(), ...previous], async (sha, bytes) => {
    const staged = bySha.get(sha);
    if (!staged) return onPrevious(sha, bytes);
    for (const f of staged) await onFile(f, bytes);
  }, env);
}

// src/cli/scan-staged.ts
async function scanStaged(opts, rules, ctx) {
  const source = await stagedSource(ctx.cwd, ctx.env, opts.paths);
  const { ignore, filter } = await loadSettings(source.top, opts, ctx.cwd);
  const compiled = compileRules(rules);
  const stats = emptyStats();
  stats.symlinksSkipped = source.skipped;
  const selected = source.files.filter((f) => filter.selected(f.path) || (stats.excluded++, false));
  const perFile = /* @__PURE__ */ new Map();
  const previousBytes = /* @__PURE__ */ new Map();
  await streamStaged(ctx.cwd, ctx.env, selected, async (file, bytes) => {
    let scan;
    try {
      scan = await scanBlob({ path: file.path, bytes }, compiled, ctx.now ?? Date.now());
    } catch (err) {
      throw new ScanError(`could not scan staged ${file.path}: ${err.code ?? err.message}`);
    }
    if (!countScan(stats, scan)) return;
    const blob = { path: file.path, bytes };
    perFile.set(file, toFindings(blob, scan.findings, { rules: compiled, filter, ignoredFingerprints: ignore?.fingerprints ?? /* @__PURE__ */ new Map(), ignorePathOf: (b) => b.path }));
  }, (sha, bytes) => {
    if (bytes.length <= PREVIOUS_HELD_BYTES) previousBytes.set(sha, bytes);
  });
  const findings = groupPerFile(selected.flatMap((file) => perFile.has(file) ? [perFile.get(file)] : []));
  await markAlreadyCommitted(findings, new Map(selected.filter((f) => f.previousSha).map((f) => [f.path, f.previousSha])), previousBytes, ctx);
  return { findings, stats, warnings: [] };
}
var PREVIOUS_HELD_BYTES = 8 * 1024 * 1024;
async function markAlreadyCommitted(findings, previous, held, ctx) {
  const suspects = findings.filter((f) => f.blocking && !f.ignored && previous.has(f.file));
  if (suspects.length === 0) return;
  const bySha = groupBy(suspects, (f) => previous.get(f.file));
  const check = (sha, bytes) => {
    const utf16 = bytes[0] === 255 || bytes[0] === 254;
    const haystack = utf16 ? Buffer.from(decode(bytes).text, "utf8") : bytes;
    for (const f of bySha.get(sha)) {
      if (!haystack.includes(f.secret)) continue;
      f.blocking = false;
      f.status = "already-committed";
      f.severity = "medium";
    }
  };
  for (const [sha, bytes] of held) if (bySha.has(sha)) check(sha, bytes);
  const missing = [...bySha.keys()].filter((sha) => !held.has(sha));
  if (missing.length) await streamBlobs(ctx.cwd, missing, check, ctx.env);
}

// src/cli/run.ts
var EXIT = { clean: 0, blocking: 1, error: 2 };
var POOL_MIN_FILES = 200;
function poolSize(env) {
  const forced = env.SCAN_TWITTER_SECRETS_WORKERS;
  if (forced !== void 0 && /^\d+$/.test(forced)) return Number(forced);
  return Math.max(1, Math.min(os().availableParallelism(), 4));
}
var version;
function toolVersion() {
  if (version) return version;
  try {
    return version = JSON.parse(readFileSync8(join7(packageRoot(), "package.json"), "utf8")).version;
  } catch {
    return "unknown";
  }
}
async function run(argv, ctx) {
  try {
    return await runUnchecked(argv, ctx);
  } catch (err) {
    const known = err instanceof UsageError || err instanceof ScanError || err instanceof RuleError;
    const msg = known ? err.message : `internal error: ${err?.message ?? String(err)}`;
    return { exitCode: EXIT.error, stdout: "", stderr: messages.error(msg.split("\n")[0]) + "\n" };
  }
}
async function runUnchecked(argv, ctx) {
  const opts = parseOptions(argv);
  if (opts.githubEvent) {
    const scan = readGithubEvent(ctx.env);
    if (scan.kind === "history") Object.assign(opts, { history: true, historyRange: scan.range });
  }
  if (opts.help) return { exitCode: 0, stdout: messages.usage + "\n", stderr: "" };
  if (opts.version) return { exitCode: 0, stdout: toolVersion() + "\n", stderr: "" };
  if (opts.command !== "scan") {
    const change = opts.command === "install" ? await installHook(ctx.cwd, opts.force, ctx.execPath ?? "node", ctx.binPath ?? join7(packageRoot(), "dist", "cli.js")) : await uninstallHook(ctx.cwd);
    return { exitCode: 0, stdout: change.lines.map((l) => `scan-twitter-secrets: ${l}`).join("\n") + "\n", stderr: "" };
  }
  if (!formats[opts.format]) throw new UsageError(messages.badFormat(opts.format, Object.keys(formats)));
  const rules = loadRules();
  if (opts.listRules) return { exitCode: 0, stdout: listRules(rules), stderr: "" };
  if (opts.explain !== void 0) return { exitCode: 0, stdout: explain(rules, opts.explain), stderr: "" };
  if (opts.staged && skippedByEnv(ctx.env)) return { exitCode: 0, stdout: "", stderr: messages.hook.skipped + "\n" };
  const result3 = opts.staged ? await scanStaged(opts, rules, ctx) : opts.history ? await scanHistory(opts, rules, ctx) : await scanTree(opts, rules, ctx);
  if (opts.baseline) {
    const stale = applyBaseline(result3.findings, readBaseline(resolve3(ctx.cwd, opts.baseline)));
    for (const e of stale) result3.warnings.push(messages.staleBaseline(e));
    result3.stats.staleBaseline = stale.length;
  }
  const hookText = opts.staged && opts.format === "text";
  const tty = (hookText ? ctx.stderrIsTTY : ctx.stdoutIsTTY) ?? false;
  const color = opts.output ? false : opts.color ?? (tty && !ctx.env.NO_COLOR);
  const report = {
    result: result3,
    rules,
    toolVersion: toolVersion(),
    scanned: opts.paths.join(" "),
    mode: opts.staged ? "staged" : opts.history ? "history" : "tree",
    showSecrets: opts.showSecrets,
    color,
    verbose: opts.verbose
  };
  if (opts.writeBaseline) {
    const n = writeBaseline(resolve3(ctx.cwd, opts.writeBaseline), result3.findings, toolVersion());
    return { exitCode: EXIT.clean, stdout: "", stderr: messages.baselineWritten(opts.writeBaseline, n) + "\n" };
  }
  const body = hookText ? formatHookText(report) : formats[opts.format](report);
  const exitCode = blockingCount(report) > 0 ? EXIT.blocking : EXIT.clean;
  if (opts.output) {
    const target = resolve3(ctx.cwd, opts.output);
    try {
      writeFileSync3(target, body);
    } catch (err) {
      throw new UsageError(messages.cannotWrite(opts.output, err.code ?? err.message));
    }
    const summary = body.trimEnd().split("\n").pop();
    return { exitCode, stdout: "", stderr: `${opts.format === "text" ? summary + "\n" : ""}${messages.reportWritten(opts.output)}
` };
  }
  return hookText ? { exitCode, stdout: "", stderr: body } : { exitCode, stdout: body, stderr: "" };
}
function skippedByEnv(env) {
  return (env.SKIP ?? "").split(",").map((s) => s.trim()).includes("scan-twitter-secrets");
}
async function scanTree(opts, rules, ctx) {
  sizeYoungGenerations();
  const roots = await resolveRoots(opts.paths, ctx.cwd, opts.git);
  const first = roots[0];
  const base = first.gitTop ?? (opts.git ? await workTreeTop(first.isDirectory ? first.abs : dirname3(first.abs)) : null) ?? (first.isDirectory ? first.abs : ctx.cwd);
  const { ignore, filter } = await loadSettings(base, opts, ctx.cwd);
  const listing = await listTree(roots, ctx.cwd);
  const workers = poolSize(ctx.env);
  const pool = listing.size >= POOL_MIN_FILES && ctx.workerPath && workers > 0 ? new ScanPool(ctx.workerPath, workers) : void 0;
  const result3 = await scanBlobs(listing.entries, {
    ...pool ? { pool, concurrency: 64 * workers } : {},
    rules: compileRules(rules),
    now: ctx.now ?? Date.now(),
    filter,
    ignoredFingerprints: ignore?.fingerprints ?? /* @__PURE__ */ new Map(),
    ignorePathOf: (blob) => {
      const rel = relative3(base, blob.absText);
      return rel.startsWith("..") || isAbsolute2(rel) ? null : rel.split("\\").join("/");
    }
  });
  await pool?.close();
  result3.stats.symlinksSkipped += listing.symlinksSkipped;
  result3.warnings = [...listing.warnings, ...result3.warnings];
  if (opts.git && roots.every((r) => !r.gitTop) && !await gitBytes(["--version"], ctx.cwd).then(() => true, () => false)) {
    result3.warnings.unshift(messages.noGit);
  }
  result3.findings.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column);
  return result3;
}
function listRules(set) {
  const rows = set.rules.map((r) => [r.id, r.detector === "oauth2-client-id" ? "with secret" : "yes", r.title]);
  const header = messages.ruleListHeader;
  const w0 = Math.max(header[0].length, ...rows.map((r) => r[0].length));
  const w1 = Math.max(header[1].length, ...rows.map((r) => r[1].length));
  return [header, ...rows].map((r) => `${r[0].padEnd(w0)}  ${r[1].padEnd(w1)}  ${r[2]}`).join("\n") + "\n";
}
function explain(set, id) {
  const rule = set.byId.get(id);
  if (!rule) throw new UsageError(messages.unknownRule(id));
  return [
    `${rule.id}: ${rule.title}`,
    "",
    rule.description,
    `Shape: ${rule.pattern}`,
    "",
    messages.howToFix,
    renderRemediation(remediationFor([rule.id], set), messages.revokeByApi)
  ].join("\n");
}

// src/bin.ts
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
}
var cwd;
try {
  cwd = process.cwd();
} catch {
  process.stderr.write("scan-twitter-secrets: the current directory no longer exists\n");
  process.exit(2);
}
var result2 = await run(process.argv.slice(2), {
  cwd,
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  execPath: process.execPath,
  binPath: fileURLToPath2(import.meta.url),
  workerPath: fileURLToPath2(new URL("./worker.js", import.meta.url)),
  ...process.stderr.isTTY ? { progress: (line) => process.stderr.write(line === null ? "\r\x1B[K" : `\r\x1B[K${line}`) } : {}
});
var flush = (stream, text) => new Promise((resolve4) => text ? stream.write(text, () => resolve4()) : resolve4());
await flush(process.stdout, result2.stdout);
await flush(process.stderr, result2.stderr);
process.exit(result2.exitCode);
