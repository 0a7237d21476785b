/**
 * The pre-commit hook through real `git commit` in temporary repositories: whether the commit object
 * was created, what was printed, and that no full secret is ever printed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BIN, cli, git, GIT_IDENTITY, gitRepo, scratch } from './helpers/cli.js';
import { commits, hookedRepo, write } from './helpers/hook.js';
import { Synth } from './helpers/synth.js';

const s = new Synth(303);
const CK = s.consumerKey();
const CS = s.consumerSecret();
const AT = s.accessToken('987654321');
const ATS = s.accessTokenSecret();
const SECRETS = [CK, CS, AT, ATS];
const LEAK = `import tweepy\nauth = tweepy.OAuthHandler("${CK}", "${CS}")\nauth.set_access_token("${AT}", "${ATS}")\n`;
const TOKEN_ONLY = (t: string) => `token = "${t}"\n`;


interface Commit {
  status: number | null;
  out: string;
}

function commit(repo: string, args: string[], env: NodeJS.ProcessEnv = {}, cwd = repo): Commit {
  const r = spawnSync('git', ['commit', '-q', ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_IDENTITY, ...env } });
  const out = r.stdout + r.stderr;
  for (const v of SECRETS) assert.ok(!out.includes(v), 'the hook printed a full secret');
  return { status: r.status, out };
}

/** Commits without the hook, to set up history that already holds a secret. */
function commitBypassing(repo: string, msg: string): void {
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '--no-verify', '-m', msg);
}

