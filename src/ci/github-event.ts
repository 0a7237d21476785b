/**
 * What to scan in GitHub Actions, from the event that started the workflow (GITHUB_EVENT_NAME and
 * the payload at GITHUB_EVENT_PATH): a push scans the pushed commits, a pull request its commits,
 * anything else (schedule, manual run) the checked-out tree.
 */
import { readFileSync } from 'node:fs';
import { parseJsonFile } from '../config/json.js';
import { UsageError } from '../errors.js';

type GithubScan = { kind: 'history'; range: string } | { kind: 'tree' };

const ZERO = /^0+$/;

export function scanForEvent(name: string | undefined, payload: Record<string, any>): GithubScan {
  if (name === 'push') {
    const before = String(payload.before ?? '');
    const after = String(payload.after ?? '');
    if (!after || ZERO.test(after)) return { kind: 'tree' }; // a deleted branch: nothing new
    // A new branch: its commits that no remote-tracking branch has yet.
    if (!before || ZERO.test(before)) return { kind: 'history', range: `${after} --not --remotes` };
    return { kind: 'history', range: `${before}..${after}` };
  }
  if (name === 'pull_request' || name === 'pull_request_target') {
    const base = payload.pull_request?.base?.sha;
    const head = payload.pull_request?.head?.sha;
    if (typeof base === 'string' && typeof head === 'string') return { kind: 'history', range: `${base}..${head}` };
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
