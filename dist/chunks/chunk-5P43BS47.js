import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);
import {
  ScanError
} from "./chunk-OODIIGW4.js";

// src/git/git.ts
import { spawn } from "node:child_process";
var GUARD_CONFIG = ["core.fsmonitor=false", "log.showSignature=false", "protocol.allow=never"];
var GUARD_ENV = { GIT_NO_LAZY_FETCH: "1", GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0" };
function spawnGit(args, cwd, env, stdio) {
  const guarded = GUARD_CONFIG.flatMap((c) => ["-c", c]);
  return spawn("git", [...guarded, ...args], { cwd, env: { ...env, ...GUARD_ENV }, stdio });
}
function gitRun(args, cwd, env = process.env, input) {
  return new Promise((resolve, reject) => {
    const child = spawnGit(args, cwd, env, [input === void 0 ? "ignore" : "pipe", "pipe", "pipe"]);
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", (e) => reject(new ScanError(e.code === "ENOENT" ? "git is not installed or not on PATH" : `cannot run git: ${e.message}`)));
    child.on("close", (code) => resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") }));
    if (input !== void 0) {
      child.stdin.on("error", () => void 0);
      child.stdin.end(input);
    }
  });
}
async function gitBytes(args, cwd, env = process.env, input) {
  const r = await gitRun(args, cwd, env, input);
  if (r.code === 0) return r.stdout;
  throw new ScanError(`git ${args[0]} failed: ${r.stderr.trim().split("\n")[0] || `exit code ${r.code}`}`);
}
function splitNul(buf) {
  const out = [];
  let start = 0;
  for (let i = buf.indexOf(0); i >= 0; i = buf.indexOf(0, start)) {
    if (i > start) out.push(buf.subarray(start, i));
    start = i + 1;
  }
  if (start < buf.length) out.push(buf.subarray(start));
  return out;
}
async function listWorkTreeFiles(dir, pin, env) {
  return splitNul(await gitBytes([...pin, "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--deduplicate"], dir, env));
}
async function isIgnored(dir, pin, env) {
  const r = await gitRun([...pin, "check-ignore", "-q", "--no-index", "--", "."], dir, env);
  return r.code === 0;
}
async function repoHookInfo(cwd) {
  const { simpleGit } = await import("./dist-PJQTMFGX.js");
  const git = simpleGit({ baseDir: cwd, config: GUARD_CONFIG, unsafe: { allowUnsafeFsMonitor: true, allowUnsafeProtocolOverride: true } });
  try {
    const top = (await git.revparse(["--show-toplevel"])).trim();
    const hooksDir = (await git.revparse(["--path-format=absolute", "--git-path", "hooks"])).trim();
    const hooksPath = (await git.getConfig("core.hooksPath")).value;
    return { top, hooksDir, hooksPath };
  } catch (err) {
    const msg = err.message.split("\n").find((l) => l.trim()) ?? "";
    throw new ScanError(/not a git repository/i.test(msg) ? "not inside a git work tree: run install from your repository" : `git failed: ${msg.trim()}`);
  }
}

export {
  spawnGit,
  gitRun,
  gitBytes,
  splitNul,
  listWorkTreeFiles,
  isIgnored,
  repoHookInfo
};
