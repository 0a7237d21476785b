#!/usr/bin/env node
import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);
import {
  streamBlobs
} from "./chunks/chunk-ENBX6MNT.js";
import {
  compileRules,
  countScan,
  credentialSetOf,
  decode,
  emptyStats,
  groupBy,
  groupPerFile,
  loadSettings,
  noteSkip,
  pinTo,
  scanBlob,
  toFindings,
  workTreeOnDisk
} from "./chunks/chunk-SM7DNYHS.js";
import {
  messages
} from "./chunks/chunk-U7QM6QXS.js";
import "./chunks/chunk-6AQSPA53.js";
import {
  gitBytes,
  gitRun
} from "./chunks/chunk-4PGTO2JN.js";
import {
  ScanError,
  UsageError
} from "./chunks/chunk-F424BKOT.js";
import "./chunks/chunk-IWX5EYN5.js";

// src/bin.ts
import { fileURLToPath as fileURLToPath2 } from "node:url";

// src/cli/run.ts
import { writeFileSync } from "node:fs";
import { join as join3, resolve } from "node:path";

// src/report/mask.ts
function mask(secret) {
  if (secret.length <= 8) return "*".repeat(secret.length);
  return `${secret.slice(0, 4)}\u2026${secret.slice(-2)}`;
}
var BEYOND_C0 = "\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069";
var UNSAFE = new RegExp(`[\\u0000-\\u001f${BEYOND_C0}]`, "g");
var UNSAFE_IN_JSON = new RegExp(`[${BEYOND_C0}]`, "g");
var hex = (c, width) => c.charCodeAt(0).toString(16).padStart(width, "0");
function printable(data2) {
  return data2.replace(UNSAFE, (c) => c === "\n" ? "\\n" : c === "	" ? "\\t" : c.charCodeAt(0) < 256 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`);
}
function jsonText(doc) {
  return JSON.stringify(doc, null, 2).replace(UNSAFE_IN_JSON, (c) => `\\u${hex(c, 4)}`) + "\n";
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
function notices(r) {
  const pending = /* @__PURE__ */ new Map();
  for (const s of r.result.skipped) pending.set(s.reason, [...pending.get(s.reason) ?? [], s]);
  return r.result.warnings.map((text) => {
    const skip = pending.get(text)?.shift();
    return skip ? { text, skip } : { text };
  });
}

// src/report/github.ts
var GITHUB_ANNOTATION_LIMIT = 10;
var data = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var prop = (s) => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
function command(level, f, showSecrets) {
  const note = messages.statusNote[f.status];
  const value = printable(showSecrets ? f.secret : mask(f.secret));
  const title = `${f.title} (${f.ruleId})`;
  const onlyByChange = f.suppressedOnlyByRange ? ` ${printable(messages.range.onlyByChange(f.suppressedOnlyByRange.by))}.` : "";
  const msg = `${f.title} ${value} leaked${note ? ` \u2014 ${note}` : ""}.${onlyByChange} Regenerate it in the X developer console: scan-twitter-secrets --explain ${f.ruleId}`;
  return `::${level} file=${prop(printable(f.file))},line=${f.line},col=${f.column},title=${prop(title)}::${data(msg)}`;
}
function runWarning(n) {
  const title = n.skip ? messages.github.notScannedTitle : messages.github.warningTitle;
  return `::warning title=${prop(title)}::${data(printable(n.text))}`;
}
function formatGithub(r) {
  const findings = active(r);
  const errors = findings.filter((f) => f.blocking);
  const warnings = findings.filter((f) => !f.blocking);
  const runWarnings = notices(r);
  const shownRun = runWarnings.slice(0, GITHUB_ANNOTATION_LIMIT);
  const warningRoom = GITHUB_ANNOTATION_LIMIT - shownRun.length;
  const lines = [
    ...errors.slice(0, GITHUB_ANNOTATION_LIMIT).map((f) => command("error", f, r.showSecrets)),
    ...shownRun.map(runWarning),
    ...warnings.slice(0, warningRoom).map((f) => command("warning", f, r.showSecrets))
  ];
  const hidden = [...errors.slice(GITHUB_ANNOTATION_LIMIT), ...warnings.slice(warningRoom)];
  const hiddenRun = runWarnings.slice(GITHUB_ANNOTATION_LIMIT);
  if (hidden.length || hiddenRun.length) {
    const list = [...hidden.map((f) => `${printable(f.file)}:${f.line}:${f.column} ${f.ruleId}`), ...hiddenRun.map((n) => `warning: ${printable(n.text)}`)].join("\n");
    const title = hidden.length ? `${hidden.length} more X credential findings${hiddenRun.length ? ` and ${hiddenRun.length} more warnings` : ""}` : `${hiddenRun.length} more warnings`;
    lines.push(`::notice title=${prop(title)}::${data(`GitHub shows only ${GITHUB_ANNOTATION_LIMIT} annotations per level; the others:
${list}`)}`);
  }
  const skipped = r.result.skipped.length;
  lines.push(`scan-twitter-secrets: ${findings.length} finding(s), ${blockingCount(r)} blocking${skipped ? `, ${skipped} not scanned` : ""}`);
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
    ...f.suppressedOnlyByRange ? { suppressedOnlyByRange: f.suppressedOnlyByRange } : {},
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
    warnings: r.result.warnings,
    // What was not scanned, as data (each also one of the warnings): what --fail-on-skip counts.
    skipped: r.result.skipped.map((s2) => ({ kind: s2.kind, ...s2.path !== void 0 ? { path: s2.path } : {}, reason: s2.reason }))
  };
  return jsonText(doc);
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
function renderRemediation(blocks, indent = "  ") {
  const lines = [];
  for (const { remediation: r, ruleIds } of blocks) {
    lines.push(`${indent}${r.title}${ruleIds.length ? ` (${ruleIds.join(", ")})` : ""}`);
    r.regenerate.forEach((step, i) => lines.push(`${indent}  ${ruleIds.length ? `${i + 1}.` : "-"} ${step}`));
    if (r.revoke) lines.push(`${indent}  ${messages.revokeByApi} ${r.revoke}`);
    lines.push("");
  }
  return lines.join("\n");
}

// src/report/sarif.ts
var LEVEL = { high: "error", medium: "warning", low: "note", info: "note" };
var SECURITY_SEVERITY = { high: "9.0", medium: "6.5", low: "3.0", info: "1.0" };
var uri = (path) => path.split("/").map(encodeURIComponent).join("/");
function ruleDescriptor(rule, r) {
  const help = renderRemediation(remediationFor([rule.id], r.rules), "");
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
  const onlyByChange = f.suppressedOnlyByRange ? ` ${messages.range.onlyByChange(f.suppressedOnlyByRange.by)}.` : "";
  const text = `${f.title} ${r.showSecrets ? f.secret : mask(f.secret)}${note ? ` (${note})` : ""}.${onlyByChange} Regenerate it in the X developer console (see the rule's help).`;
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
function notification(n) {
  return {
    level: "warning",
    message: { text: n.text },
    ...n.skip ? { properties: { skipped: n.skip.kind, ...n.skip.path !== void 0 ? { path: n.skip.path } : {} } } : {}
  };
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
        // Warnings, and content not scanned, as SARIF's tool execution notifications: a viewer shows
        // that the run was incomplete, not only what it found.
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notices(r).map(notification) }],
        columnKind: "unicodeCodePoints",
        results: r.result.findings.map((f) => result(f, index.get(f.ruleId), r))
      }
    ]
  };
  return jsonText(doc);
}

