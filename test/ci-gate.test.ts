/**
 * In CI the scanner is a gate, and the change it checks must not be able to open it: suppressions
 * come from the base of the pushed or proposed range, a new branch's push is scanned, and one
 * suppressed copy of a secret does not hide the others in history. Real repositories, real event
 * payload files, the real CLI.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { cli, commitFiles, git, gitRepo, scratch, type CliRun } from './helpers/cli.js';
import { Synth } from './helpers/synth.js';

const s = new Synth(1010);

/** A line that leaks one access token (blocking wherever it is). */
const leakLine = (token = s.accessToken('1234567890')): string => `access_token = "${token}"`;

function write(repo: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, name)), { recursive: true });
    writeFileSync(join(repo, name), text);
  }
}

const commit = commitFiles;

type EventName = 'push' | 'pull_request';

/** Runs `--github-event` the way action.yml does, with a payload file for a base..head range. */
function gate(repo: string, event: EventName, base: string, head: string, ...args: string[]): CliRun {
  const payload = join(scratch(), 'event.json');
  const body = event === 'push' ? { before: base, after: head, ref: 'refs/heads/main' } : { pull_request: { base: { sha: base }, head: { sha: head } } };
  writeFileSync(payload, JSON.stringify(body));
  return cli(['--github-event', ...args], repo, { GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: payload });
}

function json(r: CliRun): any {
  assert.ok(r.stdout, r.stderr);
  return JSON.parse(r.stdout);
}

describe('a change cannot suppress its own leak (suppressions come from the base of the range)', () => {
  const fingerprintOf = (line: string): string => {
    const dir = scratch();
    writeFileSync(join(dir, 'x.py'), `${line}\n`);
    return json(cli(['.', '-f', 'json'], dir)).findings[0].fingerprint;
  };

  const attempts: Record<string, (line: string) => { files: Record<string, string>; args?: string[]; by: RegExp; changed?: string }> = {
    'the file in .twitter-secrets-ignore': () => ({ files: { '.twitter-secrets-ignore': 'bot.py  # tests\n' }, by: /^\.twitter-secrets-ignore$/, changed: '.twitter-secrets-ignore' }),
    '** in .twitter-secrets-ignore': () => ({ files: { '.twitter-secrets-ignore': '**\n' }, by: /^\.twitter-secrets-ignore$/, changed: '.twitter-secrets-ignore' }),
    "the leak's fingerprint in .twitter-secrets-ignore": (line) => ({ files: { '.twitter-secrets-ignore': `fingerprint:${fingerprintOf(line)}  # fake\n` }, by: /^\.twitter-secrets-ignore$/, changed: '.twitter-secrets-ignore' }),
    'an exclusion in .twitter-secrets.json': () => ({ files: { '.twitter-secrets.json': '{"exclude": ["*.py"]}\n' }, by: /^\.twitter-secrets\.json$/, changed: '.twitter-secrets.json' }),
    'a baseline that lists it': () => ({ files: {}, args: ['--baseline', 'baseline.json'], by: /^baseline baseline\.json$/, changed: 'baseline.json' }),
    'an inline marker on the added line': () => ({ files: {}, by: /^inline marker "twitter-secrets:allow"$/ }),
  };

  for (const event of ['pull_request', 'push'] as const) {
    for (const [name, attempt] of Object.entries(attempts)) {
      it(`${event}: ${name} does not open the gate; the report says what only the change suppresses`, () => {
        const repo = gitRepo();
        const base = commit(repo, { 'README.md': 'bot\n' }, 'base');
        const line = leakLine();
        const a = attempt(line);
        const marker = name.includes('marker');
        write(repo, { ...a.files, 'bot.py': `${line}${marker ? '  # twitter-secrets:allow' : ''}\n` });
        if (a.args) {
          // The baseline the change brings lists the leak it adds.
          assert.equal(cli(['.', '--write-baseline', 'baseline.json'], repo).status, 0);
        }
        const head = commit(repo, {}, 'add bot');
        // Today's behaviour for the same files outside a range: the suppression works.
        assert.equal(cli(['.', ...(a.args ?? [])], repo).status, 0, 'a tree scan obeys the repository\'s own suppressions');

        // One run gives every format: json on stdout, the others through -o.
        const out = scratch();
        const file = (format: string): string => join(out, `report.${format}`);
        const r = gate(repo, event, base, head, '-f', 'json', ...['text', 'github', 'sarif'].flatMap((f) => ['-o', `${f}=${file(f)}`]), ...(a.args ?? []));
        assert.equal(r.status, 1, r.stderr + r.stdout);
        const doc = json(r);
        assert.equal(doc.findings.length, 1);
        assert.equal(doc.findings[0].file, 'bot.py');
        assert.match(doc.findings[0].suppressedOnlyByRange?.by ?? '', a.by);
        if (a.changed) assert.ok(doc.warnings.some((w: string) => w.startsWith(`this change modifies ${a.changed}: suppressions are read from the base commit ${base.slice(0, 12)}`)), doc.warnings.join('\n'));

        assert.match(readFileSync(file('text'), 'utf8'), /suppressed only by this change \(.*\): still blocking; land the entry on the base branch first/);
        const github = readFileSync(file('github'), 'utf8');
        assert.match(github, /^::error file=bot\.py,.*suppressed only by this change/m);
        if (a.changed) assert.match(github, new RegExp(`^::warning title=scan-twitter-secrets::this change modifies ${a.changed.replace('.', '\\.')}`, 'm'));
        const sarif = JSON.parse(readFileSync(file('sarif'), 'utf8'));
        assert.match(sarif.runs[0].results[0].message.text, /suppressed only by this change/);
      });
    }
  }

  it('suppressions already on the base branch still apply, and so does a marker on a line the range leaves alone', () => {
    const repo = gitRepo();
    const known = leakLine();
    const base = commit(repo, { '.twitter-secrets-ignore': 'fixtures/**  # synthetic\n', 'app.py': `${known}  # twitter-secrets:allow\nx = 1\n` }, 'base');
    const head = commit(repo, { 'fixtures/keys.py': `${leakLine()}\n`, 'app.py': `${known}  # twitter-secrets:allow\nx = 2\n` }, 'change');
    const r = gate(repo, 'pull_request', base, head, '-f', 'json');
    assert.equal(r.status, 0, r.stdout);
    const doc = json(r);
    assert.deepEqual(doc.ignored.map((f: { file: string; ignored: { by: string } }) => [f.file, f.ignored.by]).sort(), [
      ['app.py', 'inline marker "twitter-secrets:allow"'],
      ['fixtures/keys.py', 'path "fixtures/**"'],
    ]);
    assert.deepEqual(doc.warnings, []);
  });

  it('a range that starts at a root commit has no suppressions at all', () => {
    const repo = gitRepo();
    const head = commit(repo, { '.twitter-secrets-ignore': '**\n', 'bot.py': `${leakLine()}\n` }, 'root');
    const payload = join(scratch(), 'event.json');
    writeFileSync(payload, JSON.stringify({ before: '0'.repeat(40), after: head, ref: 'refs/heads/main' }));
    const r = cli(['--github-event', '-f', 'json'], repo, { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: payload });
    assert.equal(r.status, 1, r.stdout);
    assert.equal(json(r).findings[0].suppressedOnlyByRange.by, '.twitter-secrets-ignore');
  });

  it('--no-inline-allow: markers suppress nothing, in every mode', () => {
    const repo = gitRepo();
    commit(repo, { 'app.py': `${leakLine()}  # twitter-secrets:allow\n` }, 'marked');
    assert.equal(cli(['.'], repo).status, 0);
    assert.equal(cli(['--history'], repo).status, 0);
    assert.equal(cli(['.', '--no-inline-allow'], repo).status, 1);
    assert.equal(cli(['--history', '--no-inline-allow'], repo).status, 1);
    write(repo, { 'more.py': `${leakLine()}  # twitter-secrets:allow\n` });
    git(repo, 'add', 'more.py');
    assert.equal(cli(['--staged'], repo).status, 0);
    assert.equal(cli(['--staged', '--no-inline-allow'], repo).status, 1);
  });
});

