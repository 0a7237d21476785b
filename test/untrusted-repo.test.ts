/**
 * A scanned repository is untrusted: nothing in its git config, in a folder shaped like a git
 * directory, or in a CI event payload may make the scan run a command or hand git an option. Every
 * case plants a marker command and checks that it never ran, and that the scan still finds the leak.
 */
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli, git, gitRepo, scratch } from './helpers/cli.js';
import { Synth } from './helpers/synth.js';

const s = new Synth(909);

/** A tweepy file with a full credential set: four blocking findings wherever it is scanned. */
const leakyPython = (): string =>
  `import tweepy\nauth = tweepy.OAuthHandler("${s.consumerKey()}", "${s.consumerSecret()}")\nauth.set_access_token("${s.accessToken('2244668800')}", "${s.accessTokenSecret()}")\n`;

/** A path that a planted command would create; the test asserts it never appears. */
function marker(): { path: string; command: string } {
  const path = join(scratch('sts-marker-'), 'ran');
  return { path, command: `touch ${path}` };
}

function assertNotRun(m: { path: string }, what: string): void {
  assert.equal(existsSync(m.path), false, `${what} ran a command from the scanned repository`);
}

function committedRepo(files: Record<string, string>): string {
  const repo = gitRepo();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(repo, name, '..'), { recursive: true });
    writeFileSync(join(repo, name), text);
  }
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'init');
  return repo;
}

/** Removes one loose object, as a partial clone lacks the blobs it has not fetched yet. */
function dropObject(repo: string, sha: string): void {
  rmSync(join(repo, '.git', 'objects', sha.slice(0, 2), sha.slice(2)));
}

