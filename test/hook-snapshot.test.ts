/**
 * The plain git hook's startup snapshot (install/snapshot.ts): install builds it beside the hook for
 * the Node that runs the hook; commits go through it with exactly the plain bundle's output and exit
 * codes; a snapshot that no longer fits (truncated, another Node, deleted, package moved) never
 * blocks a commit by itself: the hook says so once and scans with the plain bundle.
 *
 * Whether the hook started Node from the blob is read from its `sh -x` trace: the trace names every
 * command the shell ran.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BIN, cli, git, GIT_IDENTITY, gitRepo, ROOT, scratch } from './helpers/cli.js';
import { commits, hookedRepo, write } from './helpers/hook.js';
import { Synth } from './helpers/synth.js';

const s = new Synth(1313);
const CK = s.consumerKey();
const CS = s.consumerSecret();
const AT = s.accessToken('424242');
const ATS = s.accessTokenSecret();
const LEAK = `import tweepy\nauth = tweepy.OAuthHandler("${CK}", "${CS}")\nauth.set_access_token("${AT}", "${ATS}")\n`;
const STALE_NOTE = /^scan-twitter-secrets: the hook's startup snapshot no longer matches Node or this package \(or is damaged\); scanning without it\. Run 'scan-twitter-secrets install' to rebuild it\.$/m;

const hooks = (repo: string): string => join(repo, '.git', 'hooks');
const snap = (repo: string) => {
  const base = join(hooks(repo), 'pre-commit.snapshot');
  return { blob: `${base}.blob`, stamp: `${base}.stamp`, stale: `${base}.stale` };
};

interface HookRun {
  status: number | null;
  /** What the hook printed (the trace taken out). */
  out: string;
  /** Whether Node was started from the blob. */
  fromSnapshot: boolean;
}

/** Runs the installed hook as git would (from the top, the hook's path as $0), traced. */
function runHook(repo: string): HookRun {
  const r = spawnSync('sh', ['-x', '.git/hooks/pre-commit'], { cwd: repo, encoding: 'utf8', env: { ...process.env, ...GIT_IDENTITY, NO_COLOR: '', FORCE_COLOR: '' } });
  const lines = r.stderr.split('\n');
  return {
    status: r.status,
    out: lines.filter((l) => !l.startsWith('+')).join('\n'),
    fromSnapshot: lines.some((l) => /^\+ NODE_EXTRA_CA_CERTS= \S*node --snapshot-blob \S*pre-commit\.snapshot\.blob -- --staged$/.test(l)),
  };
}

/** The same scan through the plain bundle. */
function plain(repo: string): { status: number | null; out: string } {
  const r = cli(['--staged'], repo);
  return { status: r.status, out: r.stderr };
}

function commit(repo: string, msg: string): { status: number | null; out: string } {
  const r = spawnSync('git', ['commit', '-q', '-m', msg], { cwd: repo, encoding: 'utf8', env: { ...process.env, ...GIT_IDENTITY, NO_COLOR: '' } });
  return { status: r.status, out: r.stdout + r.stderr };
}


const mtimeNs = (file: string): bigint => statSync(file, { bigint: true }).mtimeNs;

/** The hook (by whatever path) blocked the staged leak.py with the full report. */
function assertLeakBlocked(run: HookRun): void {
  assert.equal(run.status, 1, run.out);
  assert.match(run.out, /leak\.py:2:\d+ +X API Key \(consumer key\)/);
  assert.match(run.out, /scanned 1 staged file: 4 credentials found, commit blocked/);
}