describe('a push that creates a branch is scanned', () => {
  /** A bare "origin", a developer's clone that pushes to it, and a CI clone made as actions/checkout makes it. */
  function pushedBranch(): { ci: string; after: string } {
    const origin = join(scratch(), 'origin.git');
    git(scratch(), 'init', '-q', '--bare', '-b', 'main', origin);
    const dev = gitRepo();
    commit(dev, { 'README.md': 'clean\n' }, 'base');
    git(dev, 'remote', 'add', 'origin', origin);
    git(dev, 'push', '-q', 'origin', 'main');
    git(dev, 'checkout', '-q', '-b', 'feature');
    commit(dev, { 'bot.py': `${leakLine()}\n` }, 'add bot');
    const after = commit(dev, { 'notes.md': 'more\n' }, 'notes');
    git(dev, 'push', '-q', 'origin', 'feature');
    // actions/checkout with fetch-depth: 0: every branch as origin/*, the pushed one checked out.
    const ci = scratch('sts-ci-');
    git(ci, 'init', '-q');
    git(ci, 'remote', 'add', 'origin', origin);
    git(ci, 'fetch', '-q', '--prune', '--no-recurse-submodules', 'origin', '+refs/heads/*:refs/remotes/origin/*', '+refs/tags/*:refs/tags/*');
    git(ci, 'checkout', '-q', '--force', '-B', 'feature', 'refs/remotes/origin/feature');
    return { ci, after };
  }

  it("its commits that no other branch has are scanned (origin/<branch> itself is not excluded)", () => {
    const { ci, after } = pushedBranch();
    const payload = join(scratch(), 'event.json');
    writeFileSync(payload, JSON.stringify({ before: '0'.repeat(40), after, ref: 'refs/heads/feature', created: true }));
    const r = cli(['--github-event', '-f', 'json'], ci, { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: payload });
    assert.equal(r.status, 1, r.stderr + r.stdout);
    const doc = json(r);
    assert.deepEqual(doc.findings.map((f: { file: string }) => f.file), ['bot.py']);
    assert.equal(doc.findings[0].provenance.introduced.subject, 'add bot');
    assert.equal(doc.summary.filesScanned, 2, 'only the branch\'s own blobs (bot.py, notes.md), not main\'s');
  });

  it('a range the clone cannot list (a shallow checkout lacks `before`): the tree is scanned, and the report says so', () => {
    const { ci, after } = pushedBranch();
    const payload = join(scratch(), 'event.json');
    writeFileSync(payload, JSON.stringify({ before: 'f'.repeat(40), after, ref: 'refs/heads/feature' }));
    const r = cli(['--github-event', '-f', 'json'], ci, { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: payload });
    assert.equal(r.status, 1, r.stderr);
    const doc = json(r);
    assert.deepEqual(doc.findings.map((f: { file: string }) => f.file), ['bot.py']);
    assert.ok(doc.warnings.some((w: string) => w.startsWith(`the event's commit ffffffffffff is not in this clone`)), doc.warnings.join('\n'));
    // A skip: the tree holds the change's own suppression files, so --fail-on-skip (the action's default) fails closed.
    assert.equal(doc.skipped[0].kind, 'range-unknown');
    const strict = cli(['--github-event', '--fail-on-skip'], ci, { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: payload });
    assert.equal(strict.status, 2, strict.stderr);
  });

  it('--github-event decides what is scanned: --staged, ranges and paths are refused', () => {
    const repo = gitRepo();
    for (const extra of [['--staged'], ['--history'], ['--history-range', 'HEAD~1..HEAD'], ['--since', '2024-01-01'], ['src']]) {
      const r = cli(['--github-event', ...extra], repo, { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: join(scratch(), 'none.json') });
      assert.equal(r.status, 2, extra.join(' '));
      assert.match(r.stderr, /^scan-twitter-secrets: --github-event decides what is scanned from the event/);
    }
  });
});

