/** argv → options. Bad input becomes a UsageError with a one-line message. */
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { messages } from './messages.js';
import type { RevSpec } from '../git/history.js';

export type Command = 'scan' | 'install' | 'uninstall' | 'revoke' | 'merge-reports';

export interface Options {
  /** `install` / `uninstall` / `revoke` / `merge-reports` only as the first word; a directory named so is scanned as `./install`. */
  command: Command;
  paths: string[];
  staged: boolean;
  history: boolean;
  /** Revisions for --history (--history-range main..feature, or a CI event's); default: all refs and stashes. */
  historyRevs?: RevSpec;
  /**
   * Set for a CI range (--github-event): the commit whose ignore file, config file, baseline and
   * inline markers apply (null: the range starts at a root commit, nothing suppresses).
   */
  suppressionBase?: string | null;
  /** --no-inline-allow: inline markers suppress nothing. */
  inlineAllow: boolean;
  /** Only commits after this date (git date syntax). */
  since?: string;
  force: boolean;
  /** --verify: ask X whether each credential works (network; opt-in). */
  verify: boolean;
  /** --ignore-dead: findings verified dead do not block. */
  ignoreDead: boolean;
  /** revoke --yes: do not ask first. */
  yes: boolean;
  baseline?: string;
  writeBaseline?: string;
  /** --github-event: derive the scan from the GitHub Actions event (action.yml). */
  githubEvent: boolean;
  format: string;
  /** `-o` values: FILE or FORMAT=FILE (see outputs.ts). */
  output: string[];
  showSecrets: boolean;
  include: string[];
  exclude: string[];
  config?: string;
  git: boolean;
  listRules: boolean;
  explain?: string;
  /** --fail-on-skip: content not scanned (see scan/skip.ts) makes the run exit 2. */
  failOnSkip: boolean;
  verbose: boolean;
  color?: boolean;
  help: boolean;
  version: boolean;
}

/** What merge-reports reads: its format, where to write, help and version. */
const MERGE_OPTIONS = new Set<string>(['format', 'output', 'help', 'version']);

export function parseOptions(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        staged: { type: 'boolean', default: false },
        history: { type: 'boolean', default: false },
        'history-range': { type: 'string' },
        since: { type: 'string' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        'github-event': { type: 'boolean', default: false },
        'no-inline-allow': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        verify: { type: 'boolean', default: false },
        'ignore-dead': { type: 'boolean', default: false },
        yes: { type: 'boolean', short: 'y', default: false },
        output: { type: 'string', short: 'o', multiple: true, default: [] },
        'show-secrets': { type: 'boolean', default: false },
        include: { type: 'string', short: 'i', multiple: true, default: [] },
        exclude: { type: 'string', short: 'e', multiple: true, default: [] },
        config: { type: 'string', short: 'c' },
        'no-git': { type: 'boolean', default: false },
        'list-rules': { type: 'boolean', default: false },
        explain: { type: 'string' },
        'fail-on-skip': { type: 'boolean', default: false },
        verbose: { type: 'boolean', short: 'v', default: false },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    // parseArgs messages are one line already; drop its hint to use "--" for dash-leading values.
    throw new UsageError((err as Error).message.split('\n')[0]!.replace(/\. To specify a positional.*$/, ''));
  }
  const v = parsed.values;
  if (parsed.positionals.some((p) => p === '')) throw new UsageError(messages.args.emptyPath);
  if ([...v.include!, ...v.exclude!].some((g) => g.trim() === '')) throw new UsageError(messages.args.emptyGlob);
  const color = v['no-color'] ? false : v.color ? true : undefined;
  const first = parsed.positionals[0];
  const command: Command = first === 'install' || first === 'uninstall' || first === 'revoke' || first === 'merge-reports' ? first : 'scan';
  const positionals = command === 'scan' ? parsed.positionals : parsed.positionals.slice(1);
  if ((command === 'install' || command === 'uninstall') && positionals.length) throw new UsageError(messages.args.noPaths(command));
  const given = (o: keyof typeof v): boolean => v[o] !== undefined && v[o] !== false && !(Array.isArray(v[o]) && v[o].length === 0);
  if (command === 'merge-reports') {
    if (positionals.length === 0) throw new UsageError(messages.args.mergeNeedsReports);
    // It reads reports and prints a table: scan options would be accepted and silently do nothing.
    const unfit = (Object.keys(v) as (keyof typeof v)[]).find((o) => !MERGE_OPTIONS.has(o) && given(o));
    if (unfit) throw new UsageError(messages.merge.notAnOption(unfit));
  }
  if (v.force && command !== 'install') throw new UsageError(messages.args.forceOnly);
  if (v.yes && command !== 'revoke') throw new UsageError(messages.revoke.yesOnly);
  if (v['ignore-dead'] && !v.verify && command === 'scan') throw new UsageError(messages.verify.ignoreDeadNeedsVerify);
  if (command === 'revoke') {
    const unfit = (['verify', 'ignore-dead', 'baseline', 'write-baseline', 'github-event', 'output', 'list-rules', 'explain'] as const).find(given);
    if (unfit) throw new UsageError(messages.revoke.notAnOption(unfit));
    if (v.format !== 'text' && v.format !== 'json') throw new UsageError(messages.revoke.badFormat(v.format!));
  }
  const history = v.history! || v['history-range'] !== undefined || v.since !== undefined;
  // The event decides what is scanned; nothing may narrow it (`args: --staged` would empty the gate).
  if (v['github-event'] && (command !== 'scan' || v.staged || history || parsed.positionals.length)) {
    throw new UsageError(messages.githubEventAlone);
  }
  if (history && v.staged) throw new UsageError(messages.args.stagedOrHistory);
  if (history && positionals.length) throw new UsageError(messages.args.historyNoPaths);
  return {
    command,
    staged: v.staged!,
    history,
    ...(v['history-range'] !== undefined ? { historyRevs: { flags: [], revs: rangeRevisions(v['history-range']) } } : {}),
    ...(v.since !== undefined ? { since: v.since } : {}),
    force: v.force!,
    verify: v.verify!,
    ignoreDead: v['ignore-dead']!,
    yes: v.yes!,
    ...(v.baseline !== undefined ? { baseline: v.baseline } : {}),
    ...(v['write-baseline'] !== undefined ? { writeBaseline: v['write-baseline'] } : {}),
    githubEvent: v['github-event']!,
    inlineAllow: !v['no-inline-allow'],
    // --staged without paths scans every staged file; with paths (lint-staged, pre-commit) only those.
    paths: positionals.length || v.staged ? positionals : ['.'],
    format: v.format!,
    output: v.output!,
    showSecrets: v['show-secrets']!,
    include: v.include!,
    exclude: v.exclude!,
    ...(v.config !== undefined ? { config: v.config } : {}),
    git: !v['no-git'],
    listRules: v['list-rules']!,
    ...(v.explain !== undefined ? { explain: v.explain } : {}),
    failOnSkip: v['fail-on-skip']!,
    verbose: v.verbose!,
    ...(color !== undefined ? { color } : {}),
    help: v.help!,
    version: v.version!,
  };
}

/** `--history-range` holds revisions (`main..feature`, `v1.0 ^v0.9`); git is never handed an option from it. */
function rangeRevisions(range: string): string[] {
  const revs = range.split(/\s+/).filter(Boolean);
  if (revs.length === 0) throw new UsageError(messages.args.emptyRange);
  if (revs.some((r) => r.startsWith('-'))) throw new UsageError(messages.args.rangeOption);
  return revs;
}
