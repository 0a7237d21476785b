/** The real CLI binary scanning real files: git-aware listing, walking outside git, exit codes, formats. */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { spawn, spawnSync } from 'node:child_process';
import { BIN, cli, gitRepo, git, scratch } from './helpers/cli.js';
import { Synth } from './helpers/synth.js';

const s = new Synth(101);
const CK = s.consumerKey();
const CS = s.consumerSecret();
const AT = s.accessToken('1456789012345678901');
const ATS = s.accessTokenSecret();
const BEARER = s.bearer();
const credentialsFile = `import tweepy\nCONSUMER_KEY = "${CK}"\nCONSUMER_SECRET = "${CS}"\nACCESS_TOKEN = "${AT}"\nACCESS_TOKEN_SECRET = "${ATS}"\n`;
const ALL = [CK, CS, AT, ATS, BEARER];

function noFullSecret(text: string): void {
  for (const v of ALL) assert.ok(!text.includes(v), `a full secret leaked into output: ${v.slice(0, 4)}…`);
}

function json(stdout: string): { version: number; findings: any[]; ignored: any[]; summary: any; warnings: string[] } {
  return JSON.parse(stdout);
}

describe('scanning a git work tree', () => {
  it('scans tracked and untracked files, honours .gitignore, exits 1, never prints a full secret', () => {
    const repo = gitRepo();
    writeFileSync(join(repo, 'twitter_credentials.py'), credentialsFile);
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'init');
    writeFileSync(join(repo, 'untracked.js'), `const auth = "Bearer ${BEARER}";\n`);
    writeFileSync(join(repo, '.gitignore'), 'secrets.env\n');
    writeFileSync(join(repo, 'secrets.env'), `X_API_KEY=${CK}\nX_API_SECRET=${CS}\n`);
    const text = cli(['.'], repo);
    assert.equal(text.status, 1, text.stderr);
    noFullSecret(text.stdout + text.stderr);
    assert.match(text.stdout, /twitter_credentials\.py:2:17/);
    assert.match(text.stdout, /How to regenerate what leaked/);
    assert.match(text.stdout, /console\.x\.com/);
    const r = json(cli(['.', '--format', 'json'], repo).stdout);
    assert.equal(r.version, 1);
    const files = new Set(r.findings.map((f) => f.file));
    assert.deepEqual([...files].sort(), ['twitter_credentials.py', 'untracked.js']);
    const ck = r.findings.find((f) => f.ruleId === 'twitter-consumer-key');
    assert.equal(ck.line, 2);
    assert.equal(ck.column, 17);
    assert.equal(ck.blocking, true);
    assert.match(ck.fingerprint, /^[0-9a-f]{16}$/);
    assert.ok(!('secret' in ck));
    const set = new Set(r.findings.filter((f) => f.file === 'twitter_credentials.py').map((f) => f.group));
    assert.equal(set.size, 1, 'the four OAuth 1.0a values form one credential set');
    assert.equal(r.findings.find((f) => f.ruleId === 'twitter-bearer-token').details.appId, '28123456');
    noFullSecret(JSON.stringify(r));
    // An explicit path is scanned even when .gitignore ignores it.
    const explicit = json(cli(['secrets.env', '--format', 'json'], repo).stdout);
    assert.deepEqual(explicit.findings.map((f) => f.ruleId).sort(), ['twitter-consumer-key', 'twitter-consumer-secret']);
    assert.equal(explicit.findings[0].file, 'secrets.env');
  });

  it('--show-secrets reveals values; the fingerprint is stable across runs and renames', () => {
    const repo = gitRepo();
    writeFileSync(join(repo, 'a.py'), credentialsFile);
    const first = json(cli(['--format', 'json', '--show-secrets'], repo).stdout);
    assert.equal(first.findings.find((f) => f.ruleId === 'twitter-consumer-key').secret, CK);
    writeFileSync(join(repo, 'renamed.py'), '\n\n\n' + credentialsFile);
    const second = json(cli(['--format', 'json'], repo).stdout);
    const fps = (r: typeof first, file: string) => r.findings.filter((f) => f.file === file).map((f) => f.fingerprint).sort();
    assert.deepEqual(fps(first, 'a.py'), fps(second, 'renamed.py'));
  });

  it('scans a subdirectory with paths relative to it, and several roots relative to the current directory', () => {
    const repo = gitRepo();
    mkdirSync(join(repo, 'app/conf'), { recursive: true });
    writeFileSync(join(repo, 'app/conf/keys.py'), credentialsFile);
    mkdirSync(join(repo, 'other'));
    writeFileSync(join(repo, 'other/b.txt'), `${AT}\n`);
    assert.deepEqual([...new Set(json(cli(['app', '-f', 'json'], repo).stdout).findings.map((f) => f.file))], ['conf/keys.py']);
    const both = json(cli(['app', 'other', '-f', 'json'], repo).stdout);
    assert.deepEqual([...new Set(both.findings.map((f) => f.file))].sort(), ['app/conf/keys.py', 'other/b.txt']);
  });
});

