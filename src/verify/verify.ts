/**
 * `--verify`: which findings still work. One side-effect-free check per distinct credential
 * (checks.ts), the result attached to every finding that holds it. Loaded only when asked for: plain
 * scans and the pre-commit hook never reach this module.
 */
import { messages } from '../cli/messages.js';
import type { Finding } from '../scan/finding.js';
import type { Verification } from './checks.js';
import type { Session } from './session.js';
import { credentialSets, KIND, type CredentialSet } from './sets.js';

const m = messages.verify;
const unknown = (detail: string): Verification => ({ status: 'unknown', detail });

/** Sets `verification` on every finding that is not ignored. */
export async function verifyFindings(findings: Finding[], session: Session): Promise<void> {
  const jobs: Promise<void>[] = [];
  for (const set of credentialSets(findings)) {
    for (const f of set.findings) jobs.push(checkFinding(f, set, session).then((v) => void (f.verification = v)));
  }
  await Promise.all(jobs);
}

/** The check that answers for `f`, shared with every other finding of the same values. */
export function checkFinding(f: Finding, set: CredentialSet, s: Session): Promise<Verification> {
  switch (f.ruleId) {
    case KIND.consumerKey:
    case KIND.consumerSecret:
      return checkPair(set, s) ?? Promise.resolve(unknown(m.noPair));
    case KIND.accessToken:
    case KIND.tokenSecret:
      return checkUser(set, s);
    case KIND.bearer:
      if (f.status === 'public-client') return Promise.resolve(unknown(m.publicClient));
      return s.once(`bearer ${f.fingerprint}`, () => s.checks.bearer(f.secret));
    case KIND.oauth2Access:
      // Decoded by the detector: an expired token is dead without asking X.
      if (f.status === 'expired') return Promise.resolve({ status: 'dead', detail: m.expired(f.details.issuedAt ?? '') });
      return s.once(`oauth2 ${f.fingerprint}`, () => s.checks.oauth2(f.secret));
    default:
      // Refresh tokens and client secrets: every known call changes something. Client IDs are public.
      return Promise.resolve(unknown(m.noSafeCheck));
  }
}

/** The set's API key + secret, checked once per distinct pair; null when the set lacks one of them. */
export function checkPair(set: CredentialSet, s: Session): Promise<Verification> | null {
  const key = set.of(KIND.consumerKey);
  const secret = set.of(KIND.consumerSecret);
  if (!key || !secret) return null;
  return s.once(`pair ${key.fingerprint} ${secret.fingerprint}`, () => s.checks.pair(key.secret, secret.secret));
}

/** Access token + secret through users/me; a 401 counts only if the pair that signed it works. */
export async function checkUser(set: CredentialSet, s: Session): Promise<Verification> {
  const token = set.of(KIND.accessToken);
  const tokenSecret = set.of(KIND.tokenSecret);
  const pair = checkPair(set, s);
  if (!token || !tokenSecret || !pair) return unknown(m.noPair);
  const key = set.of(KIND.consumerKey)!;
  const secret = set.of(KIND.consumerSecret)!;
  const [pairResult, result] = await Promise.all([
    pair,
    s.once(`user ${key.fingerprint} ${secret.fingerprint} ${token.fingerprint} ${tokenSecret.fingerprint}`, () => s.checks.user(key.secret, secret.secret, token.secret, tokenSecret.secret)),
  ]);
  // A dead pair cannot sign: the token itself may still work with its real app.
  if (result.status === 'dead' && pairResult.status === 'dead') return unknown(m.pairDead);
  return result;
}

/** --ignore-dead: a credential X rejects no longer blocks (live and unknown still do). */
export function unblockDead(findings: Finding[]): void {
  for (const f of findings) if (f.verification?.status === 'dead' && f.blocking) f.blocking = false;
}
