/**
 * --verify against the loopback X emulator, through the real binary: one side-effect-free check per
 * credential, live / dead / unknown with the reason, every format, --ignore-dead, faults within the
 * deadline, proxies, and no request at all unless asked. Every output is searched for every secret.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { cliAsync, git, GIT_IDENTITY, gitRepo, scratch, spawnAsync, type CliRun } from './helpers/cli.js';
import { CountingProxy } from './helpers/proxy.js';
import { appFile, appSet, assertNoSecrets, emulatorTokens, oauth2File, oauth2Set, registerApp, registerOAuth2, secretsOf, write, type AppSet, type OAuth2Set } from './helpers/x-fixtures.js';
import { XEmulator } from './helpers/x-emulator.js';
import { ROOT } from './helpers/cli.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const VERSION = (JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string }).version;
let x: XEmulator;
/** Every output of every run in this file, checked for secrets at the end. */
const outputs: CliRun[] = [];
const secrets = new Set<string>();

before(async () => (x = await XEmulator.start()));
after(async () => {
  await x.close();
  assertNoSecrets(outputs, [...secrets, ...emulatorTokens()]);
});

function remember(...sets: (AppSet | OAuth2Set | Partial<AppSet>)[]): void {
  for (const v of secretsOf(...sets)) secrets.add(v);
}

async function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, emu: XEmulator = x): Promise<CliRun & { ms: number }> {
  const r = await cliAsync(args, cwd, { SCAN_TWITTER_SECRETS_API_BASE: emu.url, ...env });
  outputs.push(r);
  return r;
}

