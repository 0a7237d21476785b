/** The human report: findings by file and credential set, then what to do, then a one-line summary. */
import { messages } from '../cli/messages.js';
import { remediationFor, renderRemediation } from '../remediation/render.js';
import type { Finding } from '../scan/finding.js';
import { groupBy } from '../scan/group.js';
import { mask, printable } from './mask.js';
import { active, blockingCount, countGroups, ignoredFindings, paint, verificationCounts, type Report } from './report.js';


export function describeFinding(f: Finding, showSecrets: boolean): string {
  const facts = Object.entries(f.details).map(([k, v]) => messages.details[k]?.(printable(v)) ?? `${k} ${printable(v)}`);
  const note = messages.statusNote[f.status];
  if (note) facts.push(note);
  const value = printable(showSecrets ? f.secret : mask(f.secret));
  return `${f.title}  ${value}${facts.length ? `  (${facts.join('; ')})` : ''}`;
}

/** --verify's answer beside a finding: `LIVE @handle` highlighted, `dead`, `unknown (why)`. */
export function verificationTag(f: Finding, color: boolean): string {
  const v = f.verification;
  if (!v) return '';
  const tag = messages.verify.tag[v.status]!;
  const text = `${tag}${v.detail ? ` ${printable(v.detail)}` : ''}`;
  const style = v.status === 'live' ? '41;97;1' : v.status === 'dead' ? '2' : '33';
  return `  ${paint(color, style)(v.status === 'live' ? text : `${tag} (${printable(v.detail)})`)}`;
}

/**
 * With --verify, live credentials come first: files holding one, and within a file the sets holding
 * one (a set stays together, so its heading still fits). Otherwise the order is kept.
 */
export function liveFirst(findings: Finding[]): Finding[] {
  const live = findings.filter((f) => f.verification?.status === 'live');
  if (live.length === 0) return findings;
  const liveFiles = new Set(live.map((f) => f.file));
  const liveSets = new Set(live.map((f) => `${f.file}\0${f.group}`));
  const fileOrder = new Map<string, number>();
  for (const f of findings) if (!fileOrder.has(f.file)) fileOrder.set(f.file, fileOrder.size);
  const key = (f: Finding): number[] => [liveFiles.has(f.file) ? 0 : 1, fileOrder.get(f.file)!, liveSets.has(`${f.file}\0${f.group}`) ? 0 : 1];
  return findings
    .map((f, i) => ({ k: [...key(f), i], f }))
    .sort((a, b) => {
      const j = a.k.findIndex((x, i) => x !== b.k[i]);
      return j < 0 ? 0 : a.k[j]! - b.k[j]!;
    })
    .map(({ f }) => f);
}

/** History findings: which commit brought the value in, how many commits carry it, whether HEAD still has it. */
function historyLine(f: Finding): string | null {
  const p = f.provenance as { introduced?: { hash: string; date: string; author: string; subject: string } | null; commits?: unknown[]; presentAtHead?: boolean } | undefined;
  if (!p || !('presentAtHead' in p)) return null;
  const parts: string[] = [];
  // Author and subject are whatever the committer wrote: escaped like file names.
  if (p.introduced) {
    const { hash, date, author, subject } = p.introduced;
    parts.push(messages.history.introduced({ hash: printable(hash), date: printable(date), author: printable(author), subject: printable(subject) }));
  }
  parts.push(messages.history.seenIn(p.commits?.length ?? 0), messages.history.atHead(p.presentAtHead ?? false));
  return parts.join('; ');
}

/** A warning is one line of ours with names in it (a broken symlink's, a baseline entry's file): escaped whole. */
export const warningLine = (w: string): string => `warning: ${printable(w)}`;

export function findingsByFile(findings: Finding[]): Map<string, Finding[]> {
  return groupBy(findings, (f) => f.file);
}

/** Findings under their file name, with a heading for each credential set of more than one value. */
export function fileSections(byFile: Map<string, Finding[]>, all: Finding[], r: Report, lines: (f: Finding) => string[]): string[] {
  const bold = paint(r.color, '1');
  const dim = paint(r.color, '2');
  const groupSizes = countGroups(all);
  const out: string[] = [];
  for (const [file, list] of byFile) {
    out.push(bold(printable(file)));
    let group = '';
    for (const f of list) {
      if (f.group !== group && (groupSizes.get(f.group) ?? 0) > 1) {
        out.push(dim(`  credential set ${f.group.replace('set-', '#')}: ${messages.setTitle[f.set]}`));
      }
      group = f.group;
      for (const l of lines(f)) out.push(l);
    }
    out.push('');
  }
  return out;
}

export function formatText(r: Report): string {
  const red = paint(r.color, '31;1');
  const yellow = paint(r.color, '33');
  const bold = paint(r.color, '1');
  const dim = paint(r.color, '2');
  const findings = liveFirst(active(r));
  const out: string[] = [];
  const byFile = findingsByFile(findings);
  const sections = fileSections(byFile, findings, r, (f) => {
    const tag = f.blocking ? red('✖ leak') : yellow('⚠ warn');
    const where = historyLine(f);
    const onlyByChange = f.suppressedOnlyByRange ? [yellow(`          ${printable(messages.range.onlyByChange(f.suppressedOnlyByRange.by))}`)] : [];
    return [`  ${tag}  ${printable(f.file)}:${f.line}:${f.column}  ${describeFinding(f, r.showSecrets)}${verificationTag(f, r.color)}  ${dim(f.ruleId)}`, ...(where ? [dim(`          ${where}`)] : []), ...onlyByChange];
  });
  for (const line of sections) out.push(line);
  const leaked = findings.filter((f) => f.blocking);
  if (leaked.length) {
    if (r.mode === 'history') out.push(bold(messages.history.remediationTitle));
    out.push(bold(messages.howToFix));
    out.push(renderRemediation(remediationFor(new Set(leaked.map((f) => f.ruleId)), r.rules)));
    const purge = r.rules.remediations.get('history');
    if (r.mode === 'history' && purge) out.push(renderRemediation([{ remediation: purge, ruleIds: [] }]));
    out.push(dim(messages.falsePositive(leaked[0]!.fingerprint)));
    out.push('');
  }
  const ignored = ignoredFindings(r);
  if (r.verbose) {
    for (const f of ignored) out.push(dim(`  ignored  ${printable(f.file)}:${f.line}:${f.column}  ${f.ruleId}  by ${printable(f.ignored!.by)}${f.ignored!.reason ? ` — ${printable(f.ignored!.reason)}` : ''}`));
  }
  for (const w of r.result.warnings) out.push(yellow(warningLine(w)));
  const s = r.result.stats;
  const blocking = blockingCount(r);
  const line = messages.summary({
    findings: findings.length,
    blocking,
    warnings: findings.length - blocking,
    files: byFile.size,
    scanned: s.filesScanned,
    ignored: ignored.length,
    binary: s.binarySkipped,
    excluded: s.excluded,
    notScanned: r.result.skipped.length,
    noun: r.mode === 'history' ? 'blob' : 'file',
  });
  out.push(blocking ? red(line) : line);
  const checked = findings.filter((f) => f.verification);
  if (checked.length) out.push(messages.verify.summary(verificationCounts(checked)));
  return out.join('\n') + '\n';
}