describe('install builds a startup snapshot for the hook', () => {
  it('blob and stamp beside the hook, for this Node and this package', () => {
    const repo = hookedRepo();
    const f = snap(repo);
    assert.ok(statSync(f.blob).size > 1_000_000, 'a V8 heap');
    const [line, note] = readFileSync(f.stamp, 'utf8').split('\n');
    const version = readFileSync(join(ROOT, 'package.json'), 'utf8').split('\n').find((l) => l.includes('"version"'))!;
    assert.equal(line, `scan-twitter-secrets-snapshot/1 ${process.execPath} ${BIN} ${version}`);
    assert.match(note!, new RegExp(`Node ${process.version.replace(/\./g, '\\.')}`));
    // The hook compares modification times: the stamp's is Node's, the blob's the bundle's.
    assert.equal(mtimeNs(f.stamp), mtimeNs(process.execPath));
    assert.equal(mtimeNs(f.blob), mtimeNs(BIN));
    assert.ok(!existsSync(f.stale));
  });

  it('a leak is blocked through the snapshot with exactly the plain bundle\'s report; a real commit too', () => {
    const repo = hookedRepo();
    write(repo, 'leak.py', LEAK);
    git(repo, 'add', '.');
    const viaSnapshot = runHook(repo);
    assert.ok(viaSnapshot.fromSnapshot, 'Node started from the blob');
    assertLeakBlocked(viaSnapshot);
    assert.deepEqual({ status: viaSnapshot.status, out: viaSnapshot.out }, plain(repo));
    const c = commit(repo, 'leak');
    assert.equal(c.status, 1);
    assert.equal(commits(repo), 0);
    for (const v of [CK, CS, AT, ATS]) assert.ok(!c.out.includes(v), 'a full secret was printed');
  });

  it('the scan starts Node without NODE_EXTRA_CA_CERTS (parsed at start, never used); a chained hook still gets it', () => {
    // Node 20 reads the file as it starts and warns when it cannot: the warning shows whether it tried.
    const ca = { NODE_EXTRA_CA_CERTS: '/nonexistent/extra-ca.pem' };
    assert.match(spawnSync(process.execPath, ['-e', '0'], { env: { ...process.env, ...ca }, encoding: 'utf8' }).stderr, /extra certs/i);
    const repo = gitRepo();
    writeFileSync(join(hooks(repo), 'pre-commit'), '#!/bin/sh\necho "chained saw $NODE_EXTRA_CA_CERTS" > chained.txt\n', { mode: 0o755 });
    assert.equal(spawnSync(process.execPath, [BIN, 'install', '--force'], { cwd: repo, encoding: 'utf8' }).status, 0);
    write(repo, 'a.txt', 'hello\n');
    git(repo, 'add', '.');
    const r = spawnSync('git', ['commit', '-q', '-m', 'clean'], { cwd: repo, encoding: 'utf8', env: { ...process.env, ...GIT_IDENTITY, ...ca } });
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /extra certs/i);
    assert.equal(readFileSync(join(repo, 'chained.txt'), 'utf8'), `chained saw ${ca.NODE_EXTRA_CA_CERTS}\n`);
  });

  it('clean commits pass silently; warnings and scan failures are the same on both paths', () => {
    const repo = hookedRepo();
    write(repo, 'a.txt', 'hello\n');
    git(repo, 'add', '.');
    const clean = runHook(repo);
    assert.ok(clean.fromSnapshot);
    assert.deepEqual({ status: clean.status, out: clean.out }, { status: 0, out: '' });
    assert.equal(commit(repo, 'clean').status, 0);
    // A value already in HEAD: reported as a warning, not blocking.
    write(repo, 'settings.py', `import tweepy\nCONSUMER_KEY = "${CK}"\nDEBUG = False\n`);
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '--no-verify', '-m', 'old leak');
    write(repo, 'settings.py', `import tweepy\nCONSUMER_KEY = "${CK}"\nDEBUG = True\n`);
    git(repo, 'add', '.');
    const warned = runHook(repo);
    assert.ok(warned.fromSnapshot);
    assert.equal(warned.status, 0, warned.out);
    assert.match(warned.out, /already in the previous commit/);
    assert.deepEqual({ status: warned.status, out: warned.out }, plain(repo));
    // A failure to scan (a corrupt index) is exit 2 with the same line.
    writeFileSync(join(repo, '.git', 'index'), 'garbage, not an index');
    const broken = runHook(repo);
    assert.ok(broken.fromSnapshot);
    assert.equal(broken.status, 2);
    assert.deepEqual({ status: broken.status, out: broken.out }, plain(repo));
  });
});

