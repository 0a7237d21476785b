/**
 * A tree scan walks the disk without git only when git is missing or the folder is in no work tree.
 * When git refuses a repository it found — another user's ("dubious ownership", common in container
 * CI jobs), an unknown repository extension — the scan stops with one line saying why (exit 2)
 * instead of walking with the non-git default excludes, which would never read a tracked
 * `tools/venv/settings.py`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chownSync, mkdirSync, readdirSync, lstatSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli, git, gitRepo, scratch } from './helpers/cli.js';
import { Synth } from './helpers/synth.js';

const s = new Synth(4242);

/** A repository whose only file sits under a folder the plain walk never enters. */
function venvRepo(): string {
  const repo = gitRepo();
  mkdirSync(join(repo, 'tools', 'venv'), { recursive: true });
  writeFileSync(join(repo, 'tools', 'venv', 'settings.py'), `X_TOKEN = "${s.accessToken('1357911')}"\n`);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'settings');
  return repo;
}

/** A HOME with an empty global git config, so the user's own safe.directory entries play no part. */
function cleanHome(): { env: NodeJS.ProcessEnv; gitconfig: string } {
  const home = scratch('sts-home-');
  const gitconfig = join(home, '.gitconfig');
  writeFileSync(gitconfig, '');
  return { env: { HOME: home, XDG_CONFIG_HOME: join(home, '.config'), GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: gitconfig }, gitconfig };
}

function chownTree(path: string, uid: number): void {
  chownSync(path, uid, uid);
  if (!lstatSync(path).isDirectory()) return;
  for (const name of readdirSync(path)) chownTree(join(path, name), uid);
}

const isRoot = process.getuid?.() === 0;

describe('git refuses the repository', () => {
  it('dubious ownership: exit 2 with one line naming the safe.directory fix; after the fix, the tracked file is scanned', { skip: isRoot ? false : 'needs root: only root can make a repository owned by another uid (chown)' }, () => {
    const repo = venvRepo();
    // git checks that the repository belongs to the current user; this one belongs to uid 12345.
    chownTree(repo, 12345);
    const { env, gitconfig } = cleanHome();
    const plain = spawnSync('git', ['status'], { cwd: repo, env: { ...process.env, ...env }, encoding: 'utf8' });
    assert.match(plain.stderr, /dubious ownership/, 'git itself refuses this repository');

    for (const [args, cwd] of [[['.'], repo], [['tools'], repo], [['.'], join(repo, 'tools')], [['--history'], repo], [['--staged'], repo]] as const) {
      const r = cli([...args], cwd, env);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, `scan-twitter-secrets: git refuses the repository at ${repo}: it belongs to another user ("dubious ownership"); if you trust it: git config --global --add safe.directory ${repo}\n`);
    }

    git(scratch(), 'config', '--file', gitconfig, '--add', 'safe.directory', repo);
    const fixed = cli(['.', '--format', 'json'], repo, env);
    assert.equal(fixed.status, 1, fixed.stderr);
    assert.deepEqual(JSON.parse(fixed.stdout).findings.map((f: { file: string }) => f.file), ['tools/venv/settings.py']);
    // --no-git is still the way to walk the folder as plain files (the default excludes apply).
    assert.equal(cli(['.', '--no-git'], repo, cleanHome().env).status, 0);
  });

  it('another refusal (an unknown repository extension): exit 2 with git\'s reason, not a walk', () => {
    const repo = venvRepo();
    git(repo, 'config', 'core.repositoryformatversion', '1');
    git(repo, 'config', 'extensions.notYetInvented', 'true');
    const r = cli(['.'], repo);
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, new RegExp(`^scan-twitter-secrets: git refuses the repository at ${repo}: unknown repository extension found: notyetinvented \\(to scan the folder as plain files: --no-git\\)\\n$`, 'i'));
  });

  it('a `.git` that is no repository at all (an empty folder) is not a work tree: walked as plain files', () => {
    const dir = scratch();
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'keys.py'), `X_TOKEN = "${s.accessToken('24680')}"\n`);
    const r = cli(['.'], dir);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /scanned 1 file; 1 X credential found/);
  });
});
