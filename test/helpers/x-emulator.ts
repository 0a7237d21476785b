/**
 * A loopback stand-in for the parts of X's API that --verify and revoke call, started per test on
 * 127.0.0.1 (port 0) and reached through SCAN_TWITTER_SECRETS_API_BASE. It keeps state (a revoked
 * token then answers 401), verifies OAuth 1.0a signatures independently (oauth1-check.ts) and Basic
 * credentials, counts every request, and can be told to answer 403, 429, 5xx, slowly, or not at all.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseOAuthHeader, signatureValid, type SignedRequest } from './oauth1-check.js';

export interface App {
  key: string;
  secret: string;
  live?: boolean;
  /** false: request_token answers 403 code 415 (callback not approved), as X does. */
  callbackApproved?: boolean;
}
export interface UserToken {
  token: string;
  secret: string;
  appKey: string;
  id: string;
  username: string;
  live?: boolean;
}
export interface Bearer {
  /** As issued (percent-encoded). */
  token: string;
  appKey: string;
  live?: boolean;
}
export interface OAuth2Client {
  id: string;
  /** Confidential clients have one (revocation then needs Basic). */
  secret?: string;
}
export interface OAuth2Token {
  token: string;
  clientId: string;
  id: string;
  username: string;
  live?: boolean;
}

export interface Fault {
  status?: number;
  /** x-rate-limit-reset (epoch seconds) on a 429. */
  reset?: number;
  delayMs?: number;
  /** Close the connection without answering. */
  drop?: boolean;
  /** With `status`: answer this body (JSON unless a string) instead of the usual one. */
  body?: unknown;
  /** Write the answer's bytes in two parts, cut at this byte offset (a character may be cut), 50 ms apart. */
  splitAt?: number;
  /** After the answer's body, keep sending filler (16 KB every 5 ms) until the client goes away. */
  endless?: boolean;
}

export interface Seen {
  method: string;
  path: string;
  authorization: string | undefined;
  userAgent: string | undefined;
  body: string;
}

const unauthorized = { errors: [{ code: 32, message: 'Could not authenticate you.' }] };
const invalidToken = { errors: [{ code: 89, message: 'Invalid or expired token.' }] };

export class XEmulator {
  readonly apps = new Map<string, App>();
  readonly users = new Map<string, UserToken>();
  readonly bearers = new Map<string, Bearer>();
  readonly clients = new Map<string, OAuth2Client>();
  readonly oauth2 = new Map<string, OAuth2Token>();
  /** Per path ("/2/users/me"): how to misbehave. */
  readonly faults = new Map<string, Fault>();
  readonly requests: Seen[] = [];
  /** Every body it answered with (tests check none of it reaches any output). */
  readonly answers: string[] = [];
  url = '';
  private server!: Server;
  /** Every emulator this test process started: what each handed out is checked against every output. */
  static readonly started: XEmulator[] = [];

