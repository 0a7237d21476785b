import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);
import {
  POOL_MIN_FILES,
  ScanPool,
  poolSize,
  sizeYoungGenerations
} from "./chunk-E655SWLK.js";
import {
  streamBlobs
} from "./chunk-EPCHNHVL.js";
import {
  SIZES,
  compileRules,
  countScan,
  dubiousOwnership,
  emptyStats,
  loadSettings,
  markersOnly,
  noteSkip,
  scanBlob,
  settingsFiles,
  toFindings
} from "./chunk-G3WCBTID.js";
import {
  IGNORE_FILE_NAME,
  byFingerprint,
  byPath
} from "./chunk-5E2CRABT.js";
import {
  blobIdsAt,
  blobSightings,
  commitFiles,
  reachableBlobs,
  shallowBoundaryReached,
  stashCommits
} from "./chunk-QIRQTBBT.js";
import "./chunk-NTAU5VCE.js";
import {
  gitBytes
} from "./chunk-5P43BS47.js";
import {
  workTreeFiles
} from "./chunk-NNIEF7NW.js";
import {
  groupBy,
  groupPerFile,
  isBinary
} from "./chunk-E2QNPRUU.js";
import {
  ScanError,
  messages
} from "./chunk-OODIIGW4.js";
import "./chunk-IWX5EYN5.js";

// src/cli/history-suppressions.ts
import { relative } from "node:path";

// src/scan/sightings.ts
var isMarker = (f) => f.ignored?.kind === "inline-marker";
function verdict(s, settings, markerHonoured) {
  if (isMarker(s.finding) && markerHonoured) return s.finding.ignored;
  const fp = settings.ignore?.fingerprints.get(s.finding.fingerprint);
  if (fp) return byFingerprint(fp);
  if (!settings.filter.selected(s.path)) return "excluded";
  const glob = settings.filter.ignoredBy(s.path);
  if (glob) return byPath(glob);
  return null;
}
function changeOnly(s, rules) {
  if (isMarker(s.finding)) return s.finding.ignored.by;
  const v = verdict(s, rules.head, false);
  if (v === null) return null;
  return v === "excluded" ? rules.configName : IGNORE_FILE_NAME;
}
function decideSecret(sightings, rules) {
  const judged = sightings.map((s) => {
    const honoured = !rules.range || rules.range.baseMarked(s.path)?.has(s.finding.fingerprint) === true;
    return { s, v: verdict(s, rules.settings, honoured) };
  });
  const open = judged.filter((j) => j.v === null).map((j) => j.s);
  if (open.length === 0) {
    const first = judged.find((j) => j.v !== "excluded");
    if (!first) return null;
    return { finding: { ...first.s.finding, file: first.s.path, ignored: first.v }, shown: first.s };
  }
  const shown = open[0];
  const { ignored: _marker, ...finding } = shown.finding;
  const result = { ...finding, file: shown.path };
  const range = rules.range;
  if (range) {
    const reasons = open.map((s) => changeOnly(s, range));
    if (reasons.every((r) => r !== null)) result.suppressedOnlyByRange = { by: reasons[0] };
  }
  return { finding: result, shown };
}