describe('git configuration in the scanned repository cannot run anything', () => {
  it('core.fsmonitor in .git/config runs neither in a tree scan nor in --staged', () => {
    const m = marker();
    const repo = committedRepo({ 'app.py': leakyPython() });
    git(repo, 'config', 'core.fsmonitor', m.command);
    const tree = cli(['.'], repo);
    assert.equal(tree.status, 1, tree.stderr);
    assert.match(tree.stdout, /scanned 1 file; 4 X credentials/);
    writeFileSync(join(repo, 'more.py'), leakyPython());
    git(repo, '-c', 'core.fsmonitor=false', 'add', 'more.py');
    const staged = cli(['--staged'], repo);
    assert.equal(staged.status, 1, staged.stderr);
    assert.match(staged.stderr, /more\.py/);
    assertNotRun(m, 'a tree scan or --staged');
  });

  it('core.fsmonitor from a tracked file that .git/config includes does not run either', () => {
    const m = marker();
    const repo = committedRepo({ 'app.py': leakyPython(), 'team.gitconfig': `[core]\n\tfsmonitor = ${m.command}\n` });
    git(repo, 'config', 'include.path', '../team.gitconfig');
    const r = cli(['.'], repo);
    assert.equal(r.status, 1, r.stderr);
    assertNotRun(m, 'a tree scan');
  });

  it('--history does not verify signatures with the repository\'s gpg.program (log.showSignature)', () => {
    const m = marker();
    const repo = committedRepo({ 'app.py': leakyPython() });
    // Re-write HEAD as a signed commit: git log would hand the signature to gpg.program.
    const raw = git(repo, 'cat-file', 'commit', 'HEAD');
    const signed = raw.replace(/^(committer .*\n)/m, '$1gpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----\n');
    const file = join(scratch(), 'commit.txt');
    writeFileSync(file, signed);
    const sha = git(repo, 'hash-object', '-t', 'commit', '-w', file).trim();
    git(repo, 'update-ref', 'refs/heads/main', sha);
    const gpg = join(scratch(), 'gpg.sh');
    writeFileSync(gpg, `#!/bin/sh\n${m.command}\n`);
    chmodSync(gpg, 0o755);
    git(repo, 'config', 'log.showSignature', 'true');
    git(repo, 'config', 'gpg.program', gpg);
    const r = cli(['--history', '--format', 'json'], repo);
    assert.equal(r.status, 1, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.equal(doc.findings[0].provenance.introduced.hash, sha, 'commit attribution still works');
    assertNotRun(m, '--history');
  });

  // A partial clone fetches a missing object from its promisor remote: each of these remotes runs a command.
  const promisors: Record<string, (cmd: string) => Record<string, string>> = {
    'remote.<name>.uploadpack': (cmd) => ({ 'remote.origin.url': scratch(), 'remote.origin.uploadpack': `${cmd}; git-upload-pack` }),
    'core.sshCommand': (cmd) => ({ 'remote.origin.url': 'ssh://git.example.invalid/repo.git', 'core.sshCommand': `${cmd}; false` }),
    'an ext:: URL': (cmd) => ({ 'remote.origin.url': `ext::sh -c ${cmd.replace(/ /g, '% ')}`, 'protocol.ext.allow': 'always' }),
  };
  function makePartialClone(repo: string, config: Record<string, string>): void {
    git(repo, 'config', 'core.repositoryformatversion', '1');
    git(repo, 'config', 'extensions.partialClone', 'origin');
    git(repo, 'config', 'remote.origin.promisor', 'true');
    for (const [k, v] of Object.entries(config)) git(repo, 'config', k, v);
  }

  for (const [name, config] of Object.entries(promisors)) {
    it(`a missing object is reported, never fetched (promisor remote with ${name})`, () => {
      const m = marker();
      const repo = committedRepo({ 'app.py': leakyPython(), 'old.py': leakyPython(), 'kept.py': leakyPython() });
      const oldBlob = git(repo, 'rev-parse', 'HEAD:old.py').trim();
      git(repo, 'rm', '-q', 'old.py');
      git(repo, 'commit', '-q', '-m', 'remove old.py');
      // --staged: HEAD's app.py is read to tell new values from ones committed earlier.
      const headBlob = git(repo, 'rev-parse', 'HEAD:app.py').trim();
      writeFileSync(join(repo, 'app.py'), `${leakyPython()}# edited\n`);
      git(repo, 'add', 'app.py');
      dropObject(repo, oldBlob);
      dropObject(repo, headBlob);
      makePartialClone(repo, config(m.command));

      const history = cli(['--history', '--format', 'json'], repo);
      assert.equal(history.status, 1, history.stderr);
      const doc = JSON.parse(history.stdout);
      for (const sha of [oldBlob, headBlob]) assert.ok(doc.warnings.some((w: string) => w.includes(sha) && /missing/.test(w)), doc.warnings.join('\n'));
      assert.equal(doc.summary.unreadable, 2, 'the missing blobs count as content not scanned');
      assert.deepEqual([...new Set(doc.findings.map((f: { file: string }) => f.file))], ['kept.py'], 'the blobs that are there are scanned');

      const staged = cli(['--staged'], repo);
      assert.equal(staged.status, 1, staged.stderr);
      assert.match(staged.stderr, new RegExp(`warning: not scanned: git object ${headBlob} \\(app\\.py\\) is missing`));
      assertNotRun(m, 'a scan of a partial clone');
    });
  }

  it('the guards change nothing in an ordinary repository, a bare clone or a mirror clone', () => {
    const repo = committedRepo({ 'app.py': leakyPython() });
    const bare = join(scratch(), 'bare.git');
    const mirror = join(scratch(), 'mirror.git');
    git(scratch(), 'clone', '-q', '--bare', repo, bare);
    git(scratch(), 'clone', '-q', '--mirror', repo, mirror);
    const expected = JSON.parse(cli(['--history', '--format', 'json'], repo).stdout).findings.map((f: { fingerprint: string }) => f.fingerprint);
    assert.equal(expected.length, 4);
    for (const dir of [bare, mirror]) {
      const r = cli(['--history', '--format', 'json'], dir);
      assert.equal(r.status, 1, r.stderr);
      assert.deepEqual(JSON.parse(r.stdout).findings.map((f: { fingerprint: string }) => f.fingerprint), expected, dir);
    }
  });
});

/** A folder holding what git takes for a repository: HEAD, objects/, refs/ and a config of its own. */
function fakeGitDir(dir: string, command: string): void {
  mkdirSync(join(dir, 'objects', 'info'), { recursive: true });
  mkdirSync(join(dir, 'refs', 'heads'), { recursive: true });
  mkdirSync(join(dir, 'info'), { recursive: true });
  writeFileSync(join(dir, 'HEAD'), 'ref: refs/heads/main\n');
  writeFileSync(join(dir, 'objects', 'info', 'packs'), '\n');
  writeFileSync(join(dir, 'refs', 'heads', 'README'), 'kept so git commits the folder\n');
  writeFileSync(join(dir, 'config'), `[core]\n\trepositoryformatversion = 0\n\tbare = false\n\tworktree = ..\n\tfsmonitor = ${command}\n`);
  // Would hide every file from `git ls-files --exclude-standard` run as that "repository".
  writeFileSync(join(dir, 'info', 'exclude'), '*\n');
}

describe('a folder that looks like a git directory is just files', () => {
  it('inside a work tree: git runs against the enclosing work tree, and the folder\'s files are scanned', () => {
    const m = marker();
    const repo = gitRepo();
    fakeGitDir(join(repo, 'vendor', 'tool'), m.command);
    writeFileSync(join(repo, 'vendor', 'tool', 'keys.py'), leakyPython());
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'vendored');
    for (const [cwd, args] of [[repo, ['vendor/tool']], [join(repo, 'vendor', 'tool'), ['.']]] as const) {
      const r = cli([...args, '--format', 'json'], cwd);
      assert.equal(r.status, 1, r.stderr);
      const doc = JSON.parse(r.stdout);
      assert.deepEqual([...new Set(doc.findings.map((f: { file: string }) => f.file))], ['keys.py']);
      assert.equal(doc.summary.filesScanned, 6, 'every file of the folder, as the enclosing work tree lists them');
    }
    assertNotRun(m, 'a scan of a folder shaped like a git directory');
  });

  it('outside any work tree (an unpacked package in node_modules): walked as plain files', () => {
    const m = marker();
    const pkg = join(scratch(), 'node_modules', 'evil');
    fakeGitDir(pkg, m.command);
    writeFileSync(join(pkg, 'index.py'), leakyPython());
    for (const [cwd, arg] of [[join(pkg, '..', '..'), 'node_modules/evil'], [pkg, '.']] as const) {
      const r = cli([arg, '--format', 'json'], cwd);
      assert.equal(r.status, 1, r.stderr);
      assert.equal(JSON.parse(r.stdout).findings.length, 4);
    }
    assertNotRun(m, 'a scan of an unpacked package');
  });
});

