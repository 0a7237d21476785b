#!/usr/bin/env node
import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);
import {
  startBlobReader,
  streamBlobs
} from "./chunks/chunk-EPCHNHVL.js";
import {
  compileRules,
  countScan,
  emptyStats,
  ensureOwnership,
  loadSettings,
  noteSkip,
  pinTo,
  scanBlob,
  toFindings,
  workTreeOnDisk
} from "./chunks/chunk-G3WCBTID.js";
import "./chunks/chunk-5E2CRABT.js";
import "./chunks/chunk-NTAU5VCE.js";
import {
  gitBytes,
  gitRun
} from "./chunks/chunk-5P43BS47.js";
import "./chunks/chunk-NNIEF7NW.js";
import {
  packageRoot,
  remediationFor,
  renderRemediation,
  toolVersion
} from "./chunks/chunk-S7JUUK7B.js";
import {
  decode,
  groupBy,
  groupPerFile
} from "./chunks/chunk-E2QNPRUU.js";
import {
  jsonText,
  mask,
  printable
} from "./chunks/chunk-OLSDBNUR.js";
import {
  ScanError,
  UsageError,
  messages
} from "./chunks/chunk-OODIIGW4.js";
import "./chunks/chunk-IWX5EYN5.js";

// src/bin.ts
import { fileURLToPath } from "node:url";

// src/cli/main.ts
import { isatty } from "node:tty";

