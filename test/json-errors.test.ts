/**
 * Errors never echo content (issue 9): a broken config file, baseline or GitHub event payload is
 * reported by position and reason only. V8's own message quotes the text around the error, and a
 * secret pasted next to the mistake would be printed into a CI log.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli, gitRepo, scratch, type CliRun } from './helpers/cli.js';
import { Synth } from './helpers/synth.js';

const SECRET = new Synth(4242).consumerSecret();

/**
 * Exit 2, one line, nothing of the file's text (no four characters of the secret, wherever V8 would
 * have cut its quote; not the words beside it), and the position and reason instead.
 */
function assertPositionOnly(r: CliRun, where: RegExp, ...absent: string[]): void {
  assert.equal(r.status, 2, r.stderr);
  assert.equal(r.stdout, '');
  for (let i = 0; i + 4 <= SECRET.length; i++) absent.push(SECRET.slice(i, i + 4));
  for (const text of absent) assert.ok(!r.stderr.includes(text), `the error echoes "${text}": ${r.stderr}`);
  assert.equal(r.stderr.split('\n').length, 2, `one line: ${r.stderr}`);
  assert.match(r.stderr, where);
}

describe('JSON syntax errors say where and why, never what', () => {
  it('the config file (.twitter-secrets.json): line and column of the unquoted value', () => {
    const dir = scratch();
    writeFileSync(join(dir, '.twitter-secrets.json'), `{\n  "xclude": [${SECRET}]\n}\n`);
    assertPositionOnly(cli(['.'], dir), /config file .*\.twitter-secrets\.json is not valid JSON: line 2, column 14: unexpected characters/, 'xclude');
  });

  it('a config file given with -c: a trailing comma, a comment', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'cfg.json'), `{"exclude": ["${SECRET}",]}`);
    assertPositionOnly(cli(['-c', 'cfg.json', '.'], dir), /config file .*cfg\.json is not valid JSON: line 1, column \d+: expected a value$/m, 'exclude');
    writeFileSync(join(dir, 'cfg.json'), `{"exclude": []} // ${SECRET}\n`);
    assertPositionOnly(cli(['-c', 'cfg.json', '.'], dir), /line 1, column 17: comments are not allowed in JSON$/m);
  });

  it('valid JSON with an unknown key: the key is not quoted back', () => {
    const dir = scratch();
    writeFileSync(join(dir, '.twitter-secrets.json'), `{"exclude": [], "${SECRET}": true}\n`);
    assertPositionOnly(cli(['.'], dir), /config file .*: unknown key \(only "include", "exclude" and "\$schema" are allowed\)$/m);
  });

  it('the baseline', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'b.json'), `{"version": 1,\n"findings": [{"fingerprint": ${SECRET}}]}`);
    assertPositionOnly(cli(['--baseline', 'b.json', '.'], dir), /baseline .*b\.json is not valid JSON: line 2, column 30: unexpected characters/, 'fingerprint');
  });

  it('the GitHub event payload (GITHUB_EVENT_PATH)', () => {
    const repo = gitRepo();
    const payload = join(scratch(), 'event.json');
    writeFileSync(payload, `{"before": "0", "after": "1", "head_commit": {"message": "rotate"}, "token": ${SECRET}}`);
    const r = cli(['--github-event'], repo, { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: payload });
    assertPositionOnly(r, /the GitHub event payload .*event\.json is not valid JSON: line 1, column 78: unexpected characters/, 'rotate', 'token');
  });
});
