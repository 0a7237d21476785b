/**
 * Groups a file's findings into credential sets as users think of them: consumer key + secret +
 * access token + token secret (+ the app's bearer token) are one app's OAuth 1.0a set; client ID +
 * client secret (+ user tokens) one OAuth 2.0 client. A kind seen twice, or a long gap, starts a new set.
 */
import type { CredentialSet } from '../rules/types.js';
import type { Finding } from './finding.js';

/** Lines between two values beyond which they are not taken for one set. */
const MAX_GAP_LINES = 40;

/**
 * Sets `group` on the findings that are not ignored, file by file (a set never spans two files), and
 * returns all findings in the order given.
 */
export function groupPerFile(perFile: Iterable<Finding[]>): Finding[] {
  const counter = { next: 1 };
  const all: Finding[] = [];
  for (const list of perFile) {
    assignGroups(list.filter((f) => !f.ignored), counter);
    all.push(...list);
  }
  return all;
}

/** `findings` are one file's, sorted by position; sets `group` on each. */
function assignGroups(findings: Finding[], counter: { next: number }): void {
  const open = new Map<CredentialSet, { id: string; rules: Set<string>; lastLine: number }>();
  for (const f of findings) {
    // Which set a kind belongs to is its rule's `set` (rules/*.json), carried by the finding.
    const set = f.set;
    let g = open.get(set);
    if (!g || g.rules.has(f.ruleId) || f.line - g.lastLine > MAX_GAP_LINES) {
      g = { id: `set-${counter.next++}`, rules: new Set(), lastLine: f.line };
      open.set(set, g);
    }
    g.rules.add(f.ruleId);
    g.lastLine = f.line;
    f.group = g.id;
  }
}

/** Items by key, in first-seen order. */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
