/**
 * The library API returns exactly what `--format json` prints: the same report objects, masked
 * unless asked, with each rule's remediation text. (The packed package is tested from separate
 * strict TypeScript projects in pack.test.ts.)
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { API_VERSION, isScanFailure, listRules, remediation, scanPaths, scanStaged, scanText } from '../src/api.js';
import { cli, git, gitRepo, scratch } from './helpers/cli.js';
import { Synth } from './helpers/synth.js';

const s = new Synth(2020);
const tweepy = (): string =>
  `import tweepy\nauth = tweepy.OAuthHandler("${s.consumerKey()}", "${s.consumerSecret()}")\nauth.set_access_token("${s.accessToken('2244668800')}", "${s.accessTokenSecret()}")\n`;

it('scanText: the findings the CLI reports for the same text in a file of that name', async () => {
  const text = tweepy();
  const dir = scratch();
  writeFileSync(join(dir, 'bot.py'), text);
  const fromCli = JSON.parse(cli(['bot.py', '-f', 'json'], dir).stdout);
  const fromApi = await scanText(text, { path: 'bot.py' });
  assert.equal(API_VERSION, 1);
  assert.equal(fromApi.version, 1);
  assert.deepEqual(fromApi.findings, fromCli.findings);
  assert.deepEqual(fromApi.groups, fromCli.groups);
  assert.equal(fromApi.findings.length, 4);
  assert.ok(fromApi.findings.every((f) => f.secret === undefined && !text.includes(f.masked)), 'masked unless asked');
  const shown = await scanText(text, { path: 'bot.py', showSecrets: true });
  assert.ok(shown.findings.every((f) => f.secret && text.includes(f.secret)));
  const marked = `${text.trimEnd()}  # twitter-secrets:allow\n`;
  assert.equal((await scanText(marked, { path: 'bot.py' })).ignored.length, 2, 'the two values on the marked line');
  assert.equal((await scanText(marked, { path: 'bot.py', inlineAllow: false })).ignored.length, 0);
});

it('scanPaths and scanStaged: the CLI\'s own report, as objects', async () => {
  const repo = gitRepo();
  writeFileSync(join(repo, 'bot.py'), tweepy());
  writeFileSync(join(repo, '.gitignore'), 'ignored.py\n');
  writeFileSync(join(repo, 'ignored.py'), tweepy());
  const fromCli = JSON.parse(cli(['.', '-f', 'json'], repo).stdout);
  assert.deepEqual(await scanPaths(['.'], { cwd: repo }), fromCli);
  assert.equal((await scanPaths(['.'], { cwd: repo, git: false })).summary.findings, 8, 'git: false walks past .gitignore');
  assert.equal((await scanPaths([], { cwd: repo, exclude: ['bot.py'] })).summary.findings, 0);
  git(repo, 'add', 'bot.py');
  // The hook's SKIP convention is for the hook: an API caller asked for this scan.
  process.env.SKIP = 'scan-twitter-secrets';
  const staged = await scanStaged({ cwd: repo }).finally(() => delete process.env.SKIP);
  assert.deepEqual(staged, JSON.parse(cli(['--staged', '-f', 'json'], repo).stdout));
  assert.equal(staged.summary.blocking, 4);
});

it('remediation text per rule, and failures that say why', async () => {
  const rules = await listRules();
  assert.equal(rules.length, 9);
  for (const r of rules) {
    assert.ok(r.remediation.split('\n')[0]!.endsWith(` (${r.id})`), r.remediation.split('\n')[0]);
    assert.ok(cli(['--explain', r.id], scratch()).stdout.includes(r.remediation.split('\n')[1]!.trim()), r.id);
  }
  assert.equal(rules.find((r) => r.id === 'twitter-oauth2-client-id')!.blocks, false);
  assert.match(await remediation('twitter-bearer-token'), /Bearer Token/);
  await assert.rejects(remediation('no-such-rule'), (err) => isScanFailure(err) && err.message === 'unknown rule "no-such-rule"');
  await assert.rejects(scanPaths(['missing'], { cwd: scratch() }), (err) => isScanFailure(err) && err.message === 'no such file or directory: missing');
  await assert.rejects(scanStaged({ cwd: scratch() }), (err) => isScanFailure(err) && /not inside a git repository/.test(err.message));
});