  static async start(): Promise<XEmulator> {
    const x = new XEmulator();
    XEmulator.started.push(x);
    x.server = createServer((req, res) => void x.handle(req, res));
    await new Promise<void>((resolve) => x.server.listen(0, '127.0.0.1', resolve));
    x.url = `http://127.0.0.1:${(x.server.address() as AddressInfo).port}`;
    return x;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  count(path?: string): number {
    return path ? this.requests.filter((r) => r.path === path).length : this.requests.length;
  }

  addApp(a: App): App {
    this.apps.set(a.key, { live: true, callbackApproved: true, ...a });
    return this.apps.get(a.key)!;
  }
  addUser(u: UserToken): UserToken {
    this.users.set(u.token, { live: true, ...u });
    return this.users.get(u.token)!;
  }
  addBearer(b: Bearer): Bearer {
    this.bearers.set(b.token, { live: true, ...b });
    return this.bearers.get(b.token)!;
  }
  addOAuth2(t: OAuth2Token): OAuth2Token {
    this.oauth2.set(t.token, { live: true, ...t });
    return this.oauth2.get(t.token)!;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url!, `http://${req.headers.host}`);
    this.requests.push({ method: req.method!, path: url.pathname, authorization: req.headers.authorization, userAgent: req.headers['user-agent'], body });
    const fault = this.faults.get(url.pathname);
    if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
    if (fault?.drop) {
      req.socket.destroy();
      return;
    }
    const send = (status: number, doc: unknown, headers: Record<string, string> = {}): void => {
      const text = typeof doc === 'string' ? doc : JSON.stringify(doc);
      this.answers.push(text);
      if (res.destroyed) return;
      res.writeHead(status, { 'content-type': typeof doc === 'string' ? 'application/x-www-form-urlencoded' : 'application/json', ...headers });
      const bytes = Buffer.from(text, 'utf8');
      if (fault?.endless) {
        res.write(bytes);
        const filler = Buffer.alloc(16 * 1024, 0x20);
        const timer = setInterval(() => (res.destroyed || res.writableEnded ? clearInterval(timer) : res.write(filler)), 5);
        res.on('close', () => clearInterval(timer));
        return;
      }
      if (fault?.splitAt !== undefined) {
        res.write(bytes.subarray(0, fault.splitAt));
        setTimeout(() => res.end(bytes.subarray(fault.splitAt)), 50);
        return;
      }
      res.end(bytes);
    };
    if (fault?.status) {
      send(fault.status, fault.body ?? { title: 'fault' }, fault.reset ? { 'x-rate-limit-reset': String(fault.reset) } : {});
      return;
    }
    const form = (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded') ? [...new URLSearchParams(body)] : [];
    const signed: SignedRequest = { method: req.method!, baseUri: `http://${req.headers.host}${url.pathname}`, query: [...url.searchParams], form, header: req.headers.authorization };
    const route = `${req.method} ${url.pathname}`;
    switch (route) {
      case 'POST /oauth/request_token': {
        const oauth = parseOAuthHeader(req.headers.authorization);
        const app = this.apps.get(oauth?.get('oauth_consumer_key') ?? '');
        if (!app || !app.live || oauth!.has('oauth_token') || oauth!.get('oauth_callback') !== 'oob' || !signatureValid(signed, app.secret, '')) return send(401, unauthorized);
        if (!app.callbackApproved) return send(403, { errors: [{ code: 415, message: 'Callback URL not approved for this client application.' }] });
        return send(200, `oauth_token=RQTOKEN${Math.random().toString(36).slice(2)}ZZ&oauth_token_secret=RQSECRET${Math.random().toString(36).slice(2)}ZZ&oauth_callback_confirmed=true`);
      }
      case 'GET /2/users/me': {
        const bearer = bearerOf(req);
        if (bearer !== null) {
          const t = this.oauth2.get(bearer);
          return t?.live ? send(200, { data: { id: t.id, name: 'Emulated', username: t.username } }) : send(401, { title: 'Unauthorized', status: 401 });
        }
        const user = this.userFor(signed);
        return user ? send(200, { data: { id: user.id, name: 'Emulated', username: user.username } }) : send(401, unauthorized);
      }
      case 'GET /2/usage/tweets': {
        const b = this.bearers.get(bearerOf(req) ?? '');
        return b?.live ? send(200, { data: { project_usage: '12', project_cap: '10000' } }) : send(401, { title: 'Unauthorized', status: 401 });
      }
      case 'POST /1.1/oauth/invalidate_token': {
        const user = this.userFor(signed);
        if (!user) return send(401, invalidToken);
        user.live = false;
        return send(200, { access_token: user.token });
      }
      case 'POST /oauth2/invalidate_token': {
        // The query carries the token as issued; URLSearchParams decodes it once, so encode again.
        const raw = url.searchParams.get('access_token') ?? '';
        const issued = raw.replace(/\+/g, '%2B').replace(/\//g, '%2F').replace(/=/g, '%3D');
        const b = this.bearers.get(issued);
        const app = this.appFor(signed, req);
        if (!app || !b || b.appKey !== app.key) return send(401, unauthorized);
        if (!b.live) return send(401, invalidToken);
        b.live = false;
        return send(200, { access_token: b.token });
      }
      case 'POST /2/oauth2/revoke': {
        const params = new URLSearchParams(body);
        const t = this.oauth2.get(params.get('token') ?? '');
        const basic = basicOf(req);
        const clientId = basic ? basic[0] : params.get('client_id');
        const client = this.clients.get(clientId ?? '');
        if (!client || (client.secret !== undefined && (!basic || basic[1] !== client.secret))) return send(401, { error: 'unauthorized_client', error_description: 'Missing valid authorization header' });
        if (t && t.clientId === client.id) t.live = false;
        return send(200, { revoked: true });
      }
      case 'POST /oauth2/token':
        // Never to be called by a check: it can mint a bearer. Counted, and answered uselessly.
        return send(500, { errors: [{ code: 131, message: 'must not be called' }] });
      default:
        return send(404, { errors: [{ code: 34, message: 'Sorry, that page does not exist.' }] });
    }
  }

  /** The live user token an OAuth 1.0a request is signed with (by its live app), or null. */
  private userFor(signed: SignedRequest): UserToken | null {
    const oauth = parseOAuthHeader(signed.header);
    const app = this.apps.get(oauth?.get('oauth_consumer_key') ?? '');
    const user = this.users.get(oauth?.get('oauth_token') ?? '');
    if (!app?.live || !user?.live || user.appKey !== app.key) return null;
    return signatureValid(signed, app.secret, user.secret) ? user : null;
  }

  /** The live app a bearer revocation authenticates as: OAuth 1.0a (with a live user token) or Basic. */
  private appFor(signed: SignedRequest, req: IncomingMessage): App | null {
    const basic = basicOf(req);
    if (basic) {
      const app = this.apps.get(basic[0]);
      return app?.live && app.secret === basic[1] ? app : null;
    }
    const user = this.userFor(signed);
    return user ? this.apps.get(user.appKey)! : null;
  }
}

function bearerOf(req: IncomingMessage): string | null {
  const m = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
  return m ? m[1]! : null;
}

/** HTTP Basic as OAuth 2.0 sends it: each part form-encoded before base64 (RFC 6749 §2.3.1). */
function basicOf(req: IncomingMessage): [string, string] | null {
  const m = /^Basic (.+)$/.exec(req.headers.authorization ?? '');
  if (!m) return null;
  const text = Buffer.from(m[1]!, 'base64').toString('utf8');
  const i = text.indexOf(':');
  return i < 0 ? null : [decodeURIComponent(text.slice(0, i)), decodeURIComponent(text.slice(i + 1))];
}
