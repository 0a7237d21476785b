/** Turns the rule data into the lookup tables the detector runs on (once per process). */
import type { Rule, RuleSet } from '../rules/types.js';
import type { NamedRole } from './names.js';
import { roleVocabulary, type RoleVocabulary } from './spelling.js';

export interface CompiledRules {
  set: RuleSet;
  /** Rule of each role ("consumer-key" → twitter-consumer-key). */
  byRole: Map<string, Rule>;
  /** Role phrases, longest first; one phrase may name several rules (e.g. "secret"). */
  names: NamedRole[];
  /** The role words names are read with as typed (spelling.ts). */
  vocabulary: RoleVocabulary;
  /** By a name's words joined with spaces: the rules it names (in `names` order), and whether any names it specifically. */
  byPhrase: Map<string, { rules: Rule[]; specific: boolean }>;
  /** Start-anchored words that show X in a file or path. */
  evidence: { test(text: string): boolean };
  otherServices: Set<string>;
  /** Other services named in running text (a comment, an import) near a value. */
  otherServicesNearby: RegExp;
  placeholders: RegExp;
  /** X SDK calls; `sdkRoles` tells which are generic names (Client, OAuth) that count only in files that show X. */
  sdkCalls: SdkCalls;
  sdkRoles: Map<string, { roles: string[]; rolesWhenUrlFirst?: string[]; generic: boolean }>;
  allowMarkers: string[];
  documentationExamples: Set<string>;
  publicBearers: Set<string>;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** SDK calls by how they are written: `Name(` (most), or an opener in full (OmniAuth's `provider :twitter,`). */
export interface SdkCalls {
  named: Set<string>;
  literal: string[];
  /**
   * What every literal opener starts with (`provider :twitter`): searched once per text, the full
   * openers checked only where it occurs. Each full-text search of a string costs as much as the
   * next; they began to add up once a second OmniAuth opener (`:twitter2`) came in.
   */
  literalPrefix: string;
}

function sdkCalls(calls: string[]): SdkCalls {
  const literal = calls.filter((c) => !/^\w+$/.test(c));
  let prefix = literal[0] ?? '';
  for (const l of literal) while (!l.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return { named: new Set(calls.filter((c) => /^\w+$/.test(c))), literal, literalPrefix: prefix };
}

/**
 * Evidence words must start a word (`twit` inside an unrelated identifier does not count). The search
 * runs over whole files, so instead of one big case-insensitive alternation it jumps between cheap
 * literal anchors (see inside) and checks the words only there.
 */
function evidencePattern(words: string[]): { test(text: string): boolean } {
  const domains = words.filter((w) => w.endsWith('.x.com'));
  const names = words.filter((w) => !w.endsWith('.x.com'));
  const word = new RegExp(names.map(escapeRegExp).join('|'), 'iy');
  const domain = new RegExp(`(?:^|[^A-Za-z])(?:${domains.map((d) => escapeRegExp(d.slice(0, -'.x.com'.length))).join('|')})$`, 'i');
  // Every name word contains "tw" or starts with "x_"; domains end in ".x.com". One case-insensitive
  // pass over those anchors (about 1.5 GB/s on V8), then the words are checked only there, including
  // a few characters earlier ("rtweet", "linqtotwitter"), and must start a word.
  const anchor = /tw|x_|\.x\.com/gi;
  const starts = [...new Set(names.map((w) => Math.max(0, w.search(/tw|x_/i))))];
  const wordAt = (text: string, at: number): boolean => {
    if (at < 0 || (at > 0 && /[A-Za-z]/.test(text[at - 1]!))) return false;
    word.lastIndex = at;
    return word.test(text);
  };
  return {
    test(text: string): boolean {
      anchor.lastIndex = 0;
      for (let m = anchor.exec(text); m; m = anchor.exec(text)) {
        const i = m.index;
        if (m[0].length > 2) {
          if (domain.test(text.slice(Math.max(0, i - 12), i))) return true;
          continue;
        }
        // Cheap rejections first: "two", "between", "max_" are far more common than X's words.
        if ((m[0][0] === 't' || m[0][0] === 'T')) {
          const next = text.charCodeAt(i + 2) | 32;
          if (next !== 105 && next !== 101 && next !== 121 && next !== 117) continue;
        }
        const before = text.charCodeAt(i - 1) | 32;
        if (i > 0 && before >= 97 && before <= 122 && before !== 114 && before !== 111) continue;
        if (starts.some((back) => wordAt(text, i - back))) return true;
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
  const byPhrase = new Map<string, { rules: Rule[]; specific: boolean }>();
  for (const n of names) {
    const phrase = n.words.join(' ');
    const entry = byPhrase.get(phrase) ?? { rules: [], specific: false };
    entry.rules.push(set.byId.get(n.ruleId)!);
    entry.specific ||= n.strength === 'specific';
    byPhrase.set(phrase, entry);
  }
  const v = set.vocabulary;
  return {
    set,
    byRole,
    names,
    vocabulary: roleVocabulary(names),
    byPhrase,
    evidence: evidencePattern(v.evidence),
    otherServices: new Set(v.otherServices),
    otherServicesNearby: new RegExp(
      `(?<![A-Za-z])(?:${v.otherServices.filter((w) => !v.nameOnlyWords.includes(w)).map(escapeRegExp).join('|')})(?![a-z])`,
      'i',
    ),
    placeholders: new RegExp(v.placeholders.map(escapeRegExp).join('|'), 'i'),
    sdkCalls: sdkCalls(v.sdkCalls.map((c) => c.call)),
    sdkRoles: new Map(v.sdkCalls.map((c) => [c.call, { roles: c.roles, ...(c.rolesWhenUrlFirst ? { rolesWhenUrlFirst: c.rolesWhenUrlFirst } : {}), generic: c.generic ?? false }])),
    allowMarkers: v.allowMarkers,
    documentationExamples: new Set(v.documentationExamples.map((e) => e.sha256)),
    publicBearers: new Set(v.publicBearerTokens.map((e) => e.sha256)),
  };
}
