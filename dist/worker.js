import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);
import {
  compileRules,
  loadRules,
  scanBlob
} from "./chunks/chunk-FBXSKEGS.js";
import "./chunks/chunk-IWX5EYN5.js";

// src/worker.ts
import { parentPort } from "node:worker_threads";
var rules = compileRules(loadRules());
parentPort.on("message", async (batch) => {
  const results = [];
  for (const req of batch) {
    try {
      const blob = { path: req.path, ...req.bytes ? { bytes: req.bytes } : { fsPath: req.fsPath } };
      results.push({ id: req.id, ok: true, scan: await scanBlob(blob, rules, req.now, true) });
    } catch (err) {
      results.push({ id: req.id, ok: false, error: err.code ?? err.message });
    }
  }
  parentPort.postMessage(results);
});
