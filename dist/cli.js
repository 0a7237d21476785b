#!/usr/bin/env node
import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-IZSN3OI4.js";
import "./chunks/chunk-5VNWSWLC.js";
import "./chunks/chunk-LAD2ENDF.js";
import "./chunks/chunk-JX6OWSD2.js";
import "./chunks/chunk-25FOTGCV.js";
import "./chunks/chunk-4PGTO2JN.js";
import "./chunks/chunk-6AQSPA53.js";
import "./chunks/chunk-OLSDBNUR.js";
import "./chunks/chunk-3TKZ72CH.js";
import "./chunks/chunk-QHQJL3TQ.js";
import "./chunks/chunk-F424BKOT.js";
import "./chunks/chunk-IWX5EYN5.js";

// src/bin.ts
import { fileURLToPath } from "node:url";

// src/cli/main.ts
import { isatty } from "node:tty";
async function main(argv, paths) {
  let cwd;
  try {
    cwd = process.cwd();
  } catch {
    writable(process.stderr).write("scan-twitter-secrets: the current directory no longer exists\n");
    process.exit(2);
  }
  const stderrIsTTY = isatty(2);
  const result = await run(argv, {
    cwd,
    env: process.env,
    stdoutIsTTY: isatty(1),
    stderrIsTTY,
    execPath: process.execPath,
    ...paths,
    // revoke asks before it revokes, only where someone can answer (readline loads only then).
    ...isatty(0) && stderrIsTTY ? { ask } : {},
    ...stderrIsTTY ? { progress: (line) => writable(process.stderr).write(line === null ? "\r\x1B[K" : `\r\x1B[K${line}`) } : {}
  });
  await flush(() => process.stdout, result.stdout);
  await flush(() => process.stderr, result.stderr);
  process.exit(result.exitCode);
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
var watched = /* @__PURE__ */ new WeakSet();
function writable(stream) {
  if (watched.has(stream)) return stream;
  watched.add(stream);
  stream.on("error", (err) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
  return stream;
}
var flush = (stream, text) => new Promise((resolve) => text ? writable(stream()).write(text, () => resolve()) : resolve());

// src/bin.ts
await main(process.argv.slice(2), {
  binPath: fileURLToPath(import.meta.url),
  workerPath: fileURLToPath(new URL("./worker.js", import.meta.url))
});
