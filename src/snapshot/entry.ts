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
 * Run as a plain script (`node dist/snapshot.cjs --staged`) it behaves like dist/cli.js.
 */
import { join } from 'node:path';
import { startupSnapshot } from 'node:v8';
import { main, type EntryPaths } from '../cli/main.js';
import { packageRoot } from '../package-root.js';
import { compiledFor, preloadedStillCurrent, preloadRules } from '../rules/preloaded.js';
import { warmUp } from './warm-up.js';

const paths = (): EntryPaths => ({ binPath: join(packageRoot(), 'dist', 'cli.js'), workerPath: join(packageRoot(), 'dist', 'worker.js') });

if (startupSnapshot.isBuildingSnapshot()) {
  const rules = preloadRules();
  // The snapshot is written once this script's work is done, pending promises included.
  void warmUp(rules, compiledFor(rules), Date.now());
  startupSnapshot.setDeserializeMainFunction(() => {
    preloadedStillCurrent();
    void main(process.argv.slice(1), paths());
  });
} else {
  void main(process.argv.slice(2), paths());
}
