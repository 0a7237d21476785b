/** Helpers of the hook tests (hook.test.ts, hook-snapshot.test.ts): repositories with our plain hook installed. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, gitRepo } from './cli.js';

/** A repository with our plain git hook installed by the CLI at `bin` (this repository's by default), startup snapshot and all. */
export function hookedRepo(bin = BIN): string {
  const repo = gitRepo();
  const r = spawnSync(process.execPath, [bin, 'install'], { cwd: repo, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /installed the pre-commit hook at .* \(with a startup snapshot for Node v\d+\.\d+\.\d+\)\n$/);
  return repo;
}

export function write(repo: string, path: string, content: string | Buffer): void {
  mkdirSync(join(repo, path, '..'), { recursive: true });
  writeFileSync(join(repo, path), content);
}

/** Commits on HEAD (0 before the first). */
export function commits(repo: string): number {
  const r = spawnSync('git', ['rev-list', '--count', 'HEAD'], { cwd: repo, encoding: 'utf8' });
  return r.status === 0 ? Number(r.stdout.trim()) : 0;
}
