import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);
import {
  POOL_MIN_FILES,
  ScanPool,
  poolSize,
  sizeYoungGenerations
} from "./chunk-E655SWLK.js";
import {
  compileRules,
  findWorkTree,
  loadSettings,
  noteSkip,
  scanBlobs
} from "./chunk-G3WCBTID.js";
import "./chunk-5E2CRABT.js";
import "./chunk-NTAU5VCE.js";
import {
  isIgnored,
  listWorkTreeFiles
} from "./chunk-5P43BS47.js";
import {
  pathInside
} from "./chunk-NNIEF7NW.js";
import "./chunk-E2QNPRUU.js";
import {
  ScanError,
  messages
} from "./chunk-OODIIGW4.js";
import "./chunk-IWX5EYN5.js";

// src/cli/scan-tree.ts
import { dirname } from "node:path";

// src/sources/tree.ts
import { constants, lstatSync as lstatSync2, realpathSync } from "node:fs";
import { access, realpath, stat as stat2 } from "node:fs/promises";

// src/sources/walk.ts
import { lstat, lstatSync, readdir, readdirSync, stat, statSync } from "node:fs";
var UTF8 = new TextDecoder("utf-8", { fatal: true });
function nameFromBytes(bytes) {
  try {
    return UTF8.decode(bytes);
  } catch {
    let out = "";
    for (const b of bytes) out += b < 128 ? String.fromCharCode(b) : String.fromCharCode(56320 + b);
    return out;
  }
}
function pathToBytes(path) {
  if (!/[\uDC80-\uDCFF]/.test(path)) return path;
  const parts = [];
  let run = "";
  for (const ch of path) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c >= 56448 && c <= 56575) {
      if (run) parts.push(Buffer.from(run, "utf8"));
      run = "";
      parts.push(Buffer.from([c - 56320]));
    } else run += ch;
  }
  if (run) parts.push(Buffer.from(run, "utf8"));
  return Buffer.concat(parts);
}
function displayName(path) {
  return path.replace(/[\uDC80-\uDCFF]/g, (ch) => `\\x${(ch.charCodeAt(0) - 56320).toString(16).toUpperCase()}`);
}
var FILE = 1;
var DIR = 2;
var LINK = 3;
var OTHER = 4;
var NamedDirent = class {
  name;
  type;
  constructor(d) {
    this.name = nameFromBytes(d.name);
    this.type = d.isFile() ? FILE : d.isDirectory() ? DIR : d.isSymbolicLink() ? LINK : OTHER;
  }
  isFile() {
    return this.type === FILE;
  }
  isDirectory() {
    return this.type === DIR;
  }
  isSymbolicLink() {
    return this.type === LINK;
  }
  isBlockDevice() {
    return false;
  }
  isCharacterDevice() {
    return false;
  }
  isFIFO() {
    return false;
  }
  isSocket() {
    return false;
  }
};
var named = (d) => new NamedDirent(d);
async function walkTree(dir, ignore, onEntry) {
  const { default: fg } = await import("./out-3M7ECX5Y.js");
  const unreadableDirs = [];
  const adapter = {
    readdir: (path, _opts, cb) => readdir(pathToBytes(path), { withFileTypes: true, encoding: "buffer" }, (err, dirents) => {
      if (err) {
        if (err.code !== "ENOENT") unreadableDirs.push({ path: displayName(path), code: err.code ?? err.message });
        return cb(null, []);
      }
      cb(null, dirents.map(named));
    }),
    readdirSync: (path) => readdirSync(pathToBytes(path), { withFileTypes: true, encoding: "buffer" }).map(named),
    lstat: (path, cb) => lstat(pathToBytes(path), cb),
    stat: (path, cb) => stat(pathToBytes(path), cb),
    lstatSync: (path) => lstatSync(pathToBytes(path)),
    statSync: (path) => statSync(pathToBytes(path))
  };
  await new Promise((resolve2, reject) => {
    fg.stream("**/*", { cwd: dir, dot: true, onlyFiles: false, followSymbolicLinks: false, ignore, objectMode: true, suppressErrors: true, unique: false, fs: adapter }).on("data", (e) => {
      if (e.dirent.isDirectory()) return;
      onEntry(e.path, e.dirent.isSymbolicLink() ? "symlink" : e.dirent.isFile() ? "file" : "other");
    }).once("error", (err) => reject(new ScanError(`cannot walk ${dir}: ${err.message}`))).once("end", resolve2);
  });
  return { unreadableDirs };
}

