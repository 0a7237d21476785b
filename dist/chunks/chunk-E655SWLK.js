import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);
import {
  os,
  v8,
  workerThreads
} from "./chunk-G3WCBTID.js";

// src/heap.ts
function sizeYoungGenerations() {
  v8().setFlagsFromString("--semi-space-growth-factor=1");
  v8().setFlagsFromString("--min-semi-space-size=4");
}

// src/scan/pool.ts
var POOL_MIN_FILES = 200;
function poolSize(env, reserved = 0) {
  const forced = env.SCAN_TWITTER_SECRETS_WORKERS;
  if (forced !== void 0 && /^\d+$/.test(forced)) return Number(forced);
  return Math.max(1, Math.min(os().availableParallelism() - reserved, 4));
}
var BATCH = 24;
var BATCH_BYTES = 1024 * 1024;
var BATCHES_IN_FLIGHT = 2;
var ScanPool = class {
  slots = [];
  queue = [];
  pending = /* @__PURE__ */ new Map();
  nextId = 1;
  flushScheduled = false;
  failure = null;
  constructor(workerPath, size) {
    for (let i = 0; i < size; i++) {
      const slot = { worker: new (workerThreads()).Worker(workerPath, { resourceLimits: { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 8 } }), batches: 0 };
      slot.worker.once("online", sizeYoungGenerations);
      slot.worker.on("message", (results) => {
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
      slot.worker.on("error", (err) => {
        this.failure = new Error(`a scanning thread failed: ${err.code ?? err.message}`);
        err = this.failure;
        for (const p of this.pending.values()) p.reject(err);
        this.pending.clear();
      });
      this.slots.push(slot);
    }
  }
  scan(task) {
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
  flush() {
    for (; ; ) {
      const slot = this.slots.reduce((a, b) => b.batches < a.batches ? b : a);
      if (slot.batches >= BATCHES_IN_FLIGHT || this.queue.length === 0) return;
      let size = 1;
      let bytes = this.queue[0].bytes?.length ?? 0;
      for (; size < BATCH && size < this.queue.length; size++) {
        bytes += this.queue[size].bytes?.length ?? 0;
        if (bytes > BATCH_BYTES) break;
      }
      const batch = this.queue.splice(0, size);
      const transfer = batch.flatMap((t) => t.bytes && t.bytes.byteOffset === 0 && t.bytes.byteLength === t.bytes.buffer.byteLength ? [t.bytes.buffer] : []);
      slot.batches++;
      slot.worker.postMessage(batch, transfer);
    }
  }
  async close() {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
};

export {
  sizeYoungGenerations,
  POOL_MIN_FILES,
  poolSize,
  ScanPool
};
