import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);
import {
  POOL_MIN_FILES,
  ScanPool,
  poolSize,
  sizeYoungGenerations
} from "./chunk-D5KZQZD6.js";
import {
  streamBlobs
} from "./chunk-ENBX6MNT.js";
import {
  IGNORE_FILE_NAME,
  compileRules,
  countScan,
  emptyStats,
  groupBy,
  groupPerFile,
  loadSettings,
  scanBlob,
  toFindings
} from "./chunk-AIGTKQIG.js";
import {
  messages
} from "./chunk-DOYV6BU3.js";
import {
  gitBytes,
  splitNul
} from "./chunk-4PGTO2JN.js";
import {
  ScanError
} from "./chunk-F424BKOT.js";
import "./chunk-IWX5EYN5.js";

// src/git/history.ts
var revArgs = (r) => [...r.flags, "--end-of-options", ...r.revs, "--"];
async function stashCommits(at) {
  try {
    const out = (await gitBytes([...at.pin, "reflog", "show", "--format=%H", "refs/stash", "--"], at.cwd, at.env)).toString("utf8");
    return out.split("\n").filter((l) => /^[0-9a-f]{40,64}$/.test(l));
  } catch {
    return [];
  }
}
async function reachableBlobs(at, spec) {
  const listing = await gitBytes([...at.pin, "rev-list", "--objects", "--missing=print", "--filter=object:type=blob", ...revArgs(spec)], at.cwd, at.env);
  const paths = /* @__PURE__ */ new Map();
  const missing = [];
  let last = null;
  for (const line of listing.toString("utf8").split("\n")) {
    const m = /^([0-9a-f]{40,64})(?: (.*))?$/.exec(line);
    if (line.startsWith("?")) {
      missing.push(line.slice(1));
      last = null;
    } else if (m) {
      last = m[2] !== void 0 ? m[1] : null;
      if (last && !paths.has(last)) paths.set(last, m[2]);
    } else if (last && line) {
      paths.set(last, `${paths.get(last)}
${line}`);
    }
  }
  const sizes = await batchCheck(at, [...paths.keys()]);
  return { blobs: [...paths].map(([sha, path]) => ({ sha, path, size: sizes.get(sha) ?? 0 })), missing };
}
async function batchCheck(at, shas) {
  const sizes = /* @__PURE__ */ new Map();
  if (shas.length === 0) return sizes;
  const out = await gitBytes([...at.pin, "cat-file", "--batch-check=%(objectname) %(objecttype) %(objectsize)"], at.cwd, at.env, shas.join("\n") + "\n");
  for (const line of out.toString("latin1").split("\n")) {
    const [sha, type, size] = line.split(" ");
    if (type === "blob") sizes.set(sha, Number(size));
  }
  return sizes;
}
async function blobSightings(at, spec, blobs) {
  const out = await gitBytes(
    [...at.pin, "log", "--raw", "-z", "--no-abbrev", "--no-renames", "--no-ext-diff", "--no-textconv", "--diff-merges=first-parent", "--format=%x01%H%x00%an <%ae>%x00%aI%x00%s", ...revArgs(spec)],
    at.cwd,
    at.env
  );
  const seen = /* @__PURE__ */ new Map();
  let order = 0;
  for (const record of out.toString("utf8").split("").slice(1)) {
    const fields = splitNul(Buffer.from(record, "utf8")).map((b) => b.toString("utf8"));
    const [hash, author, date, subjectAndRest] = fields;
    if (!hash) continue;
    const commit = { hash, author: author ?? "", date: date ?? "", subject: (subjectAndRest ?? "").split("\n")[0] };
    order++;
    for (let i = 4; i < fields.length; i++) {
      const meta = /^\n?:(\d+) (\d+) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])/.exec(fields[i]);
      if (!meta) continue;
      const path = fields[i + 1] ?? "";
      i++;
      const newSha = meta[4];
      if (meta[5] !== "D" && blobs.has(newSha)) {
        const list = seen.get(newSha) ?? [];
        list.push({ commit, path, order });
        seen.set(newSha, list);
      }
    }
  }
  return seen;
}
async function headBlobs(at) {
  try {
    const out = await gitBytes([...at.pin, "ls-tree", "-r", "-z", "--full-tree", "HEAD"], at.cwd, at.env);
    const set = /* @__PURE__ */ new Set();
    for (const entry of splitNul(out)) {
      const m = /^\d+ blob ([0-9a-f]+)\t/.exec(entry.toString("latin1"));
      if (m) set.add(m[1]);
    }
    return set;
  } catch {
    return /* @__PURE__ */ new Set();
  }
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
    throw err;
  }
  const warnings = [];
  if (shallow) warnings.push(messages.history.shallow);
  const ranged = opts.historyRevs !== void 0;
  const [top, stashes, anyRef] = await Promise.all([
    bare ? cwd : gitBytes(["rev-parse", "--show-toplevel"], cwd, ctx.env).then((b) => b.toString("utf8").trim()),
    ranged ? [] : stashCommits(at),
    ranged ? true : gitBytes(["for-each-ref", "--count=1", "--format=%(refname)"], cwd, ctx.env).then((b) => b.length > 0)
  ]);
  if (!ranged && stashes.length === 0 && !anyRef) {
    return { findings: [], stats: emptyStats(), warnings: [...warnings, messages.history.noCommits] };
  }
  const spec = ranged ? { flags: [...opts.historyRevs.flags], revs: opts.historyRevs.revs } : { flags: ["--all"], revs: stashes };
  if (opts.since) spec.flags.push(`--since=${opts.since}`);
  const ignoreText = bare ? await gitBytes(["cat-file", "blob", `HEAD:${IGNORE_FILE_NAME}`], cwd, ctx.env).then((b) => b.toString("utf8")).catch(() => null) : void 0;
  const { ignore, filter } = await loadSettings(top, opts, cwd, ignoreText);
  const compiled = compileRules(rules);
  const stats = emptyStats();
  const workers = ctx.workerPath ? poolSize(ctx.env) : 0;
  const pool = workers > 0 ? new ScanPool(ctx.workerPath, workers) : null;
  const { blobs: all, missing } = await reachableBlobs(at, spec).catch(async (err) => {
    await pool?.close();
    throw err;
  });
  const wanted = all.filter((b) => {
    if (!filter.selected(b.path)) return stats.excluded++, false;
    if (b.size > MAX_HISTORY_BLOB_BYTES) return warnings.push(messages.history.tooBig(b.path, b.size)), false;
    return true;
  });
  const pathOf = new Map(wanted.map((b) => [b.sha, b.path]));
  const totalBytes = wanted.reduce((n, b) => n + b.size, 0);
  const progress = ctx.progress ? new Progress(ctx.progress, wanted.length, totalBytes) : null;
  for (const sha of missing) warnings.push(messages.missingObject(sha));
  stats.unreadable += missing.length;
  const byBlob = /* @__PURE__ */ new Map();
  const scanner = wanted.length >= POOL_MIN_FILES ? pool : null;
  if (!scanner) await pool?.close();
  const now = ctx.now ?? Date.now();
  await streamBlobs(at, wanted.map((b) => b.sha), (sha, bytes) => {
    progress?.tick(bytes.length);
    const path = pathOf.get(sha);
    return (scanner ? scanner.scan({ path, bytes, now }) : scanBlob({ path, bytes }, compiled, now)).then((scan) => {
      if (!countScan(stats, scan)) return;
      if (scan.findings.length) {
        byBlob.set(sha, toFindings({ path, bytes }, scan.findings, { rules: compiled, filter, ignoredFingerprints: ignore?.fingerprints ?? /* @__PURE__ */ new Map(), ignorePathOf: (b) => b.path }));
      }
    });
  }, (sha) => {
    warnings.push(messages.missingObject(sha, pathOf.get(sha)));
    stats.unreadable++;
  }, scanner ? 32 * workers : 4).finally(() => scanner?.close());
  progress?.done();
  const findings = byBlob.size ? groupPerFile(groupBy(await attribute(at, spec, byBlob), (f) => f.file).values()) : [];
  return { findings, stats, warnings };
}
async function attribute(at, spec, byBlob) {
  const sightings = await blobSightings(at, spec, new Set(byBlob.keys()));
  const atHead = await headBlobs(at);
  const bySecret = /* @__PURE__ */ new Map();
  for (const [sha, list] of byBlob) {
    for (const f of list) {
      const key = `${f.ruleId}\0${f.fingerprint}`;
      const entry = bySecret.get(key) ?? { first: f, blobs: /* @__PURE__ */ new Set(), seen: [] };
      entry.blobs.add(sha);
      for (const s of sightings.get(sha) ?? []) entry.seen.push({ ...s, blob: sha, line: f.line, column: f.column });
      bySecret.set(key, entry);
    }
  }
  const out = [];
  for (const { first, blobs, seen } of bySecret.values()) {
    seen.sort((a, b) => a.commit.date.localeCompare(b.commit.date) || b.order - a.order);
    const intro = seen[0];
    const commits = [...new Map(seen.map((s) => [s.commit.hash, { hash: s.commit.hash, date: s.commit.date, path: s.path }])).values()];
    out.push({
      ...first,
      file: intro?.path ?? first.file,
      line: intro?.line ?? first.line,
      column: intro?.column ?? first.column,
      provenance: {
        introduced: intro ? { ...intro.commit, path: intro.path } : null,
        commits,
        presentAtHead: [...blobs].some((b) => atHead.has(b))
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
