/**
 * The credential sets as verification and revocation need them: each finding's set (group.ts) with
 * its values by kind, since most checks sign with a partner value (an access token with its app's
 * API key and secret).
 */
import type { Finding } from '../scan/finding.js';
import { groupBy } from '../scan/group.js';

export interface CredentialSet {
  id: string;
  findings: Finding[];
  /** The first finding of each kind (group.ts starts a new set when a kind repeats). */
  of(ruleId: string): Finding | undefined;
}

export const KIND = {
  consumerKey: 'twitter-consumer-key',
  consumerSecret: 'twitter-consumer-secret',
  accessToken: 'twitter-access-token',
  tokenSecret: 'twitter-access-token-secret',
  bearer: 'twitter-bearer-token',
  clientId: 'twitter-oauth2-client-id',
  clientSecret: 'twitter-oauth2-client-secret',
  oauth2Access: 'twitter-oauth2-access-token',
  oauth2Refresh: 'twitter-oauth2-refresh-token',
} as const;

/** Sets of the findings that count (ignored ones are false positives by the user's word: never sent). */
export function credentialSets(findings: Finding[]): CredentialSet[] {
  const active = findings.filter((f) => !f.ignored);
  return [...groupBy(active, (f) => f.group || `lone-${f.fingerprint}`)].map(([id, list]) => {
    const byRule = new Map<string, Finding>();
    for (const f of list) if (!byRule.has(f.ruleId)) byRule.set(f.ruleId, f);
    return { id, findings: list, of: (ruleId: string) => byRule.get(ruleId) };
  });
}

/** The bearer's raw form (what a query parameter carrying the issued form decodes to). */
export function rawBearer(value: string): string {
  return value.replace(/%2B/gi, '+').replace(/%2F/gi, '/').replace(/%3D/gi, '=');
}