// src/sources/tree.ts
import { isAbsolute, join, relative, resolve, sep } from "node:path";
var DEFAULT_WALK_EXCLUDES = [
  "**/node_modules/**",
  "**/.git/**",
  "**/.hg/**",
  "**/.svn/**",
  "**/bower_components/**",
  "**/.venv/**",
  "**/venv/**",
  "**/__pycache__/**",
  "**/.tox/**",
  "**/.mypy_cache/**",
  "**/.pytest_cache/**",
  "**/.next/cache/**"
];
async function resolveRoots(args, cwd, env, useGit) {
  const roots = [];
  const seen = /* @__PURE__ */ new Set();
  const trees = /* @__PURE__ */ new Map();
  const treeOf = (dir) => {
    if (!trees.has(dir)) trees.set(dir, findWorkTree(dir, env));
    return trees.get(dir);
  };
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    if (seen.has(abs)) continue;
    seen.add(abs);
    let st;
    try {
      st = await stat2(abs);
    } catch (err) {
      const code = err.code;
      throw new ScanError(code === "ENOENT" ? `no such file or directory: ${arg}` : `cannot read ${arg}: ${code ?? err.message}`);
    }
    const isDirectory = st.isDirectory();
    if (!isDirectory && !st.isFile()) throw new ScanError(`not a file or directory: ${arg}`);
    const found = isDirectory && useGit ? await treeOf(abs) : null;
    if (isDirectory) {
      try {
        await access(abs, constants.R_OK | constants.X_OK);
      } catch (err) {
        throw new ScanError(`cannot read directory ${arg}: ${err.code ?? err.message}`);
      }
    }
    roots.push({ arg, abs, isDirectory, git: found === "git-missing" ? null : found, gitMissing: found === "git-missing" });
  }
  return roots;
}
var toSlash = (p) => sep === "\\" ? p.replace(/\\/g, "/") : p;
function displayPath(abs, root, cwd, several) {
  if (!root.isDirectory) return toSlash(several || isAbsolute(root.arg) ? relative(cwd, abs) || root.arg : root.arg);
  return toSlash(relative(several ? cwd : root.abs, abs));
}
async function listTree(roots, cwd, env) {
  const listing = { size: 0, entries: [], warnings: [], skipped: [], symlinksSkipped: 0 };
  const several = roots.length > 1;
  const perRoot = [];
  for (const root of roots) {
    if (!root.isDirectory) {
      perRoot.push({ root, names: [], fromGit: false, rootReal: "" });
      listing.size++;
      continue;
    }
    const rootReal = await realpath(root.abs);
    if (root.git) {
      const names2 = await listWorkTreeFiles(root.abs, root.git.pin, env);
      if (names2.length === 0 && await isIgnored(root.abs, root.git.pin, env)) listing.warnings.push(messages.ignoredRoot(root.arg));
      perRoot.push({ root, names: names2, fromGit: true, rootReal });
      listing.size += names2.length;
      continue;
    }
    const names = [];
    const walked = await walkTree(root.abs, DEFAULT_WALK_EXCLUDES, (name, kind) => {
      if (kind === "file") names.push(name);
      else if (kind === "symlink") skipSymlink(listing, root, join(root.abs, displayName(name)), pathToBytes(join(root.abs, name)), rootReal, cwd, several);
    });
    for (const d of walked.unreadableDirs) noteSkip(listing, "unreadable", messages.unreadableDir(d.path, d.code), d.path);
    perRoot.push({ root, names, fromGit: false, rootReal });
    listing.size += names.length;
  }
  listing.entries = { [Symbol.iterator]: () => treeEntries(perRoot, listing, cwd, several) };
  return listing;
}
function* treeEntries(perRoot, listing, cwd, several) {
  const listed = several ? /* @__PURE__ */ new Set() : null;
  const fresh = (absText) => {
    if (!listed) return true;
    if (listed.has(absText)) return false;
    listed.add(absText);
    return true;
  };
  for (const { root, names, fromGit, rootReal } of perRoot) {
    if (!root.isDirectory) {
      if (fresh(root.abs)) yield { path: displayPath(root.abs, root, cwd, several), fsPath: root.abs, absText: root.abs, root, explicit: true };
      continue;
    }
    for (const rel of names) {
      const name = typeof rel === "string" ? rel : nameFromBytes(rel);
      const relText = displayName(name);
      const absText = join(root.abs, relText);
      const fsPath = relText === name ? absText : pathToBytes(join(root.abs, name));
      if (fromGit) {
        let kind;
        try {
          const st = lstatSync2(fsPath);
          kind = st.isSymbolicLink() ? "symlink" : st.isFile() ? "file" : "other";
        } catch (err) {
          const code = err.code;
          if (code !== "ENOENT") noteSkip(listing, "unreadable", messages.unreadable(relText, code ?? "error"), relText);
          continue;
        }
        if (kind === "symlink") skipSymlink(listing, root, absText, fsPath, rootReal, cwd, several);
        if (kind !== "file") continue;
      }
      if (fresh(absText)) yield { path: displayPath(absText, root, cwd, several), fsPath, absText, root, explicit: false };
    }
  }
}
function skipSymlink(listing, root, absText, fsPath, rootReal, cwd, several) {
  if (symlinkVerdict(fsPath, rootReal) === "broken") listing.warnings.push(`broken symlink: ${toSlash(relative(several ? cwd : root.abs, absText))}`);
  listing.symlinksSkipped++;
}
function symlinkVerdict(fsPath, rootReal) {
  try {
    const target = realpathSync(fsPath);
    return target === rootReal || target.startsWith(rootReal + sep) ? "inside" : "outside";
  } catch {
    return "broken";
  }
}

