/**
 * Worker-thread entry: scans batches of blobs sent by the main thread (file paths to read, or bytes
 * from git) and posts the detections back. Large scans use one worker per core (up to 4); detection is the same.
 */
import { parentPort } from 'node:worker_threads';
import { compileRules } from './detect/compile.js';
import { loadRules } from './rules/load.js';
import type { WorkerRequest, WorkerResponse } from './scan/pool.js';
import { scanBlob } from './scan/scan-blob.js';

const rules = compileRules(loadRules());

parentPort!.on('message', async (batch: WorkerRequest[]) => {
  const results: WorkerResponse[] = [];
  for (const req of batch) {
    try {
      const blob = { path: req.path, ...(req.bytes ? { bytes: req.bytes } : { fsPath: req.fsPath! }) };
      results.push({ id: req.id, ok: true, scan: await scanBlob(blob, rules, req.now, { assumeEvidence: req.assumeEvidence }) });
    } catch (err) {
      results.push({ id: req.id, ok: false, error: (err as NodeJS.ErrnoException).code ?? (err as Error).message });
    }
  }
  parentPort!.postMessage(results);
});
