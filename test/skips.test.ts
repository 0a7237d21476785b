/**
 * Nothing is skipped in silence (issue 10): content a scan could not read — a history blob over the
 * size limit, a missing git object, a file that cannot be read, history past a shallow clone's depth —
 * is reported in every format (text, JSON `skipped`, GitHub `::warning`, SARIF tool execution
 * notifications), and --fail-on-skip turns it into exit 2.
 */
import assert from 'node:assert/strict';
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { MAX_HISTORY_BLOB_BYTES } from '../src/cli/scan-history.js';
import { cli, git, gitRepo, scratch } from './helpers/cli.js';
import { assertValidSarif } from './helpers/sarif.js';
import { Synth } from './helpers/synth.js';

const s = new Synth(1010);

/** The one line --fail-on-skip adds on stderr. */
const FATAL = /^scan-twitter-secrets: \d+ items? could not be scanned, and --fail-on-skip makes that fatal \(exit 2\); .+$/m;

function commitAll(repo: string, message: string): void {
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', message);
}

/**
 * A history with a blob just over the size limit and a blob the object store lacks (as in a
 * partial clone, whose missing objects are never fetched), beside a leak that is scanned.
 */
/** Built once (a file over 64 MB, committed): the tests only read it. */
let skipsRepo: ReturnType<typeof buildHistoryWithSkips> | undefined;
const historyWithSkips = (): ReturnType<typeof buildHistoryWithSkips> => (skipsRepo ??= buildHistoryWithSkips());

function buildHistoryWithSkips(): { repo: string; missing: string } {
  const repo = gitRepo();
  writeFileSync(join(repo, 'huge.log'), Buffer.alloc(MAX_HISTORY_BLOB_BYTES + 1, 'a'));
  writeFileSync(join(repo, 'gone.txt'), 'fetched lazily in a partial clone\n');
  writeFileSync(join(repo, 'leak.txt'), `${s.accessToken('2233445566')}\n`);
  commitAll(repo, 'add');
  const missing = git(repo, 'rev-parse', 'HEAD:gone.txt').trim();
  rmSync(join(repo, '.git', 'objects', missing.slice(0, 2), missing.slice(2)));
  git(repo, 'config', 'core.repositoryformatversion', '1');
  git(repo, 'config', 'extensions.partialClone', 'origin');
  git(repo, 'config', 'remote.origin.promisor', 'true');
  git(repo, 'config', 'remote.origin.url', scratch());
  return { repo, missing };
}

