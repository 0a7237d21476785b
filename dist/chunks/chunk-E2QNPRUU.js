import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);

// src/scan/group.ts
var MAX_GAP_LINES = 40;
function groupPerFile(perFile) {
  const counter = { next: 1 };
  const all = [];
  for (const list of perFile) {
    assignGroups(list.filter((f) => !f.ignored), counter);
    all.push(...list);
  }
  return all;
}
function assignGroups(findings, counter) {
  const open = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const set = f.set;
    let g = open.get(set);
    if (!g || g.rules.has(f.ruleId) || f.line - g.lastLine > MAX_GAP_LINES) {
      g = { id: `set-${counter.next++}`, rules: /* @__PURE__ */ new Set(), lastLine: f.line };
      open.set(set, g);
    }
    g.rules.add(f.ruleId);
    g.lastLine = f.line;
    f.group = g.id;
  }
}
function groupBy(items, key) {
  const out = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

// src/detect/binary.ts
var BINARY_SNIFF_BYTES = 8e3;
var BINARY_CONTROL_SHARE = 32;
var b = (hex) => String.fromCharCode(...hex.split(" ").map((h) => parseInt(h, 16)));
var SIGNATURES = [
  // Images
  [[0, b("89 50 4e 47 0d 0a 1a 0a")]],
  // PNG
  [[0, b("ff d8 ff")]],
  // JPEG
  [[0, "GIF87a"]],
  [[0, "GIF89a"]],
  [[0, "II*\0"]],
  [[0, "MM\0*"]],
  // TIFF (and camera raw formats built on it)
  [[0, "\0\0\0"]],
  // ICO
  [[0, "RIFF"], [8, "WEBP"]],
  // Documents and archives
  [[0, "%PDF-"]],
  [[0, "PK"]],
  [[0, "PK"]],
  [[0, "PK\x07\b"]],
  // ZIP: JAR, DOCX/XLSX, APK, wheels, VSIX
  [[0, b("d0 cf 11 e0 a1 b1 1a e1")]],
  // OLE compound file: .doc, .xls, .msi
  [[0, b("1f 8b")]],
  // gzip
  [[0, "BZh"], [4, "1AY&SY"]],
  // bzip2
  [[0, b("fd 37 7a 58 5a 00")]],
  // xz
  [[0, b("28 b5 2f fd")]],
  // zstd
  [[0, b("04 22 4d 18")]],
  // LZ4 frame
  [[0, b("37 7a bc af 27 1c")]],
  // 7-Zip
  [[0, "Rar!\x07"]],
  [[0, "MSCF\0\0\0\0"]],
  // Windows cabinet
  [[257, "ustar"]],
  // tar
  [[0, "!<arch>\n"]],
  // ar: static libraries, .deb
  [[0, "PACK\0\0\0"]],
  // git pack
  // Executables and bytecode
  [[0, "\x7FELF"]],
  [[0, b("fe ed fa ce")]],
  [[0, b("fe ed fa cf")]],
  [[0, b("ce fa ed fe")]],
  [[0, b("cf fa ed fe")]],
  // Mach-O
  [[0, b("ca fe ba be")]],
  // Java class file, Mach-O universal binary
  [[0, "\0asm"]],
  // WebAssembly
  [[0, "dex\n0"], [7, "\0"]],
  // Android DEX: dex\n035\0
  [[0, "\x1BLua"]],
  // Lua bytecode
  // Data
  [[0, "SQLite format 3\0"]],
  [[0, "bplist00"]],
  // Apple binary property list
  [[0, "\0\0\0Bud1"]],
  // .DS_Store
  [[0, b("89 48 44 46 0d 0a 1a 0a")]],
  // HDF5
  [[0, "\x93NUMPY"]],
  // Fonts and media
  [[0, "\0\0\0"]],
  [[0, "wOFF"]],
  [[0, "wOF2"]],
  // TrueType, WOFF
  [[4, "ftyp"]],
  // MP4, MOV, HEIC, AVIF
  [[0, b("1a 45 df a3")]],
  // Matroska, WebM
  [[0, "OggS\0"]],
  [[0, "fLaC"]],
  [[0, "ID3"]],
  [[0, "ID3"]],
  [[0, "ID3"]],
  // MP3
  [[0, "RIFF"], [8, "WAVE"]],
  [[0, "RIFF"], [8, "AVI "]]
];
var isTextByte = (c) => c >= 32 && c < 127 || c === 9 || c === 10 || c === 13;
var TEXT_ONLY = new Set(SIGNATURES.filter((sig) => sig.every(([, s]) => [...s].every((ch) => isTextByte(ch.charCodeAt(0))))));
var NON_TEXT = new Uint8Array(256);
for (let c = 0; c < 32; c++) NON_TEXT[c] = 1;
for (const c of [9, 10, 11, 12, 13, 27]) NON_TEXT[c] = 0;
NON_TEXT[127] = 1;
function looksBinary(bytes) {
  return hasSignature(bytes) || controlShare(bytes);
}
var BY_START = /* @__PURE__ */ new Map();
for (const sig of SIGNATURES) {
  const [at, s] = sig[0];
  if (at !== 0) continue;
  const key = s.charCodeAt(0) << 8 | s.charCodeAt(1);
  BY_START.set(key, [...BY_START.get(key) ?? [], sig]);
}
var ELSEWHERE = SIGNATURES.filter((sig) => sig[0][0] !== 0);
function hasSignature(bytes) {
  if (bytes.length < 2) return false;
  const matches = (sig) => sig.every(([at, s]) => startsWith(bytes, at, s)) && (!TEXT_ONLY.has(sig) || binaryEvidence(bytes));
  const candidates = BY_START.get(bytes[0] << 8 | bytes[1]);
  if (candidates && candidates.some(matches)) return true;
  if (ELSEWHERE.some(matches)) return true;
  return bytes.length >= 64 && bytes[0] === 77 && bytes[1] === 90 && bytes.subarray(2, 64).includes(0);
}
var ANY_NON_TEXT = /[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]/;
function controlShare(bytes) {
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  if (!ANY_NON_TEXT.test(Buffer.from(bytes.buffer, bytes.byteOffset, n).toString("latin1"))) return false;
  const limit = Math.floor(n / BINARY_CONTROL_SHARE);
  let odd = 0;
  for (let i = 0; i < n; i++) odd += NON_TEXT[bytes[i]];
  return odd > limit;
}
function binaryEvidence(bytes) {
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < n; i++) {
    const c = bytes[i];
    if (c < 128) {
      if (NON_TEXT[c]) return true;
      continue;
    }
    const [more, lo, hi] = c >= 194 && c <= 223 ? [1, 128, 191] : c === 224 ? [2, 160, 191] : c === 237 ? [2, 128, 159] : c >= 225 && c <= 239 ? [2, 128, 191] : c === 240 ? [3, 144, 191] : c >= 241 && c <= 243 ? [3, 128, 191] : c === 244 ? [3, 128, 143] : [0, 0, 0];
    if (more === 0) return true;
    for (let k = 1; k <= more; k++) {
      if (i + k >= n) return false;
      const d = bytes[i + k];
      if (k === 1 ? d < lo || d > hi : d < 128 || d > 191) return true;
    }
    i += more;
  }
  return false;
}
function startsWith(bytes, at, s) {
  if (bytes.length < at + s.length) return false;
  for (let i = 0; i < s.length; i++) if (bytes[at + i] !== s.charCodeAt(i)) return false;
  return true;
}

