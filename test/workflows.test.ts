/**
 * The GitHub files users copy — action.yml, the org-audit workflows in examples/ and the workflow in
 * the README — checked with a maintained validator of GitHub's schemas (@action-validator/cli).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
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

/** Each step's `run` script and `working-directory` in a workflow (the shapes the examples use). */
function runSteps(yaml: string): { run: string; workingDirectory: string | undefined }[] {
  const lines = yaml.split('\n');
  const steps: { run: string; workingDirectory: string | undefined }[] = [];
  let item: { run: string; workingDirectory: string | undefined } | null = null;
  let itemIndent = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const start = /^(\s*)- (.*)$/.exec(line);
    const body = start ? start[2]! : line.trim();
    const indent = start ? start[1]!.length + 2 : line.length - line.trimStart().length;
    if (start) {
      if (item?.run) steps.push(item);
      item = { run: '', workingDirectory: undefined };
      itemIndent = indent;
    }
    if (!item || indent !== itemIndent) continue;
    const wd = /^working-directory:\s*(.+)$/.exec(body);
    if (wd) item.workingDirectory = wd[1]!.trim();
    const run = /^run:\s*(.*)$/.exec(body);
    if (!run) continue;
    if (run[1] !== '|') {
      item.run = run[1]!;
      continue;
    }
    const block: string[] = [];
    while (i + 1 < lines.length && (lines[i + 1]!.trim() === '' || lines[i + 1]!.length - lines[i + 1]!.trimStart().length > indent)) block.push(lines[++i]!.trim());
    item.run = block.join('\n');
  }
  if (item?.run) steps.push(item);
  return steps;
}

const WORKSPACE = '/ws';
const TEMP = '/runner-temp';
const dir = (word: string, cwd: string): string => posix.resolve(cwd, word.replace(/^["']|["']$/g, '').replace(/\$\{\{\s*runner\.temp\s*\}\}|\$\{?RUNNER_TEMP\}?/g, TEMP));

/**
 * Where each npm or npx command in a step runs: `cd` followed through `&&`, `;` and lines, undone when
 * a `( … )` subshell ends; `--prefix DIR` counts as running there (npm reads DIR/.npmrc).
 */
function npmPlaces(step: { run: string; workingDirectory: string | undefined }): { command: string; cwd: string }[] {
  const places: { command: string; cwd: string }[] = [];
  const stack = [step.workingDirectory ? dir(step.workingDirectory, WORKSPACE) : WORKSPACE];
  for (const line of step.run.replace(/\\\n/g, ' ').split('\n')) {
    if (line.trimStart().startsWith('#')) continue;
    const tokens = line.match(/"[^"]*"|'[^']*'|&&|\|\||[;|()]|[^\s;|()&"']+/g) ?? [];
    let atCommand = true;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t === '(') stack.push(stack.at(-1)!);
      else if (t === ')') stack.pop();
      if (['(', ')', '&&', '||', ';', '|'].includes(t)) {
        atCommand = true;
        continue;
      }
      if (!atCommand) continue;
      atCommand = false;
      if (t === 'cd' && tokens[k + 1]) stack[stack.length - 1] = dir(tokens[++k]!, stack.at(-1)!);
      else if (/(^|\/)(npx|npm)$/.test(t)) {
        let end = k + 1;
        while (end < tokens.length && !['(', ')', '&&', '||', ';', '|'].includes(tokens[end]!)) end++;
        const args = tokens.slice(k + 1, end);
        const p = args.findIndex((a) => a === '--prefix' || a.startsWith('--prefix='));
        const prefix = p < 0 ? null : args[p] === '--prefix' ? args[p + 1] : args[p]!.slice('--prefix='.length);
        places.push({ command: tokens.slice(k, end).join(' '), cwd: stack.at(-1)! });
        if (prefix) places.push({ command: `${t} --prefix ${prefix}`, cwd: dir(prefix, stack.at(-1)!) });
      }
    }
  }
  return places;
}

const insideCheckout = (cwd: string): boolean => cwd === `${WORKSPACE}/target` || cwd.startsWith(`${WORKSPACE}/target/`);

it('the org-audit examples never run npm or npx inside the audited checkout (its .npmrc would configure them)', () => {
  // The checker itself: the forms that would read the checkout's .npmrc are caught.
  const caught = [
    '(cd target && npx --yes scan-twitter-secrets@0.1.0 --history)',
    'cd target\nnpm ci',
    'cd target/sub; npm install x',
    'npm install --prefix target x',
  ];
  for (const run of caught) assert.ok(npmPlaces({ run, workingDirectory: undefined }).some((p) => insideCheckout(p.cwd)), run);
  assert.ok(npmPlaces({ run: 'npx scan-twitter-secrets .', workingDirectory: 'target' }).some((p) => insideCheckout(p.cwd)));
  assert.ok(!npmPlaces({ run: '(cd target && ls)\nnpx x', workingDirectory: undefined }).some((p) => insideCheckout(p.cwd)), 'a subshell ends its cd');

  let npm = 0;
  for (const name of readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yml'))) {
    const yaml = readFileSync(join(ROOT, 'examples', name), 'utf8');
    const steps = runSteps(yaml);
    assert.ok(steps.length >= 1, name);
    for (const step of steps) {
      for (const place of npmPlaces(step)) {
        npm++;
        assert.ok(!insideCheckout(place.cwd), `${name}: "${place.command}" runs in ${place.cwd}`);
        assert.ok(place.cwd === TEMP || place.cwd.startsWith(`${TEMP}/`), `${name}: "${place.command}" runs in ${place.cwd}, not the runner's temporary directory`);
      }
    }
  }
  assert.ok(npm >= 2, 'the examples install the scanner with npm');
  // The scan inside the checkout runs the installed binary by its path.
  assert.match(readFileSync(join(ROOT, 'examples', 'org-audit-chunk.yml'), 'utf8'), /\(cd target && "\$RUNNER_TEMP\/sts\/node_modules\/\.bin\/scan-twitter-secrets" --history/);
});
