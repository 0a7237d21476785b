import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);
import {
  UsageError
} from "./chunk-OODIIGW4.js";

// src/config/ignore-file.ts
var IGNORE_FILE_NAME = ".twitter-secrets-ignore";
function parseIgnoreFile(file, content) {
  const globs = [];
  const fingerprints = /* @__PURE__ */ new Map();
  content.split(/\r?\n/).forEach((raw, i) => {
    const hash = raw.search(/(^|\s)#/);
    const body = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    const reason = hash >= 0 ? raw.slice(hash).replace(/^\s*#\s*/, "").trim() || void 0 : void 0;
    if (!body) return;
    const entry = { pattern: body, line: i + 1, ...reason ? { reason } : {} };
    const fp = /^fingerprint:([0-9a-f]{16})$/.exec(body);
    if (fp) fingerprints.set(fp[1], entry);
    else if (body.startsWith("fingerprint:")) throw new UsageError(`${file}:${i + 1}: a fingerprint is 16 lower-case hex digits`);
    else globs.push(entry);
  });
  return { file, globs, fingerprints };
}
async function readIgnoreFile(file, source) {
  const content = await source.read(file);
  return content === null ? null : parseIgnoreFile(source.name(file), content);
}

// src/scan/suppression.ts
var byMarker = (marker) => ({ kind: "inline-marker", by: `inline marker "${marker}"` });
var byFingerprint = (e) => ({ kind: "fingerprint", by: `fingerprint (${IGNORE_FILE_NAME}:${e.line})`, ...e.reason ? { reason: e.reason } : {} });
var byPath = (e) => ({ kind: "path", by: `path "${e.pattern}"`, ...e.reason ? { reason: e.reason } : {} });
var byBaseline = (file) => ({ kind: "baseline", by: `baseline ${file}`, reason: "known when the baseline was written" });

export {
  IGNORE_FILE_NAME,
  readIgnoreFile,
  byMarker,
  byFingerprint,
  byPath,
  byBaseline
};