interface JsonFinding {
  ruleId: string;
  file: string;
  blocking: boolean;
  verification?: { status: string; detail: string };
}
const findings = (r: CliRun): JsonFinding[] => (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
const byRule = (r: CliRun): Record<string, { status: string; detail: string }> => Object.fromEntries(findings(r).map((f) => [f.ruleId, f.verification!]));

it('a bad -o is refused before anything is sent to X', async () => {
  const dir = scratch();
  const set = appSet(12);
  remember(set);
  registerApp(x, set);
  write(dir, 'creds.py', appFile(set));
  const sent = x.requests.length;
  for (const o of ['sarif=', `json=${join(dir, 'r')}`]) {
    const r = await run(['--verify', '-o', o, '-o', `sarif=${join(dir, 'r')}`], dir);
    assert.equal(r.status, 2, r.stderr);
  }
  assert.equal(x.requests.length, sent, 'no request reached the emulator');
});

it('a plain scan and an installed hook send nothing, even with the API base set to the emulator', async () => {
  const e = await XEmulator.start();
  try {
    const set = appSet(11);
    remember(set);
    registerApp(e, set);
    const repo = gitRepo();
    write(repo, 'creds.py', appFile(set));
    const plain = await run([], repo, {}, e);
    assert.equal(plain.status, 1);
    const json = await run(['-f', 'json'], repo, {}, e);
    assert.equal(findings(json).some((f) => 'verification' in f), false);
    git(repo, 'add', 'creds.py');
    assert.equal((await run(['--staged'], repo, {}, e)).status, 1);
    assert.equal((await run(['install'], repo, {}, e)).status, 0);
    const commit = await spawnAsync('git', ['commit', '-q', '-m', 'add creds'], repo, { SCAN_TWITTER_SECRETS_API_BASE: e.url, ...GIT_IDENTITY });
    outputs.push(commit);
    assert.notEqual(commit.status, 0, 'the hook blocks the commit');
    assert.match(commit.stderr, /this commit adds X \(Twitter\) credentials/);
    assert.match(commit.stderr, /scan-twitter-secrets revoke --staged/, 'the block message suggests the command');
    assert.equal(e.count(), 0, 'no request reached the emulator');
  } finally {
    await e.close();
  }
});

it('live sets of every kind: one cheapest check each, the account named, never oauth2/token', async () => {
  const dir = scratch();
  const app = appSet(21);
  const o2 = oauth2Set(22, Date.now() - 10 * 60_000, true);
  remember(app, o2);
  registerApp(x, app);
  registerOAuth2(x, o2, { id: '777', username: 'o2user' });
  write(dir, 'creds.py', appFile(app));
  // The same set again in a second file: still one check per distinct credential.
  write(dir, 'copy.py', appFile(app));
  write(dir, 'twitter_oauth.json', oauth2File(o2));
  const before = x.requests.length;
  const r = await run(['--verify', '-f', 'json'], dir);
  assert.equal(r.status, 1, r.stderr);
  const v = byRule(r);
  assert.deepEqual(v['twitter-consumer-key'], { status: 'live', detail: 'X accepted it (200)' });
  assert.equal(v['twitter-consumer-secret']!.status, 'live');
  assert.deepEqual(v['twitter-access-token'], { status: 'live', detail: '@user21 (id 1234567890123456789)' });
  assert.equal(v['twitter-access-token-secret']!.detail, '@user21 (id 1234567890123456789)');
  assert.equal(v['twitter-bearer-token']!.status, 'live');
  assert.deepEqual(v['twitter-oauth2-access-token'], { status: 'live', detail: '@o2user (id 777)' });
  for (const rule of ['twitter-oauth2-refresh-token', 'twitter-oauth2-client-secret']) assert.deepEqual(v[rule], { status: 'unknown', detail: 'not checked: no side-effect-free check' });
  assert.deepEqual(JSON.parse(r.stdout).summary.verification, { live: 11, dead: 0, unknown: 3 });
  const mine = x.requests.slice(before);
  assert.deepEqual(mine.map((q) => `${q.method} ${q.path}`).sort(), ['GET /2/usage/tweets', 'GET /2/users/me', 'GET /2/users/me', 'POST /oauth/request_token']);
  assert.equal(x.count('/oauth2/token'), 0);
  for (const q of mine) assert.equal(q.userAgent?.startsWith(`scan-twitter-secrets/${VERSION} `), true, q.userAgent);
  const token = mine.find((q) => q.path === '/oauth/request_token')!;
  assert.match(token.authorization!, /oauth_callback="oob"/);
  assert.doesNotMatch(token.authorization!, /oauth_token=/, 'the pair check is signed with the pair only');
});

it('dead sets are dead and still block; --ignore-dead lets them pass while live and unknown still block', async () => {
  const dir = scratch();
  const dead = appSet(31);
  remember(dead);
  registerApp(x, dead, { pair: true, token: false, bearer: false });
  write(dir, 'old.py', appFile({ bearer: dead.bearer }));
  const expired = oauth2Set(32, Date.now() - 5 * 3_600_000);
  remember(expired);
  write(dir, 'twitter_old.json', oauth2File({ access: expired.access }));
  const before = x.requests.length;
  const plain = await run(['--verify', '-f', 'json'], dir);
  assert.equal(plain.status, 1, 'a dead key in code is still a finding');
  const v = byRule(plain);
  assert.deepEqual(v['twitter-bearer-token'], { status: 'dead', detail: 'X rejected it (401)' });
  assert.equal(v['twitter-oauth2-access-token']!.status, 'dead');
  assert.match(v['twitter-oauth2-access-token']!.detail, /^expired \(issued .*\): not sent to X$/);
  assert.deepEqual(x.requests.slice(before).map((q) => q.path), ['/2/usage/tweets'], 'the expired token is not sent');
  const ignoring = await run(['--verify', '--ignore-dead', '-f', 'json'], dir);
  assert.equal(ignoring.status, 0, ignoring.stdout);
  assert.ok(findings(ignoring).every((f) => !f.blocking));
  // A live set beside the dead one still blocks.
  const live = appSet(33);
  remember(live);
  registerApp(x, live);
  write(dir, 'live.py', appFile(live));
  const mixed = await run(['--verify', '--ignore-dead', '-f', 'json'], dir);
  assert.equal(mixed.status, 1);
  assert.deepEqual([...new Set(findings(mixed).filter((f) => f.blocking).map((f) => f.file))], ['live.py']);
});

it('an access token without its API key pair: unknown, said why, nothing sent', async () => {
  const dir = scratch();
  const set = appSet(41);
  remember(set);
  registerApp(x, set);
  write(dir, 'creds.py', appFile({ token: set.token, tokenSecret: set.tokenSecret }));
  const before = x.requests.length;
  const r = await run(['--verify', '-f', 'json'], dir);
  assert.equal(r.status, 1);
  assert.equal(byRule(r)['twitter-access-token']!.status, 'unknown');
  assert.match(byRule(r)['twitter-access-token']!.detail, /^no pair to sign with/);
  assert.equal(x.requests.length, before);
});

it('403 authenticates (live); 429 is unknown with its reset time and is not retried; 5xx and dropped connections are unknown', async () => {
  const e = await XEmulator.start();
  try {
    const dir = scratch();
    const a = appSet(51);
    const b = appSet(52);
    remember(a, b);
    registerApp(e, a);
    e.apps.get(a.key)!.callbackApproved = false;
    registerApp(e, b);
    write(dir, 'a.py', appFile({ key: a.key, secret: a.secret }));
    write(dir, 'b.py', appFile({ bearer: b.bearer }));
    const reset = Math.floor(Date.UTC(2030, 0, 1, 12) / 1000);
    e.faults.set('/2/usage/tweets', { status: 429, reset });
    const r = await run(['--verify', '-f', 'json'], dir, {}, e);
    assert.deepEqual(byRule(r)['twitter-consumer-key'], { status: 'live', detail: 'authenticates; access is limited (403)' });
    assert.deepEqual(byRule(r)['twitter-bearer-token'], { status: 'unknown', detail: 'rate limited until 2030-01-01T12:00:00.000Z' });
    assert.equal(e.count('/2/usage/tweets'), 1, 'a 429 is not retried');
    e.faults.set('/2/usage/tweets', { status: 503 });
    assert.deepEqual(byRule(await run(['--verify', '-f', 'json'], dir, {}, e))['twitter-bearer-token'], { status: 'unknown', detail: 'X answered 503' });
    e.faults.set('/2/usage/tweets', { drop: true });
    const dropped = await run(['--verify', '-f', 'json', '--ignore-dead'], dir, {}, e);
    assert.deepEqual(byRule(dropped)['twitter-bearer-token'], { status: 'unknown', detail: 'network error' });
    assert.equal(dropped.status, 1, 'unknown still blocks under --ignore-dead');
  } finally {
    await e.close();
  }
});

it('an answer is read up to 64 KB and no further (an endless body costs no timeout); it is decoded once, so a character cut between packets stays whole', async () => {
  const e = await XEmulator.start();
  try {
    const dir = scratch();
    const a = appSet(71);
    const b = appSet(72);
    remember(a, b);
    registerApp(e, a);
    registerApp(e, b);
    e.users.get(a.token)!.username = 'ユーザー71';
    write(dir, 'a.py', appFile({ key: a.key, secret: a.secret, token: a.token, tokenSecret: a.tokenSecret }));
    write(dir, 'b.py', appFile({ bearer: b.bearer }));
    // users/me's answer arrives in two writes, 50 ms apart, cut inside the first character of the name.
    const answer = Buffer.from(JSON.stringify({ data: { id: a.userId, name: 'Emulated', username: 'ユーザー71' } }), 'utf8');
    e.faults.set('/2/users/me', { splitAt: answer.indexOf(Buffer.from('ユ', 'utf8')) + 1 });
    // usage/tweets answers 200, then never ends its body.
    e.faults.set('/2/usage/tweets', { endless: true });
    const r = await run(['--verify', '-f', 'json'], dir, { SCAN_TWITTER_SECRETS_VERIFY_TIMEOUT_MS: '4000' }, e);
    assert.deepEqual(byRule(r)['twitter-access-token'], { status: 'live', detail: `@ユーザー71 (id ${a.userId})` });
    assert.deepEqual(byRule(r)['twitter-bearer-token'], { status: 'live', detail: 'X accepted it (200)' });
    assert.ok(r.ms < 3_000, `ended in ${r.ms} ms`);
  } finally {
    await e.close();
  }
});

it('slow answers: each request times out, and the whole run ends within its deadline', async () => {
  const e = await XEmulator.start();
  try {
    const dir = scratch();
    const sets = [61, 62, 63, 64, 65, 66].map((n) => appSet(n));
    remember(...sets);
    sets.forEach((s, i) => {
      registerApp(e, s);
      write(dir, `b${i}.py`, appFile({ bearer: s.bearer }));
    });
    e.faults.set('/2/usage/tweets', { delayMs: 5_000 });
    const t = await run(['--verify', '-f', 'json'], dir, { SCAN_TWITTER_SECRETS_VERIFY_TIMEOUT_MS: '300' }, e);
    assert.ok(findings(t).every((f) => f.verification!.detail === 'network error (timed out)'), t.stdout);
    assert.ok(t.ms < 4_000, `ended in ${t.ms} ms`);
    const d = await run(['--verify', '-f', 'json'], dir, { SCAN_TWITTER_SECRETS_VERIFY_DEADLINE_MS: '500' }, e);
    assert.ok(d.ms < 4_000, `ended in ${d.ms} ms`);
    assert.equal(d.status, 1);
    assert.ok(findings(d).every((f) => f.verification!.status === 'unknown' && /time allowed for checks ran out/.test(f.verification!.detail)), d.stdout);
  } finally {
    await e.close();
  }
});

it('every format carries the result: text (live first, highlighted), sarif (property and message), github (annotation)', async () => {
  const dir = scratch();
  const live = appSet(71, '987654321');
  const dead = appSet(72);
  remember(live, dead);
  registerApp(x, live);
  registerApp(x, dead, { pair: false, token: false, bearer: false });
  // "a_dead.py" sorts first; the live file is still listed first.
  write(dir, 'a_dead.py', appFile({ bearer: dead.bearer }));
  write(dir, 'z_live.py', appFile(live));
  const text = await run(['--verify'], dir);
  const lines = text.stdout.split('\n');
  assert.ok(lines.indexOf('z_live.py') < lines.indexOf('a_dead.py'), text.stdout);
  assert.match(text.stdout, /X Access Token \(OAuth 1\.0a\) .* LIVE @user71 \(id 987654321\)/);
  assert.match(text.stdout, /X Bearer Token \(app-only\) .* dead \(X rejected it \(401\)\)/);
  assert.match(text.stdout, /checked with X: 5 live, 1 dead, 0 unknown/);
  const colour = await run(['--verify', '--color'], dir);
  assert.match(colour.stdout, /\u001b\[41;97;1mLIVE @user71/);
  const sarif = JSON.parse((await run(['--verify', '-f', 'sarif'], dir)).stdout);
  const token = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'twitter-access-token');
  assert.deepEqual(token.properties.verification, { status: 'live', detail: '@user71 (id 987654321)' });
  assert.match(token.message.text, /Checked with X: live \(@user71 \(id 987654321\)\)\./);
  const gh = await run(['--verify', '-f', 'github'], dir);
  assert.match(gh.stdout, /::error file=z_live\.py,.*Checked with X: live \(@user71/);
  assert.match(gh.stdout, /::error file=a_dead\.py,.*Checked with X: dead/);
});

it('--staged and --history verify too', async () => {
  const repo = gitRepo();
  const set = appSet(81);
  remember(set);
  registerApp(x, set);
  write(repo, 'creds.py', appFile({ bearer: set.bearer }));
  git(repo, 'add', 'creds.py');
  const staged = await run(['--staged', '--verify', '-f', 'json'], repo);
  assert.equal(byRule(staged)['twitter-bearer-token']!.status, 'live');
  const hookText = await run(['--staged', '--verify'], repo);
  assert.match(hookText.stderr, /LIVE X accepted it \(200\)/);
  git(repo, 'commit', '-q', '--no-verify', '-m', 'c');
  const history = await run(['--history', '--verify', '-f', 'json'], repo);
  assert.equal(byRule(history)['twitter-bearer-token']!.status, 'live');
});

it('HTTP_PROXY is used for the API base, and NO_PROXY is honoured', async () => {
  const proxy = await CountingProxy.start();
  try {
    const dir = scratch();
    const set = appSet(91);
    remember(set);
    registerApp(x, set);
    write(dir, 'creds.py', appFile({ bearer: set.bearer }));
    const via = await run(['--verify', '-f', 'json'], dir, { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NO_PROXY: '', http_proxy: '', https_proxy: '', no_proxy: '' });
    assert.equal(byRule(via)['twitter-bearer-token']!.status, 'live', via.stdout + via.stderr);
    assert.equal(proxy.seen.length, 1, proxy.seen.join('\n'));
    assert.ok(proxy.seen[0]!.includes(new URL(x.url).host));
    const direct = await run(['--verify', '-f', 'json'], dir, { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NO_PROXY: '127.0.0.1', http_proxy: '', https_proxy: '', no_proxy: '' });
    assert.equal(byRule(direct)['twitter-bearer-token']!.status, 'live');
    assert.equal(proxy.seen.length, 1, 'NO_PROXY skips the proxy');
  } finally {
    await proxy.close();
  }
});

it("the hook's load path holds no network code: cli.js and its static imports have neither undici nor the signer", () => {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    assert.ok(!/EnvHttpProxyAgent|oauth_signature_method|invalidate_token/.test(text), `${file} holds network code`);
    for (const m of text.matchAll(/^import[^;]*?from\s*"(\.\/[^"]+)"/gm)) visit(new URL(m[1]!, `file://${file}`).pathname);
  };
  visit(`${ROOT}dist/cli.js`);
  assert.ok(seen.size > 1, 'static chunks were followed');
  const loaders = [...seen].filter((f) => /import\("\.\/(chunks\/)?verify-[^"]+"\)/.test(readFileSync(f, 'utf8')));
  assert.ok(loaders.length > 0, 'the network chunk is loaded dynamically, from the hook\'s load path');
});