// src/report/text.ts
function describeFinding(f, showSecrets) {
  const facts = Object.entries(f.details).map(([k, v]) => messages.details[k]?.(printable(v)) ?? `${k} ${printable(v)}`);
  const note = messages.statusNote[f.status];
  if (note) facts.push(note);
  const value = printable(showSecrets ? f.secret : mask(f.secret));
  return `${f.title}  ${value}${facts.length ? `  (${facts.join("; ")})` : ""}`;
}
function historyLine(f) {
  const p = f.provenance;
  if (!p || !("presentAtHead" in p)) return null;
  const parts = [];
  if (p.introduced) {
    const { hash, date, author, subject } = p.introduced;
    parts.push(messages.history.introduced({ hash: printable(hash), date: printable(date), author: printable(author), subject: printable(subject) }));
  }
  parts.push(messages.history.seenIn(p.commits?.length ?? 0), messages.history.atHead(p.presentAtHead ?? false));
  return parts.join("; ");
}
var warningLine = (w) => `warning: ${printable(w)}`;
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
    const onlyByChange = f.suppressedOnlyByRange ? [yellow(`          ${printable(messages.range.onlyByChange(f.suppressedOnlyByRange.by))}`)] : [];
    return [`  ${tag}  ${printable(f.file)}:${f.line}:${f.column}  ${describeFinding(f, r.showSecrets)}  ${dim(f.ruleId)}`, ...where ? [dim(`          ${where}`)] : [], ...onlyByChange];
  });
  for (const line2 of sections) out.push(line2);
  const leaked = findings.filter((f) => f.blocking);
  if (leaked.length) {
    if (r.mode === "history") out.push(bold(messages.history.remediationTitle));
    out.push(bold(messages.howToFix));
    out.push(renderRemediation(remediationFor(new Set(leaked.map((f) => f.ruleId)), r.rules)));
    const purge = r.rules.remediations.get("history");
    if (r.mode === "history" && purge) out.push(renderRemediation([{ remediation: purge, ruleIds: [] }]));
    out.push(dim(messages.falsePositive(leaked[0].fingerprint)));
    out.push("");
  }
  const ignored = ignoredFindings(r);
  if (r.verbose) {
    for (const f of ignored) out.push(dim(`  ignored  ${printable(f.file)}:${f.line}:${f.column}  ${f.ruleId}  by ${printable(f.ignored.by)}${f.ignored.reason ? ` \u2014 ${printable(f.ignored.reason)}` : ""}`));
  }
  for (const w of r.result.warnings) out.push(yellow(warningLine(w)));
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
    notScanned: r.result.skipped.length,
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
function findPackage() {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && existsSync(join(dir, "rules"))) {
      const pkg = JSON.parse(readFileSync(manifest, "utf8"));
      if (pkg.name === "scan-twitter-secrets") return cached = { dir, version: pkg.version ?? "unknown" };
    }
    dir = dirname(dir);
  }
  throw new Error("cannot find the scan-twitter-secrets package directory (rules/ missing?)");
}
function packageRoot() {
  return findPackage().dir;
}
function toolVersion() {
  return findPackage().version;
}

