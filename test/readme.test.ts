/** The README's rules table is checked against rules/, and the project scans itself clean. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { loadRules } from '../src/rules/load.js';
import { cli, ROOT } from './helpers/cli.js';


it('README rules table lists exactly the rules in rules/, in order, with their titles', () => {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  const table = readme.split('<!-- rules-table:start -->')[1]!.split('<!-- rules-table:end -->')[0]!;
  const rows = table
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .map((l) => l.split('|').map((c) => c.trim()));
  const rules = loadRules().rules;
  assert.deepEqual(rows.map((r) => r[1]!.replace(/`/g, '')), rules.map((r) => r.id));
  assert.deepEqual(rows.map((r) => r[2]), rules.map((r) => r.title));
  assert.deepEqual(rows.map((r) => r[3]), rules.map((r) => (r.detector === 'context' ? 'context' : 'structure')));
});

it('the repository scans itself clean with its own CLI', () => {
  const r = cli(['.'], ROOT);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /no X credentials found; \d+ ignored/);
});