describe('a folder named on the command line that .gitignore covers', () => {
  it('says so instead of a silent "scanned 0 files"; --no-git scans it', () => {
    const repo = gitRepo();
    writeFileSync(join(repo, '.gitignore'), 'node_modules/\n');
    mkdirSync(join(repo, 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(join(repo, 'node_modules', 'pkg', 'keys.py'), `access_token = "${new Synth(88).accessToken('1234567890')}"\n`);
    const r = cli(['node_modules/pkg'], repo);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^warning: node_modules\/pkg is ignored by \.gitignore: nothing in it was scanned \(--no-git scans it anyway\)$/m);
    assert.equal(cli(['node_modules/pkg', '--no-git'], repo).status, 1);
    mkdirSync(join(repo, 'empty'));
    assert.doesNotMatch(cli(['empty'], repo).stdout, /warning/, 'an empty folder that is not ignored: no warning');
  });
});

describe('scanning outside git', () => {
  it('walks with fast-glob and skips node_modules and .git', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'src/deep'), { recursive: true });
    mkdirSync(join(dir, 'node_modules/pkg'), { recursive: true });
    writeFileSync(join(dir, 'src/deep/config.py'), credentialsFile);
    writeFileSync(join(dir, 'node_modules/pkg/index.js'), credentialsFile);
    const r = json(cli([dir, '-f', 'json'], dir).stdout);
    assert.deepEqual([...new Set(r.findings.map((f) => f.file))], ['src/deep/config.py']);
  });

  it('clean tree exits 0 with a one-line summary', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'readme.md'), 'nothing to see\n');
    const r = cli(['.'], dir);
    assert.equal(r.status, 0);
    assert.equal(r.stdout.trim(), 'scanned 1 file; no X credentials found');
  });
});

