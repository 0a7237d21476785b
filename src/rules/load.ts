/**
 * Loads and validates the rule data in `rules/`: one file per credential kind (`twitter-*.json`),
 * the shared context vocabulary (`context.json`) and remediation texts (`remediation/*.json`).
 * Every problem names its file and field, so a broken rule never becomes a silent miss.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScanError } from '../errors.js';
import { packageRoot } from '../package-root.js';
import type { ContextVocabulary, Remediation, Rule, RuleSet } from './types.js';

/** A broken rule file: the scan cannot run (exit 2), and the message names the file and field. */
export class RuleError extends ScanError {}

/** `rules/` of this package. */
export const defaultRulesDir = (): string => join(packageRoot(), 'rules');

/** The public rule ids, in the order reports and the README list them. */
export const RULE_ORDER = [
  'twitter-consumer-key',
  'twitter-consumer-secret',
  'twitter-bearer-token',
  'twitter-access-token',
  'twitter-access-token-secret',
  'twitter-oauth2-client-id',
  'twitter-oauth2-client-secret',
  'twitter-oauth2-access-token',
  'twitter-oauth2-refresh-token',
];

const DETECTORS = ['bearer', 'oauth1-access-token', 'oauth2-token', 'oauth2-client-id', 'context'];
const SEVERITIES = ['high', 'medium', 'low', 'info'];

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new RuleError(`${file}: ${(err as Error).message}`);
  }
}

function need(cond: unknown, file: string, field: string, what: string): asserts cond {
  if (!cond) throw new RuleError(`${file}: field "${field}" ${what}`);
}

/**
 * Every field a rule file may hold, each read by code (where, in brackets). A field outside these is
 * an error: data nothing reads would look like configuration while changing nothing (a structural
 * token's literal anchors, for instance, belong to its decoder in src/detect/structure.ts).
 */
export const RULE_FIELDS = {
  // id (load, reports), title/description (reports, SARIF, --list-rules), detector (load, --list-rules),
  // set (scan/engine.ts → scan/group.ts), role (SDK calls, context), severity (detect), remediation
  // (remediation/render.ts), pattern (load, rules-examples test), context (detect/context.ts),
  // examples (rules-examples test)
  rule: ['id', 'title', 'description', 'detector', 'set', 'role', 'severity', 'remediation', 'pattern', 'context', 'examples'],
  // all read by detect/context.ts fitValue() and compile.ts
  context: ['charset', 'modernLengths', 'legacyRange', 'names'],
  name: ['words', 'strength'],
  examples: ['positive', 'negative'],
  // read by the rules-examples test (note: shown when the example fails)
  example: ['file', 'text', 'secret', 'blocking', 'note'],
} as const;

function onlyKnown(obj: object, known: readonly string[], file: string, where: string): void {
  for (const key of Object.keys(obj)) need(known.includes(key), file, where ? `${where}.${key}` : key, `is not a known field (known: ${known.join(', ')})`);
}