describe('blocking what the commit adds', () => {
  it('blocks the first commit of a new repository and prints what, where, how to fix, how to bypass', () => {
    const repo = hookedRepo();
    write(repo, 'bot.py', LEAK);
    git(repo, 'add', '.');
    const c = commit(repo, ['-m', 'add bot']);
    assert.equal(c.status, 1);
    assert.equal(commits(repo), 0, 'no commit object was created');
    assert.match(c.out, /bot\.py:2:29 +X API Key \(consumer key\)/);
    assert.match(c.out, /credential set #1/);
    assert.match(c.out, /Regenerate/);
    assert.match(c.out, /git restore --staged <file>/);
    assert.match(c.out, /git commit --no-verify/);
    assert.match(c.out, /fingerprint:[0-9a-f]{16}/);
    assert.ok(c.out.indexOf('--no-verify') > c.out.indexOf('git restore --staged'), 'bypass comes last');
    assert.match(c.out.trimEnd().split('\n').pop()!, /^scanned 1 staged file: 4 credentials found, commit blocked$/);
  });

  it('lets a clean commit through silently, and an empty commit', () => {
    const repo = hookedRepo();
    write(repo, 'a.txt', 'hello\n');
    git(repo, 'add', '.');
    const c = commit(repo, ['-m', 'clean']);
    assert.equal(c.status, 0);
    assert.equal(c.out, '');
    assert.equal(commit(repo, ['--allow-empty', '-m', 'empty']).status, 0);
    assert.equal(commits(repo), 2);
  });

  it('reads the index, not the working tree (partial staging, both ways)', () => {
    const repo = hookedRepo();
    write(repo, 'cfg.py', 'x = 1\n');
    git(repo, 'add', '.');
    assert.equal(commit(repo, ['-m', 'init']).status, 0);
    // Staged clean, working tree dirty with a secret: passes.
    write(repo, 'cfg.py', 'x = 2\n');
    git(repo, 'add', 'cfg.py');
    write(repo, 'cfg.py', `x = 2\n${TOKEN_ONLY(AT)}`);
    assert.equal(commit(repo, ['-m', 'staged clean']).status, 0);
    // Staged with a secret, working tree cleaned afterwards: blocks.
    git(repo, 'add', 'cfg.py');
    write(repo, 'cfg.py', 'x = 3\n');
    const c = commit(repo, ['-m', 'staged secret']);
    assert.equal(c.status, 1);
    assert.match(c.out, /cfg\.py:2:10/);
  });

  it('git commit -a and git commit -- <path> (a temporary GIT_INDEX_FILE) are scanned', () => {
    const repo = hookedRepo();
    write(repo, 'a.py', 'a = 1\n');
    write(repo, 'b.py', 'b = 1\n');
    git(repo, 'add', '.');
    assert.equal(commit(repo, ['-m', 'init']).status, 0);
    write(repo, 'a.py', `a = 1\n${TOKEN_ONLY(AT)}`);
    assert.equal(commit(repo, ['-a', '-m', 'all']).status, 1);
    assert.equal(commit(repo, ['-m', 'only a', '--', 'a.py']).status, 1);
    write(repo, 'b.py', 'b = 2\n');
    assert.equal(commit(repo, ['-m', 'only b', '--', 'b.py']).status, 0, 'a.py is not part of this commit');
    assert.equal(commits(repo), 2);
  });

  it('a credential already committed and untouched does not block; it is mentioned', () => {
    const repo = hookedRepo();
    write(repo, 'settings.py', `import tweepy\nCONSUMER_KEY = "${CK}"\nDEBUG = False\n`);
    commitBypassing(repo, 'old leak');
    write(repo, 'settings.py', `import tweepy\nCONSUMER_KEY = "${CK}"\nDEBUG = True\n`);
    git(repo, 'add', '.');
    const c = commit(repo, ['-m', 'toggle debug']);
    assert.equal(c.status, 0, c.out);
    assert.match(c.out, /already in the previous commit: rotate it and audit the history/);
    // Removing the secret line never blocks.
    write(repo, 'settings.py', 'import tweepy\nDEBUG = True\n');
    git(repo, 'add', '.');
    assert.equal(commit(repo, ['-m', 'remove key']).status, 0);
  });

  it('pure rename, mode change and deletion do not block; renamed-and-edited blocks on the new value only', () => {
    const repo = hookedRepo();
    write(repo, 'old.py', `import tweepy\nCONSUMER_KEY = "${CK}"\n${'# filler line\n'.repeat(20)}`);
    commitBypassing(repo, 'old leak');
    git(repo, 'mv', 'old.py', 'renamed.py');
    assert.equal(commit(repo, ['-m', 'rename']).status, 0);
    chmodSync(join(repo, 'renamed.py'), 0o755);
    git(repo, 'add', '.');
    assert.equal(commit(repo, ['-m', 'chmod']).status, 0);
    git(repo, 'mv', 'renamed.py', 'moved.py');
    write(repo, 'moved.py', `import tweepy\nCONSUMER_KEY = "${CK}"\nCONSUMER_SECRET = "${CS}"\n${'# filler line\n'.repeat(20)}`);
    git(repo, 'add', '.');
    const c = commit(repo, ['-m', 'rename and edit']);
    assert.equal(c.status, 1);
    assert.match(c.out, /moved\.py:3:\d+ +X API Key Secret/);
    assert.doesNotMatch(c.out, /✖ moved\.py:2:/, 'the key was already committed');
    git(repo, 'reset', '-q', '--hard');
    git(repo, 'rm', '-q', 'renamed.py');
    assert.equal(commit(repo, ['-m', 'delete']).status, 0);
  });

  it('hook started from a subdirectory, merges, CRLF files', () => {
    const repo = hookedRepo();
    write(repo, 'sub/dir/a.txt', 'a\n');
    git(repo, 'add', '.');
    assert.equal(commit(repo, ['-m', 'init']).status, 0);
    write(repo, 'sub/dir/keys.env', `TWITTER_ACCESS_TOKEN=${AT}\r\nTWITTER_ACCESS_TOKEN_SECRET=${ATS}\r\n`);
    git(repo, 'add', '.');
    const c = commit(repo, ['-m', 'from subdir'], {}, join(repo, 'sub/dir'));
    assert.equal(c.status, 1);
    assert.match(c.out, /sub\/dir\/keys\.env:2:29 +X Access Token Secret/);
    git(repo, 'reset', '-q', '--hard');
    git(repo, 'checkout', '-q', '-b', 'side');
    write(repo, 'side.txt', 'side\n');
    git(repo, 'add', '.');
    assert.equal(commit(repo, ['-m', 'side']).status, 0);
    git(repo, 'checkout', '-q', 'main');
    write(repo, 'main.txt', 'main\n');
    git(repo, 'add', '.');
    assert.equal(commit(repo, ['-m', 'main']).status, 0);
    const merge = spawnSync('git', ['merge', '-q', '--no-ff', '-m', 'merge', 'side'], { cwd: repo, encoding: 'utf8', env: { ...process.env, ...GIT_IDENTITY } });
    assert.equal(merge.status, 0, merge.stderr);
  });
});

describe('weird staged content never crashes the hook', () => {
  it('odd file names, binary, 20 MB text, symlinks, submodules, hundreds of files', () => {
    const repo = hookedRepo();
    const names = ['with space.py', 'üñíçødé.py', 'new\nline.py', '-leading-dash.py'];
    for (const n of names) write(repo, n, TOKEN_ONLY(AT));
    writeFileSync(Buffer.from(join(repo, 'bad-\xff.py'), 'latin1'), TOKEN_ONLY(AT));
    write(repo, 'blob.bin', Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.from(LEAK)]));
    const filler = 'const x = 1; // a line of a large generated file\n';
    write(repo, 'big.js', filler.repeat(Math.ceil((20 * 1024 * 1024) / filler.length)));
    const outside = scratch();
    writeFileSync(join(outside, 'secret.py'), LEAK);
    symlinkSync(join(outside, 'secret.py'), join(repo, 'link.py'));
    for (let i = 0; i < 300; i++) write(repo, `many/f${i}.txt`, `line ${i}\n`);
    const sub = gitRepo();
    write(sub, 'x.txt', 'x\n');
    git(sub, 'add', '.');
    git(sub, 'commit', '-q', '-m', 'sub');
    git(repo, 'add', '.');
    git(repo, 'update-index', '--add', '--cacheinfo', `160000,${git(sub, 'rev-parse', 'HEAD').trim()},vendor/sub`);
    const c = commit(repo, ['-m', 'weird']);
    assert.equal(c.status, 1, c.out);
    // Text reports escape control characters in names, so a name cannot forge report lines.
    for (const n of ['with space.py', 'üñíçødé.py', 'new\\nline.py', '-leading-dash.py']) assert.ok(c.out.includes(`${n}:1:10`), `missing ${n}`);
    assert.match(c.out, /bad-.*\.py:1:10/);
    assert.doesNotMatch(c.out, /blob\.bin|link\.py|big\.js/);
    assert.match(c.out, /scanned 30\d staged files: 5 credentials found, commit blocked/);
    // Without the leaking files the same weird commit goes through.
    for (const n of names) rmSync(join(repo, n));
    rmSync(Buffer.from(join(repo, 'bad-\xff.py'), 'latin1'));
    git(repo, 'add', '-A');
    git(repo, 'update-index', '--add', '--cacheinfo', `160000,${git(sub, 'rev-parse', 'HEAD').trim()},vendor/sub`);
    const ok = commit(repo, ['-m', 'weird but clean']);
    assert.equal(ok.status, 0, ok.out);
  });
});