describe('weird files never crash the scan', () => {
  it('binary skipped, UTF-16 and invalid UTF-8 scanned, odd names scanned, broken symlink warned, symlink out of root not followed', () => {
    const dir = scratch();
    const outside = scratch();
    writeFileSync(join(outside, 'secret.py'), credentialsFile);
    // A PNG's signature and header: binary, though the rest reads as text.
    writeFileSync(join(dir, 'blob.bin'), Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.from(credentialsFile)]));
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`# twitter\r\nCONSUMER_KEY = "${CK}"\r\n`, 'utf16le')]);
    writeFileSync(join(dir, 'utf16.py'), utf16);
    writeFileSync(join(dir, 'latin1.txt'), Buffer.concat([Buffer.from([0xff, 0xfe, 0xfd, 0x0a].slice(2)), Buffer.from(`\n${AT}\n`)]));
    writeFileSync(join(dir, 'with space.py'), credentialsFile);
    writeFileSync(join(dir, 'new\nline.py'), credentialsFile);
    writeFileSync(Buffer.from(join(dir, 'bad-\xff-name.py'), 'latin1'), credentialsFile);
    symlinkSync(join(dir, 'missing-target'), join(dir, 'dangling'));
    symlinkSync(join(outside, 'secret.py'), join(dir, 'escape.py'));
    const run = cli(['.', '-f', 'json'], dir);
    assert.equal(run.status, 1, run.stderr);
    const r = json(run.stdout);
    const files = new Set(r.findings.map((f) => f.file));
    assert.ok(files.has('utf16.py'));
    assert.ok(files.has('latin1.txt'));
    assert.ok(files.has('with space.py'));
    assert.ok(files.has('new\nline.py'));
    assert.ok([...files].some((f) => f.startsWith('bad-')), `non-UTF-8 name missing from ${[...files].join(', ')}`);
    assert.ok(!files.has('blob.bin'));
    assert.ok(!files.has('escape.py'), 'a symlink out of the root must not be followed');
    assert.equal(r.summary.binarySkipped, 1);
    assert.ok(r.warnings.some((w) => w.includes('dangling')), JSON.stringify(r.warnings));
    const u = r.findings.find((f) => f.file === 'utf16.py');
    assert.equal(u.line, 2);
    assert.equal(u.column, 17);
  });

  it('reports lines of the original file even when JSON escapes hold line breaks', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'bundle.js.map'), `{"sourcesContent":["a\\nb\\nc\\n// twitter"],"x":1}\n{"token": "${AT}"}\n`);
    const f = json(cli(['.', '-f', 'json'], dir).stdout).findings[0];
    assert.deepEqual([f.line, f.column], [2, 12]);
  });

  it('counts columns in characters as an editor shows them', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'emoji.md'), `🐦 twitter é token: ${AT}\n`);
    const f = json(cli(['.', '-f', 'json'], dir).stdout).findings[0];
    assert.equal(f.column, 20);
  });

  it('scans a 20 MB file in windows and reports the right line', () => {
    const dir = scratch();
    const filler = 'const x = 1; // filler line for a large generated file\n';
    const lines = Math.ceil((20 * 1024 * 1024) / filler.length);
    const body = filler.repeat(lines) + `twitter_bearer = "${BEARER}"\n` + filler.repeat(10);
    writeFileSync(join(dir, 'big.js'), body);
    const f = json(cli(['.', '-f', 'json'], dir).stdout).findings;
    assert.equal(f.length, 1);
    assert.equal(f[0].line, lines + 1);
    assert.equal(f[0].column, 19);
  });
});

describe('exit code 2: one clear line, no stack trace', () => {
  for (const [name, args] of [
    ['unknown flag', ['--bogus']],
    ['missing path', ['does-not-exist']],
    ['bad format', ['--format', 'xml']],
    ['unknown rule', ['--explain', 'nope']],
    ['unwritable output', ['--output', '/nonexistent-dir/x.json']],
  ] as const) {
    it(name, () => {
      const dir = scratch();
      const r = cli([...args], dir);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, /^scan-twitter-secrets: /);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    });
  }
  it('broken config file', () => {
    const dir = scratch();
    writeFileSync(join(dir, '.twitter-secrets.json'), '{ not json');
    const r = cli(['.'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /config file .* is not valid JSON/);
  });
});