// src/cli/scan-tree.ts
async function scanTree(opts, rules, ctx) {
  sizeYoungGenerations();
  const roots = await resolveRoots(opts.paths, ctx.cwd, ctx.env, opts.git);
  const first = roots[0];
  const fileTree = !first.isDirectory && opts.git ? await findWorkTree(dirname(first.abs), ctx.env) : null;
  const base = first.git?.top ?? (fileTree && fileTree !== "git-missing" ? fileTree.top : null) ?? (first.isDirectory ? first.abs : ctx.cwd);
  const { ignore, filter } = await loadSettings(base, opts, ctx.cwd);
  const listing = await listTree(roots, ctx.cwd, ctx.env);
  const workers = poolSize(ctx.env);
  const pool = listing.size >= POOL_MIN_FILES && ctx.workerPath && workers > 0 ? new ScanPool(ctx.workerPath, workers) : void 0;
  const result = await scanBlobs(listing.entries, {
    ...pool ? { pool, concurrency: 64 * workers } : {},
    rules: compileRules(rules),
    now: ctx.now ?? Date.now(),
    filter,
    ignoredFingerprints: ignore?.fingerprints ?? /* @__PURE__ */ new Map(),
    inlineAllow: opts.inlineAllow,
    ignorePathOf: (blob) => pathInside(base, blob.absText)
  });
  await pool?.close();
  result.stats.symlinksSkipped += listing.symlinksSkipped;
  result.warnings = [...listing.warnings, ...result.warnings];
  result.skipped = [...listing.skipped, ...result.skipped];
  result.stats.unreadable += listing.skipped.length;
  if (roots.some((r) => r.gitMissing)) result.warnings.unshift(messages.noGit);
  result.findings.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column);
  return result;
}
export {
  scanTree
};
