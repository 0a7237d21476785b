/** --history on real repositories built in temporary directories, through the real binary. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli, git, GIT_IDENTITY, gitRepo, scratch } from './helpers/cli.js';
import { Synth } from './helpers/synth.js';

const s = new Synth(404);
const token = () => s.accessToken(String(1_000_000 + Math.floor(s.next() * 1e9)));

function commitFile(repo: string, path: string, content: string, msg: string, date?: string): string {
  writeFileSync(join(repo, path), content);
  git(repo, 'add', '-A');
  const env = { ...process.env, ...GIT_IDENTITY, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) };
  const r = spawnSync('git', ['commit', '-q', '-m', msg], { cwd: repo, env, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return git(repo, 'rev-parse', 'HEAD').trim();
}

function history(repo: string, ...args: string[]): { status: number | null; doc: any; stderr: string } {
  const r = cli(['--history', '--format', 'json', ...args], repo);
  return { status: r.status, doc: r.stdout ? JSON.parse(r.stdout) : null, stderr: r.stderr };
}

describe('--history finds what was ever committed', () => {
  it('a secret added then deleted, one on an unmerged branch, one only in a tag, one in a stash', () => {
    const repo = gitRepo();
    const deleted = token();
    const onBranch = token();
    const inTag = token();
    const stashed = token();
    const intro = commitFile(repo, 'keys.txt', `${deleted}\n`, 'add keys', '2024-01-02T10:00:00Z');
    commitFile(repo, 'keys.txt', 'nothing here\n', 'remove keys', '2024-01-03T10:00:00Z');
    git(repo, 'checkout', '-q', '-b', 'feature');
    commitFile(repo, 'feature.txt', `${onBranch}\n`, 'feature work');
    git(repo, 'checkout', '-q', '-b', 'release-tmp', 'main');
    commitFile(repo, 'release.txt', `${inTag}\n`, 'release');
    git(repo, 'tag', 'v1.0');
    git(repo, 'checkout', '-q', 'main');
    git(repo, 'branch', '-q', '-D', 'release-tmp');
    writeFileSync(join(repo, 'keys.txt'), `${stashed}\n`);
    spawnSync('git', ['stash', 'push', '-q'], { cwd: repo, env: { ...process.env, ...GIT_IDENTITY } });
    spawnSync('git', ['stash', 'push', '-q', '--allow-empty'], { cwd: repo, env: { ...process.env, ...GIT_IDENTITY } });

    const r = history(repo);
    assert.equal(r.status, 1, r.stderr);
    const found = new Map(r.doc.findings.map((f: any) => [f.masked, f]));
    for (const v of [deleted, onBranch, inTag, stashed]) assert.ok(found.has(`${v.slice(0, 4)}…${v.slice(-2)}`), `missing ${v.slice(0, 4)}…`);
    const d = r.doc.findings.find((f: any) => f.file === 'keys.txt' && f.provenance.introduced?.subject === 'add keys');
    assert.equal(d.provenance.introduced.hash, intro);
    assert.equal(d.provenance.introduced.author, 'Ada <ada@example.com>');
    assert.match(d.provenance.introduced.date, /^2024-01-02T10:00:00/);
    assert.equal(d.provenance.presentAtHead, false);
    assert.equal(d.line, 1);
    const text = cli(['--history'], repo).stdout;
    assert.match(text, /introduced in [0-9a-f]{12} \(2024-01-02, Ada <ada@example.com>\): "add keys"/);
    assert.match(text, /Rotate first/);
    assert.ok(text.indexOf('How to regenerate') < text.indexOf('git filter-repo'), 'rotation comes before purging');
    for (const v of [deleted, onBranch, inTag, stashed]) assert.ok(!text.includes(v));
  });

  it('the same secret in many commits is one finding listing them; a rename and a merge are attributed', () => {
    const repo = gitRepo();
    const t = token();
    commitFile(repo, 'a.py', `# twitter\nTOKEN = "${t}"\nv = 0\n`, 'c0');
    for (let i = 1; i <= 5; i++) commitFile(repo, 'a.py', `# twitter\nTOKEN = "${t}"\nv = ${i}\n`, `c${i}`);
    git(repo, 'mv', 'a.py', 'renamed.py');
    spawnSync('git', ['commit', '-q', '-m', 'rename'], { cwd: repo, env: { ...process.env, ...GIT_IDENTITY } });
    git(repo, 'checkout', '-q', '-b', 'side');
    commitFile(repo, 'side.txt', 'side\n', 'side');
    git(repo, 'checkout', '-q', 'main');
    commitFile(repo, 'main.txt', 'main\n', 'main');
    const merged = token();
    spawnSync('git', ['merge', '-q', '--no-ff', '--no-commit', 'side'], { cwd: repo, env: { ...process.env, ...GIT_IDENTITY } });
    writeFileSync(join(repo, 'merge-fix.txt'), `${merged}\n`);
    git(repo, 'add', '-A');
    spawnSync('git', ['commit', '-q', '-m', 'merge side'], { cwd: repo, env: { ...process.env, ...GIT_IDENTITY } });

    const r = history(repo);
    const same = r.doc.findings.filter((f: any) => f.masked === `${t.slice(0, 4)}…${t.slice(-2)}`);
    assert.equal(same.length, 1, 'one finding for one secret');
    assert.equal(same[0].provenance.commits.length, 7, '6 edits + the rename');
    assert.equal(same[0].provenance.introduced.subject, 'c0');
    assert.equal(same[0].provenance.presentAtHead, true);
    assert.ok(same[0].provenance.commits.some((c: any) => c.path === 'renamed.py'));
    const m = r.doc.findings.find((f: any) => f.masked === `${merged.slice(0, 4)}…${merged.slice(-2)}`);
    assert.equal(m.provenance.introduced.subject, 'merge side');
  });

  it('ranges, --since, bare repositories and shallow clones', () => {
    const repo = gitRepo();
    const old = token();
    const fresh = token();
    commitFile(repo, 'old.txt', `${old}\n`, 'old', '2020-05-01T00:00:00Z');
    git(repo, 'checkout', '-q', '-b', 'feature');
    commitFile(repo, 'new.txt', `${fresh}\n`, 'new', '2025-05-01T00:00:00Z');
    const masked = (v: string) => `${v.slice(0, 4)}…${v.slice(-2)}`;
    const range = history(repo, '--history-range', 'main..feature');
    assert.deepEqual(range.doc.findings.map((f: any) => f.masked), [masked(fresh)]);
    const since = history(repo, '--since', '2024-01-01');
    assert.ok(since.doc.findings.some((f: any) => f.masked === masked(fresh)));
    assert.ok(!since.doc.findings.some((f: any) => f.file === 'old.txt' && f.provenance.introduced));

    const bare = join(scratch(), 'bare.git');
    git(repo, 'clone', '-q', '--bare', repo, bare);
    const b = history(bare);
    assert.equal(b.status, 1, b.stderr);
    assert.equal(b.doc.findings.length, 2);

    const shallow = join(scratch(), 'shallow');
    git(repo, 'clone', '-q', '--depth', '1', `file://${repo}`, shallow);
    const sh = history(shallow);
    assert.ok(sh.doc.warnings.some((w: string) => /shallow clone/.test(w)));

    const empty = gitRepo();
    const e = history(empty);
    assert.equal(e.status, 0);
    assert.equal(cli(['--history'], scratch()).status, 2);
    assert.equal(cli(['--history', 'somepath'], repo).status, 2);
  });
});

describe('cost grows with distinct content, not commits x files', () => {
  it('a generated history of 3,000 commits over 60 files reads each distinct blob once', () => {
    const repo = gitRepo();
    const files = 60;
    const commits = 3000;
    // git fast-import builds the history in one process: 3,000 commits, each changing one file.
    const lines: string[] = [];
    const body = (i: number, v: number) => `module ${i}\n${'const filler = "'.padEnd(200, 'x')}";\nversion ${v}\n`;
    for (let c = 0; c < commits; c++) {
      const msg = `commit ${c}`;
      lines.push('commit refs/heads/main', `committer Ada <ada@example.com> ${1_600_000_000 + c} +0000`, `data ${Buffer.byteLength(msg)}`, msg);
      if (c === 0) for (let f = 0; f < files; f++) pushFile(lines, `src/f${f}.js`, body(f, 0));
      else pushFile(lines, `src/f${c % files}.js`, body(c % files, c));
      lines.push('');
    }
    const secret = token();
    lines.push('commit refs/heads/main', `committer Ada <ada@example.com> ${1_600_000_000 + commits} +0000`, 'data 4', 'leak');
    pushFile(lines, 'leak.txt', `${secret}\n`);
    lines.push('');
    const fi = spawnSync('git', ['fast-import', '--quiet'], { cwd: repo, input: lines.join('\n') });
    assert.equal(fi.status, 0, String(fi.stderr));
    git(repo, 'reset', '-q', '--hard', 'main');

    // Every object in this generated repository is reachable, so the object store lists the distinct blobs.
    const objects = git(repo, 'cat-file', '--batch-all-objects', '--batch-check=%(objecttype) %(objectsize)').split('\n');
    const distinct = objects.filter((l) => l.startsWith('blob '));
    const distinctBytes = distinct.reduce((n, l) => n + Number(l.split(' ')[1]), 0);
    const commitCount = Number(git(repo, 'rev-list', '--count', '--all').trim());
    assert.equal(commitCount, commits + 1);
    const r = history(repo);
    assert.equal(r.status, 1);
    // Work counted: blobs and bytes read from git equal the distinct blobs, far below commits x files.
    assert.equal(r.doc.summary.filesScanned, distinct.length);
    assert.ok(r.doc.summary.filesScanned < (commits * files) / 40, `${r.doc.summary.filesScanned} blobs read`);
    assert.equal(r.doc.summary.bytesScanned, distinctBytes);
    assert.equal(r.doc.findings.length, 1);
    assert.equal(r.doc.findings[0].provenance.introduced.subject, 'leak');
  });
});

describe('credential sets in history', () => {
  it('a key in one file and a secret in another are two sets, not one', () => {
    const repo = gitRepo();
    writeFileSync(join(repo, 'a.py'), `twitter_consumer_key = "${s.consumerKey()}"\n`);
    writeFileSync(join(repo, 'b.py'), `twitter_consumer_secret = "${s.consumerSecret()}"\n`);
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'keys');
    const r = history(repo);
    assert.equal(r.status, 1, r.stderr);
    const groups = r.doc.findings.map((f: { file: string; group: string }) => `${f.file} ${f.group}`);
    assert.equal(groups.length, 2, JSON.stringify(groups));
    assert.notEqual(r.doc.findings[0].group, r.doc.findings[1].group, JSON.stringify(groups));
  });
});

describe('memory stays bounded while git streams ahead', () => {
  it('more blob bytes than are held in flight at once (48 blobs of 1 MB beside 250 small ones) all get scanned', () => {
    const repo = gitRepo();
    const lines: string[] = ['commit refs/heads/main', 'committer Ada <ada@example.com> 1600000000 +0000', 'data 4', 'bulk'];
    for (let f = 0; f < 250; f++) pushFile(lines, `small/f${f}.txt`, `small file ${f}\n`);
    const line = 'const filler = "plain text that holds no credential at all, repeated to make a big file";\n';
    for (let f = 0; f < 48; f++) pushFile(lines, `big/f${f}.js`, `// big file ${f}\n${line.repeat(Math.ceil((1024 * 1024) / line.length))}`);
    const secret = token();
    pushFile(lines, 'leak.txt', `${secret}\n`);
    lines.push('');
    const fi = spawnSync('git', ['fast-import', '--quiet'], { cwd: repo, input: lines.join('\n') });
    assert.equal(fi.status, 0, String(fi.stderr));
    const r = history(repo);
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.doc.summary.filesScanned, 250 + 48 + 1);
    assert.ok(r.doc.summary.bytesScanned > 48 * 1024 * 1024);
    assert.equal(r.doc.findings.length, 1);
  });
});

function pushFile(lines: string[], path: string, content: string): void {
  lines.push(`M 100644 inline ${path}`, `data ${Buffer.byteLength(content)}`, content);
}
