/**
 * SARIF 2.1.0 for code-scanning uploads. Rules carry their remediation as help text; results carry
 * the finding fingerprint as a stable partialFingerprint, repository-relative URIs, and never a
 * secret: the message holds only the masked value, and no snippet is emitted.
 */
import { remediationFor, renderRemediation } from '../remediation/render.js';
import type { Rule } from '../rules/types.js';
import type { Finding } from '../scan/finding.js';
import { messages } from '../cli/messages.js';
import { jsonText, mask } from './mask.js';
import { notices, type Report } from './report.js';

const LEVEL = { high: 'error', medium: 'warning', low: 'note', info: 'note' } as const;
/** GitHub code scanning ranks security results by this property (0–10). */
const SECURITY_SEVERITY = { high: '9.0', medium: '6.5', low: '3.0', info: '1.0' } as const;

const uri = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

function ruleDescriptor(rule: Rule, r: Report): Record<string, unknown> {
  const help = renderRemediation(remediationFor([rule.id], r.rules), '');
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: { text: help, markdown: help.split('\n').map((l) => (l.trim() ? l : '')).join('  \n') },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ['security', 'secret', 'x-twitter'], precision: 'very-high', 'security-severity': SECURITY_SEVERITY[rule.severity] },
  };
}

function result(f: Finding, ruleIndex: number, r: Report): Record<string, unknown> {
  const note = messages.statusNote[f.status];
  const onlyByChange = f.suppressedOnlyByRange ? ` ${messages.range.onlyByChange(f.suppressedOnlyByRange.by)}.` : '';
  const checked = f.verification ? ` ${messages.verify.sarif(f.verification.status, f.verification.detail)}` : '';
  const text = `${f.title} ${r.showSecrets ? f.secret : mask(f.secret)}${note ? ` (${note})` : ''}.${onlyByChange}${checked} Regenerate it in the X developer console (see the rule's help).`;
  const out: Record<string, unknown> = {
    ruleId: f.ruleId,
    ruleIndex,
    level: f.blocking ? LEVEL[f.severity] : 'note',
    message: { text },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uri(f.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: f.line, startColumn: f.column, endColumn: f.column + [...f.secret].length },
        },
      },
    ],
    partialFingerprints: { 'scanTwitterSecrets/v1': f.fingerprint },
    properties: { blocking: f.blocking, status: f.status, group: f.group || undefined, ...f.details, ...(f.provenance ? { provenance: f.provenance } : {}), ...(f.verification ? { verification: f.verification } : {}) },
  };
  if (f.ignored) {
    out.suppressions = [{ kind: f.ignored.kind === 'inline-marker' ? 'inSource' : 'external', justification: f.ignored.reason ?? f.ignored.by }];
    if (f.ignored.kind === 'baseline') out.baselineState = 'unchanged';
  }
  return out;
}

function notification(n: ReturnType<typeof notices>[number]): Record<string, unknown> {
  return {
    level: 'warning',
    message: { text: n.text },
    ...(n.skip ? { properties: { skipped: n.skip.kind, ...(n.skip.path !== undefined ? { path: n.skip.path } : {}) } } : {}),
  };
}

export function formatSarif(r: Report): string {
  const rules = r.rules.rules;
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const doc = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'scan-twitter-secrets',
            version: r.toolVersion,
            informationUri: 'https://www.npmjs.com/package/scan-twitter-secrets',
            rules: rules.map((rule) => ruleDescriptor(rule, r)),
          },
        },
        // Warnings, and content not scanned, as SARIF's tool execution notifications: a viewer shows
        // that the run was incomplete, not only what it found.
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notices(r).map(notification) }],
        columnKind: 'unicodeCodePoints',
        results: r.result.findings.map((f) => result(f, index.get(f.ruleId)!, r)),
      },
    ],
  };
  return jsonText(doc);
}
