import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);
import {
  parseJsonFile
} from "./chunk-JLNS4HNE.js";
import {
  UsageError
} from "./chunk-F424BKOT.js";
import "./chunk-IWX5EYN5.js";

// src/ci/github-event.ts
import { readFileSync } from "node:fs";
var ZERO = /^0+$/;
function scanForEvent(name, payload) {
  if (name === "push") {
    const before = String(payload.before ?? "");
    const after = String(payload.after ?? "");
    if (!after || ZERO.test(after)) return { kind: "tree" };
    if (!before || ZERO.test(before)) return { kind: "history", range: `${after} --not --remotes` };
    return { kind: "history", range: `${before}..${after}` };
  }
  if (name === "pull_request" || name === "pull_request_target") {
    const base = payload.pull_request?.base?.sha;
    const head = payload.pull_request?.head?.sha;
    if (typeof base === "string" && typeof head === "string") return { kind: "history", range: `${base}..${head}` };
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
