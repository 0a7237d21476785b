/**
 * JSON report, version 1 (a documented interface; see README "JSON output"). Secrets appear only as
 * `masked` unless --show-secrets adds `secret`.
 */
import type { Finding } from '../scan/finding.js';
import type { JsonFinding, JsonProvenance, JsonReport } from './json-types.js';
import { jsonText, mask } from './mask.js';
import { active, blockingCount, ignoredFindings, verificationCounts, type Report } from './report.js';

const JSON_REPORT_VERSION = 1 as const;

function findingJson(f: Finding, showSecrets: boolean): JsonFinding {
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
    ...(showSecrets ? { secret: f.secret } : {}),
    fingerprint: f.fingerprint,
    group: f.group || null,
    details: f.details,
    ...(f.ignored ? { ignored: f.ignored } : {}),
    ...(f.suppressedOnlyByRange ? { suppressedOnlyByRange: f.suppressedOnlyByRange } : {}),
    ...(f.provenance ? { provenance: f.provenance as unknown as JsonProvenance } : {}),
    ...(f.verification ? { verification: f.verification } : {}),
  };
}

export function formatJson(r: Report): string {
  const findings = active(r);
  const ignored = ignoredFindings(r);
  const groups = new Map<string, { id: string; file: string; ruleIds: string[] }>();
  for (const f of findings) {
    const g = groups.get(f.group) ?? { id: f.group, file: f.file, ruleIds: [] };
    if (!g.ruleIds.includes(f.ruleId)) g.ruleIds.push(f.ruleId);
    groups.set(f.group, g);
  }
  const s = r.result.stats;
  const doc: JsonReport = {
    version: JSON_REPORT_VERSION,
    tool: { name: 'scan-twitter-secrets', version: r.toolVersion },
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
      ...(s.staleBaseline !== undefined ? { staleBaseline: s.staleBaseline } : {}),
      ...(findings.some((f) => f.verification) ? { verification: verificationCounts(findings) } : {}),
    },
    warnings: r.result.warnings,
    // What was not scanned, as data (each also one of the warnings): what --fail-on-skip counts.
    skipped: r.result.skipped.map((s) => ({ kind: s.kind, ...(s.path !== undefined ? { path: s.path } : {}), reason: s.reason })),
  };
  return jsonText(doc);
}
