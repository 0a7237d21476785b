/**
 * One run's connection to X: the API base, the HTTP client with its timeout and deadline, a small
 * concurrency limit, and the memo that makes each distinct credential cost one call per run.
 */
import { UsageError } from '../errors.js';
import { messages } from '../cli/messages.js';
import { apiBase } from './api-base.js';
import { Checks, type Verification } from './checks.js';
import { createHttp, type Http } from './http.js';

/** Defaults; the environment overrides them (tests, slow links). */
const TIMEOUT_ENV = 'SCAN_TWITTER_SECRETS_VERIFY_TIMEOUT_MS';
const DEADLINE_ENV = 'SCAN_TWITTER_SECRETS_VERIFY_DEADLINE_MS';
const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_DEADLINE_MS = 60_000;
/** Requests in flight at once: enough to finish a set quickly, few enough not to look like a flood. */
const CONCURRENCY = 4;

export interface Session {
  base: string;
  http: Http;
  checks: Checks;
  /** Runs `task` under the concurrency limit, once per key: later callers share the first's answer. */
  once(key: string, task: () => Promise<Verification>): Promise<Verification>;
  /** Runs `task` under the concurrency limit (revocations: never memoised). */
  limited<T>(task: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

function msSetting(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new UsageError(messages.verify.badMs(name));
  return Number(raw);
}

export interface SessionSettings {
  env: NodeJS.ProcessEnv;
  base: string;
  timeoutMs: number;
  deadlineMs: number;
}

/** Read before the scan, so a bad setting is a usage error before anything is scanned or sent. */
export function sessionSettings(env: NodeJS.ProcessEnv): SessionSettings {
  return { env, base: apiBase(env), timeoutMs: msSetting(env, TIMEOUT_ENV, DEFAULT_TIMEOUT_MS), deadlineMs: msSetting(env, DEADLINE_ENV, DEFAULT_DEADLINE_MS) };
}

/** Opens the client; the deadline starts now (after the scan, however long that took). */
export function openSession({ env, base, timeoutMs, deadlineMs }: SessionSettings): Session {
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), deadlineMs);
  const http = createHttp(env, timeoutMs, deadline.signal);
  let running = 0;
  const waiting: (() => void)[] = [];
  const limited = async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= CONCURRENCY) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
  const memo = new Map<string, Promise<Verification>>();
  return {
    base,
    http,
    checks: new Checks(http, base),
    limited,
    once(key, task) {
      let p = memo.get(key);
      if (!p) memo.set(key, (p = limited(task)));
      return p;
    },
    async close() {
      clearTimeout(timer);
      // Sockets still open after an abort are dropped, not waited for (http.ts destroys its dispatcher).
      await http.close().catch(() => undefined);
    },
  };
}
