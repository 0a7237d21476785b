/**
 * `npm run bench`: speed and memory on real third-party files, beside ripgrep and `node -e 0`.
 *
 * Corpora are built once into .bench-cache/ (git-ignored) from pinned npm packages:
 *   tree     the packages' files (nested node_modules renamed so every tool sees the same files)
 *   hook     a 10,000-file repository made of those files, with 10 staged edits
 *   history  several thousand commits of successive published versions of a few packages
 *   big      one 1 GB text file;  small  200,000 tiny files
 * Every case plants synthetic credentials and checks they were found, so a fast wrong answer
 * cannot look good. Runs are interleaved with their reference, several rounds; medians are printed.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Synth } from '../test/helpers/synth.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CACHE = join(ROOT, '.bench-cache');
const CLI = join(ROOT, 'dist', 'cli.js');
const PATTERNS = [join(ROOT, '..', 'shared', 'bench-patterns.txt'), join(ROOT, 'bench', 'bench-patterns.txt')].find(existsSync)!;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Pinned packages: popular code, X SDKs among them. */
const TREE_PACKAGES = [
  'typescript@5.6.3', 'next@14.2.15', 'aws-sdk@2.1691.0', 'three@0.169.0', 'monaco-editor@0.52.0', 'pdfjs-dist@4.7.76',
  '@tensorflow/tfjs@4.21.0', 'firebase@10.14.1', 'googleapis@144.0.0', 'webpack@5.95.0', '@babel/core@7.25.8', 'eslint@9.12.0',
  'lodash@4.17.21', 'rxjs@7.8.1', 'react-dom@18.3.1', 'vue@3.5.12', 'twitter-api-v2@1.17.2', 'twit@2.2.11', 'twitter@1.7.1',
  'twitter-lite@1.1.0', 'passport-twitter@1.0.4', 'oauth@0.10.0', 'oauth-1.0a@2.2.6', 'stripe@17.2.0', 'openai@4.67.3',
];
const HISTORY_PACKAGES: [string, number][] = [['@types/node', 160], ['axios', 90], ['dotenv', 60]];
/**
 * The worst case for reading each distinct blob whole: multi-megabyte files that change a little in
 * every published version (aws-sdk v2 ships near-daily: dist/aws-sdk.js 7 MB, the React Native
 * bundle 12 MB, CHANGELOG.md, a few API models). `git log -p` only diffs them; a blob reader meets
 * every version in full.
 */
const BIG_HISTORY_PACKAGES: [string, number, RegExp][] = [['aws-sdk', 30, /^2\.16[5-9]\d\./]];

const s = new Synth(2026);

interface Measure {
  seconds: number;
  rssMb: number | null;
  stdout: string;
  stderr: string;
  status: number | null;
}

function measure(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Measure {
  const wrapped = TIME ? [TIME, ['-f', '__BENCH__ %e %M', cmd, ...args]] as const : [cmd, args] as const;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(wrapped[0], wrapped[1] as string[], { cwd: opts.cwd, env: opts.env ?? process.env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const m = /__BENCH__ ([\d.]+) (\d+)/.exec(r.stderr ?? '');
  return { seconds, rssMb: m ? Number(m[2]) / 1024 : null, stdout: r.stdout ?? '', stderr: (r.stderr ?? '').replace(/^__BENCH__.*\n?/m, ''), status: r.status };
}

/**
 * Peak RSS of a command's own process and, apart, of the largest of its child processes (git), from
 * /proc: each process's VmHWM, sampled every 10 ms while it runs (/usr/bin/time's figure is the
 * largest of the two, whichever it is).
 */
async function measureSplit(cmd: string, args: string[], cwd: string): Promise<Measure & { ownMb: number; childMb: number }> {
  const t0 = process.hrtime.bigint();
  const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'ignore'] });
  const out: Buffer[] = [];
  child.stdout.on('data', (d: Buffer) => out.push(d));
  const hwm = (pid: number): number => {
    try {
      return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    } catch {
      return 0;
    }
  };
  const kids = (pid: number): number[] => {
    try {
      return readdirSync(`/proc/${pid}/task`).flatMap((t) => readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
    } catch {
      return [];
    }
  };
  let own = 0;
  let kid = 0;
  const timer = setInterval(() => {
    own = Math.max(own, hwm(child.pid!));
    const stack = kids(child.pid!);
    while (stack.length) {
      const k = stack.pop()!;
      kid = Math.max(kid, hwm(k));
      stack.push(...kids(k));
    }
  }, 10);
  const status = await new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  clearInterval(timer);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { seconds, rssMb: Math.max(own, kid), stdout: Buffer.concat(out).toString('utf8'), stderr: '', status, ownMb: own, childMb: kid };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function du(dir: string): number {
  return Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]);
}