describe('revisions from outside never become git options', () => {
  function pushedRepo(): { repo: string; before: string; after: string } {
    const repo = committedRepo({ 'a.txt': 'clean\n' });
    const before = git(repo, 'rev-parse', 'HEAD').trim();
    writeFileSync(join(repo, 'b.py'), leakyPython());
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'pushed');
    return { repo, before, after: git(repo, 'rev-parse', 'HEAD').trim() };
  }

  it('an event payload whose SHA carries an option is refused (exit 2) and writes nothing', () => {
    const { repo, before, after } = pushedRepo();
    const written = join(scratch(), 'written-by-git.txt');
    const eventPath = join(scratch(), 'event.json');
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath };
    for (const head of [`${after} --output=${written}`, `--output=${written}`, after.slice(0, 12), 'main']) {
      writeFileSync(eventPath, JSON.stringify({ pull_request: { base: { sha: before }, head: { sha: head } } }));
      const r = cli(['--github-event'], repo, env);
      assert.equal(r.status, 2, r.stdout + r.stderr);
      assert.equal(r.stderr, "scan-twitter-secrets: the GitHub event payload's pull_request.head.sha is not a commit id (40 or 64 hex digits)\n");
      assert.equal(existsSync(written), false, 'git wrote a file named in the payload');
    }
    writeFileSync(eventPath, JSON.stringify({ pull_request: { base: { sha: before }, head: { sha: after } } }));
    assert.equal(cli(['--github-event'], repo, env).status, 1, 'a well-formed payload is still scanned');
  });

  it('--history-range takes revisions, not options', () => {
    const { repo, before, after } = pushedRepo();
    const written = join(scratch(), 'out.txt');
    const r = cli(['--history-range', `${before}..${after} --output=${written}`], repo);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'scan-twitter-secrets: --history-range takes revisions (e.g. main..feature ^v1.0), not git options\n');
    assert.equal(existsSync(written), false);
    assert.equal(cli(['--history-range', `${before}..${after}`], repo).status, 1);
    assert.equal(cli(['--history-range', `${after} ^${before}`], repo).status, 1);
  });
});
