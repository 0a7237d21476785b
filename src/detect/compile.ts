/** Turns the rule data into the lookup tables the detector runs on (once per process). */
import type { Rule, RuleSet } from '../rules/types.js';
import type { NamedRole } from './names.js';

export interface CompiledRules {
  set: RuleSet;
  /** Rule of each role ("consumer-key" → twitter-consumer-key). */
  byRole: Map<string, Rule>;
  /** Role phrases, longest first; one phrase may name several rules (e.g. "secret"). */
  names: NamedRole[];
  /** Start-anchored words that show X in a file or path. */
  evidence: RegExp;
  otherServices: Set<string>;
  /** Other services named in running text (a comment, an import) near a value. */
  otherServicesNearby: RegExp;
  placeholders: RegExp;
  sdkCall: RegExp;
  sdkRoles: Map<string, { roles: string[]; rolesWhenUrlFirst?: string[]; generic: boolean }>;
  allowMarkers: string[];
  documentationExamples: Set<string>;
  publicBearers: Set<string>;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function compileRules(set: RuleSet): CompiledRules {
  const byRole = new Map<string, Rule>();
  const names: NamedRole[] = [];
  for (const rule of set.rules) {
    byRole.set(rule.role, rule);
    for (const name of rule.context?.names ?? []) {
      names.push({ ruleId: rule.id, words: name.words.split(' '), strength: name.strength });
    }
  }
  names.sort((a, b) => b.words.length - a.words.length);
  const v = set.vocabulary;
  const calls = v.sdkCalls.map((c) => c.call);
  return {
    set,
    byRole,
    names,
    evidence: new RegExp(`(?<![A-Za-z])(?:${v.evidence.map(escapeRegExp).join('|')})`, 'i'),
    otherServices: new Set(v.otherServices),
    otherServicesNearby: new RegExp(
      `(?<![A-Za-z])(?:${v.otherServices.filter((w) => !v.ordinaryWords.includes(w)).map(escapeRegExp).join('|')})(?![a-z])`,
      'i',
    ),
    placeholders: new RegExp(v.placeholders.map(escapeRegExp).join('|'), 'i'),
    // `Name(` calls, plus openers written out in full (OmniAuth's `provider :twitter,` has no parentheses).
    sdkCall: new RegExp(
      `(?<![A-Za-z0-9_])(?:(${calls.filter((c) => /^\w+$/.test(c)).map(escapeRegExp).join('|')})\\s*\\(|(${calls.filter((c) => !/^\w+$/.test(c)).map(escapeRegExp).join('|')}))`,
      'g',
    ),
    sdkRoles: new Map(v.sdkCalls.map((c) => [c.call, { roles: c.roles, ...(c.rolesWhenUrlFirst ? { rolesWhenUrlFirst: c.rolesWhenUrlFirst } : {}), generic: c.generic ?? false }])),
    allowMarkers: v.allowMarkers,
    documentationExamples: new Set(v.documentationExamples.map((e) => e.sha256)),
    publicBearers: new Set(v.publicBearerTokens.map((e) => e.sha256)),
  };
}
