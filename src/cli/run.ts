/**
 * The CLI as a function: argv in, { exitCode, stdout, stderr } out. It never touches the process;
 * cli/main.ts does. Exit codes: 0 no blocking finding, 1 blocking findings, 2 could not scan.
 */
import { join, resolve } from 'node:path';
import { ScanError, UsageError } from '../errors.js';
import { formats } from '../report/formats.js';
import { blockingCount, type Report } from '../report/report.js';
import { remediationFor, renderRemediation } from '../remediation/render.js';
import { rulesForRun } from '../rules/preloaded.js';
import type { RuleSet } from '../rules/types.js';
import { formatHookText } from '../report/hook-text.js';
import { printable } from '../report/mask.js';
import { packageRoot, toolVersion } from '../package-root.js';
import { parseOptions } from './args.js';
import { messages } from './messages.js';
import type { MergeFormat } from './merge-reports.js';
import { planOutputs, writeReports } from './outputs.js';
import type { Skip } from '../scan/skip.js';
import { scanStaged } from './scan-staged.js';

export interface RunContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Whether standard output / error are terminals (colour default). */
  stdoutIsTTY: boolean;
  stderrIsTTY?: boolean;
  /** The node binary and this CLI's entry file, for hooks that must find them again without PATH. */
  execPath?: string;
  binPath?: string;
  /** The worker-thread entry (dist/worker.js); without it, everything runs in this thread. */
  workerPath?: string;
  /** Progress lines for long scans (bin sets it only when stderr is a terminal); null clears the line. */
  progress?: (line: string | null) => void;
  /** Clock for expiry decisions; tests inject it. */
  now?: number;
  /**
   * Asks the user a yes/no question (revoke); bin sets it only when standard input and error are
   * terminals. Without it, revoke needs --yes.
   */
  ask?: (question: string) => Promise<boolean>;
}

