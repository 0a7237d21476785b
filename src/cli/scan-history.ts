/**
 * `--history`: every credential ever committed on all refs (branches, tags, remote-tracking refs,
 * every stash entry), or in a range. Each distinct blob is read once (cost grows with distinct
 * content, not commits × files); commits are looked up only for blobs that hold a finding. The same
 * secret seen in many commits is one finding that lists them.
 */
import { compileRules } from '../detect/compile.js';
import { ScanError } from '../errors.js';
import { gitBytes, type GitAt } from '../git/git.js';
import { dubiousOwnership } from '../git/work-tree.js';
import { streamBlobs } from '../git/blobs.js';
import { blobSightings, reachableBlobs, shallowBoundaryReached, stashCommits, type RevSpec } from '../git/history.js';
import type { RuleSet } from '../rules/types.js';
import { markersOnly, toFindings } from '../scan/engine.js';
import { countScan, emptyStats, type Finding, type ScanResult, type ScanStats } from '../scan/finding.js';
import { groupBy, groupPerFile } from '../scan/group.js';
import { scanBlob } from '../scan/scan-blob.js';
import { noteSkip, type SkipSink } from '../scan/skip.js';
import type { Options } from './args.js';
import { messages } from './messages.js';
import type { RunContext } from './run.js';
import { POOL_MIN_FILES, poolSize, ScanPool } from '../scan/pool.js';
import { sizeYoungGenerations } from '../heap.js';
import { historySuppressions } from './history-suppressions.js';
import { decideSecret, type Sighting, type SightingRules } from '../scan/sightings.js';
import { Lineage } from '../scan/lineage.js';
import { blobIdsAt } from '../git/commit.js';

/** Larger blobs are reported as not scanned (they are almost never source files). */
export const MAX_HISTORY_BLOB_BYTES = 64 * 1024 * 1024;

export async function scanHistory(opts: Options, rules: RuleSet, ctx: RunContext): Promise<ScanResult> {
  sizeYoungGenerations();
  const cwd = ctx.cwd;
  // git finds the repository itself here: --history reads bare and mirror clones, which have no `.git`.
  const at: GitAt = { cwd, env: ctx.env, pin: [] };
  let bare: boolean;
  let shallow: boolean;
  try {
    [bare, shallow] = (await gitBytes(['rev-parse', '--is-bare-repository', '--is-shallow-repository'], cwd, ctx.env)).toString('utf8').split('\n').map((l) => l.trim() === 'true') as [boolean, boolean];
  } catch (err) {
    if (err instanceof ScanError && /not a git repository/i.test(err.message)) throw new ScanError('not inside a git repository: --history scans a repository\'s commits');
    const owner = err instanceof ScanError ? dubiousOwnership(err.message) : null;
    if (owner) throw new ScanError(messages.dubiousOwnership(owner));
    throw err;
  }
  const notes: SkipSink = { warnings: [], skipped: [] };
  const ranged = opts.historyRevs !== undefined;
  // Independent questions, asked at once: each git start costs several milliseconds.
  const [top, stashes, anyRef] = await Promise.all([
    bare ? cwd : gitBytes(['rev-parse', '--show-toplevel'], cwd, ctx.env).then((b) => b.toString('utf8').trim()),
    ranged ? [] : stashCommits(at),
    ranged ? true : gitBytes(['for-each-ref', '--count=1', '--format=%(refname)'], cwd, ctx.env).then((b) => b.length > 0),
  ]);
  // A repository without any ref or stash has no history to read (rev-list --all would be empty anyway).
  if (!ranged && stashes.length === 0 && !anyRef) {
    return { findings: [], stats: emptyStats(), warnings: [messages.history.noCommits], skipped: [] };
  }
  const spec: RevSpec = ranged ? { flags: [...opts.historyRevs!.flags], revs: opts.historyRevs!.revs } : { flags: ['--all'], revs: stashes };
  if (opts.since) spec.flags.push(`--since=${opts.since}`);
  const compiled = compileRules(rules);
  const now = ctx.now ?? Date.now();
  const suppress = await historySuppressions(at, top, bare, opts, compiled, now);
  notes.warnings.push(...suppress.warnings);
  const stats = emptyStats();

  // Worker threads start while git lists the blobs; a small history is scanned in this thread instead.
  const workers = ctx.workerPath ? poolSize(ctx.env, 1) : 0;
  const pool = workers > 0 ? new ScanPool(ctx.workerPath!, workers) : null;
  const [{ blobs: all, missing }, boundary] = await Promise.all([
    reachableBlobs(at, spec),
    shallow ? shallowBoundaryReached(at, spec) : [],
  ]).catch(async (err: unknown) => {
    await pool?.close();
    throw err;
  });
  if (boundary.length) noteSkip(notes, 'shallow', messages.history.shallow(boundary.length));
  // Path rules are not applied here: the same blob may also sit under a path they do not cover, and
  // rev-list names one path per blob. They apply per sighting once findings are attributed.
  const wanted = all.filter((b) => b.size <= MAX_HISTORY_BLOB_BYTES || (noteSkip(notes, 'too-large', messages.history.tooBig(b.path, b.size), b.path), false));
  const pathOf = new Map(wanted.map((b) => [b.sha, b.path]));
  const totalBytes = wanted.reduce((n, b) => n + b.size, 0);
  const progress = ctx.progress ? new Progress(ctx.progress, wanted.length, totalBytes) : null;

  for (const sha of missing) noteSkip(notes, 'missing-object', messages.missingObject(sha));
  stats.unreadable += missing.length;
  const byBlob = new Map<string, Finding[]>();
  // Large histories are scanned in the worker threads while git streams the next blobs.
  const scanner = wanted.length >= POOL_MIN_FILES ? pool : null;
  if (!scanner) await pool?.close();
  // Blob-level findings carry only the inline marker's verdict; everything else is per sighting.
  const blobLevel = markersOnly(compiled, opts.inlineAllow);
  // Versions of a large file are scanned around their changes when the previous one had nothing (lineage.ts).
  const lineage = new Lineage(
    (path, bytes, { assumeEvidence }) => (scanner ? scanner.scan({ path, bytes, now, assumeEvidence }) : scanBlob({ path, bytes }, compiled, now, { assumeEvidence })),
    (bytes) => compiled.evidence.test(bytes.toString('latin1')),
  );
  // Each version's verdict may wait for its predecessor's (lineage.ts); git waits only for the scanners.
  const verdicts: Promise<void>[] = [];
  let failure: unknown = null;
  await streamBlobs(at, wanted.map((b) => b.sha), (sha, bytes) => {
    progress?.tick(bytes.length);
    const path = pathOf.get(sha)!;
    const { result, busy } = lineage.scanVersion(path, bytes);
    verdicts.push(result.then((scan) => {
      if (!countScan(stats, scan)) return;
      if (scan.findings.length) {
        byBlob.set(sha, toFindings({ path, bytes }, scan.findings, blobLevel));
      }
    }).catch((err: unknown) => void (failure ??= err)));
    return busy.then(() => undefined);
  }, (sha) => {
    noteSkip(notes, 'missing-object', messages.missingObject(sha, pathOf.get(sha)), pathOf.get(sha));
    stats.unreadable++;
  }, { maxInFlight: scanner ? 32 * workers : 4, allocate: (size) => lineage.allocate(size) }).finally(() => Promise.all(verdicts).finally(() => scanner?.close()));
  if (failure) throw failure;
  progress?.done();

  // Sorted by file and position, so each file's findings are together.
  const findings = byBlob.size ? groupPerFile(groupBy(await attribute(at, spec, byBlob, pathOf, suppress.resolve, stats), (f) => f.file).values()) : [];
  return { findings, stats, ...notes, ...(suppress.baseFiles ? { baseFiles: suppress.baseFiles } : {}) };
}

