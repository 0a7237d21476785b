import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);
import {
  gitBytes,
  gitRun,
  splitNul
} from "./chunk-5P43BS47.js";
import {
  pathInside,
  workTreeFiles
} from "./chunk-NNIEF7NW.js";

// src/git/history.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
var revArgs = (r) => [...r.flags, "--end-of-options", ...r.revs, "--"];
async function stashCommits(at) {
  try {
    const out = (await gitBytes([...at.pin, "reflog", "show", "--format=%H", "refs/stash", "--"], at.cwd, at.env)).toString("utf8");
    return out.split("\n").filter((l) => /^[0-9a-f]{40,64}$/.test(l));
  } catch {
    return [];
  }
}
async function shallowBoundaryReached(at, spec) {
  const file = (await gitBytes([...at.pin, "rev-parse", "--git-path", "shallow"], at.cwd, at.env)).toString("utf8").replace(/\n$/, "");
  let listed;
  try {
    listed = readFileSync(resolve(at.cwd, file), "utf8");
  } catch {
    return [];
  }
  const boundary = new Set(listed.split("\n").filter((l) => /^[0-9a-f]{40,64}$/.test(l)));
  if (boundary.size === 0) return [];
  const commits = await gitBytes([...at.pin, "rev-list", ...revArgs(spec)], at.cwd, at.env);
  return commits.toString("latin1").split("\n").filter((c) => boundary.has(c));
}
async function reachableBlobs(at, spec) {
  const listing = await gitBytes([...at.pin, "rev-list", "--objects", "--missing=print", "--filter=object:type=blob", ...revArgs(spec)], at.cwd, at.env);
  const paths = /* @__PURE__ */ new Map();
  const missing = [];
  for (const line of listing.toString("utf8").split("\n")) {
    const m = /^([0-9a-f]{40,64})(?: (.*))?$/.exec(line);
    if (line.startsWith("?")) {
      missing.push(line.slice(1));
    } else if (m && m[2] !== void 0 && !paths.has(m[1])) {
      paths.set(m[1], m[2]);
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
var RAW_META = /^:(\d+) (\d+) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/;
function nulFields(buf) {
  const text = buf.toString("utf8");
  const fields = text.split("\0");
  if (fields[fields.length - 1] === "") fields.pop();
  return fields;
}
async function blobSightings(at, spec, blobs) {
  const out = await gitBytes(
    [...at.pin, "log", "--raw", "-z", "--no-abbrev", "--no-renames", "--no-ext-diff", "--no-textconv", "--diff-merges=first-parent", "--format=%x01%H%x00%an <%ae>%x00%aI%x00%s", ...revArgs(spec)],
    at.cwd,
    at.env
  );
  const seen = /* @__PURE__ */ new Map();
  let order = 0;
  let commit = null;
  const fields = nulFields(out);
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i].replace(/^\n/, "");
    const meta = commit ? RAW_META.exec(field) : null;
    if (meta) {
      const path = fields[++i] ?? "";
      const newSha = meta[4];
      if (meta[5] !== "D" && blobs.has(newSha)) {
        const list = seen.get(newSha) ?? [];
        list.push({ commit, path, order });
        seen.set(newSha, list);
      }
      continue;
    }
    const header = /^\x01([0-9a-f]{40,64})$/.exec(field);
    if (!header) continue;
    commit = { hash: header[1], author: fields[i + 1] ?? "", date: fields[i + 2] ?? "", subject: fields[i + 3] ?? "" };
    i += 3;
    order++;
  }
  return seen;
}

// src/git/commit.ts
function commitFiles(at, commit, top) {
  const inRepo = (absPath) => pathInside(top, absPath);
  const reads = /* @__PURE__ */ new Map();
  const fromGit = async (rel) => {
    const r = await gitRun([...at.pin, "cat-file", "blob", `${commit}:${rel}`], at.cwd, at.env);
    return r.code === 0 ? r.stdout.toString("utf8") : null;
  };
  return {
    read(absPath) {
      const rel = inRepo(absPath);
      if (rel === null) return workTreeFiles.read(absPath);
      if (commit === null) return Promise.resolve(null);
      if (!reads.has(rel)) reads.set(rel, fromGit(rel));
      return reads.get(rel);
    },
    name(absPath) {
      const rel = inRepo(absPath);
      return rel === null ? absPath : `${rel} (at ${commit?.slice(0, 12) ?? "the range's start"})`;
    }
  };
}
async function absentCommits(at, shas) {
  if (shas.length === 0) return [];
  const out = await gitBytes([...at.pin, "cat-file", "--batch-check=%(objecttype)"], at.cwd, at.env, shas.map((s) => `${s}^{commit}`).join("\n") + "\n");
  const answers = out.toString("latin1").split("\n");
  return shas.filter((_, i) => answers[i] !== "commit");
}
async function parentOfOldest(at, spec) {
  const out = await gitBytes([...at.pin, "rev-list", "--topo-order", "--parents", ...revArgs(spec)], at.cwd, at.env);
  const lines = out.toString("latin1").trimEnd().split("\n").filter(Boolean);
  const oldest = lines[lines.length - 1]?.split(" ");
  return oldest?.[1] ?? null;
}
async function blobIdsAt(at, commit, paths) {
  const ids = /* @__PURE__ */ new Map();
  if (paths?.length === 0) return ids;
  const r = await gitRun([...at.pin, "ls-tree", "-r", "-z", "--full-tree", "--end-of-options", commit, ...paths ? ["--", ...paths] : []], at.cwd, { ...at.env, GIT_LITERAL_PATHSPECS: "1" });
  if (r.code !== 0) return ids;
  for (const entry of splitNul(r.stdout)) {
    const tab = entry.indexOf(9);
    const m = /^\d+ blob ([0-9a-f]+)$/.exec(entry.subarray(0, tab).toString("latin1"));
    if (m) ids.set(entry.subarray(tab + 1).toString("utf8"), m[1]);
  }
  return ids;
}

export {
  stashCommits,
  shallowBoundaryReached,
  reachableBlobs,
  blobSightings,
  commitFiles,
  absentCommits,
  parentOfOldest,
  blobIdsAt
};
