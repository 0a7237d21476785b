/** Finds the structural kinds (no keyword needed) by cheap literal anchors, then decodes them. */
import type { Candidate } from './candidate.js';
import {
  ACCESS_TOKEN_TAIL,
  checkAccessToken,
  decodeBearerAt,
  decodeClientIdEndingAt,
  decodeOAuth2TokenEndingAt,
  OAUTH2_CLIENT_ID_SUFFIX,
  OAUTH2_TOKEN_SUFFIXES,
} from './structure.js';

const BEARER_ANCHOR = 'AAAAAAAAAAAAAAAAAAAA';

export function findStructural(text: string): Candidate[] {
  const out: Candidate[] = [];
  const push = (ruleId: string, start: number, end: number, secret: string, details: Record<string, string>): void => {
    out.push({ ruleId, start, end, secret, via: 'structure', specific: true, localEvidence: true, modern: true, details });
  };

  for (let i = text.indexOf(BEARER_ANCHOR); i >= 0; ) {
    const token = decodeBearerAt(text, i);
    if (token) {
      push('twitter-bearer-token', token.start, token.end, token.raw, {
        appId: token.appId,
        encoded: token.encoded,
        tailLength: String(token.tailLength),
      });
    }
    // Skip the rest of this run of A so one token is not decoded twenty times.
    let next = i + BEARER_ANCHOR.length;
    while (text.charCodeAt(next) === 65) next++;
    i = text.indexOf(BEARER_ANCHOR, token ? token.end : next);
  }

  // The three token suffixes share their last three characters ("OjE" = ":1"): one pass finds them all.
  for (let j = text.indexOf('OjE', 4); j >= 0; j = text.indexOf('OjE', j + 3)) {
    const i = j - 4;
    const suffix = text.slice(i, j + 3);
    if (!OAUTH2_TOKEN_SUFFIXES.includes(suffix)) continue;
    const token = decodeOAuth2TokenEndingAt(text, i + suffix.length);
    // Authorization codes ("ac") live 30 seconds: not worth reporting.
    if (!token || token.type === 'ac') continue;
    const ruleId = token.type === 'at' ? 'twitter-oauth2-access-token' : 'twitter-oauth2-refresh-token';
    push(ruleId, token.start, token.end, token.raw, { issuedAt: new Date(token.issuedAt).toISOString() });
  }

  for (let i = text.indexOf(OAUTH2_CLIENT_ID_SUFFIX); i >= 0; i = text.indexOf(OAUTH2_CLIENT_ID_SUFFIX, i + 7)) {
    const id = decodeClientIdEndingAt(text, i + OAUTH2_CLIENT_ID_SUFFIX.length);
    if (id) push('twitter-oauth2-client-id', id.start, id.end, id.raw, {});
  }

  ACCESS_TOKEN_TAIL.lastIndex = 0;
  for (let m = ACCESS_TOKEN_TAIL.exec(text); m; m = ACCESS_TOKEN_TAIL.exec(text)) {
    // Walk back over the user id (1–19 digits, no leading zero) before the dash.
    let start = m.index;
    while (start > 0 && m.index - start < 19 && text.charCodeAt(start - 1) >= 48 && text.charCodeAt(start - 1) <= 57) start--;
    while (start < m.index && text[start] === '0') start++;
    if (start === m.index) continue;
    const token = checkAccessToken(text, start, m.index + m[0].length);
    if (token) push('twitter-access-token', token.start, token.end, token.raw, { userId: token.userId });
  }
  return out;
}
