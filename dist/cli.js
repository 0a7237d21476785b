#!/usr/bin/env node
import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-PUJI7YI7.js";
import "./chunks/chunk-JBJZ4ZET.js";
import "./chunks/chunk-ENBX6MNT.js";
import "./chunks/chunk-FFP5DZR7.js";
import "./chunks/chunk-25FOTGCV.js";
import "./chunks/chunk-4PGTO2JN.js";
import "./chunks/chunk-6AQSPA53.js";
import "./chunks/chunk-OLSDBNUR.js";
import "./chunks/chunk-BAA4UHQG.js";
import "./chunks/chunk-7IR764GV.js";
import "./chunks/chunk-F424BKOT.js";
import "./chunks/chunk-IWX5EYN5.js";

// src/bin.ts
import { fileURLToPath } from "node:url";
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
}
async function ask(question) {
  const { createInterface } = await import("node:readline/promises");
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^\s*y(es)?\s*$/i.test(await rl.question(question));
  } finally {
    rl.close();
  }
}
var cwd;
try {
  cwd = process.cwd();
} catch {
  process.stderr.write("scan-twitter-secrets: the current directory no longer exists\n");
  process.exit(2);
}
var result = await run(process.argv.slice(2), {
  cwd,
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  execPath: process.execPath,
  binPath: fileURLToPath(import.meta.url),
  workerPath: fileURLToPath(new URL("./worker.js", import.meta.url)),
  // revoke asks before it revokes, only where someone can answer (readline loads only then).
  ...process.stdin.isTTY && process.stderr.isTTY ? { ask } : {},
  ...process.stderr.isTTY ? { progress: (line) => process.stderr.write(line === null ? "\r\x1B[K" : `\r\x1B[K${line}`) } : {}
});
var flush = (stream, text) => new Promise((resolve) => text ? stream.write(text, () => resolve()) : resolve());
await flush(process.stdout, result.stdout);
await flush(process.stderr, result.stderr);
process.exit(result.exitCode);
