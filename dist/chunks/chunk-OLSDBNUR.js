import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);

// src/report/mask.ts
function mask(secret) {
  if (secret.length <= 8) return "*".repeat(secret.length);
  return `${secret.slice(0, 4)}\u2026${secret.slice(-2)}`;
}
var BEYOND_C0 = "\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069";
var UNSAFE = new RegExp(`[\\u0000-\\u001f${BEYOND_C0}]`, "g");
var UNSAFE_IN_JSON = new RegExp(`[${BEYOND_C0}]`, "g");
var hex = (c, width) => c.charCodeAt(0).toString(16).padStart(width, "0");
function printable(data) {
  return data.replace(UNSAFE, (c) => c === "\n" ? "\\n" : c === "	" ? "\\t" : c.charCodeAt(0) < 256 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`);
}
function jsonText(doc) {
  return JSON.stringify(doc, null, 2).replace(UNSAFE_IN_JSON, (c) => `\\u${hex(c, 4)}`) + "\n";
}

export {
  mask,
  printable,
  jsonText
};
