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
/** Every structural token is written in value characters ([A-Za-z0-9_-]) for at least this long. */
const OAUTH2_TOKEN_LENGTH = 91;
const CLIENT_ID_LENGTH = 34;
const ACCESS_TOKEN_MIN_RUN = 29;

/**
 * `runs` are valueRuns().long: maximal runs of value characters of ANCHOR_RUN or more. Each anchor
 * lies inside one (the bearer's run of `A`, an OAuth 2.0 token or client ID, an access token's dash
 * and random part), so only those runs are searched, not the whole text.
 */
export function findStructural(text: string, runs: number[]): Candidate[] {
  const out: Candidate[] = [];
  const push = (ruleId: string, start: number, end: number, secret: string, details: Record<string, string>): void => {
    out.push({ ruleId, start, end, secret, via: 'structure', specific: true, localEvidence: true, modern: true, details });
  };
  // A bearer token runs on past its run of value characters (%2B, +, /): later runs inside it are skipped.
  let bearerEnd = 0;
  for (let k = 0; k < runs.length; k += 2) {
    const from = runs[k]!;
    const to = runs[k + 1]!;
    const run = text.slice(from, to);
    for (let r = run.indexOf(BEARER_ANCHOR, Math.max(0, bearerEnd - from)); r >= 0; ) {
      const token = decodeBearerAt(text, from + r);
      if (token) {
        push('twitter-bearer-token', token.start, token.end, token.raw, { appId: token.appId, encoded: token.encoded, tailLength: String(token.tailLength) });
        bearerEnd = token.end;
        break;
      }
      // Skip the rest of this run of A so one token is not decoded twenty times.
      let next = r + BEARER_ANCHOR.length;
      while (run.charCodeAt(next) === 65) next++;
      r = run.indexOf(BEARER_ANCHOR, next);
    }

    // The three token suffixes share their last three characters ("OjE" = ":1"): one pass finds them all.
    if (to - from >= OAUTH2_TOKEN_LENGTH) {
      for (let j = run.indexOf('OjE', 4); j >= 0; j = run.indexOf('OjE', j + 3)) {
        const suffix = run.slice(j - 4, j + 3);
        if (!OAUTH2_TOKEN_SUFFIXES.includes(suffix)) continue;
        const token = decodeOAuth2TokenEndingAt(text, from + j + 3);
        // Authorization codes ("ac") live 30 seconds: not worth reporting.
        if (!token || token.type === 'ac') continue;
        const ruleId = token.type === 'at' ? 'twitter-oauth2-access-token' : 'twitter-oauth2-refresh-token';
        push(ruleId, token.start, token.end, token.raw, { issuedAt: new Date(token.issuedAt).toISOString() });
      }
    }

    if (to - from >= CLIENT_ID_LENGTH) {
      for (let i = run.indexOf(OAUTH2_CLIENT_ID_SUFFIX); i >= 0; i = run.indexOf(OAUTH2_CLIENT_ID_SUFFIX, i + 7)) {
        const id = decodeClientIdEndingAt(text, from + i + OAUTH2_CLIENT_ID_SUFFIX.length);
        if (id) push('twitter-oauth2-client-id', id.start, id.end, id.raw, {});
      }
    }

    if (to - from >= ACCESS_TOKEN_MIN_RUN && run.includes('-')) {
      ACCESS_TOKEN_TAIL.lastIndex = 0;
      for (let m = ACCESS_TOKEN_TAIL.exec(run); m; m = ACCESS_TOKEN_TAIL.exec(run)) {
        // Walk back over the user id (1–19 digits, no leading zero) before the dash.
        const dash = from + m.index;
        let start = dash;
        while (start > from && dash - start < 19 && text.charCodeAt(start - 1) >= 48 && text.charCodeAt(start - 1) <= 57) start--;
        while (start < dash && text[start] === '0') start++;
        if (start === dash) continue;
        const token = checkAccessToken(text, start, dash + m[0].length);
        if (token) push('twitter-access-token', token.start, token.end, token.raw, { userId: token.userId });
      }
    }
  }
  return out;
}
