/**
 * Org-wide audits: each repository's `--history` JSON report (written by its own CI job) merged into
 * one table by `merge-reports`. Real reports from several scanned repositories.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli, cliAsync, commitFiles, git, gitRepo, scratch } from './helpers/cli.js';
import { Synth } from './helpers/synth.js';
import { appFile, appSet, registerApp } from './helpers/x-fixtures.js';
import { XEmulator } from './helpers/x-emulator.js';

const s = new Synth(1414);

const commit = (repo: string, file: string, text: string, message: string): string => commitFiles(repo, { [file]: text }, message);

/** Three repositories scanned as the audit's jobs scan them: one report file each. */
/** Built once: the tests only read it (and write reports under names of their own). */
let org: ReturnType<typeof buildOrg> | undefined;
const auditedOrg = (): ReturnType<typeof buildOrg> => (org ??= buildOrg());

function buildOrg(): { dir: string; removed: string; present: string; token: string } {
  const dir = scratch('sts-org-');
  const token = s.accessToken('1357924680');
  const a = gitRepo();
  const removed = commit(a, 'bot.py', `access_token = "${token}"\n`, 'add bot');
  commit(a, 'bot.py', 'import os\naccess_token = os.environ["X_ACCESS_TOKEN"]\n', 'read the token from the environment');
  const b = gitRepo();
  commit(b, 'README.md', 'nothing here\n', 'docs');
  const c = gitRepo();
  const present = commit(c, 'config.py', `import tweepy\nauth = tweepy.OAuthHandler("${s.consumerKey()}", "${s.consumerSecret()}")\n`, 'config');
  for (const [name, repo] of [['acme__bot', a], ['acme__docs', b], ['acme__api', c]] as const) {
    const r = cli(['--history', '-f', 'json', '-o', join(dir, `${name}.json`), '-o', `sarif=${join(dir, `${name}.sarif`)}`], repo);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
  }
  return { dir, removed, present, token };
}

