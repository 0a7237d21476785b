/**
 * The library API (`import { scanText } from 'scan-twitter-secrets'`), version 1: for bots that
 * check text before posting it, build tools and editors. Every scan resolves to the JSON report,
 * version 1 (the same objects `--format json` prints, secrets masked unless `showSecrets`); a scan
 * that cannot run rejects (see isScanFailure). Nothing here
 * touches the process (no exit, no output) and nothing is sent anywhere.
 */
import { fileURLToPath } from 'node:url';
import { run } from './cli/run.js';
import { compileRules, type CompiledRules } from './detect/compile.js';
import { toolVersion } from './package-root.js';
import type { JsonReport } from './report/json-types.js';
import { formatJson } from './report/json.js';
import { remediationFor, renderRemediation } from './remediation/render.js';
import { loadRules } from './rules/load.js';
import type { RuleSet } from './rules/types.js';
import { markersOnly, toFindings } from './scan/engine.js';
import { countScan, emptyStats } from './scan/finding.js';
import { groupPerFile } from './scan/group.js';
import { scanBlob } from './scan/scan-blob.js';

export type { JsonFinding, JsonProvenance, JsonReport, JsonSeverity, JsonSkip, JsonStatus } from './report/json-types.js';

/** This interface's version: bumped only by changes that are not additions. */
export const API_VERSION = 1;

/**
 * A scan that could not run (a bad path, not a repository, a broken config file: the CLI's exit code 2)
 * rejects with an Error named 'ScanFailure' holding the CLI's one-line message. Tell it apart with
 * isScanFailure (a class would not survive the CommonJS entry, which loads this module).
 */
export function isScanFailure(err: unknown): err is Error & { name: 'ScanFailure' } {
  return err instanceof Error && err.name === 'ScanFailure';
}

function scanFailure(message: string): Error {
  const err = new Error(message);
  err.name = 'ScanFailure';
  return err;
}

export interface ScanTextOptions {
  /** The file the text would live in (`bot.py`, `.env`): decides how it is read, and counts as context. */
  path?: string;
  /** Put each full value in `secret` (masked otherwise). */
  showSecrets?: boolean;
  /** False: `twitter-secrets:allow` markers suppress nothing. */
  inlineAllow?: boolean;
}

export interface ScanPathsOptions {
  /** Where relative paths, .gitignore, the ignore file and the config file are taken from (default: the current directory). */
  cwd?: string;
  showSecrets?: boolean;
  /** False: walk the file system even inside a git work tree (like --no-git). */
  git?: boolean;
  include?: string[];
  exclude?: string[];
  /** A config file instead of `.twitter-secrets.json` at the repository root. */
  config?: string;
  inlineAllow?: boolean;
}

export interface ScanStagedOptions {
  /** A directory inside the repository (default: the current directory). */
  cwd?: string;
  showSecrets?: boolean;
  /** Only these staged paths (relative to `cwd`). */
  paths?: string[];
  inlineAllow?: boolean;
}

export interface RuleInfo {
  id: string;
  title: string;
  description: string;
  /** Whether a finding of this kind blocks on its own. */
  blocks: boolean;
  /** How to regenerate (and, where X allows it, revoke) this credential. */
  remediation: string;
}

/** Loaded and compiled once per process: a bot scanning every draft pays for it once. */
let loaded: { rules: RuleSet; compiled: CompiledRules } | undefined;
const rulesOnce = (): { rules: RuleSet; compiled: CompiledRules } => (loaded ??= (() => {
  const rules = loadRules();
  return { rules, compiled: compileRules(rules) };
})());

/** Scans one string, as if it were the file `options.path`. No git, no ignore file, no config file. */
export async function scanText(text: string, options: ScanTextOptions = {}): Promise<JsonReport> {
  const { rules, compiled } = rulesOnce();
  const blob = { path: options.path ?? 'input.txt', bytes: Buffer.from(text, 'utf8') };
  const stats = emptyStats();
  const scan = await scanBlob(blob, compiled, Date.now());
  const findings = countScan(stats, scan) ? groupPerFile([toFindings(blob, scan.findings, markersOnly(compiled, options.inlineAllow !== false))]) : [];
  const report = { result: { findings, stats, warnings: [], skipped: [] }, rules, toolVersion: toolVersion(), mode: 'tree' as const, showSecrets: options.showSecrets === true, color: false, verbose: false };
  return JSON.parse(formatJson(report)) as JsonReport;
}

/** Scans files and directories (inside a git work tree: the files git sees, so .gitignore applies). */
export async function scanPaths(paths: string[], options: ScanPathsOptions = {}): Promise<JsonReport> {
  const args = [...common(options), ...(options.git === false ? ['--no-git'] : [])];
  for (const g of options.include ?? []) args.push('--include', g);
  for (const g of options.exclude ?? []) args.push('--exclude', g);
  if (options.config !== undefined) args.push('--config', options.config);
  return viaCli([...args, '--', ...(paths.length ? paths : ['.'])], options.cwd);
}

/** Scans what the next commit of the repository at `cwd` would contain (its index), as the hook does. */
export async function scanStaged(options: ScanStagedOptions = {}): Promise<JsonReport> {
  return viaCli([...common(options), '--staged', '--', ...(options.paths ?? [])], options.cwd);
}

const remediationText = (ruleId: string, rules: RuleSet): string => renderRemediation(remediationFor([ruleId], rules), '');

/** Every rule, with the text that says how to regenerate what it finds. */
export async function listRules(): Promise<RuleInfo[]> {
  const { rules } = rulesOnce();
  return rules.rules.map((r) => ({ id: r.id, title: r.title, description: r.description, blocks: r.detector !== 'oauth2-client-id', remediation: remediationText(r.id, rules) }));
}

/** How to regenerate the credential a rule finds; rejects (a ScanFailure) for an unknown rule id. */
export async function remediation(ruleId: string): Promise<string> {
  const { rules } = rulesOnce();
  if (!rules.byId.has(ruleId)) throw scanFailure(`unknown rule "${ruleId}"`);
  return remediationText(ruleId, rules);
}

function common(o: { showSecrets?: boolean; inlineAllow?: boolean }): string[] {
  return ['--format', 'json', ...(o.showSecrets ? ['--show-secrets'] : []), ...(o.inlineAllow === false ? ['--no-inline-allow'] : [])];
}

/** The CLI as a function (it never touches the process), read back as the report it prints. */
async function viaCli(argv: string[], cwd = process.cwd()): Promise<JsonReport> {
  // The caller asked for this scan: the hook's SKIP=scan-twitter-secrets does not apply.
  const { SKIP: _skip, ...env } = process.env;
  const r = await run(argv, { cwd, env, stdoutIsTTY: false, stderrIsTTY: false, workerPath: fileURLToPath(new URL('./worker.js', import.meta.url)) });
  if (r.exitCode === 2 || !r.stdout) throw scanFailure(r.stderr.trim().replace(/^scan-twitter-secrets: /, '') || 'no report');
  return JSON.parse(r.stdout) as JsonReport;
}
