/**
 * What to scan in GitHub Actions, from the event that started the workflow (GITHUB_EVENT_NAME and
 * the payload at GITHUB_EVENT_PATH): a push scans the pushed commits, a pull request its commits,
 * anything else (schedule, manual run) the checked-out tree.
 */
import { readFileSync } from 'node:fs';
import { parseJsonFile } from '../config/json.js';
import { UsageError } from '../errors.js';
import type { RevSpec } from '../git/history.js';

type GithubScan = { kind: 'history'; revs: RevSpec } | { kind: 'tree' };

const ZERO = /^0+$/;
const COMMIT_ID = /^[0-9a-f]{40,64}$/;

/**
 * A commit id from the payload, or null when absent. The payload is data from outside: anything but
 * a full SHA-1 or SHA-256 id is refused, and git receives it only after --end-of-options.
 */
function sha(value: unknown, field: string): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' || !COMMIT_ID.test(value)) throw new UsageError(`the GitHub event payload's ${field} is not a commit id (40 or 64 hex digits)`);
  return value;
}

export function scanForEvent(name: string | undefined, payload: Record<string, any>): GithubScan {
  if (name === 'push') {
    const before = sha(payload.before, 'before');
    const after = sha(payload.after, 'after');
    if (!after || ZERO.test(after)) return { kind: 'tree' }; // a deleted branch: nothing new
    // A new branch: its commits that no remote-tracking branch has yet (the second --not ends the exclusion).
    if (!before || ZERO.test(before)) return { kind: 'history', revs: { flags: ['--not', '--remotes', '--not'], revs: [after] } };
    return { kind: 'history', revs: { flags: [], revs: [`${before}..${after}`] } };
  }
  if (name === 'pull_request' || name === 'pull_request_target') {
    const base = sha(payload.pull_request?.base?.sha, 'pull_request.base.sha');
    const head = sha(payload.pull_request?.head?.sha, 'pull_request.head.sha');
    if (base && head) return { kind: 'history', revs: { flags: [], revs: [`${base}..${head}`] } };
  }
  return { kind: 'tree' };
}

export async function readGithubEvent(env: NodeJS.ProcessEnv): Promise<GithubScan> {
  const name = env.GITHUB_EVENT_NAME;
  const path = env.GITHUB_EVENT_PATH;
  if (!name || !path) throw new UsageError('--github-event needs GITHUB_EVENT_NAME and GITHUB_EVENT_PATH (set by GitHub Actions)');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read the GitHub event payload ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  // The payload holds commit messages and PR text, anyone's to write: never echoed.
  const payload = await parseJsonFile(text, `the GitHub event payload ${path}`);
  if (payload === null || typeof payload !== 'object') throw new UsageError(`the GitHub event payload ${path} is not a JSON object`);
  return scanForEvent(name, payload as Record<string, any>);
}
