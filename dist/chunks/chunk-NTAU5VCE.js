import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);
import {
  UsageError,
  messages
} from "./chunk-OODIIGW4.js";

// src/config/json.ts
async function parseJsonFile(text, what) {
  const body = text.replace(/^\uFEFF/, "");
  try {
    return JSON.parse(body);
  } catch {
  }
  throw new UsageError(messages.invalidJson(what, await locateError(body)));
}
async function locateError(text) {
  const { parse, printParseErrorCode } = await import("./main-NDZIHNVF.js");
  const errors = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return null;
  const before = text.slice(0, first.offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return {
    line: before.split("\n").length,
    // In characters (code points), as editors count them.
    column: [...before.slice(lineStart)].length + 1,
    reason: messages.jsonError[printParseErrorCode(first.error)] ?? messages.jsonError.default
  };
}

export {
  parseJsonFile
};
