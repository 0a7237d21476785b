/**
 * GitHub Actions workflow commands (`::error file=…,line=…::…`) so findings show as annotations.
 * GitHub shows at most 10 errors and 10 warnings per step; the rest are summarised in one notice.
 */
import type { Finding } from '../scan/finding.js';
import { mask, printable } from './mask.js';
import { active, blockingCount, type Report } from './report.js';
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

export function formatGithub(r: Report): string {
  const findings = active(r);
  const errors = findings.filter((f) => f.blocking);
  const warnings = findings.filter((f) => !f.blocking);
  const lines = [
    ...errors.slice(0, GITHUB_ANNOTATION_LIMIT).map((f) => command('error', f, r.showSecrets)),
    ...warnings.slice(0, GITHUB_ANNOTATION_LIMIT).map((f) => command('warning', f, r.showSecrets)),
  ];
  const hidden = [...errors.slice(GITHUB_ANNOTATION_LIMIT), ...warnings.slice(GITHUB_ANNOTATION_LIMIT)];
  if (hidden.length) {
    const list = hidden.map((f) => `${printable(f.file)}:${f.line}:${f.column} ${f.ruleId}`).join('\n');
    lines.push(`::notice title=${prop(`${hidden.length} more X credential findings`)}::${data(`GitHub shows only ${GITHUB_ANNOTATION_LIMIT} annotations per level; the others:\n${list}`)}`);
  }
  lines.push(`scan-twitter-secrets: ${findings.length} finding(s), ${blockingCount(r)} blocking`);
  return lines.join('\n') + '\n';
}
