/**
 * OAuth 1.0a HMAC-SHA1 request signing (RFC 5849 §3.4), with node:crypto. Written here rather than
 * taken from npm because the candidate packages (oauth-1.0a, oauth) are unmaintained, and the whole
 * algorithm is a page: tested against the RFC's own worked example (§1.2).
 */
import { createHmac, randomBytes } from 'node:crypto';

export interface OAuth1Keys {
  consumerKey: string;
  consumerSecret: string;
  token?: string;
  tokenSecret?: string;
}

export interface OAuth1Request {
  method: string;
  /** The full request URL; its query parameters are signed. */
  url: string;
  /** application/x-www-form-urlencoded body parameters, signed too (RFC 5849 §3.4.1.3.1). */
  form?: Record<string, string>;
  /** Extra protocol parameters (oauth_callback). */
  oauth?: Record<string, string>;
  /** For the RFC's test vector; random and current otherwise. */
  nonce?: string;
  timestamp?: string;
}

/** RFC 5849 §3.6: RFC 3986 unreserved characters stay, everything else is %XX of its UTF-8 bytes. */
export function percentEncode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The value of the Authorization header: `OAuth oauth_consumer_key="…", …`. */
export function oauth1Authorization(req: OAuth1Request, keys: OAuth1Keys): string {
  const protocol: Record<string, string> = {
    oauth_consumer_key: keys.consumerKey,
    oauth_nonce: req.nonce ?? randomBytes(16).toString('hex'),
    oauth_signature_method: 'HMAC-SHA1',
    oauth_timestamp: req.timestamp ?? String(Math.floor(Date.now() / 1000)),
    ...(keys.token !== undefined ? { oauth_token: keys.token } : {}),
    oauth_version: '1.0',
    ...req.oauth,
  };
  const signature = oauth1Signature(req, keys, protocol);
  const all = { ...protocol, oauth_signature: signature };
  return 'OAuth ' + Object.entries(all).map(([k, v]) => `${percentEncode(k)}="${percentEncode(v)}"`).join(', ');
}

/** §3.4.2: HMAC-SHA1 of the signature base string, keyed with the two secrets. */
export function oauth1Signature(req: OAuth1Request, keys: OAuth1Keys, protocol: Record<string, string>): string {
  const url = new URL(req.url);
  const params: [string, string][] = [];
  for (const [k, v] of url.searchParams) params.push([k, v]);
  for (const [k, v] of Object.entries(req.form ?? {})) params.push([k, v]);
  for (const [k, v] of Object.entries(protocol)) params.push([k, v]);
  // §3.4.1.3.2: encode, then sort by name and value.
  const normalized = params
    .map(([k, v]) => [percentEncode(k), percentEncode(v)] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  // §3.4.1.2: scheme and host lower case, default port dropped (URL does both), no query.
  const baseUri = `${url.protocol}//${url.host}${url.pathname}`;
  const base = [req.method.toUpperCase(), percentEncode(baseUri), percentEncode(normalized)].join('&');
  const key = `${percentEncode(keys.consumerSecret)}&${percentEncode(keys.tokenSecret ?? '')}`;
  return createHmac('sha1', key).update(base).digest('base64');
}

/** HTTP Basic credentials as OAuth 2.0 (RFC 6749 §2.3.1) wants them: each part form-encoded first. */
export function basicAuthorization(user: string, password: string): string {
  return 'Basic ' + Buffer.from(`${percentEncode(user)}:${percentEncode(password)}`).toString('base64');
}
