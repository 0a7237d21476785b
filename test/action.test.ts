/**
 * action.yml's own logic, run with bash as the runner would (test/helpers/action.ts): with
 * `fail-on-findings: false` only exit code 1 is tolerated; 2 (could not scan, or skipped something
 * under --fail-on-skip), 127 (node missing), 137 (killed) and no code at all fail the action.
 */
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { commitFiles, gitRepo, ROOT, scratch } from './helpers/cli.js';
import { parseAction, runAction } from './helpers/action.js';
import { Synth } from './helpers/synth.js';

const s = new Synth(137);
const action = parseAction(readFileSync(join(ROOT, 'action.yml'), 'utf8'));

/**
 * An action directory whose dist/cli.js records its arguments and ends as told: exits with
 * STS_FAKE_EXIT, or is killed by SIGKILL (the shell sees 137, as when a runner runs out of memory).
 */
function fakeActionPath(): { path: string; log: string } {
  const path = scratch('sts-fake-action-');
  const log = join(path, 'calls.log');
  mkdirSync(join(path, 'dist'));
  writeFileSync(
    join(path, 'dist', 'cli.js'),
    `require('fs').appendFileSync(${JSON.stringify(log)}, JSON.stringify(process.argv.slice(2)) + '\\n');
const code = Number(process.env.STS_FAKE_EXIT);
if (code === 137) process.kill(process.pid, 'SIGKILL');
process.exit(code);
`,
  );
  return { path, log };
}

/** The runner's environment: node on PATH (unless `noNode`), the action's path, a workspace. */
function runnerEnv(actionPath: string, extra: NodeJS.ProcessEnv = {}, noNode = false): NodeJS.ProcessEnv {
  const bin = scratch('sts-bin-');
  if (!noNode) {
    writeFileSync(join(bin, 'node'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} "$@"\n`);
    chmodSync(join(bin, 'node'), 0o755);
  }
  // Without node, PATH holds nothing at all: the scripts need only bash's builtins.
  return { PATH: noNode ? bin : `${bin}:${process.env.PATH}`, HOME: process.env.HOME, GITHUB_ACTION_PATH: actionPath, ...extra };
}

describe('action.yml: which exit codes fail the action', () => {
  const cases: [code: number, failOnFindings: string, fails: boolean][] = [
    [0, 'true', false],
    [1, 'true', true],
    [2, 'true', true],
    [0, 'false', false],
    [1, 'false', false],
    [1, 'False', false],
    [2, 'false', true],
    [137, 'false', true],
    [3, 'false', true],
  ];
  for (const [code, failOnFindings, fails] of cases) {
    it(`exit ${code} with fail-on-findings: ${failOnFindings} ${fails ? 'fails' : 'passes'}`, () => {
      const fake = fakeActionPath();
      const run = runAction(action, { 'fail-on-findings': failOnFindings }, runnerEnv(fake.path, { STS_FAKE_EXIT: String(code) }), scratch());
      assert.equal(run.outputs.scan?.['exit-code'], String(code), 'the exit-code output');
      assert.equal(run.failed, fails, JSON.stringify(run.steps.map((x) => [x.outcome, x.stderr])));
    });
  }

  it('exit 127 (node not on PATH) with fail-on-findings: false fails', () => {
    const fake = fakeActionPath();
    const run = runAction(action, { 'fail-on-findings': 'false' }, runnerEnv(fake.path, {}, true), scratch());
    assert.equal(run.outputs.scan?.['exit-code'], '127');
    assert.equal(run.failed, true, JSON.stringify(run.steps.map((x) => [x.outcome, x.stderr])));
  });

  it('scans once (annotations on stdout, SARIF to its file) and passes --fail-on-skip by default; fail-on-skip: false leaves it out', () => {
    for (const [value, expected] of [[undefined, true], ['false', false], ['true', true]] as const) {
      const fake = fakeActionPath();
      runAction(action, value === undefined ? {} : { 'fail-on-skip': value, 'sarif-file': 'out dir/x.sarif' }, runnerEnv(fake.path, { STS_FAKE_EXIT: '0' }), scratch());
      const calls = readFileSync(fake.log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as string[]);
      assert.equal(calls.length, 1, 'one scan writes both reports');
      const args = calls[0]!;
      assert.deepEqual(args.slice(0, 5), ['--github-event', '--format', 'github', '--output', `sarif=${value === undefined ? 'scan-twitter-secrets.sarif' : 'out dir/x.sarif'}`]);
      assert.equal(args.includes('--fail-on-skip'), expected, `${value}: ${args.join(' ')}`);
    }
  });

  it('args is split into words but not glob-expanded in the runner\'s directory: --exclude test/* arrives as typed', () => {
    const fake = fakeActionPath();
    const cwd = scratch();
    mkdirSync(join(cwd, 'test'));
    for (const f of ['a.js', 'b.js']) writeFileSync(join(cwd, 'test', f), '');
    writeFileSync(join(cwd, 'x.py'), '');
    const run = runAction(action, { args: '--exclude test/* -i *.py  --verbose' }, runnerEnv(fake.path, { STS_FAKE_EXIT: '0' }), cwd);
    assert.equal(run.failed, false, JSON.stringify(run.steps.map((x) => x.stderr)));
    const args = JSON.parse(readFileSync(fake.log, 'utf8').trim()) as string[];
    assert.deepEqual(args.slice(-5), ['--exclude', 'test/*', '-i', '*.py', '--verbose']);
  });

  it('the real CLI through the action: a pushed leak fails by default, passes with fail-on-findings: false', () => {
    const repo = gitRepo();
    const before = commitFiles(repo, { 'a.txt': 'clean\n' }, 'base');
    const after = commitFiles(repo, { 'b.txt': `${s.accessToken('4242')}\n` }, 'pushed');
    const event = join(scratch(), 'event.json');
    writeFileSync(event, JSON.stringify({ before, after }));
    const env = runnerEnv(ROOT, { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event });
    const sarifFile = join(scratch(), 'out.sarif');
    const strict = runAction(action, { 'sarif-file': sarifFile }, env, repo);
    assert.equal(strict.outputs.scan?.['exit-code'], '1', JSON.stringify(strict.steps.map((x) => x.stderr)));
    assert.equal(strict.failed, true);
    assert.match(strict.steps[0]!.stdout, /^::error file=b\.txt,/m, 'annotations in the log');
    assert.equal(JSON.parse(readFileSync(sarifFile, 'utf8')).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'b.txt', 'the same scan wrote the SARIF');
    const lenient = runAction(action, { 'fail-on-findings': 'false', 'sarif-file': join(scratch(), 'out.sarif') }, env, repo);
    assert.equal(lenient.outputs.scan?.['exit-code'], '1');
    assert.equal(lenient.failed, false);
    assert.equal(runAction(action, { 'fail-on-findings': 'false' }, { ...env, GITHUB_EVENT_PATH: join(scratch(), 'missing.json') }, repo).failed, true, 'exit 2 always fails');
  });

  it('no input is spliced into a script: they reach bash as environment variables', () => {
    for (const step of action.steps) assert.ok(!step.run?.includes('${{'), step.run);
  });
});
