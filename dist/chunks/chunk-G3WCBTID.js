import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);
import {
  IGNORE_FILE_NAME,
  byFingerprint,
  byMarker,
  byPath,
  readIgnoreFile
} from "./chunk-5E2CRABT.js";
import {
  parseJsonFile
} from "./chunk-NTAU5VCE.js";
import {
  gitRun
} from "./chunk-5P43BS47.js";
import {
  workTreeFiles
} from "./chunk-NNIEF7NW.js";
import {
  ACCESS_TOKEN_TAIL,
  BINARY_SNIFF_BYTES,
  LineIndex,
  OAUTH2_CLIENT_ID_SUFFIX,
  OAUTH2_TOKEN_SUFFIXES,
  byteText,
  checkAccessToken,
  codesOf,
  decode,
  decodeBearerAt,
  decodeClientIdEndingAt,
  decodeOAuth2TokenEndingAt,
  groupPerFile,
  isAlnumCode,
  isBinary,
  looksRandom,
  looksRandomCodes,
  normaliseWindows
} from "./chunk-E2QNPRUU.js";
import {
  ScanError,
  UsageError,
  messages
} from "./chunk-OODIIGW4.js";

// src/detect/names.ts
function splitWords(name) {
  const words = [];
  for (const part of name.replace(/OAuth/g, "Oauth").split(/[^A-Za-z0-9]+/)) {
    if (!part) continue;
    for (const w of part.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g) ?? []) words.push(w.toLowerCase());
  }
  return words;
}
var TRAILING_NOISE = /* @__PURE__ */ new Set(["value", "val", "str", "string", "env", "var", "prod", "dev", "live"]);
var LABEL_ROLE = { ruleId: "", words: [], strength: "generic" };
function matchRole(words, roles) {
  if (words.length === 1 && (words[0] === "value" || words[0] === "default")) return { role: LABEL_ROLE, prefix: [], label: true };
  let end = words.length;
  while (end > 0 && (TRAILING_NOISE.has(words[end - 1]) || /^[0-9]+$/.test(words[end - 1]))) end--;
  for (const role of roles) {
    const n = role.words.length;
    if (n > end) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = words[end - n + k] === role.words[k];
    if (ok) return { role, prefix: words.slice(0, end - n) };
  }
  return null;
}

// src/detect/spelling.ts
var FUZZY_WORDS = ["consumer", "access", "token", "secret"];
var NOT_TYPOS = /* @__PURE__ */ new Set(["taken", "woken", "consumed", "consumes", "accesses"]);
var KEY_TYPOS = /* @__PURE__ */ new Set(["kay", "kye", "kei", "ky", "kee"]);
var EXTRA_WORDS = ["twitter"];
var MAX_WORD = 40;
var TYPO_ANCHORS = "con?su|comsu|conus|sec(?:ert|rt|et|rte)|sercet|scret";
function typoDistance(a, b) {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > 1) return 2;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const ra = a.slice(i + 1);
  const rb = b.slice(i + 1);
  if (ra === rb) return 1;
  if (a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i)) return 1;
  if (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) return 1;
  return 2;
}
function splitWord(word, vocabulary) {
  if (word.length > MAX_WORD || NOT_TYPOS.has(word)) return null;
  const best = [{ words: [], edits: 0 }];
  for (let i = 1; i <= word.length; i++) best.push(null);
  for (let i = 0; i < word.length; i++) {
    const here = best[i];
    if (!here) continue;
    const offer = (end, piece, edits) => {
      const total = here.edits + edits;
      if (total > 1) return;
      const cur = best[end];
      if (!cur || total < cur.edits || total === cur.edits && here.words.length + 1 < cur.words.length) best[end] = { words: [...here.words, piece], edits: total };
    };
    for (const v of vocabulary.words) if (word.startsWith(v, i)) offer(i + v.length, v, 0);
    for (const v of FUZZY_WORDS) {
      for (let len = v.length - 1; len <= v.length + 1; len++) {
        if (i + len > word.length) continue;
        const piece = word.slice(i, i + len);
        if (piece !== v && !NOT_TYPOS.has(piece) && typoDistance(piece, v) === 1) offer(i + len, v, 1);
      }
    }
    for (const t of KEY_TYPOS) if (word.startsWith(t, i)) offer(i + t.length, "key", 1);
  }
  return best[word.length] ?? null;
}
function roleVocabulary(names) {
  const known = new Set(EXTRA_WORDS);
  for (const n of names) for (const w of n.words) if (/^[a-z]{2,}$/.test(w)) known.add(w);
  return { words: [...known].sort((a, b) => b.length - a.length), known };
}
function readAsTyped(words, vocabulary) {
  let changed = false;
  const out = [];
  for (const w of words) {
    if (vocabulary.known.has(w) || /^[0-9]+$/.test(w)) {
      out.push(w);
      continue;
    }
    const split = splitWord(w, vocabulary);
    if (split && (split.edits > 0 || split.words.length > 1)) {
      out.push(...split.words);
      changed = true;
    } else out.push(w);
  }
  return changed ? out : null;
}
function matchAsTyped(words, exact, roles, vocabulary) {
  const typed = readAsTyped(words, vocabulary);
  if (!typed) return null;
  const match = matchRole(typed, roles);
  if (!match || match.label || match.role.words.length < 2) return null;
  if (exact && exact.role.words.length >= match.role.words.length) return null;
  return { words: typed, match };
}
function innerRole(words, roles, fits) {
  for (const role of roles) {
    const n = role.words.length;
    if (n < 2 || role.strength !== "specific") continue;
    for (let k = 0; k + n < words.length; k++) {
      let ok = true;
      for (let j = 0; j < n && ok; j++) ok = words[k + j] === role.words[j];
      if (ok && fits(role.words.join(" "))) return { role, prefix: words.slice(0, k) };
    }
  }
  return null;
}

// src/detect/compile.ts
var escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function sdkCalls(calls) {
  const literal = calls.filter((c) => !/^\w+$/.test(c));
  let prefix = literal[0] ?? "";
  for (const l of literal) while (!l.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return { named: new Set(calls.filter((c) => /^\w+$/.test(c))), literal, literalPrefix: prefix };
}
function evidencePattern(words) {
  const domains = words.filter((w) => w.endsWith(".x.com"));
  const names = words.filter((w) => !w.endsWith(".x.com"));
  const word = new RegExp(names.map(escapeRegExp).join("|"), "iy");
  const domain = new RegExp(`(?:^|[^A-Za-z])(?:${domains.map((d) => escapeRegExp(d.slice(0, -".x.com".length))).join("|")})$`, "i");
  const anchor = /tw|x_|\.x\.com/gi;
  const starts = [...new Set(names.map((w) => Math.max(0, w.search(/tw|x_/i))))];
  const wordAt = (text, at) => {
    if (at < 0 || at > 0 && /[A-Za-z]/.test(text[at - 1])) return false;
    word.lastIndex = at;
    return word.test(text);
  };
  return {
    test(text) {
      anchor.lastIndex = 0;
      for (let m = anchor.exec(text); m; m = anchor.exec(text)) {
        const i = m.index;
        if (m[0].length > 2) {
          if (domain.test(text.slice(Math.max(0, i - 12), i))) return true;
          continue;
        }
        if (m[0][0] === "t" || m[0][0] === "T") {
          const next = text.charCodeAt(i + 2) | 32;
          if (next !== 105 && next !== 101 && next !== 121 && next !== 117) continue;
        }
        const before = text.charCodeAt(i - 1) | 32;
        if (i > 0 && before >= 97 && before <= 122 && before !== 114 && before !== 111) continue;
        if (starts.some((back) => wordAt(text, i - back))) return true;
      }
      return false;
    }
  };
}
function compileRules(set) {
  const byRole = /* @__PURE__ */ new Map();
  const names = [];
  for (const rule of set.rules) {
    byRole.set(rule.role, rule);
    for (const name of rule.context?.names ?? []) {
      names.push({ ruleId: rule.id, words: name.words.split(" "), strength: name.strength });
    }
  }
  names.sort((a, b) => b.words.length - a.words.length);
  const byPhrase = /* @__PURE__ */ new Map();
  for (const n of names) {
    const phrase = n.words.join(" ");
    const entry = byPhrase.get(phrase) ?? { rules: [], specific: false };
    entry.rules.push(set.byId.get(n.ruleId));
    entry.specific ||= n.strength === "specific";
    byPhrase.set(phrase, entry);
  }
  const v = set.vocabulary;
  return {
    set,
    byRole,
    names,
    vocabulary: roleVocabulary(names),
    byPhrase,
    evidence: evidencePattern(v.evidence),
    otherServices: new Set(v.otherServices),
    otherServicesNearby: new RegExp(
      `(?<![A-Za-z])(?:${v.otherServices.filter((w) => !v.nameOnlyWords.includes(w)).map(escapeRegExp).join("|")})(?![a-z])`,
      "i"
    ),
    placeholders: new RegExp(v.placeholders.map(escapeRegExp).join("|"), "i"),
    sdkCalls: sdkCalls(v.sdkCalls.map((c) => c.call)),
    sdkRoles: new Map(v.sdkCalls.map((c) => [c.call, { roles: c.roles, ...c.rolesWhenUrlFirst ? { rolesWhenUrlFirst: c.rolesWhenUrlFirst } : {}, generic: c.generic ?? false }])),
    allowMarkers: v.allowMarkers,
    documentationExamples: new Set(v.documentationExamples.map((e) => e.sha256)),
    publicBearers: new Set(v.publicBearerTokens.map((e) => e.sha256))
  };
}

// src/scan/finding.ts
function countScan(stats, scan) {
  if (scan.kind === "binary") {
    stats.binarySkipped++;
    return false;
  }
  stats.filesScanned++;
  stats.bytesScanned += scan.size;
  stats.knownExamples += scan.knownExamples;
  return true;
}
function emptyStats() {
  return { filesScanned: 0, bytesScanned: 0, binarySkipped: 0, symlinksSkipped: 0, unreadable: 0, excluded: 0, knownExamples: 0 };
}

// src/builtin.ts
import { createRequire } from "node:module";
var load = createRequire(import.meta.url);
function lazy(id) {
  let mod;
  return () => mod ??= load(id);
}
var crypto = lazy("node:crypto");
var os = lazy("node:os");
var workerThreads = lazy("node:worker_threads");
var v8 = lazy("node:v8");

// src/detect/allow.ts
var LONG_LINE = 500;
var MARKER_REACH = 200;
function allowMarker(text, lineStart, lineEnd, start, end, markers, notebook) {
  let from = lineStart;
  let to = lineEnd;
  if (notebook || to - from > LONG_LINE) {
    from = Math.max(from, escapedNewlineBefore(text, Math.max(from, start - LONG_LINE), start));
    to = Math.min(to, escapedNewlineAfter(text, end, Math.min(to, end + LONG_LINE)));
  }
  if (to - from > LONG_LINE) {
    from = Math.max(from, start - MARKER_REACH);
    to = Math.min(to, end + MARKER_REACH);
  }
  const content = text.slice(from, to);
  return markers.find((m) => content.includes(m));
}
function escapedNewlineBefore(text, limit, at) {
  for (let i = at - 2; i >= limit; i--) {
    i = text.lastIndexOf("\\n", i);
    if (i < limit) break;
    if (escapes(text, i, limit)) return i + 2;
  }
  return limit;
}
function escapedNewlineAfter(text, at, limit) {
  for (let i = text.indexOf("\\n", at); i >= 0 && i + 2 <= limit; i = text.indexOf("\\n", i + 1)) {
    if (escapes(text, i, at)) return i;
  }
  return limit;
}
function escapes(text, i, limit) {
  let backslashes = 0;
  for (let j = i - 1; j >= limit && text.charCodeAt(j) === 92; j--) backslashes++;
  return backslashes % 2 === 0;
}

// src/detect/candidate.ts
var VIA_RANK = { structure: 0, sdk: 1, name: 2, pair: 3, near: 4 };

// src/detect/evidence.ts
var NEAR_LINES = 5;
var REGION_LINES = 200;
var SPAN_CHARS = 400;
var MAX_SPAN = 16e3;
var OTHER_SERVICE_LINES = 3;
var PARENT_LINES = 80;
var Evidence = class {
  constructor(rules, text, filePath, lines, structuralOffsets, external = () => false) {
    this.rules = rules;
    this.text = text;
    this.filePath = filePath;
    this.lines = lines;
    this.structuralOffsets = structuralOffsets;
    this.external = external;
  }
  rules;
  text;
  filePath;
  lines;
  structuralOffsets;
  external;
  fileLevel;
  pathLevel;
  parentCache = /* @__PURE__ */ new Map();
  get file() {
    this.fileLevel ??= this.structuralOffsets.length > 0 || this.path || this.rules.evidence.test(this.text) || this.external();
    return this.fileLevel;
  }
  /** The file's path names X (`twitter_credentials.py`, `config/twitter.yml`). */
  get path() {
    return this.pathLevel ??= this.rules.evidence.test(this.filePath);
  }
  /** An evidence word or a structural X token within `radius` lines of `offset`. */
  near(offset, radius) {
    const [from, to] = this.span(offset, radius);
    if (this.structuralOffsets.some((o) => o >= from && o <= to)) return true;
    return this.rules.evidence.test(this.text.slice(from, to)) && this.file;
  }
  /** Another service is named within a few lines (a `# Alpaca keys` comment, `import stripe`). */
  otherServiceNear(offset) {
    const [from, to] = this.span(offset, OTHER_SERVICE_LINES);
    return this.rules.otherServicesNearby.test(this.text.slice(from, to));
  }
  /** `radius` lines around `offset`, at most SPAN_CHARS per line of radius either side (long lines). */
  span(offset, radius) {
    const line = this.lines().lineOf(offset);
    const reach = Math.min(SPAN_CHARS * (radius + 1), MAX_SPAN);
    const from = Math.max(this.lines().lineStart(Math.max(1, line - radius)), offset - reach);
    const to = Math.min(this.lines().lineEnd(Math.min(this.lines().lineCount, line + radius)), offset + reach);
    return [from, to];
  }
  /** Words of the keys this line is nested under: YAML/JSON/Python-dict indentation and INI sections. */
  parents(offset) {
    return this.parentChain(offset).flat();
  }
  /** The keys this line is nested under, nearest first, each as its words. */
  parentChain(offset) {
    const line = this.lines().lineOf(offset);
    const cached = this.parentCache.get(line);
    if (cached) return cached;
    const chain = [];
    let indent = indentOf(this.lines().lineHead(line));
    let section = null;
    for (let l = line - 1; l >= 1 && l >= line - PARENT_LINES; l--) {
      const text = this.lines().lineHead(l);
      if (!text.trim()) continue;
      const header = /^\s*\[([^\]]+)\]\s*$/.exec(text);
      if (header) {
        section = splitWords(header[1]);
        break;
      }
      if (indent === 0) continue;
      const ind = indentOf(text);
      if (ind >= indent) continue;
      indent = ind;
      const key = /^[\s"]*-?\s*["']?([A-Za-z0-9_.$@ -]{1,60}?)["']?\s*(?::|=|\{|\(|=>)/.exec(text) ?? /^\s*\w+\s+"([^"]{1,60})"\s*\{\s*$/.exec(text);
      if (key) chain.push(splitWords(key[1]));
    }
    if (section) chain.push(section);
    this.parentCache.set(line, chain);
    return chain;
  }
};
function indentOf(line) {
  const m = /^[ \t]*"?( *)/.exec(line);
  return m ? m[0].length : 0;
}
function wordsShowX(words) {
  return words.some((w) => w === "twitter" || w === "tweepy" || w === "twython" || w === "twurl" || w === "tweet" || w === "rtweet");
}
function nameHasXPrefix(name) {
  return /(?:^|[^A-Za-z0-9])[Xx]_(?:API|BEARER|ACCESS|CONSUMER|CLIENT|OAUTH|APP)/i.test(name);
}