// src/cli/run.ts
import { join as join2, resolve as resolve2 } from "node:path";

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
function verificationCounts(findings) {
  const c = { live: 0, dead: 0, unknown: 0 };
  for (const f of findings) if (f.verification) c[f.verification.status]++;
  return c;
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
  const checked = f.verification ? ` ${printable(messages.verify.sarif(f.verification.status, f.verification.detail))}` : "";
  const msg = `${f.title} ${value} leaked${note ? ` \u2014 ${note}` : ""}.${onlyByChange}${checked} Regenerate it in the X developer console: scan-twitter-secrets --explain ${f.ruleId}`;
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
    ...f.provenance ? { provenance: f.provenance } : {},
    ...f.verification ? { verification: f.verification } : {}
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
      ...s.staleBaseline !== void 0 ? { staleBaseline: s.staleBaseline } : {},
      ...findings.some((f) => f.verification) ? { verification: verificationCounts(findings) } : {}
    },
    warnings: r.result.warnings,
    // What was not scanned, as data (each also one of the warnings): what --fail-on-skip counts.
    skipped: r.result.skipped.map((s2) => ({ kind: s2.kind, ...s2.path !== void 0 ? { path: s2.path } : {}, reason: s2.reason }))
  };
  return jsonText(doc);
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
  const checked = f.verification ? ` ${messages.verify.sarif(f.verification.status, f.verification.detail)}` : "";
  const text = `${f.title} ${r.showSecrets ? f.secret : mask(f.secret)}${note ? ` (${note})` : ""}.${onlyByChange}${checked} Regenerate it in the X developer console (see the rule's help).`;
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
    properties: { blocking: f.blocking, status: f.status, group: f.group || void 0, ...f.details, ...f.provenance ? { provenance: f.provenance } : {}, ...f.verification ? { verification: f.verification } : {} }
  };
  if (f.ignored) {
    out.suppressions = [{ kind: f.ignored.kind === "inline-marker" ? "inSource" : "external", justification: f.ignored.reason ?? f.ignored.by }];
    if (f.ignored.kind === "baseline") out.baselineState = "unchanged";
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
function verificationTag(f, color) {
  const v = f.verification;
  if (!v) return "";
  const tag = messages.verify.tag[v.status];
  const text = `${tag}${v.detail ? ` ${printable(v.detail)}` : ""}`;
  const style = v.status === "live" ? "41;97;1" : v.status === "dead" ? "2" : "33";
  return `  ${paint(color, style)(v.status === "live" ? text : `${tag} (${printable(v.detail)})`)}`;
}
function liveFirst(findings) {
  const live = findings.filter((f) => f.verification?.status === "live");
  if (live.length === 0) return findings;
  const liveFiles = new Set(live.map((f) => f.file));
  const liveSets = new Set(live.map((f) => `${f.file}\0${f.group}`));
  const fileOrder = /* @__PURE__ */ new Map();
  for (const f of findings) if (!fileOrder.has(f.file)) fileOrder.set(f.file, fileOrder.size);
  const key = (f) => [liveFiles.has(f.file) ? 0 : 1, fileOrder.get(f.file), liveSets.has(`${f.file}\0${f.group}`) ? 0 : 1];
  return findings.map((f, i) => ({ k: [...key(f), i], f })).sort((a, b) => {
    const j = a.k.findIndex((x, i) => x !== b.k[i]);
    return j < 0 ? 0 : a.k[j] - b.k[j];
  }).map(({ f }) => f);
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
        out.push(dim(`  credential set ${f.group.replace("set-", "#")}: ${messages.setTitle[f.set]}`));
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
  const findings = liveFirst(active(r));
  const out = [];
  const byFile = findingsByFile(findings);
  const sections = fileSections(byFile, findings, r, (f) => {
    const tag = f.blocking ? red("\u2716 leak") : yellow("\u26A0 warn");
    const where = historyLine(f);
    const onlyByChange = f.suppressedOnlyByRange ? [yellow(`          ${printable(messages.range.onlyByChange(f.suppressedOnlyByRange.by))}`)] : [];
    return [`  ${tag}  ${printable(f.file)}:${f.line}:${f.column}  ${describeFinding(f, r.showSecrets)}${verificationTag(f, r.color)}  ${dim(f.ruleId)}`, ...where ? [dim(`          ${where}`)] : [], ...onlyByChange];
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
  const checked = findings.filter((f) => f.verification);
  if (checked.length) out.push(messages.verify.summary(verificationCounts(checked)));
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
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
var RuleError = class extends ScanError {
};
var defaultRulesDir = () => join(packageRoot(), "rules");
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
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new RuleError(`${file}: ${err.message}`);
  }
}
function need(cond, file, field, what) {
  if (!cond) throw new RuleError(`${file}: field "${field}" ${what}`);
}
var RULE_FIELDS = {
  // id (load, reports), title/description (reports, SARIF, --list-rules), detector (load, --list-rules),
  // set (scan/engine.ts → scan/group.ts), role (SDK calls, context), severity (detect), remediation
  // (remediation/render.ts), pattern (load, rules-examples test), context (detect/context.ts),
  // examples (rules-examples test)
  rule: ["id", "title", "description", "detector", "set", "role", "severity", "remediation", "pattern", "context", "examples"],
  // all read by detect/context.ts fitValue() and compile.ts
  context: ["charset", "modernLengths", "legacyRange", "names"],
  name: ["words", "strength"],
  examples: ["positive", "negative"],
  // read by the rules-examples test (note: shown when the example fails)
  example: ["file", "text", "secret", "blocking", "note"]
};
function onlyKnown(obj, known, file, where) {
  for (const key of Object.keys(obj)) need(known.includes(key), file, where ? `${where}.${key}` : key, `is not a known field (known: ${known.join(", ")})`);
}
function validateRule(raw, file) {
  const r = raw;
  need(r && typeof r === "object", file, "(root)", "must be an object");
  onlyKnown(r, RULE_FIELDS.rule, file, "");
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
  if (r.detector === "context" || r.context !== void 0) {
    const c = r.context;
    need(c && typeof c === "object", file, "context", "is required for context rules");
    need(c.charset === "alnum" || c.charset === "base64url" || c.charset === "user-id", file, "context.charset", 'must be "alnum", "base64url" or "user-id"');
    need(Array.isArray(c.modernLengths) && c.modernLengths.length > 0, file, "context.modernLengths", "must list lengths");
    need(Array.isArray(c.names) && c.names.length > 0, file, "context.names", "must list role names");
    onlyKnown(c, RULE_FIELDS.context, file, "context");
    for (const n of c.names) {
      onlyKnown(n, RULE_FIELDS.name, file, "context.names");
      need(typeof n.words === "string" && /^[a-z0-9]+( [a-z0-9]+)*$/.test(n.words), file, "context.names.words", `must be lower-case words ("${n.words}")`);
      need(n.strength === "specific" || n.strength === "generic", file, "context.names.strength", 'must be "specific" or "generic"');
    }
  }
  const ex = r.examples;
  need(ex && Array.isArray(ex.positive) && ex.positive.length > 0, file, "examples.positive", "must hold at least one example");
  need(Array.isArray(ex.negative) && ex.negative.length > 0, file, "examples.negative", "must hold at least one example");
  onlyKnown(ex, RULE_FIELDS.examples, file, "examples");
  for (const e of [...ex.positive, ...ex.negative]) {
    onlyKnown(e, RULE_FIELDS.example, file, "examples");
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
  const rules = entries.filter((f) => /^twitter-.*\.json$/.test(f)).map((f) => validateRule(readJson(join(dir, f)), join(dir, f)));
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
  const remDir = join(dir, "remediation");
  for (const f of readdirSync(remDir).filter((x) => x.endsWith(".json")).sort()) {
    const rem = readJson(join(remDir, f));
    need(typeof rem.key === "string" && f === `${rem.key}.json`, join(remDir, f), "key", "must match the file name");
    need(Array.isArray(rem.regenerate) && rem.regenerate.length > 0, join(remDir, f), "regenerate", "must list steps");
    remediations.set(rem.key, rem);
  }
  for (const r of rules) {
    need(remediations.has(r.remediation), join(dir, `${r.id}.json`), "remediation", `names unknown remediation "${r.remediation}"`);
  }
  const vocabulary = readJson(join(dir, "context.json"));
  for (const call of vocabulary.sdkCalls) {
    for (const role of [...call.roles, ...call.rolesWhenUrlFirst ?? []]) {
      need(role === "" || roles.has(role), join(dir, "context.json"), `sdkCalls.${call.call}`, `names unknown role "${role}"`);
    }
  }
  return { rules, byId, remediations, vocabulary };
}

// src/rules/preloaded.ts
var preloaded;
var rulesForRun = () => preloaded?.rules ?? loadRules();
var compiledFor = (rules) => preloaded?.rules === rules ? preloaded.compiled : compileRules(rules);

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
      `  ${red("\u2716")} ${printable(f.file)}:${f.line}:${f.column}  ${describeFinding(f, r.showSecrets)}${verificationTag(f, r.color)}  ${dim(f.ruleId)}`
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
    for (const f of earlier) out.push(`  ${yellow("\u26A0")} ${printable(f.file)}:${f.line}:${f.column}  ${describeFinding(f, r.showSecrets)}${verificationTag(f, r.color)} \u2014 ${messages.hook.earlierNote}`);
    out.push("");
  }
  if (other.length) {
    out.push(yellow(messages.hook.warnings));
    for (const f of other) out.push(`  ${yellow("\u26A0")} ${printable(f.file)}:${f.line}:${f.column}  ${describeFinding(f, r.showSecrets)}${verificationTag(f, r.color)}`);
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
var MERGE_OPTIONS = /* @__PURE__ */ new Set(["format", "output", "help", "version"]);
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
        verify: { type: "boolean", default: false },
        "ignore-dead": { type: "boolean", default: false },
        yes: { type: "boolean", short: "y", default: false },
        output: { type: "string", short: "o", multiple: true, default: [] },
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
  if (parsed.positionals.some((p) => p === "")) throw new UsageError(messages.args.emptyPath);
  if ([...v.include, ...v.exclude].some((g) => g.trim() === "")) throw new UsageError(messages.args.emptyGlob);
  const color = v["no-color"] ? false : v.color ? true : void 0;
  const first = parsed.positionals[0];
  const command2 = first === "install" || first === "uninstall" || first === "revoke" || first === "merge-reports" ? first : "scan";
  const positionals = command2 === "scan" ? parsed.positionals : parsed.positionals.slice(1);
  if ((command2 === "install" || command2 === "uninstall") && positionals.length) throw new UsageError(messages.args.noPaths(command2));
  const given = (o) => v[o] !== void 0 && v[o] !== false && !(Array.isArray(v[o]) && v[o].length === 0);
  if (command2 === "merge-reports") {
    if (positionals.length === 0) throw new UsageError(messages.args.mergeNeedsReports);
    const unfit = Object.keys(v).find((o) => !MERGE_OPTIONS.has(o) && given(o));
    if (unfit) throw new UsageError(messages.merge.notAnOption(unfit));
  }
  if (v.force && command2 !== "install") throw new UsageError(messages.args.forceOnly);
  if (v.yes && command2 !== "revoke") throw new UsageError(messages.revoke.yesOnly);
  if (v["ignore-dead"] && !v.verify && command2 === "scan") throw new UsageError(messages.verify.ignoreDeadNeedsVerify);
  if (command2 === "revoke") {
    const unfit = ["verify", "ignore-dead", "baseline", "write-baseline", "github-event", "output", "list-rules", "explain"].find(given);
    if (unfit) throw new UsageError(messages.revoke.notAnOption(unfit));
    if (v.format !== "text" && v.format !== "json") throw new UsageError(messages.revoke.badFormat(v.format));
  }
  const history = v.history || v["history-range"] !== void 0 || v.since !== void 0;
  if (v["github-event"] && (command2 !== "scan" || v.staged || history || parsed.positionals.length)) {
    throw new UsageError(messages.githubEventAlone);
  }
  if (history && v.staged) throw new UsageError(messages.args.stagedOrHistory);
  if (history && positionals.length) throw new UsageError(messages.args.historyNoPaths);
  return {
    command: command2,
    staged: v.staged,
    history,
    ...v["history-range"] !== void 0 ? { historyRevs: { flags: [], revs: rangeRevisions(v["history-range"]) } } : {},
    ...v.since !== void 0 ? { since: v.since } : {},
    force: v.force,
    verify: v.verify,
    ignoreDead: v["ignore-dead"],
    yes: v.yes,
    ...v.baseline !== void 0 ? { baseline: v.baseline } : {},
    ...v["write-baseline"] !== void 0 ? { writeBaseline: v["write-baseline"] } : {},
    githubEvent: v["github-event"],
    inlineAllow: !v["no-inline-allow"],
    // --staged without paths scans every staged file; with paths (lint-staged, pre-commit) only those.
    paths: positionals.length || v.staged ? positionals : ["."],
    format: v.format,
    output: v.output,
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
  if (revs.length === 0) throw new UsageError(messages.args.emptyRange);
  if (revs.some((r) => r.startsWith("-"))) throw new UsageError(messages.args.rangeOption);
  return revs;
}

// src/cli/outputs.ts
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
function planOutputs(values, mainFormat, known, cwd) {
  const files = [];
  let printed = true;
  for (const value of values) {
    const eq = value.indexOf("=");
    const prefix = eq > 0 ? value.slice(0, eq) : "";
    const format = known.includes(prefix) ? prefix : mainFormat;
    const name = format === prefix ? value.slice(eq + 1) : value;
    if (name === "") throw new UsageError(messages.emptyOutput(value));
    if (format !== prefix) printed = false;
    const path = resolve(cwd, name);
    if (files.some((f) => f.path === path)) throw new UsageError(messages.sameOutput(name));
    files.push({ format, name, path });
  }
  return { files, printed };
}
function writeReports(files, render) {
  return files.map((f) => {
    try {
      writeFileSync(f.path, render(f.format));
    } catch (err) {
      throw new UsageError(messages.cannotWrite(f.name, err.code ?? err.message));
    }
    return messages.reportWritten(printable(f.name), f.format);
  });
}

// src/git/staged.ts
async function topAndHead(cwd, env, pin) {
  const r = await gitRun([...pin, "rev-parse", "--show-toplevel", "--verify", "-q", "HEAD^{commit}"], cwd, env);
  const lines = r.stdout.toString("utf8").split("\n").filter(Boolean);
  if (r.code === 0 && lines.length >= 2) return { top: lines[0], head: lines[1] };
  if (r.code === 1 && lines.length === 1) return { top: lines[0], head: null };
  if (/must be run in a work tree/.test(r.stderr)) throw new ScanError("--staged needs a work tree (this repository is bare)");
  if (/not a git repository/i.test(r.stderr)) throw new ScanError("not inside a git repository: --staged scans what the next commit will contain");
  throw new ScanError(`git rev-parse failed: ${r.stderr.trim().split("\n")[0] || `exit code ${r.code}`}`);
}
async function emptyTree(cwd, env, pin) {
  return (await gitBytes([...pin, "hash-object", "-t", "tree", "--stdin"], cwd, env, "")).toString("utf8").trim();
}
async function stagedTopAndChanges(cwd, env, pathspecs, onPin = () => void 0) {
  const top = workTreeOnDisk(cwd, env);
  const pin = top ? pinTo(top) : [];
  if (top) {
    await ensureOwnership(top, env);
    const listing = gitRun([...pin, ...diffIndexArgs("HEAD", pathspecs)], cwd, diffEnv(env));
    onPin(pin);
    const r = await listing;
    if (r.code === 0) return { top, pin, entries: parseRawDiff(r.stdout) };
  } else {
    onPin(pin);
  }
  const found = await topAndHead(cwd, env, pin);
  return { top: found.top, pin, entries: await stagedChanges(cwd, env, pin, found.head, pathspecs) };
}
async function stagedChanges(cwd, env, pin, head, pathspecs) {
  const base = head ?? await emptyTree(cwd, env, pin);
  return parseRawDiff(await gitBytes([...pin, ...diffIndexArgs(base, pathspecs)], cwd, diffEnv(env)));
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
async function stagedSource(cwd, env, pathspecs) {
  let reader;
  let listed;
  try {
    listed = await stagedTopAndChanges(cwd, env, pathspecs, (pin2) => reader = startBlobReader({ cwd, env, pin: pin2 }));
  } catch (err) {
    reader?.stdin?.end();
    throw err;
  }
  const { top, pin, entries } = listed;
  const files = [];
  for (const e of entries) {
    if (e.status === "D" || !REGULAR_FILE.test(e.newMode)) continue;
    files.push({ path: e.path.toString("utf8"), sha: e.newSha, ...e.status !== "A" && REGULAR_FILE.test(e.oldMode) ? { previousSha: e.oldSha } : {} });
  }
  return { top, at: { cwd, env, pin }, files, skipped: entries.length - files.length, reader };
}
function streamStaged(at, reader, files, onFile, onPrevious, onMissing) {
  const bySha = groupBy(files, (f) => f.sha);
  const previousPath = new Map(files.flatMap((f) => f.previousSha && !bySha.has(f.previousSha) ? [[f.previousSha, f.path]] : []));
  return streamBlobs(at, [...bySha.keys(), ...previousPath.keys()], async (sha, bytes) => {
    const staged = bySha.get(sha);
    if (!staged) return onPrevious(sha, bytes);
    for (const f of staged) await onFile(f, bytes);
  }, (sha) => onMissing(sha, bySha.get(sha)?.[0]?.path ?? previousPath.get(sha)), { started: reader });
}

// src/cli/scan-staged.ts
async function scanStaged(opts, rules, ctx) {
  const source = await stagedSource(ctx.cwd, ctx.env, opts.paths);
  let settings;
  try {
    settings = await loadSettings(source.top, opts, ctx.cwd);
  } catch (err) {
    source.reader.stdin?.end();
    throw err;
  }
  const { ignore, filter } = settings;
  const compiled = compiledFor(rules);
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
  await streamStaged(source.at, source.reader, selected, async (file, bytes) => {
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
  if (opts.help) return { exitCode: 0, stdout: messages.usage + "\n", stderr: "" };
  if (opts.version) return { exitCode: 0, stdout: toolVersion() + "\n", stderr: "" };
  if (opts.command === "merge-reports") {
    const { MERGE_FORMATS, mergeReports, renderMerged } = await import("./chunks/merge-reports-IZ6KTS43.js");
    const format = MERGE_FORMATS.find((f) => f === opts.format);
    if (!format) throw new UsageError(messages.merge.badFormat(opts.format));
    const out2 = planOutputs(opts.output, format, [...MERGE_FORMATS], ctx.cwd);
    const merged = await mergeReports(opts.paths, ctx.cwd);
    const written2 = writeReports(out2.files, (f) => renderMerged(merged, f));
    const exitCode2 = merged.rows.some((r) => r.blocking) ? EXIT.blocking : EXIT.clean;
    return { exitCode: exitCode2, stdout: out2.printed ? renderMerged(merged, format) : "", stderr: written2.map((l) => l + "\n").join("") };
  }
  if (opts.command === "install" || opts.command === "uninstall") {
    const { installHook, uninstallHook } = await import("./chunks/hook-RYYNOJT2.js");
    const change = opts.command === "install" ? await installHook(ctx.cwd, opts.force, ctx.execPath ?? "node", ctx.binPath ?? join2(packageRoot(), "dist", "cli.js")) : await uninstallHook(ctx.cwd);
    return { exitCode: 0, stdout: change.lines.map((l) => `scan-twitter-secrets: ${printable(l)}`).join("\n") + "\n", stderr: "" };
  }
  if (!formats[opts.format]) throw new UsageError(messages.badFormat(opts.format, Object.keys(formats)));
  const out = planOutputs(opts.output, opts.format, Object.keys(formats), ctx.cwd);
  if (opts.staged && skippedByEnv(ctx.env)) return { exitCode: 0, stdout: "", stderr: messages.hook.skipped + "\n" };
  const rules = rulesForRun();
  if (opts.listRules) return { exitCode: 0, stdout: listRules(rules), stderr: "" };
  if (opts.explain !== void 0) return { exitCode: 0, stdout: explain(rules, opts.explain), stderr: "" };
  const eventSkips = [];
  if (opts.githubEvent) {
    const { planEventScan } = await import("./chunks/github-event-MMXJL7EH.js");
    const plan = await planEventScan({ cwd: ctx.cwd, env: ctx.env, pin: [] });
    if (plan.range) Object.assign(opts, { history: true, historyRevs: plan.range.revs, suppressionBase: plan.range.base });
    eventSkips.push(...plan.skipped);
  }
  if (opts.command === "revoke" && !opts.yes && !ctx.ask) throw new UsageError(messages.revoke.noTerminal);
  const network = opts.verify || opts.command === "revoke" ? await import("./chunks/verify-AWGDQY2I.js") : null;
  const networkSettings = network?.sessionSettings(ctx.env);
  const result2 = opts.staged ? await scanStaged(opts, rules, ctx) : opts.history ? await (await import("./chunks/scan-history-ZBZ46PTI.js")).scanHistory(opts, rules, ctx) : await (await import("./chunks/scan-tree-ANO4ICAQ.js")).scanTree(opts, rules, ctx);
  result2.warnings.unshift(...eventSkips.map((s) => s.reason));
  result2.skipped.unshift(...eventSkips);
  if (opts.command === "revoke") return network.runRevoke(result2, rules, networkSettings, opts, ctx);
  const baselines = opts.baseline || opts.writeBaseline ? await import("./chunks/baseline-WY4LY4CC.js") : null;
  if (opts.baseline) await baselines.useBaseline(result2, resolve2(ctx.cwd, opts.baseline), opts.baseline, opts.suppressionBase ?? null);
  if (network && opts.verify) {
    const session = network.openSession(networkSettings);
    try {
      await network.verifyFindings(result2.findings, session);
    } finally {
      await session.close();
    }
    if (opts.ignoreDead) network.unblockDead(result2.findings);
  }
  const hookText = opts.staged && opts.format === "text";
  const tty = (hookText ? ctx.stderrIsTTY : ctx.stdoutIsTTY) ?? false;
  const report = {
    result: result2,
    rules,
    toolVersion: toolVersion(),
    mode: opts.staged ? "staged" : opts.history ? "history" : "tree",
    showSecrets: opts.showSecrets,
    color: out.printed && (opts.color ?? (tty && !ctx.env.NO_COLOR)),
    verbose: opts.verbose
  };
  const skipFatal = opts.failOnSkip && result2.skipped.length > 0 ? messages.failOnSkip(result2.skipped.length, printable(result2.skipped[0].reason)) + "\n" : "";
  if (opts.writeBaseline) {
    const n = baselines.writeBaseline(resolve2(ctx.cwd, opts.writeBaseline), result2.findings, toolVersion());
    return { exitCode: skipFatal ? EXIT.error : EXIT.clean, stdout: "", stderr: messages.baselineWritten(printable(opts.writeBaseline), n) + "\n" + skipFatal };
  }
  const exitCode = skipFatal ? EXIT.error : blockingCount(report) > 0 ? EXIT.blocking : EXIT.clean;
  const render = (format, color) => (opts.staged && format === "text" ? formatHookText : formats[format])({ ...report, color });
  const written = writeReports(out.files, (format) => render(format, false));
  const summary = !out.printed && opts.format === "text" ? [render("text", false).trimEnd().split("\n").pop()].filter(Boolean) : [];
  const notes = [...summary, ...written].map((l) => l + "\n").join("") + skipFatal;
  if (!out.printed) return { exitCode, stdout: "", stderr: notes };
  const body = render(opts.format, report.color);
  return hookText ? { exitCode, stdout: "", stderr: body + notes } : { exitCode, stdout: body, stderr: notes };
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

// src/cli/main.ts
async function main(argv, paths) {
  let cwd;
  try {
    cwd = process.cwd();
  } catch {
    writable(process.stderr).write("scan-twitter-secrets: the current directory no longer exists\n");
    process.exit(2);
  }
  const stderrIsTTY = isatty(2);
  const result2 = await run(argv, {
    cwd,
    env: process.env,
    stdoutIsTTY: isatty(1),
    stderrIsTTY,
    execPath: process.execPath,
    ...paths,
    // revoke asks before it revokes, only where someone can answer (readline loads only then).
    ...isatty(0) && stderrIsTTY ? { ask } : {},
    ...stderrIsTTY ? { progress: (line) => writable(process.stderr).write(line === null ? "\r\x1B[K" : `\r\x1B[K${line}`) } : {}
  });
  process.exitCode = result2.exitCode;
  await flush(() => process.stdout, result2.stdout);
  await flush(() => process.stderr, result2.stderr);
  process.exit(result2.exitCode);
}
async function ask(question) {
  const { createInterface } = await import("node:readline/promises");
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^\s*y(es)?\s*$/i.test(await rl.question(question));
  } finally {
    rl.close();
  }
}
var watched = /* @__PURE__ */ new WeakSet();
function writable(stream) {
  if (watched.has(stream)) return stream;
  watched.add(stream);
  stream.on("error", (err) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
  return stream;
}
var flush = (stream, text) => new Promise((resolve3) => text ? writable(stream()).write(text, () => resolve3()) : resolve3());

// src/bin.ts
await main(process.argv.slice(2), {
  binPath: fileURLToPath(import.meta.url),
  workerPath: fileURLToPath(new URL("./worker.js", import.meta.url))
});
