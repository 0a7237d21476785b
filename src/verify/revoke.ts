/**
 * `revoke`: per credential set, revoke what an API call can revoke (x-credentials.md §4), after asking
 * (or --yes), then re-check what was revoked with the side-effect-free calls and report each
 * credential. Exit 0 when everything revocable is dead afterwards, 1 when something revocable still
 * works (a failure, a "no"), 2 when it could not run. Never reached from the pre-commit hook.
 */
import { messages } from '../cli/messages.js';
import type { Options } from '../cli/args.js';
import type { RunContext, RunResult } from '../cli/run.js';
import { remediationFor, renderRemediation } from '../remediation/render.js';
import { jsonText, mask, printable } from '../report/mask.js';
import type { RuleSet } from '../rules/types.js';
import type { Finding, ScanResult } from '../scan/finding.js';
import type { Verification } from './checks.js';
import { failure } from './checks.js';
import { invalidateAccessToken, invalidateBearer, revokeOAuth2, type CallOutcome } from './revoke-calls.js';
import { openSession, type Session, type SessionSettings } from './session.js';
import { credentialSets, KIND, type CredentialSet } from './sets.js';
import { checkUser } from './verify.js';

export type RevocationResult = 'revoked' | 'already-dead' | 'failed' | 'console-only' | 'not-revocable' | 'declined';

interface Entry {
  finding: Finding;
  result: RevocationResult;
  detail: string;
}

/** A call to make: which finding, how to check it, how to revoke it. */
interface Action {
  finding: Finding;
  /** Bearer first: its request may need the access token that is revoked after it. */
  order: number;
  check: (() => Promise<Verification>) | null;
  revoke: () => Promise<CallOutcome>;
}

const d = messages.revoke.detail;

export async function runRevoke(result: ScanResult, rules: RuleSet, settings: SessionSettings, opts: Options, ctx: RunContext): Promise<RunResult> {
  const sets = credentialSets(result.findings);
  if (sets.length === 0) return { exitCode: 0, stdout: messages.revoke.nothing + '\n', stderr: warnings(result) };
  const entries = new Map<string, Entry>();
  const session = openSession(settings);
  try {
    for (const set of sets) await revokeSet(set, session, entries, opts, ctx);
  } finally {
    await session.close();
  }
  const list = [...entries.values()];
  const exitCode = list.some((e) => e.result === 'failed' || e.result === 'declined') ? 1 : 0;
  const stdout = opts.format === 'json' ? json(list) : text(list, rules);
  return { exitCode, stdout, stderr: warnings(result) };
}

