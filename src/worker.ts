/**
 * Worker-thread entry: scans blobs sent by the main thread (a file path to read, or bytes from git)
 * and posts the detections back. Large scans use one worker per core; detection itself is the same.
 */
import { parentPort } from 'node:worker_threads';
import { compileRules } from './detect/compile.js';
import { loadRules } from './rules/load.js';
import { scanBlob } from './scan/scan-blob.js';
import type { WorkerRequest, WorkerResponse } from './scan/pool.js';

const rules = compileRules(loadRules());

parentPort!.on('message', async (req: WorkerRequest) => {
  let res: WorkerResponse;
  try {
    const blob = { path: req.path, ...(req.bytes ? { bytes: req.bytes } : { fsPath: req.fsPath! }) };
    res = { id: req.id, ok: true, scan: await scanBlob(blob, rules, req.now) };
  } catch (err) {
    res = { id: req.id, ok: false, error: (err as NodeJS.ErrnoException).code ?? (err as Error).message };
  }
  parentPort!.postMessage(res);
});
