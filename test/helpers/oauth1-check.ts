/**
 * The emulator's own OAuth 1.0a HMAC-SHA1 verification (RFC 5849 §3.4), written apart from the
 * product's signer on purpose: a test that checked the signer with the signer would prove nothing.
 * Encoding works on UTF-8 bytes (§3.6) rather than on encodeURIComponent.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

export function rfc3986(s: string): string {
  let out = '';
  for (const byte of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += UNRESERVED.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** `OAuth a="b", c="d"` → its parameters, decoded (§3.5.1); null when it is not OAuth. */
export function parseOAuthHeader(header: string | undefined): Map<string, string> | null {
  if (!header || !/^OAuth\s/i.test(header)) return null;
  const params = new Map<string, string>();
  for (const m of header.slice(6).matchAll(/([A-Za-z0-9_]+)="([^"]*)"/g)) params.set(decodeURIComponent(m[1]!), decodeURIComponent(m[2]!));
  return params;
}

export interface SignedRequest {
  method: string;
  /** scheme://host[:port]/path as the server was addressed. */
  baseUri: string;
  query: [string, string][];
  form: [string, string][];
  header: string | undefined;
}

/** The signature the request should carry, given the secrets; null when the header is not OAuth. */
export function expectedSignature(req: SignedRequest, consumerSecret: string, tokenSecret: string): string | null {
  const oauth = parseOAuthHeader(req.header);
  if (!oauth) return null;
  const pairs: [string, string][] = [...req.query, ...req.form, ...[...oauth].filter(([k]) => k !== 'oauth_signature' && k !== 'realm')];
  const encoded = pairs.map(([k, v]) => [rfc3986(k), rfc3986(v)]);
  encoded.sort(([ak, av], [bk, bv]) => (ak === bk ? (av! < bv! ? -1 : av! > bv! ? 1 : 0) : ak! < bk! ? -1 : 1));
  const base = `${req.method.toUpperCase()}&${rfc3986(req.baseUri)}&${rfc3986(encoded.map(([k, v]) => `${k}=${v}`).join('&'))}`;
  return createHmac('sha1', `${rfc3986(consumerSecret)}&${rfc3986(tokenSecret)}`).update(base).digest('base64');
}

/** Whether the request is signed with these secrets (HMAC-SHA1 only). */
export function signatureValid(req: SignedRequest, consumerSecret: string, tokenSecret: string): boolean {
  const oauth = parseOAuthHeader(req.header);
  const given = oauth?.get('oauth_signature');
  if (!oauth || !given || oauth.get('oauth_signature_method') !== 'HMAC-SHA1') return false;
  const want = expectedSignature(req, consumerSecret, tokenSecret)!;
  return want.length === given.length && timingSafeEqual(Buffer.from(want), Buffer.from(given));
}