async function revokeSet(set: CredentialSet, s: Session, entries: Map<string, Entry>, opts: Options, ctx: RunContext): Promise<void> {
  const mine = set.findings.filter((f) => !entries.has(f.fingerprint) && (entries.set(f.fingerprint, { finding: f, result: 'not-revocable', detail: '' }), true));
  const put = (f: Finding, result: RevocationResult, detail: string) => Object.assign(entries.get(f.fingerprint)!, { result, detail });
  const values = set.findings.map((f) => f.secret);
  const key = set.of(KIND.consumerKey);
  const secret = set.of(KIND.consumerSecret);
  const token = set.of(KIND.accessToken);
  const tokenSecret = set.of(KIND.tokenSecret);
  const clientId = set.of(KIND.clientId);
  const clientSecret = set.of(KIND.clientSecret);
  const pair = key && secret ? { consumerKey: key.secret, consumerSecret: secret.secret } : null;
  const actions: Action[] = [];
  const tokenCheck = () => checkUser(set, s);
  for (const f of mine) {
    switch (f.ruleId) {
      case KIND.consumerKey:
      case KIND.consumerSecret:
      case KIND.clientSecret:
        put(f, 'console-only', d.consoleOnly);
        break;
      case KIND.clientId:
        put(f, 'not-revocable', d.clientId);
        break;
      case KIND.bearer:
        if (f.status === 'public-client') put(f, 'not-revocable', d.publicClient);
        else if (!pair) put(f, 'not-revocable', d.noPair);
        else
          actions.push({
            finding: f,
            order: 0,
            check: () => s.checks.bearer(f.secret),
            // Signed with the owner's access token only while that token still works.
            revoke: async () => {
              const signWith = token && tokenSecret && (await tokenCheck()).status !== 'dead' ? { token: token.secret, tokenSecret: tokenSecret.secret } : {};
              return invalidateBearer(s.http, s.base, f.secret, { ...pair, ...signWith }, values);
            },
          });
        break;
      case KIND.accessToken:
        if (!pair) put(f, 'not-revocable', d.noPair);
        else if (!tokenSecret) put(f, 'not-revocable', d.noTokenSecret);
        else actions.push({ finding: f, order: 1, check: tokenCheck, revoke: () => invalidateAccessToken(s.http, s.base, { ...pair, token: f.secret, tokenSecret: tokenSecret.secret }, values) });
        break;
      case KIND.tokenSecret:
        // Revoked with its access token; its entry follows that token's below.
        if (!token) put(f, 'not-revocable', d.noToken);
        else if (!pair) put(f, 'not-revocable', d.noPair);
        break;
      case KIND.oauth2Access:
      case KIND.oauth2Refresh:
        if (f.status === 'expired') put(f, 'already-dead', messages.verify.expired(f.details.issuedAt ?? ''));
        else if (!clientId) put(f, 'not-revocable', d.noClientId);
        else
          actions.push({
            finding: f,
            order: 2,
            // A refresh token has no side-effect-free check: it is revoked without one.
            check: f.ruleId === KIND.oauth2Access ? () => s.checks.oauth2(f.secret) : null,
            revoke: () => revokeOAuth2(s.http, s.base, f.secret, clientId.secret, clientSecret?.secret, values),
          });
        break;
    }
  }
  // Already dead: nothing to ask about or send.
  const todo: Action[] = [];
  for (const a of actions) {
    const before = a.check ? await a.check() : null;
    if (before?.status === 'dead') put(a.finding, 'already-dead', before.detail);
    else todo.push(a);
  }
  todo.sort((a, b) => a.order - b.order);
  if (todo.length && !opts.yes && !(await ctx.ask!(plan(set, todo, mine)))) {
    for (const a of todo) put(a.finding, 'declined', d.declined);
  } else {
    for (const a of todo) {
      let sent: CallOutcome;
      try {
        sent = await s.limited(a.revoke);
      } catch (err) {
        sent = { ok: false, why: failure(err).detail };
      }
      if (!sent.ok) {
        put(a.finding, 'failed', sent.why);
        continue;
      }
      // Re-check only what was revoked, with a fresh call (the memo holds the answer from before).
      const after = a.finding.ruleId === KIND.accessToken ? await s.limited(() => s.checks.user(pair!.consumerKey, pair!.consumerSecret, a.finding.secret, tokenSecret!.secret)) : a.check ? await s.limited(a.check) : null;
      if (!after) put(a.finding, 'revoked', d.revokedUnchecked);
      else if (after.status === 'dead') put(a.finding, 'revoked', d.revoked);
      else put(a.finding, 'failed', after.status === 'live' ? d.stillLive(after.detail) : d.recheck(after.detail));
    }
  }
  // The token secret shares its access token's fate.
  if (tokenSecret && token && entries.get(tokenSecret.fingerprint)?.finding === tokenSecret && pair) {
    const t = entries.get(token.fingerprint)!;
    put(tokenSecret, t.result, t.result === 'revoked' ? d.revokedWithToken : t.detail);
  }
}

/** What the question shows: what will be revoked, what stops working, what only the console rotates. */
function plan(set: CredentialSet, todo: Action[], mine: Finding[]): string {
  const r = messages.revoke;
  const first = set.findings[0]!;
  const lines = [r.planTitle(set.id.replace('set-', '#'), printable(first.file)), `  ${r.willRevoke}`];
  for (const a of todo) lines.push(`    ${describe(a.finding)}`);
  lines.push(`  ${r.willBreak}`);
  for (const rule of new Set(todo.map((a) => a.finding.ruleId))) lines.push(`    - ${r.breaks[rule]}`);
  const console = mine.filter((f) => f.ruleId === KIND.consumerKey || f.ruleId === KIND.consumerSecret || f.ruleId === KIND.clientSecret);
  if (console.length) {
    lines.push(`  ${r.consoleOnly}`);
    for (const f of console) lines.push(`    ${describe(f)}`);
  }
  return lines.join('\n') + '\n' + r.question;
}

const describe = (f: Finding): string => `${f.title}  ${printable(mask(f.secret))}  (${printable(f.file)}:${f.line})`;

function text(list: Entry[], rules: RuleSet): string {
  const r = messages.revoke;
  const width = Math.max(...list.map((e) => r.results[e.result]!.length));
  const out = list.map((e) => `  ${r.results[e.result]!.padEnd(width)}  ${describe(e.finding)}  ${printable(e.detail)}`);
  const consoleRules = new Set(list.filter((e) => e.result === 'console-only').map((e) => e.finding.ruleId));
  if (consoleRules.size) out.push('', r.consoleSteps, renderRemediation(remediationFor(consoleRules, rules)));
  const count = (x: RevocationResult) => list.filter((e) => e.result === x).length;
  out.push(r.summary({ revoked: count('revoked'), alreadyDead: count('already-dead'), failed: count('failed'), consoleOnly: count('console-only'), notRevocable: count('not-revocable'), declined: count('declined') }));
  return out.join('\n') + '\n';
}

function json(list: Entry[]): string {
  return jsonText({
    version: 1,
    revocations: list.map((e) => ({ fingerprint: e.finding.fingerprint, ruleId: e.finding.ruleId, file: e.finding.file, line: e.finding.line, result: e.result, detail: e.detail })),
  });
}

function warnings(result: ScanResult): string {
  return result.warnings.map((w) => `scan-twitter-secrets: warning: ${printable(w)}\n`).join('');
}
