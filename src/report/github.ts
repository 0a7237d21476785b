/**
 * GitHub Actions workflow commands (`::error file=…,line=…::…`) so findings show as annotations.
 * GitHub shows at most 10 errors and 10 warnings per step; the rest are summarised in one notice.
 */
import type { Finding } from '../scan/finding.js';
import { mask, printable } from './mask.js';
import { active, blockingCount, notices, type Report } from './report.js';
import { messages } from '../cli/messages.js';

/** Annotations GitHub displays per step and level. */
const GITHUB_ANNOTATION_LIMIT = 10;

/**
 * Escaping from the workflow-commands spec: data escapes % CR LF; properties also : and ,. The runner
 * decodes %0A back into a line break in the annotation, and recognises a command at the start of any
 * log line: so names are made printable first, and only our own text may hold line breaks.
 */
const data = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string): string => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function command(level: 'error' | 'warning', f: Finding, showSecrets: boolean): string {
  const note = messages.statusNote[f.status];
  const value = printable(showSecrets ? f.secret : mask(f.secret));
  const title = `${f.title} (${f.ruleId})`;
  const onlyByChange = f.suppressedOnlyByRange ? ` ${printable(messages.range.onlyByChange(f.suppressedOnlyByRange.by))}.` : '';
  const checked = f.verification ? ` ${printable(messages.verify.sarif(f.verification.status, f.verification.detail))}` : '';
  const msg = `${f.title} ${value} leaked${note ? ` — ${note}` : ''}.${onlyByChange}${checked} Regenerate it in the X developer console: scan-twitter-secrets --explain ${f.ruleId}`;
  return `::${level} file=${prop(printable(f.file))},line=${f.line},col=${f.column},title=${prop(title)}::${data(msg)}`;
}

/** A warning of the run (content not scanned, a broken symlink): a line of ours with names in it, escaped whole. */
function runWarning(n: ReturnType<typeof notices>[number]): string {
  const title = n.skip ? messages.github.notScannedTitle : messages.github.warningTitle;
  return `::warning title=${prop(title)}::${data(printable(n.text))}`;
}

export function formatGithub(r: Report): string {
  const findings = active(r);
  const errors = findings.filter((f) => f.blocking);
  const warnings = findings.filter((f) => !f.blocking);
  const runWarnings = notices(r);
  // The run's own warnings come first among warnings: a finding listed in the notice is still found,
  // while a skip left out of the annotations would go unseen.
  const shownRun = runWarnings.slice(0, GITHUB_ANNOTATION_LIMIT);
  const warningRoom = GITHUB_ANNOTATION_LIMIT - shownRun.length;
  const lines = [
    ...errors.slice(0, GITHUB_ANNOTATION_LIMIT).map((f) => command('error', f, r.showSecrets)),
    ...shownRun.map(runWarning),
    ...warnings.slice(0, warningRoom).map((f) => command('warning', f, r.showSecrets)),
  ];
  const hidden = [...errors.slice(GITHUB_ANNOTATION_LIMIT), ...warnings.slice(warningRoom)];
  const hiddenRun = runWarnings.slice(GITHUB_ANNOTATION_LIMIT);
  if (hidden.length || hiddenRun.length) {
    const list = [...hidden.map((f) => `${printable(f.file)}:${f.line}:${f.column} ${f.ruleId}`), ...hiddenRun.map((n) => `warning: ${printable(n.text)}`)].join('\n');
    const title = hidden.length ? `${hidden.length} more X credential findings${hiddenRun.length ? ` and ${hiddenRun.length} more warnings` : ''}` : `${hiddenRun.length} more warnings`;
    lines.push(`::notice title=${prop(title)}::${data(`GitHub shows only ${GITHUB_ANNOTATION_LIMIT} annotations per level; the others:\n${list}`)}`);
  }
  const skipped = r.result.skipped.length;
  lines.push(`scan-twitter-secrets: ${findings.length} finding(s), ${blockingCount(r)} blocking${skipped ? `, ${skipped} not scanned` : ''}`);
  return lines.join('\n') + '\n';
}
