/**
 * Rules stay data (issue 12): every field in `rules/` is read by code, and no code keeps its own copy
 * of one. The loader accepts only the fields it knows (src/rules/load.ts RULE_FIELDS), and credential
 * sets come from each rule's `set`.
 */
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compileRules } from '../src/detect/compile.js';
import type { DetectedSecret } from '../src/detect/detect.js';
import { defaultRulesDir, loadRules, RuleError } from '../src/rules/load.js';
import type { Rule } from '../src/rules/types.js';
import { toFindings } from '../src/scan/engine.js';
import { groupPerFile } from '../src/scan/group.js';
import { scratch } from './helpers/cli.js';

/** A copy of rules/ with one rule file edited. */
function rulesWith(id: string, edit: (rule: Record<string, unknown>) => void): string {
  const dir = join(scratch('sts-rules-'), 'rules');
  cpSync(defaultRulesDir(), dir, { recursive: true });
  const file = join(dir, `${id}.json`);
  const rule = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(rule);
  writeFileSync(file, JSON.stringify(rule, null, 2));
  return dir;
}

describe('rule files hold only fields that code reads', () => {
  it('the shipped rules load', () => {
    assert.equal(loadRules().rules.length, 9);
  });
  for (const [what, id, edit] of [
    ['literal anchors on a structural rule (the decoder owns them)', 'twitter-bearer-token', (r: Record<string, unknown>) => (r.anchors = ['AAAAAAAAAAAAAAAAAAAA'])],
    ['preferSymbols (the tie-break lives in chooseFit)', 'twitter-oauth2-client-secret', (r: Record<string, unknown>) => ((r.context as Record<string, unknown>).preferSymbols = true)],
    ['a misspelt field', 'twitter-consumer-key', (r: Record<string, unknown>) => (r.severty = 'high')],
    ['an unknown field on a role name', 'twitter-consumer-key', (r: Record<string, unknown>) => ((r.context as { names: Record<string, unknown>[] }).names[0]!.weight = 2)],
    ['an unknown field on an example', 'twitter-consumer-key', (r: Record<string, unknown>) => ((r.examples as { positive: Record<string, unknown>[] }).positive[0]!.expect = 'x')],
  ] as const) {
    it(`refuses ${what}`, () => {
      const dir = rulesWith(id, edit);
      assert.throws(() => loadRules(dir), (err: unknown) => err instanceof RuleError && /is not a known field/.test((err as Error).message) && (err as Error).message.includes(`${id}.json`));
    });
  }
});

describe('credential sets come from the rules', () => {
  /** Two detections in one file, grouped the way the scan does it. */
  function groups(dir?: string): string[] {
    const set = dir ? loadRules(dir) : loadRules();
    const rules = compileRules(set);
    const det = (ruleId: string, line: number): DetectedSecret => ({
      ruleId, start: 0, end: 1, line, column: 1, secret: `v${line}`, canonical: `v${line}`, blocking: true, severity: 'high', status: 'leak', details: {},
    });
    const findings = toFindings({ path: 'keys.txt', bytes: Buffer.alloc(0) } as never, [det('twitter-consumer-key', 1), det('twitter-oauth2-client-secret', 2)], {
      rules, filter: { selected: () => true, ignoredBy: () => undefined }, ignoredFingerprints: new Map(), ignorePathOf: () => null, inlineAllow: true,
    });
    const sets = groupPerFile([findings]).map((f) => f.group);
    assert.equal(sets.length, 2);
    return sets;
  }
  it('a consumer key and a client secret are two sets, as the rules say', () => {
    const [a, b] = groups();
    assert.notEqual(a, b);
  });
  it('moving a rule to the other set in its file changes the grouping (no copy in code)', () => {
    const dir = rulesWith('twitter-oauth2-client-secret', (r) => ((r as unknown as Rule).set = 'oauth1'));
    const [a, b] = groups(dir);
    assert.equal(a, b);
  });
});
