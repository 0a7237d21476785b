/**
 * One finding identity for JSON, the ignore file, baselines and SARIF: a hash of the rule id and the
 * secret. No path, no line: it survives moves and renames.
 *
 * Why it cannot give the secret back: the shortest X secret (an 18-char legacy key) holds over 2^107
 * possibilities, and the fingerprint keeps only 64 bits of SHA-256, so every fingerprint has
 * astronomically many preimages; the domain prefix keeps it from matching any other tool's hash.
 */
import { crypto } from '../builtin.js';

const DOMAIN = 'scan-twitter-secrets/fingerprint/v1';

export function fingerprint(ruleId: string, canonicalSecret: string): string {
  return crypto().createHash('sha256').update(`${DOMAIN}\0${ruleId}\0${canonicalSecret}`).digest('hex').slice(0, 16);
}
