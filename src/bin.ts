#!/usr/bin/env node
/** Process glue only: argv in, text out, exit code set. Everything else lives in cli/run.ts. */
import { fileURLToPath } from 'node:url';
import { run } from './cli/run.js';

/** A reader that stops early (`| head`) closes the pipe: that is not an error of ours. */
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

/** One yes/no question on the terminal: the text on stderr, the answer from stdin; only "y"/"yes" is yes. */
async function ask(question: string): Promise<boolean> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^\s*y(es)?\s*$/i.test(await rl.question(question));
  } finally {
    rl.close();
  }
}

let cwd: string;
try {
  cwd = process.cwd();
} catch {
  process.stderr.write('scan-twitter-secrets: the current directory no longer exists\n');
  process.exit(2);
}

const result = await run(process.argv.slice(2), {
  cwd,
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  execPath: process.execPath,
  binPath: fileURLToPath(import.meta.url),
  workerPath: fileURLToPath(new URL('./worker.js', import.meta.url)),
  // revoke asks before it revokes, only where someone can answer (readline loads only then).
  ...(process.stdin.isTTY && process.stderr.isTTY ? { ask } : {}),
  ...(process.stderr.isTTY ? { progress: (line: string | null) => process.stderr.write(line === null ? '\r\u001b[K' : `\r\u001b[K${line}`) } : {}),
});
/** Resolves once `text` has been handed to the system (pipes are asynchronous on some platforms). */
const flush = (stream: NodeJS.WriteStream, text: string): Promise<void> => new Promise((resolve) => (text ? stream.write(text, () => resolve()) : resolve()));
await flush(process.stdout, result.stdout);
await flush(process.stderr, result.stderr);
// Nothing is left to do: exit now rather than wait for Node to wind down git's closed pipes (a few ms
// of every commit).
process.exit(result.exitCode);