// src/rules/load.ts
var RuleError = class extends ScanError {
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
    out.push(renderRemediation(remediationFor(new Set(blocking.map((f) => f.ruleId)), r.rules, false)));
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
  for (const w of r.result.warnings) out.push(yellow(warningLine(w)));
  if (findings.length === 0 && r.result.warnings.length === 0 && !r.verbose) return "";
  const summary = messages.hook.summary(files, blocking.length || findings.length, blocking.length);
  out.push(blocking.length ? red(summary) : `scan-twitter-secrets: ${summary}`);
  return out.join("\n") + "\n";
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
        "no-inline-allow": { type: "boolean", default: false },
        force: { type: "boolean", default: false },
        output: { type: "string", short: "o" },
        "show-secrets": { type: "boolean", default: false },
        include: { type: "string", short: "i", multiple: true, default: [] },
        exclude: { type: "string", short: "e", multiple: true, default: [] },
        config: { type: "string", short: "c" },
        "no-git": { type: "boolean", default: false },
        "list-rules": { type: "boolean", default: false },
        explain: { type: "string" },
        "fail-on-skip": { type: "boolean", default: false },
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
    ...v["history-range"] !== void 0 ? { historyRevs: { flags: [], revs: rangeRevisions(v["history-range"]) } } : {},
    ...v.since !== void 0 ? { since: v.since } : {},
    force: v.force,
    ...v.baseline !== void 0 ? { baseline: v.baseline } : {},
    ...v["write-baseline"] !== void 0 ? { writeBaseline: v["write-baseline"] } : {},
    githubEvent: v["github-event"],
    inlineAllow: !v["no-inline-allow"],
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
    failOnSkip: v["fail-on-skip"],
    verbose: v.verbose,
    ...color !== void 0 ? { color } : {},
    help: v.help,
    version: v.version
  };
}
function rangeRevisions(range) {
  const revs = range.split(/\s+/).filter(Boolean);
  if (revs.length === 0) throw new UsageError("--history-range needs a revision range, e.g. main..feature");
  if (revs.some((r) => r.startsWith("-"))) throw new UsageError("--history-range takes revisions (e.g. main..feature ^v1.0), not git options");
  return revs;
}