describe('skipped content appears in every format', () => {
  it('--history: a blob over 64 MB and a missing object are warnings in text and JSON, ::warning in github, notifications in SARIF', () => {
    const { repo, missing } = historyWithSkips();

    const text = cli(['--history'], repo);
    assert.equal(text.status, 1, text.stderr);
    assert.match(text.stdout, /warning: not scanned \(larger than 64 MB\): huge\.log \(67 MB\)/);
    assert.match(text.stdout, new RegExp(`warning: not scanned: git object ${missing} is missing`));
    assert.match(text.stdout, /; 2 not scanned \(see warnings\)$/m);

    const doc = JSON.parse(cli(['--history', '--format', 'json'], repo).stdout);
    assert.deepEqual(
      doc.skipped.map((x: { kind: string; path?: string }) => [x.kind, x.path]),
      // git lists a missing object without the path it was met under.
      [['too-large', 'huge.log'], ['missing-object', undefined]],
    );
    for (const x of doc.skipped) assert.ok(doc.warnings.includes(x.reason), 'each skip is one of the warnings');
    assert.equal(doc.summary.unreadable, 1, 'the missing object counts as unreadable');

    const github = cli(['--history', '--format', 'github'], repo);
    assert.equal(github.status, 1, github.stderr);
    const annotations = github.stdout.split('\n').filter((l) => l.startsWith('::warning '));
    assert.deepEqual(annotations, [
      '::warning title=scan-twitter-secrets%3A not scanned::not scanned (larger than 64 MB): huge.log (67 MB)',
      `::warning title=scan-twitter-secrets%3A not scanned::not scanned: git object ${missing} is missing from this repository (a partial clone's objects are never fetched)`,
    ]);
    assert.match(github.stdout, /^scan-twitter-secrets: 1 finding\(s\), 1 blocking, 2 not scanned$/m);

    const sarif = cli(['--history', '--format', 'sarif'], repo);
    assert.equal(sarif.status, 1, sarif.stderr);
    const run = assertValidSarif(sarif.stdout).runs[0];
    const notes = run.invocations[0].toolExecutionNotifications;
    assert.equal(run.invocations[0].executionSuccessful, true);
    assert.deepEqual(notes.map((n: any) => [n.level, n.properties.skipped, n.properties.path]), [['warning', 'too-large', 'huge.log'], ['warning', 'missing-object', undefined]]);
    assert.match(notes[1].message.text, new RegExp(`git object ${missing} is missing`));
  });

  it('a tree scan: a file that cannot be read is a skip in every format', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'real.py'), `token = "${s.accessToken('77')}"\n`);
    symlinkSync(join(dir, 'real.py'), join(dir, 'link.py'));
    // Named on the command line: a symlink is never opened (O_NOFOLLOW), so its content is not read.
    const args = ['link.py', 'other.txt'];
    writeFileSync(join(dir, 'other.txt'), 'nothing here\n');
    const doc = JSON.parse(cli([...args, '--format', 'json'], dir).stdout);
    assert.deepEqual(doc.skipped, [{ kind: 'unreadable', path: 'link.py', reason: 'not following symlink: link.py' }]);
    const github = cli([...args, '--format', 'github'], dir);
    assert.equal(github.status, 0, github.stderr);
    assert.match(github.stdout, /^::warning title=scan-twitter-secrets%3A not scanned::not following symlink: link\.py$/m);
    const sarif = assertValidSarif(cli([...args, '--format', 'sarif'], dir).stdout);
    assert.deepEqual(sarif.runs[0].invocations[0].toolExecutionNotifications, [
      { level: 'warning', message: { text: 'not following symlink: link.py' }, properties: { skipped: 'unreadable', path: 'link.py' } },
    ]);
    const fatal = cli([...args, '--fail-on-skip'], dir);
    assert.equal(fatal.status, 2, fatal.stdout + fatal.stderr);
    assert.match(fatal.stdout, /warning: not following symlink: link\.py/, 'the normal report is still given');
    assert.match(fatal.stderr, FATAL);
    assert.equal(fatal.stderr.split('\n').filter(Boolean).length, 1, fatal.stderr);
    assert.match(fatal.stderr, /; not following symlink: link\.py$/m);
  });

  it('names in a skip are escaped in github output (printable, then workflow-command data escaping)', () => {
    const dir = scratch();
    const name = 'x%0A::error file=a.py::forged\u001b[2J.py';
    writeFileSync(join(dir, 'real.py'), 'clean\n');
    symlinkSync(join(dir, 'real.py'), join(dir, name));
    const r = cli([name, '--format', 'github'], dir);
    assert.equal(r.status, 0, r.stderr);
    const commands = r.stdout.split(/\r\n|[\r\n]/).filter((l) => l.startsWith('::'));
    assert.deepEqual(commands, ['::warning title=scan-twitter-secrets%3A not scanned::not following symlink: x%250A::error file=a.py::forged\\x1b[2J.py']);
  });
});