function validateRule(raw: unknown, file: string): Rule {
  const r = raw as Rule;
  need(r && typeof r === 'object', file, '(root)', 'must be an object');
  onlyKnown(r, RULE_FIELDS.rule, file, '');
  for (const f of ['id', 'title', 'description', 'role', 'remediation', 'pattern'] as const) {
    need(typeof r[f] === 'string' && r[f].length > 0, file, f, 'must be a non-empty string');
  }
  need(file.endsWith(`${r.id}.json`), file, 'id', `must match the file name (got "${r.id}")`);
  need(DETECTORS.includes(r.detector), file, 'detector', `must be one of ${DETECTORS.join(', ')}`);
  need(r.set === 'oauth1' || r.set === 'oauth2', file, 'set', 'must be "oauth1" or "oauth2"');
  need(SEVERITIES.includes(r.severity), file, 'severity', `must be one of ${SEVERITIES.join(', ')}`);
  try {
    new RegExp(r.pattern);
  } catch (err) {
    throw new RuleError(`${file}: field "pattern" does not compile: ${(err as Error).message}`);
  }
  // A structural rule may have a context spec too: lengths found only with context (legacy access tokens).
  if (r.detector === 'context' || r.context !== undefined) {
    const c = r.context!;
    need(c && typeof c === 'object', file, 'context', 'is required for context rules');
    need(c.charset === 'alnum' || c.charset === 'base64url' || c.charset === 'user-id', file, 'context.charset', 'must be "alnum", "base64url" or "user-id"');
    need(Array.isArray(c.modernLengths) && c.modernLengths.length > 0, file, 'context.modernLengths', 'must list lengths');
    need(Array.isArray(c.names) && c.names.length > 0, file, 'context.names', 'must list role names');
    onlyKnown(c, RULE_FIELDS.context, file, 'context');
    for (const n of c.names) {
      onlyKnown(n, RULE_FIELDS.name, file, 'context.names');
      need(typeof n.words === 'string' && /^[a-z0-9]+( [a-z0-9]+)*$/.test(n.words), file, 'context.names.words', `must be lower-case words ("${n.words}")`);
      need(n.strength === 'specific' || n.strength === 'generic', file, 'context.names.strength', 'must be "specific" or "generic"');
    }
  }
  const ex = r.examples;
  need(ex && Array.isArray(ex.positive) && ex.positive.length > 0, file, 'examples.positive', 'must hold at least one example');
  need(Array.isArray(ex.negative) && ex.negative.length > 0, file, 'examples.negative', 'must hold at least one example');
  onlyKnown(ex, RULE_FIELDS.examples, file, 'examples');
  for (const e of [...ex.positive, ...ex.negative]) {
    onlyKnown(e, RULE_FIELDS.example, file, 'examples');
    need(typeof e.file === 'string' && typeof e.text === 'string', file, 'examples', 'entries need "file" and "text"');
  }
  return r;
}

export function loadRules(dir = defaultRulesDir()): RuleSet {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch (err) {
    throw new RuleError(`cannot read the rules directory ${dir}: ${(err as Error).message}`);
  }
  const rules = entries.filter((f) => /^twitter-.*\.json$/.test(f)).map((f) => validateRule(readJson(join(dir, f)), join(dir, f)));
  const rank = (id: string): number => (RULE_ORDER.includes(id) ? RULE_ORDER.indexOf(id) : RULE_ORDER.length);
  rules.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
  const byId = new Map<string, Rule>();
  for (const r of rules) {
    if (byId.has(r.id)) throw new RuleError(`${dir}: duplicate rule id "${r.id}"`);
    byId.set(r.id, r);
  }
  const roles = new Set(rules.map((r) => r.role));
  if (roles.size !== rules.length) throw new RuleError(`${dir}: two rules share a role`);

  const remediations = new Map<string, Remediation>();
  const remDir = join(dir, 'remediation');
  for (const f of readdirSync(remDir).filter((x) => x.endsWith('.json')).sort()) {
    const rem = readJson(join(remDir, f)) as Remediation;
    need(typeof rem.key === 'string' && f === `${rem.key}.json`, join(remDir, f), 'key', 'must match the file name');
    need(Array.isArray(rem.regenerate) && rem.regenerate.length > 0, join(remDir, f), 'regenerate', 'must list steps');
    remediations.set(rem.key, rem);
  }
  for (const r of rules) {
    need(remediations.has(r.remediation), join(dir, `${r.id}.json`), 'remediation', `names unknown remediation "${r.remediation}"`);
  }
  const vocabulary = readJson(join(dir, 'context.json')) as ContextVocabulary;
  for (const call of vocabulary.sdkCalls) {
    for (const role of [...call.roles, ...(call.rolesWhenUrlFirst ?? [])]) {
      need(role === '' || roles.has(role), join(dir, 'context.json'), `sdkCalls.${call.call}`, `names unknown role "${role}"`);
    }
  }
  return { rules, byId, remediations, vocabulary };
}