describe('--history: one suppressed copy does not hide the others', () => {
  it('a commit subject holding \\x01 cannot hide its changes from attribution (and so from the gate)', () => {
    const repo = gitRepo();
    const base = commit(repo, { '.twitter-secrets-ignore': 'docs/**\n', 'README.md': 'x\n' }, 'base');
    const content = `${leakLine()}\n`;
    commit(repo, { 'docs/example.env': content }, 'docs');
    write(repo, { 'src/app.env': content });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', `config\x01${'e'.repeat(40)}`);
    git(repo, 'rm', '-q', 'docs/example.env');
    const head = commit(repo, {}, 'drop docs copy');
    const r = cli(['--history', '-f', 'json'], repo);
    assert.equal(r.status, 1, r.stdout);
    const doc = json(r);
    assert.equal(doc.findings[0].file, 'src/app.env');
    assert.equal(doc.findings[0].provenance.introduced.subject, `config\x01${'e'.repeat(40)}`);
    assert.equal(gate(repo, 'pull_request', base, head).status, 1);
  });

  it('a copy behind a marker in docs/ does not hide the same value in src/bot.py', () => {
    const repo = gitRepo();
    const token = s.accessToken('2233445566');
    commit(repo, { 'docs/example.py': `${leakLine(token)}  # twitter-secrets:allow\n` }, 'docs');
    commit(repo, { 'src/bot.py': `# the bot\n${leakLine(token)}\n` }, 'bot');
    const r = cli(['--history', '-f', 'json'], repo);
    assert.equal(r.status, 1, r.stdout);
    const doc = json(r);
    assert.equal(doc.findings.length, 1);
    assert.equal(doc.findings[0].file, 'src/bot.py');
    assert.equal(doc.findings[0].line, 2);
    assert.equal(doc.findings[0].provenance.introduced.subject, 'bot');
    assert.equal(doc.findings[0].provenance.commits.length, 2);
  });

  it('an identical blob under an ignored path does not hide the copy under src/', () => {
    const repo = gitRepo();
    const content = `${leakLine()}\n`;
    commit(repo, { '.twitter-secrets-ignore': 'fixtures/**\n', 'fixtures/keys.py': content }, 'fixtures');
    commit(repo, { 'src/bot.py': content }, 'bot');
    const r = cli(['--history', '-f', 'json'], repo);
    assert.equal(r.status, 1, r.stdout);
    assert.deepEqual(json(r).findings.map((f: { file: string }) => f.file), ['src/bot.py']);
  });

  it('a secret is ignored only where every sighting is', () => {
    const repo = gitRepo();
    const content = `${leakLine()}\n`;
    commit(repo, { '.twitter-secrets-ignore': 'fixtures/**\ntests/**\n', 'fixtures/keys.py': content, 'tests/keys.py': content }, 'fixtures');
    const r = cli(['--history', '-f', 'json'], repo);
    assert.equal(r.status, 0, r.stdout);
    const doc = json(r);
    assert.equal(doc.findings.length, 0);
    assert.equal(doc.ignored.length, 1);
  });
});
