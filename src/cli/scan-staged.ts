/**
 * `--staged`: scan exactly what the commit will contain. Whole files are scanned (a `twitter:` parent
 * or an import can sit on unchanged lines), but a credential whose value is already in HEAD's version
 * of the file does not block: committing again exposes nothing new, and the fix is rotation.
 * Anything that cannot be scanned is an error (exit 2), which blocks the commit.
 */
import { decode } from '../detect/text.js';
import { ScanError } from '../errors.js';
import { streamBlobs } from '../git/blobs.js';
import type { GitAt } from '../git/git.js';
import { compiledFor } from '../rules/preloaded.js';
import type { RuleSet } from '../rules/types.js';
import { toFindings } from '../scan/engine.js';
import { countScan, emptyStats, type Finding, type ScanResult } from '../scan/finding.js';
import { scanBlob } from '../scan/scan-blob.js';
import { stagedSource, streamStaged, type StagedFile } from '../sources/staged.js';
import type { Options } from './args.js';
import type { RunContext } from './run.js';
import { loadSettings } from './settings.js';
import { messages } from './messages.js';
import { groupBy, groupPerFile } from '../scan/group.js';
import { noteSkip, type SkipSink } from '../scan/skip.js';

export async function scanStaged(opts: Options, rules: RuleSet, ctx: RunContext): Promise<ScanResult> {
  const source = await stagedSource(ctx.cwd, ctx.env, opts.paths);
  let settings;
  try {
    settings = await loadSettings(source.top, opts, ctx.cwd);
  } catch (err) {
    source.reader.stdin?.end(); // the blobs will not be read: let git exit
    throw err;
  }
  const { ignore, filter } = settings;
  const compiled = compiledFor(rules);
  const stats = emptyStats();
  stats.symlinksSkipped = source.skipped;
  const selected = source.files.filter((f) => filter.selected(f.path) || (stats.excluded++, false));
  const perFile = new Map<StagedFile, Finding[]>();
  // HEAD's versions, kept when small enough to hold: compared with findings once all are known.
  const previousBytes = new Map<string, Buffer>();
  const notes: SkipSink = { warnings: [], skipped: [] };
  const absent = new Set<string>();
  const missing = (sha: string, path?: string): void => {
    if (absent.has(sha)) return;
    absent.add(sha);
    noteSkip(notes, 'missing-object', messages.missingObject(sha, path), path);
    stats.unreadable++;
  };
  await streamStaged(source.at, source.reader, selected, async (file, bytes) => {
    let scan;
    try {
      scan = await scanBlob({ path: file.path, bytes }, compiled, ctx.now ?? Date.now());
    } catch (err) {
      throw new ScanError(`could not scan staged ${file.path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    if (!countScan(stats, scan)) return;
    const blob = { path: file.path, bytes };
    perFile.set(file, toFindings(blob, scan.findings, { rules: compiled, filter, ignoredFingerprints: ignore?.fingerprints ?? new Map(), ignorePathOf: (b) => b.path, inlineAllow: opts.inlineAllow }));
  }, (sha, bytes) => {
    if (bytes.length <= PREVIOUS_HELD_BYTES) previousBytes.set(sha, bytes);
  }, missing);
  // Report in the order git listed the files, whatever order the blobs arrived in.
  const findings = groupPerFile(selected.flatMap((file) => (perFile.has(file) ? [perFile.get(file)!] : [])));
  await markAlreadyCommitted(findings, new Map(selected.filter((f) => f.previousSha).map((f) => [f.path, f.previousSha!])), previousBytes, source.at, absent, missing);
  return { findings, stats, ...notes };
}

/** HEAD's versions up to this size are held from the first stream; larger ones are read again if needed. */
const PREVIOUS_HELD_BYTES = 8 * 1024 * 1024;

/** Findings whose value HEAD's version of the file already holds stop blocking, with a note. */
async function markAlreadyCommitted(findings: Finding[], previous: Map<string, string>, held: Map<string, Buffer>, at: GitAt, absent: Set<string>, onMissing: (sha: string) => void): Promise<void> {
  const suspects = findings.filter((f) => f.blocking && !f.ignored && previous.has(f.file));
  if (suspects.length === 0) return;
  const bySha = groupBy(suspects, (f) => previous.get(f.file)!);
  const check = (sha: string, bytes: Buffer): void => {
    // Credentials are ASCII: search the bytes directly (UTF-16 files are decoded first).
    const utf16 = bytes[0] === 0xff || bytes[0] === 0xfe;
    const haystack = utf16 ? Buffer.from(decode(bytes).text, 'utf8') : bytes;
    for (const f of bySha.get(sha)!) {
      if (!haystack.includes(f.secret)) continue;
      f.blocking = false;
      f.status = 'already-committed';
      f.severity = 'medium';
    }
  };
  for (const [sha, bytes] of held) if (bySha.has(sha)) check(sha, bytes);
  // Larger versions are read again; one the repository lacks was reported by the first stream.
  const again = [...bySha.keys()].filter((sha) => !held.has(sha) && !absent.has(sha));
  if (again.length) await streamBlobs(at, again, check, onMissing);
}
