#!/usr/bin/env node
/** Process glue only: argv in, text out, exit code set. Everything else lives in cli/run.ts. */
import { fileURLToPath } from 'node:url';
import { run } from './cli/run.js';

const result = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  execPath: process.execPath,
  binPath: fileURLToPath(import.meta.url),
  workerPath: fileURLToPath(new URL('./worker.js', import.meta.url)),
  ...(process.stderr.isTTY ? { progress: (line: string | null) => process.stderr.write(line === null ? '\r\u001b[K' : `\r\u001b[K${line}`) } : {}),
});
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