// src/detect/text.ts
function isBinary(bytes) {
  return !utf16Encoding(bytes) && looksBinary(bytes);
}
function utf16Encoding(bytes) {
  if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254) return "utf-16le";
  if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255) return "utf-16be";
  return null;
}
function decode(bytes) {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return { text: new TextDecoder(utf16, { fatal: false }).decode(bytes.subarray(2)), encoding: utf16, byteText: false };
  const start = bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  return { text: byteText(bytes.subarray(start)), encoding: "utf-8", byteText: true };
}
function byteText(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1");
}
function isContinuation(c) {
  return c >= 128 && c <= 191;
}
function codesOf(text) {
  const codes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    codes[i] = c < 128 ? c : 128;
  }
  return codes;
}
function normalise(text) {
  let out = text;
  if (out.indexOf("\r") >= 0) out = out.replace(/\r/g, " ");
  if (out.indexOf("\x1B") >= 0 || out.indexOf("\\u001b") >= 0) out = out.replace(ANSI_ESCAPE, (m) => " ".repeat(m.length));
  if (out.indexOf("\xE2\x80") >= 0) out = out.replace(/\u00e2\u0080[\u009c\u009d]/g, '"""').replace(/\u00e2\u0080[\u0098\u0099]/g, "'''");
  if (out.indexOf("\xC2") >= 0) out = out.replace(/\u00c2\u00ab/g, ' "').replace(/\u00c2\u00bb/g, '" ');
  if (out.indexOf("\\") < 0) return out;
  return out.replace(/\\n/g, " \n").replace(/\\[rt]/g, "  ").replace(/\\(["'/])/g, " $1");
}
var ANSI_ESCAPE = /(?:\x1b|\\u001[bB])\[[0-9;]{0,20}[A-Za-z]/g;
var MARKS = [
  { needle: "\r", span: 1, counts: () => true },
  { needle: "\x1B", span: 2, counts: (t, at) => t[at + 1] === "[" },
  { needle: "\\u001b", span: 7, counts: (t, at) => t[at + 6] === "[" },
  // An escaped quote (code inside a JSON or JS string: notebooks, embedded snippets); plain minified
  // code with "\n" in its strings needs nothing.
  { needle: "\\", span: 2, counts: (t, at) => t[at + 1] === '"' || t[at + 1] === "'" },
  { needle: "\xE2\x80", span: 3, counts: (t, at) => "\x98\x99\x9C\x9D".includes(t[at + 2]) },
  { needle: "\xC2", span: 2, counts: (t, at) => t[at + 1] === "\xAB" || t[at + 1] === "\xBB" }
];
function normaliseWindows(text, windows) {
  let parts = null;
  let at = 0;
  const next = MARKS.map((m) => text.indexOf(m.needle));
  for (const [from, to] of windows) {
    let needed = false;
    for (let k = 0; k < MARKS.length && !needed; k++) {
      const { needle, span, counts } = MARKS[k];
      if (next[k] >= 0 && next[k] < from) next[k] = text.indexOf(needle, from);
      while (next[k] >= 0 && next[k] + span <= to) {
        if (counts(text, next[k])) {
          needed = true;
          break;
        }
        next[k] = text.indexOf(needle, next[k] + 1);
      }
    }
    if (!needed) continue;
    (parts ??= []).push(text.slice(at, from), normalise(text.slice(from, to)));
    at = to;
  }
  if (!parts) return text;
  parts.push(text.slice(at));
  return parts.join("");
}
var LineIndex = class {
  /** `byteText`: the text is UTF-8 byte text (see above), whose columns count character starts. */
  constructor(text, byteText2 = false) {
    this.text = text;
    this.byteText = byteText2;
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  text;
  byteText;
  starts = [0];
  lineOf(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  lineStart(line) {
    return this.starts[line - 1] ?? this.text.length;
  }
  lineEnd(line) {
    const next = this.starts[line];
    return next === void 0 ? this.text.length : next - 1;
  }
  /** The first `max` characters of a line (key names and indentation live there). */
  lineHead(line, max = 240) {
    const start = this.lineStart(line);
    return this.text.slice(start, Math.min(this.lineEnd(line), start + max));
  }
  get lineCount() {
    return this.starts.length;
  }
  last = { line: 0, offset: 0, column: 1 };
  position(offset) {
    const line = this.lineOf(offset);
    const resume = this.last.line === line && this.last.offset <= offset;
    let column = resume ? this.last.column : 1;
    let i = resume ? this.last.offset : this.lineStart(line);
    for (; i < offset; i++) {
      const c = this.text.charCodeAt(i);
      if (this.byteText) {
        if (!isContinuation(c)) column++;
        continue;
      }
      if (c >= 55296 && c <= 56319 && i + 1 < offset) i++;
      column++;
    }
    this.last = { line, offset, column };
    return { line, column };
  }
};

// src/detect/structure.ts
var ALNUM = /^[A-Za-z0-9]+$/;
var BASE64URL_CHAR = /[A-Za-z0-9_-]/;
function decodeBearerAt(text, start) {
  const before = text.charCodeAt(start - 1);
  if (start > 0 && isTokenCharCode(before) && !isPercentEscapeEnd(text, start) && !isEscapeEnd(text, start)) return null;
  let i = start;
  let b64 = "";
  while (b64.length < 60 && i < text.length) {
    const c = text[i];
    if (c === "%") {
      const hex = text.slice(i + 1, i + 3).toUpperCase();
      const decoded = hex === "2B" ? "+" : hex === "2F" ? "/" : hex === "3D" ? "=" : "";
      if (!decoded) return null;
      b64 += decoded;
      i += 3;
    } else if (/[A-Za-z0-9+/=]/.test(c)) {
      b64 += c;
      i += 1;
    } else {
      return null;
    }
    if (b64.endsWith("=") && b64.length !== 60) return null;
  }
  if (b64.length !== 60 || !b64.endsWith("=")) return null;
  let end = i;
  while (end < text.length && isAlnumCode(text.charCodeAt(end))) end++;
  const tailLength = end - i;
  if (tailLength !== 50 && tailLength !== 42) return null;
  const bytes = Buffer.from(b64, "base64");
  if (bytes.length !== 44) return null;
  for (let k = 0; k < 16; k++) if (bytes[k] !== 0) return null;
  const appId = bytes.readBigUInt64LE(16);
  if (appId === 0n) return null;
  let digestZero = true;
  for (let k = 24; k < 44; k++) if (bytes[k] !== 0) digestZero = false;
  if (digestZero) return null;
  const tail = text.slice(i, end);
  if (isTypedInBearer(b64, tail)) return null;
  const encoded = issuedBearer(b64) + tail;
  return { start, end, raw: text.slice(start, end), encoded, appId: appId.toString(), tailLength };
}
function issuedBearer(value) {
  return value.replace(/\+/g, "%2B").replace(/\//g, "%2F").replace(/=/g, "%3D");
}
function isTypedInBearer(b64, tail) {
  if (!looksRandom(tail) || /example/i.test(b64)) return true;
  let counting = 1;
  for (let k = 33; k < b64.length; k++) {
    counting = b64.charCodeAt(k) === b64.charCodeAt(k - 1) + 1 ? counting + 1 : 1;
    if (counting >= 6) return true;
  }
  return false;
}
var OAUTH2_TOKEN_SUFFIXES = ["OmF0OjE", "OnJ0OjE", "OmFjOjE"];
var OAUTH2_CLIENT_ID_SUFFIX = "6MTpjaQ";
function base64urlEndingAt(text, end, length) {
  const start = end - length;
  if (start < 0) return null;
  if (end < text.length && BASE64URL_CHAR.test(text[end])) return null;
  if (start > 0 && BASE64URL_CHAR.test(text[start - 1]) && !isEscapeEnd(text, start)) return null;
  const raw = text.slice(start, end);
  return /^[A-Za-z0-9_-]+$/.test(raw) ? raw : null;
}
function decodeOAuth2TokenEndingAt(text, end) {
  const raw = base64urlEndingAt(text, end, 91);
  if (!raw) return null;
  const decoded = Buffer.from(raw, "base64url").toString("latin1");
  const m = /^[A-Za-z0-9_-]{45}:(\d{13}):1:[01]:(at|rt|ac):1$/.exec(decoded);
  if (!m) return null;
  const issuedAt = Number(m[1]);
  if (issuedAt < Date.UTC(2020, 0, 1) || issuedAt > Date.UTC(2100, 0, 1)) return null;
  return { start: end - 91, end, raw, type: m[2], issuedAt };
}
function decodeClientIdEndingAt(text, end) {
  const raw = base64urlEndingAt(text, end, 34);
  if (!raw) return null;
  const decoded = Buffer.from(raw, "base64url").toString("latin1");
  if (!/^[A-Za-z0-9_-]{20}:1:ci$/.test(decoded)) return null;
  return { start: end - 34, end, raw };
}
var ACCESS_TOKEN_TAIL = /-[A-Za-z0-9]{28,48}/g;
function checkAccessToken(text, start, end) {
  const before = text[start - 1];
  if (before !== void 0 && /[A-Za-z0-9_\-.\/+]/.test(before) && !isPercentEscapeEnd(text, start) && !isEscapeEnd(text, start)) return null;
  const after = text[end];
  if (after !== void 0 && /[A-Za-z0-9_\-+\/]/.test(after)) return null;
  const raw = text.slice(start, end);
  if (raw.length < 48 || raw.length > 50) return null;
  const dash = raw.indexOf("-");
  const userId = raw.slice(0, dash);
  const random = raw.slice(dash + 1);
  if (!ALNUM.test(random) || !looksRandom(random)) return null;
  return { start, end, raw, userId };
}
function looksRandom(value) {
  return looksRandomCodes(codesOf(value), 0, value.length);
}
function looksRandomCodes(codes, start, end) {
  const n = end - start;
  let lower = false;
  let upper = false;
  let hexOnly = n > 0;
  let same = 1;
  let counting = 1;
  const seen = [0, 0, 0, 0, 0, 0, 0, 0];
  let distinct = 0;
  for (let i = start; i < end; i++) {
    const c = codes[i];
    if (c >= 97 && c <= 122) {
      lower = true;
      if (c > 102) hexOnly = false;
    } else if (c >= 65 && c <= 90) {
      upper = true;
      if (c > 70) hexOnly = false;
    } else if (c < 48 || c > 57) hexOnly = false;
    if (i > start) {
      const prev = codes[i - 1];
      same = c === prev ? same + 1 : 1;
      counting = c === prev + 1 ? counting + 1 : 1;
      if (same >= 4 || counting >= 6) return false;
    }
    const bit = 1 << (c & 31);
    if ((seen[c >> 5] & bit) === 0) {
      seen[c >> 5] |= bit;
      distinct++;
    }
  }
  if (!lower || !upper || hexOnly) return false;
  if (distinct < Math.min(12, Math.floor(n * 0.45))) return false;
  return wordShareCodes(codes, start, end) < WORDLIKE_SHARE;
}
var WORDLIKE_SHARE = 0.85;
function wordShareCodes(codes, start, end) {
  let inWords = 0;
  let i = start;
  while (i < end) {
    const c = codes[i];
    if (isUpperCode(c) || isLowerCode(c)) {
      let j = i;
      while (j < end && isUpperCode(codes[j])) j++;
      const capitals = j - i;
      if (capitals >= 1 && !(j < end && isLowerCode(codes[j]))) {
        i = j;
        continue;
      }
      let k = j;
      while (k < end && isLowerCode(codes[k])) k++;
      if (k - j >= 2) inWords += k - j + (capitals >= 1 ? 1 : 0);
      i = k;
    } else i++;
  }
  return end === start ? 0 : inWords / (end - start);
}
function isUpperCode(c) {
  return c >= 65 && c <= 90;
}
function isLowerCode(c) {
  return c >= 97 && c <= 122;
}
function isAlnumCode(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
}
function isTokenCharCode(c) {
  return isAlnumCode(c) || c === 43 || c === 47 || c === 37 || c === 95 || c === 45;
}
function isEscapeEnd(text, start) {
  return start >= 2 && text[start - 2] === "\\" && /[nrt]/.test(text[start - 1]);
}
function isPercentEscapeEnd(text, start) {
  return start >= 3 && text[start - 3] === "%" && /^[0-9A-Fa-f]{2}$/.test(text.slice(start - 2, start));
}

export {
  groupPerFile,
  groupBy,
  BINARY_SNIFF_BYTES,
  isBinary,
  decode,
  byteText,
  codesOf,
  normaliseWindows,
  LineIndex,
  decodeBearerAt,
  issuedBearer,
  OAUTH2_TOKEN_SUFFIXES,
  OAUTH2_CLIENT_ID_SUFFIX,
  decodeOAuth2TokenEndingAt,
  decodeClientIdEndingAt,
  ACCESS_TOKEN_TAIL,
  checkAccessToken,
  looksRandom,
  looksRandomCodes,
  isAlnumCode
};
