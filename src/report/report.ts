/** What every formatter receives: the scan result and how to show it. */
import type { RuleSet } from '../rules/types.js';
import type { Finding, ScanResult } from '../scan/finding.js';
import type { Skip } from '../scan/skip.js';

export interface Report {
  result: ScanResult;
  rules: RuleSet;
  toolVersion: string;
  /** Which source produced the findings (remediation and wording differ). */
  mode: 'tree' | 'staged' | 'history';
  showSecrets: boolean;
  color: boolean;
  verbose: boolean;
}

/** ANSI colour when `on`, plain text otherwise. */
export const paint = (on: boolean, code: string) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

export const active = (r: Report): Finding[] => r.result.findings.filter((f) => !f.ignored);
export const ignoredFindings = (r: Report): Finding[] => r.result.findings.filter((f) => f.ignored);
export const blockingCount = (r: Report): number => active(r).filter((f) => f.blocking).length;

/** Findings per credential set, counted once (a per-finding filter would be quadratic). */
export function countGroups(findings: Finding[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const f of findings) sizes.set(f.group, (sizes.get(f.group) ?? 0) + 1);
  return sizes;
}

/** Each warning line with the skip it reports, if it reports one (skips are warnings too, in order). */
export function notices(r: Report): { text: string; skip?: Skip }[] {
  const pending = new Map<string, Skip[]>();
  for (const s of r.result.skipped) pending.set(s.reason, [...(pending.get(s.reason) ?? []), s]);
  return r.result.warnings.map((text) => {
    const skip = pending.get(text)?.shift();
    return skip ? { text, skip } : { text };
  });
}

/** --verify's answers counted (summary lines, JSON summary). */
export function verificationCounts(findings: Finding[]): { live: number; dead: number; unknown: number } {
  const c = { live: 0, dead: 0, unknown: 0 };
  for (const f of findings) if (f.verification) c[f.verification.status]++;
  return c;
}
