/** Runs the detector over one blob, whole or window by window, and returns positioned findings. */
import type { CompiledRules } from '../detect/compile.js';
import { detect, type DetectedSecret } from '../detect/detect.js';
import type { Blob } from './blob.js';
import { classifyBytes, readForScan, type ReadOutcome, type WindowSizes } from './read-text.js';

export type BlobScan =
  | { kind: 'binary'; size: number }
  | {
      kind: 'scanned';
      size: number;
      findings: DetectedSecret[];
      knownExamples: number;
      /** A large input's file-wide X evidence, when a window asked for it (lineage.ts). */
      evidence?: boolean;
    };

export interface ScanBlobOptions {
  /**
   * Answer "yes" whenever detection asks whether X evidence is elsewhere in the file: for a piece of
   * a file whose other parts are not at hand (lineage.ts), so nothing is missed for want of them.
   */
  assumeEvidence?: boolean;
  /** For tests: small windows put many window boundaries in a small input. */
  sizes?: WindowSizes;
}

export async function scanBlob(blob: Blob, rules: CompiledRules, now: number, opts: ScanBlobOptions = {}): Promise<BlobScan> {
  const fsPath = blob.fsPath ?? blob.path;
  const read: ReadOutcome = blob.bytes ? classifyBytes(blob.bytes, opts.sizes) : readForScan(fsPath);
  if (read.kind === 'binary') return read;
  const assumed = opts.assumeEvidence ? { externalEvidence: () => true } : {};
  if (read.kind === 'text') {
    const r = detect(read.text, blob.path, rules, { now, byteText: read.byteText, ...assumed, ...(read.codes ? { codes: read.codes } : {}) });
    return { kind: 'scanned', size: read.size, findings: r.findings, knownExamples: r.knownExamples };
  }
  // Evidence elsewhere in a large input is looked for only when a window needs it, once.
  let evidence: boolean | undefined;
  const externalEvidence = opts.assumeEvidence ? () => true : (): boolean => (evidence ??= read.evidence((chunk) => rules.evidence.test(chunk)));
  const findings: DetectedSecret[] = [];
  let knownExamples = 0;
  for (const w of read.windows()) {
    const r = detect(w.text, blob.path, rules, { now, externalEvidence, byteText: read.byteText, ...(w.codes ? { codes: w.codes } : {}) });
    knownExamples += r.knownExamples;
    for (const f of r.findings) {
      const absolute = w.offset + f.start;
      if (absolute < w.reportFrom || absolute >= w.reportUntil) continue;
      findings.push({
        ...f,
        start: absolute,
        end: w.offset + f.end,
        column: f.line === 1 ? f.column + w.columnBase : f.column,
        line: f.line + w.lineBase,
      });
    }
  }
  return { kind: 'scanned', size: read.size, findings, knownExamples, ...(evidence === undefined ? {} : { evidence }) };
}
