/**
 * End to end as a user gets it: `npm pack` this package, install the tarball into a fresh
 * repository, run `install`, and prove a commit with a credential is refused and a clean one lands.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { git, GIT_IDENTITY, gitRepo, ROOT, scratch } from './helpers/cli.js';
import { Synth } from './helpers/synth.js';

const ENV = { ...process.env, ...GIT_IDENTITY };

function run(cmd: string, args: string[], cwd: string) {
  return spawnSync(cmd, args, { cwd, encoding: 'utf8', env: ENV, timeout: 240_000 });
}

/** `npm pack` of this repository, once for every test here: the tarball's path. */
let packed: string | undefined;
function tarball(): string {
  if (packed) return packed;
  const packDir = scratch('sts-pack-');
  const pack = run('npm', ['pack', '--silent', '--pack-destination', packDir], ROOT);
  assert.equal(pack.status, 0, pack.stderr);
  const tgz = readdirSync(packDir).find((f) => f.endsWith('.tgz'));
  assert.ok(tgz, 'npm pack produced a tarball');
  packed = join(packDir, tgz);
  return packed;
}

it('the packed manifest has no install-time script, and a global install warns of none', { timeout: 300_000 }, () => {
  const tgz = tarball();
  const unpacked = scratch('sts-unpack-');
  assert.equal(run('tar', ['xzf', tgz, '-C', unpacked], unpacked).status, 0);
  const scripts = JSON.parse(readFileSync(join(unpacked, 'package', 'package.json'), 'utf8')).scripts ?? {};
  for (const name of ['preinstall', 'install', 'postinstall', 'prepare']) assert.equal(scripts[name], undefined, `the packed manifest runs "${name}"`);
  const prefix = scratch('sts-global-');
  const global = run('npm', ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', tgz], prefix);
  assert.equal(global.status, 0, global.stderr);
  assert.doesNotMatch(global.stdout + global.stderr, /script/i);
  const version = run(join(prefix, 'bin', 'scan-twitter-secrets'), ['--version'], prefix);
  assert.equal(version.stdout.trim(), JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
});

it('the packed package installs, sets up the hook and blocks a leaking commit', { timeout: 300_000 }, () => {
  const tgz = tarball();

  const repo = gitRepo();
  writeFileSync(join(repo, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }));
  const install = run('npm', ['install', '--no-audit', '--no-fund', '--save-dev', tgz], repo);
  assert.equal(install.status, 0, install.stderr);

  const hook = run('npx', ['--no-install', 'scan-twitter-secrets', 'install'], repo);
  assert.equal(hook.status, 0, hook.stderr + hook.stdout);
  assert.match(hook.stdout, /installed the pre-commit hook/);

  writeFileSync(join(repo, '.gitignore'), 'node_modules/\n');
  writeFileSync(join(repo, 'index.js'), 'console.log("hello");\n');
  git(repo, 'add', '.');
  const clean = run('git', ['commit', '-q', '-m', 'clean'], repo);
  assert.equal(clean.status, 0, clean.stderr);

  const token = new Synth(5).accessToken('1234567890');
  writeFileSync(join(repo, 'keys.txt'), `${token}\n`);
  git(repo, 'add', 'keys.txt');
  const leak = run('git', ['commit', '-q', '-m', 'leak'], repo);
  assert.equal(leak.status, 1);
  assert.match(leak.stderr, /commit blocked/);
  assert.ok(!leak.stderr.includes(token));
  assert.equal(git(repo, 'rev-list', '--count', 'HEAD').trim(), '1');
});

/** A strict TypeScript project of its own that installs the tarball and uses the library API. */
function consumer(type: 'module' | 'commonjs', main: string, prepare: (dir: string) => void = () => undefined): { dir: string; out: string } {
  const dir = scratch(`sts-consumer-${type}-`);
  prepare(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${type}`, version: '1.0.0', private: true, type }));
  // No Node.js types and skipLibCheck off: the package's declarations must stand on their own.
  const compilerOptions = { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', types: [], skipLibCheck: false, noEmitOnError: true, outDir: 'out' };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['main.ts'] }));
  writeFileSync(join(dir, 'main.ts'), main);
  const install = run('npm', ['install', '--no-audit', '--no-fund', tarball()], dir);
  assert.equal(install.status, 0, install.stderr);
  const tsc = run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], dir);
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  const r = run(process.execPath, [join('out', 'main.js')], dir);
  assert.equal(r.status, 0, r.stderr);
  return { dir, out: r.stdout };
}

const token = new Synth(77).accessToken('1234567890');

it('the typed library API from the tarball: an ESM consumer compiled with tsc --strict', { timeout: 300_000 }, () => {
  const { out } = consumer(
    'module',
    `import { API_VERSION, isScanFailure, listRules, remediation, scanPaths, scanText, type JsonFinding, type JsonReport } from 'scan-twitter-secrets';
const report: JsonReport = await scanText('access_token = "${token}"\\n', { path: 'bot.py' });
const first: JsonFinding | undefined = report.findings[0];
const rules = await listRules();
let failure = '';
try { await scanPaths(['no-such-dir']); } catch (err) { if (isScanFailure(err)) failure = err.message; }
console.log(JSON.stringify({ api: API_VERSION, version: report.version, rule: first?.ruleId, masked: first?.masked, secret: first?.secret ?? null, blocking: report.summary.blocking, rules: rules.length, fix: (await remediation('twitter-access-token')).split('\\n')[0], failure }));
`,
  );
  assert.deepEqual(JSON.parse(out), {
    api: 1,
    version: 1,
    rule: 'twitter-access-token',
    masked: `${token.slice(0, 4)}…${token.slice(-2)}`,
    secret: null,
    blocking: 1,
    rules: 9,
    fix: 'Access Token and Secret (OAuth 1.0a user context) (twitter-access-token)',
    failure: 'no such file or directory: no-such-dir',
  });
});

it('the typed library API from the tarball: a CommonJS consumer compiled with tsc --strict', { timeout: 300_000 }, () => {
  const { dir, out } = consumer(
    'commonjs',
    `import { scanStaged, scanText, type JsonReport } from 'scan-twitter-secrets';
async function main(): Promise<void> {
  const clean: JsonReport = await scanText('nothing to see\\n');
  const shown: JsonReport = await scanText('access_token = "${token}"\\n', { path: 'bot.py', showSecrets: true });
  const staged: JsonReport = await scanStaged();
  console.log(JSON.stringify({ clean: clean.findings.length, secret: shown.findings[0]?.secret, staged: staged.findings.map((f) => f.file) }));
}
void main();
`,
    (dir) => {
      git(dir, 'init', '-q');
      writeFileSync(join(dir, 'staged.py'), `access_token = "${token}"\n`);
      git(dir, 'add', 'staged.py');
    },
  );
  assert.match(readFileSync(join(dir, 'out', 'main.js'), 'utf8'), /require\("scan-twitter-secrets"\)/, 'compiled to require()');
  assert.deepEqual(JSON.parse(out), { clean: 0, secret: token, staged: ['staged.py'] });
});