// src/detect/value.ts
var SEPARATORS = [":=", "=>", "<-", "||=", "||", "??", "%3D", "%3d", "=", ":", ",", "|", ">", "("];
var XML_NEXT_ELEMENT = /^<\/[\w:.-]+>\s*<[\w:.-]+>/;
var VALUE_CHAR = /[A-Za-z0-9_-]/;
var VALUE_END = /[\s"'`“”‘’«»,;)\]}&|\\<#%]/;
var CLOSING_QUOTE = { "\u201C": "\u201D", "\u201D": "\u201D", "\u2018": "\u2019", "\u2019": "\u2019", "\xAB": "\xBB", "\xBB": "\xBB", '"""': '"', "'''": "'" };
function skipInline(t, i, chars) {
  while (i < t.length && t[i] !== "\n" && chars.test(t[i])) i++;
  return i;
}
function skipOpener(t, i) {
  const m = /^[@rRbBuUfF]?("""|'''|["'`“”‘’«»])/.exec(t.slice(i, i + 4));
  if (m) return { i: i + m[0].length, quote: CLOSING_QUOTE[m[1]] ?? m[1].slice(0, 1) };
  return { i, quote: "" };
}
function restIsFiller(t, i) {
  for (; i < t.length && t[i] !== "\n"; i++) if (!/[\s"'`(\[{\\,|>]/.test(t[i])) return false;
  return true;
}
function readValueAfter(t, keyEnd, keyAloneOnLine2 = () => false) {
  let i = keyEnd;
  const aside = /^ ?\([A-Za-z0-9 _.-]{1,40}\)/.exec(t.slice(i, i + 44));
  if (aside) i += aside[0].length;
  const closed = skipInline(t, i, /["'`“”‘’\]\s]/);
  const keyQuoted = /["'`“”‘’]/.test(t.slice(i, closed));
  i = closed;
  let sep = "";
  const xml = XML_NEXT_ELEMENT.exec(t.slice(i, i + 80));
  if (xml) {
    sep = xml[0];
  } else {
    sep = SEPARATORS.find((candidate2) => t.startsWith(candidate2, i)) ?? "";
  }
  if (sep === "," && !keyQuoted) return null;
  if (sep) i += sep.length;
  else if (restIsFiller(t, i) && keyAloneOnLine2()) sep = "\n";
  else if (i === keyEnd || !/[ \t]/.test(t[i - 1] ?? "")) return null;
  i = skipInline(t, i, /[ \t]/);
  i = skipValueLabel(t, i);
  if (sep === ":") {
    const annotation = /^[A-Za-z_][\w.[\]]*\s*=\s*/.exec(t.slice(i, i + 40));
    if (annotation && !/^[A-Za-z0-9_-]{16,}\s*$/.test(annotation[0])) i += annotation[0].length;
  }
  const block = /^[|>][-+0-9]*[ \t]*(?=\n|$)/.exec(t.slice(i, i + 8));
  if (block) i += block[0].length;
  let opener = skipOpener(t, i);
  i = opener.i;
  if (opener.quote && t[i] === opener.quote) return null;
  const inner = /^ ["']/.exec(t.slice(i, i + 2));
  if (opener.quote && inner) i += 2;
  let hopped = false;
  for (let hops = 0; hops < 2 && !opener.quote && restIsFiller(t, i); hops++) {
    const nl = t.indexOf("\n", i);
    if (nl < 0) return null;
    i = skipValueLabel(t, skipInline(t, nl + 1, /[\s"'`(\[{\\,]/));
    hopped = true;
    if (/^[@rRbBuUfF]?["'`“‘«]/.test(t.slice(i, i + 2))) {
      opener = skipOpener(t, i);
      i = opener.i;
    }
  }
  const start = i;
  while (i < t.length && VALUE_CHAR.test(t[i])) i++;
  if (i === start) return null;
  if (i < t.length && !VALUE_END.test(t[i])) return null;
  if ((!sep || sep === "\n" || hopped && !opener.quote) && !/^[\s"'`,;)]*\/?>?[\s]*$/.test(lineRest(t, i)) && !(sep === "" && isFlag(t, keyEnd))) return null;
  return { start, end: i, value: t.slice(start, i) };
}
function skipValueLabel(t, i) {
  const label = /^value["']?\s*[:=]\s*/.exec(t.slice(i, i + 12));
  return label ? i + label[0].length : i;
}
function isFlag(t, keyEnd) {
  let s = keyEnd;
  while (s > 0 && /[A-Za-z0-9_-]/.test(t[s - 1])) s--;
  return t.startsWith("--", s) && (s === 0 || /\s/.test(t[s - 1]));
}
function lineRest(t, i) {
  const nl = t.indexOf("\n", i);
  return t.slice(i, nl < 0 ? t.length : nl);
}

// src/detect/windows.ts
var MIN_VALUE = 16;
var MAX_VALUE = 54;
var CONTEXT_REACH = 600;
var VALUE_CHAR2 = new Uint8Array(256);
for (let c = 0; c < 128; c++) {
  const lower = c | 32;
  if (c >= 48 && c <= 57 || lower >= 97 && lower <= 122 || c === 95 || c === 45) VALUE_CHAR2[c] = 1;
}
var ANCHOR_RUN = 20;
function valueRuns(codes) {
  const seeds = [];
  const long = [];
  const n = codes.length;
  let lastEnd = 0;
  for (let i = MIN_VALUE - 1; i < n; ) {
    if (VALUE_CHAR2[codes[i]] === 0 || VALUE_CHAR2[codes[i - 8]] === 0 && i + 8 < n && VALUE_CHAR2[codes[i + 8]] === 0) {
      i += MIN_VALUE;
      continue;
    }
    let start = i;
    while (start > lastEnd && VALUE_CHAR2[codes[start - 1]] === 1) start--;
    let end = i + 1;
    while (end < n && VALUE_CHAR2[codes[end]] === 1) end++;
    const len = end - start;
    if (len >= ANCHOR_RUN) long.push(start, end);
    if (len >= MIN_VALUE && len <= MAX_VALUE && randomish(codes, start, end) && mayHoldValue(codes, start, end)) seeds.push(start, end);
    lastEnd = end;
    i = end + MIN_VALUE;
  }
  return { seeds, long };
}
function mayHoldValue(codes, start, end) {
  let n = 0;
  for (let k = start; k < end; k++) if (codes[k] !== 45 && codes[k] !== 95) BARE[n++] = codes[k];
  if (looksRandomCodes(BARE, 0, n)) return true;
  const before = codes[start - 1];
  if (before === 92 && looksRandomCodes(BARE, 1, n) || before === 37 && looksRandomCodes(BARE, 2, n)) return true;
  if (n === end - start) return false;
  for (let from = start, k = start; k <= end; k++) {
    if (k < end && codes[k] !== 45 && codes[k] !== 95) continue;
    if (k - from >= MIN_VALUE && looksRandomCodes(codes, from, k)) return true;
    from = k + 1;
  }
  return false;
}
var BARE = new Uint8Array(MAX_VALUE);
function randomish(codes, start, end) {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let hexOnly = true;
  for (let k = start; k < end; k++) {
    const c = codes[k];
    if (c >= 65 && c <= 90) {
      upper++;
      if (c > 70) hexOnly = false;
    } else if (c >= 97 && c <= 122) {
      lower++;
      if (c > 102) hexOnly = false;
    } else if (c >= 48 && c <= 57) digit++;
  }
  return upper > 0 && lower > 0 && !hexOnly && (upper + digit) * 5 >= end - start;
}
function windowsAround(runs, before, after, limit) {
  const out = [];
  for (let k = 0; k < runs.length; k += 2) {
    const from = Math.max(0, runs[k] - before);
    const to = Math.min(limit, runs[k + 1] + after);
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}
function eachMatchIn(re, text, windows2, fn) {
  let resumeAt = 0;
  for (const [from, to] of windows2) {
    const start = Math.max(from, resumeAt);
    if (start >= to) continue;
    const slice = text.slice(start, Math.min(text.length, to + 64));
    re.lastIndex = 0;
    for (let m = re.exec(slice); m && m.index < to - start; m = re.exec(slice)) {
      fn(start + m.index, m[0]);
      resumeAt = start + m.index + 1;
    }
  }
}

// src/detect/context.ts
var KEYWORD = /key|secret|token|(?:client|app)[_ -]?id|\b(?:value|default)\b/gi;
var KEYWORD_AS_TYPED = new RegExp(`${KEYWORD.source}|${TYPO_ANCHORS}`, "gi");
var NAME_CHAR = /[A-Za-z0-9_.$@-]/;
var MAX_NAME = 80;
var IDENT_TAIL = /[A-Za-z0-9_]/;
function fitValue(value, rules, c) {
  if (c.placeholders.test(value)) return [];
  const fits = [];
  for (const rule of rules) {
    const spec = rule.context;
    if (!spec) continue;
    if (spec.charset === "user-id" ? !isUserIdToken(value) : spec.charset === "alnum" ? !/^[A-Za-z0-9]+$/.test(value) : !/^[A-Za-z0-9_-]+$/.test(value)) continue;
    if (spec.charset !== "user-id" && !looksRandom(value.replace(/[-_]/g, ""))) continue;
    const modern = spec.modernLengths.includes(value.length);
    const legacy = !!spec.legacyRange && value.length >= spec.legacyRange[0] && value.length <= spec.legacyRange[1];
    if (modern || legacy) fits.push({ rule, modern });
  }
  return fits.sort((a, b) => Number(b.modern) - Number(a.modern));
}
function findByContext(text, c, ev, structural, windows2) {
  const out = [];
  let contradicted = false;
  let oauth1Words;
  const speaksOAuth1 = () => oauth1Words ??= /oauth1|client_key|resource_owner|OAuth1/.test(text);
  let doneUntil = 0;
  eachMatchIn(KEYWORD_AS_TYPED, text, windows2, (index, keyword) => {
    if (index < doneUntil) return;
    let s = index;
    while (s > 0 && index - s < MAX_NAME && NAME_CHAR.test(text[s - 1])) s--;
    let e = index + keyword.length;
    while (e < text.length && e - index < MAX_NAME && IDENT_TAIL.test(text[e])) e++;
    doneUntil = e;
    const nameStart = s;
    const value = readValueAfter(text, e, () => keyAloneOnLine(text, extendOverSpacedWords(text, nameStart), e));
    if (!value || value.value.length < 16 || value.value.length > 52) return;
    s = extendOverSpacedWords(text, s);
    const name = text.slice(s, e);
    let words = splitWords(name);
    let match = matchRole(words, c.names);
    let asTyped = false;
    if (!match || match.role.words.length === 1) {
      const typed = matchAsTyped(words, match, c.names, c.vocabulary);
      if (typed) ({ words, match, asTyped } = { ...typed, asTyped: true });
    }
    if (!match) return;
    if (text[s - 1] === "<" && name === "key") return;
    if (match.role.words.length === 1 || match.label) {
      const owner = labelOwner(text, s) ?? ev.parentChain(s)[0];
      const qualified = owner ? matchRole([...owner, ...match.label ? [] : words], c.names) : null;
      if (qualified && (match.label || qualified.role.words.length > 1) && phraseFits(qualified.role.words.join(" "), value.value, c)) {
        words = [...owner, ...match.label ? [] : words];
        match = qualified;
      }
    }
    if (match.label) return;
    let phrase = match.role.words.join(" ");
    let fits = phraseFit(phrase, value.value, c);
    if (fits.length === 0) {
      const inner = innerRole(readAsTyped(words, c.vocabulary) ?? words, c.names, (p) => phraseFits(p, value.value, c));
      if (inner) {
        ({ match, asTyped } = { match: inner, asTyped: true });
        phrase = match.role.words.join(" ");
        fits = phraseFit(phrase, value.value, c);
      }
    }
    if (phrase === "client id" && PKCE_CONTEXT.test(lineAround(text, value.start))) return;
    const specific = c.byPhrase.get(phrase)?.specific ?? false;
    if (fits.length === 0) {
      if (specific && looksRandom(value.value)) contradicted = true;
      return;
    }
    const parents = ev.parents(s);
    if (match.prefix.some((w) => c.otherServices.has(w)) && !wordsShowX(match.prefix)) return;
    if (parents.some((w) => c.otherServices.has(w)) && !wordsShowX(parents)) return;
    const fit = chooseFit(fits, match.role.words, { siblingToken: () => SIBLING_TOKEN.test(linesAround(text, value.start, 1)), speaksOAuth1 });
    const local = wordsShowX(match.prefix) || nameHasXPrefix(name) || wordsShowX(parents);
    const cand = candidate(fit, value.start, value.end, value.value, "name", specific, local);
    if (match.role.words.length === 1) cand.bareWord = true;
    if (asTyped) cand.asTyped = true;
    out.push(cand);
  });
  findSdkCalls(text, c, ev, windows2, out);
  if (windows2.some(([from, to]) => PAIR_WORDS.test(text.slice(from, to)))) findPairs(text, c, out, windows2, () => ev.file);
  if (windows2.length && text.includes("twurl")) findTwurlFlags(text, c, out);
  if (windows2.length && text.includes("<bean")) findSpringBeans(text, c, out);
  for (const s of structural) {
    if (s.ruleId !== "twitter-access-token" && s.ruleId !== "twitter-bearer-token") continue;
    findNearStructural(text, s, c, out);
  }
  if (out.some((c2) => c2.ruleId === "twitter-consumer-key")) {
    const consumerSecret = c.byRole.get("consumer-secret");
    for (const cand of out) {
      if (cand.ruleId === "twitter-oauth2-client-secret" && /^[A-Za-z0-9]+$/.test(cand.secret)) {
        const fit = fitValue(cand.secret, [consumerSecret], c)[0];
        if (fit) Object.assign(cand, { ruleId: consumerSecret.id, modern: fit.modern });
      }
    }
  }
  return { candidates: out, contradicted };
}
function candidate(fit, start, end, secret, via, specific, local) {
  const details = fit.rule.context?.charset === "user-id" ? { userId: secret.slice(0, secret.indexOf("-")) } : {};
  return { ruleId: fit.rule.id, start, end, secret, via, specific, localEvidence: local, modern: fit.modern, details };
}
function isUserIdToken(value) {
  const m = /^[1-9][0-9]{0,18}-([A-Za-z0-9]+)$/.exec(value);
  return !!m && looksRandom(m[1]);
}
function phraseFit(phrase, value, c) {
  return fitValue(value, c.byPhrase.get(phrase)?.rules ?? [], c);
}
var phraseFits = (phrase, value, c) => phraseFit(phrase, value, c).length > 0;
function findSdkCalls(text, c, ev, windows2, out) {
  eachSdkCall(text, c.sdkCalls, windows2, (index, name, argsFrom) => {
    const call = c.sdkRoles.get(name);
    const args = splitArguments(text, argsFrom, !c.sdkCalls.named.has(name));
    const roles = call.rolesWhenUrlFirst && args[0] && /^["'`]https?:/.test(args[0].text) ? call.rolesWhenUrlFirst : call.roles;
    const found = [];
    args.forEach((arg, k) => {
      const rule = roles[k] ? c.byRole.get(roles[k]) : void 0;
      if (!rule?.context) return;
      const lit = /^[@rRbBuUfF]?(["'`])([A-Za-z0-9_-]+)\1$/.exec(arg.text.replace(/\\\s*\n\s*/g, "").trim());
      const fit = lit ? fitValue(lit[2], [rule], c)[0] : void 0;
      if (!fit) return;
      const start = arg.start + arg.text.indexOf(lit[2]);
      found.push(candidate(fit, start, start + lit[2].length, lit[2], "sdk", true, true));
    });
    if (found.length === 0) return;
    const qualifier = text.slice(Math.max(0, index - 12), index);
    if (call.generic && !/tweepy\.|twitter\.|Twitter/.test(qualifier) && !ev.file) return;
    for (const f of found) out.push(f);
  });
}
function eachSdkCall(text, calls, windows2, fn) {
  for (const [from, to] of windows2) {
    const limit = Math.min(text.length, to + 64);
    for (let p = text.indexOf("(", from); p >= 0 && p < limit; p = text.indexOf("(", p + 1)) {
      let e = p;
      while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
      let s = e;
      while (s > 0 && isWordChar(text.charCodeAt(s - 1))) s--;
      if (s === e || s < from || s >= to) continue;
      const name = text.slice(s, e);
      if (calls.named.has(name)) fn(s, name, p + 1);
    }
  }
  const shared = calls.literalPrefix.length >= 4;
  for (const needle of shared ? [calls.literalPrefix] : calls.literal) {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      if (isWordChar(text.charCodeAt(at - 1)) || !windows2.some(([from, to]) => at >= from && at < to)) continue;
      for (const literal of shared ? calls.literal : [needle]) if (text.startsWith(literal, at)) fn(at, literal, at + literal.length);
    }
  }
}
function isWordChar(c) {
  return isAlnumCode(c) || c === 95;
}
function isSpace(c) {
  return c >= 9 && c <= 13 || c === 32 || c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
function labelOwner(text, at) {
  const before = text.slice(Math.max(0, at - 300), at);
  const m = /["']?([A-Za-z0-9_.-]+)["']?\s*[:=]\s*\{[^{}]*$/.exec(before.slice(before.lastIndexOf("\n") + 1));
  return m ? splitWords(m[1]) : null;
}
function chooseFit(fits, phrase, hints) {
  if (fits.length === 1) return fits[0];
  const byRole = (role) => fits.find((f) => f.rule.role === role);
  const client = byRole("client-secret");
  const consumer = byRole("consumer-secret");
  if (client && consumer) return phrase.includes("client") && !hints.speaksOAuth1() ? client : consumer;
  const tokenSecret = byRole("access-token-secret");
  if (tokenSecret && consumer && !tokenSecret.modern && !consumer.modern) return hints.siblingToken() ? tokenSecret : consumer;
  return fits[0];
}
var SIBLING_TOKEN = /^\s*["']?token["']?\s*[:=]/im;
function linesAround(text, offset, n) {
  const floor = Math.max(0, offset - LINE_REACH);
  const seg = text.slice(floor, Math.min(text.length, offset + LINE_REACH));
  const at = offset - floor;
  let from = seg.lastIndexOf("\n", at - 1);
  for (let k = 0; k < n && from >= 0; k++) from = seg.lastIndexOf("\n", from - 1);
  let to = seg.indexOf("\n", at);
  for (let k = 0; k < n && to >= 0; k++) to = seg.indexOf("\n", to + 1);
  return seg.slice(from + 1, to < 0 ? seg.length : to);
}
var LINE_REACH = 2e3;
var PKCE_CONTEXT = /response_type|code_challenge|redirect_uri|oauth2\/authorize|grant_type=authorization_code/;
function lineAround(text, offset) {
  return linesAround(text, offset, 0);
}
function keyAloneOnLine(text, s, e) {
  if (!/^[\s:]*(\n|$)/.test(text.slice(e, e + 4))) return false;
  for (let i = s - 1; i >= 0 && text[i] !== "\n"; i--) if (!/[\s#*>-]/.test(text[i])) return false;
  return true;
}
function extendOverSpacedWords(text, s) {
  for (let words = 0; words < 3; words++) {
    if (text[s - 1] !== " " || !/[A-Za-z]/.test(text[s - 2] ?? "")) break;
    let w = s - 1;
    while (w > 0 && /[A-Za-z0-9]/.test(text[w - 1])) w--;
    if (s - 1 - w > 20) break;
    s = w;
  }
  return s;
}
function splitArguments(text, from, untilEndOfLine = false) {
  const args = [];
  let depth = 0;
  let quote = "";
  let argStart = from;
  const limit = Math.min(text.length, from + 3e3);
  const flush = (end) => {
    const raw = text.slice(argStart, end);
    const lead = raw.length - raw.trimStart().length;
    args.push({ start: argStart + lead, text: raw.trim() });
  };
  for (let i = from; i < limit; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = "";
      continue;
    }
    if (ch === '"' || ch === "'" || ch === "`") quote = ch;
    else if (ch === "\n" && untilEndOfLine && depth === 0) {
      flush(i);
      return args;
    } else if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]" || ch === "}") {
      if (depth === 0) {
        flush(i);
        return args;
      }
      depth--;
    } else if (ch === "," && depth === 0) {
      flush(i);
      argStart = i + 1;
    }
  }
  return args;
}
var PAIR_CONTEXT = /oauth2\/token|curl|twurl|--user|\s-u\s|Basic /;
var PAIR_WORDS = new RegExp(`${PAIR_CONTEXT.source}|6MTpjaQ:`);
var CLIENT_PAIR = /(?<![A-Za-z0-9_-])([A-Za-z0-9_-]{27}6MTpjaQ):([A-Za-z0-9_-]{50})(?![A-Za-z0-9_-])/g;
var BASIC = /Basic\s+([A-Za-z0-9+/]{56,104}={0,2})(?![A-Za-z0-9+/=])/y;
function findPairs(text, c, out, windows2, showsX) {
  const key = c.byRole.get("consumer-key");
  const secret = c.byRole.get("consumer-secret");
  const add = (k, s, kStart, sStart, kLen, sLen) => {
    const kFit = fitValue(k, [key], c)[0];
    const sFit = fitValue(s, [secret], c)[0];
    if (!kFit || !sFit) return;
    out.push(candidate(kFit, kStart, kStart + kLen, k, "pair", true, true));
    out.push(candidate(sFit, sStart, sStart + sLen, s, "pair", true, true));
  };
  CLIENT_PAIR.lastIndex = 0;
  for (let m = text.includes("6MTpjaQ:") ? CLIENT_PAIR.exec(text) : null; m; m = CLIENT_PAIR.exec(text)) {
    const fit = fitValue(m[2], [c.byRole.get("client-secret")], c)[0];
    const start = m.index + m[1].length + 1;
    if (fit) out.push(candidate(fit, start, start + m[2].length, m[2], "pair", true, true));
  }
  eachPair(text, windows2, (index, k, v) => {
    if (!PAIR_CONTEXT.test(linesAround(text, index, 2)) || !showsX()) return;
    add(k, v, index, index + k.length + 1, k.length, v.length);
  });
  for (let at = text.indexOf("Basic"); at >= 0; ) {
    BASIC.lastIndex = at;
    const m = BASIC.exec(text);
    if (!m) {
      at = text.indexOf("Basic", at + 5);
      continue;
    }
    at = text.indexOf("Basic", at + m[0].length);
    const decoded = /^([A-Za-z0-9]{18,25}):([A-Za-z0-9]{35,50})$/.exec(Buffer.from(m[1], "base64").toString("latin1"));
    if (!decoded || !showsX()) continue;
    const start = m.index + m[0].length - m[1].length;
    add(decoded[1], decoded[2], start, start, m[1].length, m[1].length);
  }
}
function eachPair(text, windows2, fn) {
  let resumeAt = 0;
  for (const [from, to] of windows2) {
    const limit = Math.min(text.length, to + 64);
    for (let colon = text.indexOf(":", Math.max(from, resumeAt)); colon >= 0 && colon < limit; colon = text.indexOf(":", colon + 1)) {
      let s = colon;
      while (s > 0 && isAlnumCode(text.charCodeAt(s - 1))) s--;
      if (colon - s < 18 || colon - s > 25 || s < Math.max(from, resumeAt) || s >= to || PAIR_BEFORE.includes(text[s - 1])) continue;
      let e = colon + 1;
      while (e < text.length && isAlnumCode(text.charCodeAt(e))) e++;
      if (e - colon - 1 < 35 || e - colon - 1 > 50 || PAIR_AFTER.includes(text[e])) continue;
      fn(s, text.slice(s, colon), text.slice(colon + 1, e));
      resumeAt = e;
    }
  }
}
var PAIR_BEFORE = "_-+/.";
var PAIR_AFTER = "_-+/";
var TWURL_FLAG = /(?:^|\s)-([csS])\s+["']?([A-Za-z0-9]{18,50})(?![A-Za-z0-9])/g;
var TWURL_ROLE = { c: "consumer-key", s: "consumer-secret", S: "access-token-secret" };
function findTwurlFlags(text, c, out) {
  for (let at = text.indexOf("twurl"); at >= 0; at = text.indexOf("twurl", at + 5)) {
    const lineEnd = text.indexOf("\n", at);
    const line = text.slice(at, lineEnd < 0 ? text.length : lineEnd);
    TWURL_FLAG.lastIndex = 0;
    for (let m = TWURL_FLAG.exec(line); m; m = TWURL_FLAG.exec(line)) {
      const fit = fitValue(m[2], [c.byRole.get(TWURL_ROLE[m[1]])], c)[0];
      const start = at + m.index + m[0].length - m[2].length;
      if (fit) out.push(candidate(fit, start, start + m[2].length, m[2], "sdk", true, true));
    }
  }
}
var SPRING_BEAN = /<bean\b[^>]{0,300}?class="[^"]{0,200}?\.(TwitterConnectionFactory|TwitterTemplate)"[^>]{0,300}>([\s\S]{0,1500}?)<\/bean>/y;
function findSpringBeans(text, c, out) {
  for (let at = text.indexOf("<bean"); at >= 0; at = text.indexOf("<bean", at + 5)) {
    SPRING_BEAN.lastIndex = at;
    const m = SPRING_BEAN.exec(text);
    if (!m) continue;
    const roles = c.sdkRoles.get(m[1])?.roles ?? [];
    const bodyStart = m.index + m[0].length - m[2].length - "</bean>".length;
    const arg = /<constructor-arg\b[^>]*\bvalue="([A-Za-z0-9_-]+)"/g;
    let k = 0;
    for (let a = arg.exec(m[2]); a; a = arg.exec(m[2]), k++) {
      const rule = c.byRole.get(roles[k] ?? "");
      const fit = rule?.context ? fitValue(a[1], [rule], c)[0] : void 0;
      if (!fit) continue;
      const start = bodyStart + a.index + a[0].length - a[1].length - 1;
      out.push(candidate(fit, start, start + a[1].length, a[1], "sdk", true, true));
    }
  }
}
var NEAR_WINDOW_LINES = 6;
var NEAR_WINDOW_CHARS = 3e3;
var BARE2 = /(?<![A-Za-z0-9_\-+/=.$%])([A-Za-z0-9]{25}|[A-Za-z0-9]{45}|[A-Za-z0-9]{50})(?![A-Za-z0-9_\-+/=.])/g;
var SECRET_BESIDE = /(?<![A-Za-z0-9_\-+/=.$%])(?=[A-Za-z]*[0-9])[A-Za-z0-9]{50}(?![A-Za-z0-9_\-+/=.])/;
function findNearStructural(text, anchor, c, out) {
  const floor = Math.max(0, anchor.start - NEAR_WINDOW_CHARS);
  const seg = text.slice(floor, Math.min(text.length, anchor.end + NEAR_WINDOW_CHARS));
  let from = anchor.start - floor;
  for (let n = 0; n <= NEAR_WINDOW_LINES && from > 0; n++) from = seg.lastIndexOf("\n", from - 1);
  let to = anchor.end - floor;
  for (let n = 0; n <= NEAR_WINDOW_LINES && to >= 0; n++) to = seg.indexOf("\n", to + 1);
  from = floor + Math.max(0, from + 1);
  to = to < 0 ? floor + seg.length : floor + to;
  const window = text.slice(from, to);
  const roleByLength = { 25: "consumer-key", 45: "access-token-secret", 50: "consumer-secret" };
  BARE2.lastIndex = 0;
  for (let m = BARE2.exec(window); m; m = BARE2.exec(window)) {
    const value = m[1];
    if (!/[0-9]/.test(value) && !(value.length === 25 && SECRET_BESIDE.test(window))) continue;
    const rule = c.byRole.get(roleByLength[value.length]);
    const fit = fitValue(value, [rule], c)[0];
    if (fit) out.push(candidate(fit, from + m.index, from + m.index + value.length, value, "near", true, true));
  }
}

// src/detect/encoded.ts
var MANIFEST = /\.(?:ya?ml|json|tpl|j2|md|txt)$/i;
var MOBILE_CONFIG = /\.(?:plist|xml|strings|entitlements|pbxproj|gradle|kts|swift|mm?|h|java|kt|json|ya?ml|md|txt|properties)$/i;
var KIND_SECRET = /\bkind["']?[ \t]*:[ \t]*["']?Secret\b/;
var YAML_DATA = /^([ \t]*)data:[ \t]*$/gm;
var YAML_ENTRY = /^([ \t]+)["']?([\w.-]{1,253})["']?[ \t]*:[ \t]*["']?([A-Za-z0-9+/]{8,}={0,2})["']?[ \t]*$/;
var JSON_DATA = /"data"\s*:\s*\{([^{}]{0,20000})\}/g;
var JSON_ENTRY = /"([\w.-]{1,253})"\s*:\s*"([A-Za-z0-9+/]{8,}={0,2})"/g;
var ONE_TOKEN = /^[A-Za-z0-9_%+/=.-]+$/;
var TWITTERKIT = /twitterkit-([A-Za-z0-9]{18,25})(?![A-Za-z0-9_-])/g;
function findEncoded(text, path, c, scan) {
  const out = [];
  if (MANIFEST.test(path) && hasKindSecret(text)) kubernetesSecrets(text, path, scan, out);
  if (MOBILE_CONFIG.test(path) && hasTwitterKit(text)) twitterKit(text, c, out);
  return out;
}
function hasKindSecret(text) {
  for (let at = text.indexOf("Secret"); at >= 0; at = text.indexOf("Secret", at + 6)) {
    const before = text.charCodeAt(at - 1);
    if (before !== 32 && before !== 34 && before !== 39 && before !== 58 && before !== 9) continue;
    if (KIND_BEFORE.test(text.slice(Math.max(0, at - 12), at)) && !/\w/.test(text[at + 6] ?? "")) return true;
  }
  return false;
}
var KIND_BEFORE = /kind["']?[ \t]*:[ \t]*["']?$/;
function kubernetesSecrets(text, path, scan, out) {
  const bounds = [0];
  for (const sep of text.matchAll(/^---[^\n]*$/gm)) bounds.push(sep.index, sep.index + sep[0].length);
  bounds.push(text.length);
  for (let k = 0; k < bounds.length; k += 2) {
    const from = bounds[k];
    const doc = text.slice(from, bounds[k + 1]);
    if (!KIND_SECRET.test(doc)) continue;
    const entries = [...yamlEntries(doc, from), ...jsonEntries(doc, from)];
    if (entries.length === 0) continue;
    const name = /^[ \t]*["']?name["']?[ \t]*:[ \t]*["']?([\w.-]+)/m.exec(doc)?.[1] ?? "";
    const header = `# Kubernetes Secret ${name}
`;
    let lines = header;
    const onLine = [];
    for (const entry of entries) {
      if (ONE_TOKEN.test(entry.decoded)) {
        const line = `${entry.key}: ${entry.decoded}
`;
        onLine.push({ entry, at: lines.length + entry.key.length + 2 });
        lines += line;
      } else {
        for (const f of scan(entry.decoded, `${path}/${entry.key}`)) out.push(fromInner(f, entry));
      }
    }
    if (onLine.length === 0) continue;
    for (const f of scan(lines, path)) {
      const hit = onLine.find((l) => f.start >= l.at && f.start < l.at + l.entry.decoded.length);
      if (hit) out.push(fromInner(f, hit.entry));
    }
  }
}
function fromInner(f, entry) {
  const details = { ...f.details, encoded: f.canonical };
  if (f.ruleId === "twitter-bearer-token") details.tailLength = f.status === "public-client" ? "42" : "50";
  return { ruleId: f.ruleId, start: entry.start, end: entry.end, secret: f.secret, via: "name", specific: true, localEvidence: true, modern: true, details };
}
function yamlEntries(doc, offset) {
  const out = [];
  YAML_DATA.lastIndex = 0;
  for (let m = YAML_DATA.exec(doc); m; m = YAML_DATA.exec(doc)) {
    const indent = m[1].length;
    let at = m.index + m[0].length + 1;
    let childIndent = -1;
    while (at < doc.length) {
      let e = doc.indexOf("\n", at);
      if (e < 0) e = doc.length;
      const line = doc.slice(at, e).replace(/\r$/, "");
      if (line.trim() && !line.trim().startsWith("#")) {
        const entry = YAML_ENTRY.exec(line);
        const ind = /^[ \t]*/.exec(line)[0].length;
        if (ind <= indent || childIndent >= 0 && ind !== childIndent || !entry) {
          if (ind <= indent) break;
        } else {
          childIndent = ind;
          const decoded = decodeBase64(entry[3]);
          const start = offset + at + line.indexOf(entry[3], entry[1].length + entry[2].length);
          if (decoded) out.push({ key: entry[2], start, end: start + entry[3].length, decoded });
        }
      }
      at = e + 1;
    }
  }
  return out;
}
function jsonEntries(doc, offset) {
  const out = [];
  JSON_DATA.lastIndex = 0;
  for (let m = JSON_DATA.exec(doc); m; m = JSON_DATA.exec(doc)) {
    const bodyStart = m.index + m[0].length - 1 - m[1].length;
    JSON_ENTRY.lastIndex = 0;
    for (let e = JSON_ENTRY.exec(m[1]); e; e = JSON_ENTRY.exec(m[1])) {
      const decoded = decodeBase64(e[2]);
      const start = offset + bodyStart + e.index + e[0].length - 1 - e[2].length;
      if (decoded) out.push({ key: e[1], start, end: start + e[2].length, decoded });
    }
  }
  return out;
}
function decodeBase64(b64) {
  if (b64.length % 4 !== 0) return null;
  const bytes = Buffer.from(b64, "base64");
  if (bytes.toString("base64") !== b64) return null;
  const s = bytes.toString("latin1").replace(/\r?\n$/, "");
  if (!s || /[^\t\n\r\x20-\x7e]/.test(s)) return null;
  return s;
}
function hasTwitterKit(text) {
  for (let at = text.indexOf("kit-"); at >= 0; at = text.indexOf("kit-", at + 4)) if (text.startsWith("twitter", at - 7)) return true;
  return false;
}
function twitterKit(text, c, out) {
  const rule = c.byRole.get("consumer-key");
  TWITTERKIT.lastIndex = 0;
  for (let m = TWITTERKIT.exec(text); m; m = TWITTERKIT.exec(text)) {
    if (/[A-Za-z0-9_]/.test(text[m.index - 1] ?? "")) continue;
    const fit = fitValue(m[1], [rule], c)[0];
    const start = m.index + "twitterkit-".length;
    if (fit) out.push(candidate(fit, start, start + m[1].length, m[1], "name", true, true));
  }
}

// src/detect/positional.ts
var REACH = 1500;
var LITERAL = /^[@rRbBuUfFL]?(["'`])([A-Za-z0-9]{18,50})\1$/;
function findPositional(text, c, structural, out) {
  const done = /* @__PURE__ */ new Set();
  for (const token of structural) {
    if (token.ruleId !== "twitter-access-token") continue;
    const open = enclosingOpen(text, token.start);
    if (open < 0 || done.has(open)) continue;
    done.add(open);
    if (text[open] === "(" && c.sdkRoles.has(callName(text, open))) continue;
    const args = splitArguments(text, open + 1);
    const t = args.findIndex((a) => a.start <= token.start && token.start < a.start + a.text.length);
    if (t < 0 || !/^[@rRbBuUfFL]?(["'`])[0-9]+-[A-Za-z0-9]+\1$/.test(args[t].text.trim())) continue;
    const taken = /* @__PURE__ */ new Set();
    args.forEach((arg, k) => {
      if (k === t) return;
      const lit = LITERAL.exec(arg.text.replace(/\\\s*\n\s*/g, "").trim());
      const role = lit ? roleOf(lit[2], k === t + 1) : "";
      if (!role || taken.has(role)) return;
      const fit = fitValue(lit[2], [c.byRole.get(role)], c)[0];
      if (!fit) return;
      taken.add(role);
      const start = arg.start + arg.text.indexOf(lit[2]);
      out.push(candidate(fit, start, start + lit[2].length, lit[2], "sdk", true, true));
    });
  }
}
function roleOf(value, afterToken) {
  const n = value.length;
  if (n <= 25) return n >= 18 ? "consumer-key" : "";
  if (n < 35) return "";
  if (n === 45) return "access-token-secret";
  if (n > 45) return "consumer-secret";
  return afterToken ? "access-token-secret" : "consumer-secret";
}
function enclosingOpen(text, at) {
  let depth = 0;
  for (let i = at - 1; i >= 0 && at - i < REACH; i--) {
    const ch = text[i];
    if (ch === ")" || ch === "]" || ch === "}") depth++;
    else if (ch === "(" || ch === "[") {
      if (depth === 0) return i;
      depth--;
    } else if (ch === "{") {
      if (depth === 0) return -1;
      depth--;
    } else if (ch === ";" && depth === 0) return -1;
  }
  return -1;
}
function callName(text, open) {
  let e = open;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  let s = e;
  while (s > 0 && /\w/.test(text[s - 1])) s--;
  return text.slice(s, e);
}

// src/detect/reshape.ts
var NEXT_LITERAL = /[ \t]*(?:[+\\][ \t]*)?(?:\n[ \t]*(?:\+[ \t]*)?)?(["'])([A-Za-z0-9_-]{1,50})\1/y;
var FIRST_LITERAL = /(["'])([A-Za-z0-9_-]{1,50})\1/g;
var NAME_THEN_VALUE = /^([ \t]*-?[ \t]*)(["']?name["']?[ \t]*:[ \t]*)(["']?)([A-Za-z][A-Za-z0-9_.-]{2,80})(["']?,?)[ \t]*\n[ \t]*["']?value["']?[ \t]*:/g;
var INLINE_NAME_VALUE = /(\{[ \t]*)("name"[ \t]*:[ \t]*)("[A-Za-z][A-Za-z0-9_.-]{2,80}")([ \t]*,[ \t]*)("value"[ \t]*:[ \t]*)"$/;
var VALUE_LABEL = /^[ \t]*["']?value["']?[ \t]*:[ \t]*["']?$/;
var MIN_JOINED = 18;
var MAX_JOINED = 50;
function reshape(text, seeds) {
  const edits = [];
  const joins = /* @__PURE__ */ new Map();
  let chainsUntil = 0;
  for (let k = 0; k < seeds.length; k += 2) {
    const s = seeds[k];
    const e = seeds[k + 1];
    const q = text[s - 1];
    if ((q === '"' || q === "'") && text[e] === q && e > chainsUntil && nextToJunction(text, s - 1, e + 1)) {
      const from = Math.max(chainsUntil, lineStartBefore(text, s - 1, 2), s - 201);
      const slice = text.slice(from, Math.min(text.length, e + 1));
      FIRST_LITERAL.lastIndex = 0;
      for (let m = FIRST_LITERAL.exec(slice); m; m = FIRST_LITERAL.exec(slice)) {
        const q0 = from + m.index;
        const chain = readChain(text, q0, m[2]);
        if (!chain) continue;
        if (q0 + chain.replacement.length <= s) {
          FIRST_LITERAL.lastIndex = m.index + chain.replacement.length;
          continue;
        }
        edits.push([q0, chain.replacement]);
        joins.set(q0 + chain.breaks + 1, { start: q0 + 1, end: chain.lastEnd, value: chain.value });
        chainsUntil = q0 + chain.replacement.length;
        break;
      }
    }
    const inline = text[s - 1] === '"' ? INLINE_NAME_VALUE.exec(text.slice(Math.max(0, s - 160), s)) : null;
    if (inline) {
      const at2 = s - inline[0].length + inline[1].length;
      edits.push([at2, " ".repeat(inline[2].length)]);
      edits.push([at2 + inline[2].length + inline[3].length + inline[4].length, " ".repeat(inline[5].length)]);
    }
    const lineStart = lineStartBefore(text, s - 1, 0);
    if (lineStart > 0 && text[lineStart - 1] === "\n" && VALUE_LABEL.test(text.slice(lineStart, s))) {
      const prev = lineStartBefore(text, lineStart - 2, 0);
      NAME_THEN_VALUE.lastIndex = 0;
      const m = NAME_THEN_VALUE.exec(text.slice(prev, s));
      if (m && m.index === 0) {
        const at2 = prev + m[1].length;
        const blank = m[2].length + m[3].length;
        edits.push([at2, " ".repeat(blank)]);
        edits.push([at2 + blank + m[4].length, " ".repeat(m[5].length)]);
      }
    }
  }
  if (edits.length === 0) return { text, joins };
  edits.sort((a, b) => a[0] - b[0]);
  const parts = [];
  let at = 0;
  for (const [pos, rep] of edits) {
    if (pos < at) continue;
    parts.push(text.slice(at, pos), rep);
    at = pos + rep.length;
  }
  parts.push(text.slice(at));
  return { text: parts.join(""), joins };
}
function readChain(text, q0, first) {
  let value = first;
  let end = q0 + first.length + 2;
  let pieces = 1;
  for (; ; ) {
    NEXT_LITERAL.lastIndex = end;
    const m = NEXT_LITERAL.exec(text);
    if (!m) break;
    value += m[2];
    end = NEXT_LITERAL.lastIndex;
    pieces++;
    if (value.length > MAX_JOINED) return null;
  }
  if (pieces < 2 || value.length < MIN_JOINED) return null;
  let b = q0 - 1;
  while (b >= 0 && (text[b] === " " || text[b] === "	")) b--;
  if (text[b] === "+" || /[A-Za-z0-9_"'`]/.test(text[b] ?? "")) return null;
  if (/^[ \t]*\+/.test(text.slice(end, end + 40))) return null;
  if (!looksRandom(value.replace(/[-_]/g, ""))) return null;
  const span = text.slice(q0, end);
  const breaks = span.split("\n").length - 1;
  const replacement = "\n".repeat(breaks) + `"${value}"`.padEnd(span.length - breaks, " ");
  return { replacement, value, lastEnd: end - 1, breaks };
}
function nextToJunction(text, q0, q1) {
  let a = q1;
  while (text[a] === " " || text[a] === "	") a++;
  let b = q0 - 1;
  while (text[b] === " " || text[b] === "	") b--;
  return JUNCTION.includes(text[a] ?? "") || JUNCTION.includes(text[b] ?? "");
}
var JUNCTION = `+\\"'
`;
function lineStartBefore(text, at, lines) {
  const floor = Math.max(0, at - LOOK_BACK);
  const seg = text.slice(floor, at + 1);
  let p = seg.lastIndexOf("\n");
  for (let k = 0; k < lines && p > 0; k++) p = seg.lastIndexOf("\n", p - 1);
  return p < 0 ? floor : floor + p + 1;
}
var LOOK_BACK = 400;
function fixSpans(cands, joins) {
  if (joins.size === 0) return;
  for (const c of cands) {
    const j = joins.get(c.start);
    if (j && c.secret === j.value) {
      c.start = j.start;
      c.end = j.end;
    }
  }
}

// src/detect/rows.ts
var CELL = /^\s*(?:N?'([A-Za-z0-9_-]{16,52})'|"([A-Za-z0-9_-]{16,52})"|([A-Za-z0-9_-]{16,52}))\s*$/;
var INSERT = /INSERT\s+(?:IGNORE\s+)?INTO\s+([`"[]?[\w.$]+[`"\]]?(?:\.[`"[]?[\w$]+[`"\]]?)?)\s*(?:\(([^()]{1,4000})\))?\s*VALUES\s*/giy;
var CREATE = /\bCREATE\s+(?:TEMPORARY\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?([`"[]?[\w.$]+[`"\]]?(?:\.[`"[]?[\w$]+[`"\]]?)?)\s*\(/gi;
var NOT_A_COLUMN = /^(?:PRIMARY|KEY|UNIQUE|CONSTRAINT|INDEX|FOREIGN|CHECK|FULLTEXT|SPATIAL|EXCLUDE)\b/i;
var MAX_ROWS = 2e4;
function findRows(text, path, c, structural, windows2, out) {
  if (windows2.length === 0) return;
  const sql = /\.sql$/i.test(path);
  if (sql ? text.includes("INSERT") || /insert\s+into/i.test(text) : insertInWindows(text, windows2)) findSqlRows(text, c, structural, windows2, sql, out);
  if (DELIMITED.test(path)) findCsvRows(text, path, c, structural, windows2, out);
}
function columnsOf(names, c) {
  return names.map((n) => {
    const name = n.trim().replace(/^[`"[']|[`"\]']$/g, "");
    const m = matchRole(splitWords(name), c.names);
    return { name, role: !!m && !m.label };
  });
}
function bareTable(name) {
  return name.replace(/[`"[\]]/g, "").split(".").pop().toLowerCase();
}
function findSqlRows(text, c, structural, windows2, lowerCase, out) {
  let tables;
  const tableColumns = (table) => {
    if (!tables) {
      tables = /* @__PURE__ */ new Map();
      CREATE.lastIndex = 0;
      for (let m = CREATE.exec(text); m; m = CREATE.exec(text)) {
        const body = splitTop(text, m.index + m[0].length, ")");
        const names = body.items.map((d) => d.text.trim()).filter((d) => d && !NOT_A_COLUMN.test(d)).map((d) => /^[`"[]?([\w$]+)/.exec(d)?.[1] ?? "");
        tables.set(bareTable(m[1]), columnsOf(names, c));
      }
    }
    return tables.get(table);
  };
  let done = 0;
  for (const word of lowerCase ? ["INSERT", "insert"] : ["INSERT"]) {
    for (let from = text.indexOf(word); from >= 0; from = text.indexOf(word, from + 6)) {
      if (from < done || /\w/.test(text[from - 1] ?? "")) continue;
      INSERT.lastIndex = from;
      const ins = INSERT.exec(text);
      if (!ins) continue;
      const table = bareTable(ins[1]);
      const columns = ins[2] ? columnsOf(ins[2].split(","), c) : tableColumns(table);
      if (!columns || !columns.some((col) => col.role)) continue;
      const tableShowsX = wordsShowX(splitWords(table));
      let at = INSERT.lastIndex;
      for (let rows = 0; rows < MAX_ROWS && text[at] === "("; rows++) {
        const row = splitTop(text, at + 1, ")");
        if (row.end < 0) break;
        if (inWindows(windows2, at, row.end)) rowCandidates(row.items, columns, c, tableShowsX || holdsToken(structural, at, row.end), out);
        at = row.end + 1;
        while (at < text.length && /[\s,]/.test(text[at])) at++;
      }
      done = at;
    }
  }
}
function insertInWindows(text, windows2) {
  let next = -1;
  for (const [from, to] of windows2) {
    if (next < from) next = text.indexOf("INSERT", from);
    if (next < 0) return false;
    if (next < to) return true;
  }
  return false;
}
function inWindows(windows2, from, to) {
  return windows2.some(([a, b]) => a < to && from < b);
}
function holdsToken(structural, from, to) {
  return structural.some((s) => s.start >= from && s.start < to);
}
function splitTop(text, from, close) {
  const items = [];
  let depth = 0;
  let quote = "";
  let start = from;
  const limit = Math.min(text.length, from + 2e5);
  for (let i = from; i < limit; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = "";
      continue;
    }
    if (ch === "'" || ch === '"' || ch === "`") quote = ch;
    else if (ch === "(") depth++;
    else if (ch === ")" && depth > 0) depth--;
    else if (depth === 0 && (ch === "," || ch === close)) {
      items.push({ start, text: text.slice(start, i) });
      start = i + 1;
      if (ch === close) return { items, end: i };
    }
  }
  return { items, end: -1 };
}
var REQUEST_FLOW = /verifier|callback[_ ]?confirmed/i;
var TOKEN_COLUMN = /^(?:oauth[_ ]?)?token$/i;
function rowCandidates(cells, columns, c, local, out) {
  if (cells.length !== columns.length) return;
  const requestToken = columns.some((col, k) => REQUEST_FLOW.test(col.name) || TOKEN_COLUMN.test(col.name) && /^\s*["']?[A-Za-z0-9]{16,}["']?\s*$/.test(cells[k].text));
  cells.forEach((cell, k) => {
    if (!columns[k].role) return;
    const m = CELL.exec(cell.text);
    if (!m) return;
    const value = m[1] ?? m[2] ?? m[3];
    const cand = classify(columns[k].name, value, c, local);
    if (!cand || requestToken && cand.ruleId === "twitter-access-token-secret") return;
    const start = cell.start + cell.text.indexOf(value);
    out.push({ ...cand, start, end: start + value.length });
  });
}
function classify(name, value, c, local) {
  const match = matchRole(splitWords(name), c.names);
  if (!match || match.label) return null;
  const phrase = match.role.words.join(" ");
  const fits = phraseFit(phrase, value, c);
  if (fits.length === 0) return null;
  if (match.prefix.some((w) => c.otherServices.has(w)) && !wordsShowX(match.prefix)) return null;
  const modern = fits.filter((f) => f.modern);
  const pool = modern.length ? modern : fits;
  const fit = pool.find((f) => f.rule.role === "consumer-secret") ?? pool[0];
  const specific = c.byPhrase.get(phrase).specific;
  const cand = {
    ruleId: fit.rule.id,
    start: 0,
    end: 0,
    secret: value,
    via: "name",
    specific,
    localEvidence: local || wordsShowX(match.prefix) || nameHasXPrefix(name),
    modern: fit.modern,
    details: {}
  };
  if (match.role.words.length === 1) cand.bareWord = true;
  return cand;
}
var DELIMITERS = [",", "	", ";", "|"];
var DELIMITED = /\.(?:csv|tsv|psv|txt|dat)$/i;
var HEADER_FIELD = /^\s*["']?[A-Za-z_][\w .-]{0,60}["']?\s*$/;
function findCsvRows(text, path, c, structural, windows2, out) {
  const nl = text.indexOf("\n");
  if (nl < 0 || nl > 4e3) return;
  const head = text.slice(0, nl).replace(/\s+$/, "");
  const delim = DELIMITERS.find((d) => head.split(d).length >= 2);
  if (!delim) return;
  const header = head.split(delim);
  if (!header.every((f) => HEADER_FIELD.test(f))) return;
  const columns = columnsOf(header, c);
  if (!columns.some((col) => col.role)) return;
  const fileShowsX = /twitter|tweet/i.test(path);
  let lastLine = -1;
  for (const [from, to] of windows2) {
    let s = Math.max(nl + 1, text.lastIndexOf("\n", from) + 1);
    while (s < to && s < text.length) {
      let e = text.indexOf("\n", s);
      if (e < 0) e = text.length;
      if (s > lastLine) {
        lastLine = s;
        const cells = [];
        let at = s;
        for (const part of text.slice(s, e).split(delim)) {
          cells.push({ start: at, text: part });
          at += part.length + 1;
        }
        rowCandidates(cells, columns, c, fileShowsX || holdsToken(structural, s, e), out);
      }
      s = e + 1;
    }
  }
}

// src/detect/structural.ts
var BEARER_ANCHOR = "AAAAAAAAAAAAAAAAAAAA";
var OAUTH2_TOKEN_LENGTH = 91;
var CLIENT_ID_LENGTH = 34;
var ACCESS_TOKEN_MIN_RUN = 29;
function findStructural(text, runs) {
  const out = [];
  const push = (ruleId, start, end, secret, details) => {
    out.push({ ruleId, start, end, secret, via: "structure", specific: true, localEvidence: true, modern: true, details });
  };
  let bearerEnd = 0;
  for (let k = 0; k < runs.length; k += 2) {
    const from = runs[k];
    const to = runs[k + 1];
    const run = text.slice(from, to);
    for (let r = run.indexOf(BEARER_ANCHOR, Math.max(0, bearerEnd - from)); r >= 0; ) {
      const token = decodeBearerAt(text, from + r);
      if (token) {
        push("twitter-bearer-token", token.start, token.end, token.raw, { appId: token.appId, encoded: token.encoded, tailLength: String(token.tailLength) });
        bearerEnd = token.end;
        break;
      }
      let next = r + BEARER_ANCHOR.length;
      while (run.charCodeAt(next) === 65) next++;
      r = run.indexOf(BEARER_ANCHOR, next);
    }
    if (to - from >= OAUTH2_TOKEN_LENGTH) {
      for (let j = run.indexOf("OjE", 4); j >= 0; j = run.indexOf("OjE", j + 3)) {
        const suffix = run.slice(j - 4, j + 3);
        if (!OAUTH2_TOKEN_SUFFIXES.includes(suffix)) continue;
        const token = decodeOAuth2TokenEndingAt(text, from + j + 3);
        if (!token || token.type === "ac") continue;
        const ruleId = token.type === "at" ? "twitter-oauth2-access-token" : "twitter-oauth2-refresh-token";
        push(ruleId, token.start, token.end, token.raw, { issuedAt: new Date(token.issuedAt).toISOString() });
      }
    }
    if (to - from >= CLIENT_ID_LENGTH) {
      for (let i = run.indexOf(OAUTH2_CLIENT_ID_SUFFIX); i >= 0; i = run.indexOf(OAUTH2_CLIENT_ID_SUFFIX, i + 7)) {
        const id = decodeClientIdEndingAt(text, from + i + OAUTH2_CLIENT_ID_SUFFIX.length);
        if (id) push("twitter-oauth2-client-id", id.start, id.end, id.raw, {});
      }
    }
    if (to - from >= ACCESS_TOKEN_MIN_RUN && run.includes("-")) {
      ACCESS_TOKEN_TAIL.lastIndex = 0;
      for (let m = ACCESS_TOKEN_TAIL.exec(run); m; m = ACCESS_TOKEN_TAIL.exec(run)) {
        const dash = from + m.index;
        let start = dash;
        while (start > from && dash - start < 19 && text.charCodeAt(start - 1) >= 48 && text.charCodeAt(start - 1) <= 57) start--;
        while (start < dash && text[start] === "0") start++;
        if (start === dash) continue;
        const token = checkAccessToken(text, start, dash + m[0].length);
        if (token) push("twitter-access-token", token.start, token.end, token.raw, { userId: token.userId });
      }
    }
  }
  return out;
}

// src/detect/detect.ts
var OAUTH2_ACCESS_TOKEN_LIFETIME_MS = 2 * 60 * 60 * 1e3;
function sha256(value) {
  return crypto().createHash("sha256").update(value).digest("hex");
}
function detect(text, path, rules, options) {
  const runs = valueRuns(options.codes ?? codesOf(text));
  const structural = findStructural(text, runs.long);
  const seeds = mergeSorted(runs.seeds, basicHeaders(text));
  let candidates = [];
  let norm = text;
  let normLines;
  if (seeds.length || structural.length) {
    const windows2 = windowsAround(seeds, CONTEXT_REACH, 64, text.length);
    norm = normaliseWindows(text, windows2);
    const reshaped = reshape(norm, seeds);
    norm = reshaped.text;
    const lines = () => normLines ??= new LineIndex(norm, options.byteText);
    const ev = new Evidence(rules, norm, path, lines, structural.map((s) => s.start), options.externalEvidence);
    const context = findByContext(norm, rules, ev, structural, windows2);
    findPositional(norm, rules, structural, context.candidates);
    findRows(norm, path, rules, structural, windows2, context.candidates);
    fixSpans(context.candidates, reshaped.joins);
    const ordered = [...context.candidates].sort((a, b) => a.start - b.start);
    candidates = ordered.filter((cand, k) => acceptContext(cand, k, ev, context.contradicted, ordered, lines()));
  }
  let evidenceAround;
  const externalEvidence = () => evidenceAround ??= rules.evidence.test(text) || !!options.externalEvidence?.();
  const encoded = findEncoded(text, path, rules, (doc, docPath) => detect(doc, docPath, rules, { now: options.now, externalEvidence }).findings);
  const chosen = dedupe([...structural, ...candidates, ...encoded]);
  let knownExamples = 0;
  let original = norm === text ? normLines : void 0;
  const findings = [];
  const notebook = /\.ipynb$/i.test(path);
  const hasClientSecret = chosen.some((f) => f.ruleId === "twitter-oauth2-client-secret");
  for (const cand of chosen) {
    const hashed = cand.ruleId === "twitter-bearer-token" ? cand.details.encoded : cand.secret;
    const digest = sha256(hashed);
    if (rules.documentationExamples.has(digest)) {
      knownExamples++;
      continue;
    }
    const rule = rules.set.byId.get(cand.ruleId);
    const { encoded: _encoded, tailLength, ...details } = cand.details;
    let status = "leak";
    if (cand.ruleId === "twitter-bearer-token" && (rules.publicBearers.has(digest) || tailLength === "42")) {
      status = "public-client";
    } else if (cand.ruleId === "twitter-oauth2-access-token") {
      const issued = Date.parse(details.issuedAt);
      if (options.now - issued > OAUTH2_ACCESS_TOKEN_LIFETIME_MS) status = "expired";
    } else if (cand.ruleId === "twitter-oauth2-client-id" && !hasClientSecret) {
      status = "client-id";
    }
    const blocking = status === "leak";
    const { line, column } = (original ??= new LineIndex(text, options.byteText)).position(cand.start);
    const finding = {
      ruleId: cand.ruleId,
      start: cand.start,
      end: cand.end,
      line,
      column,
      secret: cand.secret,
      canonical: hashed,
      blocking,
      severity: blocking ? rule.severity : status === "client-id" ? "info" : "low",
      status,
      details
    };
    const marker = allowMarker(text, original.lineStart(line), original.lineEnd(line), cand.start, cand.end, rules.allowMarkers, notebook);
    if (marker) finding.allowedBy = marker;
    findings.push(finding);
  }
  findings.sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId));
  return { findings, knownExamples };
}
function acceptContext(cand, k, ev, contradicted, all, lines) {
  if (cand.asTyped && !ev.file) return false;
  if (cand.localEvidence) return true;
  if (!cand.specific && ev.otherServiceNear(cand.start)) return false;
  if (cand.specific) return cand.modern && !contradicted || ev.file;
  if (cand.bareWord) return ev.near(cand.start, NEAR_LINES);
  if (ev.path || ev.near(cand.start, REGION_LINES)) return true;
  if (contradicted || !cand.modern) return false;
  const line = lines.lineOf(cand.start);
  for (const o of [...all.slice(Math.max(0, k - PAIR_NEIGHBOURS), k), ...all.slice(k + 1, k + 1 + PAIR_NEIGHBOURS)]) {
    if (o.modern && o.ruleId !== cand.ruleId && Math.abs(lines.lineOf(o.start) - line) <= PAIR_LINES) return true;
  }
  return false;
}
function mergeSorted(a, b) {
  if (b.length === 0) return a;
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || i < a.length && a[i] <= b[j]) out.push(a[i++], a[i++]);
    else out.push(b[j++], b[j++]);
  }
  return out;
}
function basicHeaders(text) {
  const at = [];
  for (let i = text.indexOf("Basic "); i >= 0; i = text.indexOf("Basic ", i + 6)) at.push(i, i + 120);
  return at;
}
var PAIR_LINES = 10;
var PAIR_NEIGHBOURS = 8;
function dedupe(cands) {
  const sorted = [...cands].sort((a, b) => a.start - b.start || VIA_RANK[a.via] - VIA_RANK[b.via]);
  const out = [];
  for (const c of sorted) {
    const prev = out[out.length - 1];
    if (prev && c.start < prev.end && !(c.via === "pair" && prev.via === "pair" && c.ruleId !== prev.ruleId)) continue;
    out.push(c);
  }
  return out;
}

// src/scan/read-text.ts
import { isAscii } from "node:buffer";
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
var SIZES = { wholeLimit: 960 * 1024, windowBytes: 896 * 1024, overlapBytes: 64 * 1024 };
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
function notRegular() {
  return Object.assign(new Error("not a regular file"), { code: "ENOTREG" });
}
function classifyBytes(bytes, sizes = SIZES) {
  if (isBinary(bytes)) return { kind: "binary", size: bytes.length };
  if (bytes.length <= sizes.wholeLimit) {
    const decoded = decode(bytes);
    const codes = decoded.byteText ? bytes.subarray(bytes.length - decoded.text.length) : void 0;
    return { kind: "text", size: bytes.length, text: decoded.text, byteText: decoded.byteText, ...codes ? { codes } : {} };
  }
  return windowed(bytes.length, encodingOf(bytes), sizes.overlapBytes, function* () {
    for (let at = 0; at < bytes.length; at += sizes.windowBytes) yield bytes.subarray(at, at + sizes.windowBytes);
  });
}
var scratch = Buffer.alloc(0);
function readForScan(path) {
  const fd = openSync(path, OPEN_FLAGS);
  let handedOff = false;
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw notRegular();
    if (st.size > SIZES.wholeLimit) {
      const head = Buffer.alloc(BINARY_SNIFF_BYTES);
      const got2 = readSync(fd, head, 0, head.length, 0);
      if (isBinary(head.subarray(0, got2))) return { kind: "binary", size: st.size };
      handedOff = true;
      return windowed(st.size, encodingOf(head), SIZES.overlapBytes, () => fileChunks(fd), () => closeSync(fd));
    }
    if (scratch.length < st.size) scratch = Buffer.allocUnsafeSlow(Math.max(st.size, 64 * 1024));
    let got = 0;
    while (got < st.size) {
      const n = readSync(fd, scratch, got, st.size - got, got);
      if (n === 0) break;
      got += n;
    }
    return classifyBytes(scratch.subarray(0, got));
  } finally {
    if (!handedOff) closeSync(fd);
  }
}
function encodingOf(head) {
  return head[0] === 255 && head[1] === 254 ? "utf-16le" : head[0] === 254 && head[1] === 255 ? "utf-16be" : "utf-8";
}
function* fileChunks(fd) {
  const buf = Buffer.allocUnsafe(SIZES.windowBytes);
  for (let position = 0; ; ) {
    const bytesRead = readSync(fd, buf, 0, buf.length, position);
    if (bytesRead === 0) return;
    position += bytesRead;
    yield buf.subarray(0, bytesRead);
  }
}
function windowed(size, encoding, overlap, chunks, done) {
  const utf8 = encoding === "utf-8";
  return {
    kind: "windows",
    size,
    byteText: utf8,
    evidence: (test) => anyChunk(chunks, encoding, test),
    windows: function* () {
      try {
        yield* windows(utf8 ? byteWindowTexts(chunks, overlap) : decodedWindowTexts(chunks, encoding, overlap));
      } finally {
        done?.();
      }
    }
  };
}
function* textChunks(chunks, encoding) {
  if (encoding === "utf-8") {
    let first = true;
    for (const chunk of chunks()) {
      const bom = first && chunk[0] === 239 && chunk[1] === 187 && chunk[2] === 191;
      first = false;
      yield byteText(bom ? chunk.subarray(3) : chunk);
    }
    return;
  }
  const decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: false });
  for (const chunk of chunks()) yield decoder.decode(chunk, { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
}
function anyChunk(chunks, encoding, test) {
  let tail = "";
  for (const chunk of textChunks(chunks, encoding)) {
    if (test(tail + chunk)) return true;
    tail = chunk.slice(-64);
  }
  return false;
}
function* byteWindowTexts(chunks, overlap) {
  const bufs = [Buffer.alloc(0), Buffer.alloc(0)];
  let turn = 0;
  let prevEnd = 0;
  let carried = 0;
  let first = true;
  for (const chunk of chunks()) {
    const prev = bufs[turn];
    turn ^= 1;
    if (bufs[turn].length < carried + chunk.length) bufs[turn] = Buffer.allocUnsafe(carried + chunk.length);
    const buf = bufs[turn];
    prev.copy(buf, 0, prevEnd - carried, prevEnd);
    buf.set(chunk, carried);
    const bom = first && buf[0] === 239 && buf[1] === 187 && buf[2] === 191 ? 3 : 0;
    first = false;
    const end = carried + chunk.length;
    const carry = Math.min(overlap, end - bom);
    const dropEnd = end - carry;
    const newline = dropEnd > bom ? buf.lastIndexOf(10, dropEnd - 1) : -1;
    const bytes = buf.subarray(bom, end);
    yield {
      text: byteText(bytes),
      codes: bytes,
      carryChars: carry,
      afterReportChars: Math.floor(carry / 2),
      droppedTailColumns: characterStarts(buf.subarray(Math.max(bom, newline + 1), Math.max(bom, dropEnd)))
    };
    prevEnd = end;
    carried = carry;
  }
}
function characterStarts(bytes) {
  if (typeof isAscii === "function" && isAscii(bytes)) return bytes.length;
  let n = 0;
  for (let i = 0; i < bytes.length; i++) n += (bytes[i] & 192) === 128 ? 0 : 1;
  return n;
}
function* decodedWindowTexts(chunks, encoding, overlap) {
  let carry = "";
  for (const chunk of textChunks(chunks, encoding)) {
    const text = carry + chunk;
    const carryChars = Math.min(Math.floor(overlap / 2), text.length);
    const dropped = text.slice(0, text.length - carryChars);
    yield { text, carryChars, afterReportChars: Math.floor(carryChars / 2), droppedTailColumns: codePoints(dropped.slice(dropped.lastIndexOf("\n") + 1)) };
    carry = text.slice(text.length - carryChars);
  }
}
function* windows(texts) {
  let offset = 0;
  let lineBase = 0;
  let columnBase = 0;
  let reportFrom = 0;
  let pending = null;
  for (const next of texts) {
    if (pending !== null) {
      const { text, codes, carryChars, afterReportChars, droppedTailColumns } = pending;
      const reportUntil = Math.max(reportFrom, offset + text.length - afterReportChars);
      yield { text, ...codes ? { codes } : {}, offset, lineBase, columnBase, reportFrom, reportUntil };
      reportFrom = reportUntil;
      const dropped = text.slice(0, text.length - carryChars);
      const newlines = countNewlines(dropped);
      lineBase += newlines;
      columnBase = newlines > 0 ? droppedTailColumns : columnBase + droppedTailColumns;
      offset += dropped.length;
    }
    pending = next;
  }
  if (pending !== null) yield { text: pending.text, ...pending.codes ? { codes: pending.codes } : {}, offset, lineBase, columnBase, reportFrom, reportUntil: Number.POSITIVE_INFINITY };
}
function countNewlines(s) {
  let n = 0;
  for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) n++;
  return n;
}
function codePoints(s) {
  const lowSurrogates = s.match(/[\uDC00-\uDFFF]/g);
  return s.length - (lowSurrogates ? lowSurrogates.length : 0);
}

// src/scan/scan-blob.ts
async function scanBlob(blob, rules, now, opts = {}) {
  const fsPath = blob.fsPath ?? blob.path;
  const read = blob.bytes ? classifyBytes(blob.bytes, opts.sizes) : readForScan(fsPath);
  if (read.kind === "binary") return read;
  const assumed = opts.assumeEvidence ? { externalEvidence: () => true } : {};
  if (read.kind === "text") {
    const r = detect(read.text, blob.path, rules, { now, byteText: read.byteText, ...assumed, ...read.codes ? { codes: read.codes } : {} });
    return { kind: "scanned", size: read.size, findings: r.findings, knownExamples: r.knownExamples };
  }
  let evidence;
  const externalEvidence = opts.assumeEvidence ? () => true : () => evidence ??= read.evidence((chunk) => rules.evidence.test(chunk));
  const findings = [];
  let knownExamples = 0;
  for (const w of read.windows()) {
    const r = detect(w.text, blob.path, rules, { now, externalEvidence, byteText: read.byteText, ...w.codes ? { codes: w.codes } : {} });
    knownExamples += r.knownExamples;
    for (const f of r.findings) {
      const absolute = w.offset + f.start;
      if (absolute < w.reportFrom || absolute >= w.reportUntil) continue;
      findings.push({
        ...f,
        start: absolute,
        end: w.offset + f.end,
        column: f.line === 1 ? f.column + w.columnBase : f.column,
        line: f.line + w.lineBase
      });
    }
  }
  return { kind: "scanned", size: read.size, findings, knownExamples, ...evidence === void 0 ? {} : { evidence } };
}

// src/scan/skip.ts
function noteSkip(into, kind, reason, path) {
  into.warnings.push(reason);
  into.skipped.push({ kind, ...path !== void 0 ? { path } : {}, reason });
}

// src/config/path-filter.ts
var optionsFor = (glob) => ({ dot: true, basename: !glob.includes("/") });
var NO_PATH_RULES = { selected: () => true, ignoredBy: () => void 0 };
async function makePathFilter(include, exclude, ignoreGlobs) {
  if (include.length === 0 && exclude.length === 0 && ignoreGlobs.length === 0) return NO_PATH_RULES;
  const { default: micromatch } = await import("./micromatch-WO3QB5JJ.js");
  const matchers = (globs) => globs.map((g) => {
    const glob = g.replace(/\/$/, "/**");
    return micromatch.matcher(glob, optionsFor(glob));
  });
  const inc = matchers(include);
  const exc = matchers(exclude);
  const ign = ignoreGlobs.map((e) => ({ e, m: matchers([e.pattern])[0] }));
  return {
    selected: (p) => (inc.length === 0 || inc.some((m) => m(p))) && !exc.some((m) => m(p)),
    ignoredBy: (p) => ign.find(({ m }) => m(p))?.e
  };
}

// src/scan/fingerprint.ts
var DOMAIN = "scan-twitter-secrets/fingerprint/v1";
function fingerprint(ruleId, canonicalSecret) {
  return crypto().createHash("sha256").update(`${DOMAIN}\0${ruleId}\0${canonicalSecret}`).digest("hex").slice(0, 16);
}

// src/scan/engine.ts
function markersOnly(rules, inlineAllow) {
  return { rules, filter: NO_PATH_RULES, ignoredFingerprints: /* @__PURE__ */ new Map(), ignorePathOf: () => null, inlineAllow };
}
function toFindings(blob, detections, opts) {
  const ignorePath = opts.ignorePathOf(blob);
  const pathEntry = ignorePath === null ? void 0 : opts.filter.ignoredBy(ignorePath);
  return detections.map((d) => {
    const rule = opts.rules.set.byId.get(d.ruleId);
    const fp = fingerprint(d.ruleId, d.canonical);
    const f = {
      ruleId: d.ruleId,
      title: rule.title,
      file: blob.path,
      line: d.line,
      column: d.column,
      blocking: d.blocking,
      severity: d.severity,
      status: d.status,
      secret: d.secret,
      fingerprint: fp,
      group: "",
      set: rule.set,
      details: d.details,
      ...blob.provenance ? { provenance: blob.provenance } : {}
    };
    const byFp = opts.ignoredFingerprints.get(fp);
    if (d.allowedBy && opts.inlineAllow) f.ignored = byMarker(d.allowedBy);
    else if (byFp) f.ignored = byFingerprint(byFp);
    else if (pathEntry) f.ignored = byPath(pathEntry);
    return f;
  });
}
var FILE_PROBLEMS = /* @__PURE__ */ new Set(["ENOENT", "EACCES", "EPERM", "ELOOP", "EISDIR", "ENOTDIR", "ENXIO", "ENOTREG"]);
async function scanBlobs(blobs, opts) {
  const stats = emptyStats();
  const notes = { warnings: [], skipped: [] };
  const perBlob = [];
  const source = blobs[Symbol.iterator]();
  let cursor = 0;
  const worker = async () => {
    for (let next = source.next(); !next.done; next = source.next()) {
      const index = cursor++;
      const blob = next.value;
      if (!opts.filter.selected(blob.path)) {
        stats.excluded++;
        continue;
      }
      let scan;
      try {
        scan = opts.pool ? await opts.pool.scan({ path: blob.path, ...blob.bytes ? { bytes: blob.bytes } : { fsPath: blob.fsPath ?? blob.path }, now: opts.now }) : await scanBlob(blob, opts.rules, opts.now);
      } catch (err) {
        const code = err.code;
        if (!code || !FILE_PROBLEMS.has(code)) throw new ScanError(`could not scan ${blob.path}: ${code ?? err.message}`);
        stats.unreadable++;
        noteSkip(notes, "unreadable", messages.unreadable(blob.path, code), blob.path);
        continue;
      }
      if (!countScan(stats, scan)) continue;
      perBlob[index] = toFindings(blob, scan.findings, opts);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 1) }, worker));
  return { findings: groupPerFile(perBlob.filter(Boolean)), stats, ...notes };
}

// src/git/work-tree.ts
import { existsSync, lstatSync } from "node:fs";
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
  let r;
  try {
    r = await gitRun([...pin, "rev-parse", "--show-toplevel"], dir, env);
  } catch {
    return "git-missing";
  }
  const top = r.code === 0 ? r.stdout.toString("utf8").replace(/\n$/, "") : "";
  if (!top) {
    if (r.code === 0 || /not a git repository|must be run in a work tree/i.test(r.stderr)) return null;
    throw refusal(r.stderr, onDisk ?? dir);
  }
  if (onDisk) await ensureOwnership(onDisk, env);
  return { top, pin };
}
function dubiousOwnership(gitStderr) {
  return /detected dubious ownership in repository at '(.*)'/.exec(gitStderr)?.[1] ?? null;
}
function refusal(stderr, top) {
  const owner = dubiousOwnership(stderr);
  if (owner) return new ScanError(messages.dubiousOwnership(owner));
  const reason = stderr.split("\n").filter((l) => l.trim() && !l.startsWith("hint:")).map((l) => l.trim().replace(/^(fatal|error): /, "")).join(" ");
  return new ScanError(messages.gitRefused(top, reason || "git rev-parse failed"));
}
async function ensureOwnership(top, env) {
  const uid = process.geteuid?.();
  if (uid !== void 0) {
    try {
      const dot = lstatSync(join(top, ".git"));
      if (dot.isDirectory() && dot.uid === uid && lstatSync(top).uid === uid) return;
    } catch {
    }
  }
  const r = await gitRun(["rev-parse", "--git-dir"], top, { ...env, GIT_CEILING_DIRECTORIES: dirname(top) });
  if (r.code !== 0) throw refusal(r.stderr, top);
}

// src/cli/settings.ts
import { join as join2, resolve as resolve2 } from "node:path";

// src/config/config-file.ts
var CONFIG_FILE_NAME = ".twitter-secrets.json";
async function readConfigFile(path, required, source) {
  const raw = await source.read(path);
  const file = source.name(path);
  if (raw === null) {
    if (!required) return null;
    throw new UsageError(`cannot read config file ${file}: ENOENT`);
  }
  const data = await parseJsonFile(raw, `config file ${file}`);
  if (data === null || typeof data !== "object" || Array.isArray(data)) throw new UsageError(`config file ${file} must hold a JSON object ({ "include": [...], "exclude": [...] })`);
  const obj = data;
  const list = (key) => {
    const v = obj[key] ?? [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) throw new UsageError(`config file ${file}: "${key}" must be a list of glob strings`);
    return v;
  };
  for (const key of Object.keys(obj)) {
    if (key !== "include" && key !== "exclude" && key !== "$schema") throw new UsageError(`config file ${file}: unknown key (only "include", "exclude" and "$schema" are allowed)`);
  }
  return { include: list("include"), exclude: list("exclude") };
}

// src/cli/settings.ts
function settingsFiles(base, opts, cwd) {
  return { ignore: join2(base, IGNORE_FILE_NAME), config: opts.config ? resolve2(cwd, opts.config) : join2(base, CONFIG_FILE_NAME), configRequired: opts.config !== void 0 };
}
async function loadSettings(base, opts, cwd, source = workTreeFiles, configRequired = true) {
  const files = settingsFiles(base, opts, cwd);
  const ignore = await readIgnoreFile(files.ignore, source);
  const config = await readConfigFile(files.config, configRequired && files.configRequired, source);
  const filter = await makePathFilter([...opts.include, ...config?.include ?? []], [...opts.exclude, ...config?.exclude ?? []], ignore?.globs ?? []);
  return { ignore, filter };
}

export {
  compileRules,
  countScan,
  emptyStats,
  os,
  workerThreads,
  v8,
  SIZES,
  scanBlob,
  noteSkip,
  markersOnly,
  toFindings,
  scanBlobs,
  workTreeOnDisk,
  pinTo,
  findWorkTree,
  dubiousOwnership,
  ensureOwnership,
  settingsFiles,
  loadSettings
};