describe('a snapshot that no longer fits never blocks a commit by itself', () => {
  /** Two leaking attempts: both blocked by the plain bundle, the note said only the first time. */
  function assertFallsBackOnce(repo: string, expectNodeTried = false): void {
    write(repo, 'leak.py', LEAK);
    git(repo, 'add', '.');
    const first = runHook(repo);
    assert.equal(first.fromSnapshot, expectNodeTried, expectNodeTried ? 'the blob passed the shell check' : 'Node must not be started from a blob that does not fit');
    assertLeakBlocked(first);
    assert.equal(first.out.match(new RegExp(STALE_NOTE.source, 'gm'))?.length, 1, first.out);
    assert.ok(existsSync(snap(repo).stale), 'the note is said once');
    const second = runHook(repo);
    assert.equal(second.fromSnapshot, false);
    assertLeakBlocked(second);
    assert.doesNotMatch(second.out, STALE_NOTE);
    assert.deepEqual({ status: second.status, out: second.out }, plain(repo));
    // A real commit: blocked, then with the leak removed, committed.
    assert.equal(commit(repo, 'leak').status, 1);
    write(repo, 'leak.py', 'import tweepy\n');
    git(repo, 'add', '.');
    assert.equal(commit(repo, 'fixed').status, 0);
    // install rebuilds it, and the hook uses it again.
    assert.equal(cli(['install'], repo).status, 0);
    assert.ok(!existsSync(snap(repo).stale));
    write(repo, 'leak.py', LEAK);
    git(repo, 'add', '.');
    const rebuilt = runHook(repo);
    assert.ok(rebuilt.fromSnapshot);
    assertLeakBlocked(rebuilt);
    assert.doesNotMatch(rebuilt.out, STALE_NOTE);
  }

  it('a truncated blob', () => {
    const repo = hookedRepo();
    truncateSync(snap(repo).blob, 100_000);
    assertFallsBackOnce(repo);
  });

  it('a truncated blob with its modification time put back: Node refuses it, the hook scans without it', () => {
    const repo = hookedRepo();
    const { blob } = snap(repo);
    truncateSync(blob, 100_000);
    spawnSync('touch', ['-r', BIN, blob]);
    assert.equal(mtimeNs(blob), mtimeNs(BIN));
    assertFallsBackOnce(repo, true);
  });

  it('a blob from another Node: the stamp names another binary, or Node was replaced in place', () => {
    const repo = hookedRepo();
    const { stamp } = snap(repo);
    const text = readFileSync(stamp, 'utf8');
    writeFileSync(stamp, text.replace(` ${process.execPath} `, ' /opt/node-v18.0.0/bin/node '));
    spawnSync('touch', ['-r', process.execPath, stamp]);
    assertFallsBackOnce(repo);

    // Same path, another build of Node: its modification time differs from the one recorded.
    const other = hookedRepo();
    const otherStamp = snap(other).stamp;
    utimesSync(otherStamp, new Date(), new Date(Date.UTC(2020, 0, 1)));
    assertFallsBackOnce(other);
  });

  it('a marker that cannot be written (a read-only hooks directory) only means the note is said again', () => {
    const repo = hookedRepo();
    rmSync(snap(repo).blob);
    // A dangling link into a missing directory: absent for the hook's test, unwritable for its redirection.
    symlinkSync(join(scratch(), 'missing', 'stale'), snap(repo).stale);
    write(repo, 'leak.py', LEAK);
    git(repo, 'add', '.');
    for (let i = 0; i < 2; i++) {
      const r = runHook(repo);
      assertLeakBlocked(r);
      assert.match(r.out, STALE_NOTE);
    }
    write(repo, 'leak.py', 'clean\n');
    git(repo, 'add', '.');
    assert.equal(commit(repo, 'clean').status, 0);
  });

  it('a deleted blob', () => {
    const repo = hookedRepo();
    rmSync(snap(repo).blob);
    assertFallsBackOnce(repo);
  });

  it('the package upgraded in place (another version line) or rebuilt (another bundle)', () => {
    const pkg = packageCopy();
    const repo = hookedRepo(join(pkg, 'dist', 'cli.js'));
    const manifest = join(pkg, 'package.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/"version": "[^"]*"/, '"version": "99.0.0"'));
    assertFallsBackOnce(repo);

    const pkg2 = packageCopy();
    const repo2 = hookedRepo(join(pkg2, 'dist', 'cli.js'));
    const bundle = join(pkg2, 'dist', 'cli.js');
    utimesSync(bundle, new Date(), new Date());
    assertFallsBackOnce(repo2);
  });

  it('the package reinstalled with other code under the same version (npm\'s fixed times): the snapshot refuses to run', () => {
    const pkg = packageCopy();
    const repo = hookedRepo(join(pkg, 'dist', 'cli.js'));
    const entry = join(pkg, 'dist', 'snapshot.cjs');
    const reference = `${entry}.before`;
    cpSync(entry, reference, { preserveTimestamps: true });
    spawnSync('touch', ['-r', entry, reference]);
    writeFileSync(entry, readFileSync(entry, 'utf8') + '\n// another commit\n');
    spawnSync('touch', ['-r', reference, entry]);
    assert.equal(mtimeNs(entry), mtimeNs(reference), 'only the size tells');
    assertFallsBackOnce(repo, true);
  });

  it('rules edited after install (same version, same bundle) are used: the preloaded ones are dropped', () => {
    const pkg = packageCopy();
    const repo = hookedRepo(join(pkg, 'dist', 'cli.js'));
    const rule = join(pkg, 'rules', 'twitter-consumer-key.json');
    writeFileSync(rule, readFileSync(rule, 'utf8').replace('"title": "X API Key (consumer key)"', '"title": "X API Key, edited"'));
    write(repo, 'leak.py', LEAK);
    git(repo, 'add', '.');
    const r = runHook(repo);
    assert.ok(r.fromSnapshot);
    assert.equal(r.status, 1);
    assert.match(r.out, /leak\.py:2:\d+ +X API Key, edited/);
  });

  it('a moved or removed package: the hook says it cannot run, as without a snapshot (exit 2)', () => {
    const pkg = packageCopy();
    const repo = hookedRepo(join(pkg, 'dist', 'cli.js'));
    assert.ok(existsSync(snap(repo).blob));
    renameSync(pkg, `${pkg}-moved`);
    write(repo, 'a.txt', 'a\n');
    git(repo, 'add', '.');
    const r = runHook(repo);
    assert.equal(r.status, 2);
    assert.equal(r.fromSnapshot, false);
    assert.match(r.out, /^scan-twitter-secrets: cannot run .*dist\/cli\.js \(moved or uninstalled\?\)\. Reinstall the hook with 'scan-twitter-secrets install', or bypass once with 'git commit --no-verify'\.$/m);
    const c = commit(repo, 'a');
    assert.equal(c.status, 1, 'git reports a failed hook as 1');
    assert.match(c.out, /cannot run .* \(moved or uninstalled\?\)/);
    assert.equal(commits(repo), 0);
    // Only dist/ gone: the same.
    renameSync(`${pkg}-moved`, pkg);
    rmSync(join(pkg, 'dist'), { recursive: true });
    const r2 = runHook(repo);
    assert.equal(r2.status, 2);
    assert.match(r2.out, /cannot run .* \(moved or uninstalled\?\)/);
  });
});

describe('where no snapshot is built', () => {
  it('core.hooksPath inside the work tree: the hook is installed, the snapshot left out (it could be committed)', () => {
    const repo = gitRepo();
    git(repo, 'config', 'core.hooksPath', 'my-hooks');
    const r = cli(['install'], repo);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /installed the pre-commit hook at .*my-hooks\/pre-commit \(without a startup snapshot: the hooks directory is inside the work tree/);
    assert.deepEqual(readdirSync(join(repo, 'my-hooks')), ['pre-commit']);
    write(repo, 'leak.py', LEAK);
    git(repo, 'add', 'leak.py');
    const c = commit(repo, 'leak');
    assert.equal(c.status, 1);
    assert.doesNotMatch(c.out, STALE_NOTE);
  });
});

describe('uninstall', () => {
  it('removes the blob, the stamp and the once-marker with the hook', () => {
    const repo = hookedRepo();
    const f = snap(repo);
    writeFileSync(f.stale, '');
    const r = cli(['uninstall'], repo);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /removed the pre-commit hook at .* and its startup snapshot\n$/);
    for (const file of Object.values(f)) assert.ok(!existsSync(file), `${file} left behind`);
    assert.ok(!existsSync(join(hooks(repo), 'pre-commit')));
  });
});

/** The package's shipped files copied elsewhere, to install from and then change or move. */
function packageCopy(): string {
  const dir = join(scratch('sts-pkg-'), 'scan-twitter-secrets');
  for (const entry of ['dist', 'rules', 'package.json']) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  return dir;
}
