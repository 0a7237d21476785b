/**
 * dist/cli.js is committed so that installs straight from git (the pre-commit framework, `npm install
 * github:...`) need no build step. This test fails when the committed bundle is older than the sources.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { ROOT } from './helpers/cli.js';

const git = (...args: string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });

// dist/snapshot.cjs is what install builds the hook's startup snapshot from.
for (const file of ['dist/cli.js', 'dist/snapshot.cjs']) {
  it(`the committed ${file} matches a fresh build of the committed sources`, (t) => {
    if (git('rev-parse', '--verify', '-q', `HEAD:${file}`).status !== 0) {
      t.skip('not a git checkout with a committed bundle');
      return;
    }
    if (git('diff', '--quiet', 'HEAD', '--', 'src', 'package.json', 'package-lock.json').status !== 0) {
      t.skip('sources have uncommitted changes; the bundle is compared once they are committed');
      return;
    }
    const committed = git('show', `HEAD:${file}`).stdout;
    const built = readFileSync(`${ROOT}${file}`, 'utf8');
    assert.ok(committed === built, `${file} is stale: run \`npm run build\` and commit dist/`);
  });
}
