/**
 * `install` in a husky repository writes a marked block to .husky/pre-commit, and `uninstall` takes out
 * exactly that block (issue 9): a package path holding a newline or a quote spreads the command over
 * lines, and removing "the tagged line" used to leave half a command behind. Real husky, real commits,
 * and a real copy of the package in a directory whose name holds a newline and a single quote.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli, git, GIT_IDENTITY, gitRepo, ROOT, scratch } from './helpers/cli.js';
import { Synth } from './helpers/synth.js';

const AT = new Synth(77).accessToken('1234567890123');
/** HUSKY=0 (common in CI environments) would skip the hook under test. */
const ENV = { ...process.env, ...GIT_IDENTITY, HUSKY: '1', NO_COLOR: '1' };

/** This package as npm lays it out (dist/, rules/, package.json), under a hostile directory name. */
function packageCopy(): string {
  const dir = join(scratch('sts-pkg-'), "node\n'modules");
  mkdirSync(dir);
  for (const part of ['dist', 'rules', 'package.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  return dir;
}

/** A repository set up by the real husky (core.hooksPath .husky/_), with the user's own hook lines. */
function huskyRepo(userLines: string): string {
  const repo = gitRepo();
  const husky = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'husky', 'bin.js')], { cwd: repo, env: ENV, encoding: 'utf8' });
  assert.equal(husky.status, 0, husky.stderr);
  assert.equal(git(repo, 'config', 'core.hooksPath').trim(), '.husky/_');
  writeFileSync(join(repo, '.husky', 'pre-commit'), userLines);
  return repo;
}

function run(cwd: string, cmd: string, args: string[]) {
  return spawnSync(cmd, args, { cwd, env: ENV, encoding: 'utf8' });
}

const hookFile = (repo: string) => join(repo, '.husky', 'pre-commit');

describe('husky: a marked block in .husky/pre-commit', () => {
  it('installed from a path with a newline and a quote: the hook parses and runs; uninstall restores the file byte for byte', () => {
    const pkg = packageCopy();
    const bin = join(pkg, 'dist', 'cli.js');
    const before = 'echo user-hook-before >&2\n';
    const repo = huskyRepo(before);

    const install = run(repo, process.execPath, [bin, 'install']);
    assert.equal(install.status, 0, install.stderr);
    assert.match(install.stdout, /^scan-twitter-secrets: added the scan to \.husky\/pre-commit \(husky\)\n$/);
    // The user keeps editing the file: a line after our block.
    const after = 'echo user-hook-after >&2\n';
    writeFileSync(hookFile(repo), readFileSync(hookFile(repo), 'utf8') + after);
    assert.equal(run(repo, 'sh', ['-n', hookFile(repo)]).status, 0, 'the hook is valid shell');

    writeFileSync(join(repo, 'clean.txt'), 'hello\n');
    git(repo, 'add', 'clean.txt');
    const clean = run(repo, 'git', ['commit', '-q', '-m', 'clean']);
    assert.equal(clean.status, 0, clean.stderr);
    assert.match(clean.stderr, /user-hook-before[\s\S]*user-hook-after/, 'the whole hook ran');

    writeFileSync(join(repo, 'keys.txt'), `token = "${AT}"\n`);
    git(repo, 'add', 'keys.txt');
    const leak = run(repo, 'git', ['commit', '-q', '-m', 'leak']);
    assert.equal(leak.status, 1, leak.stderr);
    assert.match(leak.stderr, /commit blocked/, 'the scan ran from the copied package');
    assert.equal(git(repo, 'rev-list', '--count', 'HEAD').trim(), '1');

    const uninstall = run(repo, process.execPath, [bin, 'uninstall']);
    assert.equal(uninstall.status, 0, uninstall.stderr);
    assert.equal(readFileSync(hookFile(repo), 'utf8'), before + after);
    assert.equal(run(repo, 'sh', ['-n', hookFile(repo)]).status, 0);
  });

  it('a one-line install of earlier versions counts as installed, and uninstall still removes it', () => {
    const repo = huskyRepo('');
    writeFileSync(hookFile(repo), "npm run lint\n'/usr/bin/node' '/opt/sts/dist/cli.js' --staged  # added by scan-twitter-secrets install\necho after\n");
    assert.match(cli(['install'], repo).stdout, /already installed/);
    assert.equal(cli(['uninstall'], repo).status, 0);
    assert.equal(readFileSync(hookFile(repo), 'utf8'), 'npm run lint\necho after\n');
  });
});