// src/cli/history-suppressions.ts
async function historySuppressions(at, top, bare, opts, compiled, now) {
  if (opts.suppressionBase === void 0) {
    const settings2 = await loadSettings(top, opts, at.cwd, bare ? commitFiles(at, "HEAD", top) : workTreeFiles);
    return { resolve: async () => ({ settings: settings2 }), warnings: [] };
  }
  const base = opts.suppressionBase;
  const baseFiles = commitFiles(at, base, top);
  const settings = await loadSettings(top, opts, at.cwd, baseFiles, false);
  const head = await loadSettings(top, opts, at.cwd, workTreeFiles);
  const files = settingsFiles(top, opts, at.cwd);
  const warnings = await changedFiles([files.ignore, files.config], top, base, baseFiles);
  const configName = relative(top, files.config).split("\\").join("/");
  return {
    warnings,
    baseFiles,
    async resolve(all) {
      const paths = [...new Set(all.filter((s) => isMarker(s.finding)).map((s) => s.path))];
      const marked = base && paths.length ? await markedAt(at, base, paths, compiled, now) : /* @__PURE__ */ new Map();
      return { settings, range: { head, configName, baseMarked: (path) => marked.get(path) } };
    }
  };
}
async function changedFiles(paths, top, base, baseFiles) {
  const out = [];
  for (const path of paths) {
    const [before, after] = await Promise.all([baseFiles.read(path), workTreeFiles.read(path)]);
    if (before !== after) out.push(messages.range.changedFile(relative(top, path).split("\\").join("/"), base));
  }
  return out;
}
async function markedAt(at, base, paths, compiled, now) {
  const ids = await blobIdsAt(at, base, paths);
  const pathsOf = /* @__PURE__ */ new Map();
  for (const [path, sha] of ids) pathsOf.set(sha, [...pathsOf.get(sha) ?? [], path]);
  const marked = /* @__PURE__ */ new Map();
  const opts = markersOnly(compiled, true);
  await streamBlobs(at, [...pathsOf.keys()], async (sha, bytes) => {
    const scan = await scanBlob({ path: pathsOf.get(sha)[0], bytes }, compiled, now);
    if (scan.kind !== "scanned") return;
    const fps = new Set(toFindings({ path: "", bytes }, scan.findings, opts).filter(isMarker).map((f) => f.fingerprint));
    for (const path of pathsOf.get(sha)) marked.set(path, fps);
  }, () => void 0);
  return marked;
}

