/**
 * Baselines for adopting the tool in an old repository: record today's findings, then fail only on
 * new ones. Entries are identified by the finding fingerprint (rule + secret, no path or line), so
 * they survive line moves, unrelated edits and renames, and they never hold the secret itself.
 */
import { writeFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { messages } from '../cli/messages.js';
import type { Finding, ScanResult } from '../scan/finding.js';
import { byBaseline } from '../scan/suppression.js';
import { workTreeFiles } from './file-source.js';
import { parseJsonFile } from './json.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  /** Where it was when recorded: for people reading the file, not part of the identity. */
  file: string;
}

export interface Baseline {
  file: string;
  entries: Map<string, BaselineEntry>;
}

/** A baseline's text as entries; `file` names it in errors. */
async function parseBaseline(text: string, file: string): Promise<Baseline> {
  const data = await parseJsonFile(text, `baseline ${file}`);
  const doc = data as { version?: unknown; findings?: unknown };
  if (doc.version !== BASELINE_VERSION || !Array.isArray(doc.findings)) throw new UsageError(`baseline ${file} is not a version ${BASELINE_VERSION} scan-twitter-secrets baseline`);
  const entries = new Map<string, BaselineEntry>();
  for (const e of doc.findings as BaselineEntry[]) {
    if (typeof e?.fingerprint !== 'string' || !/^[0-9a-f]{16}$/.test(e.fingerprint)) throw new UsageError(`baseline ${file}: an entry has no valid fingerprint`);
    entries.set(`${e.ruleId}\0${e.fingerprint}`, e);
  }
  return { file, entries };
}

/**
 * `--baseline`: marks what it lists as known and reports its stale entries. In a CI range
 * (`result.baseFiles`) the base commit's version applies, possibly none; the change's own version only
 * names what it would have hidden, and a change to the file is reported. Each version is read once.
 */
export async function useBaseline(result: ScanResult, path: string, name: string, base: string | null): Promise<void> {
  const mine = await workTreeFiles.read(path);
  const source = result.baseFiles ?? workTreeFiles;
  const atBase = result.baseFiles ? await result.baseFiles.read(path) : mine;
  if (atBase === null && !result.baseFiles) throw new UsageError(`cannot read baseline ${path}: ENOENT`);
  const stale = atBase === null ? [] : applyBaseline(result.findings, await parseBaseline(atBase, source.name(path)));
  if (result.baseFiles) {
    if (mine !== null) markChangeOnly(result.findings, await parseBaseline(mine, path), `baseline ${name}`);
    if (atBase !== mine) result.warnings.push(messages.range.changedFile(name, base));
  }
  for (const e of stale) result.warnings.push(messages.staleBaseline(e));
  result.stats.staleBaseline = stale.length;
}

/** Marks baseline findings as known (they stop failing the run); returns the entries no longer seen. */
function applyBaseline(findings: Finding[], baseline: Baseline): BaselineEntry[] {
  const seen = new Set<string>();
  for (const f of findings) {
    const key = `${f.ruleId}\0${f.fingerprint}`;
    if (!baseline.entries.has(key)) continue;
    seen.add(key);
    f.ignored ??= byBaseline(baseline.file);
  }
  return [...baseline.entries].filter(([key]) => !seen.has(key)).map(([, e]) => e);
}

/** Findings that `baseline` (the change's own, in a CI range) would hide: named, still blocking. */
function markChangeOnly(findings: Finding[], baseline: Baseline, by: string): void {
  for (const f of findings) {
    if (!f.ignored && !f.suppressedOnlyByRange && baseline.entries.has(`${f.ruleId}\0${f.fingerprint}`)) f.suppressedOnlyByRange = { by };
  }
}

export function writeBaseline(file: string, findings: Finding[], toolVersion: string): number {
  const unique = new Map<string, BaselineEntry>();
  for (const f of findings) {
    if (f.ignored && f.ignored.kind !== 'baseline') continue;
    unique.set(`${f.ruleId}\0${f.fingerprint}`, { fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file });
  }
  const entries = [...unique.values()].sort((a, b) => a.file.localeCompare(b.file) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
  const doc = {
    version: BASELINE_VERSION,
    tool: { name: 'scan-twitter-secrets', version: toolVersion },
    note: 'Known findings, identified by fingerprint (a truncated hash of rule id and secret; never the secret). Findings listed here do not fail the run.',
    findings: entries,
  };
  try {
    writeFileSync(file, JSON.stringify(doc, null, 2) + '\n');
  } catch (err) {
    throw new UsageError(`cannot write baseline ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return entries.length;
}
