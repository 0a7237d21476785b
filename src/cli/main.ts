/**
 * Process glue only: argv in, text out, exit code set. Everything else lives in cli/run.ts. Shared by
 * the bundle's entry (bin.ts) and the hook's startup snapshot (snapshot/entry.ts), which differ only
 * in how they find the package's files.
 */
import { run } from './run.js';

export interface EntryPaths {
  /** This CLI's entry file (dist/cli.js), for hooks that must find it again without PATH. */
  binPath: string;
  /** The worker-thread entry (dist/worker.js). */
  workerPath: string;
}

export async function main(argv: string[], paths: EntryPaths): Promise<never> {
  /** A reader that stops early (`| head`) closes the pipe: that is not an error of ours. */
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }

  let cwd: string;
  try {
    cwd = process.cwd();
  } catch {
    process.stderr.write('scan-twitter-secrets: the current directory no longer exists\n');
    process.exit(2);
  }

  const result = await run(argv, {
    cwd,
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    execPath: process.execPath,
    ...paths,
    ...(process.stderr.isTTY ? { progress: (line: string | null) => process.stderr.write(line === null ? '\r\u001b[K' : `\r\u001b[K${line}`) } : {}),
  });
  await flush(process.stdout, result.stdout);
  await flush(process.stderr, result.stderr);
  // Nothing is left to do: exit now rather than wait for Node to wind down git's closed pipes (a few ms
  // of every commit).
  process.exit(result.exitCode);
}

/** Resolves once `text` has been handed to the system (pipes are asynchronous on some platforms). */
const flush = (stream: NodeJS.WriteStream, text: string): Promise<void> => new Promise((resolve) => (text ? stream.write(text, () => resolve()) : resolve()));
