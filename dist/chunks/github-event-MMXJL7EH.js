import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);
import {
  absentCommits,
  parentOfOldest
} from "./chunk-QIRQTBBT.js";
import {
  parseJsonFile
} from "./chunk-NTAU5VCE.js";
import "./chunk-5P43BS47.js";
import "./chunk-NNIEF7NW.js";
import {
  UsageError,
  messages
} from "./chunk-OODIIGW4.js";
import "./chunk-IWX5EYN5.js";

// src/ci/github-event.ts
import { readFileSync } from "node:fs";
var ZERO = /^0+$/;
var COMMIT_ID = /^[0-9a-f]{40,64}$/;
var BRANCH_REF = /^refs\/heads\/([^\x00-\x20\x7f~^:?*[\\]+)$/;
function sha(value, field) {
  if (value === void 0 || value === null || value === "") return null;
  if (typeof value !== "string" || !COMMIT_ID.test(value)) throw new UsageError(messages.event.notACommit(field));
  return value;
}
function scanForEvent(name, payload) {
  if (name === "push") {
    const before = sha(payload.before, "before");
    const after = sha(payload.after, "after");
    if (!after || ZERO.test(after)) return { kind: "tree" };
    if (before && !ZERO.test(before)) return { kind: "range", revs: { flags: [], revs: [`${before}..${after}`] }, base: before, commits: [before, after] };
    const branch = typeof payload.ref === "string" ? BRANCH_REF.exec(payload.ref)?.[1] : void 0;
    const flags = ["--not", ...branch ? [`--exclude=*/${branch}`] : [], "--remotes", "--not"];
    return { kind: "range", revs: { flags, revs: [after] }, base: "parent-of-oldest", commits: [after] };
  }
  if (name === "pull_request" || name === "pull_request_target") {
    const base = sha(payload.pull_request?.base?.sha, "pull_request.base.sha");
    const head = sha(payload.pull_request?.head?.sha, "pull_request.head.sha");
    if (base && head) return { kind: "range", revs: { flags: [], revs: [`${base}..${head}`] }, base, commits: [base, head] };
  }
  return { kind: "tree" };
}
async function planEventScan(at) {
  const scan = await readGithubEvent(at.env);
  if (scan.kind === "tree") return { skipped: [] };
  const absent = await absentCommits(at, scan.commits);
  if (absent.length) return { skipped: [{ kind: "range-unknown", reason: messages.range.unknown(absent[0]) }] };
  const base = scan.base === "parent-of-oldest" ? await parentOfOldest(at, scan.revs) : scan.base;
  return { range: { revs: scan.revs, base }, skipped: [] };
}
async function readGithubEvent(env) {
  const name = env.GITHUB_EVENT_NAME;
  const path = env.GITHUB_EVENT_PATH;
  if (!name || !path) throw new UsageError(messages.event.needsEnv);
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new UsageError(messages.event.unreadable(path, err.code ?? err.message));
  }
  const payload = await parseJsonFile(text, `the GitHub event payload ${path}`);
  if (payload === null || typeof payload !== "object") throw new UsageError(messages.event.notAnObject(path));
  return scanForEvent(name, payload);
}
export {
  planEventScan,
  scanForEvent
};
