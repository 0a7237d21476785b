/** Synthetic credential sets written to files and registered with the X emulator, live or dead. */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Synth } from './synth.js';
import type { CliRun } from './cli.js';
import { XEmulator } from './x-emulator.js';

export interface AppSet {
  key: string;
  secret: string;
  token: string;
  tokenSecret: string;
  bearer: string;
  userId: string;
  username: string;
}

export interface OAuth2Set {
  clientId: string;
  clientSecret?: string;
  access: string;
  refresh: string;
}

export function appSet(seed: number, userId = '1234567890123456789'): AppSet {
  const s = new Synth(seed);
  return { key: s.consumerKey(), secret: s.consumerSecret(), token: s.accessToken(userId), tokenSecret: s.accessTokenSecret(), bearer: s.bearer(BigInt(28_000_000 + seed)), userId, username: `user${seed}` };
}

/** A tweepy-style credentials file: every value of the set, so the detector puts them in one set. */
export function appFile(set: Partial<AppSet>): string {
  const lines = ['import tweepy', ''];
  if (set.key) lines.push(`CONSUMER_KEY = "${set.key}"`);
  if (set.secret) lines.push(`CONSUMER_SECRET = "${set.secret}"`);
  if (set.token) lines.push(`ACCESS_TOKEN = "${set.token}"`);
  if (set.tokenSecret) lines.push(`ACCESS_TOKEN_SECRET = "${set.tokenSecret}"`);
  if (set.bearer) lines.push(`BEARER_TOKEN = "${set.bearer}"`);
  return lines.join('\n') + '\n';
}

/** Registers the set: `live` false leaves the values unknown to the emulator (dead, 401). */
export function registerApp(x: XEmulator, set: AppSet, live = { pair: true, token: true, bearer: true }): void {
  x.addApp({ key: set.key, secret: set.secret, live: live.pair });
  x.addUser({ token: set.token, secret: set.tokenSecret, appKey: set.key, id: set.userId, username: set.username, live: live.token });
  x.addBearer({ token: set.bearer, appKey: set.key, live: live.bearer });
}

export function oauth2Set(seed: number, issuedAt: number, confidential = false): OAuth2Set {
  const s = new Synth(seed);
  return { clientId: s.clientId(), ...(confidential ? { clientSecret: s.clientSecret() } : {}), access: s.oauth2Token('at', issuedAt), refresh: s.oauth2Token('rt', issuedAt) };
}

export function oauth2File(set: Partial<OAuth2Set>): string {
  const doc: Record<string, string> = { provider: 'twitter' };
  if (set.clientId) doc.client_id = set.clientId;
  if (set.clientSecret) doc.client_secret = set.clientSecret;
  if (set.access) doc.access_token = set.access;
  if (set.refresh) doc.refresh_token = set.refresh;
  return JSON.stringify(doc, null, 2) + '\n';
}

export function registerOAuth2(x: XEmulator, set: OAuth2Set, user = { id: '42', username: 'oauthuser' }, live = true): void {
  x.clients.set(set.clientId, { id: set.clientId, ...(set.clientSecret ? { secret: set.clientSecret } : {}) });
  x.addOAuth2({ token: set.access, clientId: set.clientId, ...user, live });
  x.addOAuth2({ token: set.refresh, clientId: set.clientId, ...user, live });
}

export function write(dir: string, name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

/** The secret values of sets (not the account's id and name), to look for in every output. */
export function secretsOf(...sets: (AppSet | OAuth2Set | Partial<AppSet>)[]): string[] {
  return sets.flatMap((s) => Object.entries(s).flatMap(([k, v]) => (typeof v === 'string' && k !== 'userId' && k !== 'username' ? [v] : [])));
}

/**
 * What the emulators handed out or echoed that must never be shown: request tokens, bearers they
 * returned; from every emulator the test file started, its shared one and those of single tests.
 */
export function emulatorTokens(): string[] {
  return XEmulator.started.flatMap((e) => e.answers.flatMap((a) => [...a.matchAll(/"access_token":"([^"]+)"|oauth_token(?:_secret)?=([^&]+)/g)].map((m) => m[1] ?? m[2]!)));
}

/** No value appears in any run's output, nor a bearer in its decoded form (the raw form names the same token). */
export function assertNoSecrets(runs: CliRun[], values: Iterable<string>): void {
  for (const v of values) {
    if (!v) continue;
    const raw = v.replace(/%2B/g, '+').replace(/%2F/g, '/').replace(/%3D/g, '=');
    for (const r of runs) assert.ok(![v, raw].some((x) => r.stdout.includes(x) || r.stderr.includes(x)), `a secret (${v.slice(0, 4)}…) appeared in an output`);
  }
}
