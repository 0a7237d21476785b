/**
 * A small pool of worker threads for large scans. Tasks are sent in batches (one message per batch,
 * not per file: messages cost more than small files take to scan), at most two batches in flight per
 * worker, so memory stays bounded however many files are queued. The hook path never starts one.
 */
import type { Worker } from 'node:worker_threads';
import { os, workerThreads } from '../builtin.js';
import { sizeYoungGenerations } from '../heap.js';
import type { BlobScan } from './scan-blob.js';

/** Below this many files, starting worker threads costs more than it saves. */
export const POOL_MIN_FILES = 200;

/**
 * Worker threads for large scans: one per core, up to 4, less `reserved` cores (a history scan leaves
 * one to the git that feeds it: on two cores a second worker only competes with git, measured as fast
 * and 20-35 MB larger); SCAN_TWITTER_SECRETS_WORKERS overrides (0: none).
 */
export function poolSize(env: NodeJS.ProcessEnv, reserved = 0): number {
  const forced = env.SCAN_TWITTER_SECRETS_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Number(forced);
  return Math.max(1, Math.min(os().availableParallelism() - reserved, 4));
}

export interface WorkerRequest {
  id: number;
  path: string;
  fsPath?: string | Buffer;
  bytes?: Uint8Array;
  now: number;
  /** See ScanBlobOptions. */
  assumeEvidence?: boolean;
}

export type WorkerResponse = { id: number; ok: true; scan: BlobScan } | { id: number; ok: false; error: string };

/** Tasks per message, and at most this many bytes from git together (a bigger blob goes alone). */
const BATCH = 24;
const BATCH_BYTES = 1024 * 1024;
const BATCHES_IN_FLIGHT = 2;

interface Slot {
  worker: Worker;
  batches: number;
}

export class ScanPool {
  private readonly slots: Slot[] = [];
  private readonly queue: WorkerRequest[] = [];
  private readonly pending = new Map<number, { resolve: (s: BlobScan) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  private flushScheduled = false;
  private failure: Error | null = null;

  constructor(workerPath: string, size: number) {
    for (let i = 0; i < size; i++) {
      // A small young generation keeps garbage from piling up between files; the old generation is left
      // room for files dense with findings. A worker that still runs out fails the whole scan (exit 2).
      const slot: Slot = { worker: new (workerThreads().Worker)(workerPath, { resourceLimits: { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 8 } }), batches: 0 };
      slot.worker.once('online', sizeYoungGenerations);
      slot.worker.on('message', (results: WorkerResponse[]) => {
        slot.batches--;
        for (const res of results) {
          const p = this.pending.get(res.id);
          this.pending.delete(res.id);
          if (!p) continue;
          if (res.ok) p.resolve(res.scan);
          else p.reject(Object.assign(new Error(res.error), { code: res.error }));
        }
        this.flush();
      });
      slot.worker.on('error', (err) => {
        // No file-level error code: the engine treats this as "could not scan", never as a skipped file.
        this.failure = new Error(`a scanning thread failed: ${(err as NodeJS.ErrnoException).code ?? err.message}`);
        err = this.failure;
        for (const p of this.pending.values()) p.reject(err);
        this.pending.clear();
      });
      this.slots.push(slot);
    }
  }

  scan(task: Omit<WorkerRequest, 'id'>): Promise<BlobScan> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.queue.push({ ...task, id });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        queueMicrotask(() => {
          this.flushScheduled = false;
          this.flush();
        });
      }
    });
  }

  private flush(): void {
    // The least busy worker first: one still on a large file does not get the next batch while another idles.
    for (;;) {
      const slot = this.slots.reduce((a, b) => (b.batches < a.batches ? b : a));
      if (slot.batches >= BATCHES_IN_FLIGHT || this.queue.length === 0) return;
      let size = 1;
      let bytes = this.queue[0]!.bytes?.length ?? 0;
      for (; size < BATCH && size < this.queue.length; size++) {
        bytes += this.queue[size]!.bytes?.length ?? 0;
        if (bytes > BATCH_BYTES) break;
      }
      const batch = this.queue.splice(0, size);
      const transfer = batch.flatMap((t) => (t.bytes && t.bytes.byteOffset === 0 && t.bytes.byteLength === t.bytes.buffer.byteLength ? [t.bytes.buffer as ArrayBuffer] : []));
      slot.batches++;
      slot.worker.postMessage(batch, transfer);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
