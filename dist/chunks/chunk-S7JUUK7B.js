import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);
import {
  messages
} from "./chunk-OODIIGW4.js";

// src/remediation/render.ts
function remediationFor(ruleIds, set, withNextSteps = true) {
  const wanted = new Set(ruleIds);
  const blocks = /* @__PURE__ */ new Map();
  for (const rule of set.rules) {
    if (!wanted.has(rule.id)) continue;
    const rem = set.remediations.get(rule.remediation);
    const block = blocks.get(rem.key) ?? { remediation: rem, ruleIds: [] };
    block.ruleIds.push(rule.id);
    blocks.set(rem.key, block);
  }
  const next = set.remediations.get("next-steps");
  const out = [...blocks.values()];
  if (withNextSteps && out.length && next) out.push({ remediation: next, ruleIds: [] });
  return out;
}
function renderRemediation(blocks, indent = "  ") {
  const lines = [];
  for (const { remediation: r, ruleIds } of blocks) {
    lines.push(`${indent}${r.title}${ruleIds.length ? ` (${ruleIds.join(", ")})` : ""}`);
    r.regenerate.forEach((step, i) => lines.push(`${indent}  ${ruleIds.length ? `${i + 1}.` : "-"} ${step}`));
    if (r.revoke) lines.push(`${indent}  ${messages.revokeByApi} ${r.revoke}`);
    lines.push("");
  }
  return lines.join("\n");
}

// src/package-root.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var cached;
function findPackage() {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && existsSync(join(dir, "rules"))) {
      const pkg = JSON.parse(readFileSync(manifest, "utf8"));
      if (pkg.name === "scan-twitter-secrets") return cached = { dir, version: pkg.version ?? "unknown" };
    }
    dir = dirname(dir);
  }
  throw new Error("cannot find the scan-twitter-secrets package directory (rules/ missing?)");
}
function packageRoot() {
  return findPackage().dir;
}
function toolVersion() {
  return findPackage().version;
}

export {
  remediationFor,
  renderRemediation,
  packageRoot,
  toolVersion
};
