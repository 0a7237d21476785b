/**
 * Versions of a large file in `--history`: whatever makes them cheaper to read (today every distinct
 * version is read whole), context on unchanged lines must still count (a YAML parent key above a new
 * line, an import at the top of a 2 MB file, evidence added or removed far from an unchanged
 * credential), and each credential keeps its introducing commit.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli, git, gitRepo } from './helpers/cli.js';
import { Synth } from './helpers/synth.js';

const s = new Synth(1313);
/** A consumer secret of a legacy length: its specific name needs X evidence somewhere in the file. */
const LEGACY_CS = s.consumerSecret(45);
const CS = s.consumerSecret();

/** About 2 MB of Python lines, numbered so that no two are alike. */
const filler = (from: number, count: number): string => Array.from({ length: count }, (_, i) => `value_${from + i} = compute(${from + i}, "padding to make the line longer")\n`).join('');
const BODY = filler(0, 30_000);
const half = BODY.indexOf('\n', BODY.length >> 1) + 1;
const [TOP, BOTTOM] = [BODY.slice(0, half), BODY.slice(half)];

interface Commit {
  subject: string;
  text: string;
}

/** `small` more files in the first commit: a history of 200 blobs or more is scanned in worker threads. */
function history(path: string, commits: Commit[], small = 0): { dir: string; hashes: Map<string, string> } {
  const dir = gitRepo();
  for (let i = 0; i < small; i++) writeFileSync(join(dir, `small-${i}.txt`), `small file ${i}\n`);
  const hashes = new Map<string, string>();
  let day = 1;
  for (const c of commits) {
    writeFileSync(join(dir, path), c.text);
    git(dir, 'add', '-A');
    const date = `2024-02-${String(day++).padStart(2, '0')}T10:00:00Z`;
    git(dir, 'commit', '-q', '-m', c.subject, '--date', date);
    hashes.set(c.subject, git(dir, 'rev-parse', 'HEAD').trim());
  }
  return { dir, hashes };
}

interface Found {
  secret: string;
  line: number;
  provenance: { introduced: { hash: string; subject: string }; commits: { hash: string }[] };
}

function scanHistory(dir: string, env: NodeJS.ProcessEnv = {}): Found[] {
  const run = cli(['--history', '-f', 'json', '--show-secrets'], dir, env);
  assert.notEqual(run.status, 2, run.stderr);
  return JSON.parse(run.stdout).findings;
}

// Both paths: the worker threads (the pool takes histories of 200+ blobs) and this thread.
for (const [mode, env, small] of [['in-process', { SCAN_TWITTER_SECRETS_WORKERS: '0' }, 0], ['worker threads', { SCAN_TWITTER_SECRETS_WORKERS: '2' }, 220]] as const) {
  describe(`history of a 2 MB file (${mode})`, () => {
    it('an import at the top of the file counts for a credential added a megabyte below it', () => {
      const { dir, hashes } = history('app.py', [
        { subject: 'v1', text: `import tweepy\n${BODY}` },
        { subject: 'v2', text: `import tweepy\n${TOP}value_x = 1\n${BOTTOM}` },
        { subject: 'add secret', text: `import tweepy\n${TOP}consumer_secret = "${LEGACY_CS}"\n${BOTTOM}` },
        { subject: 'v4', text: `import tweepy\n${TOP}consumer_secret = "${LEGACY_CS}"\n${BOTTOM}# end\n` },
        // Newest first: this version is read whole, the ones before it against it.
        { subject: 'v5', text: `import tweepy\n${TOP}${BOTTOM}# end\n` },
      ], small);
      const found = scanHistory(dir, env);
      assert.deepEqual(found.map((f) => f.secret), [LEGACY_CS]);
      assert.equal(found[0]!.provenance.introduced.hash, hashes.get('add secret'));
      assert.equal(found[0]!.line, 1 + TOP.split('\n').length);
      assert.deepEqual(found[0]!.provenance.commits.map((c) => c.hash).sort(), [hashes.get('add secret'), hashes.get('v4')].sort());
    });

    it('evidence added far from an unchanged credential makes it a finding from that commit on, and not after it is removed', () => {
      const { dir, hashes } = history('app.py', [
        { subject: 'no evidence', text: `import os\n${TOP}consumer_secret = "${LEGACY_CS}"\n${BOTTOM}` },
        { subject: 'import tweepy', text: `import tweepy\n${TOP}consumer_secret = "${LEGACY_CS}"\n${BOTTOM}` },
        { subject: 'edit', text: `import tweepy\n${TOP}consumer_secret = "${LEGACY_CS}"\n${BOTTOM}last = 1\n` },
        { subject: 'drop tweepy', text: `import os\n${TOP}consumer_secret = "${LEGACY_CS}"\n${BOTTOM}last = 2\n` },
      ], small);
      const found = scanHistory(dir, env);
      assert.deepEqual(found.map((f) => f.secret), [LEGACY_CS]);
      assert.equal(found[0]!.provenance.introduced.hash, hashes.get('import tweepy'));
      assert.deepEqual(found[0]!.provenance.commits.map((c) => c.hash).sort(), [hashes.get('import tweepy'), hashes.get('edit')].sort());
    });

    it('a YAML parent key twenty lines above a new line counts, and a later version keeps the finding on its moved line', () => {
      const yaml = (extra: string, head = ''): string =>
        `${head}${filler(0, 15_000).replace(/^/gm, '# ')}twitter:\n${Array.from({ length: 19 }, (_, i) => `  option_${i}: value ${i}\n`).join('')}${extra}${filler(15_000, 15_000).replace(/^/gm, '# ')}`;
      const { dir, hashes } = history('config.yml', [
        { subject: 'v1', text: yaml('') },
        { subject: 'add secret', text: yaml(`  api_secret: ${CS}\n`) },
        { subject: 'lines above', text: yaml(`  api_secret: ${CS}\n`, '# one\n# two\n# three\n') },
        { subject: 'removed', text: yaml('', '# one\n# two\n# three\n') },
      ], small);
      const found = scanHistory(dir, env);
      assert.deepEqual(found.map((f) => f.secret), [CS]);
      assert.equal(found[0]!.provenance.introduced.hash, hashes.get('add secret'));
      assert.deepEqual(found[0]!.provenance.commits.map((c) => c.hash).sort(), [hashes.get('add secret'), hashes.get('lines above')].sort());
    });
  });
}
