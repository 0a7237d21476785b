/** What every formatter receives: the scan result and how to show it. */
import type { RuleSet } from '../rules/types.js';
import type { Finding, ScanResult } from '../scan/finding.js';

export interface Report {
  result: ScanResult;
  rules: RuleSet;
  toolVersion: string;
  /** The scan's subject in words: "." or "staged changes". */
  scanned: string;
  /** Which source produced the findings (remediation and wording differ). */
  mode: 'tree' | 'staged' | 'history';
  showSecrets: boolean;
  color: boolean;
  verbose: boolean;
}

export const active = (r: Report): Finding[] => r.result.findings.filter((f) => !f.ignored);
export const ignoredFindings = (r: Report): Finding[] => r.result.findings.filter((f) => f.ignored);
export const blockingCount = (r: Report): number => active(r).filter((f) => f.blocking).length;
