/**
 * `revoke` against the loopback X emulator: what an API call can revoke is revoked (bearer before
 * the access token that signs its request), re-checked, and reported per credential; what only the
 * console can rotate is said; nothing happens without a terminal or --yes. Every output is searched
 * for every secret.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { run as runInProcess } from '../src/cli/run.js';
import { cliAsync, git, gitRepo, scratch, type CliRun } from './helpers/cli.js';
import { appFile, appSet, assertNoSecrets, emulatorTokens, oauth2File, oauth2Set, registerApp, registerOAuth2, secretsOf, write, type AppSet, type OAuth2Set } from './helpers/x-fixtures.js';
import { XEmulator } from './helpers/x-emulator.js';

let x: XEmulator;
const outputs: CliRun[] = [];
const secrets = new Set<string>();

before(async () => (x = await XEmulator.start()));
after(async () => {
  await x.close();
  assertNoSecrets(outputs, [...secrets, ...emulatorTokens()]);
});

function remember(...sets: (AppSet | OAuth2Set)[]): void {
  for (const v of secretsOf(...sets)) secrets.add(v);
}

async function revoke(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const r = await cliAsync(['revoke', ...args], cwd, { SCAN_TWITTER_SECRETS_API_BASE: x.url, ...env });
  outputs.push(r);
  return r;
}

interface Revocation {
  fingerprint: string;
  ruleId: string;
  file: string;
  line: number;
  result: string;
  detail: string;
}
const results = (r: CliRun): Record<string, Revocation> => Object.fromEntries((JSON.parse(r.stdout) as { revocations: Revocation[] }).revocations.map((e) => [e.ruleId, e]));
const calls = (since: number): string[] => x.requests.slice(since).map((q) => `${q.method} ${q.path}`);

it('a live app set: bearer, then access token revoked and re-checked; the API key pair is console-only; exit 0', async () => {
  const dir = scratch();
  const set = appSet(101);
  remember(set);
  registerApp(x, set);
  write(dir, 'creds.py', appFile(set));
  const since = x.requests.length;
  const r = await revoke(['--yes', '-f', 'json'], dir);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const v = results(r);
  assert.deepEqual(Object.fromEntries(Object.entries(v).map(([k, e]) => [k, e.result])), {
    'twitter-consumer-key': 'console-only',
    'twitter-consumer-secret': 'console-only',
    'twitter-access-token': 'revoked',
    'twitter-access-token-secret': 'revoked',
    'twitter-bearer-token': 'revoked',
  });
  assert.deepEqual(Object.keys(v['twitter-access-token']!).sort(), ['detail', 'file', 'fingerprint', 'line', 'result', 'ruleId']);
  assert.equal(v['twitter-access-token']!.file, 'creds.py');
  assert.equal(x.users.get(set.token)!.live, false);
  assert.equal(x.bearers.get(set.bearer)!.live, false);
  const seen = calls(since);
  assert.ok(seen.indexOf('POST /oauth2/invalidate_token') < seen.indexOf('POST /1.1/oauth/invalidate_token'), seen.join('\n'));
  // The bearer's revocation was signed with the owner's access token (OAuth 1.0a), verified by the emulator.
  assert.match(x.requests.find((q) => q.path === '/oauth2/invalidate_token')!.authorization!, /^OAuth .*oauth_token="/);
  // Re-checked after revoking: users/me and usage/tweets each once more.
  assert.deepEqual(seen.slice(seen.indexOf('POST /oauth2/invalidate_token')), ['POST /oauth2/invalidate_token', 'GET /2/usage/tweets', 'POST /1.1/oauth/invalidate_token', 'GET /2/users/me']);
  assert.equal(x.count('/oauth2/token'), 0);

  // Run again: everything revocable is already dead, and nothing is revoked twice.
  const again = x.requests.length;
  const second = await revoke(['--yes', '-f', 'json'], dir);
  assert.equal(second.status, 0);
  assert.equal(results(second)['twitter-bearer-token']!.result, 'already-dead');
  assert.equal(results(second)['twitter-access-token']!.result, 'already-dead');
  assert.ok(!calls(again).some((c) => c.includes('invalidate')), calls(again).join('\n'));

  const text = await revoke(['--yes'], dir);
  assert.match(text.stdout, /already dead +X Bearer Token \(app-only\)  AAAA…\S+  \(creds\.py:7\)/);
  assert.match(text.stdout, /Rotate these in the developer console\n  API Key and Secret/);
  assert.match(text.stdout, /^revoked 0, already dead 3, failed 0, console only 2, not revocable 0$/m);
});

it('a bearer without an access token is revoked with Basic auth; an access token without its pair is not revocable, said why', async () => {
  const dir = scratch();
  const set = appSet(111);
  const lone = appSet(112);
  remember(set, lone);
  registerApp(x, set);
  registerApp(x, lone);
  write(dir, 'bearer.py', appFile({ key: set.key, secret: set.secret, bearer: set.bearer }));
  write(dir, 'token.py', appFile({ token: lone.token, tokenSecret: lone.tokenSecret }));
  const since = x.requests.length;
  const r = await revoke(['--yes', '-f', 'json'], dir);
  const v = results(r);
  assert.equal(v['twitter-bearer-token']!.result, 'revoked');
  assert.match(x.requests.slice(since).find((q) => q.path === '/oauth2/invalidate_token')!.authorization!, /^Basic /);
  assert.deepEqual([v['twitter-access-token']!.result, v['twitter-access-token']!.detail], ['not-revocable', 'no API key and API key secret in the same set to sign the revocation']);
  assert.equal(v['twitter-access-token-secret']!.result, 'not-revocable');
  assert.equal(x.users.get(lone.token)!.live, true, 'nothing was sent for it');
  assert.equal(r.status, 0, 'nothing revocable is left live');
});

it('OAuth 2.0 tokens: client_id for a public client, Basic for a confidential one; an expired token costs no request', async () => {
  const dir = scratch();
  const pub = oauth2Set(121, Date.now() - 60_000);
  const conf = oauth2Set(122, Date.now() - 60_000, true);
  const old = oauth2Set(123, Date.now() - 5 * 3_600_000);
  remember(pub, conf, old);
  registerOAuth2(x, pub);
  registerOAuth2(x, conf);
  write(dir, 'twitter_public.json', oauth2File(pub));
  write(dir, 'twitter_confidential.json', oauth2File(conf));
  write(dir, 'twitter_old.json', oauth2File({ clientId: old.clientId, access: old.access }));
  const since = x.requests.length;
  const r = await revoke(['--yes', '-f', 'json'], dir);
  assert.equal(r.status, 0, r.stdout);
  const entries = (JSON.parse(r.stdout) as { revocations: Revocation[] }).revocations;
  const of = (file: string, rule: string) => entries.find((e) => e.file === file && e.ruleId === rule)!;
  assert.equal(of('twitter_public.json', 'twitter-oauth2-access-token').result, 'revoked');
  assert.equal(of('twitter_public.json', 'twitter-oauth2-refresh-token').result, 'revoked');
  assert.match(of('twitter_public.json', 'twitter-oauth2-refresh-token').detail, /cannot be re-checked without using it/);
  assert.equal(of('twitter_confidential.json', 'twitter-oauth2-access-token').result, 'revoked');
  assert.equal(of('twitter_confidential.json', 'twitter-oauth2-client-secret').result, 'console-only');
  assert.equal(of('twitter_old.json', 'twitter-oauth2-access-token').result, 'already-dead');
  for (const t of [pub.access, pub.refresh, conf.access, conf.refresh]) assert.equal(x.oauth2.get(t)!.live, false);
  const revokes = x.requests.slice(since).filter((q) => q.path === '/2/oauth2/revoke');
  assert.equal(revokes.length, 4);
  assert.equal(revokes.filter((q) => q.authorization?.startsWith('Basic ')).length, 2);
  assert.equal(revokes.filter((q) => !q.authorization && /client_id=/.test(q.body)).length, 2);
  assert.ok(!x.requests.slice(since).some((q) => q.body.includes(old.access) || q.authorization?.includes(old.access)), 'the expired token was not sent');
});

it("X's refusal is 'failed' with X's error and exit 1; a revocation that does not take is caught by the re-check", async () => {
  const e = await XEmulator.start();
  try {
    const dir = scratch();
    const set = appSet(131);
    remember(set);
    registerApp(e, set);
    write(dir, 'creds.py', appFile({ key: set.key, secret: set.secret, bearer: set.bearer }));
    e.faults.set('/oauth2/invalidate_token', { status: 503 });
    const r = await cliAsync(['revoke', '--yes', '-f', 'json'], dir, { SCAN_TWITTER_SECRETS_API_BASE: e.url });
    outputs.push(r);
    assert.equal(r.status, 1);
    assert.deepEqual([results(r)['twitter-bearer-token']!.result, results(r)['twitter-bearer-token']!.detail], ['failed', 'X answered 503']);
    // X says yes but the token still works.
    e.faults.delete('/oauth2/invalidate_token');
    const bearer = e.bearers.get(set.bearer)!;
    Object.defineProperty(bearer, 'live', { get: () => true, set: () => undefined });
    const stuck = await cliAsync(['revoke', '--yes', '-f', 'json'], dir, { SCAN_TWITTER_SECRETS_API_BASE: e.url });
    outputs.push(stuck);
    assert.equal(stuck.status, 1);
    assert.match(results(stuck)['twitter-bearer-token']!.detail, /^X accepted the call but the credential still works/);
  } finally {
    await e.close();
  }
});

it("X's error echoing a bearer in the other form (raw, or percent-encoded in lower case) is masked: neither form reaches the output", async () => {
  const e = await XEmulator.start();
  try {
    for (const [n, inFile] of [[151, 'issued'], [152, 'raw']] as const) {
      const set = appSet(n);
      remember(set);
      registerApp(e, set);
      const issued = set.bearer;
      const raw = issued.replace(/%2B/g, '+').replace(/%2F/g, '/').replace(/%3D/g, '=');
      assert.notEqual(raw, issued);
      // X answers with the form the file does not hold.
      const echoed = inFile === 'issued' ? raw : issued.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
      const dir = scratch();
      write(dir, 'bearer.py', appFile({ key: set.key, secret: set.secret, bearer: inFile === 'issued' ? issued : raw }));
      e.faults.set('/oauth2/invalidate_token', { status: 400, body: { errors: [{ code: 89, message: `Invalid or expired token: ${echoed}` }] } });
      for (const format of ['json', 'text']) {
        const r = await cliAsync(['revoke', '--yes', '-f', format], dir, { SCAN_TWITTER_SECRETS_API_BASE: e.url });
        outputs.push(r);
        assert.equal(r.status, 1, r.stdout + r.stderr);
        if (format === 'json') assert.match(results(r)['twitter-bearer-token']!.detail, /^X answered 400: code 89, Invalid or expired token: \S{4}…\S{2}$/);
        for (const v of [issued, raw, echoed]) assert.ok(!r.stdout.includes(v) && !r.stderr.includes(v), `${inFile} in the file, ${v === echoed ? 'echoed form' : v === raw ? 'raw form' : 'issued form'} in the output:\n${r.stdout}`);
      }
    }
  } finally {
    await e.close();
  }
});

it('without a terminal and without --yes: exit 2, one line, nothing scanned or sent', async () => {
  const dir = scratch();
  const set = appSet(141);
  remember(set);
  registerApp(x, set);
  write(dir, 'creds.py', appFile(set));
  const since = x.requests.length;
  const r = await revoke([], dir);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, 'scan-twitter-secrets: revoke asks before revoking and there is no terminal to ask on: nothing was revoked (run it in a terminal, or add --yes)\n');
  assert.equal(x.requests.length, since);
  assert.equal(x.users.get(set.token)!.live, true);
  for (const bad of [['-f', 'sarif'], ['--verify'], ['--ignore-dead']]) assert.equal((await revoke(['--yes', ...bad], dir)).status, 2, bad.join(' '));
});

it('on a terminal it asks once per set, naming what will be revoked, what stops working and what only the console rotates', async () => {
  const dir = scratch();
  const set = appSet(151);
  remember(set);
  registerApp(x, set);
  write(dir, 'creds.py', appFile(set));
  const questions: string[] = [];
  const ctx = { cwd: dir, env: { ...process.env, SCAN_TWITTER_SECRETS_API_BASE: x.url }, stdoutIsTTY: false };
  const since = x.requests.length;
  const no = await runInProcess(['revoke'], { ...ctx, ask: async (q) => (questions.push(q), false) });
  outputs.push({ status: no.exitCode, stdout: no.stdout, stderr: no.stderr });
  assert.equal(no.exitCode, 1, 'declined: something revocable still works');
  assert.equal(questions.length, 1);
  const q = questions[0]!;
  assert.match(q, /^Credential set #1 in creds\.py\n  Will revoke now \(irreversible\):\n    X Bearer Token \(app-only\)  AAAA…\S+  \(creds\.py:7\)\n    X Access Token \(OAuth 1\.0a\)/);
  assert.match(q, /What stops working:\n    - the app's app-only \(bearer\) calls.*\n    - the app's calls on behalf of the account/);
  assert.match(q, /Only the developer console can rotate \(steps below\):\n    X API Key \(consumer key\)/);
  assert.match(q, /Revoke these now\? \[y\/N\] $/);
  assert.match(no.stdout, /not revoked \(you said no\)/);
  assert.ok(!calls(since).some((c) => c.includes('invalidate')));
  assert.equal(x.users.get(set.token)!.live, true);
  const yes = await runInProcess(['revoke'], { ...ctx, ask: async () => true });
  outputs.push({ status: yes.exitCode, stdout: yes.stdout, stderr: yes.stderr });
  assert.equal(yes.exitCode, 0, yes.stdout);
  assert.equal(x.users.get(set.token)!.live, false);
});

it('revoke --staged revokes what the commit would add', async () => {
  const repo = gitRepo();
  const set = appSet(161);
  remember(set);
  registerApp(x, set);
  write(repo, 'creds.py', appFile({ key: set.key, secret: set.secret, bearer: set.bearer }));
  git(repo, 'add', 'creds.py');
  const r = await revoke(['--staged', '--yes', '-f', 'json'], repo);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(results(r)['twitter-bearer-token']!.result, 'revoked');
});
