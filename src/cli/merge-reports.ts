/**
 * `merge-reports`: many JSON reports (one per repository of an org-wide audit, each written by its own
 * CI job) into one table: repository, credential kind, where, whether it blocks, whether it is live
 * (`--verify`), the commit that introduced it and whether HEAD still holds it. The repository's name is
 * `name=` before the report's path, or the report's file name without `.json`.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseJsonFile } from '../config/json.js';
import { UsageError } from '../errors.js';
import type { JsonFinding, JsonReport } from '../report/json-types.js';
import { jsonText, printable } from '../report/mask.js';
import { messages } from './messages.js';

export const MERGE_FORMATS = ['text', 'markdown', 'json'] as const;

export interface MergedRow {
  repository: string;
  ruleId: string;
  kind: string;
  file: string;
  line: number;
  blocking: boolean;
  masked: string;
  fingerprint: string;
  verification: string | null;
  introduced: { hash: string; date: string } | null;
  atHead: boolean | null;
}

export interface MergedReports {
  rows: MergedRow[];
  /** Per repository: findings, blocking, and content it could not scan. */
  repositories: { repository: string; findings: number; blocking: number; skipped: number }[];
}

async function readReport(arg: string, cwd: string): Promise<{ repository: string; findings: JsonFinding[]; skipped: number }> {
  const eq = arg.indexOf('=');
  const path = eq > 0 ? arg.slice(eq + 1) : arg;
  const repository = eq > 0 ? arg.slice(0, eq) : basename(path).replace(/\.json$/i, '');
  let text: string;
  try {
    text = readFileSync(resolve(cwd, path), 'utf8');
  } catch (err) {
    throw new UsageError(messages.merge.unreadable(path, (err as NodeJS.ErrnoException).code ?? (err as Error).message));
  }
  // Checked as far as the table reads it: the version and the lists.
  const doc = (await parseJsonFile(text, `report ${path}`)) as Partial<JsonReport> | null;
  if (doc === null || typeof doc !== 'object' || doc.version !== 1 || !Array.isArray(doc.findings)) throw new UsageError(messages.merge.notAReport(path));
  return { repository, findings: doc.findings, skipped: Array.isArray(doc.skipped) ? doc.skipped.length : 0 };
}

export async function mergeReports(args: string[], cwd: string): Promise<MergedReports> {
  const merged: MergedReports = { rows: [], repositories: [] };
  for (const arg of args) {
    const { repository, findings, skipped } = await readReport(arg, cwd);
    for (const f of findings) {
      merged.rows.push({
        repository,
        ruleId: f.ruleId,
        kind: f.title,
        file: f.file,
        line: f.line,
        blocking: f.blocking,
        masked: f.masked,
        fingerprint: f.fingerprint,
        verification: f.verification ? f.verification.status + (f.verification.detail ? ` (${f.verification.detail})` : '') : null,
        introduced: f.provenance?.introduced ? { hash: f.provenance.introduced.hash, date: f.provenance.introduced.date } : null,
        atHead: typeof f.provenance?.presentAtHead === 'boolean' ? f.provenance.presentAtHead : null,
      });
    }
    merged.repositories.push({ repository, findings: findings.length, blocking: findings.filter((f) => f.blocking).length, skipped });
  }
  return merged;
}

const COLUMNS = ['repository', 'credential', 'where', 'blocks', 'verified', 'introduced', 'at HEAD'];

function cells(r: MergedRow): string[] {
  const yesNo = (v: boolean | null): string => (v === null ? '-' : v ? 'yes' : 'no');
  return [
    r.repository,
    `${r.kind} ${r.masked}`,
    `${r.file}:${r.line}`,
    r.blocking ? 'yes' : 'no',
    r.verification ?? '-',
    r.introduced ? `${r.introduced.hash.slice(0, 12)} ${r.introduced.date.slice(0, 10)}` : '-',
    yesNo(r.atHead),
  ];
}

/**
 * A data string as Markdown text that renders as itself: every ASCII punctuation character
 * backslash-escaped, as CommonMark allows for all of them. No file name, repository or X answer can
 * then open a link or image (`[`, `]`, `(`, `!`), raw HTML or an autolink (`<`, `>`, and `.`, `:`, `@`
 * that GitHub's bare `www.`/`https://`/e-mail links need), an entity (`&`), emphasis, strikethrough or
 * a code span (`*`, `_`, `~`, `` ` ``), or end a table cell (`|`: GFM unescapes `\|` inside cells).
 */
export function markdownText(data: string): string {
  return data.replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

export type MergeFormat = (typeof MERGE_FORMATS)[number];

export function renderMerged(m: MergedReports, format: MergeFormat): string {
  if (format === 'json') return jsonText({ version: 1, rows: m.rows, repositories: m.repositories });
  const escape = format === 'markdown' ? (x: string): string => markdownText(printable(x)) : printable;
  const rows = m.rows.map((r) => cells(r).map(escape));
  const total = messages.merge.summary(m.repositories.length, m.rows.length, m.rows.filter((r) => r.blocking).length, m.repositories.filter((r) => r.findings > 0).length, m.repositories.filter((r) => r.skipped > 0).map((r) => escape(r.repository)));
  if (format === 'markdown') {
    const line = (c: string[]): string => `| ${c.join(' | ')} |`;
    return [line(COLUMNS), line(COLUMNS.map(() => '---')), ...rows.map(line), '', total, ''].join('\n');
  }
  const widths = COLUMNS.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i]!.length)));
  const line = (c: string[]): string => c.map((x, i) => x.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(COLUMNS), ...rows.map(line), '', total, ''].join('\n');
}
