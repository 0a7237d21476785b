/**
 * The side-effect-free checks of x-credentials.md §5, one per kind of credential, and how X's answer
 * reads: 401 dead; 200 and 403 authenticate (the credential works, access may be limited); 429 and
 * anything else unknown. Never POST /oauth2/token (its 403 is ambiguous and it can mint a bearer),
 * never a refresh token or a client secret.
 */
import { messages } from '../cli/messages.js';
import { NetworkError, type Http, type HttpResponse } from './http.js';
import { oauth1Authorization } from './oauth1.js';
import { issuedBearer } from '../detect/structure.js';

export type VerificationStatus = 'live' | 'dead' | 'unknown';

export interface Verification {
  status: VerificationStatus;
  detail: string;
}

const m = messages.verify;

/** What one answer says about the credential that was sent. */
export function interpret(res: HttpResponse, named = false): Verification {
  if (res.status === 401) return { status: 'dead', detail: m.rejected(res.status) };
  if (res.status === 200) return { status: 'live', detail: (named && account(res.body)) || m.works(res.status) };
  if (res.status === 403) return { status: 'live', detail: m.limited(res.status) };
  if (res.status === 429) return { status: 'unknown', detail: m.rateLimited(resetTime(res.headers['x-rate-limit-reset'])) };
  return { status: 'unknown', detail: m.answered(res.status) };
}

export function failure(err: unknown): Verification {
  if (err instanceof NetworkError) return { status: 'unknown', detail: err.reason === 'deadline' ? m.deadline : err.reason === 'timeout' ? m.timedOut : m.networkError };
  throw err;
}

/** `users/me` names the account: "@handle (id 123)". */
function account(body: string): string | null {
  try {
    const data = (JSON.parse(body) as { data?: { id?: unknown; username?: unknown } }).data;
    if (data && typeof data.username === 'string' && typeof data.id === 'string') return m.account(data.username, data.id);
  } catch {
    // Not JSON: the status alone decides.
  }
  return null;
}

/** x-rate-limit-reset is the epoch second when the window reopens. */
function resetTime(header: string | string[] | undefined): string | null {
  const v = Array.isArray(header) ? header[0] : header;
  const s = Number(v);
  return v && Number.isFinite(s) && s > 0 ? new Date(s * 1000).toISOString() : null;
}

/** One call per check; the caller memoises them. */
export class Checks {
  constructor(private readonly http: Http, private readonly base: string) {}

  private async call(send: () => Promise<HttpResponse>, named = false): Promise<Verification> {
    try {
      return interpret(await send(), named);
    } catch (err) {
      return failure(err);
    }
  }

  /** API key + secret: ask for a request token (harmless, expires unused), signed with the pair only. */
  pair(consumerKey: string, consumerSecret: string): Promise<Verification> {
    const url = `${this.base}/oauth/request_token`;
    const authorization = oauth1Authorization({ method: 'POST', url, oauth: { oauth_callback: 'oob' } }, { consumerKey, consumerSecret });
    return this.call(() => this.http.send({ method: 'POST', url, headers: { authorization } }));
  }

  /** Access token + secret, signed with the app's pair: users/me names the account. */
  user(consumerKey: string, consumerSecret: string, token: string, tokenSecret: string): Promise<Verification> {
    const url = `${this.base}/2/users/me`;
    const authorization = oauth1Authorization({ method: 'GET', url }, { consumerKey, consumerSecret, token, tokenSecret });
    return this.call(() => this.http.send({ method: 'GET', url, headers: { authorization } }), true);
  }

  /** App-only bearer: the usage endpoint reads a counter. */
  bearer(token: string): Promise<Verification> {
    const url = `${this.base}/2/usage/tweets`;
    return this.call(() => this.http.send({ method: 'GET', url, headers: { authorization: `Bearer ${issuedBearer(token)}` } }));
  }

  /** OAuth 2.0 user access token (not expired): users/me. */
  oauth2(token: string): Promise<Verification> {
    const url = `${this.base}/2/users/me`;
    return this.call(() => this.http.send({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } }), true);
  }
}
