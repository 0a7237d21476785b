import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);
import {
  parseJsonFile
} from "./chunk-NTAU5VCE.js";
import {
  jsonText,
  printable
} from "./chunk-OLSDBNUR.js";
import {
  UsageError,
  messages
} from "./chunk-OODIIGW4.js";
import "./chunk-IWX5EYN5.js";

// src/cli/merge-reports.ts
import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
var MERGE_FORMATS = ["text", "markdown", "json"];
async function readReport(arg, cwd) {
  const eq = arg.indexOf("=");
  const path = eq > 0 ? arg.slice(eq + 1) : arg;
  const repository = eq > 0 ? arg.slice(0, eq) : basename(path).replace(/\.json$/i, "");
  let text;
  try {
    text = readFileSync(resolve(cwd, path), "utf8");
  } catch (err) {
    throw new UsageError(messages.merge.unreadable(path, err.code ?? err.message));
  }
  const doc = await parseJsonFile(text, `report ${path}`);
  if (doc === null || typeof doc !== "object" || doc.version !== 1 || !Array.isArray(doc.findings)) throw new UsageError(messages.merge.notAReport(path));
  return { repository, findings: doc.findings, skipped: Array.isArray(doc.skipped) ? doc.skipped.length : 0 };
}
async function mergeReports(args, cwd) {
  const merged = { rows: [], repositories: [] };
  for (const arg of args) {
    const { repository, findings, skipped } = await readReport(arg, cwd);
    for (const f of findings) {
      merged.rows.push({
        repository,
        ruleId: f.ruleId,
        kind: f.title,
        file: f.file,
        line: f.line,
        blocking: f.blocking,
        masked: f.masked,
        fingerprint: f.fingerprint,
        verification: f.verification ? f.verification.status + (f.verification.detail ? ` (${f.verification.detail})` : "") : null,
        introduced: f.provenance?.introduced ? { hash: f.provenance.introduced.hash, date: f.provenance.introduced.date } : null,
        atHead: typeof f.provenance?.presentAtHead === "boolean" ? f.provenance.presentAtHead : null
      });
    }
    merged.repositories.push({ repository, findings: findings.length, blocking: findings.filter((f) => f.blocking).length, skipped });
  }
  return merged;
}
var COLUMNS = ["repository", "credential", "where", "blocks", "verified", "introduced", "at HEAD"];
function cells(r) {
  const yesNo = (v) => v === null ? "-" : v ? "yes" : "no";
  return [
    r.repository,
    `${r.kind} ${r.masked}`,
    `${r.file}:${r.line}`,
    r.blocking ? "yes" : "no",
    r.verification ?? "-",
    r.introduced ? `${r.introduced.hash.slice(0, 12)} ${r.introduced.date.slice(0, 10)}` : "-",
    yesNo(r.atHead)
  ];
}
function markdownText(data) {
  return data.replace(/[!-/:-@[-`{-~]/g, "\\$&");
}
function renderMerged(m, format) {
  if (format === "json") return jsonText({ version: 1, rows: m.rows, repositories: m.repositories });
  const escape = format === "markdown" ? (x) => markdownText(printable(x)) : printable;
  const rows = m.rows.map((r) => cells(r).map(escape));
  const total = messages.merge.summary(m.repositories.length, m.rows.length, m.rows.filter((r) => r.blocking).length, m.repositories.filter((r) => r.findings > 0).length, m.repositories.filter((r) => r.skipped > 0).map((r) => escape(r.repository)));
  if (format === "markdown") {
    const line2 = (c) => `| ${c.join(" | ")} |`;
    return [line2(COLUMNS), line2(COLUMNS.map(() => "---")), ...rows.map(line2), "", total, ""].join("\n");
  }
  const widths = COLUMNS.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i].length)));
  const line = (c) => c.map((x, i) => x.padEnd(widths[i])).join("  ").trimEnd();
  return [line(COLUMNS), ...rows.map(line), "", total, ""].join("\n");
}
export {
  MERGE_FORMATS,
  markdownText,
  mergeReports,
  renderMerged
};
