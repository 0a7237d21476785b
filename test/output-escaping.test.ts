/**
 * Output cannot be forged (issue 9): names, commit subjects and authors, baseline entries, ignore
 * reasons and arguments are data that anyone who controls the scanned code controls. None of it may
 * start a line (a GitHub Actions `::error` command in a CI log), move the cursor or clear the screen
 * (ESC sequences), or reorder what a reader sees (bidi overrides). Real repositories, real CLI.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli, git, GIT_IDENTITY, gitRepo, scratch } from './helpers/cli.js';
import { Synth } from './helpers/synth.js';

const s = new Synth(909);
const AT = s.accessToken('1456789012345678901');
const AT2 = s.accessToken('1456789012345678902');
const token = (t: string) => `token = "${t}"\n`;

/** What a forger puts in data: a line break, then a workflow command, then a screen clear. */
const FORGED = '::error file=a.py::forged';
const CLEAR = '\x1b[2J';
const SYMLINK = `x\n${FORGED}${CLEAR}`;
const LEAKY = `keys\r\n${FORGED}\u202e\u2028\u0085.txt`;

/** Characters no output may carry raw (a newline only as our own line break; tabs are harmless). */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
/** Everything some viewer treats as a line break (GitHub's runner splits on CR as well as LF). */
const lines = (out: string): string[] => out.split(/\r\n|[\r\n\u0085\u2028\u2029]/);
/** Our own workflow commands: a finding's annotation, a warning of the run, or the notice that lists the rest. */
const OURS = /^::(error|warning) file=[^:]*,line=\d+,col=\d+,title=[^:]*::|^::warning title=[^:]*::|^::notice title=[^:]*::/;

/** Lines starting a workflow command are exactly `ours` of ours; no raw control or bidi character. */
function assertUnforged(out: string, ours = 0): void {
  const commands = lines(out).filter((l) => l.startsWith('::'));
  for (const c of commands) assert.match(c, OURS, 'a forged workflow command');
  assert.equal(commands.length, ours, out);
  const raw = RAW.exec(out);
  assert.equal(raw, null, `raw U+${raw?.[0].codePointAt(0)!.toString(16).padStart(4, '0')} in output:\n${out}`);
}

/** How the README says names are shown: `\n`, `\xNN` below U+0100, `\uNNNN` above (tabs unused here). */
const escaped = (name: string): string =>
  name.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu, (c) => {
    const n = c.codePointAt(0)!;
    return c === '\n' ? '\\n' : n < 0x100 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
  });

describe('names in a tree scan', () => {
  const repo = gitRepo();
  symlinkSync('nowhere', join(repo, SYMLINK));
  writeFileSync(join(repo, LEAKY), token(AT));
  writeFileSync(join(repo, 'ignored-1.txt'), token(AT2));
  writeFileSync(join(repo, '.twitter-secrets-ignore'), `ignored-*.txt  # fixture\r${FORGED}${CLEAR}\n`);

  it('text: a broken symlink warning, a finding and an ignore reason are escaped, not obeyed', () => {
    const r = cli(['--verbose', '.'], repo);
    assert.equal(r.status, 1, r.stderr);
    assertUnforged(r.stdout + r.stderr);
    assert.ok(r.stdout.includes(`warning: broken symlink: ${escaped(SYMLINK)}`), r.stdout);
    assert.ok(r.stdout.includes(`${escaped(LEAKY)}:1:10`), r.stdout);
    assert.ok(r.stdout.includes(`— fixture\\x0d${FORGED}\\x1b[2J`), r.stdout);
  });

  it('github: only our annotations start a line; the file property and the warning hold the escaped name', () => {
    const r = cli(['--format', 'github', '.'], repo);
    assert.equal(r.status, 1, r.stderr);
    assertUnforged(r.stdout + r.stderr, 2);
    assert.match(r.stdout, /^::error file=keys\\x0d\\n%3A%3Aerror file=a\.py%3A%3Aforged\\u202e\\u2028\\x85\.txt,line=1,col=10,/m);
    assert.ok(r.stdout.includes(`\n::warning title=scan-twitter-secrets::broken symlink: ${escaped(SYMLINK)}\n`), r.stdout);
  });

  it('json and sarif: nothing raw (C1, separators and bidi as \\u escapes), the names intact when parsed', () => {
    const json = cli(['--format', 'json', '.'], repo);
    assertUnforged(json.stdout);
    const doc = JSON.parse(json.stdout);
    assert.equal(doc.findings[0].file, LEAKY);
    assert.ok(doc.warnings.includes(`broken symlink: ${SYMLINK}`));
    const sarif = cli(['--format', 'sarif', '.'], repo);
    assertUnforged(sarif.stdout);
    assert.equal(JSON.parse(sarif.stdout).runs[0].results.length, 2);
  });
});