// src/scan/lineage.ts
var MARGIN = SIZES.overlapBytes / 2;
function changedRanges(prev, cur) {
  const n = cur.length;
  const m = prev.length;
  const same = (c2, p2, k) => cur.compare(prev, p2, p2 + k, c2, c2 + k) === 0;
  const forward = (c2, p2) => commonRun(Math.min(n - c2, m - p2), (len, k) => same(c2 + len, p2 + len, k));
  const backward = (c2, p2, limit) => commonRun(Math.min(limit, c2, p2), (len, k) => same(c2 - len - k, p2 - len - k, k));
  const ranges = [];
  let work = 0;
  let c = 0;
  let p = 0;
  while (c < n) {
    const run = forward(c, p);
    c += run;
    p += run;
    if (c >= n) break;
    let found = -1;
    let a = c;
    search: while (a < n) {
      const nl = cur.indexOf(10, a + 1);
      if (nl < 0) break;
      a = nl + 1;
      while (a < n && (cur[a] === 32 || cur[a] === 9)) a++;
      if (a + ANCHOR > n) break;
      const from = Math.max(0, p - REACH);
      const window = prev.subarray(from, Math.min(m, p + (a - c) + REACH));
      const anchor = cur.subarray(a, a + ANCHOR);
      for (let at = window.indexOf(anchor), tries = 0; at >= 0 && tries < 4; at = window.indexOf(anchor, at + 1), tries++) {
        work += at + ANCHOR;
        if (forward(a, from + at) >= MIN_RUN) {
          found = from + at;
          break search;
        }
      }
      work += window.length;
      if (work > 32 * n) return null;
      a += STEP;
    }
    if (found < 0) {
      ranges.push([c, n]);
      break;
    }
    ranges.push([c, a - backward(a, found, a - c)]);
    c = a;
    p = found;
  }
  return ranges;
}
function commonRun(max, same) {
  let len = 0;
  for (let block = 1024; len < max; block = Math.min(block * 2, 1 << 20)) {
    const k = Math.min(block, max - len);
    if (same(len, k)) {
      len += k;
      continue;
    }
    let lo = 0;
    let hi = k;
    while (hi - lo > 1) {
      const mid = lo + hi >> 1;
      if (same(len, mid)) lo = mid;
      else hi = mid;
    }
    return len + lo;
  }
  return len;
}
var ANCHOR = 32;
var MIN_RUN = 512;
var STEP = 256;
var REACH = 64 * 1024;
function rescanRegions(cur, ranges) {
  const regions = [];
  for (const [start, end] of ranges) {
    let from = Math.max(0, start - MARGIN);
    const before = Math.max(0, from - MARGIN);
    const nl = cur.subarray(before, from).lastIndexOf(10);
    if (nl >= 0) from = before + nl + 1;
    else if (before === 0) from = 0;
    const to = Math.min(cur.length, end + MARGIN);
    const last = regions[regions.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else regions.push([from, to]);
  }
  return regions;
}
var Lineage = class {
  constructor(scan, evidenceIn) {
    this.scan = scan;
    this.evidenceIn = evidenceIn;
  }
  scan;
  evidenceIn;
  kept = /* @__PURE__ */ new Map();
  keptBytes = 0;
  waitingBytes = 0;
  /** Memory of versions no longer needed, for the next large blobs (allocate). */
  spare = [];
  spareBytes = 0;
  /** Versions proven clean around their changes, the bytes that took, and versions scanned in full. */
  counts = { incremental: 0, regionBytes: 0, full: 0 };
  /**
   * Scans `bytes` (a version of `path`), only around its changes when that proves it clean. The
   * changes are found and their regions scanned at once; the verdict waits for the previous
   * version's. A large version is kept for the next one, so a full scan of it gets a copy (the pool
   * moves what it scans).
   */
  scanVersion(path, bytes) {
    if (!eligible(bytes)) {
      const result = this.scan(path, bytes, {});
      return { result, busy: result };
    }
    const previous = this.kept.get(path);
    const plan = previous && this.waitingBytes + bytes.length <= WAIT_BYTES ? regionsToScan(previous.bytes, bytes) : null;
    let scan;
    if (!plan) {
      const result = this.full(path, bytes);
      scan = { result, busy: result };
    } else {
      this.waitingBytes += bytes.length;
      const regions = Promise.all(plan.map(([from, to]) => this.scan(path, Buffer.from(bytes.subarray(from, to)), { assumeEvidence: true })));
      const result = Promise.all([previous.outcome, regions]).then(([before, scans]) => this.verdict(path, bytes, plan, before, scans)).finally(() => this.waitingBytes -= bytes.length);
      scan = { result, busy: regions };
    }
    const entry = { bytes, outcome: scan.result.then(outcomeOf, () => null), settled: false, dropped: false };
    void entry.outcome.then(() => {
      entry.settled = true;
      this.recycle(entry);
    });
    this.keep(path, entry);
    return scan;
  }
  /**
   * Memory for an incoming blob of `size` bytes, from a version no longer needed, or null. Large
   * versions would otherwise each be a fresh allocation that, kept a while, lingers until V8's next
   * full collection: 45-75 MB of the peak on a history of bundled SDKs, measured.
   */
  allocate(size) {
    if (size <= SIZES.wholeLimit) return null;
    const at = this.spare.findIndex((ab2) => ab2.byteLength >= size && ab2.byteLength - size <= size >> 2);
    if (at < 0) return null;
    const [ab] = this.spare.splice(at, 1);
    this.spareBytes -= ab.byteLength;
    return Buffer.from(ab, 0, size);
  }
  recycle(entry) {
    if (!entry.settled || !entry.dropped || entry.bytes.byteOffset !== 0) return;
    const ab = entry.bytes.buffer;
    entry.dropped = false;
    this.spare.push(ab);
    this.spareBytes += ab.byteLength;
    while (this.spareBytes > SPARE_BYTES) this.spareBytes -= this.spare.shift().byteLength;
  }
  full(path, bytes) {
    this.counts.full++;
    return this.scan(path, Buffer.from(bytes), {});
  }
  verdict(path, cur, regions, before, scans) {
    if (!before?.clean) return this.full(path, cur);
    if (scans.some((s) => s.kind !== "scanned" || s.findings.length > 0 || s.knownExamples > 0)) return this.full(path, cur);
    if (before.lackedEvidence && regions.some(([from, to]) => this.evidenceIn(cur.subarray(from, to)))) return this.full(path, cur);
    this.counts.incremental++;
    this.counts.regionBytes += regions.reduce((sum, [from, to]) => sum + to - from, 0);
    return { kind: "scanned", size: cur.length, findings: [], knownExamples: 0, ...before.lackedEvidence ? { evidence: false } : {} };
  }
  keep(path, entry) {
    const old = this.kept.get(path);
    if (old) this.drop(path, old);
    this.kept.set(path, entry);
    this.keptBytes += entry.bytes.length;
    for (const [oldest, e] of this.kept) {
      if (this.keptBytes <= KEEP_BYTES || oldest === path) break;
      this.drop(oldest, e);
    }
  }
  drop(path, entry) {
    this.kept.delete(path);
    this.keptBytes -= entry.bytes.length;
    entry.dropped = true;
    this.recycle(entry);
  }
};
function regionsToScan(prev, cur) {
  const ranges = changedRanges(prev, cur);
  if (!ranges) return null;
  const regions = rescanRegions(cur, ranges);
  return regions.reduce((sum, [from, to]) => sum + to - from, 0) > cur.length / 2 ? null : regions;
}
var KEEP_BYTES = 32 * 1024 * 1024;
var WAIT_BYTES = 16 * 1024 * 1024;
var SPARE_BYTES = 32 * 1024 * 1024;
function eligible(bytes) {
  if (bytes.length <= SIZES.wholeLimit) return false;
  const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 || bytes[0] === 255 || bytes[0] === 254;
  return !bom && !isBinary(bytes);
}
function outcomeOf(scan) {
  if (scan.kind !== "scanned") return null;
  return { clean: scan.findings.length === 0 && scan.knownExamples === 0, lackedEvidence: scan.evidence === false };
}

// src/cli/scan-history.ts
var MAX_HISTORY_BLOB_BYTES = 64 * 1024 * 1024;
async function scanHistory(opts, rules, ctx) {
  sizeYoungGenerations();
  const cwd = ctx.cwd;
  const at = { cwd, env: ctx.env, pin: [] };
  let bare;
  let shallow;
  try {
    [bare, shallow] = (await gitBytes(["rev-parse", "--is-bare-repository", "--is-shallow-repository"], cwd, ctx.env)).toString("utf8").split("\n").map((l) => l.trim() === "true");
  } catch (err) {
    if (err instanceof ScanError && /not a git repository/i.test(err.message)) throw new ScanError("not inside a git repository: --history scans a repository's commits");
    const owner = err instanceof ScanError ? dubiousOwnership(err.message) : null;
    if (owner) throw new ScanError(messages.dubiousOwnership(owner));
    throw err;
  }
  const notes = { warnings: [], skipped: [] };
  const ranged = opts.historyRevs !== void 0;
  const [top, stashes, anyRef] = await Promise.all([
    bare ? cwd : gitBytes(["rev-parse", "--show-toplevel"], cwd, ctx.env).then((b) => b.toString("utf8").trim()),
    ranged ? [] : stashCommits(at),
    ranged ? true : gitBytes(["for-each-ref", "--count=1", "--format=%(refname)"], cwd, ctx.env).then((b) => b.length > 0)
  ]);
  if (!ranged && stashes.length === 0 && !anyRef) {
    return { findings: [], stats: emptyStats(), warnings: [messages.history.noCommits], skipped: [] };
  }
  const spec = ranged ? { flags: [...opts.historyRevs.flags], revs: opts.historyRevs.revs } : { flags: ["--all"], revs: stashes };
  if (opts.since) spec.flags.push(`--since=${opts.since}`);
  const compiled = compileRules(rules);
  const now = ctx.now ?? Date.now();
  const suppress = await historySuppressions(at, top, bare, opts, compiled, now);
  notes.warnings.push(...suppress.warnings);
  const stats = emptyStats();
  const workers = ctx.workerPath ? poolSize(ctx.env, 1) : 0;
  const pool = workers > 0 ? new ScanPool(ctx.workerPath, workers) : null;
  const [{ blobs: all, missing }, boundary] = await Promise.all([
    reachableBlobs(at, spec),
    shallow ? shallowBoundaryReached(at, spec) : []
  ]).catch(async (err) => {
    await pool?.close();
    throw err;
  });
  if (boundary.length) noteSkip(notes, "shallow", messages.history.shallow(boundary.length));
  const wanted = all.filter((b) => b.size <= MAX_HISTORY_BLOB_BYTES || (noteSkip(notes, "too-large", messages.history.tooBig(b.path, b.size), b.path), false));
  const pathOf = new Map(wanted.map((b) => [b.sha, b.path]));
  const totalBytes = wanted.reduce((n, b) => n + b.size, 0);
  const progress = ctx.progress ? new Progress(ctx.progress, wanted.length, totalBytes) : null;
  for (const sha of missing) noteSkip(notes, "missing-object", messages.missingObject(sha));
  stats.unreadable += missing.length;
  const byBlob = /* @__PURE__ */ new Map();
  const scanner = wanted.length >= POOL_MIN_FILES ? pool : null;
  if (!scanner) await pool?.close();
  const blobLevel = markersOnly(compiled, opts.inlineAllow);
  const lineage = new Lineage(
    (path, bytes, { assumeEvidence }) => scanner ? scanner.scan({ path, bytes, now, assumeEvidence }) : scanBlob({ path, bytes }, compiled, now, { assumeEvidence }),
    (bytes) => compiled.evidence.test(bytes.toString("latin1"))
  );
  const verdicts = [];
  let failure = null;
  await streamBlobs(at, wanted.map((b) => b.sha), (sha, bytes) => {
    progress?.tick(bytes.length);
    const path = pathOf.get(sha);
    const { result, busy } = lineage.scanVersion(path, bytes);
    verdicts.push(result.then((scan) => {
      if (!countScan(stats, scan)) return;
      if (scan.findings.length) {
        byBlob.set(sha, toFindings({ path, bytes }, scan.findings, blobLevel));
      }
    }).catch((err) => void (failure ??= err)));
    return busy.then(() => void 0);
  }, (sha) => {
    noteSkip(notes, "missing-object", messages.missingObject(sha, pathOf.get(sha)), pathOf.get(sha));
    stats.unreadable++;
  }, { maxInFlight: scanner ? 32 * workers : 4, allocate: (size) => lineage.allocate(size) }).finally(() => Promise.all(verdicts).finally(() => scanner?.close()));
  if (failure) throw failure;
  progress?.done();
  const findings = byBlob.size ? groupPerFile(groupBy(await attribute(at, spec, byBlob, pathOf, suppress.resolve, stats), (f) => f.file).values()) : [];
  return { findings, stats, ...notes, ...suppress.baseFiles ? { baseFiles: suppress.baseFiles } : {} };
}
async function attribute(at, spec, byBlob, pathOf, rules, stats) {
  const seenAt = await blobSightings(at, spec, new Set(byBlob.keys()));
  const atHead = new Set((await blobIdsAt(at, "HEAD")).values());
  const bySecret = /* @__PURE__ */ new Map();
  for (const [blob, list] of byBlob) {
    const where = seenAt.get(blob) ?? [{ commit: null, path: pathOf.get(blob), order: 0 }];
    for (const finding of list) {
      const key = `${finding.ruleId}\0${finding.fingerprint}`;
      const sightings = bySecret.get(key) ?? [];
      for (const w of where) sightings.push({ finding, blob, path: w.path, commit: w.commit, order: w.order });
      bySecret.set(key, sightings);
    }
  }
  const sightingRules = await rules([...bySecret.values()].flat());
  const out = [];
  for (const sightings of bySecret.values()) {
    sightings.sort((a, b) => (a.commit?.date ?? "").localeCompare(b.commit?.date ?? "") || b.order - a.order);
    const decided = decideSecret(sightings, sightingRules);
    if (!decided) {
      stats.excluded++;
      continue;
    }
    const { finding, shown } = decided;
    const commits = [...new Map(sightings.filter((s) => s.commit).map((s) => [s.commit.hash, { hash: s.commit.hash, date: s.commit.date, path: s.path }])).values()];
    out.push({
      ...finding,
      provenance: {
        introduced: shown.commit ? { ...shown.commit, path: shown.path } : null,
        commits,
        presentAtHead: sightings.some((s) => atHead.has(s.blob))
      }
    });
  }
  return out.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
var Progress = class {
  constructor(write, totalObjects, totalBytes) {
    this.write = write;
    this.totalObjects = totalObjects;
    this.totalBytes = totalBytes;
  }
  write;
  totalObjects;
  totalBytes;
  start = Date.now();
  last = 0;
  objects = 0;
  bytes = 0;
  tick(bytes) {
    this.objects++;
    this.bytes += bytes;
    const now = Date.now();
    if (now - this.start < 1e3 || now - this.last < 250) return;
    this.last = now;
    const secs = (now - this.start) / 1e3;
    const rate = this.bytes / secs;
    const eta = rate > 0 ? Math.max(0, (this.totalBytes - this.bytes) / rate) : 0;
    this.write(messages.history.progress(this.objects, this.totalObjects, rate / 1e6, eta));
  }
  done() {
    if (this.last) this.write(null);
  }
};
export {
  MAX_HISTORY_BLOB_BYTES,
  scanHistory
};