export interface RunResult {
  exitCode: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

export const EXIT = { clean: 0, blocking: 1, error: 2 } as const;

export async function run(argv: string[], ctx: RunContext): Promise<RunResult> {
  try {
    return await runUnchecked(argv, ctx);
  } catch (err) {
    const known = err instanceof UsageError || err instanceof ScanError;
    const msg = known ? (err as Error).message : `internal error: ${(err as Error)?.message ?? String(err)}`;
    // Messages name arguments and files: escaped, so the error stays one line of ours whatever they hold.
    return { exitCode: EXIT.error, stdout: '', stderr: messages.error(printable(known ? msg : msg.split('\n')[0]!)) + '\n' };
  }
}

async function runUnchecked(argv: string[], ctx: RunContext): Promise<RunResult> {
  const opts = parseOptions(argv);
  // Only the pre-commit hook's path (`--staged`) is loaded up front; the other paths load what they need.
  if (opts.help) return { exitCode: 0, stdout: messages.usage + '\n', stderr: '' };
  if (opts.version) return { exitCode: 0, stdout: toolVersion() + '\n', stderr: '' };
  if (opts.command === 'merge-reports') {
    const { MERGE_FORMATS, mergeReports, renderMerged } = await import('./merge-reports.js');
    const format = MERGE_FORMATS.find((f) => f === opts.format);
    if (!format) throw new UsageError(messages.merge.badFormat(opts.format));
    // -o FILE takes the table off standard output; -o FORMAT=FILE also writes another format.
    const out = planOutputs(opts.output, format, [...MERGE_FORMATS], ctx.cwd);
    const merged = await mergeReports(opts.paths, ctx.cwd);
    const written = writeReports(out.files, (f) => renderMerged(merged, f as MergeFormat));
    const exitCode = merged.rows.some((r) => r.blocking) ? EXIT.blocking : EXIT.clean;
    return { exitCode, stdout: out.printed ? renderMerged(merged, format) : '', stderr: written.map((l) => l + '\n').join('') };
  }
  if (opts.command === 'install' || opts.command === 'uninstall') {
    const { installHook, uninstallHook } = await import('../install/hook.js');
    const change = opts.command === 'install' ? await installHook(ctx.cwd, opts.force, ctx.execPath ?? 'node', ctx.binPath ?? join(packageRoot(), 'dist', 'cli.js')) : await uninstallHook(ctx.cwd);
    return { exitCode: 0, stdout: change.lines.map((l) => `scan-twitter-secrets: ${printable(l)}`).join('\n') + '\n', stderr: '' };
  }
  if (!formats[opts.format]) throw new UsageError(messages.badFormat(opts.format, Object.keys(formats)));
  // Checked before anything is scanned or sent (--verify): a bad -o must not cost a request to X.
  const out = planOutputs(opts.output, opts.format, Object.keys(formats), ctx.cwd);
  if (opts.staged && skippedByEnv(ctx.env)) return { exitCode: 0, stdout: '', stderr: messages.hook.skipped + '\n' };
  const rules = rulesForRun();
  if (opts.listRules) return { exitCode: 0, stdout: listRules(rules), stderr: '' };
  if (opts.explain !== undefined) return { exitCode: 0, stdout: explain(rules, opts.explain), stderr: '' };
  // A CI event decides what is scanned (git work): asked once the arguments are known to be good.
  const eventSkips: Skip[] = [];
  if (opts.githubEvent) {
    const { planEventScan } = await import('../ci/github-event.js');
    const plan = await planEventScan({ cwd: ctx.cwd, env: ctx.env, pin: [] });
    if (plan.range) Object.assign(opts, { history: true, historyRevs: plan.range.revs, suppressionBase: plan.range.base });
    eventSkips.push(...plan.skipped);
  }
  // Revoking is irreversible: without someone to ask and without --yes, nothing is scanned or sent.
  if (opts.command === 'revoke' && !opts.yes && !ctx.ask) throw new UsageError(messages.revoke.noTerminal);
  // The network code loads only here, never on a plain scan or in the hook; settings are checked first.
  const network = opts.verify || opts.command === 'revoke' ? await import('../verify/index.js') : null;
  const networkSettings = network?.sessionSettings(ctx.env);

  const result = opts.staged
    ? await scanStaged(opts, rules, ctx)
    : opts.history
      ? await (await import('./scan-history.js')).scanHistory(opts, rules, ctx)
      : await (await import('./scan-tree.js')).scanTree(opts, rules, ctx);
  result.warnings.unshift(...eventSkips.map((s) => s.reason));
  result.skipped.unshift(...eventSkips);
  if (opts.command === 'revoke') return network!.runRevoke(result, rules, networkSettings!, opts, ctx);
  const baselines = opts.baseline || opts.writeBaseline ? await import('../config/baseline.js') : null;
  if (opts.baseline) await baselines!.useBaseline(result, resolve(ctx.cwd, opts.baseline), opts.baseline, opts.suppressionBase ?? null);
  if (network && opts.verify) {
    const session = network.openSession(networkSettings!);
    try {
      await network.verifyFindings(result.findings, session);
    } finally {
      await session.close();
    }
    if (opts.ignoreDead) network.unblockDead(result.findings);
  }
  // The hook's report goes to stderr (git shows it); colour follows the terminal it is shown on.
  const hookText = opts.staged && opts.format === 'text';
  const tty = (hookText ? ctx.stderrIsTTY : ctx.stdoutIsTTY) ?? false;
  const report: Report = {
    result,
    rules,
    toolVersion: toolVersion(),
    mode: opts.staged ? 'staged' : opts.history ? 'history' : 'tree',
    showSecrets: opts.showSecrets,
    color: out.printed && (opts.color ?? (tty && !ctx.env.NO_COLOR)),
    verbose: opts.verbose,
  };
  // With --fail-on-skip, content not scanned fails the run after the report is given in full.
  const skipFatal = opts.failOnSkip && result.skipped.length > 0 ? messages.failOnSkip(result.skipped.length, printable(result.skipped[0]!.reason)) + '\n' : '';
  if (opts.writeBaseline) {
    const n = baselines!.writeBaseline(resolve(ctx.cwd, opts.writeBaseline), result.findings, toolVersion());
    return { exitCode: skipFatal ? EXIT.error : EXIT.clean, stdout: '', stderr: messages.baselineWritten(printable(opts.writeBaseline), n) + '\n' + skipFatal };
  }
  const exitCode = skipFatal ? EXIT.error : blockingCount(report) > 0 ? EXIT.blocking : EXIT.clean;
  // A staged scan's text is the hook's message, wherever it goes; files are never coloured.
  const render = (format: string, color: boolean): string => (opts.staged && format === 'text' ? formatHookText : formats[format]!)({ ...report, color });
  const written = writeReports(out.files, (format) => render(format, false));
  // A text report written to a file still leaves its one-line summary on stderr.
  const summary = !out.printed && opts.format === 'text' ? [render('text', false).trimEnd().split('\n').pop()!].filter(Boolean) : [];
  const notes = [...summary, ...written].map((l) => l + '\n').join('') + skipFatal;
  if (!out.printed) return { exitCode, stdout: '', stderr: notes };
  const body = render(opts.format, report.color);
  return hookText ? { exitCode, stdout: '', stderr: body + notes } : { exitCode, stdout: body, stderr: notes };
}

/** The pre-commit framework's SKIP=id1,id2 convention, honoured by every install style. */
function skippedByEnv(env: NodeJS.ProcessEnv): boolean {
  return (env.SKIP ?? '').split(',').map((s) => s.trim()).includes('scan-twitter-secrets');
}

function listRules(set: RuleSet): string {
  const rows = set.rules.map((r) => [r.id, r.detector === 'oauth2-client-id' ? 'with secret' : 'yes', r.title]);
  const header = messages.ruleListHeader;
  const w0 = Math.max(header[0]!.length, ...rows.map((r) => r[0]!.length));
  const w1 = Math.max(header[1]!.length, ...rows.map((r) => r[1]!.length));
  return [header, ...rows].map((r) => `${r[0]!.padEnd(w0)}  ${r[1]!.padEnd(w1)}  ${r[2]}`).join('\n') + '\n';
}

function explain(set: RuleSet, id: string): string {
  const rule = set.byId.get(id);
  if (!rule) throw new UsageError(messages.unknownRule(id));
  return [
    `${rule.id}: ${rule.title}`,
    '',
    rule.description,
    `Shape: ${rule.pattern}`,
    '',
    messages.howToFix,
    renderRemediation(remediationFor([rule.id], set)),
  ].join('\n');
}