describe('merge-reports: one table for many repositories', () => {
  it('text: repository, credential, where, blocking, introducing commit, still at HEAD; exit 1 when something blocks', () => {
    const { dir, removed, present, token } = auditedOrg();
    const r = cli(['merge-reports', 'acme/bot=acme__bot.json', 'acme__docs.json', 'acme__api.json'], dir);
    assert.equal(r.status, 1, r.stderr);
    const lines = r.stdout.split('\n');
    assert.match(lines[0]!, /^repository\s+credential\s+where\s+blocks\s+verified\s+introduced\s+at HEAD$/);
    const bot = lines.find((l) => l.startsWith('acme/bot '))!;
    assert.match(bot, new RegExp(`X Access Token \\(OAuth 1\\.0a\\) 1357….*bot\\.py:1\\s+yes\\s+-\\s+${removed.slice(0, 12)} \\d{4}-\\d\\d-\\d\\d\\s+no$`));
    const api = lines.filter((l) => l.startsWith('acme__api '));
    assert.equal(api.length, 2);
    for (const l of api) assert.match(l, new RegExp(`config\\.py:2\\s+yes\\s+-\\s+${present.slice(0, 12)} .*\\s+yes$`));
    assert.ok(!lines.some((l) => l.startsWith('acme__docs ')), 'a clean repository has no row');
    assert.match(r.stdout, /\n3 repositories: 3 findings \(3 blocking\) in 2\n$/);
    assert.ok(!r.stdout.includes(token), 'no secret in the table');
  });

  it('markdown for a job summary, and json for further processing', () => {
    const { dir } = auditedOrg();
    const md = cli(['merge-reports', '-f', 'markdown', 'acme__bot.json', 'acme__api.json'], dir);
    assert.equal(md.status, 1);
    assert.match(md.stdout, /^\| repository \| credential \| where \| blocks \| verified \| introduced \| at HEAD \|\n\| --- \|/);
    assert.equal(md.stdout.split('\n').filter((l) => l.startsWith('| acme\\_\\_')).length, 3);
    const json = cli(['merge-reports', '-f', 'json', 'acme__bot.json', 'acme__docs.json'], dir);
    const doc = JSON.parse(json.stdout);
    assert.equal(doc.version, 1);
    assert.deepEqual(doc.repositories.map((r: { repository: string; findings: number }) => [r.repository, r.findings]), [['acme__bot', 1], ['acme__docs', 0]]);
    assert.equal(doc.rows[0].atHead, false);
    assert.equal(cli(['merge-reports', 'acme__docs.json'], dir).status, 0, 'nothing blocks: exit 0');
  });

  it('reports written with --verify: the table says which credentials are live (X emulated on loopback)', async () => {
    const x = await XEmulator.start();
    try {
      const dir = scratch('sts-org-');
      const live = appSet(31);
      const dead = appSet(32);
      registerApp(x, live);
      for (const [name, set] of [['acme__live', live], ['acme__dead', dead]] as const) {
        const repo = gitRepo();
        commit(repo, 'creds.py', appFile(set), 'creds');
        const r = await cliAsync(['--history', '--verify', '-f', 'json', '-o', join(dir, `${name}.json`)], repo, { SCAN_TWITTER_SECRETS_API_BASE: x.url });
        assert.equal(r.status, 1, r.stderr);
      }
      const table = cli(['merge-reports', 'acme__live.json', 'acme__dead.json'], dir);
      const rows = table.stdout.split('\n');
      const row = (repo: string, kind: string): string => rows.find((l) => l.startsWith(`${repo} `) && l.includes(kind))!;
      assert.match(row('acme__live', 'X Access Token (OAuth 1.0a) '), /\slive \(@user31 \(id 1234567890123456789\)\)\s/);
      assert.match(row('acme__dead', 'X API Key (consumer key) '), /\sdead \(/);
      for (const set of [live, dead]) for (const v of [set.key, set.secret, set.token, set.tokenSecret, set.bearer]) assert.ok(!table.stdout.includes(v));
    } finally {
      await x.close();
    }
  });

  it('markdown: file and repository names from scanned repositories render as text, never as links, images or HTML', () => {
    const dir = scratch('sts-org-');
    const repo = gitRepo();
    const evil = '<img src=x>[all clear](https:evil.example).env';
    const amp = '*bold*_&amp;_`code`~~gone~~ www.evil.example a@b.example|x.py';
    writeFileSync(join(repo, evil), `ACCESS_TOKEN=${s.accessToken('97531')}\n`);
    writeFileSync(join(repo, amp), `access_token = "${s.accessToken('97532')}"\n`);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'names');
    const scan = cli(['--history', '-f', 'json', '-o', join(dir, 'evil.json')], repo);
    assert.equal(scan.status, 1, scan.stderr);
    const md = cli(['merge-reports', '-f', 'markdown', '<b>acme</b>/[x](y)=evil.json'], dir);
    assert.equal(md.status, 1, md.stderr);
    const rows = md.stdout.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| repository') && !l.startsWith('| ---'));
    assert.equal(rows.length, 2, md.stdout);
    assert.ok(md.stdout.includes('\\<img src\\=x\\>\\[all clear\\]\\(https\\:evil\\.example\\)\\.env\\:1'), md.stdout);
    assert.ok(md.stdout.includes('\\*bold\\*\\_\\&amp\\;\\_\\`code\\`\\~\\~gone\\~\\~ www\\.evil\\.example a\\@b\\.example\\|x\\.py\\:1'), md.stdout);
    for (const row of rows) {
      // Every cell of data: with its escapes taken out, no ASCII punctuation is left for Markdown to read.
      const cells = row.slice(2, -2).split(/(?<!\\) \| /);
      assert.equal(cells.length, 7, row);
      assert.match(cells[0]!, /^\\<b\\>acme\\<\\\/b\\>\\\/\\\[x\\\]\\\(y\\\)$/);
      for (const cell of cells) assert.doesNotMatch(cell.replace(/\\[!-\/:-@[-`{-~]/g, ''), /[!-\/:-@[-`{-~]/, `${cell} in ${row}`);
    }
  });

  it('-o FILE writes the table to the file (nothing on standard output); -o FORMAT=FILE adds another format', () => {
    const { dir } = auditedOrg();
    const md = cli(['merge-reports', '-f', 'markdown', '-o', 'merged.md', 'acme__bot.json', 'acme__api.json'], dir);
    assert.equal(md.status, 1, md.stderr);
    assert.equal(md.stdout, '');
    assert.equal(md.stderr, 'markdown report written to merged.md\n');
    const table = readFileSync(join(dir, 'merged.md'), 'utf8');
    assert.match(table, /^\| repository \| credential \|/);
    assert.match(table, /\n2 repositories: 3 findings \(3 blocking\) in 2\n$/);
    const both = cli(['merge-reports', '-o', 'json=merged.json', 'acme__docs.json'], dir);
    assert.equal(both.status, 0, both.stderr);
    assert.match(both.stdout, /^repository\s+credential/);
    assert.equal(both.stderr, 'json report written to merged.json\n');
    assert.equal(JSON.parse(readFileSync(join(dir, 'merged.json'), 'utf8')).repositories[0].repository, 'acme__docs');
  });

  it('scan options are refused, not silently ignored: exit 2 with one line', () => {
    const { dir } = auditedOrg();
    for (const option of [['--staged'], ['--history'], ['--verify'], ['--show-secrets'], ['--fail-on-skip'], ['--baseline', 'b.json'], ['-i', '*.py'], ['--no-git'], ['--verbose'], ['--color'], ['--force'], ['--yes']]) {
      const r = cli(['merge-reports', ...option, 'acme__bot.json'], dir);
      assert.equal(r.status, 2, `${option.join(' ')}: ${r.stdout}`);
      assert.equal(r.stdout, '');
      const name = option[0]!.startsWith('--') ? option[0]!.slice(2) : 'include';
      assert.equal(r.stderr, `scan-twitter-secrets: --${name} is not an option of merge-reports (it takes -f FORMAT and -o [FORMAT=]FILE)\n`);
    }
  });

  it('bad input: exit 2 with one line', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'sarif.json'), JSON.stringify({ version: '2.1.0', runs: [] }));
    writeFileSync(join(dir, 'broken.json'), '{"findings": [');
    const cases: [string[], RegExp][] = [
      [['merge-reports'], /^scan-twitter-secrets: merge-reports needs JSON reports to merge/],
      [['merge-reports', 'missing.json'], /^scan-twitter-secrets: cannot read report missing\.json: ENOENT$/],
      [['merge-reports', 'sarif.json'], /is not a scan-twitter-secrets JSON report \(version 1\)/],
      [['merge-reports', 'broken.json'], /report broken\.json is not valid JSON: line 1, column \d+/],
      [['merge-reports', '-f', 'sarif', 'sarif.json'], /merge-reports writes text, markdown or json, not "sarif"/],
    ];
    for (const [args, message] of cases) {
      const r = cli(args, dir);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stderr.split('\n').length, 2, r.stderr);
      assert.match(r.stderr.trim(), message);
    }
  });
});