function log(msg: string): void {
  process.stderr.write(`bench: ${msg}\n`);
}

// ---------------------------------------------------------------- corpora

const PLANTED = (): { files: Record<string, string>; expected: number } => {
  const ck = s.consumerKey(), cs = s.consumerSecret(), at = s.accessToken('1234567890'), ats = s.accessTokenSecret();
  return {
    files: {
      'twitter_credentials.py': `CONSUMER_KEY = "${ck}"\nCONSUMER_SECRET = "${cs}"\nACCESS_TOKEN = "${at}"\nACCESS_TOKEN_SECRET = "${ats}"\n`,
      '.env': `X_BEARER_TOKEN=${s.bearer()}\n`,
      'notebook.ipynb': JSON.stringify({ cells: [{ cell_type: 'code', source: ['import tweepy\n', `client = tweepy.Client(bearer_token="${s.bearer(99_000_001n)}")\n`] }] }),
    },
    expected: 6,
  };
};

function plant(dir: string): number {
  const { files, expected } = PLANTED();
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return expected;
}

function buildTree(): { dir: string; planted: number } {
  const dir = join(CACHE, 'tree');
  const marker = join(dir, '.complete');
  if (!existsSync(marker)) {
    const install = join(CACHE, 'npm');
    log(`installing ${TREE_PACKAGES.length} pinned packages into ${install} (first run only)`);
    mkdirSync(install, { recursive: true });
    writeFileSync(join(install, 'package.json'), '{"private":true}');
    execFileSync('npm', ['install', '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', '--legacy-peer-deps', ...TREE_PACKAGES], { cwd: install, stdio: 'inherit' });
    rmSync(dir, { recursive: true, force: true });
    cpSync(join(install, 'node_modules'), dir, { recursive: true, verbatimSymlinks: true });
    // Rename nested node_modules so our default walk and ripgrep -uuu read the same files.
    const rename = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        if (!e.isDirectory()) continue;
        let p = join(d, e.name);
        if (e.name === 'node_modules' || e.name === '.git') {
          renameSync(p, join(d, `_${e.name}`));
          p = join(d, `_${e.name}`);
        }
        rename(p);
      }
    };
    rename(dir);
    writeFileSync(marker, '');
  }
  return { dir, planted: plant(join(dir, '__planted__')) };
}

function buildHookRepo(tree: string): string {
  const dir = join(CACHE, 'hook');
  if (!existsSync(join(dir, '.complete'))) {
    log('building a 10,000-file repository for the hook case');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const files = execFileSync('find', [tree, '-type', 'f', '-size', '-64k', '-name', '*.js'], { encoding: 'utf8', maxBuffer: 1 << 28 }).split('\n').filter(Boolean).slice(0, 10_000);
    files.forEach((f, i) => {
      const target = join(dir, 'src', String(i % 100), `${i}-${f.split('/').pop()}`);
      mkdirSync(dirname(target), { recursive: true });
      cpSync(f, target);
    });
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'import');
    writeFileSync(join(dir, '.complete'), '');
    writeFileSync(join(dir, '.git', 'info', 'exclude'), '.complete\n');
  }
  git(dir, 'reset', '-q', '--hard');
  const tracked = git(dir, 'ls-files').split('\n').filter(Boolean);
  for (let i = 0; i < 10; i++) {
    const f = join(dir, tracked[i * 97]!);
    writeFileSync(f, readFileSync(f, 'utf8') + `\n// edit ${i}\n` + (i === 3 ? `const twitterToken = "${s.accessToken('5550001')}";\n` : ''));
  }
  git(dir, 'add', '-A');
  return dir;
}

