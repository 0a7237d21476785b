/**
 * Runs the hook's detection and report code once while the startup snapshot is built, on the rules'
 * own positive examples, so that what a commit would otherwise do for the first time (V8 compiling
 * the detector and reporter lazily, building their tables) is done already and kept in the snapshot.
 * Nothing it produces is kept: the results are thrown away.
 */
import { isatty } from 'node:tty';
import { parseOptions } from '../cli/args.js';
import { messages } from '../cli/messages.js';
import type { CompiledRules } from '../detect/compile.js';
import { formatHookText } from '../report/hook-text.js';
import type { RuleSet } from '../rules/types.js';
import { markersOnly, toFindings } from '../scan/engine.js';
import { countScan, emptyStats, type Finding } from '../scan/finding.js';
import { groupPerFile } from '../scan/group.js';
import { scanBlob } from '../scan/scan-blob.js';

export async function warmUp(rules: RuleSet, compiled: CompiledRules, now: number): Promise<void> {
  // The hook's argv and terminal questions: util.parseArgs and node:tty compile on first use.
  parseOptions(['--staged']);
  isatty(2);
  const stats = emptyStats();
  const perFile: Finding[][] = [];
  const examples = rules.rules.flatMap((r) => [...r.examples.positive, ...r.examples.negative]);
  for (const [i, e] of examples.entries()) {
    const blob = { path: `${i}/${e.file}`, bytes: Buffer.from(e.text, 'utf8') };
    const scan = await scanBlob(blob, compiled, now);
    if (!countScan(stats, scan)) continue;
    perFile.push(toFindings(blob, scan.findings, markersOnly(compiled, true)));
  }
  const findings = groupPerFile(perFile);
  for (const color of [false, true]) {
    formatHookText({ result: { findings, stats, warnings: [messages.hook.skipped], skipped: [] }, rules, toolVersion: '', mode: 'staged', showSecrets: false, color, verbose: false });
  }
}