describe('--fail-on-skip', () => {
  it('history skips exit 2 with one line on stderr, after the full report', () => {
    const { repo } = historyWithSkips();
    const r = cli(['--history', '--fail-on-skip', '--format', 'json'], repo);
    assert.equal(r.status, 2, r.stderr);
    assert.equal(JSON.parse(r.stdout).findings.length, 1, 'the report is complete');
    assert.match(r.stderr, FATAL);
    assert.equal(r.stderr.split('\n').filter(Boolean).length, 1, r.stderr);
    assert.match(r.stderr, /; not scanned \(larger than 64 MB\): huge\.log \(67 MB\) \(and 1 more: see the warnings\)$/m);
    const out = join(scratch(), 'report.sarif');
    const written = cli(['--history', '--fail-on-skip', '--format', 'sarif', '--output', out], repo);
    assert.equal(written.status, 2);
    assert.match(written.stderr, /report written to/);
    assert.match(written.stderr, FATAL);
  });

  it('--staged: a missing object fails the commit with the flag, warns without it', () => {
    const repo = gitRepo();
    writeFileSync(join(repo, 'app.py'), 'x = 1\n');
    git(repo, 'add', 'app.py');
    const sha = git(repo, 'rev-parse', ':app.py').trim();
    rmSync(join(repo, '.git', 'objects', sha.slice(0, 2), sha.slice(2)));
    const warn = cli(['--staged'], repo);
    assert.equal(warn.status, 0, warn.stderr);
    assert.match(warn.stderr, /warning: not scanned: git object/);
    const fatal = cli(['--staged', '--fail-on-skip'], repo);
    assert.equal(fatal.status, 2, fatal.stderr);
    assert.match(fatal.stderr, FATAL);
  });

  it('a scan with nothing skipped is unaffected', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.txt'), `${s.accessToken('5')}\n`);
    const r = cli(['.', '--fail-on-skip'], dir);
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stderr, '');
  });
});

describe('a shallow clone is a skip only when the scanned range reaches past its depth', () => {
  function shallowClone(): { clone: string; commits: string[] } {
    const repo = gitRepo();
    for (let i = 1; i <= 4; i++) {
      writeFileSync(join(repo, `f${i}.txt`), `commit ${i}\n`);
      commitAll(repo, `c${i}`);
    }
    const clone = join(scratch(), 'clone');
    git(scratch(), 'clone', '-q', '--depth', '2', `file://${repo}`, clone);
    return { clone, commits: git(clone, 'rev-list', 'HEAD').trim().split('\n') };
  }

  it('a range inside the depth: no warning, no skip, exit 0 even with --fail-on-skip', () => {
    const { clone, commits } = shallowClone();
    assert.equal(commits.length, 2, 'two commits fetched');
    const r = cli(['--history-range', 'HEAD~1..HEAD', '--format', 'json'], clone);
    assert.equal(r.status, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.deepEqual(doc.warnings, [], 'the range holds every commit it names');
    assert.deepEqual(doc.skipped, []);
    const strict = cli(['--history-range', 'HEAD~1..HEAD', '--fail-on-skip'], clone);
    assert.equal(strict.status, 0, strict.stderr);
    assert.equal(strict.stderr, '');
  });

  it('--history over everything reaches the boundary: a warning and a skip; exit 2 with --fail-on-skip', () => {
    const { clone } = shallowClone();
    const doc = JSON.parse(cli(['--history', '--format', 'json'], clone).stdout);
    assert.deepEqual(doc.skipped.map((x: { kind: string }) => x.kind), ['shallow']);
    assert.match(doc.warnings[0], /shallow clone's depth .*git fetch --unshallow/);
    const fatal = cli(['--history', '--fail-on-skip'], clone);
    assert.equal(fatal.status, 2, fatal.stderr);
    assert.match(fatal.stderr, FATAL);
    assert.match(fatal.stdout, /warning: not scanned: history before this shallow clone's depth/);
    const range = cli(['--history-range', 'HEAD~1', '--format', 'github'], clone);
    assert.match(range.stdout, /^::warning title=scan-twitter-secrets%3A not scanned::not scanned: history before this shallow clone's depth/m, 'a range that includes the boundary commit');
  });
});
