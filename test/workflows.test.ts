/**
 * The GitHub files users copy — action.yml, the org-audit workflows in examples/ and the workflow in
 * the README — checked with a maintained validator of GitHub's schemas (@action-validator/cli).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { ROOT, scratch } from './helpers/cli.js';

const VALIDATOR = join(ROOT, 'node_modules', '.bin', 'action-validator');

function validate(file: string): { ok: boolean; output: string } {
  const r = spawnSync(VALIDATOR, [file], { encoding: 'utf8' });
  return { ok: r.status === 0, output: r.stdout + r.stderr };
}

it('action.yml, examples/*.yml and the README\'s workflow are valid for GitHub', () => {
  const files = [join(ROOT, 'action.yml'), ...readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yml')).map((f) => join(ROOT, 'examples', f))];
  assert.ok(files.length >= 3);
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const dir = scratch();
  [...readme.matchAll(/```yaml\n(# \.github\/workflows\/[^\n]*\n[\s\S]*?)```/g)].forEach((m, i) => {
    const file = join(dir, `readme-${i}.yml`);
    writeFileSync(file, m[1]!);
    files.push(file);
  });
  assert.ok(files.some((f) => f.includes('readme-')), 'the README holds a workflow');
  for (const file of files) {
    const r = validate(file);
    assert.ok(r.ok, `${file}: ${r.output}`);
  }
});

it('the validator does reject what GitHub would reject', () => {
  const dir = scratch();
  writeFileSync(join(dir, 'colon.yml'), 'name: x\ndescription: needs "security-events: write"\nruns:\n  using: composite\n  steps: []\n');
  writeFileSync(join(dir, 'bogus.yml'), 'name: x\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n        bogus: 1\n');
  for (const f of ['colon.yml', 'bogus.yml']) assert.equal(validate(join(dir, f)).ok, false, f);
});
