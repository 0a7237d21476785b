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
  evidence: { test(text: string): boolean };
  otherServices: Set<string>;
  /** Other services named in running text (a comment, an import) near a value. */
  otherServicesNearby: RegExp;
  placeholders: RegExp;
  /** X-specific SDK calls; `sdkCallGeneric` holds the common names (Client, OAuth) used only in files that show X. */
  sdkCall: RegExp;
  sdkCallGeneric: RegExp;
  sdkRoles: Map<string, { roles: string[]; rolesWhenUrlFirst?: string[]; generic: boolean }>;
  allowMarkers: string[];
  documentationExamples: Set<string>;
  publicBearers: Set<string>;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `Name(` calls, plus openers written out in full (OmniAuth's `provider :twitter,` has no parentheses).
 * No look-behind: the word boundary before the name is checked by the caller, which is much faster.
 */
function callPattern(calls: string[]): RegExp {
  const named = calls.filter((c) => /^\w+$/.test(c)).map(escapeRegExp);
  const literal = calls.filter((c) => !/^\w+$/.test(c)).map(escapeRegExp);
  return new RegExp(`(?:(${named.join('|') || '(?!)'})\\s*\\(|(${literal.join('|') || '(?!)'}))`, 'g');
}

/**
 * Evidence words must start a word (`tweet` in `retweet` counts, in `nettweet`… also fine; what must not
 * count is e.g. `twit` inside an unrelated identifier). The search runs over whole files, so it is a
 * plain alternation and the start-of-word check is done on each hit.
 */
function evidencePattern(words: string[]): { test(text: string): boolean } {
  const re = new RegExp(words.map(escapeRegExp).join('|'), 'gi');
  return {
    test(text: string): boolean {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m.index === 0 || !/[A-Za-z]/.test(text[m.index - 1]!)) return true;
      }
      return false;
    },
  };
}

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
  return {
    set,
    byRole,
    names,
    evidence: evidencePattern(v.evidence),
    otherServices: new Set(v.otherServices),
    otherServicesNearby: new RegExp(
      `(?<![A-Za-z])(?:${v.otherServices.filter((w) => !v.nameOnlyWords.includes(w)).map(escapeRegExp).join('|')})(?![a-z])`,
      'i',
    ),
    placeholders: new RegExp(v.placeholders.map(escapeRegExp).join('|'), 'i'),
    sdkCall: callPattern(v.sdkCalls.filter((c) => !c.generic).map((c) => c.call)),
    sdkCallGeneric: callPattern(v.sdkCalls.filter((c) => c.generic).map((c) => c.call)),
    sdkRoles: new Map(v.sdkCalls.map((c) => [c.call, { roles: c.roles, ...(c.rolesWhenUrlFirst ? { rolesWhenUrlFirst: c.rolesWhenUrlFirst } : {}), generic: c.generic ?? false }])),
    allowMarkers: v.allowMarkers,
    documentationExamples: new Set(v.documentationExamples.map((e) => e.sha256)),
    publicBearers: new Set(v.publicBearerTokens.map((e) => e.sha256)),
  };
}
