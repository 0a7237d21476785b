/** Remediation text, assembled from the data in rules/remediation for the kinds that were found. */
import { messages } from '../cli/messages.js';
import type { Remediation, RuleSet } from '../rules/types.js';

export interface RemediationBlock {
  remediation: Remediation;
  ruleIds: string[];
}

/** One block per remediation key among `ruleIds`, in rule order, then the shared next steps. */
export function remediationFor(ruleIds: Iterable<string>, set: RuleSet, withNextSteps = true): RemediationBlock[] {
  const wanted = new Set(ruleIds);
  const blocks = new Map<string, RemediationBlock>();
  for (const rule of set.rules) {
    if (!wanted.has(rule.id)) continue;
    const rem = set.remediations.get(rule.remediation)!;
    const block = blocks.get(rem.key) ?? { remediation: rem, ruleIds: [] };
    block.ruleIds.push(rule.id);
    blocks.set(rem.key, block);
  }
  const next = set.remediations.get('next-steps');
  const out = [...blocks.values()];
  if (withNextSteps && out.length && next) out.push({ remediation: next, ruleIds: [] });
  return out;
}

export function renderRemediation(blocks: RemediationBlock[], indent = '  '): string {
  const lines: string[] = [];
  for (const { remediation: r, ruleIds } of blocks) {
    lines.push(`${indent}${r.title}${ruleIds.length ? ` (${ruleIds.join(', ')})` : ''}`);
    r.regenerate.forEach((step, i) => lines.push(`${indent}  ${ruleIds.length ? `${i + 1}.` : '-'} ${step}`));
    if (r.revoke) lines.push(`${indent}  ${messages.revokeByApi} ${r.revoke}`);
    lines.push('');
  }
  return lines.join('\n');
}