describe('silencing false positives', () => {
  it('inline markers, ignore-file fingerprints and path globs; ignored findings are counted', () => {
    const repo = gitRepo();
    writeFileSync(join(repo, 'a.py'), `import tweepy\nCONSUMER_KEY = "${CK}"  # twitter-secrets:allow\nCONSUMER_SECRET = "${CS}"  # pragma: allowlist secret\n`);
    writeFileSync(join(repo, 'b.txt'), `${AT}\n`);
    mkdirSync(join(repo, 'fixtures'));
    writeFileSync(join(repo, 'fixtures/keys.txt'), `${AT}\n`);
    const before = json(cli(['-f', 'json'], repo).stdout);
    assert.deepEqual(before.findings.map((f) => f.file), ['b.txt', 'fixtures/keys.txt']);
    assert.equal(before.ignored.length, 2);
    const fp = before.findings[0].fingerprint;
    writeFileSync(join(repo, '.twitter-secrets-ignore'), `fingerprint:${fp}  # test account token, revoked\nfixtures/  # synthetic\n`);
    const after = cli(['-f', 'json'], repo);
    assert.equal(after.status, 0);
    const r = json(after.stdout);
    assert.equal(r.findings.length, 0);
    assert.equal(r.summary.ignored, 4);
    assert.ok(r.ignored.some((f) => f.ignored.reason === 'test account token, revoked'));
    assert.ok(!readFileSync(join(repo, '.twitter-secrets-ignore'), 'utf8').includes(AT));
    assert.match(cli([], repo).stdout, /4 ignored/);
    // Explicit file names (lint-staged, pre-commit) still honour the ignore file.
    assert.equal(cli(['fixtures/keys.txt'], repo).status, 0);
  });

  it('include/exclude globs from flags and from the config file', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs/keys.md'), `${AT}\n`);
    writeFileSync(join(dir, 'app.py'), `${AT}\n`);
    assert.deepEqual(json(cli(['-f', 'json', '--exclude', 'docs/**'], dir).stdout).findings.map((f) => f.file), ['app.py']);
    assert.deepEqual(json(cli(['-f', 'json', '--include', '*.md'], dir).stdout).findings.map((f) => f.file), ['docs/keys.md']);
    writeFileSync(join(dir, '.twitter-secrets.json'), JSON.stringify({ exclude: ['*.py'] }));
    const r = json(cli(['-f', 'json'], dir).stdout);
    assert.deepEqual(r.findings.map((f) => f.file), ['docs/keys.md']);
    assert.equal(r.summary.excluded, 1);
  });
});

describe('output', () => {
  it('--output writes the report, colour only when asked or on a terminal', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'k.txt'), `${AT}\n`);
    const r = cli(['-f', 'json', '-o', 'report.json'], dir);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.equal(json(readFileSync(join(dir, 'report.json'), 'utf8')).findings.length, 1);
    assert.doesNotMatch(cli(['k.txt'], dir).stdout, /\u001b\[/);
    assert.match(cli(['k.txt', '--color'], dir).stdout, /\u001b\[/);
  });

  it('--list-rules and --explain print rule data', () => {
    const dir = scratch();
    const list = cli(['--list-rules'], dir);
    assert.equal(list.status, 0);
    assert.equal(list.stdout.trim().split('\n').length, 10);
    const ex = cli(['--explain', 'twitter-bearer-token'], dir);
    assert.equal(ex.status, 0);
    assert.match(ex.stdout, /oauth2\/invalidate_token/);
  });
});

describe('robustness regressions', () => {
  it('a FIFO in the tree is skipped without blocking; a directory whose name is not UTF-8 is walked', () => {
    const dir = scratch();
    spawnSync('mkfifo', [join(dir, 'pipe')]);
    const odd = Buffer.from(join(dir, 'd\xff'), 'latin1');
    mkdirSync(odd);
    writeFileSync(Buffer.concat([odd, Buffer.from('/inner.txt')]), `${AT}\n`);
    const r = cli(['--no-git', '-f', 'json', '.'], dir);
    assert.equal(r.status, 1, r.stderr);
    assert.deepEqual(json(r.stdout).findings.map((f) => f.file), ['d\\xFF/inner.txt']);
  });

  it('the same file reached from two roots is reported once; empty paths and globs are usage errors', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'k.txt'), `${AT}\n`);
    assert.equal(json(cli(['.', '.', 'k.txt', '-f', 'json'], dir).stdout).findings.length, 1);
    assert.equal(cli([''], dir).status, 2);
    assert.equal(cli(['-e', ''], dir).status, 2);
  });

  it('a reader that closes the pipe early gets no stack trace', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'many.txt'), Array.from({ length: 3000 }, (_, i) => s.accessToken(String(100000 + i))).join('\n'));
    const child = spawn(process.execPath, [BIN, '.'], { cwd: dir });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    assert.doesNotMatch(stderr, /\n\s+at |EPIPE/);
    assert.notEqual(code, 2);
  });
});