// src/git/staged.ts
async function topAndHead(cwd2, env, pin) {
  const r = await gitRun([...pin, "rev-parse", "--show-toplevel", "--verify", "-q", "HEAD^{commit}"], cwd2, env);
  const lines = r.stdout.toString("utf8").split("\n").filter(Boolean);
  if (r.code === 0 && lines.length >= 2) return { top: lines[0], head: lines[1] };
  if (r.code === 1 && lines.length === 1) return { top: lines[0], head: null };
  if (/must be run in a work tree/.test(r.stderr)) throw new ScanError("--staged needs a work tree (this repository is bare)");
  if (/not a git repository/i.test(r.stderr)) throw new ScanError("not inside a git repository: --staged scans what the next commit will contain");
  throw new ScanError(`git rev-parse failed: ${r.stderr.trim().split("\n")[0] || `exit code ${r.code}`}`);
}
async function emptyTree(cwd2, env, pin) {
  return (await gitBytes([...pin, "hash-object", "-t", "tree", "--stdin"], cwd2, env, "")).toString("utf8").trim();
}
async function stagedTopAndChanges(cwd2, env, pathspecs) {
  const top = workTreeOnDisk(cwd2, env);
  const pin = top ? pinTo(top) : [];
  if (top) {
    const r = await gitRun([...pin, ...diffIndexArgs("HEAD", pathspecs)], cwd2, diffEnv(env));
    if (r.code === 0) return { top, pin, entries: parseRawDiff(r.stdout) };
  }
  const found = await topAndHead(cwd2, env, pin);
  return { top: found.top, pin, entries: await stagedChanges(cwd2, env, pin, found.head, pathspecs) };
}
async function stagedChanges(cwd2, env, pin, head, pathspecs) {
  const base = head ?? await emptyTree(cwd2, env, pin);
  return parseRawDiff(await gitBytes([...pin, ...diffIndexArgs(base, pathspecs)], cwd2, diffEnv(env)));
}
function diffIndexArgs(base, pathspecs) {
  const args = ["diff-index", "--cached", "-z", "--raw", "-M", "--no-ext-diff", "--no-textconv", base];
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
  const { top, pin, entries } = await stagedTopAndChanges(cwd2, env, pathspecs);
  const files = [];
  for (const e of entries) {
    if (e.status === "D" || !REGULAR_FILE.test(e.newMode)) continue;
    files.push({ path: e.path.toString("utf8"), sha: e.newSha, ...e.status !== "A" && REGULAR_FILE.test(e.oldMode) ? { previousSha: e.oldSha } : {} });
  }
  return { top, at: { cwd: cwd2, env, pin }, files, skipped: entries.length - files.length };
}
function streamStaged(at, files, onFile, onPrevious, onMissing) {
  const bySha = groupBy(files, (f) => f.sha);
  const previousPath = new Map(files.flatMap((f) => f.previousSha && !bySha.has(f.previousSha) ? [[f.previousSha, f.path]] : []));
  return streamBlobs(at, [...bySha.keys(), ...previousPath.keys()], async (sha, bytes) => {
    const staged = bySha.get(sha);
    if (!staged) return onPrevious(sha, bytes);
    for (const f of staged) await onFile(f, bytes);
  }, (sha) => onMissing(sha, bySha.get(sha)?.[0]?.path ?? previousPath.get(sha)));
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
  const notes = { warnings: [], skipped: [] };
  const absent = /* @__PURE__ */ new Set();
  const missing = (sha, path) => {
    if (absent.has(sha)) return;
    absent.add(sha);
    noteSkip(notes, "missing-object", messages.missingObject(sha, path), path);
    stats.unreadable++;
  };
  await streamStaged(source.at, selected, async (file, bytes) => {
    let scan;
    try {
      scan = await scanBlob({ path: file.path, bytes }, compiled, ctx.now ?? Date.now());
    } catch (err) {
      throw new ScanError(`could not scan staged ${file.path}: ${err.code ?? err.message}`);
    }
    if (!countScan(stats, scan)) return;
    const blob = { path: file.path, bytes };
    perFile.set(file, toFindings(blob, scan.findings, { rules: compiled, filter, ignoredFingerprints: ignore?.fingerprints ?? /* @__PURE__ */ new Map(), ignorePathOf: (b) => b.path, inlineAllow: opts.inlineAllow }));
  }, (sha, bytes) => {
    if (bytes.length <= PREVIOUS_HELD_BYTES) previousBytes.set(sha, bytes);
  }, missing);
  const findings = groupPerFile(selected.flatMap((file) => perFile.has(file) ? [perFile.get(file)] : []));
  await markAlreadyCommitted(findings, new Map(selected.filter((f) => f.previousSha).map((f) => [f.path, f.previousSha])), previousBytes, source.at, absent, missing);
  return { findings, stats, ...notes };
}
var PREVIOUS_HELD_BYTES = 8 * 1024 * 1024;
async function markAlreadyCommitted(findings, previous, held, at, absent, onMissing) {
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
  const again = [...bySha.keys()].filter((sha) => !held.has(sha) && !absent.has(sha));
  if (again.length) await streamBlobs(at, again, check, onMissing);
}

