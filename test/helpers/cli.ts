/** Runs the real built binary, and makes scratch directories and git repositories for tests. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository (the package being tested). */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The shipped bundle (built by `npm test`'s pretest), exactly what users run. */
export const BIN = join(ROOT, 'dist', 'cli.js');

/** Who commits in test repositories. */
export const GIT_IDENTITY = { GIT_AUTHOR_NAME: 'Ada', GIT_AUTHOR_EMAIL: 'ada@example.com', GIT_COMMITTER_NAME: 'Ada', GIT_COMMITTER_EMAIL: 'ada@example.com' };

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // A scan that hangs fails its test instead of hanging the suite.
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The same, without blocking this process: needed when the test itself serves the CLI's requests
 * (the X emulator, a proxy), which spawnSync would starve.
 */
export function cliAsync(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun & { ms: number }> {
  return spawnAsync(process.execPath, [BIN, ...args], cwd, { NO_COLOR: '', FORCE_COLOR: '', ...env });
}

export function spawnAsync(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun & { ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr, ms: Date.now() - started }));
  });
}

export function scratch(prefix = 'sts-'): string {
  return realpathSync(mkdtempSync(join(tmpdir(), prefix)));
}

export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_IDENTITY } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** Writes `files` (path in the repository → content) and commits everything; the new commit's id. */
export function commitFiles(repo: string, files: Record<string, string | Buffer>, message: string): string {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, name)), { recursive: true });
    writeFileSync(join(repo, name), content);
  }
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', message);
  return git(repo, 'rev-parse', 'HEAD').trim();
}

export function gitRepo(): string {
  const dir = scratch('sts-repo-');
  git(dir, 'init', '-q', '-b', 'main');
  return dir;
}