/** What the history cases plant, beyond the credentials file: one token inside a big file's lineage. */
const BIG_PLANT = (): string => `\nconst twitterAccessToken = "${s.accessToken('4440001')}";\n`;

/** `bigPlant`: also a token in the biggest file's lineage, and the repository repacked as a clone holds it. */
function buildHistoryRepo(name: string, packages: [string, number, RegExp?][], bigPlant: boolean): { dir: string; commits: number; planted: number } {
  const dir = join(CACHE, name);
  const planted = bigPlant ? 5 : 4;
  if (!existsSync(join(dir, '.complete'))) {
    log('building a history of successive package versions (first run only)');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    git(dir, 'init', '-q', '-b', 'main');
    const tarballs = join(CACHE, 'tarballs');
    mkdirSync(tarballs, { recursive: true });
    // The fast-import stream goes to a file: a history of big files outgrows one string.
    const streamFile = join(CACHE, `${name}.fast-import`);
    const fd = openSync(streamFile, 'w');
    const emit = (...lines: string[]): void => {
      for (const l of lines) writeSync(fd, l + '\n');
    };
    const current = new Map<string, string>();
    let when = 1_500_000_000;
    const commit = (msg: string, changes: [string, string | null][]): void => {
      emit('commit refs/heads/main', `committer Bench <bench@example.com> ${when++} +0000`, `data ${Buffer.byteLength(msg)}`, msg);
      for (const [path, content] of changes) {
        if (content === null) emit(`D ${path}`);
        else emit(`M 100644 inline ${path}`, `data ${Buffer.byteLength(content)}`, content);
      }
      emit('');
    };
    for (const [pkg, count, only] of packages) {
      const versions: string[] = JSON.parse(execFileSync('npm', ['view', pkg, 'versions', '--json'], { encoding: 'utf8' })).filter((v: string) => !v.includes('-') && (!only || only.test(v))).slice(-count);
      for (const v of versions) {
        const out = join(tarballs, `${pkg.replace('/', '__')}-${v}`);
        if (!existsSync(out)) {
          mkdirSync(out, { recursive: true });
          const tgz = execFileSync('npm', ['pack', `${pkg}@${v}`, '--silent', '--pack-destination', out], { encoding: 'utf8' }).trim().split('\n').pop()!;
          execFileSync('tar', ['xzf', join(out, tgz), '-C', out]);
          rmSync(join(out, tgz));
        }
        // Tarballs hold one top folder: "package" usually, the package name for @types.
        const top = readdirSync(out, { withFileTypes: true }).find((e) => e.isDirectory());
        if (!top) continue;
        const base = join(out, top.name);
        const files = execFileSync('find', [base, '-type', 'f'], { encoding: 'utf8' }).split('\n').filter(Boolean);
        const next = new Map(files.map((f) => [`${pkg}/${f.slice(base.length + 1)}`, readFileSync(f, 'latin1')]));
        const changed: [string, string | null][] = [];
        for (const [p, c] of next) if (current.get(p) !== c) changed.push([p, c]);
        for (const p of current.keys()) if (p.startsWith(`${pkg}/`) && !next.has(p)) changed.push([p, null]);
        // One commit per changed file of each version: thousands of commits of real changes.
        for (let i = 0; i < changed.length; i++) commit(`${pkg}@${v} (${i + 1}/${changed.length})`, [changed[i]!]);
        for (const [p, c] of changed) (c === null ? current.delete(p) : current.set(p, c));
      }
    }
    commit('add credentials', [['config/twitter_credentials.py', PLANTED().files['twitter_credentials.py']!]]);
    commit('remove credentials', [['config/twitter_credentials.py', null]]);
    if (bigPlant) {
      // A token added in the middle of the biggest file, then edited away a commit later.
      const [path, text] = [...current].sort((a, b) => b[1].length - a[1].length)[0]!;
      const at = text.indexOf('\n', text.length >> 1) + 1;
      commit('big file: a token', [[path, text.slice(0, at) + BIG_PLANT() + text.slice(at)]]);
      commit('big file: token removed', [[path, text]]);
    }
    closeSync(fd);
    const input = openSync(streamFile, 'r');
    const fi = spawnSync('git', ['fast-import', '--quiet'], { cwd: dir, stdio: [input, 'ignore', 'pipe'] });
    closeSync(input);
    rmSync(streamFile);
    if (fi.status !== 0) throw new Error(`fast-import failed: ${fi.stderr}`);
    // Deltified as a clone would hold it (the older corpus is kept as it was first built).
    if (bigPlant) git(dir, 'repack', '-a', '-d', '-q');
    git(dir, 'reset', '-q', '--hard', 'main');
    writeFileSync(join(dir, '.complete'), '');
    writeFileSync(join(dir, '.git', 'info', 'exclude'), '.complete\n');
  }
  return { dir, commits: Number(git(dir, 'rev-list', '--count', '--all').trim()), planted };
}

