import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);
import {
  parseJsonFile
} from "./chunk-F4N2AZ3N.js";
import {
  UsageError
} from "./chunk-F424BKOT.js";
import "./chunk-IWX5EYN5.js";

// src/ci/github-event.ts
import { readFileSync } from "node:fs";
var ZERO = /^0+$/;
var COMMIT_ID = /^[0-9a-f]{40,64}$/;
function sha(value, field) {
  if (value === void 0 || value === null || value === "") return null;
  if (typeof value !== "string" || !COMMIT_ID.test(value)) throw new UsageError(`the GitHub event payload's ${field} is not a commit id (40 or 64 hex digits)`);
  return value;
}
function scanForEvent(name, payload) {
  if (name === "push") {
    const before = sha(payload.before, "before");
    const after = sha(payload.after, "after");
    if (!after || ZERO.test(after)) return { kind: "tree" };
    if (!before || ZERO.test(before)) return { kind: "history", revs: { flags: ["--not", "--remotes", "--not"], revs: [after] } };
    return { kind: "history", revs: { flags: [], revs: [`${before}..${after}`] } };
  }
  if (name === "pull_request" || name === "pull_request_target") {
    const base = sha(payload.pull_request?.base?.sha, "pull_request.base.sha");
    const head = sha(payload.pull_request?.head?.sha, "pull_request.head.sha");
    if (base && head) return { kind: "history", revs: { flags: [], revs: [`${base}..${head}`] } };
  }
  return { kind: "tree" };
}
async function readGithubEvent(env) {
  const name = env.GITHUB_EVENT_NAME;
  const path = env.GITHUB_EVENT_PATH;
  if (!name || !path) throw new UsageError("--github-event needs GITHUB_EVENT_NAME and GITHUB_EVENT_PATH (set by GitHub Actions)");
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new UsageError(`cannot read the GitHub event payload ${path}: ${err.code ?? err.message}`);
  }
  const payload = await parseJsonFile(text, `the GitHub event payload ${path}`);
  if (payload === null || typeof payload !== "object") throw new UsageError(`the GitHub event payload ${path} is not a JSON object`);
  return scanForEvent(name, payload);
}
export {
  readGithubEvent,
  scanForEvent
};
