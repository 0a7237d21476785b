import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);
import {
  gitRun
} from "./chunk-4PGTO2JN.js";

// src/git/work-tree.ts
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
function workTreeOnDisk(dir, env) {
  if (env.GIT_DIR || env.GIT_WORK_TREE) return null;
  const ceilings = new Set((env.GIT_CEILING_DIRECTORIES ?? "").split(":").filter(Boolean).map((d) => resolve(d)));
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) return d;
    if (dirname(d) === d || ceilings.has(dirname(d))) return null;
  }
}
var pinTo = (top) => ["--git-dir", join(top, ".git"), "--work-tree", top];
async function findWorkTree(dir, env) {
  const explicit = Boolean(env.GIT_DIR || env.GIT_WORK_TREE);
  const onDisk = workTreeOnDisk(dir, env);
  if (!explicit && !onDisk) return null;
  const pin = onDisk ? pinTo(onDisk) : [];
  try {
    const r = await gitRun([...pin, "rev-parse", "--show-toplevel"], dir, env);
    const top = r.code === 0 ? r.stdout.toString("utf8").replace(/\n$/, "") : "";
    return top ? { top, pin } : null;
  } catch {
    return "git-missing";
  }
}

export {
  workTreeOnDisk,
  pinTo,
  findWorkTree
};
