/**
 * Rules loaded and compiled ahead of time. The hook's startup snapshot (snapshot/entry.ts) preloads
 * them while it is built, so a commit neither reads nor validates nor compiles them; the plain bundle
 * never preloads, and every run loads them from rules/ as before.
 *
 * A snapshot is rebuilt by `install` only, so rules edited later (a development checkout: same
 * package version, same bundle) would go unseen: `preloadedStillCurrent` compares the files' sizes
 * and modification times (one stat each, well under a millisecond) and drops the preloaded copy when
 * any differs, so those runs load rules/ like the plain bundle.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compileRules, type CompiledRules } from '../detect/compile.js';
import { defaultRulesDir, loadRules } from './load.js';
import type { RuleSet } from './types.js';

interface Preloaded {
  rules: RuleSet;
  compiled: CompiledRules;
  /** The rule files as they were when loaded, see rulesFilesState. */
  state: string;
}

let preloaded: Preloaded | undefined;

/** Every file of rules/ and rules/remediation: name, size, modification time. */
function rulesFilesState(dir: string): string {
  const parts: string[] = [];
  for (const sub of [dir, join(dir, 'remediation')]) {
    for (const name of readdirSync(sub).sort()) {
      const st = statSync(join(sub, name));
      if (st.isFile()) parts.push(`${join(sub, name)}\0${st.size}\0${st.mtimeMs}`);
    }
  }
  return parts.join('\n');
}

export function preloadRules(): RuleSet {
  const dir = defaultRulesDir();
  const state = rulesFilesState(dir);
  const rules = loadRules(dir);
  preloaded = { rules, compiled: compileRules(rules), state };
  return rules;
}

/** Keeps the preloaded rules only if rules/ is unchanged since; false when they were dropped. */
export function preloadedStillCurrent(): boolean {
  if (!preloaded) return false;
  let now: string | null;
  try {
    now = rulesFilesState(defaultRulesDir());
  } catch {
    now = null; // rules/ unreadable: loading them again reports it as the plain bundle would
  }
  if (now === preloaded.state) return true;
  preloaded = undefined;
  return false;
}

/** The rules for this run: the preloaded set, else loaded from rules/. */
export const rulesForRun = (): RuleSet => preloaded?.rules ?? loadRules();

/** The compiled form of `rules`: compiled ahead of time when they are the preloaded set. */
export const compiledFor = (rules: RuleSet): CompiledRules => (preloaded?.rules === rules ? preloaded.compiled : compileRules(rules));
