/**
 * The one module that sends requests to X. Node 20's global fetch ignores HTTPS_PROXY / NO_PROXY, so
 * requests go through undici's EnvHttpProxyAgent (the maintained library behind Node's fetch), fed
 * from the run's environment rather than process.env. Certificate checks stay on; every request has
 * its own timeout and also ends when the run's deadline passes; nothing is retried.
 */
import { EnvHttpProxyAgent, request } from 'undici';
import { toolVersion } from '../package-root.js';

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  /** Sent as application/x-www-form-urlencoded. */
  form?: Record<string, string>;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Why no answer came: the cause in a few words, never the request (it carries secrets). */
export class NetworkError extends Error {
  constructor(readonly reason: 'timeout' | 'deadline' | 'network') {
    super(reason);
  }
}

export interface Http {
  send(req: HttpRequest): Promise<HttpResponse>;
  /** Ends the client at once: connections still open (after an abort, say) are dropped, not waited for. */
  close(): Promise<void>;
}

/** Answers larger than this (in bytes) are cut and the rest is not read: X's are a few hundred bytes. */
const MAX_BODY = 64 * 1024;

export function createHttp(env: NodeJS.ProcessEnv, timeoutMs: number, deadline: AbortSignal): Http {
  const pick = (...names: string[]): string | undefined => names.map((n) => env[n]).find((v) => v !== undefined && v !== '');
  const httpProxy = pick('http_proxy', 'HTTP_PROXY');
  const httpsProxy = pick('https_proxy', 'HTTPS_PROXY');
  const noProxy = pick('no_proxy', 'NO_PROXY');
  const dispatcher = new EnvHttpProxyAgent({
    // Passed explicitly (even empty) so that the agent reads nothing from process.env itself.
    httpProxy: httpProxy ?? '',
    httpsProxy: httpsProxy ?? '',
    noProxy: noProxy ?? '',
  });
  const userAgent = `scan-twitter-secrets/${toolVersion()} (+https://www.npmjs.com/package/scan-twitter-secrets)`;
  return {
    async send(req) {
      if (deadline.aborted) throw new NetworkError('deadline');
      const timeout = AbortSignal.timeout(timeoutMs);
      const signal = AbortSignal.any([timeout, deadline]);
      const body = req.form ? new URLSearchParams(req.form).toString() : undefined;
      try {
        const res = await request(req.url, {
          method: req.method,
          dispatcher,
          signal,
          headers: {
            'user-agent': userAgent,
            accept: 'application/json',
            ...(body !== undefined ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
            ...req.headers,
          },
          ...(body !== undefined ? { body } : {}),
        });
        // Bytes up to the cap, then the body is destroyed (the rest is never read: an endless answer
        // costs 64 KB, not the timeout), and decoded once (a chunk may end inside a character).
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const chunk of res.body) {
          chunks.push(chunk as Buffer);
          size += (chunk as Buffer).length;
          if (size >= MAX_BODY) {
            res.body.destroy();
            break;
          }
        }
        // stream: a character cut by the cap is dropped, not turned into U+FFFD.
        const text = new TextDecoder('utf-8').decode(Buffer.concat(chunks).subarray(0, MAX_BODY), { stream: size >= MAX_BODY });
        return { status: res.statusCode, headers: res.headers, body: text };
      } catch {
        // The error may quote the URL (a bearer rides in a query): only its kind is kept.
        throw new NetworkError(deadline.aborted ? 'deadline' : timeout.aborted ? 'timeout' : 'network');
      }
    },
    // destroy, not close: close waits for whatever is still in flight, destroy drops it.
    close: () => dispatcher.destroy(),
  };
}
