/**
 * The one generic rule test: every rule's positive and negative examples run through the real
 * detector, and the rule set is checked as a whole (ids, remediation keys, SDK roles, patterns).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileRules } from '../src/detect/compile.js';
import { detect } from '../src/detect/detect.js';
import { loadRules } from '../src/rules/load.js';

/** Example OAuth 2.0 tokens were issued 2026-11-27T12:00Z; the examples are read half an hour later. */
export const EXAMPLE_CLOCK = Date.UTC(2026, 10, 27, 12, 30);

const set = loadRules();
const compiled = compileRules(set);

describe('rule set', () => {
  it('holds the nine public rule ids', () => {
    assert.deepEqual(set.rules.map((r) => r.id).sort(), [
      'twitter-access-token',
      'twitter-access-token-secret',
      'twitter-bearer-token',
      'twitter-consumer-key',
      'twitter-consumer-secret',
      'twitter-oauth2-access-token',
      'twitter-oauth2-client-id',
      'twitter-oauth2-client-secret',
      'twitter-oauth2-refresh-token',
    ]);
  });
  it('every positive example matches its own pattern', () => {
    for (const rule of set.rules) {
      const re = new RegExp(`^(?:${rule.pattern})$`);
      for (const ex of rule.examples.positive) {
        if (ex.secret && rule.id !== 'twitter-bearer-token') assert.match(ex.secret, re, `${rule.id}: ${ex.secret}`);
      }
    }
  });
});

for (const rule of set.rules) {
  describe(rule.id, () => {
    rule.examples.positive.forEach((ex, i) => {
      it(`finds positive #${i + 1}${ex.note ? ` (${ex.note})` : ''}`, () => {
        const { findings } = detect(ex.text, ex.file, compiled, { now: EXAMPLE_CLOCK });
        const hit = findings.find((f) => f.ruleId === rule.id && (!ex.secret || f.secret === ex.secret));
        assert.ok(hit, `${rule.id} not found in ${ex.file}; got ${JSON.stringify(findings.map((f) => [f.ruleId, f.secret]))}`);
        assert.equal(hit.blocking, ex.blocking ?? true, 'blocking flag');
        assert.equal(ex.text.slice(hit.start, hit.end), ex.secret ?? ex.text.slice(hit.start, hit.end));
      });
    });
    rule.examples.negative.forEach((ex, i) => {
      it(`ignores negative #${i + 1} (${ex.note ?? ''})`, () => {
        const { findings } = detect(ex.text, ex.file, compiled, { now: EXAMPLE_CLOCK });
        const hit = findings.filter((f) => f.ruleId === rule.id);
        assert.deepEqual(hit.map((f) => f.secret), [], `${rule.id} wrongly reported in ${ex.file}`);
      });
    });
  });
}
