/**
 * The entry of the pre-commit hook's startup snapshot (dist/snapshot.cjs). `install` runs
 *   node --snapshot-blob <hooks>/pre-commit.snapshot.blob --build-snapshot dist/snapshot.cjs
 * with the Node binary the hook calls: this script then loads the whole CLI, preloads and compiles
 * the rules and runs the detector once (warm-up.ts), and Node saves the heap. A commit starts Node
 * from that heap (`node --snapshot-blob <blob> -- --staged`) and only the function below runs.
 *
 * Nothing of a particular run is frozen: argv, cwd, the environment, TTY state and the clock are
 * read inside that function, when the commit runs. What is frozen (the package's location and
 * version, its code, its rules) is what the hook's stamp check and preloaded.ts guard.
 *
 * Only the hook's scan is in it: the build leaves out (as modules it cannot load) what other commands
 * need (tree and history scans, install, baselines, simple-git, fast-glob), since every module kept is
 * heap that each commit deserializes. The hook runs it with `--staged` and nothing else; any other
 * arguments are refused (exit 2) rather than half-run.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { startupSnapshot } from 'node:v8';
import { main, type EntryPaths } from '../cli/main.js';
import { messages } from '../cli/messages.js';
import { packageRoot } from '../package-root.js';
import { compiledFor, preloadedStillCurrent, preloadRules } from '../rules/preloaded.js';
import { warmUp } from './warm-up.js';

/**
 * Exit code telling the hook that this snapshot is not the package's any more (the hook then runs the
 * plain bundle and says once how to rebuild): never one of the CLI's own codes 0, 1, 2.
 */
const STALE = 75;

/**
 * The file this snapshot was built from, as it was: a package reinstalled at the same path with the same
 * version line but other code (an install from git of another commit) keeps npm's fixed modification
 * times, which the hook compares, but not, in practice, this file's size.
 */
const sourceState = (): string => {
  const st = statSync(join(packageRoot(), 'dist', 'snapshot.cjs'), { throwIfNoEntry: false });
  return st ? `${st.size} ${st.mtimeMs}` : 'missing';
};

const paths = (): EntryPaths => ({ binPath: join(packageRoot(), 'dist', 'cli.js'), workerPath: join(packageRoot(), 'dist', 'worker.js') });

if (startupSnapshot.isBuildingSnapshot()) {
  const builtFrom = sourceState();
  const rules = preloadRules();
  // The snapshot is written once this script's work is done, pending promises included.
  void warmUp(rules, compiledFor(rules), Date.now());
  startupSnapshot.setDeserializeMainFunction(() => {
    const argv = process.argv.slice(1);
    if (argv.length !== 1 || argv[0] !== '--staged') {
      process.stderr.write(`${messages.snapshot.onlyStaged}\n`);
      process.exit(2);
    }
    if (sourceState() !== builtFrom) process.exit(STALE);
    preloadedStillCurrent();
    void main(argv, paths());
  });
}