function buildBig(): { file: string; planted: number } {
  const dir = join(CACHE, 'big');
  const file = join(dir, 'big.js');
  if (!existsSync(file) || statSync(file).size < 1e9) {
    log('writing a 1 GB file');
    mkdirSync(dir, { recursive: true });
    const line = 'export const value = computeSomething(alpha, beta, gamma) + 42; // a typical line of generated code\n';
    const chunk = line.repeat(Math.ceil((8 * 1024 * 1024) / line.length));
    const fd = openSync(file, 'w');
    let written = 0;
    while (written < 1e9) written += writeSync(fd, chunk);
    writeSync(fd, `twitter_token = "${s.accessToken('777000111')}"\n`);
    closeSync(fd);
  }
  return { file, planted: 1 };
}

function buildSmall(): { dir: string; planted: number } {
  const dir = join(CACHE, 'small');
  if (!existsSync(join(dir, '.complete'))) {
    log('writing 200,000 small files');
    rmSync(dir, { recursive: true, force: true });
    for (let d = 0; d < 200; d++) {
      mkdirSync(join(dir, String(d)), { recursive: true });
      for (let f = 0; f < 1000; f++) writeFileSync(join(dir, String(d), `f${f}.txt`), `file ${d}/${f}: nothing to see here\n`);
    }
    writeFileSync(join(dir, '.complete'), '');
  }
  return { dir, planted: plant(join(dir, '__planted__')) };
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@x', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@x' } });
}

// ---------------------------------------------------------------- cases

interface Row {
  name: string;
  ours: number;
  ref: number | null;
  refName: string;
  ratio: string;
  target: string;
  throughput: string;
  rss: string;
  planted: string;
}

const rows: Row[] = [];
const hasRg = spawnSync('rg', ['--version']).status === 0;
if (!hasRg) log('ripgrep (rg) is not installed: reference timings are skipped. Install it with: sudo apt-get install ripgrep');

function found(stdout: string): number {
  try {
    return (JSON.parse(stdout) as { findings: unknown[] }).findings.length;
  } catch {
    return -1;
  }
}

/**
 * The hook as users run it: `install` puts the plain git hook (and its startup snapshot) into a clone
 * of the hook repository (the cached one is shared, so it is not changed), and the hook script is run
 * the way git runs it, from the top with the same staged edits. Beside it, interleaved: `node -e 0`,
 * and the plain bundle as the hook would run it without a snapshot; both say in their summary line what they found.
 *
 * Everything runs without NODE_EXTRA_CA_CERTS: Node 20 parses that file as it starts (40-50 ms for a
 * distribution's bundle), which would make `node -e 0` a slower floor than Node's own start. The hooks
 * start Node with it emptied; when this environment sets it, one more pair of rows shows what that
 * saves a commit here.
 */
