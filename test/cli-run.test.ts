/** The CLI as a function (in-process): the clock is injected, so expiry decisions are testable. */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { run } from '../src/cli/run.js';
import { scratch } from './helpers/cli.js';
import { Synth } from './helpers/synth.js';

const ISSUED = Date.UTC(2026, 0, 15, 9, 0);
const HOUR = 3_600_000;

it('an OAuth 2.0 access token blocks while fresh and only warns once expired (2 h)', async () => {
  const s = new Synth(7);
  const dir = scratch();
  writeFileSync(join(dir, 'token.json'), JSON.stringify({ access_token: s.oauth2Token('at', ISSUED) }));
  const ctx = { cwd: dir, env: {}, stdoutIsTTY: false };
  const fresh = await run(['-f', 'json'], { ...ctx, now: ISSUED + HOUR });
  assert.equal(fresh.exitCode, 1);
  assert.equal(JSON.parse(fresh.stdout).findings[0].status, 'leak');
  const old = await run(['-f', 'json'], { ...ctx, now: ISSUED + 3 * HOUR });
  assert.equal(old.exitCode, 0);
  const f = JSON.parse(old.stdout).findings[0];
  assert.deepEqual([f.status, f.blocking, f.severity, f.details.issuedAt], ['expired', false, 'low', '2026-01-15T09:00:00.000Z']);
});

it('a refresh token never expires by itself; a lone client ID only warns', async () => {
  const s = new Synth(8);
  const dir = scratch();
  writeFileSync(join(dir, 'a.json'), JSON.stringify({ refresh_token: s.oauth2Token('rt', ISSUED), client_id: s.clientId() }));
  const r = await run(['-f', 'json'], { cwd: dir, env: {}, stdoutIsTTY: false, now: ISSUED + 1000 * HOUR });
  assert.equal(r.exitCode, 1);
  const byRule = Object.fromEntries(JSON.parse(r.stdout).findings.map((f: { ruleId: string; blocking: boolean }) => [f.ruleId, f.blocking]));
  assert.deepEqual(byRule, { 'twitter-oauth2-refresh-token': true, 'twitter-oauth2-client-id': false });
});
