/**
 * The revocation calls of x-credentials.md §4, one per revocable kind. Each returns null when X
 * accepted it, or X's reason (status and error text, with any of the set's values masked out).
 */
import { mask } from '../report/mask.js';
import { messages } from '../cli/messages.js';
import type { Http, HttpResponse } from './http.js';
import { basicAuthorization, oauth1Authorization, type OAuth1Keys } from './oauth1.js';
import { issuedBearer } from '../detect/structure.js';
import { rawBearer } from './sets.js';

export type CallOutcome = { ok: true } | { ok: false; why: string };

/** OAuth 1.0a access token: signed with the app's pair and the token itself. */
export async function invalidateAccessToken(http: Http, base: string, keys: Required<OAuth1Keys>, secrets: string[]): Promise<CallOutcome> {
  const url = `${base}/1.1/oauth/invalidate_token`;
  const authorization = oauth1Authorization({ method: 'POST', url }, keys);
  return outcome(await http.send({ method: 'POST', url, headers: { authorization } }), secrets);
}

/**
 * App-only bearer: the token rides in the query as X issues it (percent-encoded, as X's reference
 * shows). Signed OAuth 1.0a with the owner's access token when the set has a working one (current
 * docs), else HTTP Basic with the API key/secret (older docs and SDKs).
 */
export async function invalidateBearer(http: Http, base: string, bearer: string, keys: OAuth1Keys, secrets: string[]): Promise<CallOutcome> {
  const url = `${base}/oauth2/invalidate_token?access_token=${issuedBearer(bearer)}`;
  const authorization = keys.token !== undefined ? oauth1Authorization({ method: 'POST', url }, keys) : basicAuthorization(keys.consumerKey, keys.consumerSecret);
  return outcome(await http.send({ method: 'POST', url, headers: { authorization } }), secrets);
}

/** OAuth 2.0 user token (access or refresh): client_id for a public client, Basic for a confidential one. */
export async function revokeOAuth2(http: Http, base: string, token: string, clientId: string, clientSecret: string | undefined, secrets: string[]): Promise<CallOutcome> {
  const url = `${base}/2/oauth2/revoke`;
  const form: Record<string, string> = clientSecret === undefined ? { token, client_id: clientId } : { token };
  const headers: Record<string, string> = clientSecret === undefined ? {} : { authorization: basicAuthorization(clientId, clientSecret) };
  return outcome(await http.send({ method: 'POST', url, headers, form }), secrets);
}

function outcome(res: HttpResponse, secrets: string[]): CallOutcome {
  if (res.status >= 200 && res.status < 300) return { ok: true };
  return { ok: false, why: messages.revoke.detail.xError(res.status, xError(res.body, secrets)) };
}

/** X's own words for an error ({"errors":[{code,message}]} or OAuth's error_description), short and secret-free. */
function xError(body: string, secrets: string[]): string {
  let text = '';
  try {
    const doc = JSON.parse(body) as { errors?: { code?: unknown; message?: unknown }[]; error?: unknown; error_description?: unknown; detail?: unknown };
    const e = doc.errors?.[0];
    if (e) text = [e.code !== undefined ? `code ${String(e.code)}` : '', typeof e.message === 'string' ? e.message : ''].filter(Boolean).join(', ');
    else text = [doc.error, doc.error_description ?? doc.detail].filter((x) => typeof x === 'string').join(': ');
  } catch {
    // Not JSON (a proxy's page): the status says enough.
  }
  for (const s of secrets) if (s) text = text.replace(eitherForm(s), () => mask(s));
  return text.slice(0, 200);
}

/**
 * A value in any of the forms X may echo it in: a bearer is issued percent-encoded (`%2F`) and also
 * pasted raw (`/`), so each of `+ / =` matches itself or its percent-encoding (either case).
 */
function eitherForm(value: string): RegExp {
  const forms: Record<string, string> = { '+': '(?:\\+|%2[bB])', '/': '(?:/|%2[fF])', '=': '(?:=|%3[dD])' };
  const raw = rawBearer(value);
  return new RegExp([...raw].map((c) => forms[c] ?? c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join(''), 'g');
}