function caseHook(dir: string): void {
  const clone = join(mkdtempSync(join(tmpdir(), 'sts-bench-hook-')), 'repo');
  git(dir, 'clone', '-q', '--shared', dir, clone);
  for (const path of git(dir, 'diff', '--cached', '--name-only', '-z').split('\0').filter(Boolean)) cpSync(join(dir, path), join(clone, path));
  git(clone, 'add', '-A');
  execFileSync(process.execPath, [CLI, 'install'], { cwd: clone, stdio: 'ignore' });
  const hook = join(clone, '.git', 'hooks', 'pre-commit');
  if (!existsSync(`${hook}.snapshot.blob`)) throw new Error('install built no startup snapshot');
  const clean = { ...process.env };
  delete clean.NODE_EXTRA_CA_CERTS;
  const ca = process.env.NODE_EXTRA_CA_CERTS ? process.env : null;
  const runs = { node: [] as Measure[], plain: [] as Measure[], hook: [] as Measure[], nodeCa: [] as Measure[], hookCa: [] as Measure[] };
  for (let r = 0; r < ROUNDS * 3; r++) {
    runs.node.push(measure(process.execPath, ['-e', '0'], { cwd: dir, env: clean }));
    runs.plain.push(measure(process.execPath, [CLI, '--staged'], { cwd: clone, env: clean }));
    runs.hook.push(measure(hook, [], { cwd: clone, env: clean }));
    if (ca) {
      runs.nodeCa.push(measure(process.execPath, ['-e', '0'], { cwd: dir, env: ca }));
      runs.hookCa.push(measure(hook, [], { cwd: clone, env: ca }));
    }
  }
  rmSync(dirname(clone), { recursive: true, force: true });
  /** The text report's summary line says how many were found (the hook and the plain run print text). */
  const blocked = (m: Measure): string => (m.status === 1 && /: 1 credential found, commit blocked/.test(m.stderr) ? '1/1' : `0/1 (exit ${m.status})`);
  const row = (name: string, ms: Measure[], planted: string, reference = runs.node, refName = 'node -e 0'): void => {
    const o = median(ms.map((m) => m.seconds));
    const n = median(reference.map((m) => m.seconds));
    rows.push({ name, ours: o, ref: n, refName, ratio: (o / n).toFixed(2), target: '≤ 1.3', throughput: '-', rss: fmtRss(ms), planted });
  };
  row('hook: installed git hook (startup snapshot), 10 of 10,000 files', runs.hook, blocked(runs.hook[0]!));
  row('hook: node dist/cli.js --staged (plain bundle)', runs.plain, blocked(runs.plain[0]!));
  if (ca) row('hook: installed git hook, NODE_EXTRA_CA_CERTS set (as here)', runs.hookCa, blocked(runs.hookCa[0]!), runs.nodeCa, 'node -e 0 (CA file set)');
}

function caseTree(dir: string, planted: number): void {
  const bytes = du(dir);
  const ours: Measure[] = [];
  const rg: Measure[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    ours.push(measure(process.execPath, [CLI, dir, '--no-git', '--format', 'json']));
    if (hasRg) rg.push(measure('rg', ['--no-ignore', '-uuu', '-c', '-f', PATTERNS, dir]));
  }
  const o = median(ours.map((m) => m.seconds));
  const g = hasRg ? median(rg.map((m) => m.seconds)) : null;
  const hits = found(ours[0]!.stdout);
  rows.push({
    name: `tree: ${(bytes / 1e6).toFixed(0)} MB of npm packages`,
    ours: o,
    ref: g,
    refName: 'rg, 5 regexes',
    ratio: g ? `${(g / o).toFixed(2)} (throughput)` : '-',
    target: '≥ 0.5',
    throughput: `${(bytes / 1e6 / o).toFixed(0)} MB/s${g ? ` (rg ${(bytes / 1e6 / g).toFixed(0)})` : ''}`,
    rss: fmtRss(ours),
    planted: `${hits}/${planted}`,
  });
}

