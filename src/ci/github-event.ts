/**
 * What to scan in GitHub Actions, from the event that started the workflow (GITHUB_EVENT_NAME and
 * the payload at GITHUB_EVENT_PATH): a push scans the pushed commits, a pull request its commits,
 * anything else (schedule, manual run) the checked-out tree.
 */
import { readFileSync } from 'node:fs';
import { parseJsonFile } from '../config/json.js';
import { UsageError } from '../errors.js';
import { absentCommits, parentOfOldest } from '../git/commit.js';
import type { GitAt } from '../git/git.js';
import type { RevSpec } from '../git/history.js';
import { messages } from '../cli/messages.js';
import type { Skip } from '../scan/skip.js';

/**
 * A range of pushed or proposed commits, and the commit whose suppressions (ignore file, config file,
 * baseline, inline markers) apply to it: the change being checked must not be able to silence its
 * own check. `base` is 'parent-of-oldest' for a new branch (git tells which commit that is) and null
 * when nothing precedes the range.
 */
export interface EventRange {
  kind: 'range';
  revs: RevSpec;
  base: string | 'parent-of-oldest' | null;
  /** Every commit the range names: all must be in the clone, or the range cannot be scanned. */
  commits: string[];
}

export type GithubScan = EventRange | { kind: 'tree' };

const ZERO = /^0+$/;
const COMMIT_ID = /^[0-9a-f]{40,64}$/;
/** A branch as git allows its name (git check-ref-format): no glob characters, so it cannot widen --exclude. */
const BRANCH_REF = /^refs\/heads\/([^\x00-\x20\x7f~^:?*[\\]+)$/;

/**
 * A commit id from the payload, or null when absent. The payload is data from outside: anything but
 * a full SHA-1 or SHA-256 id is refused, and git receives it only after --end-of-options.
 */
function sha(value: unknown, field: string): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' || !COMMIT_ID.test(value)) throw new UsageError(messages.event.notACommit(field));
  return value;
}

export function scanForEvent(name: string | undefined, payload: Record<string, any>): GithubScan {
  if (name === 'push') {
    const before = sha(payload.before, 'before');
    const after = sha(payload.after, 'after');
    if (!after || ZERO.test(after)) return { kind: 'tree' }; // a deleted branch: nothing new
    if (before && !ZERO.test(before)) return { kind: 'range', revs: { flags: [], revs: [`${before}..${after}`] }, base: before, commits: [before, after] };
    // A new branch or tag: its commits that no other remote-tracking branch has. actions/checkout
    // creates origin/<branch> for the pushed branch itself, so that one is not excluded (the second
    // --not ends the exclusion before the pushed commit).
    const branch = typeof payload.ref === 'string' ? BRANCH_REF.exec(payload.ref)?.[1] : undefined;
    const flags = ['--not', ...(branch ? [`--exclude=*/${branch}`] : []), '--remotes', '--not'];
    return { kind: 'range', revs: { flags, revs: [after] }, base: 'parent-of-oldest', commits: [after] };
  }
  if (name === 'pull_request' || name === 'pull_request_target') {
    const base = sha(payload.pull_request?.base?.sha, 'pull_request.base.sha');
    const head = sha(payload.pull_request?.head?.sha, 'pull_request.head.sha');
    if (base && head) return { kind: 'range', revs: { flags: [], revs: [`${base}..${head}`] }, base, commits: [base, head] };
  }
  return { kind: 'tree' };
}

/**
 * The scan the event asks for, checked against the clone: a range git can list, or the tree. A range
 * that could not be scanned is a skip (--fail-on-skip, the action's default, fails on it): the tree
 * holds the change's own suppression files, which the range would not have obeyed.
 */
export interface EventPlan {
  range?: { revs: RevSpec; base: string | null };
  skipped: Skip[];
}

export async function planEventScan(at: GitAt): Promise<EventPlan> {
  const scan = await readGithubEvent(at.env);
  if (scan.kind === 'tree') return { skipped: [] };
  const absent = await absentCommits(at, scan.commits);
  if (absent.length) return { skipped: [{ kind: 'range-unknown', reason: messages.range.unknown(absent[0]!) }] };
  const base = scan.base === 'parent-of-oldest' ? await parentOfOldest(at, scan.revs) : scan.base;
  return { range: { revs: scan.revs, base }, skipped: [] };
}

async function readGithubEvent(env: NodeJS.ProcessEnv): Promise<GithubScan> {
  const name = env.GITHUB_EVENT_NAME;
  const path = env.GITHUB_EVENT_PATH;
  if (!name || !path) throw new UsageError(messages.event.needsEnv);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new UsageError(messages.event.unreadable(path, (err as NodeJS.ErrnoException).code ?? (err as Error).message));
  }
  // The payload holds commit messages and PR text, anyone's to write: never echoed.
  const payload = await parseJsonFile(text, `the GitHub event payload ${path}`);
  if (payload === null || typeof payload !== 'object') throw new UsageError(messages.event.notAnObject(path));
  return scanForEvent(name, payload as Record<string, any>);
}
