/**
 * Where requests to X go. Only the environment can change it (never a config file, which a cloned
 * repository could carry to send its reader's credentials elsewhere), and only to HTTPS or to plain
 * HTTP on this machine's loopback (tests, a local gateway).
 */
import { UsageError } from '../errors.js';
import { messages } from '../cli/messages.js';

export const DEFAULT_API_BASE = 'https://api.x.com';
export const API_BASE_ENV = 'SCAN_TWITTER_SECRETS_API_BASE';

export function apiBase(env: NodeJS.ProcessEnv): string {
  const raw = env[API_BASE_ENV];
  if (raw === undefined || raw === '') return DEFAULT_API_BASE;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(messages.verify.badApiBase(API_BASE_ENV));
  }
  const ok = url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname));
  if (!ok || url.username || url.password || url.search || url.hash) throw new UsageError(messages.verify.badApiBase(API_BASE_ENV));
  return url.href.replace(/\/+$/, '');
}

/** 127.0.0.0/8, ::1 and localhost: traffic that never leaves the machine. */
function isLoopback(hostname: string): boolean {
  if (hostname === 'localhost' || hostname === '[::1]') return true;
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(hostname);
  return m !== null && m[1] === '127' && m.slice(2).every((o) => Number(o) <= 255);
}