async function caseHistory(label: string, dir: string, commits: number, planted: number): Promise<void> {
  const ours: (Measure & { ownMb: number; childMb: number })[] = [];
  const ref: Measure[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    ours.push(await measureSplit(process.execPath, [CLI, '--history', '--format', 'json'], dir));
    if (hasRg) ref.push(measure('sh', ['-c', `git log -p --all | rg -c -f '${PATTERNS}'`], { cwd: dir }));
  }
  const o = median(ours.map((m) => m.seconds));
  const g = hasRg ? median(ref.map((m) => m.seconds)) : null;
  const doc = JSON.parse(ours[0]!.stdout) as { findings: unknown[]; summary: { filesScanned: number; bytesScanned: number } };
  rows.push({
    name: `${label}: ${commits} commits, ${doc.summary.filesScanned} blobs, ${(doc.summary.bytesScanned / 1e6).toFixed(0)} MB`,
    ours: o,
    ref: g,
    refName: 'git log -p --all | rg',
    ratio: g ? (o / g).toFixed(2) : '-',
    target: '≤ 0.7',
    throughput: `${(doc.summary.bytesScanned / 1e6 / o).toFixed(0)} MB/s`,
    rss: `${Math.max(...ours.map((m) => m.ownMb)).toFixed(0)} MB (git ${Math.max(...ours.map((m) => m.childMb)).toFixed(0)} MB)`,
    planted: `${doc.findings.length}/${planted}`,
  });
}

function caseMemory(name: string, target: string, planted: number): void {
  const runs: Measure[] = [];
  for (let r = 0; r < Math.min(ROUNDS, 3); r++) runs.push(measure(process.execPath, [CLI, target, '--no-git', '--format', 'json']));
  const o = median(runs.map((m) => m.seconds));
  const bytes = statSync(target).isDirectory() ? du(target) : statSync(target).size;
  rows.push({ name, ours: o, ref: null, refName: '-', ratio: '-', target: 'RSS ≤ 200 MB', throughput: `${(bytes / 1e6 / o).toFixed(0)} MB/s`, rss: fmtRss(runs), planted: `${found(runs[0]!.stdout)}/${planted}` });
}

function fmtRss(ms: Measure[]): string {
  const r = ms.map((m) => m.rssMb).filter((x): x is number => x !== null);
  return r.length ? `${Math.max(...r).toFixed(0)} MB` : 'n/a';
}

// ---------------------------------------------------------------- main

mkdirSync(CACHE, { recursive: true });
if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build');
const only = process.argv.slice(2);
const want = (c: string): boolean => only.length === 0 || only.includes(c);
const tree = want('tree') || want('hook') ? buildTree() : null;
if (want('hook')) caseHook(buildHookRepo(tree!.dir));
if (want('tree')) caseTree(tree!.dir, tree!.planted);
if (want('history')) {
  const h = buildHistoryRepo('history', HISTORY_PACKAGES, false);
  await caseHistory('history', h.dir, h.commits, h.planted);
}
if (want('history-big')) {
  const h = buildHistoryRepo('history-big', BIG_HISTORY_PACKAGES, true);
  await caseHistory('history, big files', h.dir, h.commits, h.planted);
}
if (want('big')) {
  const b = buildBig();
  caseMemory('memory: one 1 GB file', b.file, b.planted);
}
if (want('small')) {
  const sm = buildSmall();
  caseMemory('memory: 200,000 small files', sm.dir, sm.planted);
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`\nscan-twitter-secrets benchmark — ${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${ROUNDS} rounds, medians\n`);
const header = ['case', 'ours', 'reference', 'ref', 'ratio', 'target', 'throughput', 'peak RSS', 'planted found'];
const table = rows.map((r) => [r.name, `${r.ours.toFixed(3)} s`, r.refName, r.ref === null ? '-' : `${r.ref.toFixed(3)} s`, r.ratio, r.target, r.throughput, r.rss, r.planted]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
for (const row of [header, ...table]) console.log(row.map((c, i) => c.padEnd(widths[i]!)).join('  '));
