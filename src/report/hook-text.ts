/**
 * What the pre-commit hook prints on stderr: what leaked and where, how to regenerate it, what to do
 * with this commit, and last, clearly labelled, how to bypass. Silent when nothing is found.
 */
import { messages } from '../cli/messages.js';
import { remediationFor, renderRemediation } from '../remediation/render.js';
import { active, paint, type Report } from './report.js';
import { describeFinding, fileSections, findingsByFile, verificationTag, warningLine } from './text.js';
import { printable } from './mask.js';


export function formatHookText(r: Report): string {
  const red = paint(r.color, '31;1');
  const yellow = paint(r.color, '33');
  const bold = paint(r.color, '1');
  const dim = paint(r.color, '2');
  const findings = active(r);
  const blocking = findings.filter((f) => f.blocking);
  const earlier = findings.filter((f) => f.status === 'already-committed');
  const other = findings.filter((f) => !f.blocking && f.status !== 'already-committed');
  const files = r.result.stats.filesScanned;
  const out: string[] = [];
  if (blocking.length) {
    out.push(red(messages.hook.headline), '');
    const sections = fileSections(findingsByFile(blocking), findings, r, (f) => [
      `  ${red('✖')} ${printable(f.file)}:${f.line}:${f.column}  ${describeFinding(f, r.showSecrets)}${verificationTag(f, r.color)}  ${dim(f.ruleId)}`,
    ]);
    for (const line of sections) out.push(line);
    out.push(bold(messages.howToFix));
    out.push(renderRemediation(remediationFor(new Set(blocking.map((f) => f.ruleId)), r.rules, false)));
    out.push(bold(messages.hook.whatNow));
    for (const line of messages.hook.steps) out.push(`  ${line}`);
    out.push('');
  }
  if (earlier.length) {
    out.push(yellow(messages.hook.earlier));
    for (const f of earlier) out.push(`  ${yellow('⚠')} ${printable(f.file)}:${f.line}:${f.column}  ${describeFinding(f, r.showSecrets)}${verificationTag(f, r.color)} — ${messages.hook.earlierNote}`);
    out.push('');
  }
  if (other.length) {
    out.push(yellow(messages.hook.warnings));
    for (const f of other) out.push(`  ${yellow('⚠')} ${printable(f.file)}:${f.line}:${f.column}  ${describeFinding(f, r.showSecrets)}${verificationTag(f, r.color)}`);
    out.push('');
  }
  if (blocking.length) {
    out.push(dim(messages.hook.bypassTitle));
    for (const line of messages.hook.bypass(blocking[0]!.fingerprint)) out.push(dim(line));
    out.push('');
  }
  for (const w of r.result.warnings) out.push(yellow(warningLine(w)));
  if (findings.length === 0 && r.result.warnings.length === 0 && !r.verbose) return '';
  const summary = messages.hook.summary(files, blocking.length || findings.length, blocking.length);
  out.push(blocking.length ? red(summary) : `scan-twitter-secrets: ${summary}`);
  return out.join('\n') + '\n';
}