describe('history provenance', () => {
  it('a commit subject and author with CR, ESC, separators and bidi are escaped in text and github output', () => {
    const repo = gitRepo();
    writeFileSync(join(repo, 'keys.txt'), token(AT));
    git(repo, 'add', '.');
    // %s is the subject: its first paragraph, lines joined, CR and ESC kept as written.
    const msg = join(scratch(), 'msg');
    writeFileSync(msg, `add keys\r${FORGED}${CLEAR}\u202e\n${FORGED}\n`);
    const author = `Eve${CLEAR}\u2028${FORGED}`;
    const c = spawnGit(repo, ['commit', '-q', '-F', msg], { GIT_AUTHOR_NAME: author });
    assert.equal(c, 0);
    const text = cli(['--history'], repo);
    assert.equal(text.status, 1, text.stderr);
    assertUnforged(text.stdout + text.stderr);
    assert.ok(text.stdout.includes(`Eve\\x1b[2J\\u2028${FORGED} <ada@example.com>): "add keys\\x0d${FORGED}\\x1b[2J\\u202e ${FORGED}"`), text.stdout);
    const github = cli(['--history', '--format', 'github'], repo);
    assertUnforged(github.stdout + github.stderr, 1);
  });
});

describe('baseline entries and the commit hook', () => {
  const STALE = `old\n${FORGED}${CLEAR}\u202e.txt`;
  const baseline = JSON.stringify({ version: 1, findings: [{ fingerprint: '0123456789abcdef', ruleId: 'x-access-token', file: STALE }] });

  it('a stale baseline entry whose file has a newline: the warning is escaped', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'b.json'), baseline);
    const r = cli(['--baseline', 'b.json', '.'], dir);
    assert.equal(r.status, 0, r.stderr);
    assertUnforged(r.stdout + r.stderr);
    assert.ok(r.stdout.includes(`was in ${escaped(STALE)})`), r.stdout);
  });

  it('--staged (hook output on stderr): a staged name with a newline and the stale-baseline warning are escaped', () => {
    const repo = gitRepo();
    const name = `leak\n${FORGED}${CLEAR}\u2066\u0085.txt`;
    writeFileSync(join(repo, name), token(AT));
    git(repo, 'add', '.');
    const b = join(scratch(), 'b.json');
    writeFileSync(b, baseline);
    const r = cli(['--staged', '--baseline', b], repo);
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stdout, '');
    assertUnforged(r.stderr);
    assert.ok(r.stderr.includes(`${escaped(name)}:1:10`), r.stderr);
    assert.ok(r.stderr.includes(`warning: baseline entry 0123456789abcdef (x-access-token, was in ${escaped(STALE)})`), r.stderr);
  });
});

describe('messages that name arguments and paths', () => {
  it('the error line: an argument with CR, ESC and a newline stays one escaped line', () => {
    const arg = `missing\r${FORGED}${CLEAR}\n${FORGED}`;
    const r = cli([arg], scratch());
    assert.equal(r.status, 2);
    assertUnforged(r.stderr);
    assert.equal(r.stderr, `scan-twitter-secrets: no such file or directory: missing\\x0d${FORGED}\\x1b[2J\\n${FORGED}\n`);
  });

  it('"report written to" and "baseline written to" name the file escaped', () => {
    const dir = scratch();
    const out = `report\r${FORGED}${CLEAR}.txt`;
    const r = cli(['-o', out, '.'], dir);
    assert.equal(r.status, 0, r.stderr);
    assertUnforged(r.stderr);
    assert.match(r.stderr, /report written to report\\x0d::error file=a\.py::forged\\x1b\[2J\.txt\n$/);
    const w = cli(['--write-baseline', out, '.'], dir);
    assert.equal(w.status, 0, w.stderr);
    assertUnforged(w.stderr);
    assert.match(w.stderr, /baseline written to report\\x0d::error/);
  });

  it('install and uninstall print one line each, whatever the repository path holds', () => {
    const repo = scratch(`sts-\n${FORGED}${CLEAR}-`);
    git(repo, 'init', '-q', '-b', 'main');
    for (const command of ['install', 'uninstall']) {
      const r = cli([command], repo);
      assert.equal(r.status, 0, r.stderr);
      assertUnforged(r.stdout + r.stderr);
      assert.equal(r.stdout.split('\n').length, 2, r.stdout);
      assert.ok(r.stdout.includes(`\\n${FORGED}\\x1b[2J-`), r.stdout);
    }
  });
});

function spawnGit(cwd: string, args: string[], env: NodeJS.ProcessEnv): number | null {
  return spawnSync('git', args, { cwd, env: { ...process.env, ...GIT_IDENTITY, ...env } }).status;
}