/**
 * Folds per-blob findings into one finding per secret, with the commits that carried it. Suppressions
 * are decided per sighting (see scan/sightings.ts).
 */
async function attribute(at: GitAt, spec: RevSpec, byBlob: Map<string, Finding[]>, pathOf: Map<string, string>, rules: (all: Sighting[]) => Promise<SightingRules>, stats: ScanStats): Promise<Finding[]> {
  const seenAt = await blobSightings(at, spec, new Set(byBlob.keys()));
  const atHead = new Set((await blobIdsAt(at, 'HEAD')).values());
  const bySecret = new Map<string, Sighting[]>();
  for (const [blob, list] of byBlob) {
    // A blob git log did not meet (reachable only through a stash's index, say): its listed path.
    const where = seenAt.get(blob) ?? [{ commit: null, path: pathOf.get(blob)!, order: 0 }];
    for (const finding of list) {
      const key = `${finding.ruleId}\0${finding.fingerprint}`;
      const sightings = bySecret.get(key) ?? [];
      for (const w of where) sightings.push({ finding, blob, path: w.path, commit: w.commit, order: w.order });
      bySecret.set(key, sightings);
    }
  }
  const sightingRules = await rules([...bySecret.values()].flat());
  const out: Finding[] = [];
  for (const sightings of bySecret.values()) {
    // Oldest first; commits in the same second keep git log's order (newest first), reversed.
    sightings.sort((a, b) => (a.commit?.date ?? '').localeCompare(b.commit?.date ?? '') || b.order - a.order);
    const decided = decideSecret(sightings, sightingRules);
    if (!decided) {
      stats.excluded++;
      continue;
    }
    const { finding, shown } = decided;
    const commits = [...new Map(sightings.filter((s) => s.commit).map((s) => [s.commit!.hash, { hash: s.commit!.hash, date: s.commit!.date, path: s.path }])).values()];
    out.push({
      ...finding,
      provenance: {
        introduced: shown.commit ? { ...shown.commit, path: shown.path } : null,
        commits,
        presentAtHead: sightings.some((s) => atHead.has(s.blob)),
      },
    });
  }
  return out.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** "objects scanned, MB/s, estimate" on a terminal, at most a few times a second. */
class Progress {
  private readonly start = Date.now();
  private last = 0;
  private objects = 0;
  private bytes = 0;
  constructor(
    private readonly write: (line: string | null) => void,
    private readonly totalObjects: number,
    private readonly totalBytes: number,
  ) {}
  tick(bytes: number): void {
    this.objects++;
    this.bytes += bytes;
    const now = Date.now();
    if (now - this.start < 1000 || now - this.last < 250) return;
    this.last = now;
    const secs = (now - this.start) / 1000;
    const rate = this.bytes / secs;
    const eta = rate > 0 ? Math.max(0, (this.totalBytes - this.bytes) / rate) : 0;
    this.write(messages.history.progress(this.objects, this.totalObjects, rate / 1e6, eta));
  }
  done(): void {
    if (this.last) this.write(null);
  }
}
