/**
 * A small pool of worker threads for large scans: tasks go to the least busy worker, results come
 * back as promises. The hook path never starts one (starting a worker costs more than a few files).
 */
import { Worker } from 'node:worker_threads';
import type { BlobScan } from './scan-blob.js';

export interface WorkerRequest {
  id: number;
  path: string;
  fsPath?: string | Buffer;
  bytes?: Uint8Array;
  now: number;
}

export type WorkerResponse = { id: number; ok: true; scan: BlobScan } | { id: number; ok: false; error: string };

export class ScanPool {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly pending = new Map<number, { resolve: (s: BlobScan) => void; reject: (e: Error) => void }>();
  private nextId = 1;

  constructor(workerPath: string, size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(workerPath);
      const slot = { worker, busy: 0 };
      worker.on('message', (res: WorkerResponse) => {
        slot.busy--;
        const p = this.pending.get(res.id);
        this.pending.delete(res.id);
        if (!p) return;
        if (res.ok) p.resolve(res.scan);
        else p.reject(Object.assign(new Error(res.error), { code: res.error }));
      });
      worker.on('error', (err) => {
        for (const p of this.pending.values()) p.reject(err);
        this.pending.clear();
      });
      this.workers.push(slot);
    }
  }

  /** Tasks waiting or running in the workers. */
  get inFlight(): number {
    return this.pending.size;
  }

  scan(task: Omit<WorkerRequest, 'id'>): Promise<BlobScan> {
    const id = this.nextId++;
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const transfer = task.bytes && task.bytes.byteOffset === 0 && task.bytes.byteLength === task.bytes.buffer.byteLength ? [task.bytes.buffer as ArrayBuffer] : [];
      slot.worker.postMessage({ ...task, id }, transfer);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