// src/cli/run.ts
var EXIT = { clean: 0, blocking: 1, error: 2 };
async function run(argv, ctx) {
  try {
    return await runUnchecked(argv, ctx);
  } catch (err) {
    const known = err instanceof UsageError || err instanceof ScanError;
    const msg = known ? err.message : `internal error: ${err?.message ?? String(err)}`;
    return { exitCode: EXIT.error, stdout: "", stderr: messages.error(printable(known ? msg : msg.split("\n")[0])) + "\n" };
  }
}
async function runUnchecked(argv, ctx) {
  const opts = parseOptions(argv);
  const eventWarnings = [];
  if (opts.githubEvent) {
    const { planEventScan } = await import("./chunks/github-event-NJTS4HR3.js");
    const plan = await planEventScan({ cwd: ctx.cwd, env: ctx.env, pin: [] });
    if (plan.range) Object.assign(opts, { history: true, historyRevs: plan.range.revs, suppressionBase: plan.range.base });
    eventWarnings.push(...plan.warnings);
  }
  if (opts.help) return { exitCode: 0, stdout: messages.usage + "\n", stderr: "" };
  if (opts.version) return { exitCode: 0, stdout: toolVersion() + "\n", stderr: "" };
  if (opts.command !== "scan") {
    const { installHook, uninstallHook } = await import("./chunks/hook-ZWT3O3TR.js");
    const change = opts.command === "install" ? await installHook(ctx.cwd, opts.force, ctx.execPath ?? "node", ctx.binPath ?? join3(packageRoot(), "dist", "cli.js")) : await uninstallHook(ctx.cwd);
    return { exitCode: 0, stdout: change.lines.map((l) => `scan-twitter-secrets: ${printable(l)}`).join("\n") + "\n", stderr: "" };
  }
  if (!formats[opts.format]) throw new UsageError(messages.badFormat(opts.format, Object.keys(formats)));
  if (opts.staged && skippedByEnv(ctx.env)) return { exitCode: 0, stdout: "", stderr: messages.hook.skipped + "\n" };
  const rules = loadRules();
  if (opts.listRules) return { exitCode: 0, stdout: listRules(rules), stderr: "" };
  if (opts.explain !== void 0) return { exitCode: 0, stdout: explain(rules, opts.explain), stderr: "" };
  const result3 = opts.staged ? await scanStaged(opts, rules, ctx) : opts.history ? await (await import("./chunks/scan-history-4CPDVBXE.js")).scanHistory(opts, rules, ctx) : await (await import("./chunks/scan-tree-4K4GWMS6.js")).scanTree(opts, rules, ctx);
  result3.warnings.unshift(...eventWarnings);
  const baselines = opts.baseline || opts.writeBaseline ? await import("./chunks/baseline-AHZ375CW.js") : null;
  if (opts.baseline) {
    const { applyBaseline, markChangeOnly, readBaseline } = baselines;
    const { workTreeFiles } = await import("./chunks/file-source-S5GPGOCK.js");
    const path = resolve(ctx.cwd, opts.baseline);
    const source = result3.baseFiles ?? workTreeFiles;
    const baseline = await readBaseline(path, source, !result3.baseFiles);
    const stale = baseline ? applyBaseline(result3.findings, baseline) : [];
    if (result3.baseFiles) {
      const mine = await readBaseline(path, workTreeFiles, false);
      if (mine) markChangeOnly(result3.findings, mine, `baseline ${opts.baseline}`);
      if (await source.read(path) !== await workTreeFiles.read(path)) result3.warnings.push(messages.range.changedFile(opts.baseline, opts.suppressionBase ?? null));
    }
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
    mode: opts.staged ? "staged" : opts.history ? "history" : "tree",
    showSecrets: opts.showSecrets,
    color,
    verbose: opts.verbose
  };
  const skipFatal = opts.failOnSkip && result3.skipped.length > 0 ? messages.failOnSkip(result3.skipped.length, printable(result3.skipped[0].reason)) + "\n" : "";
  if (opts.writeBaseline) {
    const n = baselines.writeBaseline(resolve(ctx.cwd, opts.writeBaseline), result3.findings, toolVersion());
    return { exitCode: skipFatal ? EXIT.error : EXIT.clean, stdout: "", stderr: messages.baselineWritten(printable(opts.writeBaseline), n) + "\n" + skipFatal };
  }
  const body = hookText ? formatHookText(report) : formats[opts.format](report);
  const exitCode = skipFatal ? EXIT.error : blockingCount(report) > 0 ? EXIT.blocking : EXIT.clean;
  if (opts.output) {
    const target = resolve(ctx.cwd, opts.output);
    try {
      writeFileSync(target, body);
    } catch (err) {
      throw new UsageError(messages.cannotWrite(opts.output, err.code ?? err.message));
    }
    const summary = body.trimEnd().split("\n").pop();
    return { exitCode, stdout: "", stderr: `${opts.format === "text" ? summary + "\n" : ""}${messages.reportWritten(printable(opts.output))}
${skipFatal}` };
  }
  return hookText ? { exitCode, stdout: "", stderr: body + skipFatal } : { exitCode, stdout: body, stderr: skipFatal };
}
function skippedByEnv(env) {
  return (env.SKIP ?? "").split(",").map((s) => s.trim()).includes("scan-twitter-secrets");
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
    renderRemediation(remediationFor([rule.id], set))
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
var flush = (stream, text) => new Promise((resolve2) => text ? stream.write(text, () => resolve2()) : resolve2());
await flush(process.stdout, result2.stdout);
await flush(process.stderr, result2.stderr);
process.exit(result2.exitCode);
