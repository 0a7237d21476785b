/**
 * Process glue only: argv in, text out, exit code set. Everything else lives in cli/run.ts. Shared by
 * the bundle's entry (bin.ts) and the hook's startup snapshot (snapshot/entry.ts), which differ only
 * in how they find the package's files.
 */
import { isatty } from 'node:tty';
import { run } from './run.js';

export interface EntryPaths {
  /** This CLI's entry file (dist/cli.js), for hooks that must find it again without PATH. */
  binPath: string;
  /** The worker-thread entry (dist/worker.js). */
  workerPath: string;
}

export async function main(argv: string[], paths: EntryPaths): Promise<never> {
  let cwd: string;
  try {
    cwd = process.cwd();
  } catch {
    writable(process.stderr).write('scan-twitter-secrets: the current directory no longer exists\n');
    process.exit(2);
  }

  // isatty() rather than process.stdout.isTTY: the same answer (Node makes the stream a TTY stream
  // exactly when libuv guesses a TTY), without creating the stream objects, which costs a commit about
  // a millisecond when the hook prints nothing.
  const stderrIsTTY = isatty(2);
  const result = await run(argv, {
    cwd,
    env: process.env,
    stdoutIsTTY: isatty(1),
    stderrIsTTY,
    execPath: process.execPath,
    ...paths,
    // revoke asks before it revokes, only where someone can answer (readline loads only then).
    ...(isatty(0) && stderrIsTTY ? { ask } : {}),
    ...(stderrIsTTY ? { progress: (line: string | null) => writable(process.stderr).write(line === null ? '\r\u001b[K' : `\r\u001b[K${line}`) } : {}),
  });
  // Set before writing: a reader that closes the pipe early ends the process with this code (EPIPE).
  process.exitCode = result.exitCode;
  await flush(() => process.stdout, result.stdout);
  await flush(() => process.stderr, result.stderr);
  // Nothing is left to do: exit now rather than wait for Node to wind down git's closed pipes (a few ms
  // of every commit).
  process.exit(result.exitCode);
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

const watched = new WeakSet<NodeJS.WriteStream>();

/** The stream, ready to be written: a reader that stops early (`| head`) closes the pipe, which is not an error of ours. */
function writable(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  if (watched.has(stream)) return stream;
  watched.add(stream);
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  return stream;
}

/** Resolves once `text` has been handed to the system (pipes are asynchronous on some platforms); the stream is made only for some text. */
const flush = (stream: () => NodeJS.WriteStream, text: string): Promise<void> => new Promise((resolve) => (text ? writable(stream()).write(text, () => resolve()) : resolve()));
