/**
 * Node built-ins loaded on first use. Each built-in module costs start-up time when imported, and
 * the pre-commit hook needs few of them (no worker threads, no file-tree walking, hashing only when
 * something was found), so the modules that only some paths need are loaded here, synchronously.
 */
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

function lazy<T>(id: string): () => T {
  let mod: T | undefined;
  return () => (mod ??= load(id) as T);
}

export const crypto = lazy<typeof import('node:crypto')>('node:crypto');
export const os = lazy<typeof import('node:os')>('node:os');
export const workerThreads = lazy<typeof import('node:worker_threads')>('node:worker_threads');
export const v8 = lazy<typeof import('node:v8')>('node:v8');