describe('failures block with exit 2', () => {
  it('not a repository, git missing, corrupt index: one line, exit 2', () => {
    const dir = scratch();
    const notRepo = cli(['--staged'], dir);
    assert.equal(notRepo.status, 2);
    assert.match(notRepo.stderr, /^scan-twitter-secrets: not inside a git repository/);
    const repo = gitRepo();
    const noGit = spawnSync(process.execPath, [BIN, '--staged'], { cwd: repo, encoding: 'utf8', env: { PATH: '/nonexistent' } });
    assert.equal(noGit.status, 2);
    assert.equal(noGit.stderr.trim(), 'scan-twitter-secrets: git is not installed or not on PATH');
    write(repo, 'a.txt', 'a\n');
    git(repo, 'add', '.');
    writeFileSync(join(repo, '.git/index'), 'garbage, not an index');
    const corrupt = cli(['--staged'], repo);
    assert.equal(corrupt.status, 2);
    assert.equal(corrupt.stderr.trim().split('\n').length, 1, corrupt.stderr);
    assert.match(corrupt.stderr, /^scan-twitter-secrets: git .*index/);
  });
});

describe('installing the hook anywhere', () => {
  it('core.hooksPath and worktrees: install writes where git runs hooks', () => {
    const repo = gitRepo();
    git(repo, 'config', 'core.hooksPath', 'my-hooks');
    assert.equal(cli(['install'], repo).status, 0);
    assert.ok(existsSync(join(repo, 'my-hooks/pre-commit')));
    write(repo, 'k.txt', TOKEN_ONLY(AT));
    git(repo, 'add', '.');
    assert.equal(commit(repo, ['-m', 'x']).status, 1);

    const main = gitRepo();
    write(main, 'a.txt', 'a\n');
    git(main, 'add', '.');
    git(main, 'commit', '-q', '-m', 'init');
    const wt = join(scratch(), 'wt');
    git(main, 'worktree', 'add', '-q', wt);
    assert.ok(readFileSync(join(wt, '.git'), 'utf8').startsWith('gitdir:'));
    assert.equal(cli(['install'], wt).status, 0);
    assert.ok(existsSync(join(main, '.git/hooks/pre-commit')), 'hooks live in the common git dir');
    write(wt, 'k.txt', TOKEN_ONLY(AT));
    git(wt, 'add', '.');
    assert.equal(commit(wt, ['-m', 'x']).status, 1);
  });

  it('never overwrites a foreign hook: refuses, or with --force chains to it; uninstall restores it', () => {
    const repo = gitRepo();
    const hook = join(repo, '.git/hooks/pre-commit');
    writeFileSync(hook, '#!/bin/sh\necho foreign hook ran >&2\n');
    chmodSync(hook, 0o755);
    const refused = cli(['install'], repo);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /already exists .* --force/);
    assert.match(readFileSync(hook, 'utf8'), /foreign hook ran/);
    assert.equal(cli(['install', '--force'], repo).status, 0);
    write(repo, 'a.txt', 'a\n');
    git(repo, 'add', '.');
    const c = commit(repo, ['-m', 'a']);
    assert.equal(c.status, 0);
    assert.match(c.out, /foreign hook ran/);
    assert.equal(cli(['install', '--force'], repo).status, 0, 'idempotent');
    assert.equal(cli(['uninstall'], repo).status, 0);
    assert.equal(readFileSync(hook, 'utf8'), '#!/bin/sh\necho foreign hook ran >&2\n');
  });

  it('husky: one marked block in .husky/pre-commit, idempotent; uninstall removes exactly it', () => {
    const repo = gitRepo();
    write(repo, '.husky/pre-commit', 'npm run lint\n');
    git(repo, 'config', 'core.hooksPath', '.husky/_');
    assert.equal(cli(['install'], repo).status, 0);
    assert.equal(cli(['install'], repo).status, 0);
    const text = readFileSync(join(repo, '.husky/pre-commit'), 'utf8');
    assert.equal(text.split('\n').filter((l) => l.includes('--staged')).length, 1);
    assert.ok(text.startsWith('npm run lint\n'));
    assert.match(text, /\n# >>> scan-twitter-secrets [^\n]*\n[^\n]* --staged\n# <<< scan-twitter-secrets [^\n]*\n$/);
    assert.equal(cli(['uninstall'], repo).status, 0);
    assert.equal(readFileSync(join(repo, '.husky/pre-commit'), 'utf8'), 'npm run lint\n');
  });

  it('a directory named install is scanned as ./install', () => {
    const dir = scratch();
    write(dir, 'install/keys.txt', TOKEN_ONLY(AT));
    assert.equal(cli(['./install'], dir).status, 1);
    assert.equal(cli(['install', 'x'], dir).status, 2);
  });
});

describe('opt-outs and file lists', () => {
  it('SKIP=scan-twitter-secrets passes with a note; file arguments after --staged restrict the scan', () => {
    const repo = hookedRepo();
    write(repo, 'leak.txt', TOKEN_ONLY(AT));
    write(repo, 'clean.txt', 'ok\n');
    git(repo, 'add', '.');
    const skipped = commit(repo, ['-m', 'skip'], { SKIP: 'other-hook,scan-twitter-secrets' });
    assert.equal(skipped.status, 0);
    assert.match(skipped.out, /skipped \(SKIP=scan-twitter-secrets\)/);
    write(repo, 'leak2.txt', TOKEN_ONLY(AT));
    write(repo, 'clean2.txt', 'ok\n');
    git(repo, 'add', '.');
    assert.equal(cli(['--staged', 'clean2.txt'], repo).status, 0);
    assert.equal(cli(['--staged', join(repo, 'leak2.txt')], repo).status, 1, 'absolute paths, as lint-staged passes them');
    assert.equal(cli(['--staged'], repo).status, 1);
    assert.equal(cli(['--staged', '--verbose', 'clean2.txt'], repo).stderr.trim(), 'scan-twitter-secrets: scanned 1 staged file: no X credentials found');
  });
});
