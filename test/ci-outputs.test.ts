/** CI outputs through the real binary: SARIF (validated), GitHub annotations, baselines, the Actions event mapping. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { scanForEvent } from '../src/ci/github-event.js';
import { BIN, cli, commitFiles, git, gitRepo, ROOT, scratch } from './helpers/cli.js';
import { assertValidSarif } from './helpers/sarif.js';
import { Synth } from './helpers/synth.js';

const s = new Synth(505);

function leakyRepo(): { repo: string; values: string[] } {
  const repo = gitRepo();
  const values = [s.consumerKey(), s.consumerSecret(), s.accessToken('2244668800'), s.accessTokenSecret()];
  writeFileSync(join(repo, 'my app.py'), `import tweepy\nauth = tweepy.OAuthHandler("${values[0]}", "${values[1]}")\nauth.set_access_token("${values[2]}", "${values[3]}")\n`);
  writeFileSync(join(repo, 'note.txt'), `old token ${s.accessToken('99')} # twitter-secrets:allow\n`);
  return { repo, values };
}

describe('SARIF', () => {
  it('is valid SARIF 2.1.0 (official schema and the Multitool), stable fingerprints, relative URIs, no secret', () => {
    const { repo, values } = leakyRepo();
    const run = cli(['.', '--format', 'sarif'], repo);
    assert.equal(run.status, 1);
    const sarif = assertValidSarif(run.stdout);
    const results = sarif.runs[0].results;
    assert.equal(results[0].locations[0].physicalLocation.artifactLocation.uri, 'my%20app.py');
    assert.ok(results.every((r: any) => /^[0-9a-f]{16}$/.test(r.partialFingerprints['scanTwitterSecrets/v1'])));
    assert.ok(results.some((r: any) => r.suppressions?.[0]?.kind === 'inSource'));
    const rules = sarif.runs[0].tool.driver.rules;
    assert.equal(rules.length, 9);
    assert.match(rules[0].help.text, /Regenerate/);
    for (const v of values) assert.ok(!run.stdout.includes(v), 'no secret in SARIF');
    const again = JSON.parse(cli(['.', '--format', 'sarif'], repo).stdout);
    assert.deepEqual(again.runs[0].results.map((r: any) => r.partialFingerprints), results.map((r: any) => r.partialFingerprints));
  });

  it('stays valid with the run\'s warnings as tool execution notifications (a skip, a broken symlink)', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.py'), `token = "${s.accessToken('12')}"\n`);
    symlinkSync(join(dir, 'a.py'), join(dir, 'link.py'));
    symlinkSync('nowhere', join(dir, 'dangling'));
    const run = cli(['.', 'link.py', '--format', 'sarif'], dir);
    assert.equal(run.status, 1, run.stderr);
    const invocation = assertValidSarif(run.stdout).runs[0].invocations[0];
    assert.deepEqual(invocation.toolExecutionNotifications.map((n: any) => [n.level, n.message.text, n.properties?.skipped]), [
      ['warning', 'broken symlink: dangling', undefined],
      ['warning', 'not following symlink: link.py', 'unreadable'],
    ]);
  });
});

describe('GitHub annotations', () => {
  it('prints workflow commands, escapes properties, summarises beyond what GitHub shows', () => {
    const dir = scratch();
    const lines = Array.from({ length: 14 }, (_, i) => `token_${i} = "${s.accessToken(String(1000 + i))}"`);
    writeFileSync(join(dir, 'a,b:c.txt'), lines.join('\n') + '\n');
    const r = cli(['.', '--format', 'github'], dir);
    assert.equal(r.status, 1);
    const out = r.stdout.split('\n');
    assert.equal(out.filter((l) => l.startsWith('::error ')).length, 10);
    assert.match(out[0]!, /^::error file=a%2Cb%3Ac\.txt,line=1,col=\d+,title=X Access Token \(OAuth 1\.0a\) \(twitter-access-token\)::/);
    const notice = out.find((l) => l.startsWith('::notice '));
    assert.ok(notice, 'the rest are summarised');
    assert.match(notice!, /4 more X credential findings/);
    assert.match(notice!, /a,b:c\.txt:11:/);
  });
});

describe('several reports from one scan (-o FORMAT=FILE)', () => {
  it('github on stdout, JSON and SARIF in files: the same findings in each', () => {
    const { repo } = leakyRepo();
    const out = scratch();
    const r = cli(['.', '-f', 'github', '-o', `json=${join(out, 'r.json')}`, '-o', `sarif=${join(out, 'r.sarif')}`], repo);
    assert.equal(r.status, 1, r.stderr);
    assert.equal((r.stdout.match(/^::error /gm) ?? []).length, 4);
    assert.match(r.stderr, /^json report written to .*r\.json\nsarif report written to .*r\.sarif\n$/);
    const json = JSON.parse(readFileSync(join(out, 'r.json'), 'utf8'));
    const sarif = assertValidSarif(readFileSync(join(out, 'r.sarif'), 'utf8'));
    const fps = json.findings.map((f: { fingerprint: string }) => f.fingerprint).sort();
    assert.equal(fps.length, 4);
    assert.deepEqual(sarif.runs[0].results.filter((x: { suppressions?: unknown }) => !x.suppressions).map((x: any) => x.partialFingerprints['scanTwitterSecrets/v1']).sort(), fps);
  });

  it('a plain -o FILE takes the -f report off stdout; ./json=x is a file name; an empty name is an error', () => {
    const { repo } = leakyRepo();
    const out = scratch();
    const r = cli(['.', '-o', join(out, 'report.txt'), '-o', `json=${join(out, 'r.json')}`], repo);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^scanned \d+ files; 4 X credentials found.*\ntext report written to .*report\.txt\njson report written to .*r\.json\n$/);
    assert.match(readFileSync(join(out, 'report.txt'), 'utf8'), /How to regenerate what leaked/);
    assert.equal(JSON.parse(readFileSync(join(out, 'r.json'), 'utf8')).findings.length, 4);
    assert.equal(cli(['.', '-f', 'json', '-o', './json=x'], repo).status, 1);
    assert.equal(JSON.parse(readFileSync(join(repo, 'json=x'), 'utf8')).findings.length, 4);
    const twice = cli(['.', '-o', `json=${join(out, 'same')}`, '-o', `sarif=${join(out, 'same')}`], repo);
    assert.equal(twice.status, 2);
    assert.match(twice.stderr, /-o names .*same twice: give each report its own file/);
    const empty = cli(['.', '-o', 'sarif='], repo);
    assert.equal(empty.status, 2);
    assert.equal(empty.stderr, 'scan-twitter-secrets: -o sarif=: no file name\n');
  });
});

describe('exit codes survive a reader that stops early', () => {
  it('| head: the pipe closes mid-report, the exit code is still 1', () => {
    const dir = scratch();
    // Enough findings that the report outgrows the pipe's buffer before head closes it.
    for (let i = 0; i < 300; i++) writeFileSync(join(dir, `f${i}.txt`), `${s.accessToken(String(1_000_000 + i))}\n`);
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" . | head -c 10 > /dev/null; echo "\${PIPESTATUS[0]}"`], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.stdout.trim(), '1', r.stderr);
  });
});

describe('baselines', () => {
  it('write, re-run clean, add a new secret: only the new one fails; stale entries are reported', () => {
    const { repo, values } = leakyRepo();
    const baseline = join(repo, '.twitter-secrets-baseline.json');
    const w = cli(['.', '--write-baseline', baseline], repo);
    assert.equal(w.status, 0, w.stderr);
    assert.match(w.stderr, /baseline written .* \(4 findings\)/);
    const text = readFileSync(baseline, 'utf8');
    for (const v of values) assert.ok(!text.includes(v), 'the baseline never holds a secret');
    assert.equal(JSON.parse(text).findings.length, 4);
    assert.equal(cli(['.', '--baseline', baseline], repo).status, 0);
    // Moving lines around does not change identities.
    writeFileSync(join(repo, 'my app.py'), `\n\n# moved\n${readFileSync(join(repo, 'my app.py'), 'utf8')}`);
    assert.equal(cli(['.', '--baseline', baseline], repo).status, 0);
    const fresh = s.accessToken('31337');
    writeFileSync(join(repo, 'new.txt'), `${fresh}\n`);
    const r = cli(['.', '--baseline', baseline, '--format', 'json'], repo);
    assert.equal(r.status, 1);
    const doc = JSON.parse(r.stdout);
    assert.deepEqual(doc.findings.map((f: any) => f.file), ['new.txt']);
    assert.equal(doc.ignored.filter((f: any) => f.ignored.by.startsWith('baseline')).length, 4);
    writeFileSync(join(repo, 'my app.py'), 'import tweepy\n');
    const stale = JSON.parse(cli(['.', '--baseline', baseline, '--format', 'json'], repo).stdout);
    assert.equal(stale.summary.staleBaseline, 4);
    assert.ok(stale.warnings.some((w: string) => /no longer found/.test(w)));
    assert.equal(cli(['.', '--baseline', join(repo, 'missing.json')], repo).status, 2);
  });

  it('works with --history too', () => {
    const { repo } = leakyRepo();
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'leak');
    const baseline = join(scratch(), 'b.json');
    assert.equal(cli(['--history', '--write-baseline', baseline], repo).status, 0);
    assert.equal(cli(['--history', '--baseline', baseline], repo).status, 0);
  });
});

describe('GitHub Actions event mapping (action.yml runs --github-event)', () => {
  it('push → pushed range, new branch → commits not on any remote, pull request → its commits, else → tree', () => {
    const [a, b, c] = ['a', 'b', 'c'].map((x) => x.repeat(40)) as [string, string, string];
    assert.deepEqual(scanForEvent('push', { before: a, after: b }), { kind: 'range', revs: { flags: [], revs: [`${a}..${b}`] }, base: a, commits: [a, b] });
    assert.deepEqual(scanForEvent('push', { before: '0'.repeat(40), after: b, ref: 'refs/heads/topic/x' }), {
      kind: 'range',
      revs: { flags: ['--not', '--exclude=*/topic/x', '--remotes', '--not'], revs: [b] },
      base: 'parent-of-oldest',
      commits: [b],
    });
    assert.deepEqual(scanForEvent('pull_request', { pull_request: { base: { sha: a }, head: { sha: c } } }), { kind: 'range', revs: { flags: [], revs: [`${a}..${c}`] }, base: a, commits: [a, c] });
    assert.deepEqual(scanForEvent('schedule', {}), { kind: 'tree' });
    assert.deepEqual(scanForEvent('workflow_dispatch', {}), { kind: 'tree' });
  });

  it('runs the pushed range from a real event payload, as the action does', () => {
    const repo = gitRepo();
    const before = commitFiles(repo, { 'a.txt': 'clean\n' }, 'base');
    const after = commitFiles(repo, { 'b.txt': `${s.accessToken('4242')}\n` }, 'pushed');
    const eventPath = join(scratch(), 'event.json');
    writeFileSync(eventPath, JSON.stringify({ before, after, ref: 'refs/heads/main' }));
    const r = cli(['--github-event', '--format', 'github'], repo, { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: eventPath });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^::error file=b\.txt,line=1/);
    writeFileSync(eventPath, JSON.stringify({ before: after, after }));
    assert.equal(cli(['--github-event'], repo, { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: eventPath }).status, 0, 'an empty range is clean');
    assert.equal(cli(['--github-event'], repo, { GITHUB_EVENT_NAME: 'push' }).status, 2);
    const action = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    assert.match(action, /--github-event --format github --output "sarif=\$STS_SARIF"/);
    assert.match(action, /upload-sarif/);
  });
});
