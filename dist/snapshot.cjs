var __stsMetaUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn2, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn2 && (res = (0, fn2[__getOwnPropNames(fn2)[0]])(fn2 = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to2, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to2, key) && key !== except)
        __defProp(to2, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to2;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/errors.ts
var UsageError, ScanError;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    UsageError = class extends Error {
    };
    ScanError = class extends Error {
    };
  }
});

// src/cli/messages.ts
var shellWord, messages;
var init_messages = __esm({
  "src/cli/messages.ts"() {
    "use strict";
    shellWord = (p2) => /^[\w@%+=:,./-]+$/.test(p2) ? p2 : `'${p2.replace(/'/g, `'\\''`)}'`;
    messages = {
      usage: `Usage: scan-twitter-secrets [options] [path ...]
       scan-twitter-secrets --staged [path ...]     (pre-commit hook: what the commit will contain)
       scan-twitter-secrets install [--force] | uninstall

Find leaked X (Twitter) API credentials and say how to regenerate them.
Paths default to "." (inside a git work tree: the files git sees, so .gitignore applies).

Options:
      --staged              scan the staged changes (the index), not the working tree; with paths,
                            only those staged files (lint-staged, pre-commit framework)
      --force               install: keep an existing foreign pre-commit hook and run it after the scan
      --history             scan every commit on all refs (branches, tags, remotes, stashes)
      --history-range <r>   scan only a revision range, e.g. main..feature (implies --history)
      --since <date>        scan only commits after a date, e.g. 2024-01-01 (implies --history)
      --baseline <file>     findings recorded in this baseline are known and do not fail the run
      --write-baseline <f>  record the current findings as a baseline and exit 0
      --github-event        derive the scan from the GitHub Actions event (used by action.yml); a push
                            or pull request is scanned with the suppressions of its base commit
      --no-inline-allow     "twitter-secrets:allow" markers suppress nothing
  -f, --format <format>     text (default), json, sarif (code scanning) or github (Actions annotations)
  -o, --output <file>       write the report to a file instead of standard output
      --show-secrets        print secrets in full (masked by default)
  -i, --include <glob>      scan only matching paths (repeatable)
  -e, --exclude <glob>      skip matching paths (repeatable)
  -c, --config <file>       config file (default: .twitter-secrets.json at the repository root)
      --no-git              walk the file system even inside a git work tree (.gitignore not applied)
      --list-rules          list the detection rules
      --explain <rule-id>   print a rule's description and how to regenerate that credential
      --fail-on-skip        exit 2 when anything was not scanned (a file that could not be read, a
                            history blob over 64 MB, a missing git object, history past a shallow clone)
  -v, --verbose             also list ignored findings and skipped files
      --color / --no-color  force or disable colour (default: on a terminal, unless NO_COLOR is set)
  -h, --help                show this help
      --version             print the version

Exit codes: 0 no blocking finding, 1 blocking findings, 2 could not scan (with --fail-on-skip: or skipped something).
Allow a false positive: "twitter-secrets:allow" on its line, or its fingerprint in .twitter-secrets-ignore.`,
      error: (msg) => `scan-twitter-secrets: ${msg}`,
      unknownRule: (id) => `unknown rule "${id}" (see --list-rules)`,
      badFormat: (f3, allowed) => `unknown format "${f3}" (choose ${allowed.join(", ")})`,
      cannotWrite: (file, why) => `cannot write ${file}: ${why}`,
      reportWritten: (file) => `report written to ${file}`,
      unreadable: (path, code) => code === "ELOOP" ? `not following symlink: ${path}` : code === "ENOTREG" ? `not a regular file: ${path}` : `cannot read ${path}: ${code}`,
      missingObject: (sha2, path) => `not scanned: git object ${sha2}${path ? ` (${path})` : ""} is missing from this repository (a partial clone's objects are never fetched)`,
      dubiousOwnership: (path) => `git refuses the repository at ${path}: it belongs to another user ("dubious ownership"); if you trust it: git config --global --add safe.directory ${shellWord(path)}`,
      gitRefused: (path, reason) => `git refuses the repository at ${path}: ${reason} (to scan the folder as plain files: --no-git)`,
      /** The one stderr line when --fail-on-skip turns skips into exit 2 (the report itself lists them all). */
      failOnSkip: (n, first) => `scan-twitter-secrets: ${n} item${n === 1 ? "" : "s"} could not be scanned, and --fail-on-skip makes that fatal (exit 2); ${first}${n > 1 ? ` (and ${n - 1} more: see the warnings)` : ""}`,
      noGit: "git is not installed: the tree was walked without .gitignore (install git, or pass --no-git to silence this)",
      baselineWritten: (file, n) => `scan-twitter-secrets: baseline written to ${file} (${n} finding${n === 1 ? "" : "s"}); run with --baseline ${file} to fail only on new ones`,
      invalidJson: (what, where) => `${what} is not valid JSON${where ? `: line ${where.line}, column ${where.column}: ${where.reason}` : ""}`,
      /** jsonc-parser's error codes, in words (the position is given beside them; the text never is). */
      jsonError: {
        InvalidSymbol: "unexpected characters (text outside quotes?)",
        InvalidNumberFormat: "malformed number",
        PropertyNameExpected: "expected a property name in double quotes (a trailing comma?)",
        ValueExpected: "expected a value",
        ColonExpected: "expected a colon",
        CommaExpected: "expected a comma",
        CloseBraceExpected: "expected a closing brace }",
        CloseBracketExpected: "expected a closing bracket ]",
        EndOfFileExpected: "unexpected text after the end of the document",
        InvalidCommentToken: "comments are not allowed in JSON",
        UnexpectedEndOfComment: "unterminated comment",
        UnexpectedEndOfString: "unterminated string",
        UnexpectedEndOfNumber: "unterminated number",
        InvalidUnicode: "invalid \\u escape in a string",
        InvalidEscapeCharacter: "invalid escape in a string",
        InvalidCharacter: "control character in a string",
        default: "syntax error"
      },
      staleBaseline: (e) => `baseline entry ${e.fingerprint} (${e.ruleId}, was in ${e.file}) is no longer found: remove it from the baseline`,
      statusNote: {
        leak: "",
        expired: "expired (issued more than 2 hours ago): warning only",
        "public-client": "X's public web-client token, not your secret: warning only",
        "client-id": "public in PKCE apps: warning only unless its client secret is beside it",
        "already-committed": ""
      },
      details: {
        appId: (v2) => `App ID ${v2}`,
        userId: (v2) => `account user id ${v2}`,
        issuedAt: (v2) => `issued ${v2}`
      },
      setTitle: { app: "OAuth 1.0a / app credentials", oauth2: "OAuth 2.0 client and user tokens" },
      howToFix: "How to regenerate what leaked",
      revokeByApi: "Revoke by API:",
      falsePositive: (fp) => `Not a real credential? Add "twitter-secrets:allow" to its line, or this line to .twitter-secrets-ignore:
    fingerprint:${fp}  # why it is safe`,
      summary: (s) => {
        const parts = [`scanned ${s.scanned} ${s.noun}${s.scanned === 1 ? "" : "s"}`];
        if (s.findings === 0) parts.push("no X credentials found");
        else parts.push(`${s.findings} X credential${s.findings === 1 ? "" : "s"} found in ${s.files} file${s.files === 1 ? "" : "s"} (${s.blocking} blocking, ${s.warnings} warning${s.warnings === 1 ? "" : "s"})`);
        if (s.ignored) parts.push(`${s.ignored} ignored`);
        if (s.binary) parts.push(`${s.binary} binary skipped`);
        if (s.excluded) parts.push(`${s.excluded} excluded`);
        if (s.notScanned) parts.push(`${s.notScanned} not scanned (see warnings)`);
        return parts.join("; ");
      },
      ruleListHeader: ["RULE", "BLOCKS", "WHAT"],
      github: { notScannedTitle: "scan-twitter-secrets: not scanned", warningTitle: "scan-twitter-secrets" },
      history: {
        shallow: (n) => `not scanned: history before this shallow clone's depth (the scanned revisions reach ${n} commit${n === 1 ? "" : "s"} whose parents were never fetched; git fetch --unshallow for a full audit)`,
        noCommits: "the repository has no commits yet: nothing to scan in history",
        tooBig: (path, size) => `not scanned (larger than 64 MB): ${path} (${Math.round(size / 1e6)} MB)`,
        progress: (done, total, mbps, eta) => `scanning history: ${done}/${total} objects, ${mbps.toFixed(1)} MB/s, about ${Math.ceil(eta)} s left`,
        introduced: (c3) => `introduced in ${c3.hash.slice(0, 12)} (${c3.date.slice(0, 10)}, ${c3.author}): "${c3.subject}"`,
        seenIn: (n) => `in ${n} commit${n === 1 ? "" : "s"}`,
        atHead: (present) => present ? "still present at HEAD" : "no longer at HEAD (but still in history)",
        remediationTitle: "These values are in the repository history"
      },
      range: {
        changedFile: (name, base) => `this change modifies ${name}: suppressions are read from ${base ? `the base commit ${base.slice(0, 12)}` : "before the range (none: it starts at a root commit)"}, so its new entries count once it is merged`,
        onlyByChange: (by) => `suppressed only by this change (${by}): still blocking; land the entry on the base branch first`,
        unknown: (sha2) => `the event's commit ${sha2.slice(0, 12)} is not in this clone (actions/checkout needs fetch-depth: 0): the range cannot be determined, so the checked-out tree was scanned instead`
      },
      hook: {
        headline: "scan-twitter-secrets: this commit adds X (Twitter) credentials",
        whatNow: "What to do with this commit",
        steps: [
          "The staged files still hold the values. In each file listed above:",
          "  1. Remove the value; read it from an environment variable or a git-ignored .env file instead",
          '     (Python: os.environ["X_API_KEY"]; Node: process.env.X_API_KEY).',
          "  2. Add that .env file to .gitignore.",
          "  3. Re-stage the file (git add <file>) and commit again.",
          "To take a file out of this commit instead: git restore --staged <file>",
          "If a value was ever pushed or shared anywhere, rotate it anyway (steps above): removing it from this commit does not make it secret again."
        ],
        earlier: "Already committed earlier (not blocking this commit, but exposed in history):",
        earlierNote: "this value is already in the previous commit: rotate it and audit the history (scan-twitter-secrets --history)",
        warnings: "Warnings (not blocking):",
        bypassTitle: "Only if you are sure it is not a real credential",
        bypass: (fp) => [
          "  Commit once without the check: git commit --no-verify   (or: SKIP=scan-twitter-secrets git commit ...)",
          '  Mark a false positive for good: put "twitter-secrets:allow" in a comment on its line,',
          `  or add to .twitter-secrets-ignore:  fingerprint:${fp}  # why it is safe`
        ],
        summary: (files, found, blocking) => blocking > 0 ? `scanned ${files} staged file${files === 1 ? "" : "s"}: ${found} credential${found === 1 ? "" : "s"} found, commit blocked` : `scanned ${files} staged file${files === 1 ? "" : "s"}: ${found ? `no new credentials (${found} warning${found === 1 ? "" : "s"})` : "no X credentials found"}`,
        skipped: "scan-twitter-secrets: skipped (SKIP=scan-twitter-secrets)"
      },
      /** The plain git hook's startup snapshot (install/snapshot.ts). */
      snapshot: {
        /** Ends install's line "installed the pre-commit hook at …". */
        built: (nodeVersion) => ` (with a startup snapshot for Node ${nodeVersion})`,
        notBuilt: (reason) => ` (without a startup snapshot: ${reason}; it runs the plain bundle)`,
        /** Ends uninstall's line "removed the pre-commit hook at …". */
        removed: " and its startup snapshot",
        removedLeftover: (blob) => `removed a startup snapshot left at ${blob}`,
        /** Printed once by the hook (then silent until the next install); the commit is still scanned. */
        stale: "scan-twitter-secrets: the hook's startup snapshot no longer matches Node or this package (or is damaged); scanning without it. Run 'scan-twitter-secrets install' to rebuild it."
      }
    };
  }
});

// src/scan/group.ts
function groupPerFile(perFile) {
  const counter = { next: 1 };
  const all = [];
  for (const list of perFile) {
    assignGroups(list.filter((f3) => !f3.ignored), counter);
    all.push(...list);
  }
  return all;
}
function assignGroups(findings, counter) {
  const open = /* @__PURE__ */ new Map();
  for (const f3 of findings) {
    const set = SET_OF[f3.ruleId] ?? "app";
    let g2 = open.get(set);
    if (!g2 || g2.rules.has(f3.ruleId) || f3.line - g2.lastLine > MAX_GAP_LINES) {
      g2 = { id: `set-${counter.next++}`, rules: /* @__PURE__ */ new Set(), lastLine: f3.line };
      open.set(set, g2);
    }
    g2.rules.add(f3.ruleId);
    g2.lastLine = f3.line;
    f3.group = g2.id;
  }
}
function groupBy(items, key) {
  const out = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k2 = key(item);
    const list = out.get(k2);
    if (list) list.push(item);
    else out.set(k2, [item]);
  }
  return out;
}
function credentialSetOf(ruleId) {
  return SET_OF[ruleId] ?? "app";
}
var SET_OF, MAX_GAP_LINES;
var init_group = __esm({
  "src/scan/group.ts"() {
    "use strict";
    SET_OF = {
      "twitter-consumer-key": "app",
      "twitter-consumer-secret": "app",
      "twitter-access-token": "app",
      "twitter-access-token-secret": "app",
      "twitter-bearer-token": "app",
      "twitter-oauth2-client-id": "oauth2",
      "twitter-oauth2-client-secret": "oauth2",
      "twitter-oauth2-access-token": "oauth2",
      "twitter-oauth2-refresh-token": "oauth2"
    };
    MAX_GAP_LINES = 40;
  }
});

// src/detect/compile.ts
function sdkCalls(calls) {
  return { named: new Set(calls.filter((c3) => /^\w+$/.test(c3))), literal: calls.filter((c3) => !/^\w+$/.test(c3)) };
}
function evidencePattern(words) {
  const domains = words.filter((w2) => w2.endsWith(".x.com"));
  const names = words.filter((w2) => !w2.endsWith(".x.com"));
  const word = new RegExp(names.map(escapeRegExp).join("|"), "iy");
  const domain = new RegExp(`(?:^|[^A-Za-z])(?:${domains.map((d2) => escapeRegExp(d2.slice(0, -".x.com".length))).join("|")})$`, "i");
  const anchor = /tw|x_|\.x\.com/gi;
  const starts = [...new Set(names.map((w2) => Math.max(0, w2.search(/tw|x_/i))))];
  const wordAt = (text, at2) => {
    if (at2 < 0 || at2 > 0 && /[A-Za-z]/.test(text[at2 - 1])) return false;
    word.lastIndex = at2;
    return word.test(text);
  };
  return {
    test(text) {
      anchor.lastIndex = 0;
      for (let m2 = anchor.exec(text); m2; m2 = anchor.exec(text)) {
        const i = m2.index;
        if (m2[0].length > 2) {
          if (domain.test(text.slice(Math.max(0, i - 12), i))) return true;
          continue;
        }
        if (m2[0][0] === "t" || m2[0][0] === "T") {
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
  names.sort((a, b3) => b3.words.length - a.words.length);
  const v2 = set.vocabulary;
  return {
    set,
    byRole,
    names,
    evidence: evidencePattern(v2.evidence),
    otherServices: new Set(v2.otherServices),
    otherServicesNearby: new RegExp(
      `(?<![A-Za-z])(?:${v2.otherServices.filter((w2) => !v2.nameOnlyWords.includes(w2)).map(escapeRegExp).join("|")})(?![a-z])`,
      "i"
    ),
    placeholders: new RegExp(v2.placeholders.map(escapeRegExp).join("|"), "i"),
    sdkCalls: sdkCalls(v2.sdkCalls.map((c3) => c3.call)),
    sdkRoles: new Map(v2.sdkCalls.map((c3) => [c3.call, { roles: c3.roles, ...c3.rolesWhenUrlFirst ? { rolesWhenUrlFirst: c3.rolesWhenUrlFirst } : {}, generic: c3.generic ?? false }])),
    allowMarkers: v2.allowMarkers,
    documentationExamples: new Set(v2.documentationExamples.map((e) => e.sha256)),
    publicBearers: new Set(v2.publicBearerTokens.map((e) => e.sha256))
  };
}
var escapeRegExp;
var init_compile = __esm({
  "src/detect/compile.ts"() {
    "use strict";
    escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
});

// src/detect/text.ts
function isBinary(bytes) {
  if (utf16Encoding(bytes)) return false;
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
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
function isContinuation(c3) {
  return c3 >= 128 && c3 <= 191;
}
function codesOf(text) {
  const codes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c3 = text.charCodeAt(i);
    codes[i] = c3 < 128 ? c3 : 128;
  }
  return codes;
}
function normalise(text) {
  let out = text;
  if (out.indexOf("\r") >= 0) out = out.replace(/\r/g, " ");
  if (out.indexOf("\xE2\x80") >= 0) out = out.replace(/\u00e2\u0080[\u009c\u009d]/g, '"""').replace(/\u00e2\u0080[\u0098\u0099]/g, "'''");
  if (out.indexOf("\xC2") >= 0) out = out.replace(/\u00c2\u00ab/g, ' "').replace(/\u00c2\u00bb/g, '" ');
  if (out.indexOf("\\") < 0) return out;
  return out.replace(/\\n/g, " \n").replace(/\\[rt]/g, "  ").replace(/\\(["'/])/g, " $1");
}
function normaliseWindows(text, windows2) {
  let parts = null;
  let at2 = 0;
  const next = MARKS.map((m2) => text.indexOf(m2.needle));
  for (const [from, to2] of windows2) {
    let needed = false;
    for (let k2 = 0; k2 < MARKS.length && !needed; k2++) {
      const { needle, span, counts } = MARKS[k2];
      if (next[k2] >= 0 && next[k2] < from) next[k2] = text.indexOf(needle, from);
      while (next[k2] >= 0 && next[k2] + span <= to2) {
        if (counts(text, next[k2])) {
          needed = true;
          break;
        }
        next[k2] = text.indexOf(needle, next[k2] + 1);
      }
    }
    if (!needed) continue;
    (parts ??= []).push(text.slice(at2, from), normalise(text.slice(from, to2)));
    at2 = to2;
  }
  if (!parts) return text;
  parts.push(text.slice(at2));
  return parts.join("");
}
var BINARY_SNIFF_BYTES, MARKS, LineIndex;
var init_text = __esm({
  "src/detect/text.ts"() {
    "use strict";
    BINARY_SNIFF_BYTES = 8e3;
    MARKS = [
      { needle: "\r", span: 1, counts: () => true },
      // An escaped quote (code inside a JSON or JS string: notebooks, embedded snippets); plain minified
      // code with "\n" in its strings needs nothing.
      { needle: "\\", span: 2, counts: (t2, at2) => t2[at2 + 1] === '"' || t2[at2 + 1] === "'" },
      { needle: "\xE2\x80", span: 3, counts: (t2, at2) => "\x98\x99\x9C\x9D".includes(t2[at2 + 2]) },
      { needle: "\xC2", span: 2, counts: (t2, at2) => t2[at2 + 1] === "\xAB" || t2[at2 + 1] === "\xBB" }
    ];
    LineIndex = class {
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
          const c3 = this.text.charCodeAt(i);
          if (this.byteText) {
            if (!isContinuation(c3)) column++;
            continue;
          }
          if (c3 >= 55296 && c3 <= 56319 && i + 1 < offset) i++;
          column++;
        }
        this.last = { line, offset, column };
        return { line, column };
      }
    };
  }
});

// src/snapshot/lazy-child-process.ts
var loaded, real, spawn, spawnSync;
var init_lazy_child_process = __esm({
  "src/snapshot/lazy-child-process.ts"() {
    "use strict";
    real = () => loaded ??= require("child_process");
    spawn = ((...args) => real().spawn(...args));
    spawnSync = ((...args) => real().spawnSync(...args));
  }
});

// node_modules/@simple-git/args-pathspec/dist/index.mjs
function c(...n) {
  const e = new String(n);
  return t.set(e, n), e;
}
function r(n) {
  return n instanceof String && t.has(n);
}
function o(n) {
  return t.get(n) ?? [];
}
var t;
var init_dist = __esm({
  "node_modules/@simple-git/args-pathspec/dist/index.mjs"() {
    t = /* @__PURE__ */ new WeakMap();
  }
});

// node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/ms/index.js"(exports2, module2) {
    var s = 1e3;
    var m2 = s * 60;
    var h3 = m2 * 60;
    var d2 = h3 * 24;
    var w2 = d2 * 7;
    var y2 = d2 * 365.25;
    module2.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0) {
        return parse3(val);
      } else if (type === "number" && isFinite(val)) {
        return options.long ? fmtLong(val) : fmtShort(val);
      }
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse3(str) {
      str = String(str);
      if (str.length > 100) {
        return;
      }
      var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
        str
      );
      if (!match) {
        return;
      }
      var n = parseFloat(match[1]);
      var type = (match[2] || "ms").toLowerCase();
      switch (type) {
        case "years":
        case "year":
        case "yrs":
        case "yr":
        case "y":
          return n * y2;
        case "weeks":
        case "week":
        case "w":
          return n * w2;
        case "days":
        case "day":
        case "d":
          return n * d2;
        case "hours":
        case "hour":
        case "hrs":
        case "hr":
        case "h":
          return n * h3;
        case "minutes":
        case "minute":
        case "mins":
        case "min":
        case "m":
          return n * m2;
        case "seconds":
        case "second":
        case "secs":
        case "sec":
        case "s":
          return n * s;
        case "milliseconds":
        case "millisecond":
        case "msecs":
        case "msec":
        case "ms":
          return n;
        default:
          return void 0;
      }
    }
    function fmtShort(ms2) {
      var msAbs = Math.abs(ms2);
      if (msAbs >= d2) {
        return Math.round(ms2 / d2) + "d";
      }
      if (msAbs >= h3) {
        return Math.round(ms2 / h3) + "h";
      }
      if (msAbs >= m2) {
        return Math.round(ms2 / m2) + "m";
      }
      if (msAbs >= s) {
        return Math.round(ms2 / s) + "s";
      }
      return ms2 + "ms";
    }
    function fmtLong(ms2) {
      var msAbs = Math.abs(ms2);
      if (msAbs >= d2) {
        return plural(ms2, msAbs, d2, "day");
      }
      if (msAbs >= h3) {
        return plural(ms2, msAbs, h3, "hour");
      }
      if (msAbs >= m2) {
        return plural(ms2, msAbs, m2, "minute");
      }
      if (msAbs >= s) {
        return plural(ms2, msAbs, s, "second");
      }
      return ms2 + " ms";
    }
    function plural(ms2, msAbs, n, name) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms2 / n) + " " + name + (isPlural ? "s" : "");
    }
  }
});

// node_modules/debug/src/common.js
var require_common = __commonJS({
  "node_modules/debug/src/common.js"(exports2, module2) {
    function setup(env) {
      createDebug.debug = createDebug;
      createDebug.default = createDebug;
      createDebug.coerce = coerce;
      createDebug.disable = disable;
      createDebug.enable = enable;
      createDebug.enabled = enabled;
      createDebug.humanize = require_ms();
      createDebug.destroy = destroy;
      Object.keys(env).forEach((key) => {
        createDebug[key] = env[key];
      });
      createDebug.names = [];
      createDebug.skips = [];
      createDebug.formatters = {};
      function selectColor(namespace) {
        let hash = 0;
        for (let i = 0; i < namespace.length; i++) {
          hash = (hash << 5) - hash + namespace.charCodeAt(i);
          hash |= 0;
        }
        return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
      }
      createDebug.selectColor = selectColor;
      function createDebug(namespace) {
        let prevTime;
        let enableOverride = null;
        let namespacesCache;
        let enabledCache;
        function debug(...args) {
          if (!debug.enabled) {
            return;
          }
          const self = debug;
          const curr = Number(/* @__PURE__ */ new Date());
          const ms2 = curr - (prevTime || curr);
          self.diff = ms2;
          self.prev = prevTime;
          self.curr = curr;
          prevTime = curr;
          args[0] = createDebug.coerce(args[0]);
          if (typeof args[0] !== "string") {
            args.unshift("%O");
          }
          let index = 0;
          args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format3) => {
            if (match === "%%") {
              return "%";
            }
            index++;
            const formatter = createDebug.formatters[format3];
            if (typeof formatter === "function") {
              const val = args[index];
              match = formatter.call(self, val);
              args.splice(index, 1);
              index--;
            }
            return match;
          });
          createDebug.formatArgs.call(self, args);
          const logFn = self.log || createDebug.log;
          logFn.apply(self, args);
        }
        debug.namespace = namespace;
        debug.useColors = createDebug.useColors();
        debug.color = createDebug.selectColor(namespace);
        debug.extend = extend;
        debug.destroy = createDebug.destroy;
        Object.defineProperty(debug, "enabled", {
          enumerable: true,
          configurable: false,
          get: () => {
            if (enableOverride !== null) {
              return enableOverride;
            }
            if (namespacesCache !== createDebug.namespaces) {
              namespacesCache = createDebug.namespaces;
              enabledCache = createDebug.enabled(namespace);
            }
            return enabledCache;
          },
          set: (v2) => {
            enableOverride = v2;
          }
        });
        if (typeof createDebug.init === "function") {
          createDebug.init(debug);
        }
        return debug;
      }
      function extend(namespace, delimiter) {
        const newDebug = createDebug(this.namespace + (typeof delimiter === "undefined" ? ":" : delimiter) + namespace);
        newDebug.log = this.log;
        return newDebug;
      }
      function enable(namespaces) {
        createDebug.save(namespaces);
        createDebug.namespaces = namespaces;
        createDebug.names = [];
        createDebug.skips = [];
        const split = (typeof namespaces === "string" ? namespaces : "").trim().replace(/\s+/g, ",").split(",").filter(Boolean);
        for (const ns2 of split) {
          if (ns2[0] === "-") {
            createDebug.skips.push(ns2.slice(1));
          } else {
            createDebug.names.push(ns2);
          }
        }
      }
      function matchesTemplate(search, template) {
        let searchIndex = 0;
        let templateIndex = 0;
        let starIndex = -1;
        let matchIndex = 0;
        while (searchIndex < search.length) {
          if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === "*")) {
            if (template[templateIndex] === "*") {
              starIndex = templateIndex;
              matchIndex = searchIndex;
              templateIndex++;
            } else {
              searchIndex++;
              templateIndex++;
            }
          } else if (starIndex !== -1) {
            templateIndex = starIndex + 1;
            matchIndex++;
            searchIndex = matchIndex;
          } else {
            return false;
          }
        }
        while (templateIndex < template.length && template[templateIndex] === "*") {
          templateIndex++;
        }
        return templateIndex === template.length;
      }
      function disable() {
        const namespaces = [
          ...createDebug.names,
          ...createDebug.skips.map((namespace) => "-" + namespace)
        ].join(",");
        createDebug.enable("");
        return namespaces;
      }
      function enabled(name) {
        for (const skip of createDebug.skips) {
          if (matchesTemplate(name, skip)) {
            return false;
          }
        }
        for (const ns2 of createDebug.names) {
          if (matchesTemplate(name, ns2)) {
            return true;
          }
        }
        return false;
      }
      function coerce(val) {
        if (val instanceof Error) {
          return val.stack || val.message;
        }
        return val;
      }
      function destroy() {
        console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
      }
      createDebug.enable(createDebug.load());
      return createDebug;
    }
    module2.exports = setup;
  }
});

// node_modules/debug/src/browser.js
var require_browser = __commonJS({
  "node_modules/debug/src/browser.js"(exports2, module2) {
    exports2.formatArgs = formatArgs;
    exports2.save = save;
    exports2.load = load2;
    exports2.useColors = useColors;
    exports2.storage = localstorage();
    exports2.destroy = /* @__PURE__ */ (() => {
      let warned = false;
      return () => {
        if (!warned) {
          warned = true;
          console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
        }
      };
    })();
    exports2.colors = [
      "#0000CC",
      "#0000FF",
      "#0033CC",
      "#0033FF",
      "#0066CC",
      "#0066FF",
      "#0099CC",
      "#0099FF",
      "#00CC00",
      "#00CC33",
      "#00CC66",
      "#00CC99",
      "#00CCCC",
      "#00CCFF",
      "#3300CC",
      "#3300FF",
      "#3333CC",
      "#3333FF",
      "#3366CC",
      "#3366FF",
      "#3399CC",
      "#3399FF",
      "#33CC00",
      "#33CC33",
      "#33CC66",
      "#33CC99",
      "#33CCCC",
      "#33CCFF",
      "#6600CC",
      "#6600FF",
      "#6633CC",
      "#6633FF",
      "#66CC00",
      "#66CC33",
      "#9900CC",
      "#9900FF",
      "#9933CC",
      "#9933FF",
      "#99CC00",
      "#99CC33",
      "#CC0000",
      "#CC0033",
      "#CC0066",
      "#CC0099",
      "#CC00CC",
      "#CC00FF",
      "#CC3300",
      "#CC3333",
      "#CC3366",
      "#CC3399",
      "#CC33CC",
      "#CC33FF",
      "#CC6600",
      "#CC6633",
      "#CC9900",
      "#CC9933",
      "#CCCC00",
      "#CCCC33",
      "#FF0000",
      "#FF0033",
      "#FF0066",
      "#FF0099",
      "#FF00CC",
      "#FF00FF",
      "#FF3300",
      "#FF3333",
      "#FF3366",
      "#FF3399",
      "#FF33CC",
      "#FF33FF",
      "#FF6600",
      "#FF6633",
      "#FF9900",
      "#FF9933",
      "#FFCC00",
      "#FFCC33"
    ];
    function useColors() {
      if (typeof window !== "undefined" && window.process && (window.process.type === "renderer" || window.process.__nwjs)) {
        return true;
      }
      if (typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
        return false;
      }
      let m2;
      return typeof document !== "undefined" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || // Is firebug? http://stackoverflow.com/a/398120/376773
      typeof window !== "undefined" && window.console && (window.console.firebug || window.console.exception && window.console.table) || // Is firefox >= v31?
      // https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
      typeof navigator !== "undefined" && navigator.userAgent && (m2 = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m2[1], 10) >= 31 || // Double check webkit in userAgent just in case we are in a worker
      typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
    }
    function formatArgs(args) {
      args[0] = (this.useColors ? "%c" : "") + this.namespace + (this.useColors ? " %c" : " ") + args[0] + (this.useColors ? "%c " : " ") + "+" + module2.exports.humanize(this.diff);
      if (!this.useColors) {
        return;
      }
      const c3 = "color: " + this.color;
      args.splice(1, 0, c3, "color: inherit");
      let index = 0;
      let lastC = 0;
      args[0].replace(/%[a-zA-Z%]/g, (match) => {
        if (match === "%%") {
          return;
        }
        index++;
        if (match === "%c") {
          lastC = index;
        }
      });
      args.splice(lastC, 0, c3);
    }
    exports2.log = console.debug || console.log || (() => {
    });
    function save(namespaces) {
      try {
        if (namespaces) {
          exports2.storage.setItem("debug", namespaces);
        } else {
          exports2.storage.removeItem("debug");
        }
      } catch (error) {
      }
    }
    function load2() {
      let r2;
      try {
        r2 = exports2.storage.getItem("debug") || exports2.storage.getItem("DEBUG");
      } catch (error) {
      }
      if (!r2 && typeof process !== "undefined" && "env" in process) {
        r2 = process.env.DEBUG;
      }
      return r2;
    }
    function localstorage() {
      try {
        return localStorage;
      } catch (error) {
      }
    }
    module2.exports = require_common()(exports2);
    var { formatters } = module2.exports;
    formatters.j = function(v2) {
      try {
        return JSON.stringify(v2);
      } catch (error) {
        return "[UnexpectedJSONParseError]: " + error.message;
      }
    };
  }
});

// node_modules/debug/src/node.js
var require_node = __commonJS({
  "node_modules/debug/src/node.js"(exports2, module2) {
    var tty = require("tty");
    var util = require("util");
    exports2.init = init;
    exports2.log = log;
    exports2.formatArgs = formatArgs;
    exports2.save = save;
    exports2.load = load2;
    exports2.useColors = useColors;
    exports2.destroy = util.deprecate(
      () => {
      },
      "Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."
    );
    exports2.colors = [6, 2, 3, 4, 5, 1];
    try {
      const supportsColor = require("supports-color");
      if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
        exports2.colors = [
          20,
          21,
          26,
          27,
          32,
          33,
          38,
          39,
          40,
          41,
          42,
          43,
          44,
          45,
          56,
          57,
          62,
          63,
          68,
          69,
          74,
          75,
          76,
          77,
          78,
          79,
          80,
          81,
          92,
          93,
          98,
          99,
          112,
          113,
          128,
          129,
          134,
          135,
          148,
          149,
          160,
          161,
          162,
          163,
          164,
          165,
          166,
          167,
          168,
          169,
          170,
          171,
          172,
          173,
          178,
          179,
          184,
          185,
          196,
          197,
          198,
          199,
          200,
          201,
          202,
          203,
          204,
          205,
          206,
          207,
          208,
          209,
          214,
          215,
          220,
          221
        ];
      }
    } catch (error) {
    }
    exports2.inspectOpts = Object.keys(process.env).filter((key) => {
      return /^debug_/i.test(key);
    }).reduce((obj, key) => {
      const prop2 = key.substring(6).toLowerCase().replace(/_([a-z])/g, (_3, k2) => {
        return k2.toUpperCase();
      });
      let val = process.env[key];
      if (/^(yes|on|true|enabled)$/i.test(val)) {
        val = true;
      } else if (/^(no|off|false|disabled)$/i.test(val)) {
        val = false;
      } else if (val === "null") {
        val = null;
      } else {
        val = Number(val);
      }
      obj[prop2] = val;
      return obj;
    }, {});
    function useColors() {
      return "colors" in exports2.inspectOpts ? Boolean(exports2.inspectOpts.colors) : tty.isatty(process.stderr.fd);
    }
    function formatArgs(args) {
      const { namespace: name, useColors: useColors2 } = this;
      if (useColors2) {
        const c3 = this.color;
        const colorCode = "\x1B[3" + (c3 < 8 ? c3 : "8;5;" + c3);
        const prefix = `  ${colorCode};1m${name} \x1B[0m`;
        args[0] = prefix + args[0].split("\n").join("\n" + prefix);
        args.push(colorCode + "m+" + module2.exports.humanize(this.diff) + "\x1B[0m");
      } else {
        args[0] = getDate() + name + " " + args[0];
      }
    }
    function getDate() {
      if (exports2.inspectOpts.hideDate) {
        return "";
      }
      return (/* @__PURE__ */ new Date()).toISOString() + " ";
    }
    function log(...args) {
      return process.stderr.write(util.formatWithOptions(exports2.inspectOpts, ...args) + "\n");
    }
    function save(namespaces) {
      if (namespaces) {
        process.env.DEBUG = namespaces;
      } else {
        delete process.env.DEBUG;
      }
    }
    function load2() {
      return process.env.DEBUG;
    }
    function init(debug) {
      debug.inspectOpts = {};
      const keys = Object.keys(exports2.inspectOpts);
      for (let i = 0; i < keys.length; i++) {
        debug.inspectOpts[keys[i]] = exports2.inspectOpts[keys[i]];
      }
    }
    module2.exports = require_common()(exports2);
    var { formatters } = module2.exports;
    formatters.o = function(v2) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v2, this.inspectOpts).split("\n").map((str) => str.trim()).join(" ");
    };
    formatters.O = function(v2) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v2, this.inspectOpts);
    };
  }
});

// node_modules/debug/src/index.js
var require_src = __commonJS({
  "node_modules/debug/src/index.js"(exports2, module2) {
    if (typeof process === "undefined" || process.type === "renderer" || process.browser === true || process.__nwjs) {
      module2.exports = require_browser();
    } else {
      module2.exports = require_node();
    }
  }
});

// node_modules/@kwsites/file-exists/dist/src/index.js
var require_src2 = __commonJS({
  "node_modules/@kwsites/file-exists/dist/src/index.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    var fs_1 = require("fs");
    var debug_1 = __importDefault(require_src());
    var log = debug_1.default("@kwsites/file-exists");
    function check(path, isFile, isDirectory) {
      log(`checking %s`, path);
      try {
        const stat3 = fs_1.statSync(path);
        if (stat3.isFile() && isFile) {
          log(`[OK] path represents a file`);
          return true;
        }
        if (stat3.isDirectory() && isDirectory) {
          log(`[OK] path represents a directory`);
          return true;
        }
        log(`[FAIL] path represents something other than a file or directory`);
        return false;
      } catch (e) {
        if (e.code === "ENOENT") {
          log(`[FAIL] path is not accessible: %o`, e);
          return false;
        }
        log(`[FATAL] %o`, e);
        throw e;
      }
    }
    function exists(path, type = exports2.READABLE) {
      return check(path, (type & exports2.FILE) > 0, (type & exports2.FOLDER) > 0);
    }
    exports2.exists = exists;
    exports2.FILE = 1;
    exports2.FOLDER = 2;
    exports2.READABLE = exports2.FILE + exports2.FOLDER;
  }
});

// node_modules/@kwsites/file-exists/dist/index.js
var require_dist = __commonJS({
  "node_modules/@kwsites/file-exists/dist/index.js"(exports2) {
    "use strict";
    function __export2(m2) {
      for (var p2 in m2) if (!exports2.hasOwnProperty(p2)) exports2[p2] = m2[p2];
    }
    Object.defineProperty(exports2, "__esModule", { value: true });
    __export2(require_src2());
  }
});

// node_modules/@kwsites/promise-deferred/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/@kwsites/promise-deferred/dist/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createDeferred = exports2.deferred = void 0;
    function deferred() {
      let done;
      let fail;
      let status = "pending";
      const promise = new Promise((_done, _fail) => {
        done = _done;
        fail = _fail;
      });
      return {
        promise,
        done(result2) {
          if (status === "pending") {
            status = "resolved";
            done(result2);
          }
        },
        fail(error) {
          if (status === "pending") {
            status = "rejected";
            fail(error);
          }
        },
        get fulfilled() {
          return status !== "pending";
        },
        get status() {
          return status;
        }
      };
    }
    exports2.deferred = deferred;
    exports2.createDeferred = deferred;
    exports2.default = deferred;
  }
});

// node_modules/@simple-git/argv-parser/dist/index.mjs
function* x(e, n) {
  const t2 = n === "global";
  for (const o2 of e)
    o2.isGlobal === t2 && (yield o2);
}
function A(e, n) {
  for (const { name: o2 } of x(e, "task")) {
    if (P.has(o2))
      return w(true, n);
    if (S.has(o2))
      return w(false, n);
  }
  const t2 = n.at(0)?.toLowerCase();
  return t2 === void 0 ? null : E.has(t2) ? w(true, n.slice(1)) : F.has(t2) ? w(false, n.slice(1)) : n.length === 1 ? w(false, n) : w(true, n);
}
function w(e = false, n = []) {
  const t2 = n.at(0)?.toLowerCase();
  return t2 === void 0 ? null : {
    isWrite: e,
    isRead: !e,
    key: t2,
    value: n.at(1)
  };
}
function O(e, n) {
  return n.isWrite && n.value !== void 0 ? { key: n.key, value: n.value, scope: e } : { key: n.key, scope: e };
}
function G(e) {
  const n = e?.indexOf("=") || -1;
  return !e || n < 0 ? null : {
    key: e.slice(0, n).trim().toLowerCase(),
    value: e.slice(n + 1)
  };
}
function M(e) {
  for (const { name: n } of x(e, "task"))
    switch (n) {
      case "--global":
        return "global";
      case "--system":
        return "system";
      case "--worktree":
        return "worktree";
      case "--local":
        return "local";
      case "--file":
      case "-f":
        return "file";
    }
  return "local";
}
function N({ name: e }) {
  if (e === "-c" || e === "--config")
    return "inline";
  if (e === "--config-env")
    return "env";
}
function* $(e) {
  for (const n of e) {
    const t2 = N(n), o2 = t2 && G(n.value);
    o2 && (yield {
      ...o2,
      scope: t2
    });
  }
}
function D(e, n, t2) {
  const o2 = {
    read: [],
    write: [...$(n)]
  };
  return e === "config" && L(
    o2,
    M(n),
    A(n, t2)
  ), o2;
}
function L(e, n, t2) {
  if (t2 === null)
    return;
  const o2 = O(n, t2);
  t2.isWrite ? e.write.push(o2) : e.read.push(o2);
}
function B(e) {
  const n = R[e ?? ""] ?? T;
  return {
    short: new Map([...C.short.entries(), ...n.short.entries()]),
    long: n.long
  };
}
function b(e, n = I) {
  if (e.startsWith("--")) {
    const t2 = e.indexOf("=");
    if (t2 > 2)
      return [{ name: e.slice(0, t2), value: e.slice(t2 + 1), needsNext: false }];
    const o2 = e.slice(2);
    return [{ name: e, needsNext: n.long.has(o2) }];
  }
  if (e.length === 2) {
    const t2 = e.charAt(1), o2 = n.short.get(t2);
    return [{ name: e, needsNext: o2 === true }];
  }
  return j(e, n.short);
}
function j(e, n) {
  const t2 = e.slice(1).split(""), o2 = [];
  for (let a = 0; a < t2.length; a++) {
    const s = t2[a], r2 = n.get(s);
    if (r2 === void 0)
      return [{ name: e, needsNext: false }];
    if (r2) {
      const i = t2.slice(a + 1).join("");
      if (i && ![...i].every((m2) => n.has(m2)))
        return o2.push({ name: `-${s}`, value: i, needsNext: false }), o2;
    }
    o2.push({ name: `-${s}`, needsNext: r2 });
  }
  return o2;
}
function W(e, n = []) {
  let t2 = 0;
  for (; t2 < e.length; ) {
    const o2 = String(e[t2]);
    if (!o2.startsWith("-") || o2.length < 2) break;
    const a = b(o2);
    let s = t2 + 1;
    for (const r2 of a) {
      const i = {
        name: r2.name,
        value: r2.value,
        absorbedNext: false,
        isGlobal: true
      };
      r2.needsNext && i.value === void 0 && s < e.length && (i.value = String(e[s]), i.absorbedNext = true, s++), n.push(i);
    }
    t2 = s;
  }
  return { flags: n, taskIndex: t2 };
}
function V(e, n, t2 = []) {
  const o2 = B(n), a = [], s = [];
  let r2 = 0;
  for (; r2 < e.length; ) {
    const i = e[r2];
    if (r(i)) {
      s.push(...o(i)), r2++;
      continue;
    }
    const p2 = String(i);
    if (p2 === "--") {
      for (let d2 = r2 + 1; d2 < e.length; d2++) {
        const g2 = e[d2];
        r(g2) ? s.push(...o(g2)) : s.push(String(g2));
      }
      break;
    }
    if (!p2.startsWith("-") || p2.length < 2) {
      a.push(p2), r2++;
      continue;
    }
    const m2 = b(p2, o2);
    let u2 = r2 + 1;
    for (const d2 of m2) {
      const g2 = {
        name: d2.name,
        value: d2.value,
        absorbedNext: false,
        isGlobal: false
      };
      d2.needsNext && g2.value === void 0 && u2 < e.length && !r(e[u2]) && (g2.value = String(e[u2]), g2.absorbedNext = true, u2++), t2.push(g2);
    }
    r2 = u2;
  }
  return { flags: t2, positionals: a, pathspecs: s };
}
function* q({
  write: e
}) {
  for (const n of e)
    for (const t2 of K) {
      const o2 = t2(n.key);
      o2 && (yield o2);
    }
}
function f(e, n, t2 = String(e)) {
  const o2 = typeof e == "string" ? new RegExp(`\\s*${e.toLowerCase()}`) : e;
  return function(s) {
    if (o2.test(s))
      return {
        category: n,
        message: `Configuring ${t2} is not permitted without enabling ${n}`
      };
  };
}
function l(e, n) {
  const t2 = new RegExp(`\\s*${e.toLowerCase().replace(/\./g, "(..+)?.")}`);
  return f(t2, n, e);
}
function* H(e, n) {
  for (const t2 of n)
    for (const o2 of X) {
      const a = o2(e, t2);
      a && (yield a);
    }
}
function c2(e, n, t2, { name: o2 = String(n), globalOnly: a = false, withValue: s = false } = {}) {
  const r2 = typeof n == "string" ? new RegExp(`\\s*${n.toLowerCase()}`) : n, i = `Use of ${e ? `${e} with option ` : ""}${o2} is not permitted without enabling ${t2}`;
  return function(m2, u2) {
    if (!(e && m2 !== e) && !(a && !u2.isGlobal) && !(s && u2.value === void 0) && r2.test(u2.name))
      return {
        category: t2,
        message: i
      };
  };
}
function k(e, n, t2) {
  return [...H(e, n), ...q(t2)];
}
function Y(...e) {
  const { flags: n, taskIndex: t2 } = W(e), o2 = t2 < e.length ? String(e[t2]).toLowerCase() : null, a = o2 !== null ? e.slice(t2 + 1) : [], { positionals: s, pathspecs: r2 } = V(a, o2, n), i = D(o2, n, s);
  return {
    task: o2,
    flags: n.map(J),
    paths: r2,
    config: i,
    vulnerabilities: z(k(o2, n, i))
  };
}
function z(e) {
  return Object.defineProperty(e, "vulnerabilities", {
    value: e
  });
}
function J({ value: e, name: n }) {
  return e !== void 0 ? { name: n, value: e } : { name: n };
}
function* Q(e) {
  const n = parseInt(e.git_config_count ?? "0", 10);
  for (let t2 = 0; t2 < n; t2++) {
    const o2 = e[`git_config_key_${t2}`], a = e[`git_config_value_${t2}`];
    o2 !== void 0 && (yield { key: o2.toLowerCase().trim(), value: a, scope: "env" });
  }
}
function* Z(e) {
  for (const n of Object.keys(e))
    if (_(n)) {
      const t2 = y[n];
      yield {
        category: t2,
        message: `Use of "${n.toUpperCase()}" is not permitted without enabling ${t2}`
      };
    }
}
function _(e) {
  return Object.hasOwn(y, e);
}
function ee(e) {
  const n = {};
  for (const [t2, o2] of Object.entries(e)) {
    const a = t2.toLowerCase().trim();
    (_(a) || a.startsWith("git")) && (n[a] = String(o2));
  }
  return n;
}
function ne(e) {
  const n = ee(e), t2 = {
    read: [],
    write: [...Q(n)]
  }, o2 = [
    ...Z(n),
    ...k(null, [], t2)
  ];
  return {
    config: t2,
    vulnerabilities: o2
  };
}
function oe(e, n) {
  return [...Y(...e).vulnerabilities, ...ne(n).vulnerabilities];
}
var P, S, E, F, C, I, R, T, K, h, X, y;
var init_dist2 = __esm({
  "node_modules/@simple-git/argv-parser/dist/index.mjs"() {
    init_dist();
    P = /* @__PURE__ */ new Set([
      "--add",
      "--edit",
      "--remove-section",
      "--rename-section",
      "--replace-all",
      "--unset",
      "--unset-all",
      "-e"
    ]);
    S = /* @__PURE__ */ new Set([
      "--get",
      "--get-all",
      "--get-color",
      "--get-colorbool",
      "--get-regexp",
      "--get-urlmatch",
      "--list",
      "-l"
    ]);
    E = /* @__PURE__ */ new Set([
      "edit",
      "remove-section",
      "rename-section",
      "set",
      "unset"
    ]);
    F = /* @__PURE__ */ new Set(["get", "get-color", "get-colorbool", "list"]);
    C = {
      short: /* @__PURE__ */ new Map([
        ["c", true]
        //  -c <k=v>    set config key for this invocation
      ])
    };
    I = {
      short: new Map([
        ["C", true],
        //  -C <path>   change working directory
        ["P", false],
        // -P          no pager (alias for --no-pager)
        ["h", false],
        // -h          help
        ["p", false],
        // -p          paginate
        ["v", false],
        // -v          version
        ...C.short.entries()
      ]),
      long: /* @__PURE__ */ new Set([
        "attr-source",
        "config-env",
        "exec-path",
        "git-dir",
        "list-cmds",
        "namespace",
        "super-prefix",
        "work-tree"
      ])
    };
    R = {
      clone: {
        short: /* @__PURE__ */ new Map([
          ["b", true],
          // -b <branch>
          ["j", true],
          // -j <n>          parallel jobs
          ["l", false],
          // -l local
          ["n", false],
          // -n no-checkout
          ["o", true],
          // -o <name>       remote name
          ["q", false],
          // -q quiet
          ["s", false],
          // -s shared
          ["u", true]
          // -u <upload-pack>
        ]),
        long: /* @__PURE__ */ new Set(["branch", "config", "jobs", "origin", "upload-pack", "u", "template"])
      },
      commit: {
        short: /* @__PURE__ */ new Map([
          ["C", true],
          // -C <commit>  reuse message
          ["F", true],
          // -F <file>    read message from file
          ["c", true],
          // -c <commit>  reedit message
          ["m", true],
          // -m <msg>
          ["t", true]
          // -t <template>
        ]),
        long: /* @__PURE__ */ new Set(["file", "message", "reedit-message", "reuse-message", "template"])
      },
      config: {
        short: /* @__PURE__ */ new Map([
          ["e", false],
          // -e  open editor
          ["f", true],
          //  -f <file>
          ["l", false]
          // -l  list
        ]),
        long: /* @__PURE__ */ new Set(["blob", "comment", "default", "file", "type", "value"])
      },
      fetch: {
        short: /* @__PURE__ */ new Map(),
        long: /* @__PURE__ */ new Set(["upload-pack"])
      },
      init: {
        short: /* @__PURE__ */ new Map(),
        long: /* @__PURE__ */ new Set(["template"])
      },
      pull: {
        short: /* @__PURE__ */ new Map(),
        long: /* @__PURE__ */ new Set(["upload-pack"])
      },
      push: {
        short: /* @__PURE__ */ new Map(),
        long: /* @__PURE__ */ new Set(["exec", "receive-pack"])
      },
      rebase: {
        short: /* @__PURE__ */ new Map([
          ["X", true],
          // -X <option>   strategy option
          ["f", false],
          // -f force-rebase
          ["i", false],
          // -i interactive
          ["k", false],
          // -k keep-base
          ["m", false],
          // -m merge
          ["n", false],
          // -n no-stat
          ["q", false],
          // -q quiet
          ["r", false],
          // -r rebase-merges
          ["s", true],
          // -s <strategy>
          ["v", false],
          // -v verbose
          ["x", true]
          // -x <cmd>      exec
        ]),
        long: /* @__PURE__ */ new Set(["exec", "onto", "strategy", "strategy-option"])
      }
    };
    T = { short: /* @__PURE__ */ new Map(), long: /* @__PURE__ */ new Set() };
    K = [
      f("alias", "allowUnsafeAlias"),
      f("core.askPass", "allowUnsafeAskPass"),
      f("core.editor", "allowUnsafeEditor"),
      f("core.fsmonitor", "allowUnsafeFsMonitor"),
      f("core.gitProxy", "allowUnsafeGitProxy"),
      f("core.hooksPath", "allowUnsafeHooksPath"),
      f("core.pager", "allowUnsafePager"),
      f("core.sshCommand", "allowUnsafeSshCommand"),
      l("credential.helper", "allowUnsafeCredentialHelper"),
      l("diff.command", "allowUnsafeDiffExternal"),
      f("diff.external", "allowUnsafeDiffExternal"),
      l("difftool.cmd", "allowUnsafeDiffExternal"),
      l("diff.textconv", "allowUnsafeDiffTextConv"),
      l("filter.clean", "allowUnsafeFilter"),
      l("filter.process", "allowUnsafeFilter"),
      l("filter.smudge", "allowUnsafeFilter"),
      l("gpg.program", "allowUnsafeGpgProgram"),
      f("include.path", "allowUnsafeInclude"),
      l("includeIf", "allowUnsafeInclude"),
      f("init.templateDir", "allowUnsafeTemplateDir"),
      l("pager.", "allowUnsafePager"),
      l("merge.driver", "allowUnsafeMergeDriver"),
      l("mergetool.path", "allowUnsafeMergeDriver"),
      l("mergetool.cmd", "allowUnsafeMergeDriver"),
      l("protocol.allow", "allowUnsafeProtocolOverride"),
      l("remote.receivepack", "allowUnsafePack"),
      l("remote.uploadpack", "allowUnsafePack"),
      f("uploadpack.packObjectsHook", "allowUnsafePack"),
      f("sequence.editor", "allowUnsafeEditor"),
      l("submodule.update", "allowUnsafeSubmodule"),
      l("tar.command", "allowUnsafeCommandBinaries"),
      l("trailer.cmd", "allowUnsafeCommandBinaries"),
      l("trailer.command", "allowUnsafeCommandBinaries"),
      l("url.insteadOf", "allowUnsafeUrlRewrite")
    ];
    h = { globalOnly: true, withValue: true };
    X = [
      c2(null, /--(upload|receive)-pack/, "allowUnsafePack", {
        name: "--upload-pack or --receive-pack"
      }),
      c2("clone", /^-\w*u/, "allowUnsafePack"),
      c2("clone", "--u", "allowUnsafePack"),
      c2("push", /^--exec$/, "allowUnsafePack", { name: "--exec" }),
      // `git` accepts unambiguous abbreviations of long options, so `--ex` and `--exe` are `--exec`
      c2("rebase", /^(-x|--ex(ec?)?)$/, "allowUnsafeExec", { name: "-x or --exec" }),
      c2(null, "--template", "allowUnsafeTemplateDir"),
      c2(null, "--exec-path", "allowUnsafeExec", h),
      // `git` reads the configuration of whichever repository these name, so the
      // directory alone is enough to deliver config the argv guards never see
      c2(null, "--git-dir", "allowUnsafeConfigPaths", h),
      c2(null, "--work-tree", "allowUnsafeConfigPaths", h),
      c2(null, /^-C$/, "allowUnsafeConfigPaths", { ...h, name: "-C" })
    ];
    y = {
      editor: "allowUnsafeEditor",
      git_askpass: "allowUnsafeAskPass",
      git_config_global: "allowUnsafeConfigPaths",
      git_config_system: "allowUnsafeConfigPaths",
      git_config_count: "allowUnsafeConfigEnvCount",
      git_config_parameters: "allowUnsafeConfigEnvCount",
      git_config: "allowUnsafeConfigPaths",
      git_editor: "allowUnsafeEditor",
      git_exec_path: "allowUnsafeExec",
      git_external_diff: "allowUnsafeDiffExternal",
      git_pager: "allowUnsafePager",
      git_proxy_command: "allowUnsafeGitProxy",
      git_template_dir: "allowUnsafeTemplateDir",
      git_sequence_editor: "allowUnsafeEditor",
      git_ssh: "allowUnsafeSshCommand",
      git_ssh_command: "allowUnsafeSshCommand",
      pager: "allowUnsafePager",
      prefix: "allowUnsafeConfigPaths",
      ssh_askpass: "allowUnsafeAskPass",
      visual: "allowUnsafeEditor"
    };
  }
});

// node_modules/simple-git/dist/index.mjs
var dist_exports = {};
__export(dist_exports, {
  CheckRepoActions: () => qe,
  CleanOptions: () => zt,
  DiffNameStatus: () => Kt,
  GitConfigScope: () => Ht,
  GitConstructError: () => Ae,
  GitError: () => O2,
  GitPluginError: () => A2,
  GitResponseError: () => at,
  ResetMode: () => Vt,
  TaskConfigurationError: () => xe,
  grepQueryBuilder: () => Sn,
  pathspec: () => c,
  simpleGit: () => wo
});
function Ne(t2) {
  return typeof t2 != "function" ? W2 : t2;
}
function $e(t2) {
  return typeof t2 == "function" && t2 !== W2;
}
function Pe(t2, e) {
  const n = t2.indexOf(e);
  return n <= 0 ? [t2, ""] : [t2.substr(0, n), t2.substr(n + 1)];
}
function Me(t2, e = 0) {
  return Dt(t2) && t2.length > e ? t2[e] : void 0;
}
function N2(t2, e = 0) {
  if (Dt(t2) && t2.length > e)
    return t2[t2.length - 1 - e];
}
function Dt(t2) {
  return Bt(t2);
}
function H2(t2 = "", e = true, n = `
`) {
  return t2.split(n).reduce((r2, s) => {
    const o2 = e ? s.trim() : s;
    return o2 && r2.push(o2), r2;
  }, []);
}
function ut(t2, e) {
  return H2(t2, true).map((n) => e(n));
}
function Lt(t2) {
  return (0, import_file_exists.exists)(t2, import_file_exists.FOLDER);
}
function S2(t2, e) {
  return Array.isArray(t2) ? t2.includes(e) || t2.push(e) : t2.add(e), e;
}
function De(t2, e) {
  return Array.isArray(t2) && !t2.includes(e) && t2.push(e), t2;
}
function ct(t2, e) {
  if (Array.isArray(t2)) {
    const n = t2.indexOf(e);
    n >= 0 && t2.splice(n, 1);
  } else
    t2.delete(e);
  return e;
}
function v(t2) {
  return Array.isArray(t2) ? t2 : [t2];
}
function jt(t2) {
  return t2.replace(/[\s-]+(.)/g, (e, n) => n.toUpperCase());
}
function L2(t2) {
  return v(t2).map((e) => e instanceof String ? e : String(e));
}
function p(t2, e = 0) {
  if (t2 == null)
    return e;
  const n = parseInt(t2, 10);
  return Number.isNaN(n) ? e : n;
}
function U(t2, e) {
  const n = [];
  for (let r2 = 0, s = t2.length; r2 < s; r2++)
    n.push(e, t2[r2]);
  return n;
}
function F2(t2) {
  return (Array.isArray(t2) ? Buffer.concat(t2) : t2).toString("utf-8");
}
function Le(t2) {
  return t2 ? Buffer.isBuffer(t2) ? t2.length : Buffer.byteLength(t2) : 0;
}
function je(t2, e) {
  const n = {};
  return e.forEach((r2) => {
    t2[r2] !== void 0 && (n[r2] = t2[r2]);
  }), n;
}
function wt(t2 = 0) {
  return new Promise((e) => setTimeout(e, t2));
}
function bt(t2) {
  if (t2 !== false)
    return t2;
}
function d(t2, e, n) {
  return e(t2) ? t2 : arguments.length > 2 ? n : void 0;
}
function st(t2, e) {
  const n = r(t2) ? "string" : typeof t2;
  return /number|string|boolean/.test(n) && (!e || !e.includes(n));
}
function lt(t2) {
  return !!t2 && ft(t2) === "[object Object]";
}
function Ie(t2) {
  return typeof t2 == "function";
}
function Ue() {
  throw new Error("LineParser:useMatches not implemented");
}
function Ge(...t2) {
  const e = process.cwd(), n = Object.assign(
    { baseDir: e, ...Fe },
    ...t2.filter((r2) => typeof r2 == "object" && r2)
  );
  return n.baseDir = n.baseDir || e, n.trimmed = n.trimmed === true, n;
}
function It(t2, e = []) {
  return lt(t2) ? Object.keys(t2).reduce((n, r2) => {
    const s = t2[r2];
    if (r(s))
      n.push(s);
    else if (st(s, ["boolean"]))
      n.push(r2 + "=" + s);
    else if (Array.isArray(s))
      for (const o2 of s)
        st(o2, ["string", "number"]) || n.push(r2 + "=" + o2);
    else
      n.push(r2);
    return n;
  }, e) : e;
}
function h2(t2, e = 0, n = false) {
  const r2 = [];
  for (let s = 0, o2 = e < 0 ? t2.length : e; s < o2; s++)
    "string|number".includes(typeof t2[s]) && r2.push(String(t2[s]));
  return It(ht(t2), r2), n || r2.push(...ze(t2)), r2;
}
function ze(t2) {
  const e = typeof N2(t2) == "function";
  return L2(d(N2(t2, e ? 1 : 0), K2, []));
}
function ht(t2) {
  const e = Ie(N2(t2));
  return d(N2(t2, e ? 1 : 0), lt);
}
function u(t2, e = true) {
  const n = Ne(N2(t2));
  return e || $e(n) ? n : void 0;
}
function Tt(t2, e) {
  return t2(e.stdOut, e.stdErr);
}
function E2(t2, e, n, r2 = true) {
  return v(n).forEach((s) => {
    for (let o2 = H2(s, r2), i = 0, a = o2.length; i < a; i++) {
      const c3 = (y2 = 0) => {
        if (!(i + y2 >= a))
          return o2[i + y2];
      };
      e.some(({ parse: y2 }) => y2(c3, t2));
    }
  }), t2;
}
function We(t2) {
  switch (t2) {
    case "bare":
      return Ke();
    case "root":
      return He();
  }
  return {
    commands: ["rev-parse", "--is-inside-work-tree"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function He() {
  return {
    commands: ["rev-parse", "--git-dir"],
    format: "utf-8",
    onError: mt,
    parser(e) {
      return /^\.(git)?$/.test(e.trim());
    }
  };
}
function Ke() {
  return {
    commands: ["rev-parse", "--is-bare-repository"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function Ve(t2) {
  return /(Not a git repository|Kein Git-Repository)/i.test(String(t2));
}
function Ze(t2, e) {
  const n = new Xe(t2), r2 = t2 ? Qe : Ye;
  return H2(e).forEach((s) => {
    const o2 = s.replace(r2, "");
    n.paths.push(o2), (Je.test(o2) ? n.folders : n.files).push(o2);
  }), n;
}
function tn(t2) {
  return {
    commands: Ft,
    format: "empty",
    parser: t2
  };
}
function b2(t2) {
  return {
    commands: Ft,
    format: "empty",
    parser() {
      throw typeof t2 == "string" ? new xe(t2) : t2;
    }
  };
}
function g(t2, e = false) {
  return {
    commands: t2,
    format: "utf-8",
    parser(n) {
      return e ? String(n).trim() : n;
    }
  };
}
function Gt(t2) {
  return {
    commands: t2,
    format: "buffer",
    parser(e) {
      return e;
    }
  };
}
function en(t2) {
  return t2.format === "buffer";
}
function kt(t2) {
  return t2.format === "empty" || !t2.commands.length;
}
function on(t2, e) {
  const { cleanMode: n, options: r2, valid: s } = cn(t2);
  return n ? s.options ? (r2.push(...e), r2.some(hn) ? b2(nn) : an(n, r2)) : b2(sn + JSON.stringify(t2)) : b2(rn);
}
function an(t2, e) {
  return {
    commands: ["clean", `-${t2}`, ...e],
    format: "utf-8",
    parser(r2) {
      return Ze(t2 === "n", r2);
    }
  };
}
function un(t2) {
  return Array.isArray(t2) && t2.every((e) => qt.has(e));
}
function cn(t2) {
  let e, n = [], r2 = { cleanMode: false, options: true };
  return t2.replace(/[^a-z]i/g, "").split("").forEach((s) => {
    fn(s) ? (e = s, r2.cleanMode = true) : r2.options = r2.options && ln(n[n.length] = `-${s}`);
  }), {
    cleanMode: e,
    options: n,
    valid: r2
  };
}
function fn(t2) {
  return t2 === "f" || t2 === "n";
}
function ln(t2) {
  return /^-[a-z]$/i.test(t2) && qt.has(t2.charAt(1));
}
function hn(t2) {
  return /^-[^\-]/.test(t2) ? t2.indexOf("i") > 0 : t2 === "--interactive";
}
function pn(t2) {
  const e = new mn();
  for (const n of Wt(t2))
    e.addValue(n.file, String(n.key), n.value);
  return e;
}
function dn(t2, e) {
  let n = null;
  const r2 = [], s = /* @__PURE__ */ new Map();
  for (const o2 of Wt(t2, e))
    o2.key === e && (r2.push(n = o2.value), s.has(o2.file) || s.set(o2.file, []), s.get(o2.file).push(n));
  return {
    key: e,
    paths: Array.from(s.keys()),
    scopes: s,
    value: n,
    values: r2
  };
}
function gn(t2) {
  return t2.replace(/^(file):/, "");
}
function* Wt(t2, e = null) {
  const n = t2.split("\0");
  for (let r2 = 0, s = n.length - 1; r2 < s; ) {
    const o2 = gn(n[r2++]);
    let i = n[r2++], a = e;
    if (i.includes(`
`)) {
      const c3 = Pe(i, `
`);
      a = c3[0], i = c3[1];
    }
    yield { file: o2, key: a, value: i };
  }
}
function Y2(t2, e) {
  return typeof t2 == "string" && Object.hasOwn(Ht, t2) ? t2 : e;
}
function yn(t2, e, n, r2) {
  const s = ["config", `--${r2}`];
  return n && s.push("--add"), s.push(t2, e), {
    commands: s,
    format: "utf-8",
    parser(o2) {
      return o2;
    }
  };
}
function wn(t2, e) {
  const n = ["config", "--null", "--show-origin", "--get-all", t2];
  return e && n.splice(1, 0, `--${e}`), {
    commands: n,
    format: "utf-8",
    parser(r2) {
      return dn(r2, t2);
    }
  };
}
function bn(t2) {
  const e = ["config", "--list", "--show-origin", "--null"];
  return t2 && e.push(`--${t2}`), {
    commands: e,
    format: "utf-8",
    parser(n) {
      return pn(n);
    }
  };
}
function Tn() {
  return {
    addConfig(t2, e, ...n) {
      return this._runTask(
        yn(
          t2,
          e,
          n[0] === true,
          Y2(
            n[1],
            "local"
            /* local */
          )
        ),
        u(arguments)
      );
    },
    getConfig(t2, e) {
      return this._runTask(
        wn(t2, Y2(e, void 0)),
        u(arguments)
      );
    },
    listConfig(...t2) {
      return this._runTask(
        bn(Y2(t2[0], void 0)),
        u(arguments)
      );
    }
  };
}
function _n(t2) {
  return kn.has(t2);
}
function Sn(...t2) {
  return new En().param(...t2);
}
function Rn(t2) {
  const e = /* @__PURE__ */ new Set(), n = {};
  return ut(t2, (r2) => {
    const [s, o2, i] = r2.split(I2);
    e.add(s), (n[s] = n[s] || []).push({
      line: p(o2),
      path: s,
      preview: i
    });
  }), {
    paths: e,
    results: n
  };
}
function On() {
  return {
    grep(t2) {
      const e = u(arguments), n = h2(arguments);
      for (const s of vn)
        if (n.includes(s))
          return this._runTask(
            b2(`git.grep: use of "${s}" is not supported.`),
            e
          );
      typeof t2 == "string" && (t2 = Sn().param(t2));
      const r2 = ["grep", "--null", "-n", "--full-name", ...n, ...t2];
      return this._runTask(
        {
          commands: r2,
          format: "utf-8",
          parser(s) {
            return Rn(s);
          }
        },
        e
      );
    }
  };
}
function An(t2, e) {
  const n = ["reset"];
  return Xt(t2) && n.push(`--${t2}`), n.push(...e), g(n);
}
function xn(t2) {
  if (Xt(t2))
    return t2;
  switch (typeof t2) {
    case "string":
    case "undefined":
      return "soft";
  }
}
function Xt(t2) {
  return typeof t2 == "string" && Cn.includes(t2);
}
function Nn() {
  return (0, import_debug.default)("simple-git");
}
function vt(t2, e, n) {
  return !e || !String(e).replace(/\s*/, "") ? n ? (r2, ...s) => {
    t2(r2, ...s), n(r2, ...s);
  } : t2 : (r2, ...s) => {
    t2(`%s ${r2}`, e, ...s), n && n(r2, ...s);
  };
}
function $n(t2, e, { namespace: n }) {
  if (typeof t2 == "string")
    return t2;
  const r2 = e && e.namespace || "";
  return r2.startsWith(n) ? r2.substr(n.length + 1) : r2 || n;
}
function $2(t2, e, n, r2 = Nn()) {
  const s = t2 && `[${t2}]` || "", o2 = [], i = typeof e == "string" ? r2.extend(e) : e, a = $n(d(e, m), i, r2);
  return y2(n);
  function c3(w2, T2) {
    return S2(
      o2,
      $2(t2, a.replace(/^[^:]+/, w2), T2, r2)
    );
  }
  function y2(w2) {
    const T2 = w2 && `[${w2}]` || "", k2 = i && vt(i, T2) || W2, C2 = vt(r2, `${s} ${T2}`, k2);
    return Object.assign(i ? k2 : C2, {
      label: t2,
      sibling: c3,
      info: C2,
      step: y2
    });
  }
}
function Mn(t2, e) {
  return (n) => {
    e("[ERROR] child process exception %o", n), t2.push(Buffer.from(String(n.stack), "ascii"));
  };
}
function Et(t2, e, n, r2) {
  return (s) => {
    n("%s received %L bytes", e, s), r2("%B", s), t2.push(s);
  };
}
function Ln(t2, e, n = W2) {
  const r2 = (o2) => {
    n(null, o2);
  }, s = (o2) => {
    o2?.task === t2 && n(o2, void 0);
  };
  e.then(r2, s);
}
function St(t2, e) {
  return tn((n) => {
    if (!Lt(t2))
      throw new Error(`Git.cwd: cannot change to non-directory "${t2}"`);
    return (e || n).cwd = t2;
  });
}
function Q2(t2) {
  const e = ["checkout", ...t2];
  return e[1] === "-b" && e.includes("-B") && (e[1] = ct(e, "-B")), g(e);
}
function jn() {
  return {
    checkout() {
      return this._runTask(
        Q2(h2(arguments, 1)),
        u(arguments)
      );
    },
    checkoutBranch(t2, e) {
      return this._runTask(
        Q2(["-b", t2, e, ...h2(arguments)]),
        u(arguments)
      );
    },
    checkoutLocalBranch(t2) {
      return this._runTask(
        Q2(["-b", t2, ...h2(arguments)]),
        u(arguments)
      );
    }
  };
}
function Rt(t2, e, n, ...r2) {
  return m(n) ? e(n, d(r2[0], m), h2(arguments)) : b2(`git.${t2}() requires a string 'repoPath'`);
}
function In() {
  return {
    clone(t2, ...e) {
      return this._runTask(
        Rt("clone", Yt, d(t2, m), ...e),
        u(arguments)
      );
    },
    mirror(t2, ...e) {
      return this._runTask(
        Rt("mirror", Bn, d(t2, m), ...e),
        u(arguments)
      );
    }
  };
}
function Fn(t2) {
  return E2({
    author: null,
    branch: "",
    commit: "",
    root: false,
    summary: {
      changes: 0,
      insertions: 0,
      deletions: 0
    }
  }, Un, t2);
}
function Gn(t2, e, n) {
  return {
    commands: [
      "-c",
      "core.abbrev=40",
      "commit",
      ...U(t2, "-m"),
      ...e,
      ...n
    ],
    format: "utf-8",
    parser: Fn
  };
}
function zn() {
  return {
    commit(e, ...n) {
      const r2 = u(arguments), s = t2(e) || Gn(
        v(e),
        v(d(n[0], G2, [])),
        [
          ...L2(d(n[1], K2, [])),
          ...h2(arguments, 0, true)
        ]
      );
      return this._runTask(s, r2);
    }
  };
  function t2(e) {
    return !G2(e) && b2(
      "git.commit: requires the commit message to be supplied as a string/string[]"
    );
  }
}
function qn() {
  return {
    count: 0,
    garbage: 0,
    inPack: 0,
    packs: 0,
    prunePackable: 0,
    size: 0,
    sizeGarbage: 0,
    sizePack: 0
  };
}
function Hn() {
  return {
    countObjects() {
      return this._runTask({
        commands: ["count-objects", "--verbose"],
        format: "utf-8",
        parser(t2) {
          return E2(qn(), [Wn], t2);
        }
      });
    }
  };
}
function Kn() {
  return {
    firstCommit() {
      return this._runTask(
        g(["rev-list", "--max-parents=0", "HEAD"], true),
        u(arguments)
      );
    }
  };
}
function Vn(t2, e) {
  const n = ["hash-object", t2];
  return e && n.push("-w"), g(n, true);
}
function Qn(t2, e, n) {
  const r2 = String(n).trim();
  let s;
  if (s = Xn.exec(r2))
    return new J2(t2, e, false, s[1]);
  if (s = Yn.exec(r2))
    return new J2(t2, e, true, s[1]);
  let o2 = "";
  const i = r2.split(" ");
  for (; i.length; )
    if (i.shift() === "in") {
      o2 = i.join(" ");
      break;
    }
  return new J2(t2, e, /^re/i.test(r2), o2);
}
function Jn(t2) {
  return t2.includes(Qt);
}
function Zn(t2 = false, e, n) {
  const r2 = ["init", ...n];
  return t2 && !Jn(r2) && r2.splice(1, 0, Qt), {
    commands: r2,
    format: "utf-8",
    parser(s) {
      return Qn(r2.includes("--bare"), e, s);
    }
  };
}
function tr(t2) {
  return t2 === void 0 ? b2("interpretTrailers called without input content") : {
    format: "utf-8",
    parser(e) {
      return Object.fromEntries(
        ut(e, (n) => {
          const r2 = n.indexOf(":");
          return [
            jt(n.substring(0, r2).toLowerCase()),
            n.substring(r2 + 2).trim()
          ];
        })
      );
    },
    commands: ["interpret-trailers", "--parse"],
    input: t2
  };
}
function er() {
  return {
    interpretTrailers(t2) {
      return this._runTask(
        tr(d(t2, Be)),
        u(arguments)
      );
    }
  };
}
function pt(t2) {
  for (let e = 0; e < t2.length; e++) {
    const n = Jt.exec(t2[e]);
    if (n)
      return `--${n[1]}`;
  }
  return "";
}
function nr(t2) {
  return Jt.test(t2);
}
function Zt(t2 = R2.NONE) {
  const e = ar[t2];
  return (n) => E2(new rr(), e, n, false);
}
function cr(t2, e) {
  return e.reduce(
    (n, r2, s) => (n[r2] = t2[s] || "", n),
    /* @__PURE__ */ Object.create({ diff: null })
  );
}
function re(t2 = ne2, e = ur, n = R2.NONE) {
  const r2 = Zt(n);
  return function(s) {
    const o2 = H2(
      s.trim(),
      false,
      te
    ).map(function(i) {
      const a = i.split(ee2), c3 = cr(a[0].split(t2), e);
      return a.length > 1 && a[1].trim() && (c3.diff = r2(a[1])), c3;
    });
    return {
      all: o2,
      latest: o2.length && o2[0] || null,
      total: o2.length
    };
  };
}
function fr(t2) {
  let e = pt(t2);
  const n = ["diff"];
  return e === R2.NONE && (e = R2.STAT, n.push("--stat=4096")), n.push(...t2), dt(n) || {
    commands: n,
    format: "utf-8",
    parser: Zt(e)
  };
}
function dt(t2) {
  const e = t2.filter(nr);
  if (e.length > 1)
    return b2(
      `Summary flags are mutually exclusive - pick one of ${e.join(",")}`
    );
  if (e.length && t2.includes("-z"))
    return b2(
      `Summary flag ${e} parsing is not compatible with null termination option '-z'`
    );
}
function lr(t2, e) {
  const n = [], r2 = [];
  return Object.keys(t2).forEach((s) => {
    n.push(s), r2.push(String(t2[s]));
  }), [n, r2.join(e)];
}
function hr(t2) {
  return Object.keys(t2).reduce((e, n) => (n in se || (e[n] = t2[n]), e), {});
}
function oe2(t2 = {}, e = []) {
  const n = d(t2.splitter, m, ne2), r2 = lt(t2.format) ? t2.format : {
    hash: "%H",
    date: t2.strictDate === false ? "%ai" : "%aI",
    message: "%s",
    refs: "%D",
    body: t2.multiLine ? "%B" : "%b",
    author_name: t2.mailMap !== false ? "%aN" : "%an",
    author_email: t2.mailMap !== false ? "%aE" : "%ae"
  }, [s, o2] = lr(r2, n), i = [], a = [
    `--pretty=format:${te}${o2}${ee2}`,
    ...e
  ], c3 = t2.n || t2["max-count"] || t2.maxCount;
  if (c3 && a.push(`--max-count=${c3}`), t2.from || t2.to) {
    const y2 = t2.symmetric !== false ? "..." : "..";
    i.push(`${t2.from || ""}${y2}${t2.to || ""}`);
  }
  return m(t2.file) && a.push("--follow", c(t2.file)), It(hr(t2), a), {
    fields: s,
    splitter: n,
    commands: [...a, ...i]
  };
}
function mr(t2, e, n) {
  const r2 = re(t2, e, pt(n));
  return {
    commands: ["log", ...n],
    format: "utf-8",
    parser: r2
  };
}
function pr() {
  return {
    log(...n) {
      const r2 = u(arguments), s = oe2(
        ht(arguments),
        L2(d(arguments[0], K2, []))
      ), o2 = e(...n) || dt(s.commands) || t2(s);
      return this._runTask(o2, r2);
    }
  };
  function t2(n) {
    return mr(n.splitter, n.fields, n.commands);
  }
  function e(n, r2) {
    return m(n) && m(r2) && b2(
      "git.log(string, string) should be replaced with git.log({ from: string, to: string })"
    );
  }
}
function tt(t2) {
  return t2.objects = t2.objects || {
    compressing: 0,
    counting: 0,
    enumerating: 0,
    packReused: 0,
    reused: { count: 0, delta: 0 },
    total: { count: 0, delta: 0 }
  };
}
function Ct(t2) {
  const e = /^\s*(\d+)/.exec(t2), n = /delta (\d+)/i.exec(t2);
  return {
    count: p(e && e[1] || "0"),
    delta: p(n && n[1] || "0")
  };
}
function ae(t2, e) {
  return E2({ remoteMessages: new br() }, wr, e);
}
function Rr(t2, e) {
  const n = E2(new gr(), Er, [t2, e]);
  return n.message && n;
}
function At(t2) {
  return t2.length ? {
    commands: ["merge", ...t2],
    format: "utf-8",
    parser(e, n) {
      const r2 = Cr(e, n);
      if (r2.failed)
        throw new at(r2);
      return r2;
    }
  } : b2("Git.merge requires at least one option");
}
function xr(t2, e, n) {
  const r2 = n.includes("deleted"), s = n.includes("tag") || /^refs\/tags/.test(t2), o2 = !n.includes("new");
  return {
    deleted: r2,
    tag: s,
    branch: !s,
    new: !o2,
    alreadyUpdated: o2,
    local: t2,
    remote: e
  };
}
function Mr(t2 = {}, e) {
  return S2(e, "--tags"), ce(t2, e);
}
function ce(t2 = {}, e) {
  const n = ["push", ...e];
  return t2.branch && n.splice(1, 0, t2.branch), t2.remote && n.splice(1, 0, t2.remote), ct(n, "-v"), S2(n, "--verbose"), S2(n, "--porcelain"), {
    commands: n,
    format: "utf-8",
    parser: $r
  };
}
function Dr() {
  return {
    showBuffer() {
      const t2 = ["show", ...h2(arguments, 1)];
      return t2.includes("--binary") || t2.splice(1, 0, "--binary"), this._runTask(
        Gt(t2),
        u(arguments)
      );
    },
    show() {
      const t2 = ["show", ...h2(arguments, 1)];
      return this._runTask(
        g(t2),
        u(arguments)
      );
    }
  };
}
function xt(t2) {
  const [e, n] = t2.split(I2);
  return {
    from: n || e,
    to: e
  };
}
function _2(t2, e, n) {
  return [`${t2}${e}`, n];
}
function et(t2, ...e) {
  return e.map((n) => _2(t2, n, (r2, s) => r2.conflicted.push(s)));
}
function Fr(t2, e) {
  const n = e.trim();
  switch (" ") {
    case n.charAt(2):
      return r2(n.charAt(0), n.charAt(1), n.slice(3));
    case n.charAt(1):
      return r2(" ", n.charAt(0), n.slice(2));
    default:
      return;
  }
  function r2(s, o2, i) {
    const a = `${s}${o2}`, c3 = Ir.get(a);
    c3 && c3(t2, i), a !== "##" && a !== "!!" && t2.files.push(new jr(i, s, o2));
  }
}
function zr(t2) {
  return {
    format: "utf-8",
    commands: [
      "status",
      "--porcelain",
      "-b",
      "-u",
      "--null",
      ...t2.filter((n) => !Gr.includes(n))
    ],
    parser(n) {
      return Ur(n);
    }
  };
}
function q2(t2 = 0, e = 0, n = 0, r2 = "", s = true) {
  return Object.defineProperty(
    {
      major: t2,
      minor: e,
      patch: n,
      agent: r2,
      installed: s
    },
    "toString",
    {
      value() {
        return `${this.major}.${this.minor}.${this.patch}`;
      },
      configurable: false,
      enumerable: false
    }
  );
}
function qr() {
  return q2(0, 0, 0, "", false);
}
function Wr() {
  return {
    version() {
      return this._runTask({
        commands: ["--version"],
        format: "utf-8",
        parser: Kr,
        onError(t2, e, n, r2) {
          if (t2.exitCode === V2.NOT_FOUND)
            return n(Buffer.from(fe));
          r2(e);
        }
      });
    }
  };
}
function Kr(t2) {
  return t2 === fe ? qr() : E2(q2(0, 0, 0, t2), Hr, t2);
}
function Yr(t2, e) {
  return g(["apply", ...e, ...t2]);
}
function Nt(t2) {
  return t2 ? t2.charAt(0) : "";
}
function me(t2, e = false) {
  return E2(
    new Qr(),
    e ? [Zr] : Jr,
    t2
  );
}
function es(t2, e) {
  return {
    branch: t2,
    hash: e,
    success: true
  };
}
function ns(t2) {
  return {
    branch: t2,
    hash: null,
    success: false
  };
}
function de(t2, e) {
  return e === V2.ERROR && pe.test(t2);
}
function os(t2) {
  const e = ["-d", "-D", "--delete"];
  return t2.some((n) => e.includes(n));
}
function is(t2) {
  const e = os(t2), n = t2.includes("--show-current"), r2 = ["branch", ...t2];
  return r2.length === 1 && r2.push("-a"), r2.includes("-v") || r2.splice(1, 0, "-v"), {
    format: "utf-8",
    commands: r2,
    parser(s, o2) {
      return e ? gt(s, o2).all[0] : me(s, n);
    }
  };
}
function as() {
  return {
    format: "utf-8",
    commands: ["branch", "-v"],
    parser(t2) {
      return me(t2);
    }
  };
}
function us(t2, e = false) {
  return {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", ...t2],
    parser(n, r2) {
      return gt(n, r2);
    },
    onError({ exitCode: n, stdOut: r2 }, s, o2, i) {
      if (!de(String(s), n))
        return i(s);
      o2(r2);
    }
  };
}
function cs(t2, e = false) {
  const n = {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", t2],
    parser(r2, s) {
      return gt(r2, s).branches[t2];
    },
    onError({ exitCode: r2, stdErr: s, stdOut: o2 }, i, a, c3) {
      if (!de(String(i), r2))
        return c3(i);
      throw new at(
        n.parser(F2(o2), F2(s)),
        String(i)
      );
    }
  };
  return n;
}
function fs(t2) {
  return {
    commands: ["check-ignore", ...t2],
    format: "utf-8",
    parser: ls
  };
}
function ls(t2) {
  return t2.split(/\n/g).map(hs).filter(Boolean);
}
function hs(t2) {
  const e = t2.trim().replace(/^["']|["']$/g, "");
  return e && (0, import_node_path4.normalize)(e);
}
function ps(t2, e) {
  return E2({
    raw: t2,
    remote: null,
    branches: [],
    tags: [],
    updated: [],
    deleted: []
  }, ms, [t2, e]);
}
function ds(t2) {
  return /^--upload-pack(=|$)/.test(t2);
}
function gs(t2, e, n) {
  const r2 = ["fetch", ...n];
  return t2 && e && r2.push(t2, e), r2.find(ds) ? b2("git.fetch: potential exploit argument blocked.") : {
    commands: r2,
    format: "utf-8",
    parser: ps
  };
}
function ws(t2) {
  return E2({ moves: [] }, ys, t2);
}
function bs(t2, e) {
  return {
    commands: ["mv", "-v", ...v(t2), e],
    format: "utf-8",
    parser: ws
  };
}
function Ts(t2, e, n) {
  const r2 = ["pull", ...n];
  return t2 && e && r2.splice(1, 0, t2, e), {
    commands: r2,
    format: "utf-8",
    parser(s, o2) {
      return ue(s, o2);
    },
    onError(s, o2, i, a) {
      const c3 = Rr(
        F2(s.stdOut),
        F2(s.stdErr)
      );
      if (c3)
        return a(new at(c3));
      a(o2);
    }
  };
}
function ks(t2) {
  const e = {};
  return ge(t2, ([n]) => e[n] = { name: n }), Object.values(e);
}
function _s(t2) {
  const e = {};
  return ge(t2, ([n, r2, s]) => {
    Object.hasOwn(e, n) || (e[n] = {
      name: n,
      refs: { fetch: "", push: "" }
    }), s && r2 && (e[n].refs[s.replace(/[^a-z]/g, "")] = r2);
  }), Object.values(e);
}
function ge(t2, e) {
  ut(t2, (n) => e(n.split(/\s+/)));
}
function vs(t2, e, n) {
  return g(["remote", "add", ...n, t2, e]);
}
function Es(t2) {
  const e = ["remote"];
  return t2 && e.push("-v"), {
    commands: e,
    format: "utf-8",
    parser: t2 ? _s : ks
  };
}
function Ss(t2) {
  const e = [...t2];
  return e[0] !== "ls-remote" && e.unshift("ls-remote"), g(e);
}
function Rs(t2) {
  const e = [...t2];
  return e[0] !== "remote" && e.unshift("remote"), g(e);
}
function Os(t2) {
  return g(["remote", "remove", t2]);
}
function Cs(t2 = {}, e) {
  const n = oe2(t2), r2 = ["stash", "list", ...n.commands, ...e], s = re(
    n.splitter,
    n.fields,
    pt(r2)
  );
  return dt(r2) || {
    commands: r2,
    format: "utf-8",
    parser: s
  };
}
function As(t2, e) {
  return X2(["add", t2, e]);
}
function xs(t2) {
  return X2(["init", ...t2]);
}
function X2(t2) {
  const e = [...t2];
  return e[0] !== "submodule" && e.unshift("submodule"), g(e);
}
function Ns(t2) {
  return X2(["update", ...t2]);
}
function Ms(t2, e) {
  const n = Number.isNaN(t2), r2 = Number.isNaN(e);
  return n !== r2 ? n ? 1 : -1 : n ? ye(t2, e) : 0;
}
function ye(t2, e) {
  return t2 === e ? 0 : t2 > e ? 1 : -1;
}
function Ds(t2) {
  return t2.trim();
}
function B2(t2) {
  return typeof t2 == "string" && parseInt(t2.replace(/^\D+/g, ""), 10) || 0;
}
function Ls(t2 = []) {
  const e = t2.some((n) => /^--sort=/.test(n));
  return {
    format: "utf-8",
    commands: ["tag", "-l", ...t2],
    parser(n) {
      return Ps(n, e);
    }
  };
}
function js(t2) {
  return {
    format: "utf-8",
    commands: ["tag", t2],
    parser() {
      return { name: t2 };
    }
  };
}
function Bs(t2, e) {
  return {
    format: "utf-8",
    commands: ["tag", "-a", "-m", e, t2],
    parser() {
      return { name: t2 };
    }
  };
}
function f2(t2, e) {
  this._plugins = e, this._executor = new Dn(
    t2.baseDir,
    new Xr(t2.maxConcurrentProcesses),
    e
  ), this._trimmed = t2.trimmed;
}
function Is(t2) {
  return t2 ? [{
    type: "spawn.before",
    action(r2, s) {
      t2.aborted && s.kill(new A2(void 0, "abort", "Abort already signaled"));
    }
  }, {
    type: "spawn.after",
    action(r2, s) {
      function o2() {
        s.kill(new A2(void 0, "abort", "Abort signal received"));
      }
      t2.addEventListener("abort", o2), s.spawned.on("close", () => t2.removeEventListener("abort", o2));
    }
  }] : void 0;
}
function Fs(t2, e = false) {
  const n = new Set(t2.map((r2) => r2.toLowerCase().trim()));
  return {
    type: "spawn.options",
    action(r2, s) {
      const o2 = { ...r2.env ?? process.env }, i = new Set(
        Object.keys(s.env).map((a) => a.toLowerCase().trim())
      );
      for (const a of Object.keys(o2)) {
        const c3 = a.toLowerCase().trim();
        if (!(!Gs(c3) || n.has(c3))) {
          if (i.has(c3))
            throw new A2(
              void 0,
              "allowEnvironment",
              `Use of "${a}" is blocked by the environment guard - add it to the allowEnvironment option to permit it`
            );
          Us("removing ambient guarded environment variable %s", a), delete o2[a];
        }
      }
      return {
        ...r2,
        env: {
          ...o2,
          GIT_TEST_DISALLOW_ABBREVIATED_OPTIONS: String(!e)
        }
      };
    }
  };
}
function Gs(t2) {
  const e = t2.toLowerCase().trim();
  return e.startsWith("git_") || _(e);
}
function zs(t2 = {}) {
  return {
    type: "spawn.args",
    action(e, { env: n }) {
      for (const r2 of oe(e, n))
        if (t2[r2.category] !== true)
          throw new A2(void 0, "unsafe", r2.message);
      return e;
    }
  };
}
function qs(t2) {
  const e = U(t2, "-c");
  return {
    type: "spawn.args",
    action(n) {
      return [...e, ...n];
    }
  };
}
function Ws({
  onClose: t2 = true,
  onExit: e = 50
} = {}) {
  function n() {
    let s = -1;
    const o2 = {
      close: (0, import_promise_deferred.deferred)(),
      closeTimeout: (0, import_promise_deferred.deferred)(),
      exit: (0, import_promise_deferred.deferred)(),
      exitTimeout: (0, import_promise_deferred.deferred)()
    }, i = Promise.race([
      t2 === false ? $t : o2.closeTimeout.promise,
      e === false ? $t : o2.exitTimeout.promise
    ]);
    return r2(t2, o2.close, o2.closeTimeout), r2(e, o2.exit, o2.exitTimeout), {
      close(a) {
        s = a, o2.close.done();
      },
      exit(a) {
        s = a, o2.exit.done();
      },
      get exitCode() {
        return s;
      },
      result: i
    };
  }
  function r2(s, o2, i) {
    s !== false && (s === true ? o2.promise : o2.promise.then(() => wt(s))).then(i.done);
  }
  return {
    type: "spawn.after",
    async action(s, { spawned: o2, close: i }) {
      const a = n();
      let c3 = true, y2 = () => {
        c3 = false;
      };
      o2.stdout?.on("data", y2), o2.stderr?.on("data", y2), o2.on("error", y2), o2.on("close", (w2) => a.close(w2)), o2.on("exit", (w2) => a.exit(w2));
      try {
        await a.result, c3 && await wt(50), i(a.exitCode);
      } catch (w2) {
        i(a.exitCode, w2);
      }
    }
  };
}
function Vs(t2) {
  return !t2 || !/^([a-z]:)?([a-z0-9/.\\_~-]+)$/i.test(t2);
}
function Pt(t2, e) {
  if (t2.length < 1 || t2.length > 2)
    throw new A2(void 0, "binary", Hs);
  if (t2.some(Vs))
    if (e)
      we("permitted unsafe binary %o", t2);
    else
      throw new A2(void 0, "binary", Ks);
  const [r2, s] = t2;
  return {
    binary: r2,
    prefix: s
  };
}
function Xs(t2, e = ["git"], n = false) {
  let r2 = Pt(v(e), n);
  t2.on("binary", (s) => {
    r2 = Pt(v(s), n), we.info("reconfiguring %o", r2);
  }), t2.append("spawn.binary", () => r2.binary), t2.append("spawn.args", (s) => r2.prefix ? [r2.prefix, ...s] : s);
}
function Ys(t2) {
  if (!t2)
    return "UNKNOWN";
  for (const [e, { text: n }] of Object.entries(be))
    if (t2.startsWith(`fatal: ${n}`))
      return e;
  return "UNKNOWN";
}
function Js(t2) {
  return !!(t2.exitCode && t2.stdErr.length);
}
function Zs(t2) {
  return Buffer.concat([...t2.stdOut, ...t2.stdErr]);
}
function to(t2 = false, e = Js, n = Zs) {
  return (r2, s) => !t2 && r2 || !e(s) ? r2 : n(s);
}
function eo(t2, e) {
  return t2 === 128 && e.startsWith("fatal:") ? new Qs(e) : new O2(void 0, e);
}
function Mt(t2) {
  return {
    type: "task.error",
    action(e, n) {
      const r2 = t2(e.error, {
        stdErr: n.stdErr,
        stdOut: n.stdOut,
        exitCode: n.exitCode
      });
      return Buffer.isBuffer(r2) ? {
        error: eo(n.exitCode, r2.toString("utf-8"))
      } : {
        error: r2
      };
    }
  };
}
function no(t2) {
  return {
    type: "spawn.after",
    action(e, { commands: n, input: r2, spawned: { stdin: s } }) {
      if (!s)
        return;
      const o2 = t2?.([...n]) ?? r2;
      if (!o2)
        return nt("generated zero length content, not writing to stdin");
      nt("writing %s bytes to stdin", Le(o2)), s.on("error", (i) => {
        i.code !== "EPIPE" && nt("[ERROR] stdin error %o", i);
      }), s.end(o2);
    }
  };
}
function so(t2) {
  const e = "--progress", n = ["checkout", "clone", "fetch", "pull", "push"];
  return [{
    type: "spawn.args",
    action(o2, i) {
      return n.includes(i.method) ? De(o2, e) : o2;
    }
  }, {
    type: "spawn.after",
    action(o2, i) {
      i.commands.includes(e) && i.spawned.stderr?.on("data", (a) => {
        const c3 = /^([\s\S]+?):\s*(\d+)% \((\d+)\/(\d+)\)/.exec(a.toString("utf8"));
        c3 && t2({
          method: i.method,
          stage: oo(c3[1]),
          progress: p(c3[2]),
          processed: p(c3[3]),
          total: p(c3[4])
        });
      });
    }
  }];
}
function oo(t2) {
  return String(t2.toLowerCase().split(" ", 1)) || "unknown";
}
function io(t2) {
  const e = je(t2, ["uid", "gid"]);
  return {
    type: "spawn.options",
    action(n) {
      return { ...e, ...n };
    }
  };
}
function ao() {
  return {
    type: "spawn.args",
    action(t2) {
      const e = [];
      let n;
      function r2(s) {
        (n = n || []).push(...s);
      }
      for (let s = 0; s < t2.length; s++) {
        const o2 = t2[s];
        if (r(o2)) {
          r2(o(o2));
          continue;
        }
        if (o2 === "--") {
          r2(
            t2.slice(s + 1).flatMap((i) => r(i) && o(i) || i)
          );
          break;
        }
        e.push(o2);
      }
      return n ? [...e, "--", ...n.map(String)] : e;
    }
  };
}
function uo({
  block: t2,
  stdErr: e = true,
  stdOut: n = true
}) {
  if (t2 > 0)
    return {
      type: "spawn.after",
      action(r2, s) {
        let o2;
        function i() {
          o2 && clearTimeout(o2), o2 = setTimeout(c3, t2);
        }
        function a() {
          s.spawned.stdout?.off("data", i), s.spawned.stderr?.off("data", i), s.spawned.off("exit", a), s.spawned.off("close", a), o2 && clearTimeout(o2);
        }
        function c3() {
          a(), s.kill(new A2(void 0, "timeout", "block timeout reached"));
        }
        n && s.spawned.stdout?.on("data", i), e && s.spawned.stderr?.on("data", i), s.spawned.on("exit", a), s.spawned.on("close", a), i();
      }
    };
}
var import_file_exists, import_debug, import_promise_deferred, import_node_path4, import_node_events, O2, Ae, A2, at, xe, I2, W2, ft, K2, m, Be, G2, Bt, V2, z2, l2, x2, Fe, qe, mt, Ut, Xe, Ye, Qe, Je, Ft, nn, rn, sn, zt, qt, mn, Ht, Kt, kn, _t, vn, j2, En, Vt, Cn, M2, ot, Pn, Dn, Yt, Bn, Un, Wn, J2, Xn, Yn, Qt, R2, Jt, rr, Ot, sr, or, ir, ar, te, ee2, ne2, ur, se, Z2, dr, ie, gr, yr, wr, br, Tr, kr, _r, vr, Er, Sr, ue, Or, Cr, Ar, Nr, $r, Pr, Lr, jr, Br, Ir, Ur, Gr, fe, Hr, le, Vr, Xr, he, Qr, Jr, Zr, ts, rs, pe, ss, gt, ms, ys, $s, Ps, Us, $t, we, Hs, Ks, be, Qs, nt, ro, wo;
var init_dist3 = __esm({
  "node_modules/simple-git/dist/index.mjs"() {
    init_dist();
    init_dist();
    import_file_exists = __toESM(require_dist(), 1);
    init_lazy_child_process();
    import_debug = __toESM(require_src(), 1);
    import_promise_deferred = __toESM(require_dist2(), 1);
    import_node_path4 = require("node:path");
    init_dist2();
    import_node_events = require("node:events");
    O2 = class extends Error {
      constructor(e, n) {
        super(n), this.task = e, Object.setPrototypeOf(this, new.target.prototype);
      }
    };
    Ae = class extends O2 {
      constructor(e, n) {
        super(void 0, n), this.config = e;
      }
    };
    A2 = class extends O2 {
      constructor(e, n, r2) {
        super(e, r2), this.task = e, this.plugin = n, Object.setPrototypeOf(this, new.target.prototype);
      }
    };
    at = class extends O2 {
      constructor(e, n) {
        super(void 0, n || String(e)), this.git = e;
      }
    };
    xe = class extends O2 {
      constructor(e) {
        super(void 0, e);
      }
    };
    I2 = "\0";
    W2 = () => {
    };
    ft = Object.prototype.toString.call.bind(Object.prototype.toString);
    K2 = (t2) => Array.isArray(t2);
    m = (t2) => typeof t2 == "string" || r(t2);
    Be = (t2) => m(t2) || Buffer.isBuffer(t2);
    G2 = (t2) => m(t2) || Array.isArray(t2) && t2.every(m);
    Bt = (t2) => t2 == null || "number|boolean|function".includes(typeof t2) ? false : typeof t2.length == "number";
    V2 = /* @__PURE__ */ ((t2) => (t2[t2.SUCCESS = 0] = "SUCCESS", t2[t2.ERROR = 1] = "ERROR", t2[t2.NOT_FOUND = -2] = "NOT_FOUND", t2[t2.UNCLEAN = 128] = "UNCLEAN", t2))(V2 || {});
    z2 = class _z {
      constructor(e, n) {
        this.stdOut = e, this.stdErr = n;
      }
      asStrings() {
        return new _z(this.stdOut.toString("utf8"), this.stdErr.toString("utf8"));
      }
    };
    l2 = class {
      constructor(e, n) {
        this.matches = [], this.useMatches = Ue, this.parse = (r2, s) => (this.resetMatches(), this._regExp.every((o2, i) => this.addMatch(o2, i, r2(i))) ? this.useMatches(s, this.prepareMatches()) !== false : false), this._regExp = Array.isArray(e) ? e : [e], n && (this.useMatches = n);
      }
      resetMatches() {
        this.matches.length = 0;
      }
      prepareMatches() {
        return this.matches;
      }
      addMatch(e, n, r2) {
        const s = r2 && e.exec(r2);
        return s && this.pushMatch(n, s), !!s;
      }
      pushMatch(e, n) {
        this.matches.push(...n.slice(1));
      }
    };
    x2 = class extends l2 {
      addMatch(e, n, r2) {
        return /^remote:\s/.test(String(r2)) && super.addMatch(e, n, r2);
      }
      pushMatch(e, n) {
        (e > 0 || n.length > 1) && super.pushMatch(e, n);
      }
    };
    Fe = {
      binary: "git",
      maxConcurrentProcesses: 5,
      config: [],
      trimmed: false
    };
    qe = /* @__PURE__ */ ((t2) => (t2.BARE = "bare", t2.IN_TREE = "tree", t2.IS_REPO_ROOT = "root", t2))(qe || {});
    mt = ({ exitCode: t2 }, e, n, r2) => {
      if (t2 === V2.UNCLEAN && Ve(e))
        return n(Buffer.from("false"));
      r2(e);
    };
    Ut = (t2) => t2.trim() === "true";
    Xe = class {
      constructor(e) {
        this.paths = [], this.files = [], this.folders = [], this.dryRun = e;
      }
    };
    Ye = /^[a-z]+\s*/i;
    Qe = /^[a-z]+\s+[a-z]+\s*/i;
    Je = /\/$/;
    Ft = [];
    nn = "Git clean interactive mode is not supported";
    rn = 'Git clean mode parameter ("n" or "f") is required';
    sn = "Git clean unknown option found in: ";
    zt = /* @__PURE__ */ ((t2) => (t2.DRY_RUN = "n", t2.FORCE = "f", t2.IGNORED_INCLUDED = "x", t2.IGNORED_ONLY = "X", t2.EXCLUDING = "e", t2.QUIET = "q", t2.RECURSIVE = "d", t2))(zt || {});
    qt = /* @__PURE__ */ new Set([
      "i",
      ...L2(Object.values(zt))
    ]);
    mn = class {
      constructor() {
        this.files = [], this.values = /* @__PURE__ */ Object.create(null);
      }
      get all() {
        return this._all || (this._all = this.files.reduce((e, n) => Object.assign(e, this.values[n]), {})), this._all;
      }
      addFile(e) {
        if (!(e in this.values)) {
          const n = N2(this.files);
          this.values[e] = n ? Object.create(this.values[n]) : {}, this.files.push(e);
        }
        return this.values[e];
      }
      addValue(e, n, r2) {
        const s = this.addFile(e);
        Object.hasOwn(s, n) ? Array.isArray(s[n]) ? s[n].push(r2) : s[n] = [s[n], r2] : s[n] = r2, this._all = void 0;
      }
    };
    Ht = /* @__PURE__ */ ((t2) => (t2.system = "system", t2.global = "global", t2.local = "local", t2.worktree = "worktree", t2))(Ht || {});
    Kt = /* @__PURE__ */ ((t2) => (t2.ADDED = "A", t2.COPIED = "C", t2.DELETED = "D", t2.MODIFIED = "M", t2.RENAMED = "R", t2.CHANGED = "T", t2.UNMERGED = "U", t2.UNKNOWN = "X", t2.BROKEN = "B", t2))(Kt || {});
    kn = new Set(Object.values(Kt));
    vn = ["-h"];
    j2 = /* @__PURE__ */ Symbol("grepQuery");
    En = class {
      constructor() {
        this[_t] = [];
      }
      *[(_t = j2, Symbol.iterator)]() {
        for (const e of this[j2])
          yield e;
      }
      and(...e) {
        return e.length && this[j2].push("--and", "(", ...U(e, "-e"), ")"), this;
      }
      param(...e) {
        return this[j2].push(...U(e, "-e")), this;
      }
    };
    Vt = /* @__PURE__ */ ((t2) => (t2.MIXED = "mixed", t2.SOFT = "soft", t2.HARD = "hard", t2.MERGE = "merge", t2.KEEP = "keep", t2))(Vt || {});
    Cn = L2(Object.values(Vt));
    import_debug.default.formatters.L = (t2) => String(Bt(t2) ? t2.length : "-");
    import_debug.default.formatters.B = (t2) => Buffer.isBuffer(t2) ? t2.toString("utf8") : ft(t2);
    M2 = class M3 {
      constructor(e = "GitExecutor") {
        this.logLabel = e, this._queue = /* @__PURE__ */ new Map();
      }
      withProgress(e) {
        return this._queue.get(e);
      }
      createProgress(e) {
        const n = M3.getName(e.commands[0]), r2 = $2(this.logLabel, n);
        return {
          task: e,
          logger: r2,
          name: n
        };
      }
      push(e) {
        const n = this.createProgress(e);
        return n.logger("Adding task to the queue, commands = %o", e.commands), this._queue.set(e, n), n;
      }
      fatal(e) {
        for (const [n, { logger: r2 }] of Array.from(this._queue.entries()))
          n === e.task ? (r2.info("Failed %o", e), r2(
            "Fatal exception, any as-yet un-started tasks run through this executor will not be attempted"
          )) : r2.info(
            "A fatal exception occurred in a previous task, the queue has been purged: %o",
            e.message
          ), this.complete(n);
        if (this._queue.size !== 0)
          throw new Error(`Queue size should be zero after fatal: ${this._queue.size}`);
      }
      complete(e) {
        this.withProgress(e) && this._queue.delete(e);
      }
      attempt(e) {
        const n = this.withProgress(e);
        if (!n)
          throw new O2(void 0, "TasksPendingQueue: attempt called for an unknown task");
        return n.logger("Starting task"), n;
      }
      static getName(e = "empty") {
        return `task:${e}:${++M3.counter}`;
      }
    };
    M2.counter = 0;
    ot = M2;
    Pn = class {
      constructor(e, n, r2) {
        this._executor = e, this._scheduler = n, this._plugins = r2, this._chain = Promise.resolve(), this._queue = new ot();
      }
      get cwd() {
        return this._cwd || this._executor.cwd;
      }
      set cwd(e) {
        this._cwd = e;
      }
      get env() {
        return this._executor.env;
      }
      get outputHandler() {
        return this._executor.outputHandler;
      }
      chain() {
        return this;
      }
      push(e) {
        return this._queue.push(e), this._chain = this._chain.then(() => this.attemptTask(e));
      }
      async attemptTask(e) {
        const n = await this._scheduler.next(), r2 = () => this._queue.complete(e);
        try {
          const { logger: s } = this._queue.attempt(e);
          return await (kt(e) ? this.attemptEmptyTask(e, s) : this.attemptRemoteTask(e, s));
        } catch (s) {
          throw this.onFatalException(e, s);
        } finally {
          r2(), n();
        }
      }
      onFatalException(e, n) {
        const r2 = n instanceof O2 ? Object.assign(n, { task: e }) : new O2(e, n && String(n));
        return this._chain = Promise.resolve(), this._queue.fatal(r2), r2;
      }
      async attemptRemoteTask(e, n) {
        const r2 = this._plugins.exec("spawn.binary", "", this.taskContext(e, e.commands)), s = this._plugins.exec(
          "spawn.args",
          [...e.commands],
          this.taskContext(e, e.commands)
        ), o2 = await this.gitResponse(
          e,
          r2,
          s,
          this.outputHandler,
          n.step("SPAWN")
        ), i = await this.handleTaskData(e, s, o2, n.step("HANDLE"));
        return n("passing response to task's parser as a %s", e.format), en(e) ? Tt(e.parser, i) : Tt(e.parser, i.asStrings());
      }
      async attemptEmptyTask(e, n) {
        return n("empty task bypassing child process to call to task's parser"), e.parser(this);
      }
      handleTaskData(e, n, r2, s) {
        const { exitCode: o2, rejection: i, stdOut: a, stdErr: c3 } = r2;
        return new Promise((y2, w2) => {
          s("Preparing to handle process response exitCode=%d stdOut=", o2);
          const { error: T2 } = this._plugins.exec(
            "task.error",
            { error: i },
            {
              ...this.taskContext(e, n),
              ...r2
            }
          );
          if (T2 && e.onError)
            return s.info("exitCode=%s handling with custom error handler"), e.onError(
              r2,
              T2,
              (k2) => {
                s.info("custom error handler treated as success"), s("custom error returned a %s", ft(k2)), y2(
                  new z2(
                    Array.isArray(k2) ? Buffer.concat(k2) : k2,
                    Buffer.concat(c3)
                  )
                );
              },
              w2
            );
          if (T2)
            return s.info(
              "handling as error: exitCode=%s stdErr=%s rejection=%o",
              o2,
              c3.length,
              i
            ), w2(T2);
          s.info("retrieving task output complete"), y2(new z2(Buffer.concat(a), Buffer.concat(c3)));
        });
      }
      async gitResponse(e, n, r2, s, o2) {
        const i = o2.sibling("output"), a = this._plugins.exec(
          "spawn.options",
          {
            cwd: this.cwd,
            env: this.env,
            windowsHide: true
          },
          this.taskContext(e, e.commands)
        );
        return new Promise((c3) => {
          const y2 = [], w2 = [];
          o2.info("%s %o", n, r2), o2("%O", a);
          let T2 = this._beforeSpawn(e, r2);
          if (T2)
            return c3({
              stdOut: y2,
              stdErr: w2,
              exitCode: 9901,
              rejection: T2
            });
          this._plugins.exec("spawn.before", void 0, {
            ...this.taskContext(e, r2),
            kill(C2) {
              T2 = C2 || T2;
            }
          });
          const k2 = spawn(n, r2, a);
          k2.stdout.on(
            "data",
            Et(y2, "stdOut", o2, i.step("stdOut"))
          ), k2.stderr.on(
            "data",
            Et(w2, "stdErr", o2, i.step("stdErr"))
          ), k2.on("error", Mn(w2, o2)), s && (o2("Passing child process stdOut/stdErr to custom outputHandler"), s(n, k2.stdout, k2.stderr, [...r2])), this._plugins.exec("spawn.after", void 0, {
            ...this.taskContext(e, r2),
            spawned: k2,
            close(C2, Te) {
              c3({
                stdOut: y2,
                stdErr: w2,
                exitCode: C2,
                rejection: T2 || Te
              });
            },
            kill(C2) {
              k2.killed || (T2 = C2, k2.kill("SIGINT"));
            }
          });
        });
      }
      _beforeSpawn(e, n) {
        let r2;
        return this._plugins.exec("spawn.before", void 0, {
          ...this.taskContext(e, n),
          kill(s) {
            r2 = s || r2;
          }
        }), r2;
      }
      taskContext(e, n) {
        return {
          method: String(Me(e.commands) || ""),
          commands: n,
          env: { ...this.env },
          input: kt(e) ? void 0 : e.input
        };
      }
    };
    Dn = class {
      constructor(e, n, r2) {
        this.cwd = e, this._scheduler = n, this._plugins = r2, this._chain = this.chain();
      }
      chain() {
        return new Pn(this, this._scheduler, this._plugins);
      }
      push(e) {
        return this._chain.push(e);
      }
    };
    Yt = (t2, e, n) => {
      const r2 = ["clone", ...n];
      return m(t2) && r2.push(c(t2)), m(e) && r2.push(c(e)), g(r2);
    };
    Bn = (t2, e, n) => (S2(n, "--mirror"), Yt(t2, e, n));
    Un = [
      new l2(/^\[([^\s]+)( \([^)]+\))? ([^\]]+)/, (t2, [e, n, r2]) => {
        t2.branch = e, t2.commit = r2, t2.root = !!n;
      }),
      new l2(/\s*Author:\s(.+)/i, (t2, [e]) => {
        const n = e.split("<"), r2 = n.pop();
        !r2 || !r2.includes("@") || (t2.author = {
          email: r2.substr(0, r2.length - 1),
          name: n.join("<").trim()
        });
      }),
      new l2(
        /(\d+)[^,]*(?:,\s*(\d+)[^,]*)(?:,\s*(\d+))/g,
        (t2, [e, n, r2]) => {
          t2.summary.changes = parseInt(e, 10) || 0, t2.summary.insertions = parseInt(n, 10) || 0, t2.summary.deletions = parseInt(r2, 10) || 0;
        }
      ),
      new l2(
        /^(\d+)[^,]*(?:,\s*(\d+)[^(]+\(([+-]))?/,
        (t2, [e, n, r2]) => {
          t2.summary.changes = parseInt(e, 10) || 0;
          const s = parseInt(n, 10) || 0;
          r2 === "-" ? t2.summary.deletions = s : r2 === "+" && (t2.summary.insertions = s);
        }
      )
    ];
    Wn = new l2(
      /([a-z-]+): (\d+)$/,
      (t2, [e, n]) => {
        const r2 = jt(e);
        Object.hasOwn(t2, r2) && (t2[r2] = p(n));
      }
    );
    J2 = class {
      constructor(e, n, r2, s) {
        this.bare = e, this.path = n, this.existing = r2, this.gitDir = s;
      }
    };
    Xn = /^Init.+ repository in (.+)$/;
    Yn = /^Rein.+ in (.+)$/;
    Qt = "--bare";
    R2 = /* @__PURE__ */ ((t2) => (t2.NONE = "", t2.STAT = "--stat", t2.NUM_STAT = "--numstat", t2.NAME_ONLY = "--name-only", t2.NAME_STATUS = "--name-status", t2))(R2 || {});
    Jt = /^--(stat|numstat|name-only|name-status)(=|$)/;
    rr = class {
      constructor() {
        this.changed = 0, this.deletions = 0, this.insertions = 0, this.files = [];
      }
    };
    Ot = [
      new l2(
        /^(.+)\s+\|\s+(\d+)(\s+[+\-]+)?$/,
        (t2, [e, n, r2 = ""]) => {
          t2.files.push({
            file: e.trim(),
            changes: p(n),
            insertions: r2.replace(/[^+]/g, "").length,
            deletions: r2.replace(/[^-]/g, "").length,
            binary: false
          });
        }
      ),
      new l2(
        /^(.+) \|\s+Bin ([0-9.]+) -> ([0-9.]+) ([a-z]+)/,
        (t2, [e, n, r2]) => {
          t2.files.push({
            file: e.trim(),
            before: p(n),
            after: p(r2),
            binary: true
          });
        }
      ),
      new l2(/^(.+)\s+\|\s+Bin\s*$/, (t2, [e]) => {
        t2.files.push({
          file: e.trim(),
          before: 0,
          after: 0,
          binary: true
        });
      }),
      new l2(
        /(\d+) files? changed\s*((?:, \d+ [^,]+){0,2})/,
        (t2, [e, n]) => {
          const r2 = /(\d+) i/.exec(n), s = /(\d+) d/.exec(n);
          t2.changed = p(e), t2.insertions = p(r2?.[1]), t2.deletions = p(s?.[1]);
        }
      )
    ];
    sr = [
      new l2(
        /(\d+)\t(\d+)\t(.+)$/,
        (t2, [e, n, r2]) => {
          const s = p(e), o2 = p(n);
          t2.changed++, t2.insertions += s, t2.deletions += o2, t2.files.push({
            file: r2,
            changes: s + o2,
            insertions: s,
            deletions: o2,
            binary: false
          });
        }
      ),
      new l2(/-\t-\t(.+)$/, (t2, [e]) => {
        t2.changed++, t2.files.push({
          file: e,
          after: 0,
          before: 0,
          binary: true
        });
      })
    ];
    or = [
      new l2(/(.+)$/, (t2, [e]) => {
        t2.changed++, t2.files.push({
          file: e,
          changes: 0,
          insertions: 0,
          deletions: 0,
          binary: false
        });
      })
    ];
    ir = [
      new l2(
        /([ACDMRTUXB])([0-9]{0,3})\t(.[^\t]*)(\t(.[^\t]*))?$/,
        (t2, [e, n, r2, s, o2]) => {
          t2.changed++, t2.files.push({
            file: o2 ?? r2,
            changes: 0,
            insertions: 0,
            deletions: 0,
            binary: false,
            status: bt(_n(e) && e),
            from: bt(!!o2 && r2 !== o2 && r2),
            similarity: p(n)
          });
        }
      )
    ];
    ar = {
      [R2.NONE]: Ot,
      [R2.STAT]: Ot,
      [R2.NUM_STAT]: sr,
      [R2.NAME_STATUS]: ir,
      [R2.NAME_ONLY]: or
    };
    te = "\xF2\xF2\xF2\xF2\xF2\xF2 ";
    ee2 = " \xF2\xF2";
    ne2 = " \xF2 ";
    ur = ["hash", "date", "message", "refs", "author_name", "author_email"];
    se = /* @__PURE__ */ ((t2) => (t2[t2["--pretty"] = 0] = "--pretty", t2[t2["max-count"] = 1] = "max-count", t2[t2.maxCount = 2] = "maxCount", t2[t2.n = 3] = "n", t2[t2.file = 4] = "file", t2[t2.format = 5] = "format", t2[t2.from = 6] = "from", t2[t2.to = 7] = "to", t2[t2.splitter = 8] = "splitter", t2[t2.symmetric = 9] = "symmetric", t2[t2.mailMap = 10] = "mailMap", t2[t2.multiLine = 11] = "multiLine", t2[t2.strictDate = 12] = "strictDate", t2))(se || {});
    Z2 = class {
      constructor(e, n = null, r2) {
        this.reason = e, this.file = n, this.meta = r2;
      }
      toString() {
        return `${this.file}:${this.reason}`;
      }
    };
    dr = class {
      constructor() {
        this.conflicts = [], this.merges = [], this.result = "success";
      }
      get failed() {
        return this.conflicts.length > 0;
      }
      get reason() {
        return this.result;
      }
      toString() {
        return this.conflicts.length ? `CONFLICTS: ${this.conflicts.join(", ")}` : "OK";
      }
    };
    ie = class {
      constructor() {
        this.remoteMessages = {
          all: []
        }, this.created = [], this.deleted = [], this.files = [], this.deletions = {}, this.insertions = {}, this.summary = {
          changes: 0,
          deletions: 0,
          insertions: 0
        };
      }
    };
    gr = class {
      constructor() {
        this.remote = "", this.hash = {
          local: "",
          remote: ""
        }, this.branch = {
          local: "",
          remote: ""
        }, this.message = "";
      }
      toString() {
        return this.message;
      }
    };
    yr = [
      new x2(
        /^remote:\s*(enumerating|counting|compressing) objects: (\d+),/i,
        (t2, [e, n]) => {
          const r2 = e.toLowerCase(), s = tt(t2.remoteMessages);
          Object.assign(s, { [r2]: p(n) });
        }
      ),
      new x2(
        /^remote:\s*(enumerating|counting|compressing) objects: \d+% \(\d+\/(\d+)\),/i,
        (t2, [e, n]) => {
          const r2 = e.toLowerCase(), s = tt(t2.remoteMessages);
          Object.assign(s, { [r2]: p(n) });
        }
      ),
      new x2(
        /total ([^,]+), reused ([^,]+), pack-reused (\d+)/i,
        (t2, [e, n, r2]) => {
          const s = tt(t2.remoteMessages);
          s.total = Ct(e), s.reused = Ct(n), s.packReused = p(r2);
        }
      )
    ];
    wr = [
      new x2(/^remote:\s*(.+)$/, (t2, [e]) => (t2.remoteMessages.all.push(e.trim()), false)),
      ...yr,
      new x2(
        [/create a (?:pull|merge) request/i, /\s(https?:\/\/\S+)$/],
        (t2, [e]) => {
          t2.remoteMessages.pullRequestUrl = e;
        }
      ),
      new x2(
        [/found (\d+) vulnerabilities.+\(([^)]+)\)/i, /\s(https?:\/\/\S+)$/],
        (t2, [e, n, r2]) => {
          t2.remoteMessages.vulnerabilities = {
            count: p(e),
            summary: n,
            url: r2
          };
        }
      )
    ];
    br = class {
      constructor() {
        this.all = [];
      }
    };
    Tr = /^\s*(.+?)\s+\|\s+\d+\s*(\+*)(-*)/;
    kr = /(\d+)\D+((\d+)\D+\(\+\))?(\D+(\d+)\D+\(-\))?/;
    _r = /^(create|delete) mode \d+ (.+)/;
    vr = [
      new l2(Tr, (t2, [e, n, r2]) => {
        t2.files.push(e), n && (t2.insertions[e] = n.length), r2 && (t2.deletions[e] = r2.length);
      }),
      new l2(kr, (t2, [e, , n, , r2]) => n !== void 0 || r2 !== void 0 ? (t2.summary.changes = +e || 0, t2.summary.insertions = +n || 0, t2.summary.deletions = +r2 || 0, true) : false),
      new l2(_r, (t2, [e, n]) => {
        S2(t2.files, n), S2(e === "create" ? t2.created : t2.deleted, n);
      })
    ];
    Er = [
      new l2(/^from\s(.+)$/i, (t2, [e]) => {
        t2.remote = e;
      }),
      new l2(/^fatal:\s(.+)$/, (t2, [e]) => {
        t2.message = e;
      }),
      new l2(
        /([a-z0-9]+)\.\.([a-z0-9]+)\s+(\S+)\s+->\s+(\S+)$/,
        (t2, [e, n, r2, s]) => {
          t2.branch.local = r2, t2.hash.local = e, t2.branch.remote = s, t2.hash.remote = n;
        }
      )
    ];
    Sr = (t2, e) => E2(new ie(), vr, [t2, e]);
    ue = (t2, e) => Object.assign(
      new ie(),
      Sr(t2, e),
      ae(t2, e)
    );
    Or = [
      new l2(/^Auto-merging\s+(.+)$/, (t2, [e]) => {
        t2.merges.push(e);
      }),
      new l2(/^CONFLICT\s+\((.+)\): Merge conflict in (.+)$/, (t2, [e, n]) => {
        t2.conflicts.push(new Z2(e, n));
      }),
      new l2(
        /^CONFLICT\s+\((.+\/delete)\): (.+) deleted in (.+) and/,
        (t2, [e, n, r2]) => {
          t2.conflicts.push(new Z2(e, n, { deleteRef: r2 }));
        }
      ),
      new l2(/^CONFLICT\s+\((.+)\):/, (t2, [e]) => {
        t2.conflicts.push(new Z2(e, null));
      }),
      new l2(/^Automatic merge failed;\s+(.+)$/, (t2, [e]) => {
        t2.result = e;
      })
    ];
    Cr = (t2, e) => Object.assign(Ar(t2), ue(t2, e));
    Ar = (t2) => E2(new dr(), Or, t2);
    Nr = [
      new l2(/^Pushing to (.+)$/, (t2, [e]) => {
        t2.repo = e;
      }),
      new l2(/^updating local tracking ref '(.+)'/, (t2, [e]) => {
        t2.ref = {
          ...t2.ref || {},
          local: e
        };
      }),
      new l2(/^[=*-]\s+([^:]+):(\S+)\s+\[(.+)]$/, (t2, [e, n, r2]) => {
        t2.pushed.push(xr(e, n, r2));
      }),
      new l2(
        /^Branch '([^']+)' set up to track remote branch '([^']+)' from '([^']+)'/,
        (t2, [e, n, r2]) => {
          t2.branch = {
            ...t2.branch || {},
            local: e,
            remote: n,
            remoteName: r2
          };
        }
      ),
      new l2(
        /^([^:]+):(\S+)\s+([a-z0-9]+)\.\.([a-z0-9]+)$/,
        (t2, [e, n, r2, s]) => {
          t2.update = {
            head: {
              local: e,
              remote: n
            },
            hash: {
              from: r2,
              to: s
            }
          };
        }
      )
    ];
    $r = (t2, e) => {
      const n = Pr(t2, e), r2 = ae(t2, e);
      return {
        ...n,
        ...r2
      };
    };
    Pr = (t2, e) => E2({ pushed: [] }, Nr, [t2, e]);
    Lr = /^(.+)\0(.+)$/;
    jr = class {
      constructor(e, n, r2) {
        if (this.path = e, this.index = n, this.working_dir = r2, n === "R" || r2 === "R") {
          const s = Lr.exec(e) || [null, e, e];
          this.from = s[2] || "", this.path = s[1] || "";
        }
      }
    };
    Br = class {
      constructor() {
        this.not_added = [], this.conflicted = [], this.created = [], this.deleted = [], this.ignored = void 0, this.modified = [], this.renamed = [], this.files = [], this.staged = [], this.ahead = 0, this.behind = 0, this.current = null, this.tracking = null, this.detached = false, this.isClean = () => !this.files.length;
      }
    };
    Ir = new Map([
      _2(
        " ",
        "A",
        (t2, e) => t2.created.push(e)
      ),
      _2(
        " ",
        "D",
        (t2, e) => t2.deleted.push(e)
      ),
      _2(
        " ",
        "M",
        (t2, e) => t2.modified.push(e)
      ),
      _2("A", " ", (t2, e) => {
        t2.created.push(e), t2.staged.push(e);
      }),
      _2("A", "M", (t2, e) => {
        t2.created.push(e), t2.staged.push(e), t2.modified.push(e);
      }),
      _2("D", " ", (t2, e) => {
        t2.deleted.push(e), t2.staged.push(e);
      }),
      _2("M", " ", (t2, e) => {
        t2.modified.push(e), t2.staged.push(e);
      }),
      _2("M", "M", (t2, e) => {
        t2.modified.push(e), t2.staged.push(e);
      }),
      _2("R", " ", (t2, e) => {
        t2.renamed.push(xt(e));
      }),
      _2("R", "M", (t2, e) => {
        const n = xt(e);
        t2.renamed.push(n), t2.modified.push(n.to);
      }),
      _2("!", "!", (t2, e) => {
        (t2.ignored = t2.ignored || []).push(e);
      }),
      _2(
        "?",
        "?",
        (t2, e) => t2.not_added.push(e)
      ),
      ...et(
        "A",
        "A",
        "U"
        /* UNMERGED */
      ),
      ...et(
        "D",
        "D",
        "U"
        /* UNMERGED */
      ),
      ...et(
        "U",
        "A",
        "D",
        "U"
        /* UNMERGED */
      ),
      [
        "##",
        (t2, e) => {
          const n = /ahead (\d+)/, r2 = /behind (\d+)/, s = /^(.+?(?=(?:\.{3}|\s|$)))/, o2 = /\.{3}(\S*)/, i = /\son\s(\S+?)(?=\.{3}|$)/;
          let a = n.exec(e);
          t2.ahead = a && +a[1] || 0, a = r2.exec(e), t2.behind = a && +a[1] || 0, a = s.exec(e), t2.current = d(a?.[1], m, null), a = o2.exec(e), t2.tracking = d(a?.[1], m, null), a = i.exec(e), a && (t2.current = d(a?.[1], m, t2.current)), t2.detached = /\(no branch\)/.test(e);
        }
      ]
    ]);
    Ur = function(t2) {
      const e = t2.split(I2), n = new Br();
      for (let r2 = 0, s = e.length; r2 < s; ) {
        let o2 = e[r2++].trim();
        o2 && (o2.charAt(0) === "R" && (o2 += I2 + (e[r2++] || "")), Fr(n, o2));
      }
      return n;
    };
    Gr = ["--null", "-z"];
    fe = "installed=false";
    Hr = [
      new l2(
        /version (\d+)\.(\d+)\.(\d+)(?:\s*\((.+)\))?/,
        (t2, [e, n, r2, s = ""]) => {
          Object.assign(
            t2,
            q2(p(e), p(n), p(r2), s)
          );
        }
      ),
      new l2(
        /version (\d+)\.(\d+)\.(\D+)(.+)?$/,
        (t2, [e, n, r2, s = ""]) => {
          Object.assign(t2, q2(p(e), p(n), r2, s));
        }
      )
    ];
    le = class {
      constructor(e) {
        this._executor = e;
      }
      _runTask(e, n) {
        const r2 = this._executor.chain(), s = r2.push(e);
        return n && Ln(e, s, n), Object.create(this, {
          then: { value: s.then.bind(s) },
          catch: { value: s.catch.bind(s) },
          _executor: { value: r2 }
        });
      }
      add(e) {
        return this._runTask(
          g(["add", ...v(e)]),
          u(arguments)
        );
      }
      cwd(e) {
        const n = u(arguments);
        return typeof e == "string" ? this._runTask(St(e, this._executor), n) : typeof e?.path == "string" ? this._runTask(
          St(
            e.path,
            e.root && this._executor || void 0
          ),
          n
        ) : this._runTask(
          b2("Git.cwd: workingDirectory must be supplied as a string"),
          n
        );
      }
      hashObject(e, n) {
        return this._runTask(
          Vn(e, n === true),
          u(arguments)
        );
      }
      init(e) {
        return this._runTask(
          Zn(e === true, this._executor.cwd, h2(arguments)),
          u(arguments)
        );
      }
      merge() {
        return this._runTask(
          At(h2(arguments)),
          u(arguments)
        );
      }
      mergeFromTo(e, n) {
        return m(e) && m(n) ? this._runTask(
          At([e, n, ...h2(arguments)]),
          u(arguments, false)
        ) : this._runTask(
          b2(
            "Git.mergeFromTo requires that the 'remote' and 'branch' arguments are supplied as strings"
          )
        );
      }
      outputHandler(e) {
        return this._executor.outputHandler = e, this;
      }
      push() {
        const e = ce(
          {
            remote: d(arguments[0], m),
            branch: d(arguments[1], m)
          },
          h2(arguments)
        );
        return this._runTask(e, u(arguments));
      }
      stash() {
        return this._runTask(
          g(["stash", ...h2(arguments)]),
          u(arguments)
        );
      }
      status() {
        return this._runTask(
          zr(h2(arguments)),
          u(arguments)
        );
      }
    };
    Object.assign(
      le.prototype,
      jn(),
      In(),
      zn(),
      Tn(),
      Hn(),
      Kn(),
      On(),
      er(),
      pr(),
      Dr(),
      Wr()
    );
    Vr = /* @__PURE__ */ (() => {
      let t2 = 0;
      return () => {
        t2++;
        const { promise: e, done: n } = (0, import_promise_deferred.createDeferred)();
        return {
          promise: e,
          done: n,
          id: t2
        };
      };
    })();
    Xr = class {
      constructor(e = 2) {
        this.concurrency = e, this.logger = $2("", "scheduler"), this.pending = [], this.running = [], this.logger("Constructed, concurrency=%s", e);
      }
      schedule() {
        if (!this.pending.length || this.running.length >= this.concurrency) {
          this.logger(
            "Schedule attempt ignored, pending=%s running=%s concurrency=%s",
            this.pending.length,
            this.running.length,
            this.concurrency
          );
          return;
        }
        const e = S2(this.running, this.pending.shift());
        this.logger("Attempting id=%s", e.id), e.done(() => {
          this.logger("Completing id=", e.id), ct(this.running, e), this.schedule();
        });
      }
      next() {
        const { promise: e, id: n } = S2(this.pending, Vr());
        return this.logger("Scheduling id=%s", n), this.schedule(), e;
      }
    };
    he = /* @__PURE__ */ ((t2) => (t2.CURRENT = "*", t2.LINKED = "+", t2))(he || {});
    Qr = class {
      constructor() {
        this.all = [], this.branches = {}, this.current = "", this.detached = false;
      }
      push(e, n, r2, s, o2) {
        e === "*" && (this.detached = n, this.current = r2), this.all.push(r2), this.branches[r2] = {
          current: e === "*",
          linkedWorkTree: e === "+",
          name: r2,
          commit: s,
          label: o2
        };
      }
    };
    Jr = [
      new l2(
        /^([*+]\s)?\((?:HEAD )?detached (?:from|at) (\S+)\)\s+([a-z0-9]+)\s(.*)$/,
        (t2, [e, n, r2, s]) => {
          t2.push(Nt(e), true, n, r2, s);
        }
      ),
      new l2(
        /^([*+]\s)?(\S+)\s+([a-z0-9]+)\s?(.*)$/s,
        (t2, [e, n, r2, s]) => {
          t2.push(Nt(e), false, n, r2, s);
        }
      )
    ];
    Zr = new l2(/^(\S+)$/s, (t2, [e]) => {
      t2.push(he.CURRENT, false, e, "", "");
    });
    ts = class {
      constructor() {
        this.all = [], this.branches = {}, this.errors = [];
      }
      get success() {
        return !this.errors.length;
      }
    };
    rs = /(\S+)\s+\(\S+\s([^)]+)\)/;
    pe = /^error[^']+'([^']+)'/m;
    ss = [
      new l2(rs, (t2, [e, n]) => {
        const r2 = es(e, n);
        t2.all.push(r2), t2.branches[e] = r2;
      }),
      new l2(pe, (t2, [e]) => {
        const n = ns(e);
        t2.errors.push(n), t2.all.push(n), t2.branches[e] = n;
      })
    ];
    gt = (t2, e) => E2(new ts(), ss, [t2, e]);
    ms = [
      new l2(/From (.+)$/, (t2, [e]) => {
        t2.remote = e;
      }),
      new l2(/\* \[new branch]\s+(\S+)\s*-> (.+)$/, (t2, [e, n]) => {
        t2.branches.push({
          name: e,
          tracking: n
        });
      }),
      new l2(/\* \[new tag]\s+(\S+)\s*-> (.+)$/, (t2, [e, n]) => {
        t2.tags.push({
          name: e,
          tracking: n
        });
      }),
      new l2(/- \[deleted]\s+\S+\s*-> (.+)$/, (t2, [e]) => {
        t2.deleted.push({
          tracking: e
        });
      }),
      new l2(
        /\s*([^.]+)\.\.(\S+)\s+(\S+)\s*-> (.+)$/,
        (t2, [e, n, r2, s]) => {
          t2.updated.push({
            name: r2,
            tracking: s,
            to: n,
            from: e
          });
        }
      )
    ];
    ys = [
      new l2(/^Renaming (.+) to (.+)$/, (t2, [e, n]) => {
        t2.moves.push({ from: e, to: n });
      })
    ];
    $s = class {
      constructor(e, n) {
        this.all = e, this.latest = n;
      }
    };
    Ps = function(t2, e = false) {
      const n = t2.split(`
`).map(Ds).filter(Boolean);
      e || n.sort(function(s, o2) {
        const i = s.split("."), a = o2.split(".");
        if (i.length === 1 || a.length === 1)
          return Ms(B2(i[0]), B2(a[0]));
        for (let c3 = 0, y2 = Math.max(i.length, a.length); c3 < y2; c3++) {
          const w2 = ye(B2(i[c3]), B2(a[c3]));
          if (w2)
            return w2;
        }
        return 0;
      });
      const r2 = e ? n[0] : [...n].reverse().find((s) => s.indexOf(".") >= 0);
      return new $s(n, r2);
    };
    (f2.prototype = Object.create(le.prototype)).constructor = f2;
    f2.prototype.customBinary = function(t2) {
      return this._plugins.reconfigure("binary", t2), this;
    };
    f2.prototype.env = function(t2, e) {
      return arguments.length === 1 && typeof t2 == "object" ? this._executor.env = t2 : (this._executor.env = this._executor.env || {})[t2] = e, this;
    };
    f2.prototype.stashList = function(t2) {
      return this._runTask(
        Cs(
          ht(arguments) || {},
          K2(t2) && t2 || []
        ),
        u(arguments)
      );
    };
    f2.prototype.mv = function(t2, e) {
      return this._runTask(bs(t2, e), u(arguments));
    };
    f2.prototype.checkoutLatestTag = function(t2) {
      var e = this;
      return this.pull(function() {
        e.tags(function(n, r2) {
          e.checkout(r2.latest, t2);
        });
      });
    };
    f2.prototype.pull = function(t2, e, n, r2) {
      return this._runTask(
        Ts(
          d(t2, m),
          d(e, m),
          h2(arguments)
        ),
        u(arguments)
      );
    };
    f2.prototype.fetch = function(t2, e) {
      return this._runTask(
        gs(
          d(t2, m),
          d(e, m),
          h2(arguments)
        ),
        u(arguments)
      );
    };
    f2.prototype.tags = function(t2, e) {
      return this._runTask(
        Ls(h2(arguments)),
        u(arguments)
      );
    };
    f2.prototype.rebase = function() {
      return this._runTask(
        g(["rebase", ...h2(arguments)]),
        u(arguments)
      );
    };
    f2.prototype.reset = function(t2) {
      return this._runTask(
        An(xn(t2), h2(arguments)),
        u(arguments)
      );
    };
    f2.prototype.revert = function(t2) {
      const e = u(arguments);
      return typeof t2 != "string" ? this._runTask(b2("Commit must be a string"), e) : this._runTask(
        g(["revert", ...h2(arguments, 0, true), t2]),
        e
      );
    };
    f2.prototype.addTag = function(t2) {
      const e = typeof t2 == "string" ? js(t2) : b2("Git.addTag requires a tag name");
      return this._runTask(e, u(arguments));
    };
    f2.prototype.addAnnotatedTag = function(t2, e) {
      return this._runTask(
        Bs(t2, e),
        u(arguments)
      );
    };
    f2.prototype.deleteLocalBranch = function(t2, e, n) {
      return this._runTask(
        cs(t2, typeof e == "boolean" ? e : false),
        u(arguments)
      );
    };
    f2.prototype.deleteLocalBranches = function(t2, e, n) {
      return this._runTask(
        us(t2, typeof e == "boolean" ? e : false),
        u(arguments)
      );
    };
    f2.prototype.branch = function(t2, e) {
      return this._runTask(
        is(h2(arguments)),
        u(arguments)
      );
    };
    f2.prototype.branchLocal = function(t2) {
      return this._runTask(as(), u(arguments));
    };
    f2.prototype.raw = function(t2) {
      const e = !Array.isArray(t2), n = [].slice.call(e ? arguments : t2, 0);
      for (let s = 0; s < n.length && e; s++)
        if (!st(n[s])) {
          n.splice(s, n.length - s);
          break;
        }
      n.push(...h2(arguments, 0, true));
      var r2 = u(arguments);
      return n.length ? this._runTask(g(n, this._trimmed), r2) : this._runTask(
        b2("Raw: must supply one or more command to execute"),
        r2
      );
    };
    f2.prototype.submoduleAdd = function(t2, e, n) {
      return this._runTask(As(t2, e), u(arguments));
    };
    f2.prototype.submoduleUpdate = function(t2, e) {
      return this._runTask(
        Ns(h2(arguments, true)),
        u(arguments)
      );
    };
    f2.prototype.submoduleInit = function(t2, e) {
      return this._runTask(
        xs(h2(arguments, true)),
        u(arguments)
      );
    };
    f2.prototype.subModule = function(t2, e) {
      return this._runTask(
        X2(h2(arguments)),
        u(arguments)
      );
    };
    f2.prototype.listRemote = function() {
      return this._runTask(
        Ss(h2(arguments)),
        u(arguments)
      );
    };
    f2.prototype.addRemote = function(t2, e, n) {
      return this._runTask(
        vs(t2, e, h2(arguments)),
        u(arguments)
      );
    };
    f2.prototype.removeRemote = function(t2, e) {
      return this._runTask(Os(t2), u(arguments));
    };
    f2.prototype.getRemotes = function(t2, e) {
      return this._runTask(Es(t2 === true), u(arguments));
    };
    f2.prototype.remote = function(t2, e) {
      return this._runTask(
        Rs(h2(arguments)),
        u(arguments)
      );
    };
    f2.prototype.tag = function(t2, e) {
      const n = h2(arguments);
      return n[0] !== "tag" && n.unshift("tag"), this._runTask(g(n), u(arguments));
    };
    f2.prototype.updateServerInfo = function(t2) {
      return this._runTask(
        g(["update-server-info"]),
        u(arguments)
      );
    };
    f2.prototype.pushTags = function(t2, e) {
      const n = Mr(
        { remote: d(t2, m) },
        h2(arguments)
      );
      return this._runTask(n, u(arguments));
    };
    f2.prototype.rm = function(t2) {
      return this._runTask(
        g(["rm", "-f", ...v(t2)]),
        u(arguments)
      );
    };
    f2.prototype.rmKeepLocal = function(t2) {
      return this._runTask(
        g(["rm", "--cached", ...v(t2)]),
        u(arguments)
      );
    };
    f2.prototype.catFile = function(t2, e) {
      return this._catFile("utf-8", arguments);
    };
    f2.prototype.binaryCatFile = function() {
      return this._catFile("buffer", arguments);
    };
    f2.prototype._catFile = function(t2, e) {
      var n = u(e), r2 = ["cat-file"], s = e[0];
      if (typeof s == "string")
        return this._runTask(
          b2("Git.catFile: options must be supplied as an array of strings"),
          n
        );
      Array.isArray(s) && r2.push.apply(r2, s);
      const o2 = t2 === "buffer" ? Gt(r2) : g(r2);
      return this._runTask(o2, n);
    };
    f2.prototype.diff = function(t2, e) {
      const n = m(t2) ? b2(
        "git.diff: supplying options as a single string is no longer supported, switch to an array of strings"
      ) : g(["diff", ...h2(arguments)]);
      return this._runTask(n, u(arguments));
    };
    f2.prototype.diffSummary = function() {
      return this._runTask(
        fr(h2(arguments, 1)),
        u(arguments)
      );
    };
    f2.prototype.applyPatch = function(t2) {
      const e = G2(t2) ? Yr(v(t2), h2([].slice.call(arguments, 1))) : b2(
        "git.applyPatch requires one or more string patches as the first argument"
      );
      return this._runTask(e, u(arguments));
    };
    f2.prototype.revparse = function() {
      const t2 = ["rev-parse", ...h2(arguments, true)];
      return this._runTask(
        g(t2, true),
        u(arguments)
      );
    };
    f2.prototype.clean = function(t2, e, n) {
      const r2 = un(t2), s = r2 && t2.join("") || d(t2, m) || "", o2 = h2([].slice.call(arguments, r2 ? 1 : 0));
      return this._runTask(
        on(s, o2),
        u(arguments)
      );
    };
    f2.prototype.exec = function(t2) {
      const e = {
        commands: [],
        format: "utf-8",
        parser() {
          typeof t2 == "function" && t2();
        }
      };
      return this._runTask(e);
    };
    f2.prototype.checkIgnore = function(t2, e) {
      return this._runTask(
        fs(v(d(t2, G2, []))),
        u(arguments)
      );
    };
    f2.prototype.checkIsRepo = function(t2, e) {
      return this._runTask(
        We(d(t2, m)),
        u(arguments)
      );
    };
    Us = $2("", "plugin:allowEnvironment");
    $t = (0, import_promise_deferred.deferred)().promise;
    we = $2("", "plugin:binary");
    Hs = "Invalid value supplied for custom binary, requires a single string or an array containing either one or two strings";
    Ks = "Invalid value supplied for custom binary, restricted characters must be removed or supply the unsafe.allowUnsafeCustomBinary option";
    be = {
      DISALLOWED_ABBREVIATED: {
        text: "disallowed abbreviated or ambiguous option",
        solution: "Unambiguous abbreviated options blocked with unsafe.allowAbbreviatedOptions setting: {message}"
      },
      UNKNOWN: {
        text: "~ unknown ~",
        solution: void 0
      }
    };
    Qs = class extends O2 {
      constructor(e = "") {
        const n = Ys(e);
        super(void 0, be[n].solution?.replace("{message}", e) ?? e), this.reason = n;
      }
    };
    nt = $2("", "plugin:input");
    ro = class {
      constructor() {
        this.plugins = /* @__PURE__ */ new Set(), this.events = new import_node_events.EventEmitter();
      }
      on(e, n) {
        this.events.on(e, n);
      }
      reconfigure(e, n) {
        this.events.emit(e, n);
      }
      append(e, n) {
        const r2 = S2(this.plugins, { type: e, action: n });
        return () => this.plugins.delete(r2);
      }
      add(e) {
        const n = [];
        return v(e).forEach(
          (r2) => {
            r2 && this.plugins.add(S2(n, r2));
          }
        ), () => {
          n.forEach((r2) => {
            this.plugins.delete(r2);
          });
        };
      }
      exec(e, n, r2) {
        let s = n;
        const o2 = Object.freeze(Object.create(r2));
        for (const i of this.plugins)
          i.type === e && (s = i.action(s, o2));
        return s;
      }
    };
    wo = (t2, e) => {
      const n = new ro(), r2 = Ge(
        t2 && (typeof t2 == "string" ? { baseDir: t2 } : t2) || {},
        e
      );
      if (!Lt(r2.baseDir))
        throw new Ae(
          r2,
          "Cannot use simple-git on a directory that does not exist"
        );
      return Array.isArray(r2.config) && n.add(qs(r2.config)), n.add(zs(r2.unsafe)), n.add(Ws(r2.completion)), r2.abort && n.add(Is(r2.abort)), r2.progress && n.add(so(r2.progress)), r2.timeout && n.add(uo(r2.timeout)), r2.spawnOptions && n.add(io(r2.spawnOptions)), n.add(ao()), n.add(no(r2.input)), n.add(Mt(to(true))), r2.errors && n.add(Mt(r2.errors)), Xs(n, r2.binary, r2.unsafe?.allowUnsafeCustomBinary), n.add(
        Fs(r2.allowEnvironment ?? [], r2.unsafe?.allowAbbreviatedOptions)
      ), new f2(r2, n);
    };
  }
});

// src/git/git.ts
function spawnGit(args, cwd, env, stdio) {
  const guarded = GUARD_CONFIG.flatMap((c3) => ["-c", c3]);
  return spawn("git", [...guarded, ...args], { cwd, env: { ...env, ...GUARD_ENV }, stdio });
}
function gitRun(args, cwd, env = process.env, input) {
  return new Promise((resolve6, reject) => {
    const child = spawnGit(args, cwd, env, [input === void 0 ? "ignore" : "pipe", "pipe", "pipe"]);
    const out = [];
    const err = [];
    child.stdout.on("data", (d2) => out.push(d2));
    child.stderr.on("data", (d2) => err.push(d2));
    child.on("error", (e) => reject(new ScanError(e.code === "ENOENT" ? "git is not installed or not on PATH" : `cannot run git: ${e.message}`)));
    child.on("close", (code) => resolve6({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") }));
    if (input !== void 0) {
      child.stdin.on("error", () => void 0);
      child.stdin.end(input);
    }
  });
}
async function gitBytes(args, cwd, env = process.env, input) {
  const r2 = await gitRun(args, cwd, env, input);
  if (r2.code === 0) return r2.stdout;
  throw new ScanError(`git ${args[0]} failed: ${r2.stderr.trim().split("\n")[0] || `exit code ${r2.code}`}`);
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
async function repoHookInfo(cwd) {
  const { simpleGit } = await Promise.resolve().then(() => (init_dist3(), dist_exports));
  const git = simpleGit({ baseDir: cwd, config: GUARD_CONFIG, unsafe: { allowUnsafeFsMonitor: true, allowUnsafeProtocolOverride: true } });
  try {
    const top = (await git.revparse(["--show-toplevel"])).trim();
    const hooksDir = (await git.revparse(["--path-format=absolute", "--git-path", "hooks"])).trim();
    const hooksPath = (await git.getConfig("core.hooksPath")).value;
    return { top, hooksDir, hooksPath };
  } catch (err) {
    const msg = err.message.split("\n").find((l3) => l3.trim()) ?? "";
    throw new ScanError(/not a git repository/i.test(msg) ? "not inside a git work tree: run install from your repository" : `git failed: ${msg.trim()}`);
  }
}
var GUARD_CONFIG, GUARD_ENV;
var init_git = __esm({
  "src/git/git.ts"() {
    "use strict";
    init_lazy_child_process();
    init_errors();
    GUARD_CONFIG = ["core.fsmonitor=false", "log.showSignature=false", "protocol.allow=never"];
    GUARD_ENV = { GIT_NO_LAZY_FETCH: "1", GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0" };
  }
});

// src/git/blobs.ts
function streamBlobs(at2, shas, onBlob, onMissing, maxInFlight = 4) {
  return new Promise((resolve6, reject) => {
    if (shas.length === 0) return resolve6();
    const child = spawnGit([...at2.pin, "cat-file", "--batch"], at2.cwd, at2.env, ["pipe", "pipe", "ignore"]);
    const stdout = child.stdout;
    let headerBuf = Buffer.alloc(0);
    let body = null;
    let skipNewline = false;
    let failed = null;
    let inFlight = 0;
    let inFlightBytes = 0;
    let closed = false;
    let exitCode = null;
    const finish = () => {
      if (!closed || inFlight > 0) return;
      if (failed) reject(failed);
      else if (exitCode !== 0) reject(new ScanError(`git cat-file failed (exit code ${exitCode})`));
      else resolve6();
    };
    const fail = (err) => {
      failed ??= err instanceof Error ? err : new Error(String(err));
      child.kill();
    };
    const deliver = (sha2, bytes) => {
      const size = bytes.length;
      const r2 = onBlob(sha2, bytes);
      if (!(r2 instanceof Promise)) return;
      inFlight++;
      inFlightBytes += size;
      if (inFlight >= maxInFlight || inFlightBytes >= IN_FLIGHT_BYTES) stdout.pause();
      const done = () => {
        inFlight--;
        inFlightBytes -= size;
        if (inFlight < maxInFlight && inFlightBytes < IN_FLIGHT_BYTES) stdout.resume();
      };
      r2.then(
        () => {
          done();
          finish();
        },
        (err) => {
          done();
          fail(err);
          finish();
        }
      );
    };
    stdout.on("data", (chunk) => {
      try {
        let d2 = chunk;
        while (d2.length) {
          if (skipNewline) {
            skipNewline = false;
            d2 = d2.subarray(1);
            continue;
          }
          if (!body) {
            const joined = headerBuf.length ? Buffer.concat([headerBuf, d2]) : d2;
            const nl = joined.indexOf(10);
            if (nl < 0) {
              headerBuf = Buffer.from(joined);
              return;
            }
            headerBuf = Buffer.alloc(0);
            const [sha2, type, size] = joined.subarray(0, nl).toString("latin1").trim().split(" ");
            d2 = joined.subarray(nl + 1);
            if (type === "missing") {
              onMissing(sha2);
              continue;
            }
            if (size === void 0) throw new ScanError(`git cat-file answered "${type}" for ${sha2}`);
            body = { sha: sha2, size: Number(size), buf: Buffer.allocUnsafeSlow(Number(size)), filled: 0 };
            if (body.size === 0) {
              deliver(body.sha, body.buf);
              body = null;
              skipNewline = true;
            }
            continue;
          }
          const n = Math.min(d2.length, body.buf.length - body.filled);
          d2.copy(body.buf, body.filled, 0, n);
          body.filled += n;
          d2 = d2.subarray(n);
          if (body.filled === body.buf.length) {
            const done = body;
            body = null;
            skipNewline = true;
            deliver(done.sha, done.buf);
          }
        }
      } catch (err) {
        fail(err);
      }
    });
    child.on("error", (err) => reject(new ScanError(`cannot run git: ${err.message}`)));
    child.stdin.on("error", () => void 0);
    child.on("close", (code) => {
      closed = true;
      exitCode = code;
      finish();
    });
    child.stdin.end(shas.join("\n") + "\n");
  });
}
var IN_FLIGHT_BYTES;
var init_blobs = __esm({
  "src/git/blobs.ts"() {
    "use strict";
    init_errors();
    init_git();
    IN_FLIGHT_BYTES = 32 * 1024 * 1024;
  }
});

// src/config/ignore-file.ts
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
var IGNORE_FILE_NAME;
var init_ignore_file = __esm({
  "src/config/ignore-file.ts"() {
    "use strict";
    init_errors();
    IGNORE_FILE_NAME = ".twitter-secrets-ignore";
  }
});

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
var init_finding = __esm({
  "src/scan/finding.ts"() {
    "use strict";
  }
});

// src/snapshot/lazy-module.ts
var createRequire;
var init_lazy_module = __esm({
  "src/snapshot/lazy-module.ts"() {
    "use strict";
    createRequire = (_from) => require;
  }
});

// src/builtin.ts
function lazy(id) {
  let mod;
  return () => mod ??= load(id);
}
var load, crypto, os2, workerThreads, v8;
var init_builtin = __esm({
  "src/builtin.ts"() {
    "use strict";
    init_lazy_module();
    load = createRequire(__stsMetaUrl);
    crypto = lazy("node:crypto");
    os2 = lazy("node:os");
    workerThreads = lazy("node:worker_threads");
    v8 = lazy("node:v8");
  }
});

// src/scan/fingerprint.ts
function fingerprint(ruleId, canonicalSecret) {
  return crypto().createHash("sha256").update(`${DOMAIN}\0${ruleId}\0${canonicalSecret}`).digest("hex").slice(0, 16);
}
var DOMAIN;
var init_fingerprint = __esm({
  "src/scan/fingerprint.ts"() {
    "use strict";
    init_builtin();
    DOMAIN = "scan-twitter-secrets/fingerprint/v1";
  }
});

// src/detect/candidate.ts
var VIA_RANK;
var init_candidate = __esm({
  "src/detect/candidate.ts"() {
    "use strict";
    VIA_RANK = { structure: 0, sdk: 1, name: 2, pair: 3, near: 4 };
  }
});

// src/detect/names.ts
function splitWords(name) {
  const words = [];
  for (const part of name.replace(/OAuth/g, "Oauth").split(/[^A-Za-z0-9]+/)) {
    if (!part) continue;
    for (const w2 of part.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g) ?? []) words.push(w2.toLowerCase());
  }
  return words;
}
function matchRole(words, roles) {
  if (words.length === 1 && (words[0] === "value" || words[0] === "default")) return { role: LABEL_ROLE, prefix: [], label: true };
  let end = words.length;
  while (end > 0 && (TRAILING_NOISE.has(words[end - 1]) || /^[0-9]+$/.test(words[end - 1]))) end--;
  for (const role of roles) {
    const n = role.words.length;
    if (n > end) continue;
    let ok = true;
    for (let k2 = 0; k2 < n && ok; k2++) ok = words[end - n + k2] === role.words[k2];
    if (ok) return { role, prefix: words.slice(0, end - n) };
  }
  return null;
}
var TRAILING_NOISE, LABEL_ROLE;
var init_names = __esm({
  "src/detect/names.ts"() {
    "use strict";
    TRAILING_NOISE = /* @__PURE__ */ new Set(["value", "val", "str", "string", "env", "var", "prod", "dev", "live"]);
    LABEL_ROLE = { ruleId: "", words: [], strength: "generic" };
  }
});

// src/detect/evidence.ts
function indentOf(line) {
  const m2 = /^[ \t]*"?( *)/.exec(line);
  return m2 ? m2[0].length : 0;
}
function wordsShowX(words) {
  return words.some((w2) => w2 === "twitter" || w2 === "tweepy" || w2 === "twython" || w2 === "twurl" || w2 === "tweet" || w2 === "rtweet");
}
function nameHasXPrefix(name) {
  return /(?:^|[^A-Za-z0-9])[Xx]_(?:API|BEARER|ACCESS|CONSUMER|CLIENT|OAUTH|APP)/i.test(name);
}
var NEAR_LINES, REGION_LINES, SPAN_CHARS, MAX_SPAN, OTHER_SERVICE_LINES, PARENT_LINES, Evidence;
var init_evidence = __esm({
  "src/detect/evidence.ts"() {
    "use strict";
    init_names();
    NEAR_LINES = 5;
    REGION_LINES = 200;
    SPAN_CHARS = 400;
    MAX_SPAN = 16e3;
    OTHER_SERVICE_LINES = 3;
    PARENT_LINES = 80;
    Evidence = class {
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
        const [from, to2] = this.span(offset, radius);
        if (this.structuralOffsets.some((o2) => o2 >= from && o2 <= to2)) return true;
        return this.rules.evidence.test(this.text.slice(from, to2)) && this.file;
      }
      /** Another service is named within a few lines (a `# Alpaca keys` comment, `import stripe`). */
      otherServiceNear(offset) {
        const [from, to2] = this.span(offset, OTHER_SERVICE_LINES);
        return this.rules.otherServicesNearby.test(this.text.slice(from, to2));
      }
      /** `radius` lines around `offset`, at most SPAN_CHARS per line of radius either side (long lines). */
      span(offset, radius) {
        const line = this.lines().lineOf(offset);
        const reach = Math.min(SPAN_CHARS * (radius + 1), MAX_SPAN);
        const from = Math.max(this.lines().lineStart(Math.max(1, line - radius)), offset - reach);
        const to2 = Math.min(this.lines().lineEnd(Math.min(this.lines().lineCount, line + radius)), offset + reach);
        return [from, to2];
      }
      /** Words of the keys this line is nested under: YAML/JSON/Python-dict indentation and INI sections. */
      parents(offset) {
        return this.parentChain(offset).flat();
      }
      /** The keys this line is nested under, nearest first, each as its words. */
      parentChain(offset) {
        const line = this.lines().lineOf(offset);
        const cached2 = this.parentCache.get(line);
        if (cached2) return cached2;
        const chain = [];
        let indent = indentOf(this.lines().lineHead(line));
        let section = null;
        for (let l3 = line - 1; l3 >= 1 && l3 >= line - PARENT_LINES; l3--) {
          const text = this.lines().lineHead(l3);
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
  }
});

// src/detect/structure.ts
function decodeBearerAt(text, start) {
  const before = text.charCodeAt(start - 1);
  if (start > 0 && isTokenCharCode(before) && !isPercentEscapeEnd(text, start) && !isEscapeEnd(text, start)) return null;
  let i = start;
  let b64 = "";
  while (b64.length < 60 && i < text.length) {
    const c3 = text[i];
    if (c3 === "%") {
      const hex2 = text.slice(i + 1, i + 3).toUpperCase();
      const decoded = hex2 === "2B" ? "+" : hex2 === "2F" ? "/" : hex2 === "3D" ? "=" : "";
      if (!decoded) return null;
      b64 += decoded;
      i += 3;
    } else if (/[A-Za-z0-9+/=]/.test(c3)) {
      b64 += c3;
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
  for (let k2 = 0; k2 < 16; k2++) if (bytes[k2] !== 0) return null;
  const appId = bytes.readBigUInt64LE(16);
  if (appId === 0n) return null;
  let digestZero = true;
  for (let k2 = 24; k2 < 44; k2++) if (bytes[k2] !== 0) digestZero = false;
  if (digestZero) return null;
  const tail = text.slice(i, end);
  const encoded = b64.replace(/\+/g, "%2B").replace(/\//g, "%2F").replace(/=/g, "%3D") + tail;
  return { start, end, raw: text.slice(start, end), encoded, appId: appId.toString(), tailLength };
}
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
  const m2 = /^[A-Za-z0-9_-]{45}:(\d{13}):1:[01]:(at|rt|ac):1$/.exec(decoded);
  if (!m2) return null;
  const issuedAt = Number(m2[1]);
  if (issuedAt < Date.UTC(2020, 0, 1) || issuedAt > Date.UTC(2100, 0, 1)) return null;
  return { start: end - 91, end, raw, type: m2[2], issuedAt };
}
function decodeClientIdEndingAt(text, end) {
  const raw = base64urlEndingAt(text, end, 34);
  if (!raw) return null;
  const decoded = Buffer.from(raw, "base64url").toString("latin1");
  if (!/^[A-Za-z0-9_-]{20}:1:ci$/.test(decoded)) return null;
  return { start: end - 34, end, raw };
}
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
    const c3 = codes[i];
    if (c3 >= 97 && c3 <= 122) {
      lower = true;
      if (c3 > 102) hexOnly = false;
    } else if (c3 >= 65 && c3 <= 90) {
      upper = true;
      if (c3 > 70) hexOnly = false;
    } else if (c3 < 48 || c3 > 57) hexOnly = false;
    if (i > start) {
      const prev = codes[i - 1];
      same = c3 === prev ? same + 1 : 1;
      counting = c3 === prev + 1 ? counting + 1 : 1;
      if (same >= 4 || counting >= 6) return false;
    }
    const bit = 1 << (c3 & 31);
    if ((seen[c3 >> 5] & bit) === 0) {
      seen[c3 >> 5] |= bit;
      distinct++;
    }
  }
  if (!lower || !upper || hexOnly) return false;
  if (distinct < Math.min(12, Math.floor(n * 0.45))) return false;
  return wordShareCodes(codes, start, end) < WORDLIKE_SHARE;
}
function wordShareCodes(codes, start, end) {
  let inWords = 0;
  let i = start;
  while (i < end) {
    const c3 = codes[i];
    if (isUpperCode(c3) || isLowerCode(c3)) {
      let j3 = i;
      while (j3 < end && isUpperCode(codes[j3])) j3++;
      const capitals = j3 - i;
      if (capitals >= 1 && !(j3 < end && isLowerCode(codes[j3]))) {
        i = j3;
        continue;
      }
      let k2 = j3;
      while (k2 < end && isLowerCode(codes[k2])) k2++;
      if (k2 - j3 >= 2) inWords += k2 - j3 + (capitals >= 1 ? 1 : 0);
      i = k2;
    } else i++;
  }
  return end === start ? 0 : inWords / (end - start);
}
function isUpperCode(c3) {
  return c3 >= 65 && c3 <= 90;
}
function isLowerCode(c3) {
  return c3 >= 97 && c3 <= 122;
}
function isAlnumCode(c3) {
  return c3 >= 48 && c3 <= 57 || c3 >= 65 && c3 <= 90 || c3 >= 97 && c3 <= 122;
}
function isTokenCharCode(c3) {
  return isAlnumCode(c3) || c3 === 43 || c3 === 47 || c3 === 37 || c3 === 95 || c3 === 45;
}
function isEscapeEnd(text, start) {
  return start >= 2 && text[start - 2] === "\\" && /[nrt]/.test(text[start - 1]);
}
function isPercentEscapeEnd(text, start) {
  return start >= 3 && text[start - 3] === "%" && /^[0-9A-Fa-f]{2}$/.test(text.slice(start - 2, start));
}
var ALNUM, BASE64URL_CHAR, OAUTH2_TOKEN_SUFFIXES, OAUTH2_CLIENT_ID_SUFFIX, ACCESS_TOKEN_TAIL, WORDLIKE_SHARE;
var init_structure = __esm({
  "src/detect/structure.ts"() {
    "use strict";
    init_text();
    ALNUM = /^[A-Za-z0-9]+$/;
    BASE64URL_CHAR = /[A-Za-z0-9_-]/;
    OAUTH2_TOKEN_SUFFIXES = ["OmF0OjE", "OnJ0OjE", "OmFjOjE"];
    OAUTH2_CLIENT_ID_SUFFIX = "6MTpjaQ";
    ACCESS_TOKEN_TAIL = /-[A-Za-z0-9]{28,48}/g;
    WORDLIKE_SHARE = 0.85;
  }
});

// src/detect/value.ts
function skipInline(t2, i, chars) {
  while (i < t2.length && t2[i] !== "\n" && chars.test(t2[i])) i++;
  return i;
}
function skipOpener(t2, i) {
  const m2 = /^[@rRbBuUfF]?("""|'''|["'`“”‘’«»])/.exec(t2.slice(i, i + 4));
  if (m2) return { i: i + m2[0].length, quote: CLOSING_QUOTE[m2[1]] ?? m2[1].slice(0, 1) };
  return { i, quote: "" };
}
function restIsFiller(t2, i) {
  for (; i < t2.length && t2[i] !== "\n"; i++) if (!/[\s"'`(\[{\\,|>]/.test(t2[i])) return false;
  return true;
}
function readValueAfter(t2, keyEnd, keyAloneOnLine2 = () => false) {
  let i = keyEnd;
  const aside = /^ ?\([A-Za-z0-9 _.-]{1,40}\)/.exec(t2.slice(i, i + 44));
  if (aside) i += aside[0].length;
  const closed = skipInline(t2, i, /["'`“”‘’\]\s]/);
  const keyQuoted = /["'`“”‘’]/.test(t2.slice(i, closed));
  i = closed;
  let sep3 = "";
  const xml = XML_NEXT_ELEMENT.exec(t2.slice(i, i + 80));
  if (xml) {
    sep3 = xml[0];
  } else {
    sep3 = SEPARATORS.find((candidate2) => t2.startsWith(candidate2, i)) ?? "";
  }
  if (sep3 === "," && !keyQuoted) return null;
  if (sep3) i += sep3.length;
  else if (restIsFiller(t2, i) && keyAloneOnLine2()) sep3 = "\n";
  else if (i === keyEnd || !/[ \t]/.test(t2[i - 1] ?? "")) return null;
  i = skipInline(t2, i, /[ \t]/);
  i = skipValueLabel(t2, i);
  if (sep3 === ":") {
    const annotation = /^[A-Za-z_][\w.[\]]*\s*=\s*/.exec(t2.slice(i, i + 40));
    if (annotation && !/^[A-Za-z0-9_-]{16,}\s*$/.test(annotation[0])) i += annotation[0].length;
  }
  const block = /^[|>][-+0-9]*[ \t]*(?=\n|$)/.exec(t2.slice(i, i + 8));
  if (block) i += block[0].length;
  let opener = skipOpener(t2, i);
  i = opener.i;
  if (opener.quote && t2[i] === opener.quote) return null;
  const inner = /^ ["']/.exec(t2.slice(i, i + 2));
  if (opener.quote && inner) i += 2;
  let hopped = false;
  for (let hops = 0; hops < 2 && !opener.quote && restIsFiller(t2, i); hops++) {
    const nl = t2.indexOf("\n", i);
    if (nl < 0) return null;
    i = skipValueLabel(t2, skipInline(t2, nl + 1, /[\s"'`(\[{\\,]/));
    hopped = true;
    if (/^[@rRbBuUfF]?["'`“‘«]/.test(t2.slice(i, i + 2))) {
      opener = skipOpener(t2, i);
      i = opener.i;
    }
  }
  const start = i;
  while (i < t2.length && VALUE_CHAR.test(t2[i])) i++;
  if (i === start) return null;
  if (i < t2.length && !VALUE_END.test(t2[i])) return null;
  if ((!sep3 || sep3 === "\n" || hopped && !opener.quote) && !/^[\s"'`,;)]*\/?>?[\s]*$/.test(lineRest(t2, i)) && !(sep3 === "" && isFlag(t2, keyEnd))) return null;
  return { start, end: i, value: t2.slice(start, i) };
}
function skipValueLabel(t2, i) {
  const label = /^value["']?\s*[:=]\s*/.exec(t2.slice(i, i + 12));
  return label ? i + label[0].length : i;
}
function isFlag(t2, keyEnd) {
  let s = keyEnd;
  while (s > 0 && /[A-Za-z0-9_-]/.test(t2[s - 1])) s--;
  return t2.startsWith("--", s) && (s === 0 || /\s/.test(t2[s - 1]));
}
function lineRest(t2, i) {
  const nl = t2.indexOf("\n", i);
  return t2.slice(i, nl < 0 ? t2.length : nl);
}
var SEPARATORS, XML_NEXT_ELEMENT, VALUE_CHAR, VALUE_END, CLOSING_QUOTE;
var init_value = __esm({
  "src/detect/value.ts"() {
    "use strict";
    SEPARATORS = [":=", "=>", "<-", "||=", "||", "??", "%3D", "%3d", "=", ":", ",", "|", ">", "("];
    XML_NEXT_ELEMENT = /^<\/[\w:.-]+>\s*<[\w:.-]+>/;
    VALUE_CHAR = /[A-Za-z0-9_-]/;
    VALUE_END = /[\s"'`“”‘’«»,;)\]}&|\\<#%]/;
    CLOSING_QUOTE = { "\u201C": "\u201D", "\u201D": "\u201D", "\u2018": "\u2019", "\u2019": "\u2019", "\xAB": "\xBB", "\xBB": "\xBB", '"""': '"', "'''": "'" };
  }
});

// src/detect/windows.ts
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
  for (let k2 = start; k2 < end; k2++) if (codes[k2] !== 45 && codes[k2] !== 95) BARE[n++] = codes[k2];
  if (looksRandomCodes(BARE, 0, n)) return true;
  const before = codes[start - 1];
  if (before === 92 && looksRandomCodes(BARE, 1, n) || before === 37 && looksRandomCodes(BARE, 2, n)) return true;
  if (n === end - start) return false;
  for (let from = start, k2 = start; k2 <= end; k2++) {
    if (k2 < end && codes[k2] !== 45 && codes[k2] !== 95) continue;
    if (k2 - from >= MIN_VALUE && looksRandomCodes(codes, from, k2)) return true;
    from = k2 + 1;
  }
  return false;
}
function randomish(codes, start, end) {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let hexOnly = true;
  for (let k2 = start; k2 < end; k2++) {
    const c3 = codes[k2];
    if (c3 >= 65 && c3 <= 90) {
      upper++;
      if (c3 > 70) hexOnly = false;
    } else if (c3 >= 97 && c3 <= 122) {
      lower++;
      if (c3 > 102) hexOnly = false;
    } else if (c3 >= 48 && c3 <= 57) digit++;
  }
  return upper > 0 && lower > 0 && !hexOnly && (upper + digit) * 5 >= end - start;
}
function windowsAround(runs, before, after, limit) {
  const out = [];
  for (let k2 = 0; k2 < runs.length; k2 += 2) {
    const from = Math.max(0, runs[k2] - before);
    const to2 = Math.min(limit, runs[k2 + 1] + after);
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to2);
    else out.push([from, to2]);
  }
  return out;
}
function eachMatchIn(re2, text, windows2, fn2) {
  let resumeAt = 0;
  for (const [from, to2] of windows2) {
    const start = Math.max(from, resumeAt);
    if (start >= to2) continue;
    const slice = text.slice(start, Math.min(text.length, to2 + 64));
    re2.lastIndex = 0;
    for (let m2 = re2.exec(slice); m2 && m2.index < to2 - start; m2 = re2.exec(slice)) {
      fn2(start + m2.index, m2[0]);
      resumeAt = start + m2.index + 1;
    }
  }
}
var MIN_VALUE, MAX_VALUE, CONTEXT_REACH, VALUE_CHAR2, ANCHOR_RUN, BARE;
var init_windows = __esm({
  "src/detect/windows.ts"() {
    "use strict";
    init_structure();
    MIN_VALUE = 16;
    MAX_VALUE = 54;
    CONTEXT_REACH = 600;
    VALUE_CHAR2 = new Uint8Array(256);
    for (let c3 = 0; c3 < 128; c3++) {
      const lower = c3 | 32;
      if (c3 >= 48 && c3 <= 57 || lower >= 97 && lower <= 122 || c3 === 95 || c3 === 45) VALUE_CHAR2[c3] = 1;
    }
    ANCHOR_RUN = 20;
    BARE = new Uint8Array(MAX_VALUE);
  }
});

// src/detect/context.ts
function fitValue(value, rules, c3) {
  if (c3.placeholders.test(value)) return [];
  const fits = [];
  for (const rule of rules) {
    const spec = rule.context;
    if (!spec) continue;
    if (spec.charset === "alnum" ? !/^[A-Za-z0-9]+$/.test(value) : !/^[A-Za-z0-9_-]+$/.test(value)) continue;
    if (!looksRandom(value.replace(/[-_]/g, ""))) continue;
    const modern = spec.modernLengths.includes(value.length);
    const legacy = !!spec.legacyRange && value.length >= spec.legacyRange[0] && value.length <= spec.legacyRange[1];
    if (modern || legacy) fits.push({ rule, modern });
  }
  return fits.sort((a, b3) => Number(b3.modern) - Number(a.modern));
}
function findByContext(text, c3, ev, structural, windows2) {
  const out = [];
  let contradicted = false;
  let oauth1Words;
  const speaksOAuth1 = () => oauth1Words ??= /oauth1|client_key|resource_owner|OAuth1/.test(text);
  let doneUntil = 0;
  eachMatchIn(KEYWORD, text, windows2, (index, keyword) => {
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
    let match = matchRole(words, c3.names);
    if (!match) return;
    if (text[s - 1] === "<" && name === "key") return;
    if (match.role.words.length === 1 || match.label) {
      const owner = labelOwner(text, s) ?? ev.parentChain(s)[0];
      const qualified = owner ? matchRole([...owner, ...match.label ? [] : words], c3.names) : null;
      if (qualified && (match.label || qualified.role.words.length > 1) && phraseFits(qualified.role.words.join(" "), value.value, c3)) {
        words = [...owner, ...match.label ? [] : words];
        match = qualified;
      }
    }
    if (match.label) return;
    const phrase = match.role.words.join(" ");
    if (phrase === "client id" && PKCE_CONTEXT.test(lineAround(text, value.start))) return;
    const phraseRules = c3.names.filter((n) => n.words.join(" ") === phrase).map((n) => c3.set.byId.get(n.ruleId));
    const fits = fitValue(value.value, phraseRules, c3);
    const specific = c3.names.some((n) => n.strength === "specific" && n.words.join(" ") === phrase);
    if (fits.length === 0) {
      if (specific && looksRandom(value.value)) contradicted = true;
      return;
    }
    const parents = ev.parents(s);
    if (match.prefix.some((w2) => c3.otherServices.has(w2)) && !wordsShowX(match.prefix)) return;
    if (parents.some((w2) => c3.otherServices.has(w2)) && !wordsShowX(parents)) return;
    const fit = chooseFit(fits, match.role.words, { siblingToken: () => SIBLING_TOKEN.test(linesAround(text, value.start, 1)), speaksOAuth1 });
    const local = wordsShowX(match.prefix) || nameHasXPrefix(name) || wordsShowX(parents);
    const cand = candidate(fit, value.start, value.end, value.value, "name", specific, local);
    if (match.role.words.length === 1) cand.bareWord = true;
    out.push(cand);
  });
  findSdkCalls(text, c3, ev, windows2, out);
  if (windows2.some(([from, to2]) => PAIR_WORDS.test(text.slice(from, to2)))) findPairs(text, c3, out, windows2, () => ev.file);
  if (windows2.length && text.includes("twurl")) findTwurlFlags(text, c3, out);
  if (windows2.length && text.includes("<bean")) findSpringBeans(text, c3, out);
  for (const s of structural) {
    if (s.ruleId !== "twitter-access-token" && s.ruleId !== "twitter-bearer-token") continue;
    findNearStructural(text, s, c3, out);
  }
  if (out.some((c4) => c4.ruleId === "twitter-consumer-key")) {
    const consumerSecret = c3.byRole.get("consumer-secret");
    for (const cand of out) {
      if (cand.ruleId === "twitter-oauth2-client-secret" && /^[A-Za-z0-9]+$/.test(cand.secret)) {
        const fit = fitValue(cand.secret, [consumerSecret], c3)[0];
        if (fit) Object.assign(cand, { ruleId: consumerSecret.id, modern: fit.modern });
      }
    }
  }
  return { candidates: out, contradicted };
}
function candidate(fit, start, end, secret, via, specific, local) {
  return { ruleId: fit.rule.id, start, end, secret, via, specific, localEvidence: local, modern: fit.modern, details: {} };
}
function phraseFits(phrase, value, c3) {
  return fitValue(value, c3.names.filter((n) => n.words.join(" ") === phrase).map((n) => c3.set.byId.get(n.ruleId)), c3).length > 0;
}
function findSdkCalls(text, c3, ev, windows2, out) {
  eachSdkCall(text, c3.sdkCalls, windows2, (index, name, argsFrom) => {
    const call = c3.sdkRoles.get(name);
    const args = splitArguments(text, argsFrom, !c3.sdkCalls.named.has(name));
    const roles = call.rolesWhenUrlFirst && args[0] && /^["'`]https?:/.test(args[0].text) ? call.rolesWhenUrlFirst : call.roles;
    const found = [];
    args.forEach((arg, k2) => {
      const rule = roles[k2] ? c3.byRole.get(roles[k2]) : void 0;
      if (!rule?.context) return;
      const lit = /^[@rRbBuUfF]?(["'`])([A-Za-z0-9_-]+)\1$/.exec(arg.text.replace(/\\\s*\n\s*/g, "").trim());
      const fit = lit ? fitValue(lit[2], [rule], c3)[0] : void 0;
      if (!fit) return;
      const start = arg.start + arg.text.indexOf(lit[2]);
      found.push(candidate(fit, start, start + lit[2].length, lit[2], "sdk", true, true));
    });
    if (found.length === 0) return;
    const qualifier = text.slice(Math.max(0, index - 12), index);
    if (call.generic && !/tweepy\.|twitter\.|Twitter/.test(qualifier) && !ev.file) return;
    for (const f3 of found) out.push(f3);
  });
}
function eachSdkCall(text, calls, windows2, fn2) {
  for (const [from, to2] of windows2) {
    const limit = Math.min(text.length, to2 + 64);
    for (let p2 = text.indexOf("(", from); p2 >= 0 && p2 < limit; p2 = text.indexOf("(", p2 + 1)) {
      let e = p2;
      while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
      let s = e;
      while (s > 0 && isWordChar(text.charCodeAt(s - 1))) s--;
      if (s === e || s < from || s >= to2) continue;
      const name = text.slice(s, e);
      if (calls.named.has(name)) fn2(s, name, p2 + 1);
    }
  }
  for (const literal of calls.literal) {
    for (let at2 = text.indexOf(literal); at2 >= 0; at2 = text.indexOf(literal, at2 + 1)) {
      if (!isWordChar(text.charCodeAt(at2 - 1)) && windows2.some(([from, to2]) => at2 >= from && at2 < to2)) fn2(at2, literal, at2 + literal.length);
    }
  }
}
function isWordChar(c3) {
  return isAlnumCode(c3) || c3 === 95;
}
function isSpace(c3) {
  return c3 >= 9 && c3 <= 13 || c3 === 32 || c3 === 160 || c3 === 5760 || c3 >= 8192 && c3 <= 8202 || c3 === 8232 || c3 === 8233 || c3 === 8239 || c3 === 8287 || c3 === 12288 || c3 === 65279;
}
function labelOwner(text, at2) {
  const before = text.slice(Math.max(0, at2 - 300), at2);
  const m2 = /["']?([A-Za-z0-9_.-]+)["']?\s*[:=]\s*\{[^{}]*$/.exec(before.slice(before.lastIndexOf("\n") + 1));
  return m2 ? splitWords(m2[1]) : null;
}
function chooseFit(fits, phrase, hints) {
  if (fits.length === 1) return fits[0];
  const byRole = (role) => fits.find((f3) => f3.rule.role === role);
  const client = byRole("client-secret");
  const consumer = byRole("consumer-secret");
  if (client && consumer) return phrase.includes("client") && !hints.speaksOAuth1() ? client : consumer;
  const tokenSecret = byRole("access-token-secret");
  if (tokenSecret && consumer && !tokenSecret.modern && !consumer.modern) return hints.siblingToken() ? tokenSecret : consumer;
  return fits[0];
}
function linesAround(text, offset, n) {
  const floor = Math.max(0, offset - LINE_REACH);
  const seg = text.slice(floor, Math.min(text.length, offset + LINE_REACH));
  const at2 = offset - floor;
  let from = seg.lastIndexOf("\n", at2 - 1);
  for (let k2 = 0; k2 < n && from >= 0; k2++) from = seg.lastIndexOf("\n", from - 1);
  let to2 = seg.indexOf("\n", at2);
  for (let k2 = 0; k2 < n && to2 >= 0; k2++) to2 = seg.indexOf("\n", to2 + 1);
  return seg.slice(from + 1, to2 < 0 ? seg.length : to2);
}
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
    let w2 = s - 1;
    while (w2 > 0 && /[A-Za-z0-9]/.test(text[w2 - 1])) w2--;
    if (s - 1 - w2 > 20) break;
    s = w2;
  }
  return s;
}
function splitArguments(text, from, untilEndOfLine = false) {
  const args = [];
  let depth = 0;
  let quote = "";
  let argStart = from;
  const limit = Math.min(text.length, from + 3e3);
  const flush2 = (end) => {
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
      flush2(i);
      return args;
    } else if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]" || ch === "}") {
      if (depth === 0) {
        flush2(i);
        return args;
      }
      depth--;
    } else if (ch === "," && depth === 0) {
      flush2(i);
      argStart = i + 1;
    }
  }
  return args;
}
function findPairs(text, c3, out, windows2, showsX) {
  const key = c3.byRole.get("consumer-key");
  const secret = c3.byRole.get("consumer-secret");
  const add = (k2, s, kStart, sStart, kLen, sLen) => {
    const kFit = fitValue(k2, [key], c3)[0];
    const sFit = fitValue(s, [secret], c3)[0];
    if (!kFit || !sFit) return;
    out.push(candidate(kFit, kStart, kStart + kLen, k2, "pair", true, true));
    out.push(candidate(sFit, sStart, sStart + sLen, s, "pair", true, true));
  };
  CLIENT_PAIR.lastIndex = 0;
  for (let m2 = text.includes("6MTpjaQ:") ? CLIENT_PAIR.exec(text) : null; m2; m2 = CLIENT_PAIR.exec(text)) {
    const fit = fitValue(m2[2], [c3.byRole.get("client-secret")], c3)[0];
    const start = m2.index + m2[1].length + 1;
    if (fit) out.push(candidate(fit, start, start + m2[2].length, m2[2], "pair", true, true));
  }
  eachPair(text, windows2, (index, k2, v2) => {
    if (!PAIR_CONTEXT.test(linesAround(text, index, 2)) || !showsX()) return;
    add(k2, v2, index, index + k2.length + 1, k2.length, v2.length);
  });
  for (let at2 = text.indexOf("Basic"); at2 >= 0; ) {
    BASIC.lastIndex = at2;
    const m2 = BASIC.exec(text);
    if (!m2) {
      at2 = text.indexOf("Basic", at2 + 5);
      continue;
    }
    at2 = text.indexOf("Basic", at2 + m2[0].length);
    const decoded = /^([A-Za-z0-9]{18,25}):([A-Za-z0-9]{35,50})$/.exec(Buffer.from(m2[1], "base64").toString("latin1"));
    if (!decoded || !showsX()) continue;
    const start = m2.index + m2[0].length - m2[1].length;
    add(decoded[1], decoded[2], start, start, m2[1].length, m2[1].length);
  }
}
function eachPair(text, windows2, fn2) {
  let resumeAt = 0;
  for (const [from, to2] of windows2) {
    const limit = Math.min(text.length, to2 + 64);
    for (let colon = text.indexOf(":", Math.max(from, resumeAt)); colon >= 0 && colon < limit; colon = text.indexOf(":", colon + 1)) {
      let s = colon;
      while (s > 0 && isAlnumCode(text.charCodeAt(s - 1))) s--;
      if (colon - s < 18 || colon - s > 25 || s < Math.max(from, resumeAt) || s >= to2 || PAIR_BEFORE.includes(text[s - 1])) continue;
      let e = colon + 1;
      while (e < text.length && isAlnumCode(text.charCodeAt(e))) e++;
      if (e - colon - 1 < 35 || e - colon - 1 > 50 || PAIR_AFTER.includes(text[e])) continue;
      fn2(s, text.slice(s, colon), text.slice(colon + 1, e));
      resumeAt = e;
    }
  }
}
function findTwurlFlags(text, c3, out) {
  for (let at2 = text.indexOf("twurl"); at2 >= 0; at2 = text.indexOf("twurl", at2 + 5)) {
    const lineEnd = text.indexOf("\n", at2);
    const line = text.slice(at2, lineEnd < 0 ? text.length : lineEnd);
    TWURL_FLAG.lastIndex = 0;
    for (let m2 = TWURL_FLAG.exec(line); m2; m2 = TWURL_FLAG.exec(line)) {
      const fit = fitValue(m2[2], [c3.byRole.get(TWURL_ROLE[m2[1]])], c3)[0];
      const start = at2 + m2.index + m2[0].length - m2[2].length;
      if (fit) out.push(candidate(fit, start, start + m2[2].length, m2[2], "sdk", true, true));
    }
  }
}
function findSpringBeans(text, c3, out) {
  for (let at2 = text.indexOf("<bean"); at2 >= 0; at2 = text.indexOf("<bean", at2 + 5)) {
    SPRING_BEAN.lastIndex = at2;
    const m2 = SPRING_BEAN.exec(text);
    if (!m2) continue;
    const roles = c3.sdkRoles.get(m2[1])?.roles ?? [];
    const bodyStart = m2.index + m2[0].length - m2[2].length - "</bean>".length;
    const arg = /<constructor-arg\b[^>]*\bvalue="([A-Za-z0-9_-]+)"/g;
    let k2 = 0;
    for (let a = arg.exec(m2[2]); a; a = arg.exec(m2[2]), k2++) {
      const rule = c3.byRole.get(roles[k2] ?? "");
      const fit = rule?.context ? fitValue(a[1], [rule], c3)[0] : void 0;
      if (!fit) continue;
      const start = bodyStart + a.index + a[0].length - a[1].length - 1;
      out.push(candidate(fit, start, start + a[1].length, a[1], "sdk", true, true));
    }
  }
}
function findNearStructural(text, anchor, c3, out) {
  const floor = Math.max(0, anchor.start - NEAR_WINDOW_CHARS);
  const seg = text.slice(floor, Math.min(text.length, anchor.end + NEAR_WINDOW_CHARS));
  let from = anchor.start - floor;
  for (let n = 0; n <= NEAR_WINDOW_LINES && from > 0; n++) from = seg.lastIndexOf("\n", from - 1);
  let to2 = anchor.end - floor;
  for (let n = 0; n <= NEAR_WINDOW_LINES && to2 >= 0; n++) to2 = seg.indexOf("\n", to2 + 1);
  from = floor + Math.max(0, from + 1);
  to2 = to2 < 0 ? floor + seg.length : floor + to2;
  const window2 = text.slice(from, to2);
  const roleByLength = { 25: "consumer-key", 45: "access-token-secret", 50: "consumer-secret" };
  BARE2.lastIndex = 0;
  for (let m2 = BARE2.exec(window2); m2; m2 = BARE2.exec(window2)) {
    const value = m2[1];
    if (!/[0-9]/.test(value)) continue;
    const rule = c3.byRole.get(roleByLength[value.length]);
    const fit = fitValue(value, [rule], c3)[0];
    if (fit) out.push(candidate(fit, from + m2.index, from + m2.index + value.length, value, "near", true, true));
  }
}
var KEYWORD, NAME_CHAR, MAX_NAME, IDENT_TAIL, SIBLING_TOKEN, LINE_REACH, PKCE_CONTEXT, PAIR_CONTEXT, PAIR_WORDS, CLIENT_PAIR, BASIC, PAIR_BEFORE, PAIR_AFTER, TWURL_FLAG, TWURL_ROLE, SPRING_BEAN, NEAR_WINDOW_LINES, NEAR_WINDOW_CHARS, BARE2;
var init_context = __esm({
  "src/detect/context.ts"() {
    "use strict";
    init_evidence();
    init_names();
    init_structure();
    init_value();
    init_windows();
    KEYWORD = /key|secret|token|(?:client|app)[_ -]?id|\b(?:value|default)\b/gi;
    NAME_CHAR = /[A-Za-z0-9_.$@-]/;
    MAX_NAME = 80;
    IDENT_TAIL = /[A-Za-z0-9_]/;
    SIBLING_TOKEN = /^\s*["']?token["']?\s*[:=]/im;
    LINE_REACH = 2e3;
    PKCE_CONTEXT = /response_type|code_challenge|redirect_uri|oauth2\/authorize|grant_type=authorization_code/;
    PAIR_CONTEXT = /oauth2\/token|curl|twurl|--user|\s-u\s|Basic /;
    PAIR_WORDS = new RegExp(`${PAIR_CONTEXT.source}|6MTpjaQ:`);
    CLIENT_PAIR = /(?<![A-Za-z0-9_-])([A-Za-z0-9_-]{27}6MTpjaQ):([A-Za-z0-9_-]{50})(?![A-Za-z0-9_-])/g;
    BASIC = /Basic\s+([A-Za-z0-9+/]{56,104}={0,2})(?![A-Za-z0-9+/=])/y;
    PAIR_BEFORE = "_-+/.";
    PAIR_AFTER = "_-+/";
    TWURL_FLAG = /(?:^|\s)-([csS])\s+["']?([A-Za-z0-9]{18,50})(?![A-Za-z0-9])/g;
    TWURL_ROLE = { c: "consumer-key", s: "consumer-secret", S: "access-token-secret" };
    SPRING_BEAN = /<bean\b[^>]{0,300}?class="[^"]{0,200}?\.(TwitterConnectionFactory|TwitterTemplate)"[^>]{0,300}>([\s\S]{0,1500}?)<\/bean>/y;
    NEAR_WINDOW_LINES = 6;
    NEAR_WINDOW_CHARS = 3e3;
    BARE2 = /(?<![A-Za-z0-9_\-+/=.$%])([A-Za-z0-9]{25}|[A-Za-z0-9]{45}|[A-Za-z0-9]{50})(?![A-Za-z0-9_\-+/=.])/g;
  }
});

// src/detect/structural.ts
function findStructural(text, runs) {
  const out = [];
  const push = (ruleId, start, end, secret, details) => {
    out.push({ ruleId, start, end, secret, via: "structure", specific: true, localEvidence: true, modern: true, details });
  };
  let bearerEnd = 0;
  for (let k2 = 0; k2 < runs.length; k2 += 2) {
    const from = runs[k2];
    const to2 = runs[k2 + 1];
    const run2 = text.slice(from, to2);
    for (let r2 = run2.indexOf(BEARER_ANCHOR, Math.max(0, bearerEnd - from)); r2 >= 0; ) {
      const token = decodeBearerAt(text, from + r2);
      if (token) {
        push("twitter-bearer-token", token.start, token.end, token.raw, { appId: token.appId, encoded: token.encoded, tailLength: String(token.tailLength) });
        bearerEnd = token.end;
        break;
      }
      let next = r2 + BEARER_ANCHOR.length;
      while (run2.charCodeAt(next) === 65) next++;
      r2 = run2.indexOf(BEARER_ANCHOR, next);
    }
    if (to2 - from >= OAUTH2_TOKEN_LENGTH) {
      for (let j3 = run2.indexOf("OjE", 4); j3 >= 0; j3 = run2.indexOf("OjE", j3 + 3)) {
        const suffix = run2.slice(j3 - 4, j3 + 3);
        if (!OAUTH2_TOKEN_SUFFIXES.includes(suffix)) continue;
        const token = decodeOAuth2TokenEndingAt(text, from + j3 + 3);
        if (!token || token.type === "ac") continue;
        const ruleId = token.type === "at" ? "twitter-oauth2-access-token" : "twitter-oauth2-refresh-token";
        push(ruleId, token.start, token.end, token.raw, { issuedAt: new Date(token.issuedAt).toISOString() });
      }
    }
    if (to2 - from >= CLIENT_ID_LENGTH) {
      for (let i = run2.indexOf(OAUTH2_CLIENT_ID_SUFFIX); i >= 0; i = run2.indexOf(OAUTH2_CLIENT_ID_SUFFIX, i + 7)) {
        const id = decodeClientIdEndingAt(text, from + i + OAUTH2_CLIENT_ID_SUFFIX.length);
        if (id) push("twitter-oauth2-client-id", id.start, id.end, id.raw, {});
      }
    }
    if (to2 - from >= ACCESS_TOKEN_MIN_RUN && run2.includes("-")) {
      ACCESS_TOKEN_TAIL.lastIndex = 0;
      for (let m2 = ACCESS_TOKEN_TAIL.exec(run2); m2; m2 = ACCESS_TOKEN_TAIL.exec(run2)) {
        const dash = from + m2.index;
        let start = dash;
        while (start > from && dash - start < 19 && text.charCodeAt(start - 1) >= 48 && text.charCodeAt(start - 1) <= 57) start--;
        while (start < dash && text[start] === "0") start++;
        if (start === dash) continue;
        const token = checkAccessToken(text, start, dash + m2[0].length);
        if (token) push("twitter-access-token", token.start, token.end, token.raw, { userId: token.userId });
      }
    }
  }
  return out;
}
var BEARER_ANCHOR, OAUTH2_TOKEN_LENGTH, CLIENT_ID_LENGTH, ACCESS_TOKEN_MIN_RUN;
var init_structural = __esm({
  "src/detect/structural.ts"() {
    "use strict";
    init_structure();
    BEARER_ANCHOR = "AAAAAAAAAAAAAAAAAAAA";
    OAUTH2_TOKEN_LENGTH = 91;
    CLIENT_ID_LENGTH = 34;
    ACCESS_TOKEN_MIN_RUN = 29;
  }
});

// src/detect/detect.ts
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
    const lines = () => normLines ??= new LineIndex(norm, options.byteText);
    const ev = new Evidence(rules, norm, path, lines, structural.map((s) => s.start), options.externalEvidence);
    const context = findByContext(norm, rules, ev, structural, windows2);
    const ordered = [...context.candidates].sort((a, b3) => a.start - b3.start);
    candidates = ordered.filter((cand, k2) => acceptContext(cand, k2, ev, context.contradicted, ordered, lines()));
  }
  const chosen = dedupe([...structural, ...candidates]);
  let knownExamples = 0;
  let original = norm === text ? normLines : void 0;
  const findings = [];
  const hasClientSecret = chosen.some((f3) => f3.ruleId === "twitter-oauth2-client-secret");
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
    const marker = allowMarker(text, original, line, cand.start, cand.end, rules.allowMarkers);
    if (marker) finding.allowedBy = marker;
    findings.push(finding);
  }
  findings.sort((a, b3) => a.start - b3.start || a.ruleId.localeCompare(b3.ruleId));
  return { findings, knownExamples };
}
function acceptContext(cand, k2, ev, contradicted, all, lines) {
  if (cand.localEvidence) return true;
  if (!cand.specific && ev.otherServiceNear(cand.start)) return false;
  if (cand.specific) return cand.modern && !contradicted || ev.file;
  if (cand.bareWord) return ev.near(cand.start, NEAR_LINES);
  if (ev.path || ev.near(cand.start, REGION_LINES)) return true;
  if (contradicted || !cand.modern) return false;
  const line = lines.lineOf(cand.start);
  for (const o2 of [...all.slice(Math.max(0, k2 - PAIR_NEIGHBOURS), k2), ...all.slice(k2 + 1, k2 + 1 + PAIR_NEIGHBOURS)]) {
    if (o2.modern && o2.ruleId !== cand.ruleId && Math.abs(lines.lineOf(o2.start) - line) <= PAIR_LINES) return true;
  }
  return false;
}
function mergeSorted(a, b3) {
  if (b3.length === 0) return a;
  const out = [];
  let i = 0;
  let j3 = 0;
  while (i < a.length || j3 < b3.length) {
    if (j3 >= b3.length || i < a.length && a[i] <= b3[j3]) out.push(a[i++], a[i++]);
    else out.push(b3[j3++], b3[j3++]);
  }
  return out;
}
function basicHeaders(text) {
  const at2 = [];
  for (let i = text.indexOf("Basic "); i >= 0; i = text.indexOf("Basic ", i + 6)) at2.push(i, i + 120);
  return at2;
}
function dedupe(cands) {
  const sorted = [...cands].sort((a, b3) => a.start - b3.start || VIA_RANK[a.via] - VIA_RANK[b3.via]);
  const out = [];
  for (const c3 of sorted) {
    const prev = out[out.length - 1];
    if (prev && c3.start < prev.end && !(c3.via === "pair" && prev.via === "pair" && c3.ruleId !== prev.ruleId)) continue;
    out.push(c3);
  }
  return out;
}
function allowMarker(text, lines, line, start, end, markers) {
  const content = text.slice(Math.max(lines.lineStart(line), start - 2e3), Math.min(lines.lineEnd(line), end + 2e3));
  return markers.find((m2) => content.includes(m2));
}
var OAUTH2_ACCESS_TOKEN_LIFETIME_MS, PAIR_LINES, PAIR_NEIGHBOURS;
var init_detect = __esm({
  "src/detect/detect.ts"() {
    "use strict";
    init_builtin();
    init_candidate();
    init_context();
    init_evidence();
    init_structural();
    init_text();
    init_windows();
    OAUTH2_ACCESS_TOKEN_LIFETIME_MS = 2 * 60 * 60 * 1e3;
    PAIR_LINES = 10;
    PAIR_NEIGHBOURS = 8;
  }
});

// src/scan/read-text.ts
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
    for (let at2 = 0; at2 < bytes.length; at2 += sizes.windowBytes) yield bytes.subarray(at2, at2 + sizes.windowBytes);
  });
}
function readForScan(path) {
  const fd = (0, import_node_fs4.openSync)(path, OPEN_FLAGS);
  let handedOff = false;
  try {
    const st2 = (0, import_node_fs4.fstatSync)(fd);
    if (!st2.isFile()) throw notRegular();
    if (st2.size > SIZES.wholeLimit) {
      const head = Buffer.alloc(BINARY_SNIFF_BYTES);
      const got2 = (0, import_node_fs4.readSync)(fd, head, 0, head.length, 0);
      if (isBinary(head.subarray(0, got2))) return { kind: "binary", size: st2.size };
      handedOff = true;
      return windowed(st2.size, encodingOf(head), SIZES.overlapBytes, () => fileChunks(fd), () => (0, import_node_fs4.closeSync)(fd));
    }
    if (scratch.length < st2.size) scratch = Buffer.allocUnsafeSlow(Math.max(st2.size, 64 * 1024));
    let got = 0;
    while (got < st2.size) {
      const n = (0, import_node_fs4.readSync)(fd, scratch, got, st2.size - got, got);
      if (n === 0) break;
      got += n;
    }
    return classifyBytes(scratch.subarray(0, got));
  } finally {
    if (!handedOff) (0, import_node_fs4.closeSync)(fd);
  }
}
function encodingOf(head) {
  return head[0] === 255 && head[1] === 254 ? "utf-16le" : head[0] === 254 && head[1] === 255 ? "utf-16be" : "utf-8";
}
function* fileChunks(fd) {
  const buf = Buffer.allocUnsafe(SIZES.windowBytes);
  for (let position = 0; ; ) {
    const bytesRead = (0, import_node_fs4.readSync)(fd, buf, 0, buf.length, position);
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
  if (typeof import_node_buffer.isAscii === "function" && (0, import_node_buffer.isAscii)(bytes)) return bytes.length;
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
var import_node_buffer, import_node_fs4, SIZES, OPEN_FLAGS, scratch;
var init_read_text = __esm({
  "src/scan/read-text.ts"() {
    "use strict";
    import_node_buffer = require("node:buffer");
    import_node_fs4 = require("node:fs");
    init_text();
    SIZES = { wholeLimit: 960 * 1024, windowBytes: 896 * 1024, overlapBytes: 64 * 1024 };
    OPEN_FLAGS = import_node_fs4.constants.O_RDONLY | (import_node_fs4.constants.O_NOFOLLOW ?? 0) | (import_node_fs4.constants.O_NONBLOCK ?? 0);
    scratch = Buffer.alloc(0);
  }
});

// src/scan/scan-blob.ts
async function scanBlob(blob, rules, now, sizes = SIZES) {
  const fsPath = blob.fsPath ?? blob.path;
  const read = blob.bytes ? classifyBytes(blob.bytes, sizes) : readForScan(fsPath);
  if (read.kind === "binary") return read;
  if (read.kind === "text") {
    const r2 = detect(read.text, blob.path, rules, { now, byteText: read.byteText, ...read.codes ? { codes: read.codes } : {} });
    return { kind: "scanned", size: read.size, findings: r2.findings, knownExamples: r2.knownExamples };
  }
  let evidence;
  const externalEvidence = () => evidence ??= read.evidence((chunk) => rules.evidence.test(chunk));
  const findings = [];
  let knownExamples = 0;
  for (const w2 of read.windows()) {
    const r2 = detect(w2.text, blob.path, rules, { now, externalEvidence, byteText: read.byteText, ...w2.codes ? { codes: w2.codes } : {} });
    knownExamples += r2.knownExamples;
    for (const f3 of r2.findings) {
      const absolute = w2.offset + f3.start;
      if (absolute < w2.reportFrom || absolute >= w2.reportUntil) continue;
      findings.push({
        ...f3,
        start: absolute,
        end: w2.offset + f3.end,
        column: f3.line === 1 ? f3.column + w2.columnBase : f3.column,
        line: f3.line + w2.lineBase
      });
    }
  }
  return { kind: "scanned", size: read.size, findings, knownExamples };
}
var init_scan_blob = __esm({
  "src/scan/scan-blob.ts"() {
    "use strict";
    init_detect();
    init_read_text();
  }
});

// src/scan/skip.ts
function noteSkip(into, kind, reason, path) {
  into.warnings.push(reason);
  into.skipped.push({ kind, ...path !== void 0 ? { path } : {}, reason });
}
var init_skip = __esm({
  "src/scan/skip.ts"() {
    "use strict";
  }
});

// src/scan/engine.ts
function toFindings(blob, detections, opts) {
  const ignorePath = opts.ignorePathOf(blob);
  const pathEntry = ignorePath === null ? void 0 : opts.filter.ignoredBy(ignorePath);
  return detections.map((d2) => {
    const rule = opts.rules.set.byId.get(d2.ruleId);
    const fp = fingerprint(d2.ruleId, d2.canonical);
    const f3 = {
      ruleId: d2.ruleId,
      title: rule.title,
      file: blob.path,
      line: d2.line,
      column: d2.column,
      blocking: d2.blocking,
      severity: d2.severity,
      status: d2.status,
      secret: d2.secret,
      fingerprint: fp,
      group: "",
      details: d2.details,
      ...blob.provenance ? { provenance: blob.provenance } : {}
    };
    const byFp = opts.ignoredFingerprints.get(fp);
    if (d2.allowedBy && opts.inlineAllow) f3.ignored = { by: `inline marker "${d2.allowedBy}"` };
    else if (byFp) f3.ignored = { by: `fingerprint (${IGNORE_FILE_NAME}:${byFp.line})`, ...byFp.reason ? { reason: byFp.reason } : {} };
    else if (pathEntry) f3.ignored = { by: `path "${pathEntry.pattern}"`, ...pathEntry.reason ? { reason: pathEntry.reason } : {} };
    return f3;
  });
}
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
var FILE_PROBLEMS;
var init_engine = __esm({
  "src/scan/engine.ts"() {
    "use strict";
    init_ignore_file();
    init_messages();
    init_errors();
    init_finding();
    init_fingerprint();
    init_group();
    init_scan_blob();
    init_skip();
    FILE_PROBLEMS = /* @__PURE__ */ new Set(["ENOENT", "EACCES", "EPERM", "ELOOP", "EISDIR", "ENOTDIR", "ENXIO", "ENOTREG"]);
  }
});

// src/git/work-tree.ts
function workTreeOnDisk(dir, env) {
  if (env.GIT_DIR || env.GIT_WORK_TREE) return null;
  const ceilings = new Set((env.GIT_CEILING_DIRECTORIES ?? "").split(":").filter(Boolean).map((d2) => (0, import_node_path5.resolve)(d2)));
  for (let d2 = (0, import_node_path5.resolve)(dir); ; d2 = (0, import_node_path5.dirname)(d2)) {
    if ((0, import_node_fs5.existsSync)((0, import_node_path5.join)(d2, ".git"))) return d2;
    if ((0, import_node_path5.dirname)(d2) === d2 || ceilings.has((0, import_node_path5.dirname)(d2))) return null;
  }
}
async function findWorkTree(dir, env) {
  const explicit = Boolean(env.GIT_DIR || env.GIT_WORK_TREE);
  const onDisk = workTreeOnDisk(dir, env);
  if (!explicit && !onDisk) return null;
  const pin = onDisk ? pinTo(onDisk) : [];
  let r2;
  try {
    r2 = await gitRun([...pin, "rev-parse", "--show-toplevel"], dir, env);
  } catch {
    return "git-missing";
  }
  const top = r2.code === 0 ? r2.stdout.toString("utf8").replace(/\n$/, "") : "";
  if (!top) {
    if (r2.code === 0 || /not a git repository|must be run in a work tree/i.test(r2.stderr)) return null;
    throw refusal(r2.stderr, onDisk ?? dir);
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
  const reason = stderr.split("\n").filter((l3) => l3.trim() && !l3.startsWith("hint:")).map((l3) => l3.trim().replace(/^(fatal|error): /, "")).join(" ");
  return new ScanError(messages.gitRefused(top, reason || "git rev-parse failed"));
}
async function ensureOwnership(top, env) {
  const uid = process.geteuid?.();
  if (uid !== void 0) {
    try {
      const dot = (0, import_node_fs5.lstatSync)((0, import_node_path5.join)(top, ".git"));
      if (dot.isDirectory() && dot.uid === uid && (0, import_node_fs5.lstatSync)(top).uid === uid) return;
    } catch {
    }
  }
  const r2 = await gitRun(["rev-parse", "--git-dir"], top, { ...env, GIT_CEILING_DIRECTORIES: (0, import_node_path5.dirname)(top) });
  if (r2.code !== 0) throw refusal(r2.stderr, top);
}
var import_node_fs5, import_node_path5, pinTo;
var init_work_tree = __esm({
  "src/git/work-tree.ts"() {
    "use strict";
    import_node_fs5 = require("node:fs");
    import_node_path5 = require("node:path");
    init_messages();
    init_errors();
    init_git();
    pinTo = (top) => ["--git-dir", (0, import_node_path5.join)(top, ".git"), "--work-tree", top];
  }
});

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result2 = "", start = pos;
    while (true) {
      if (pos >= len) {
        result2 += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result2 += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result2 += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result2 += '"';
            break;
          case 92:
            result2 += "\\";
            break;
          case 47:
            result2 += "/";
            break;
          case 98:
            result2 += "\b";
            break;
          case 102:
            result2 += "\f";
            break;
          case 110:
            result2 += "\n";
            break;
          case 114:
            result2 += "\r";
            break;
          case 116:
            result2 += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result2 += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result2 += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result2;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result2;
    do {
      result2 = scanNext();
    } while (result2 >= 12 && result2 <= 15);
    return result2;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
var init_scanner = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/scanner.js"() {
    "use strict";
    (function(CharacterCodes2) {
      CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
      CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
      CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
      CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
      CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
      CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
      CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
      CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
      CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
      CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
      CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
      CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
      CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
      CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
      CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
      CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
      CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
      CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
      CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
      CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
      CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
      CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
      CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
      CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
      CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
      CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
      CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
      CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
      CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
      CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
      CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
      CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
      CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
      CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
      CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
      CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
      CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
      CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
      CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
      CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
      CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
      CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
      CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
      CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
      CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
      CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
      CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
      CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
      CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
      CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
      CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
      CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
      CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
      CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
      CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
      CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
      CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
      CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
      CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
      CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
      CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
      CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
      CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
      CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
      CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
      CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
      CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
      CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
      CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
      CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
      CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
      CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
      CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
      CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
      CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
      CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
      CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
      CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
      CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
      CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
  }
});

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces, maxCachedValues, cachedBreakLinesWithSpaces, supportedEols;
var init_string_intern = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/string-intern.js"() {
    cachedSpaces = new Array(20).fill(0).map((_3, index) => {
      return " ".repeat(index);
    });
    maxCachedValues = 200;
    cachedBreakLinesWithSpaces = {
      " ": {
        "\n": new Array(maxCachedValues).fill(0).map((_3, index) => {
          return "\n" + " ".repeat(index);
        }),
        "\r": new Array(maxCachedValues).fill(0).map((_3, index) => {
          return "\r" + " ".repeat(index);
        }),
        "\r\n": new Array(maxCachedValues).fill(0).map((_3, index) => {
          return "\r\n" + " ".repeat(index);
        })
      },
      "	": {
        "\n": new Array(maxCachedValues).fill(0).map((_3, index) => {
          return "\n" + "	".repeat(index);
        }),
        "\r": new Array(maxCachedValues).fill(0).map((_3, index) => {
          return "\r" + "	".repeat(index);
        }),
        "\r\n": new Array(maxCachedValues).fill(0).map((_3, index) => {
          return "\r\n" + "	".repeat(index);
        })
      }
    };
    supportedEols = ["\n", "\r", "\r\n"];
  }
});

// node_modules/jsonc-parser/lib/esm/impl/format.js
function format(documentText, range, options) {
  let initialIndentLevel;
  let formatText2;
  let formatTextStart;
  let rangeStart;
  let rangeEnd;
  if (range) {
    rangeStart = range.offset;
    rangeEnd = rangeStart + range.length;
    formatTextStart = rangeStart;
    while (formatTextStart > 0 && !isEOL(documentText, formatTextStart - 1)) {
      formatTextStart--;
    }
    let endOffset = rangeEnd;
    while (endOffset < documentText.length && !isEOL(documentText, endOffset)) {
      endOffset++;
    }
    formatText2 = documentText.substring(formatTextStart, endOffset);
    initialIndentLevel = computeIndentLevel(formatText2, options);
  } else {
    formatText2 = documentText;
    initialIndentLevel = 0;
    formatTextStart = 0;
    rangeStart = 0;
    rangeEnd = documentText.length;
  }
  const eol = getEOL(options, documentText);
  const eolFastPathSupported = supportedEols.includes(eol);
  let numberLineBreaks = 0;
  let indentLevel = 0;
  let indentValue;
  if (options.insertSpaces) {
    indentValue = cachedSpaces[options.tabSize || 4] ?? repeat(cachedSpaces[1], options.tabSize || 4);
  } else {
    indentValue = "	";
  }
  const indentType = indentValue === "	" ? "	" : " ";
  let scanner = createScanner(formatText2, false);
  let hasError = false;
  function newLinesAndIndent() {
    if (numberLineBreaks > 1) {
      return repeat(eol, numberLineBreaks) + repeat(indentValue, initialIndentLevel + indentLevel);
    }
    const amountOfSpaces = indentValue.length * (initialIndentLevel + indentLevel);
    if (!eolFastPathSupported || amountOfSpaces > cachedBreakLinesWithSpaces[indentType][eol].length) {
      return eol + repeat(indentValue, initialIndentLevel + indentLevel);
    }
    if (amountOfSpaces <= 0) {
      return eol;
    }
    return cachedBreakLinesWithSpaces[indentType][eol][amountOfSpaces];
  }
  function scanNext() {
    let token = scanner.scan();
    numberLineBreaks = 0;
    while (token === 15 || token === 14) {
      if (token === 14 && options.keepLines) {
        numberLineBreaks += 1;
      } else if (token === 14) {
        numberLineBreaks = 1;
      }
      token = scanner.scan();
    }
    hasError = token === 16 || scanner.getTokenError() !== 0;
    return token;
  }
  const editOperations = [];
  function addEdit(text, startOffset, endOffset) {
    if (!hasError && (!range || startOffset < rangeEnd && endOffset > rangeStart) && documentText.substring(startOffset, endOffset) !== text) {
      editOperations.push({ offset: startOffset, length: endOffset - startOffset, content: text });
    }
  }
  let firstToken = scanNext();
  if (options.keepLines && numberLineBreaks > 0) {
    addEdit(repeat(eol, numberLineBreaks), 0, 0);
  }
  if (firstToken !== 17) {
    let firstTokenStart = scanner.getTokenOffset() + formatTextStart;
    let initialIndent = indentValue.length * initialIndentLevel < 20 && options.insertSpaces ? cachedSpaces[indentValue.length * initialIndentLevel] : repeat(indentValue, initialIndentLevel);
    addEdit(initialIndent, formatTextStart, firstTokenStart);
  }
  while (firstToken !== 17) {
    let firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
    let secondToken = scanNext();
    let replaceContent = "";
    let needsLineBreak = false;
    while (numberLineBreaks === 0 && (secondToken === 12 || secondToken === 13)) {
      let commentTokenStart = scanner.getTokenOffset() + formatTextStart;
      addEdit(cachedSpaces[1], firstTokenEnd, commentTokenStart);
      firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
      needsLineBreak = secondToken === 12;
      replaceContent = needsLineBreak ? newLinesAndIndent() : "";
      secondToken = scanNext();
    }
    if (secondToken === 2) {
      if (firstToken !== 1) {
        indentLevel--;
      }
      ;
      if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 1) {
        replaceContent = newLinesAndIndent();
      } else if (options.keepLines) {
        replaceContent = cachedSpaces[1];
      }
    } else if (secondToken === 4) {
      if (firstToken !== 3) {
        indentLevel--;
      }
      ;
      if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 3) {
        replaceContent = newLinesAndIndent();
      } else if (options.keepLines) {
        replaceContent = cachedSpaces[1];
      }
    } else {
      switch (firstToken) {
        case 3:
        case 1:
          indentLevel++;
          if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
            replaceContent = newLinesAndIndent();
          } else {
            replaceContent = cachedSpaces[1];
          }
          break;
        case 5:
          if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
            replaceContent = newLinesAndIndent();
          } else {
            replaceContent = cachedSpaces[1];
          }
          break;
        case 12:
          replaceContent = newLinesAndIndent();
          break;
        case 13:
          if (numberLineBreaks > 0) {
            replaceContent = newLinesAndIndent();
          } else if (!needsLineBreak) {
            replaceContent = cachedSpaces[1];
          }
          break;
        case 6:
          if (options.keepLines && numberLineBreaks > 0) {
            replaceContent = newLinesAndIndent();
          } else if (!needsLineBreak) {
            replaceContent = cachedSpaces[1];
          }
          break;
        case 10:
          if (options.keepLines && numberLineBreaks > 0) {
            replaceContent = newLinesAndIndent();
          } else if (secondToken === 6 && !needsLineBreak) {
            replaceContent = "";
          }
          break;
        case 7:
        case 8:
        case 9:
        case 11:
        case 2:
        case 4:
          if (options.keepLines && numberLineBreaks > 0) {
            replaceContent = newLinesAndIndent();
          } else {
            if ((secondToken === 12 || secondToken === 13) && !needsLineBreak) {
              replaceContent = cachedSpaces[1];
            } else if (secondToken !== 5 && secondToken !== 17) {
              hasError = true;
            }
          }
          break;
        case 16:
          hasError = true;
          break;
      }
      if (numberLineBreaks > 0 && (secondToken === 12 || secondToken === 13)) {
        replaceContent = newLinesAndIndent();
      }
    }
    if (secondToken === 17) {
      if (options.keepLines && numberLineBreaks > 0) {
        replaceContent = newLinesAndIndent();
      } else {
        replaceContent = options.insertFinalNewline ? eol : "";
      }
    }
    const secondTokenStart = scanner.getTokenOffset() + formatTextStart;
    addEdit(replaceContent, firstTokenEnd, secondTokenStart);
    firstToken = secondToken;
  }
  return editOperations;
}
function repeat(s, count) {
  let result2 = "";
  for (let i = 0; i < count; i++) {
    result2 += s;
  }
  return result2;
}
function computeIndentLevel(content, options) {
  let i = 0;
  let nChars = 0;
  const tabSize = options.tabSize || 4;
  while (i < content.length) {
    let ch = content.charAt(i);
    if (ch === cachedSpaces[1]) {
      nChars++;
    } else if (ch === "	") {
      nChars += tabSize;
    } else {
      break;
    }
    i++;
  }
  return Math.floor(nChars / tabSize);
}
function getEOL(options, text) {
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === "\r") {
      if (i + 1 < text.length && text.charAt(i + 1) === "\n") {
        return "\r\n";
      }
      return "\r";
    } else if (ch === "\n") {
      return "\n";
    }
  }
  return options && options.eol || "\n";
}
function isEOL(text, offset) {
  return "\r\n".indexOf(text.charAt(offset)) !== -1;
}
var init_format = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/format.js"() {
    "use strict";
    init_scanner();
    init_string_intern();
  }
});

// node_modules/jsonc-parser/lib/esm/impl/parser.js
function getLocation(text, position) {
  const segments = [];
  const earlyReturnException = new Object();
  let previousNode = void 0;
  const previousNodeInst = {
    value: {},
    offset: 0,
    length: 0,
    type: "object",
    parent: void 0
  };
  let isAtPropertyKey = false;
  function setPreviousNode(value, offset, length, type) {
    previousNodeInst.value = value;
    previousNodeInst.offset = offset;
    previousNodeInst.length = length;
    previousNodeInst.type = type;
    previousNodeInst.colonOffset = void 0;
    previousNode = previousNodeInst;
  }
  try {
    visit(text, {
      onObjectBegin: (offset, length) => {
        if (position <= offset) {
          throw earlyReturnException;
        }
        previousNode = void 0;
        isAtPropertyKey = position > offset;
        segments.push("");
      },
      onObjectProperty: (name, offset, length) => {
        if (position < offset) {
          throw earlyReturnException;
        }
        setPreviousNode(name, offset, length, "property");
        segments[segments.length - 1] = name;
        if (position <= offset + length) {
          throw earlyReturnException;
        }
      },
      onObjectEnd: (offset, length) => {
        if (position <= offset) {
          throw earlyReturnException;
        }
        previousNode = void 0;
        segments.pop();
      },
      onArrayBegin: (offset, length) => {
        if (position <= offset) {
          throw earlyReturnException;
        }
        previousNode = void 0;
        segments.push(0);
      },
      onArrayEnd: (offset, length) => {
        if (position <= offset) {
          throw earlyReturnException;
        }
        previousNode = void 0;
        segments.pop();
      },
      onLiteralValue: (value, offset, length) => {
        if (position < offset) {
          throw earlyReturnException;
        }
        setPreviousNode(value, offset, length, getNodeType(value));
        if (position <= offset + length) {
          throw earlyReturnException;
        }
      },
      onSeparator: (sep3, offset, length) => {
        if (position <= offset) {
          throw earlyReturnException;
        }
        if (sep3 === ":" && previousNode && previousNode.type === "property") {
          previousNode.colonOffset = offset;
          isAtPropertyKey = false;
          previousNode = void 0;
        } else if (sep3 === ",") {
          const last = segments[segments.length - 1];
          if (typeof last === "number") {
            segments[segments.length - 1] = last + 1;
          } else {
            isAtPropertyKey = true;
            segments[segments.length - 1] = "";
          }
          previousNode = void 0;
        }
      }
    });
  } catch (e) {
    if (e !== earlyReturnException) {
      throw e;
    }
  }
  return {
    path: segments,
    previousNode,
    isAtPropertyKey,
    matches: (pattern) => {
      let k2 = 0;
      for (let i = 0; k2 < pattern.length && i < segments.length; i++) {
        if (pattern[k2] === segments[i] || pattern[k2] === "*") {
          k2++;
        } else if (pattern[k2] !== "**") {
          return false;
        }
      }
      return k2 === pattern.length;
    }
  };
}
function parse(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentProperty = null;
  let currentParent = [];
  const previousParents = [];
  function onValue(value) {
    if (Array.isArray(currentParent)) {
      currentParent.push(value);
    } else if (currentProperty !== null) {
      currentParent[currentProperty] = value;
    }
  }
  const visitor = {
    onObjectBegin: () => {
      const object = {};
      onValue(object);
      previousParents.push(currentParent);
      currentParent = object;
      currentProperty = null;
    },
    onObjectProperty: (name) => {
      currentProperty = name;
    },
    onObjectEnd: () => {
      currentParent = previousParents.pop();
    },
    onArrayBegin: () => {
      const array = [];
      onValue(array);
      previousParents.push(currentParent);
      currentParent = array;
      currentProperty = null;
    },
    onArrayEnd: () => {
      currentParent = previousParents.pop();
    },
    onLiteralValue: onValue,
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  return currentParent[0];
}
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep3, offset, length) => {
      if (currentParent.type === "property") {
        if (sep3 === ":") {
          currentParent.colonOffset = offset;
        } else if (sep3 === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  const result2 = currentParent.children[0];
  if (result2) {
    delete result2.parent;
  }
  return result2;
}
function findNodeAtLocation(root, path) {
  if (!root) {
    return void 0;
  }
  let node = root;
  for (let segment of path) {
    if (typeof segment === "string") {
      if (node.type !== "object" || !Array.isArray(node.children)) {
        return void 0;
      }
      let found = false;
      for (const propertyNode of node.children) {
        if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
          node = propertyNode.children[1];
          found = true;
          break;
        }
      }
      if (!found) {
        return void 0;
      }
    } else {
      const index = segment;
      if (node.type !== "array" || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
        return void 0;
      }
      node = node.children[index];
    }
  }
  return node;
}
function getNodePath(node) {
  if (!node.parent || !node.parent.children) {
    return [];
  }
  const path = getNodePath(node.parent);
  if (node.parent.type === "property") {
    const key = node.parent.children[0].value;
    path.push(key);
  } else if (node.parent.type === "array") {
    const index = node.parent.children.indexOf(node);
    if (index !== -1) {
      path.push(index);
    }
  }
  return path;
}
function getNodeValue(node) {
  switch (node.type) {
    case "array":
      return node.children.map(getNodeValue);
    case "object":
      const obj = /* @__PURE__ */ Object.create(null);
      for (let prop2 of node.children) {
        const valueNode = prop2.children[1];
        if (valueNode) {
          obj[prop2.children[0].value] = getNodeValue(valueNode);
        }
      }
      return obj;
    case "null":
    case "string":
    case "number":
    case "boolean":
      return node.value;
    default:
      return void 0;
  }
}
function contains(node, offset, includeRightBound = false) {
  return offset >= node.offset && offset < node.offset + node.length || includeRightBound && offset === node.offset + node.length;
}
function findNodeAtOffset(node, offset, includeRightBound = false) {
  if (contains(node, offset, includeRightBound)) {
    const children = node.children;
    if (Array.isArray(children)) {
      for (let i = 0; i < children.length && children[i].offset <= offset; i++) {
        const item = findNodeAtOffset(children[i], offset, includeRightBound);
        if (item) {
          return item;
        }
      }
    }
    return node;
  }
  return void 0;
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function stripComments(text, replaceCh) {
  let _scanner = createScanner(text), parts = [], kind, offset = 0, pos;
  do {
    pos = _scanner.getPosition();
    kind = _scanner.scan();
    switch (kind) {
      case 12:
      case 13:
      case 17:
        if (offset !== pos) {
          parts.push(text.substring(offset, pos));
        }
        if (replaceCh !== void 0) {
          parts.push(_scanner.getTokenValue().replace(/[^\r\n]/g, replaceCh));
        }
        offset = _scanner.getPosition();
        break;
    }
  } while (kind !== 17);
  return parts.join("");
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}
var ParseOptions;
var init_parser = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/parser.js"() {
    "use strict";
    init_scanner();
    (function(ParseOptions2) {
      ParseOptions2.DEFAULT = {
        allowTrailingComma: false
      };
    })(ParseOptions || (ParseOptions = {}));
  }
});

// node_modules/jsonc-parser/lib/esm/impl/edit.js
function setProperty(text, originalPath, value, options) {
  const path = originalPath.slice();
  const errors = [];
  const root = parseTree(text, errors);
  let parent = void 0;
  let lastSegment = void 0;
  while (path.length > 0) {
    lastSegment = path.pop();
    parent = findNodeAtLocation(root, path);
    if (parent === void 0 && value !== void 0) {
      if (typeof lastSegment === "string") {
        value = { [lastSegment]: value };
      } else {
        value = [value];
      }
    } else {
      break;
    }
  }
  if (!parent) {
    if (value === void 0) {
      throw new Error("Can not delete in empty document");
    }
    return withFormatting(text, { offset: root ? root.offset : 0, length: root ? root.length : 0, content: JSON.stringify(value) }, options);
  } else if (parent.type === "object" && typeof lastSegment === "string" && Array.isArray(parent.children)) {
    const existing = findNodeAtLocation(parent, [lastSegment]);
    if (existing !== void 0) {
      if (value === void 0) {
        if (!existing.parent) {
          throw new Error("Malformed AST");
        }
        const propertyIndex = parent.children.indexOf(existing.parent);
        let removeBegin;
        let removeEnd = existing.parent.offset + existing.parent.length;
        if (propertyIndex > 0) {
          let previous = parent.children[propertyIndex - 1];
          removeBegin = previous.offset + previous.length;
        } else {
          removeBegin = parent.offset + 1;
          if (parent.children.length > 1) {
            let next = parent.children[1];
            removeEnd = next.offset;
          }
        }
        return withFormatting(text, { offset: removeBegin, length: removeEnd - removeBegin, content: "" }, options);
      } else {
        return withFormatting(text, { offset: existing.offset, length: existing.length, content: JSON.stringify(value) }, options);
      }
    } else {
      if (value === void 0) {
        return [];
      }
      const newProperty = `${JSON.stringify(lastSegment)}: ${JSON.stringify(value)}`;
      const index = options.getInsertionIndex ? options.getInsertionIndex(parent.children.map((p2) => p2.children[0].value)) : parent.children.length;
      let edit;
      if (index > 0) {
        let previous = parent.children[index - 1];
        edit = { offset: previous.offset + previous.length, length: 0, content: "," + newProperty };
      } else if (parent.children.length === 0) {
        edit = { offset: parent.offset + 1, length: 0, content: newProperty };
      } else {
        edit = { offset: parent.offset + 1, length: 0, content: newProperty + "," };
      }
      return withFormatting(text, edit, options);
    }
  } else if (parent.type === "array" && typeof lastSegment === "number" && Array.isArray(parent.children)) {
    const insertIndex = lastSegment;
    if (insertIndex === -1) {
      const newProperty = `${JSON.stringify(value)}`;
      let edit;
      if (parent.children.length === 0) {
        edit = { offset: parent.offset + 1, length: 0, content: newProperty };
      } else {
        const previous = parent.children[parent.children.length - 1];
        edit = { offset: previous.offset + previous.length, length: 0, content: "," + newProperty };
      }
      return withFormatting(text, edit, options);
    } else if (value === void 0 && parent.children.length >= 0) {
      const removalIndex = lastSegment;
      const toRemove = parent.children[removalIndex];
      let edit;
      if (parent.children.length === 1) {
        edit = { offset: parent.offset + 1, length: parent.length - 2, content: "" };
      } else if (parent.children.length - 1 === removalIndex) {
        let previous = parent.children[removalIndex - 1];
        let offset = previous.offset + previous.length;
        let parentEndOffset = parent.offset + parent.length;
        edit = { offset, length: parentEndOffset - 2 - offset, content: "" };
      } else {
        edit = { offset: toRemove.offset, length: parent.children[removalIndex + 1].offset - toRemove.offset, content: "" };
      }
      return withFormatting(text, edit, options);
    } else if (value !== void 0) {
      let edit;
      const newProperty = `${JSON.stringify(value)}`;
      if (!options.isArrayInsertion && parent.children.length > lastSegment) {
        const toModify = parent.children[lastSegment];
        edit = { offset: toModify.offset, length: toModify.length, content: newProperty };
      } else if (parent.children.length === 0 || lastSegment === 0) {
        edit = { offset: parent.offset + 1, length: 0, content: parent.children.length === 0 ? newProperty : newProperty + "," };
      } else {
        const index = lastSegment > parent.children.length ? parent.children.length : lastSegment;
        const previous = parent.children[index - 1];
        edit = { offset: previous.offset + previous.length, length: 0, content: "," + newProperty };
      }
      return withFormatting(text, edit, options);
    } else {
      throw new Error(`Can not ${value === void 0 ? "remove" : options.isArrayInsertion ? "insert" : "modify"} Array index ${insertIndex} as length is not sufficient`);
    }
  } else {
    throw new Error(`Can not add ${typeof lastSegment !== "number" ? "index" : "property"} to parent of type ${parent.type}`);
  }
}
function withFormatting(text, edit, options) {
  if (!options.formattingOptions) {
    return [edit];
  }
  let newText = applyEdit(text, edit);
  let begin = edit.offset;
  let end = edit.offset + edit.content.length;
  if (edit.length === 0 || edit.content.length === 0) {
    while (begin > 0 && !isEOL(newText, begin - 1)) {
      begin--;
    }
    while (end < newText.length && !isEOL(newText, end)) {
      end++;
    }
  }
  const edits = format(newText, { offset: begin, length: end - begin }, { ...options.formattingOptions, keepLines: false });
  for (let i = edits.length - 1; i >= 0; i--) {
    const edit2 = edits[i];
    newText = applyEdit(newText, edit2);
    begin = Math.min(begin, edit2.offset);
    end = Math.max(end, edit2.offset + edit2.length);
    end += edit2.content.length - edit2.length;
  }
  const editLength = text.length - (newText.length - end) - begin;
  return [{ offset: begin, length: editLength, content: newText.substring(begin, end) }];
}
function applyEdit(text, edit) {
  return text.substring(0, edit.offset) + edit.content + text.substring(edit.offset + edit.length);
}
var init_edit = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/edit.js"() {
    "use strict";
    init_format();
    init_parser();
  }
});

// node_modules/jsonc-parser/lib/esm/main.js
var main_exports = {};
__export(main_exports, {
  ParseErrorCode: () => ParseErrorCode,
  ScanError: () => ScanError2,
  SyntaxKind: () => SyntaxKind,
  applyEdits: () => applyEdits,
  createScanner: () => createScanner2,
  findNodeAtLocation: () => findNodeAtLocation2,
  findNodeAtOffset: () => findNodeAtOffset2,
  format: () => format2,
  getLocation: () => getLocation2,
  getNodePath: () => getNodePath2,
  getNodeValue: () => getNodeValue2,
  modify: () => modify,
  parse: () => parse2,
  parseTree: () => parseTree2,
  printParseErrorCode: () => printParseErrorCode,
  stripComments: () => stripComments2,
  visit: () => visit2
});
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}
function format2(documentText, range, options) {
  return format(documentText, range, options);
}
function modify(text, path, value, options) {
  return setProperty(text, path, value, options);
}
function applyEdits(text, edits) {
  let sortedEdits = edits.slice(0).sort((a, b3) => {
    const diff = a.offset - b3.offset;
    if (diff === 0) {
      return a.length - b3.length;
    }
    return diff;
  });
  let lastModifiedOffset = text.length;
  for (let i = sortedEdits.length - 1; i >= 0; i--) {
    let e = sortedEdits[i];
    if (e.offset + e.length <= lastModifiedOffset) {
      text = applyEdit(text, e);
    } else {
      throw new Error("Overlapping edit");
    }
    lastModifiedOffset = e.offset;
  }
  return text;
}
var createScanner2, ScanError2, SyntaxKind, getLocation2, parse2, parseTree2, findNodeAtLocation2, findNodeAtOffset2, getNodePath2, getNodeValue2, visit2, stripComments2, ParseErrorCode;
var init_main = __esm({
  "node_modules/jsonc-parser/lib/esm/main.js"() {
    "use strict";
    init_format();
    init_edit();
    init_scanner();
    init_parser();
    createScanner2 = createScanner;
    (function(ScanError3) {
      ScanError3[ScanError3["None"] = 0] = "None";
      ScanError3[ScanError3["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
      ScanError3[ScanError3["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
      ScanError3[ScanError3["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
      ScanError3[ScanError3["InvalidUnicode"] = 4] = "InvalidUnicode";
      ScanError3[ScanError3["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
      ScanError3[ScanError3["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError2 || (ScanError2 = {}));
    (function(SyntaxKind2) {
      SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
      SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
      SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
      SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
      SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
      SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
      SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
      SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
      SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
      SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
      SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
      SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
      SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
      SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
      SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
      SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
      SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
    })(SyntaxKind || (SyntaxKind = {}));
    getLocation2 = getLocation;
    parse2 = parse;
    parseTree2 = parseTree;
    findNodeAtLocation2 = findNodeAtLocation;
    findNodeAtOffset2 = findNodeAtOffset;
    getNodePath2 = getNodePath;
    getNodeValue2 = getNodeValue;
    visit2 = visit;
    stripComments2 = stripComments;
    (function(ParseErrorCode2) {
      ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
      ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
      ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
      ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
      ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
      ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
      ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
      ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
      ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
      ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
      ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
      ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
      ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (ParseErrorCode = {}));
  }
});

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
  const { parse: parse3, printParseErrorCode: printParseErrorCode2 } = await Promise.resolve().then(() => (init_main(), main_exports));
  const errors = [];
  parse3(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return null;
  const before = text.slice(0, first.offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return {
    line: before.split("\n").length,
    // In characters (code points), as editors count them.
    column: [...before.slice(lineStart)].length + 1,
    reason: messages.jsonError[printParseErrorCode2(first.error)] ?? messages.jsonError.default
  };
}
var init_json = __esm({
  "src/config/json.ts"() {
    "use strict";
    init_errors();
    init_messages();
  }
});

// src/config/config-file.ts
async function readConfigFile(path, required, source) {
  const raw = await source.read(path);
  const file = source.name(path);
  if (raw === null) {
    if (!required) return null;
    throw new UsageError(`cannot read config file ${file}: ENOENT`);
  }
  const data2 = await parseJsonFile(raw, `config file ${file}`);
  if (data2 === null || typeof data2 !== "object" || Array.isArray(data2)) throw new UsageError(`config file ${file} must hold a JSON object ({ "include": [...], "exclude": [...] })`);
  const obj = data2;
  const list = (key) => {
    const v2 = obj[key] ?? [];
    if (!Array.isArray(v2) || v2.some((x3) => typeof x3 !== "string")) throw new UsageError(`config file ${file}: "${key}" must be a list of glob strings`);
    return v2;
  };
  for (const key of Object.keys(obj)) {
    if (key !== "include" && key !== "exclude" && key !== "$schema") throw new UsageError(`config file ${file}: unknown key (only "include", "exclude" and "$schema" are allowed)`);
  }
  return { include: list("include"), exclude: list("exclude") };
}
var CONFIG_FILE_NAME;
var init_config_file = __esm({
  "src/config/config-file.ts"() {
    "use strict";
    init_errors();
    init_json();
    CONFIG_FILE_NAME = ".twitter-secrets.json";
  }
});

// src/config/file-source.ts
var file_source_exports = {};
__export(file_source_exports, {
  workTreeFiles: () => workTreeFiles
});
var import_node_fs6, workTreeFiles;
var init_file_source = __esm({
  "src/config/file-source.ts"() {
    "use strict";
    import_node_fs6 = require("node:fs");
    init_errors();
    workTreeFiles = {
      async read(absPath) {
        try {
          return (0, import_node_fs6.readFileSync)(absPath, "utf8");
        } catch (err) {
          const code = err.code;
          if (code === "ENOENT") return null;
          throw new UsageError(`cannot read ${absPath}: ${code ?? err.message}`);
        }
      },
      name: (absPath) => absPath
    };
  }
});

// node_modules/braces/lib/utils.js
var require_utils = __commonJS({
  "node_modules/braces/lib/utils.js"(exports2) {
    "use strict";
    exports2.isInteger = (num) => {
      if (typeof num === "number") {
        return Number.isInteger(num);
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isInteger(Number(num));
      }
      return false;
    };
    exports2.find = (node, type) => node.nodes.find((node2) => node2.type === type);
    exports2.exceedsLimit = (min, max, step = 1, limit) => {
      if (limit === false) return false;
      if (!exports2.isInteger(min) || !exports2.isInteger(max)) return false;
      return (Number(max) - Number(min)) / Number(step) >= limit;
    };
    exports2.escapeNode = (block, n = 0, type) => {
      const node = block.nodes[n];
      if (!node) return;
      if (type && node.type === type || node.type === "open" || node.type === "close") {
        if (node.escaped !== true) {
          node.value = "\\" + node.value;
          node.escaped = true;
        }
      }
    };
    exports2.encloseBrace = (node) => {
      if (node.type !== "brace") return false;
      if (node.commas >> 0 + node.ranges >> 0 === 0) {
        node.invalid = true;
        return true;
      }
      return false;
    };
    exports2.isInvalidBrace = (block) => {
      if (block.type !== "brace") return false;
      if (block.invalid === true || block.dollar) return true;
      if (block.commas >> 0 + block.ranges >> 0 === 0) {
        block.invalid = true;
        return true;
      }
      if (block.open !== true || block.close !== true) {
        block.invalid = true;
        return true;
      }
      return false;
    };
    exports2.isOpenOrClose = (node) => {
      if (node.type === "open" || node.type === "close") {
        return true;
      }
      return node.open === true || node.close === true;
    };
    exports2.reduce = (nodes) => nodes.reduce((acc, node) => {
      if (node.type === "text") acc.push(node.value);
      if (node.type === "range") node.type = "text";
      return acc;
    }, []);
    exports2.flatten = (...args) => {
      const result2 = [];
      const flat = (arr) => {
        for (let i = 0; i < arr.length; i++) {
          const ele = arr[i];
          if (Array.isArray(ele)) {
            flat(ele);
            continue;
          }
          if (ele !== void 0) {
            result2.push(ele);
          }
        }
        return result2;
      };
      flat(args);
      return result2;
    };
  }
});

// node_modules/braces/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/braces/lib/stringify.js"(exports2, module2) {
    "use strict";
    var utils = require_utils();
    module2.exports = (ast, options = {}) => {
      const stringify = (node, parent = {}) => {
        const invalidBlock = options.escapeInvalid && utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        let output = "";
        if (node.value) {
          if ((invalidBlock || invalidNode) && utils.isOpenOrClose(node)) {
            return "\\" + node.value;
          }
          return node.value;
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += stringify(child);
          }
        }
        return output;
      };
      return stringify(ast);
    };
  }
});

// node_modules/is-number/index.js
var require_is_number = __commonJS({
  "node_modules/is-number/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function(num) {
      if (typeof num === "number") {
        return num - num === 0;
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isFinite ? Number.isFinite(+num) : isFinite(+num);
      }
      return false;
    };
  }
});

// node_modules/to-regex-range/index.js
var require_to_regex_range = __commonJS({
  "node_modules/to-regex-range/index.js"(exports2, module2) {
    "use strict";
    var isNumber = require_is_number();
    var toRegexRange = (min, max, options) => {
      if (isNumber(min) === false) {
        throw new TypeError("toRegexRange: expected the first argument to be a number");
      }
      if (max === void 0 || min === max) {
        return String(min);
      }
      if (isNumber(max) === false) {
        throw new TypeError("toRegexRange: expected the second argument to be a number.");
      }
      let opts = { relaxZeros: true, ...options };
      if (typeof opts.strictZeros === "boolean") {
        opts.relaxZeros = opts.strictZeros === false;
      }
      let relax = String(opts.relaxZeros);
      let shorthand = String(opts.shorthand);
      let capture = String(opts.capture);
      let wrap = String(opts.wrap);
      let cacheKey = min + ":" + max + "=" + relax + shorthand + capture + wrap;
      if (toRegexRange.cache.hasOwnProperty(cacheKey)) {
        return toRegexRange.cache[cacheKey].result;
      }
      let a = Math.min(min, max);
      let b3 = Math.max(min, max);
      if (Math.abs(a - b3) === 1) {
        let result2 = min + "|" + max;
        if (opts.capture) {
          return `(${result2})`;
        }
        if (opts.wrap === false) {
          return result2;
        }
        return `(?:${result2})`;
      }
      let isPadded = hasPadding(min) || hasPadding(max);
      let state = { min, max, a, b: b3 };
      let positives = [];
      let negatives = [];
      if (isPadded) {
        state.isPadded = isPadded;
        state.maxLen = String(state.max).length;
      }
      if (a < 0) {
        let newMin = b3 < 0 ? Math.abs(b3) : 1;
        negatives = splitToPatterns(newMin, Math.abs(a), state, opts);
        a = state.a = 0;
      }
      if (b3 >= 0) {
        positives = splitToPatterns(a, b3, state, opts);
      }
      state.negatives = negatives;
      state.positives = positives;
      state.result = collatePatterns(negatives, positives, opts);
      if (opts.capture === true) {
        state.result = `(${state.result})`;
      } else if (opts.wrap !== false && positives.length + negatives.length > 1) {
        state.result = `(?:${state.result})`;
      }
      toRegexRange.cache[cacheKey] = state;
      return state.result;
    };
    function collatePatterns(neg, pos, options) {
      let onlyNegative = filterPatterns(neg, pos, "-", false, options) || [];
      let onlyPositive = filterPatterns(pos, neg, "", false, options) || [];
      let intersected = filterPatterns(neg, pos, "-?", true, options) || [];
      let subpatterns = onlyNegative.concat(intersected).concat(onlyPositive);
      return subpatterns.join("|");
    }
    function splitToRanges(min, max) {
      let nines = 1;
      let zeros = 1;
      let stop = countNines(min, nines);
      let stops = /* @__PURE__ */ new Set([max]);
      while (min <= stop && stop <= max) {
        stops.add(stop);
        nines += 1;
        stop = countNines(min, nines);
      }
      stop = countZeros(max + 1, zeros) - 1;
      while (min < stop && stop <= max) {
        stops.add(stop);
        zeros += 1;
        stop = countZeros(max + 1, zeros) - 1;
      }
      stops = [...stops];
      stops.sort(compare);
      return stops;
    }
    function rangeToPattern(start, stop, options) {
      if (start === stop) {
        return { pattern: start, count: [], digits: 0 };
      }
      let zipped = zip(start, stop);
      let digits = zipped.length;
      let pattern = "";
      let count = 0;
      for (let i = 0; i < digits; i++) {
        let [startDigit, stopDigit] = zipped[i];
        if (startDigit === stopDigit) {
          pattern += startDigit;
        } else if (startDigit !== "0" || stopDigit !== "9") {
          pattern += toCharacterClass(startDigit, stopDigit, options);
        } else {
          count++;
        }
      }
      if (count) {
        pattern += options.shorthand === true ? "\\d" : "[0-9]";
      }
      return { pattern, count: [count], digits };
    }
    function splitToPatterns(min, max, tok, options) {
      let ranges = splitToRanges(min, max);
      let tokens = [];
      let start = min;
      let prev;
      for (let i = 0; i < ranges.length; i++) {
        let max2 = ranges[i];
        let obj = rangeToPattern(String(start), String(max2), options);
        let zeros = "";
        if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
          if (prev.count.length > 1) {
            prev.count.pop();
          }
          prev.count.push(obj.count[0]);
          prev.string = prev.pattern + toQuantifier(prev.count);
          start = max2 + 1;
          continue;
        }
        if (tok.isPadded) {
          zeros = padZeros(max2, tok, options);
        }
        obj.string = zeros + obj.pattern + toQuantifier(obj.count);
        tokens.push(obj);
        start = max2 + 1;
        prev = obj;
      }
      return tokens;
    }
    function filterPatterns(arr, comparison, prefix, intersection, options) {
      let result2 = [];
      for (let ele of arr) {
        let { string } = ele;
        if (!intersection && !contains2(comparison, "string", string)) {
          result2.push(prefix + string);
        }
        if (intersection && contains2(comparison, "string", string)) {
          result2.push(prefix + string);
        }
      }
      return result2;
    }
    function zip(a, b3) {
      let arr = [];
      for (let i = 0; i < a.length; i++) arr.push([a[i], b3[i]]);
      return arr;
    }
    function compare(a, b3) {
      return a > b3 ? 1 : b3 > a ? -1 : 0;
    }
    function contains2(arr, key, val) {
      return arr.some((ele) => ele[key] === val);
    }
    function countNines(min, len) {
      return Number(String(min).slice(0, -len) + "9".repeat(len));
    }
    function countZeros(integer, zeros) {
      return integer - integer % Math.pow(10, zeros);
    }
    function toQuantifier(digits) {
      let [start = 0, stop = ""] = digits;
      if (stop || start > 1) {
        return `{${start + (stop ? "," + stop : "")}}`;
      }
      return "";
    }
    function toCharacterClass(a, b3, options) {
      return `[${a}${b3 - a === 1 ? "" : "-"}${b3}]`;
    }
    function hasPadding(str) {
      return /^-?(0+)\d/.test(str);
    }
    function padZeros(value, tok, options) {
      if (!tok.isPadded) {
        return value;
      }
      let diff = Math.abs(tok.maxLen - String(value).length);
      let relax = options.relaxZeros !== false;
      switch (diff) {
        case 0:
          return "";
        case 1:
          return relax ? "0?" : "0";
        case 2:
          return relax ? "0{0,2}" : "00";
        default: {
          return relax ? `0{0,${diff}}` : `0{${diff}}`;
        }
      }
    }
    toRegexRange.cache = {};
    toRegexRange.clearCache = () => toRegexRange.cache = {};
    module2.exports = toRegexRange;
  }
});

// node_modules/fill-range/index.js
var require_fill_range = __commonJS({
  "node_modules/fill-range/index.js"(exports2, module2) {
    "use strict";
    var util = require("util");
    var toRegexRange = require_to_regex_range();
    var isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    var transform = (toNumber) => {
      return (value) => toNumber === true ? Number(value) : String(value);
    };
    var isValidValue = (value) => {
      return typeof value === "number" || typeof value === "string" && value !== "";
    };
    var isNumber = (num) => Number.isInteger(+num);
    var zeros = (input) => {
      let value = `${input}`;
      let index = -1;
      if (value[0] === "-") value = value.slice(1);
      if (value === "0") return false;
      while (value[++index] === "0") ;
      return index > 0;
    };
    var stringify = (start, end, options) => {
      if (typeof start === "string" || typeof end === "string") {
        return true;
      }
      return options.stringify === true;
    };
    var pad = (input, maxLength, toNumber) => {
      if (maxLength > 0) {
        let dash = input[0] === "-" ? "-" : "";
        if (dash) input = input.slice(1);
        input = dash + input.padStart(dash ? maxLength - 1 : maxLength, "0");
      }
      if (toNumber === false) {
        return String(input);
      }
      return input;
    };
    var toMaxLen = (input, maxLength) => {
      let negative = input[0] === "-" ? "-" : "";
      if (negative) {
        input = input.slice(1);
        maxLength--;
      }
      while (input.length < maxLength) input = "0" + input;
      return negative ? "-" + input : input;
    };
    var toSequence = (parts, options, maxLen) => {
      parts.negatives.sort((a, b3) => a < b3 ? -1 : a > b3 ? 1 : 0);
      parts.positives.sort((a, b3) => a < b3 ? -1 : a > b3 ? 1 : 0);
      let prefix = options.capture ? "" : "?:";
      let positives = "";
      let negatives = "";
      let result2;
      if (parts.positives.length) {
        positives = parts.positives.map((v2) => toMaxLen(String(v2), maxLen)).join("|");
      }
      if (parts.negatives.length) {
        negatives = `-(${prefix}${parts.negatives.map((v2) => toMaxLen(String(v2), maxLen)).join("|")})`;
      }
      if (positives && negatives) {
        result2 = `${positives}|${negatives}`;
      } else {
        result2 = positives || negatives;
      }
      if (options.wrap) {
        return `(${prefix}${result2})`;
      }
      return result2;
    };
    var toRange = (a, b3, isNumbers, options) => {
      if (isNumbers) {
        return toRegexRange(a, b3, { wrap: false, ...options });
      }
      let start = String.fromCharCode(a);
      if (a === b3) return start;
      let stop = String.fromCharCode(b3);
      return `[${start}-${stop}]`;
    };
    var toRegex = (start, end, options) => {
      if (Array.isArray(start)) {
        let wrap = options.wrap === true;
        let prefix = options.capture ? "" : "?:";
        return wrap ? `(${prefix}${start.join("|")})` : start.join("|");
      }
      return toRegexRange(start, end, options);
    };
    var rangeError = (...args) => {
      return new RangeError("Invalid range arguments: " + util.inspect(...args));
    };
    var invalidRange = (start, end, options) => {
      if (options.strictRanges === true) throw rangeError([start, end]);
      return [];
    };
    var invalidStep = (step, options) => {
      if (options.strictRanges === true) {
        throw new TypeError(`Expected step "${step}" to be a number`);
      }
      return [];
    };
    var fillNumbers = (start, end, step = 1, options = {}) => {
      let a = Number(start);
      let b3 = Number(end);
      if (!Number.isInteger(a) || !Number.isInteger(b3)) {
        if (options.strictRanges === true) throw rangeError([start, end]);
        return [];
      }
      if (a === 0) a = 0;
      if (b3 === 0) b3 = 0;
      let descending = a > b3;
      let startString = String(start);
      let endString = String(end);
      let stepString = String(step);
      step = Math.max(Math.abs(step), 1);
      let padded = zeros(startString) || zeros(endString) || zeros(stepString);
      let maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0;
      let toNumber = padded === false && stringify(start, end, options) === false;
      let format3 = options.transform || transform(toNumber);
      if (options.toRegex && step === 1) {
        return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options);
      }
      let parts = { negatives: [], positives: [] };
      let push = (num) => parts[num < 0 ? "negatives" : "positives"].push(Math.abs(num));
      let range = [];
      let index = 0;
      while (descending ? a >= b3 : a <= b3) {
        if (options.toRegex === true && step > 1) {
          push(a);
        } else {
          range.push(pad(format3(a, index), maxLen, toNumber));
        }
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return step > 1 ? toSequence(parts, options, maxLen) : toRegex(range, null, { wrap: false, ...options });
      }
      return range;
    };
    var fillLetters = (start, end, step = 1, options = {}) => {
      if (!isNumber(start) && start.length > 1 || !isNumber(end) && end.length > 1) {
        return invalidRange(start, end, options);
      }
      let format3 = options.transform || ((val) => String.fromCharCode(val));
      let a = `${start}`.charCodeAt(0);
      let b3 = `${end}`.charCodeAt(0);
      let descending = a > b3;
      let min = Math.min(a, b3);
      let max = Math.max(a, b3);
      if (options.toRegex && step === 1) {
        return toRange(min, max, false, options);
      }
      let range = [];
      let index = 0;
      while (descending ? a >= b3 : a <= b3) {
        range.push(format3(a, index));
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return toRegex(range, null, { wrap: false, options });
      }
      return range;
    };
    var fill = (start, end, step, options = {}) => {
      if (end == null && isValidValue(start)) {
        return [start];
      }
      if (!isValidValue(start) || !isValidValue(end)) {
        return invalidRange(start, end, options);
      }
      if (typeof step === "function") {
        return fill(start, end, 1, { transform: step });
      }
      if (isObject(step)) {
        return fill(start, end, 0, step);
      }
      let opts = { ...options };
      if (opts.capture === true) opts.wrap = true;
      step = step || opts.step || 1;
      if (!isNumber(step)) {
        if (step != null && !isObject(step)) return invalidStep(step, opts);
        return fill(start, end, 1, step);
      }
      if (isNumber(start) && isNumber(end)) {
        return fillNumbers(start, end, step, opts);
      }
      return fillLetters(start, end, Math.max(Math.abs(step), 1), opts);
    };
    module2.exports = fill;
  }
});

// node_modules/braces/lib/compile.js
var require_compile = __commonJS({
  "node_modules/braces/lib/compile.js"(exports2, module2) {
    "use strict";
    var fill = require_fill_range();
    var utils = require_utils();
    var compile = (ast, options = {}) => {
      const walk = (node, parent = {}) => {
        const invalidBlock = utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        const invalid = invalidBlock === true || invalidNode === true;
        const prefix = options.escapeInvalid === true ? "\\" : "";
        let output = "";
        if (node.isOpen === true) {
          return prefix + node.value;
        }
        if (node.isClose === true) {
          console.log("node.isClose", prefix, node.value);
          return prefix + node.value;
        }
        if (node.type === "open") {
          return invalid ? prefix + node.value : "(";
        }
        if (node.type === "close") {
          return invalid ? prefix + node.value : ")";
        }
        if (node.type === "comma") {
          return node.prev.type === "comma" ? "" : invalid ? node.value : "|";
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          const range = fill(...args, { ...options, wrap: false, toRegex: true, strictZeros: true });
          if (range.length !== 0) {
            return args.length > 1 && range.length > 1 ? `(${range})` : range;
          }
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += walk(child, node);
          }
        }
        return output;
      };
      return walk(ast);
    };
    module2.exports = compile;
  }
});

// node_modules/braces/lib/expand.js
var require_expand = __commonJS({
  "node_modules/braces/lib/expand.js"(exports2, module2) {
    "use strict";
    var fill = require_fill_range();
    var stringify = require_stringify();
    var utils = require_utils();
    var append = (queue = "", stash = "", enclose = false) => {
      const result2 = [];
      queue = [].concat(queue);
      stash = [].concat(stash);
      if (!stash.length) return queue;
      if (!queue.length) {
        return enclose ? utils.flatten(stash).map((ele) => `{${ele}}`) : stash;
      }
      for (const item of queue) {
        if (Array.isArray(item)) {
          for (const value of item) {
            result2.push(append(value, stash, enclose));
          }
        } else {
          for (let ele of stash) {
            if (enclose === true && typeof ele === "string") ele = `{${ele}}`;
            result2.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
          }
        }
      }
      return utils.flatten(result2);
    };
    var expand = (ast, options = {}) => {
      const rangeLimit = options.rangeLimit === void 0 ? 1e3 : options.rangeLimit;
      const walk = (node, parent = {}) => {
        node.queue = [];
        let p2 = parent;
        let q3 = parent.queue;
        while (p2.type !== "brace" && p2.type !== "root" && p2.parent) {
          p2 = p2.parent;
          q3 = p2.queue;
        }
        if (node.invalid || node.dollar) {
          q3.push(append(q3.pop(), stringify(node, options)));
          return;
        }
        if (node.type === "brace" && node.invalid !== true && node.nodes.length === 2) {
          q3.push(append(q3.pop(), ["{}"]));
          return;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          if (utils.exceedsLimit(...args, options.step, rangeLimit)) {
            throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
          }
          let range = fill(...args, options);
          if (range.length === 0) {
            range = stringify(node, options);
          }
          q3.push(append(q3.pop(), range));
          node.nodes = [];
          return;
        }
        const enclose = utils.encloseBrace(node);
        let queue = node.queue;
        let block = node;
        while (block.type !== "brace" && block.type !== "root" && block.parent) {
          block = block.parent;
          queue = block.queue;
        }
        for (let i = 0; i < node.nodes.length; i++) {
          const child = node.nodes[i];
          if (child.type === "comma" && node.type === "brace") {
            if (i === 1) queue.push("");
            queue.push("");
            continue;
          }
          if (child.type === "close") {
            q3.push(append(q3.pop(), queue, enclose));
            continue;
          }
          if (child.value && child.type !== "open") {
            queue.push(append(queue.pop(), child.value));
            continue;
          }
          if (child.nodes) {
            walk(child, node);
          }
        }
        return queue;
      };
      return utils.flatten(walk(ast));
    };
    module2.exports = expand;
  }
});

// node_modules/braces/lib/constants.js
var require_constants = __commonJS({
  "node_modules/braces/lib/constants.js"(exports2, module2) {
    "use strict";
    module2.exports = {
      MAX_LENGTH: 1e4,
      // Digits
      CHAR_0: "0",
      /* 0 */
      CHAR_9: "9",
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: "A",
      /* A */
      CHAR_LOWERCASE_A: "a",
      /* a */
      CHAR_UPPERCASE_Z: "Z",
      /* Z */
      CHAR_LOWERCASE_Z: "z",
      /* z */
      CHAR_LEFT_PARENTHESES: "(",
      /* ( */
      CHAR_RIGHT_PARENTHESES: ")",
      /* ) */
      CHAR_ASTERISK: "*",
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: "&",
      /* & */
      CHAR_AT: "@",
      /* @ */
      CHAR_BACKSLASH: "\\",
      /* \ */
      CHAR_BACKTICK: "`",
      /* ` */
      CHAR_CARRIAGE_RETURN: "\r",
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: "^",
      /* ^ */
      CHAR_COLON: ":",
      /* : */
      CHAR_COMMA: ",",
      /* , */
      CHAR_DOLLAR: "$",
      /* . */
      CHAR_DOT: ".",
      /* . */
      CHAR_DOUBLE_QUOTE: '"',
      /* " */
      CHAR_EQUAL: "=",
      /* = */
      CHAR_EXCLAMATION_MARK: "!",
      /* ! */
      CHAR_FORM_FEED: "\f",
      /* \f */
      CHAR_FORWARD_SLASH: "/",
      /* / */
      CHAR_HASH: "#",
      /* # */
      CHAR_HYPHEN_MINUS: "-",
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: "<",
      /* < */
      CHAR_LEFT_CURLY_BRACE: "{",
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: "[",
      /* [ */
      CHAR_LINE_FEED: "\n",
      /* \n */
      CHAR_NO_BREAK_SPACE: "\xA0",
      /* \u00A0 */
      CHAR_PERCENT: "%",
      /* % */
      CHAR_PLUS: "+",
      /* + */
      CHAR_QUESTION_MARK: "?",
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: ">",
      /* > */
      CHAR_RIGHT_CURLY_BRACE: "}",
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: "]",
      /* ] */
      CHAR_SEMICOLON: ";",
      /* ; */
      CHAR_SINGLE_QUOTE: "'",
      /* ' */
      CHAR_SPACE: " ",
      /*   */
      CHAR_TAB: "	",
      /* \t */
      CHAR_UNDERSCORE: "_",
      /* _ */
      CHAR_VERTICAL_LINE: "|",
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: "\uFEFF"
      /* \uFEFF */
    };
  }
});

// node_modules/braces/lib/parse.js
var require_parse = __commonJS({
  "node_modules/braces/lib/parse.js"(exports2, module2) {
    "use strict";
    var stringify = require_stringify();
    var {
      MAX_LENGTH,
      CHAR_BACKSLASH,
      /* \ */
      CHAR_BACKTICK,
      /* ` */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_RIGHT_SQUARE_BRACKET,
      /* ] */
      CHAR_DOUBLE_QUOTE,
      /* " */
      CHAR_SINGLE_QUOTE,
      /* ' */
      CHAR_NO_BREAK_SPACE,
      CHAR_ZERO_WIDTH_NOBREAK_SPACE
    } = require_constants();
    var parse3 = (input, options = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      const opts = options || {};
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      if (input.length > max) {
        throw new SyntaxError(`Input length (${input.length}), exceeds max characters (${max})`);
      }
      const ast = { type: "root", input, nodes: [] };
      const stack = [ast];
      let block = ast;
      let prev = ast;
      let brackets = 0;
      const length = input.length;
      let index = 0;
      let depth = 0;
      let value;
      const advance = () => input[index++];
      const push = (node) => {
        if (node.type === "text" && prev.type === "dot") {
          prev.type = "text";
        }
        if (prev && prev.type === "text" && node.type === "text") {
          prev.value += node.value;
          return;
        }
        block.nodes.push(node);
        node.parent = block;
        node.prev = prev;
        prev = node;
        return node;
      };
      push({ type: "bos" });
      while (index < length) {
        block = stack[stack.length - 1];
        value = advance();
        if (value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE) {
          continue;
        }
        if (value === CHAR_BACKSLASH) {
          push({ type: "text", value: (options.keepEscaping ? value : "") + advance() });
          continue;
        }
        if (value === CHAR_RIGHT_SQUARE_BRACKET) {
          push({ type: "text", value: "\\" + value });
          continue;
        }
        if (value === CHAR_LEFT_SQUARE_BRACKET) {
          brackets++;
          let next;
          while (index < length && (next = advance())) {
            value += next;
            if (next === CHAR_LEFT_SQUARE_BRACKET) {
              brackets++;
              continue;
            }
            if (next === CHAR_BACKSLASH) {
              value += advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              brackets--;
              if (brackets === 0) {
                break;
              }
            }
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_PARENTHESES) {
          block = push({ type: "paren", nodes: [] });
          stack.push(block);
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_RIGHT_PARENTHESES) {
          if (block.type !== "paren") {
            push({ type: "text", value });
            continue;
          }
          block = stack.pop();
          push({ type: "text", value });
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
          const open = value;
          let next;
          if (options.keepQuotes !== true) {
            value = "";
          }
          while (index < length && (next = advance())) {
            if (next === CHAR_BACKSLASH) {
              value += next + advance();
              continue;
            }
            if (next === open) {
              if (options.keepQuotes === true) value += next;
              break;
            }
            value += next;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_CURLY_BRACE) {
          depth++;
          const dollar = prev.value && prev.value.slice(-1) === "$" || block.dollar === true;
          const brace = {
            type: "brace",
            open: true,
            close: false,
            dollar,
            depth,
            commas: 0,
            ranges: 0,
            nodes: []
          };
          block = push(brace);
          stack.push(block);
          push({ type: "open", value });
          continue;
        }
        if (value === CHAR_RIGHT_CURLY_BRACE) {
          if (block.type !== "brace") {
            push({ type: "text", value });
            continue;
          }
          const type = "close";
          block = stack.pop();
          block.close = true;
          push({ type, value });
          depth--;
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_COMMA && depth > 0) {
          if (block.ranges > 0) {
            block.ranges = 0;
            const open = block.nodes.shift();
            block.nodes = [open, { type: "text", value: stringify(block) }];
          }
          push({ type: "comma", value });
          block.commas++;
          continue;
        }
        if (value === CHAR_DOT && depth > 0 && block.commas === 0) {
          const siblings = block.nodes;
          if (depth === 0 || siblings.length === 0) {
            push({ type: "text", value });
            continue;
          }
          if (prev.type === "dot") {
            block.range = [];
            prev.value += value;
            prev.type = "range";
            if (block.nodes.length !== 3 && block.nodes.length !== 5) {
              block.invalid = true;
              block.ranges = 0;
              prev.type = "text";
              continue;
            }
            block.ranges++;
            block.args = [];
            continue;
          }
          if (prev.type === "range") {
            siblings.pop();
            const before = siblings[siblings.length - 1];
            before.value += prev.value + value;
            prev = before;
            block.ranges--;
            continue;
          }
          push({ type: "dot", value });
          continue;
        }
        push({ type: "text", value });
      }
      do {
        block = stack.pop();
        if (block.type !== "root") {
          block.nodes.forEach((node) => {
            if (!node.nodes) {
              if (node.type === "open") node.isOpen = true;
              if (node.type === "close") node.isClose = true;
              if (!node.nodes) node.type = "text";
              node.invalid = true;
            }
          });
          const parent = stack[stack.length - 1];
          const index2 = parent.nodes.indexOf(block);
          parent.nodes.splice(index2, 1, ...block.nodes);
        }
      } while (stack.length > 0);
      push({ type: "eos" });
      return ast;
    };
    module2.exports = parse3;
  }
});

// node_modules/braces/index.js
var require_braces = __commonJS({
  "node_modules/braces/index.js"(exports2, module2) {
    "use strict";
    var stringify = require_stringify();
    var compile = require_compile();
    var expand = require_expand();
    var parse3 = require_parse();
    var braces = (input, options = {}) => {
      let output = [];
      if (Array.isArray(input)) {
        for (const pattern of input) {
          const result2 = braces.create(pattern, options);
          if (Array.isArray(result2)) {
            output.push(...result2);
          } else {
            output.push(result2);
          }
        }
      } else {
        output = [].concat(braces.create(input, options));
      }
      if (options && options.expand === true && options.nodupes === true) {
        output = [...new Set(output)];
      }
      return output;
    };
    braces.parse = (input, options = {}) => parse3(input, options);
    braces.stringify = (input, options = {}) => {
      if (typeof input === "string") {
        return stringify(braces.parse(input, options), options);
      }
      return stringify(input, options);
    };
    braces.compile = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      return compile(input, options);
    };
    braces.expand = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      let result2 = expand(input, options);
      if (options.noempty === true) {
        result2 = result2.filter(Boolean);
      }
      if (options.nodupes === true) {
        result2 = [...new Set(result2)];
      }
      return result2;
    };
    braces.create = (input, options = {}) => {
      if (input === "" || input.length < 3) {
        return [input];
      }
      return options.expand !== true ? braces.compile(input, options) : braces.expand(input, options);
    };
    module2.exports = braces;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports2, module2) {
    "use strict";
    var path = require("path");
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module2.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      SEP: path.sep,
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports2) {
    "use strict";
    var path = require("path");
    var win32 = process.platform === "win32";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants2();
    exports2.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports2.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports2.isRegexChar = (str) => str.length === 1 && exports2.hasRegexChars(str);
    exports2.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports2.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports2.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports2.supportsLookbehinds = () => {
      const segs = process.version.slice(1).split(".").map(Number);
      if (segs.length === 3 && segs[0] >= 9 || segs[0] === 8 && segs[1] >= 10) {
        return true;
      }
      return false;
    };
    exports2.isWindows = (options) => {
      if (options && typeof options.windows === "boolean") {
        return options.windows;
      }
      return win32 === true || path.sep === "\\";
    };
    exports2.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports2.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports2.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports2.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports2, module2) {
    "use strict";
    var utils = require_utils2();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants2();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  code = advance();
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES) {
                  isGlob = token.isGlob = true;
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = true;
                code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n = prevIndex ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value = input.slice(n, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (idx !== 0 || value !== "") {
            parts.push(value);
          }
          prevIndex = i;
        }
        if (prevIndex && prevIndex + 1 < input.length) {
          const value = input.slice(prevIndex + 1);
          parts.push(value);
          if (opts.tokens) {
            tokens[tokens.length - 1].value = value;
            depth(tokens[tokens.length - 1]);
            state.maxDepth += tokens[tokens.length - 1].depth;
          }
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module2.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports2, module2) {
    "use strict";
    var constants3 = require_constants2();
    var utils = require_utils2();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants3;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v2) => utils.escapeRegex(v2)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j3 = i + 1; j3 < values.length; j3++) {
          const a = values[i];
          const b3 = values[j3];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b3 !== char.repeat(b3.length)) {
            continue;
          }
          if (a === b3 || a.startsWith(b3) || b3.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var getStarExtglobSequenceOutput = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants3.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      for (const branch of branches) {
        const safeOutput = getStarExtglobSequenceOutput(branch);
        if (safeOutput) {
          return { risky: true, safeOutput };
        }
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      return { risky: false };
    };
    var parse3 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const win32 = utils.isWindows(options);
      const PLATFORM_CHARS = constants3.globChars(win32);
      const EXTGLOB_CHARS = constants3.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.value += tok.value;
          prev.output = (prev.output || "") + tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse3(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m2, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m2;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m2 : `\\${m2}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m2) => {
              return m2.length % 2 === 0 ? "\\\\" : m2 ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t2 of toks) {
              state.output += t2.output || t2.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (next === "<" && !utils.supportsLookbehinds()) {
              throw new Error("Node.js v10 or higher is required for regex lookbehinds");
            }
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse3.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const win32 = utils.isWindows(options);
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants3.globChars(win32);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module2.exports = parse3;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports2, module2) {
    "use strict";
    var path = require("path");
    var scan = require_scan();
    var parse3 = require_parse2();
    var utils = require_utils2();
    var constants3 = require_constants2();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = utils.isWindows(options);
      const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
        const result2 = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result2);
        }
        if (isMatch === false) {
          result2.isMatch = false;
          return returnObject ? result2 : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result2);
          }
          result2.isMatch = false;
          return returnObject ? result2 : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result2);
        }
        return returnObject ? result2 : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format3 = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format3 ? format3(input) : input;
      if (match === false) {
        output = format3 ? format3(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch.matchBase = (input, glob, options, posix = utils.isWindows(options)) => {
      const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
      return regex.test(path.basename(input));
    };
    picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    picomatch.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p2) => picomatch.parse(p2, options));
      return parse3(pattern, { ...options, fastpaths: false });
    };
    picomatch.scan = (input, options) => scan(input, options);
    picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse3.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse3(input, options);
      }
      return picomatch.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch.constants = constants3;
    module2.exports = picomatch;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports2, module2) {
    "use strict";
    module2.exports = require_picomatch();
  }
});

// node_modules/micromatch/index.js
var require_micromatch = __commonJS({
  "node_modules/micromatch/index.js"(exports2, module2) {
    "use strict";
    var util = require("util");
    var braces = require_braces();
    var picomatch = require_picomatch2();
    var utils = require_utils2();
    var isEmptyString = (v2) => v2 === "" || v2 === "./";
    var hasBraces = (v2) => {
      const index = v2.indexOf("{");
      return index > -1 && v2.indexOf("}", index) > -1;
    };
    var micromatch = (list, patterns, options) => {
      patterns = [].concat(patterns);
      list = [].concat(list);
      let omit = /* @__PURE__ */ new Set();
      let keep = /* @__PURE__ */ new Set();
      let items = /* @__PURE__ */ new Set();
      let negatives = 0;
      let onResult = (state) => {
        items.add(state.output);
        if (options && options.onResult) {
          options.onResult(state);
        }
      };
      for (let i = 0; i < patterns.length; i++) {
        let isMatch = picomatch(String(patterns[i]), { ...options, onResult }, true);
        let negated = isMatch.state.negated || isMatch.state.negatedExtglob;
        if (negated) negatives++;
        for (let item of list) {
          let matched = isMatch(item, true);
          let match = negated ? !matched.isMatch : matched.isMatch;
          if (!match) continue;
          if (negated) {
            omit.add(matched.output);
          } else {
            omit.delete(matched.output);
            keep.add(matched.output);
          }
        }
      }
      let result2 = negatives === patterns.length ? [...items] : [...keep];
      let matches = result2.filter((item) => !omit.has(item));
      if (options && matches.length === 0) {
        if (options.failglob === true) {
          throw new Error(`No matches found for "${patterns.join(", ")}"`);
        }
        if (options.nonull === true || options.nullglob === true) {
          return options.unescape ? patterns.map((p2) => p2.replace(/\\/g, "")) : patterns;
        }
      }
      return matches;
    };
    micromatch.match = micromatch;
    micromatch.matcher = (pattern, options) => picomatch(pattern, options);
    micromatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    micromatch.any = micromatch.isMatch;
    micromatch.not = (list, patterns, options = {}) => {
      patterns = [].concat(patterns).map(String);
      let result2 = /* @__PURE__ */ new Set();
      let items = [];
      let onResult = (state) => {
        if (options.onResult) options.onResult(state);
        items.push(state.output);
      };
      let matches = new Set(micromatch(list, patterns, { ...options, onResult }));
      for (let item of items) {
        if (!matches.has(item)) {
          result2.add(item);
        }
      }
      return [...result2];
    };
    micromatch.contains = (str, pattern, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      if (Array.isArray(pattern)) {
        return pattern.some((p2) => micromatch.contains(str, p2, options));
      }
      if (typeof pattern === "string") {
        if (isEmptyString(str) || isEmptyString(pattern)) {
          return false;
        }
        if (str.includes(pattern) || str.startsWith("./") && str.slice(2).includes(pattern)) {
          return true;
        }
      }
      return micromatch.isMatch(str, pattern, { ...options, contains: true });
    };
    micromatch.matchKeys = (obj, patterns, options) => {
      if (!utils.isObject(obj)) {
        throw new TypeError("Expected the first argument to be an object");
      }
      let keys = micromatch(Object.keys(obj), patterns, options);
      let res = {};
      for (let key of keys) res[key] = obj[key];
      return res;
    };
    micromatch.some = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (items.some((item) => isMatch(item))) {
          return true;
        }
      }
      return false;
    };
    micromatch.every = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (!items.every((item) => isMatch(item))) {
          return false;
        }
      }
      return true;
    };
    micromatch.all = (str, patterns, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      return [].concat(patterns).every((p2) => picomatch(p2, options)(str));
    };
    micromatch.capture = (glob, input, options) => {
      let posix = utils.isWindows(options);
      let regex = picomatch.makeRe(String(glob), { ...options, capture: true });
      let match = regex.exec(posix ? utils.toPosixSlashes(input) : input);
      if (match) {
        return match.slice(1).map((v2) => v2 === void 0 ? "" : v2);
      }
    };
    micromatch.makeRe = (...args) => picomatch.makeRe(...args);
    micromatch.scan = (...args) => picomatch.scan(...args);
    micromatch.parse = (patterns, options) => {
      let res = [];
      for (let pattern of [].concat(patterns || [])) {
        for (let str of braces(String(pattern), options)) {
          res.push(picomatch.parse(str, options));
        }
      }
      return res;
    };
    micromatch.braces = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      if (options && options.nobrace === true || !hasBraces(pattern)) {
        return [pattern];
      }
      return braces(pattern, options);
    };
    micromatch.braceExpand = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      return micromatch.braces(pattern, { ...options, expand: true });
    };
    micromatch.hasBraces = hasBraces;
    module2.exports = micromatch;
  }
});

// src/config/path-filter.ts
async function makePathFilter(include, exclude, ignoreGlobs) {
  if (include.length === 0 && exclude.length === 0 && ignoreGlobs.length === 0) {
    return { selected: () => true, ignoredBy: () => void 0 };
  }
  const { default: micromatch } = await Promise.resolve().then(() => __toESM(require_micromatch(), 1));
  const matchers = (globs) => globs.map((g2) => {
    const glob = g2.replace(/\/$/, "/**");
    return micromatch.matcher(glob, optionsFor(glob));
  });
  const inc = matchers(include);
  const exc = matchers(exclude);
  const ign = ignoreGlobs.map((e) => ({ e, m: matchers([e.pattern])[0] }));
  return {
    selected: (p2) => (inc.length === 0 || inc.some((m2) => m2(p2))) && !exc.some((m2) => m2(p2)),
    ignoredBy: (p2) => ign.find(({ m: m2 }) => m2(p2))?.e
  };
}
var optionsFor;
var init_path_filter = __esm({
  "src/config/path-filter.ts"() {
    "use strict";
    optionsFor = (glob) => ({ dot: true, basename: !glob.includes("/") });
  }
});

// src/cli/settings.ts
function settingsFiles(base, opts, cwd) {
  return { ignore: (0, import_node_path6.join)(base, IGNORE_FILE_NAME), config: opts.config ? (0, import_node_path6.resolve)(cwd, opts.config) : (0, import_node_path6.join)(base, CONFIG_FILE_NAME), configRequired: opts.config !== void 0 };
}
async function loadSettings(base, opts, cwd, source = workTreeFiles, configRequired = true) {
  const files = settingsFiles(base, opts, cwd);
  const ignore = await readIgnoreFile(files.ignore, source);
  const config = await readConfigFile(files.config, configRequired && files.configRequired, source);
  const filter = await makePathFilter([...opts.include, ...config?.include ?? []], [...opts.exclude, ...config?.exclude ?? []], ignore?.globs ?? []);
  return { ignore, filter };
}
var import_node_path6;
var init_settings = __esm({
  "src/cli/settings.ts"() {
    "use strict";
    import_node_path6 = require("node:path");
    init_config_file();
    init_file_source();
    init_ignore_file();
    init_path_filter();
  }
});

// src/git/history.ts
async function stashCommits(at2) {
  try {
    const out = (await gitBytes([...at2.pin, "reflog", "show", "--format=%H", "refs/stash", "--"], at2.cwd, at2.env)).toString("utf8");
    return out.split("\n").filter((l3) => /^[0-9a-f]{40,64}$/.test(l3));
  } catch {
    return [];
  }
}
async function shallowBoundaryReached(at2, spec) {
  const file = (await gitBytes([...at2.pin, "rev-parse", "--git-path", "shallow"], at2.cwd, at2.env)).toString("utf8").replace(/\n$/, "");
  let listed;
  try {
    listed = (0, import_node_fs7.readFileSync)((0, import_node_path7.resolve)(at2.cwd, file), "utf8");
  } catch {
    return [];
  }
  const boundary = new Set(listed.split("\n").filter((l3) => /^[0-9a-f]{40,64}$/.test(l3)));
  if (boundary.size === 0) return [];
  const commits = await gitBytes([...at2.pin, "rev-list", ...revArgs(spec)], at2.cwd, at2.env);
  return commits.toString("latin1").split("\n").filter((c3) => boundary.has(c3));
}
async function reachableBlobs(at2, spec) {
  const listing = await gitBytes([...at2.pin, "rev-list", "--objects", "--missing=print", "--filter=object:type=blob", ...revArgs(spec)], at2.cwd, at2.env);
  const paths2 = /* @__PURE__ */ new Map();
  const missing = [];
  let last = null;
  for (const line of listing.toString("utf8").split("\n")) {
    const m2 = /^([0-9a-f]{40,64})(?: (.*))?$/.exec(line);
    if (line.startsWith("?")) {
      missing.push(line.slice(1));
      last = null;
    } else if (m2) {
      last = m2[2] !== void 0 ? m2[1] : null;
      if (last && !paths2.has(last)) paths2.set(last, m2[2]);
    } else if (last && line) {
      paths2.set(last, `${paths2.get(last)}
${line}`);
    }
  }
  const sizes = await batchCheck(at2, [...paths2.keys()]);
  return { blobs: [...paths2].map(([sha2, path]) => ({ sha: sha2, path, size: sizes.get(sha2) ?? 0 })), missing };
}
async function batchCheck(at2, shas) {
  const sizes = /* @__PURE__ */ new Map();
  if (shas.length === 0) return sizes;
  const out = await gitBytes([...at2.pin, "cat-file", "--batch-check=%(objectname) %(objecttype) %(objectsize)"], at2.cwd, at2.env, shas.join("\n") + "\n");
  for (const line of out.toString("latin1").split("\n")) {
    const [sha2, type, size] = line.split(" ");
    if (type === "blob") sizes.set(sha2, Number(size));
  }
  return sizes;
}
async function blobSightings(at2, spec, blobs) {
  const out = await gitBytes(
    [...at2.pin, "log", "--raw", "-z", "--no-abbrev", "--no-renames", "--no-ext-diff", "--no-textconv", "--diff-merges=first-parent", "--format=%x01%H%x00%an <%ae>%x00%aI%x00%s", ...revArgs(spec)],
    at2.cwd,
    at2.env
  );
  const seen = /* @__PURE__ */ new Map();
  let order = 0;
  for (const record of out.toString("utf8").split("").slice(1)) {
    const fields = splitNul(Buffer.from(record, "utf8")).map((b3) => b3.toString("utf8"));
    const [hash, author, date, subjectAndRest] = fields;
    if (!hash) continue;
    const commit = { hash, author: author ?? "", date: date ?? "", subject: (subjectAndRest ?? "").split("\n")[0] };
    order++;
    for (let i = 4; i < fields.length; i++) {
      const meta = /^\n?:(\d+) (\d+) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])/.exec(fields[i]);
      if (!meta) continue;
      const path = fields[i + 1] ?? "";
      i++;
      const newSha = meta[4];
      if (meta[5] !== "D" && blobs.has(newSha)) {
        const list = seen.get(newSha) ?? [];
        list.push({ commit, path, order });
        seen.set(newSha, list);
      }
    }
  }
  return seen;
}
async function headBlobs(at2) {
  try {
    const out = await gitBytes([...at2.pin, "ls-tree", "-r", "-z", "--full-tree", "HEAD"], at2.cwd, at2.env);
    const set = /* @__PURE__ */ new Set();
    for (const entry of splitNul(out)) {
      const m2 = /^\d+ blob ([0-9a-f]+)\t/.exec(entry.toString("latin1"));
      if (m2) set.add(m2[1]);
    }
    return set;
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
var import_node_fs7, import_node_path7, revArgs;
var init_history = __esm({
  "src/git/history.ts"() {
    "use strict";
    import_node_fs7 = require("node:fs");
    import_node_path7 = require("node:path");
    init_git();
    revArgs = (r2) => [...r2.flags, "--end-of-options", ...r2.revs, "--"];
  }
});

// src/git/commit.ts
function commitFiles(at2, commit, top) {
  const inRepo = (absPath) => {
    const rel = (0, import_node_path8.relative)(top, absPath);
    return rel === "" || rel.startsWith("..") || (0, import_node_path8.isAbsolute)(rel) ? null : rel.split(import_node_path8.sep).join("/");
  };
  return {
    async read(absPath) {
      const rel = inRepo(absPath);
      if (rel === null) return workTreeFiles.read(absPath);
      if (commit === null) return null;
      const r2 = await gitRun([...at2.pin, "cat-file", "blob", `${commit}:${rel}`], at2.cwd, at2.env);
      return r2.code === 0 ? r2.stdout.toString("utf8") : null;
    },
    name(absPath) {
      const rel = inRepo(absPath);
      return rel === null ? absPath : `${rel} (at ${commit?.slice(0, 12) ?? "the range's start"})`;
    }
  };
}
async function absentCommits(at2, shas) {
  if (shas.length === 0) return [];
  const out = await gitBytes([...at2.pin, "cat-file", "--batch-check=%(objecttype)"], at2.cwd, at2.env, shas.map((s) => `${s}^{commit}`).join("\n") + "\n");
  const answers = out.toString("latin1").split("\n");
  return shas.filter((_3, i) => answers[i] !== "commit");
}
async function parentOfOldest(at2, spec) {
  const out = await gitBytes([...at2.pin, "rev-list", "--topo-order", "--parents", ...revArgs(spec)], at2.cwd, at2.env);
  const lines = out.toString("latin1").trimEnd().split("\n").filter(Boolean);
  const oldest = lines[lines.length - 1]?.split(" ");
  return oldest?.[1] ?? null;
}
async function blobIdsAt(at2, commit, paths2) {
  const ids = /* @__PURE__ */ new Map();
  if (paths2.length === 0) return ids;
  const r2 = await gitRun([...at2.pin, "ls-tree", "-r", "-z", "--full-tree", "--end-of-options", commit, "--", ...paths2], at2.cwd, { ...at2.env, GIT_LITERAL_PATHSPECS: "1" });
  if (r2.code !== 0) return ids;
  for (const entry of splitNul(r2.stdout)) {
    const tab = entry.indexOf(9);
    const m2 = /^\d+ blob ([0-9a-f]+)$/.exec(entry.subarray(0, tab).toString("latin1"));
    if (m2) ids.set(entry.subarray(tab + 1).toString("utf8"), m2[1]);
  }
  return ids;
}
var import_node_path8;
var init_commit = __esm({
  "src/git/commit.ts"() {
    "use strict";
    import_node_path8 = require("node:path");
    init_file_source();
    init_git();
    init_history();
  }
});

// src/ci/github-event.ts
var github_event_exports = {};
__export(github_event_exports, {
  planEventScan: () => planEventScan,
  readGithubEvent: () => readGithubEvent,
  scanForEvent: () => scanForEvent
});
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
    if (before && !ZERO.test(before)) return { kind: "range", revs: { flags: [], revs: [`${before}..${after}`] }, base: before, commits: [before, after] };
    const branch = typeof payload.ref === "string" ? BRANCH_REF.exec(payload.ref)?.[1] : void 0;
    const flags = ["--not", ...branch ? [`--exclude=*/${branch}`] : [], "--remotes", "--not"];
    return { kind: "range", revs: { flags, revs: [after] }, base: "parent-of-oldest", commits: [after] };
  }
  if (name === "pull_request" || name === "pull_request_target") {
    const base = sha(payload.pull_request?.base?.sha, "pull_request.base.sha");
    const head = sha(payload.pull_request?.head?.sha, "pull_request.head.sha");
    if (base && head) return { kind: "range", revs: { flags: [], revs: [`${base}..${head}`] }, base, commits: [base, head] };
  }
  return { kind: "tree" };
}
async function planEventScan(at2) {
  const scan = await readGithubEvent(at2.env);
  if (scan.kind === "tree") return { warnings: [] };
  const absent = await absentCommits(at2, scan.commits);
  if (absent.length) return { warnings: [messages.range.unknown(absent[0])] };
  const base = scan.base === "parent-of-oldest" ? await parentOfOldest(at2, scan.revs) : scan.base;
  return { range: { revs: scan.revs, base }, warnings: [] };
}
async function readGithubEvent(env) {
  const name = env.GITHUB_EVENT_NAME;
  const path = env.GITHUB_EVENT_PATH;
  if (!name || !path) throw new UsageError("--github-event needs GITHUB_EVENT_NAME and GITHUB_EVENT_PATH (set by GitHub Actions)");
  let text;
  try {
    text = (0, import_node_fs8.readFileSync)(path, "utf8");
  } catch (err) {
    throw new UsageError(`cannot read the GitHub event payload ${path}: ${err.code ?? err.message}`);
  }
  const payload = await parseJsonFile(text, `the GitHub event payload ${path}`);
  if (payload === null || typeof payload !== "object") throw new UsageError(`the GitHub event payload ${path} is not a JSON object`);
  return scanForEvent(name, payload);
}
var import_node_fs8, ZERO, COMMIT_ID, BRANCH_REF;
var init_github_event = __esm({
  "src/ci/github-event.ts"() {
    "use strict";
    import_node_fs8 = require("node:fs");
    init_json();
    init_errors();
    init_commit();
    init_messages();
    ZERO = /^0+$/;
    COMMIT_ID = /^[0-9a-f]{40,64}$/;
    BRANCH_REF = /^refs\/heads\/([^\x00-\x20\x7f~^:?*[\\]+)$/;
  }
});

// src/install/snapshot.ts
function versionLine(manifest) {
  const lines = (0, import_node_fs9.readFileSync)(manifest, "utf8").split("\n");
  const at2 = lines.findIndex((l3) => l3.includes('"version"'));
  return at2 >= 0 && at2 < lines.length - 1 ? lines[at2] : null;
}
function snapshotCheckScript() {
  return `snap="\${0%/*}/${SNAPSHOT_BASE}"
snapshot_usable() {
  [ -f "$snap.blob" ] && [ -f "$snap.stamp" ] && [ ! -e "$snap.stale" ] || return 1
  version=
  while IFS= read -r line; do
    case $line in *'"version"'*) version=$line; break ;; esac
  done 2>/dev/null < "$manifest" || return 1
  IFS= read -r stamp < "$snap.stamp" || return 1
  [ "$stamp" = "${STAMP_KEY} $node $bin $version" ] || return 1
  [ ! "$node" -nt "$snap.stamp" ] && [ ! "$node" -ot "$snap.stamp" ] || return 1
  [ ! "$bin" -nt "$snap.blob" ] && [ ! "$bin" -ot "$snap.blob" ]
}
snapshot_stale() {
  # Said once; the marker keeps later commits quiet until install rebuilds the snapshot.
  [ -e "$snap.stale" ] && return
  echo ${shq(messages.snapshot.stale)} >&2
  : 2>/dev/null > "$snap.stale"
}`;
}
function removeSnapshot(hooksDir) {
  const files = Object.values(snapshotFiles(hooksDir));
  const had = files.some((f3) => (0, import_node_fs9.existsSync)(f3));
  for (const f3 of files) (0, import_node_fs9.rmSync)(f3, { force: true });
  return had;
}
function buildSnapshot(hooksDir, nodePath, binPath) {
  const f3 = snapshotFiles(hooksDir);
  removeSnapshot(hooksDir);
  const fail = (reason) => {
    removeSnapshot(hooksDir);
    return messages.snapshot.notBuilt(reason);
  };
  const entry = (0, import_node_path9.join)((0, import_node_path9.dirname)(binPath), "snapshot.cjs");
  if (!(0, import_node_fs9.existsSync)(entry)) return fail(`${entry} is missing`);
  const version = versionLine(manifestOf(binPath));
  if (version === null) return fail(`no version line in ${manifestOf(binPath)}`);
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const built = spawnSync(nodePath, ["--snapshot-blob", f3.building, "--build-snapshot", entry], { env, encoding: "utf8", timeout: 12e4 });
  if (built.status !== 0 || !(0, import_node_fs9.existsSync)(f3.building)) return fail(firstLine(built.stderr) || built.error?.message || `exit code ${built.status}`);
  const nodeVersion = spawnSync(nodePath, ["--version"], { encoding: "utf8" }).stdout.trim();
  (0, import_node_fs9.renameSync)(f3.building, f3.blob);
  (0, import_node_fs9.writeFileSync)(f3.stampTmp, `${stampLine(nodePath, binPath, version)}
built for Node ${nodeVersion}; the hook uses ${SNAPSHOT_BASE}.blob only while this line, Node and the package are unchanged
`);
  for (const [reference, file] of [[binPath, f3.blob], [nodePath, f3.stampTmp]]) {
    const touched = spawnSync("touch", ["-r", reference, file], { encoding: "utf8" });
    if (touched.status !== 0) return fail(`touch -r: ${firstLine(touched.stderr) || touched.error?.message}`);
  }
  (0, import_node_fs9.renameSync)(f3.stampTmp, f3.stamp);
  return messages.snapshot.built(nodeVersion);
}
var import_node_fs9, import_node_path9, SNAPSHOT_BASE, STAMP_KEY, snapshotFiles, manifestOf, stampLine, shq, firstLine;
var init_snapshot = __esm({
  "src/install/snapshot.ts"() {
    "use strict";
    init_lazy_child_process();
    import_node_fs9 = require("node:fs");
    import_node_path9 = require("node:path");
    init_messages();
    SNAPSHOT_BASE = "pre-commit.snapshot";
    STAMP_KEY = "scan-twitter-secrets-snapshot/1";
    snapshotFiles = (hooksDir) => {
      const base = (0, import_node_path9.join)(hooksDir, SNAPSHOT_BASE);
      return { blob: `${base}.blob`, stamp: `${base}.stamp`, stale: `${base}.stale`, building: `${base}.blob.building`, stampTmp: `${base}.stamp.writing` };
    };
    manifestOf = (binPath) => (0, import_node_path9.join)((0, import_node_path9.dirname)((0, import_node_path9.dirname)(binPath)), "package.json");
    stampLine = (nodePath, binPath, version) => `${STAMP_KEY} ${nodePath} ${binPath} ${version}`;
    shq = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
    firstLine = (s) => (s ?? "").trim().split("\n")[0] ?? "";
  }
});

// src/install/hook.ts
var hook_exports = {};
__export(hook_exports, {
  installHook: () => installHook,
  uninstallHook: () => uninstallHook
});
function plainHookScript(nodePath, binPath) {
  return `#!/bin/sh
# ${MARKER} pre-commit hook: blocks commits that add X (Twitter) API credentials.
# Installed by \`scan-twitter-secrets install\`; remove with \`scan-twitter-secrets uninstall\`.
node=${shq2(nodePath)}
bin=${shq2(binPath)}
manifest=${shq2(manifestOf(binPath))}
[ -x "$node" ] || node="$(command -v node)"
if [ -z "$node" ] || [ ! -f "$bin" ]; then
  echo "scan-twitter-secrets: cannot run $bin (moved or uninstalled?). Reinstall the hook with 'scan-twitter-secrets install', or bypass once with 'git commit --no-verify'." >&2
  exit 2
fi
# Node started from the startup snapshot install built (${SNAPSHOT_BASE}.*) when it still fits this
# Node and this package; the plain bundle otherwise. A snapshot alone never blocks a commit.
${snapshotCheckScript()}
if snapshot_usable; then
  "$node" --snapshot-blob "$snap.blob" -- --staged
  code=$?
  case $code in
    0|1|2|130|143) ;;
    *) snapshot_stale; "$node" "$bin" --staged; code=$? ;;
  esac
else
  [ -f "$snap.stamp" ] && snapshot_stale
  "$node" "$bin" --staged
  code=$?
fi
[ "$code" -eq 0 ] || exit "$code"
chained="$(dirname "$0")/${CHAINED_NAME}"
if [ -x "$chained" ]; then exec "$chained" "$@"; fi
`;
}
function huskyCommand(top, nodePath, binPath) {
  const local = (0, import_node_fs10.existsSync)((0, import_node_path10.join)(top, "node_modules", ".bin", "scan-twitter-secrets"));
  return local ? "scan-twitter-secrets --staged" : `${shq2(nodePath)} ${shq2(binPath)} --staged`;
}
function withoutHuskyScan(text) {
  const lines = linesOf(text);
  const kept = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isLine(line, HUSKY_BEGIN)) {
      const end = lines.findIndex((l3, j3) => j3 > i && isLine(l3, HUSKY_END));
      if (end > i) {
        i = end;
        continue;
      }
    }
    if (!line.includes(LEGACY_HUSKY_TAG)) kept.push(line);
  }
  return kept.join("\n");
}
function usesHusky(top, hooksPath) {
  return hooksPath !== null && /(^|\/)\.husky(\/_)?\/?$/.test(hooksPath) || (0, import_node_fs10.existsSync)((0, import_node_path10.join)(top, ".husky"));
}
async function installHook(cwd, force, nodePath, binPath) {
  const { top, hooksDir, hooksPath } = await repoHookInfo(cwd);
  if (usesHusky(top, hooksPath)) {
    const file2 = (0, import_node_path10.join)(top, ".husky", "pre-commit");
    const existing = (0, import_node_fs10.existsSync)(file2) ? (0, import_node_fs10.readFileSync)(file2, "utf8") : "";
    if (huskyInstalled(existing)) return { lines: [`already installed in ${(0, import_node_path10.relative)(cwd, file2) || file2}`] };
    const command2 = huskyCommand(top, nodePath, binPath);
    if (linesOf(command2).some((l3) => isLine(l3, HUSKY_END))) throw new UsageError("cannot install from a path that contains the end marker of the hook block");
    const block = `${HUSKY_BEGIN}
${command2}
${HUSKY_END}
`;
    (0, import_node_fs10.mkdirSync)((0, import_node_path10.join)(top, ".husky"), { recursive: true });
    (0, import_node_fs10.writeFileSync)(file2, existing && !existing.endsWith("\n") ? `${existing}
${block}` : existing + block);
    (0, import_node_fs10.chmodSync)(file2, 493);
    return { lines: [`added the scan to ${(0, import_node_path10.relative)(cwd, file2) || file2} (husky)`] };
  }
  const file = (0, import_node_path10.join)(hooksDir, "pre-commit");
  const chained = (0, import_node_path10.join)(hooksDir, CHAINED_NAME);
  const lines = [];
  if ((0, import_node_fs10.existsSync)(file)) {
    const existing = (0, import_node_fs10.readFileSync)(file, "utf8");
    if (!existing.includes(`# ${MARKER} pre-commit hook`)) {
      if (!force) {
        throw new UsageError(`a pre-commit hook already exists at ${file}; rerun with --force to keep it and run it after the scan`);
      }
      if ((0, import_node_fs10.existsSync)(chained)) throw new UsageError(`${chained} already exists; move it away first`);
      (0, import_node_fs10.renameSync)(file, chained);
      lines.push(`kept the existing hook as ${chained}; it runs after the scan`);
    }
  }
  (0, import_node_fs10.mkdirSync)(hooksDir, { recursive: true });
  (0, import_node_fs10.writeFileSync)(file, plainHookScript(nodePath, binPath));
  (0, import_node_fs10.chmodSync)(file, 493);
  lines.unshift(`installed the pre-commit hook at ${file}${buildSnapshot(hooksDir, nodePath, binPath)}`);
  return { lines };
}
async function uninstallHook(cwd) {
  const { top, hooksDir, hooksPath } = await repoHookInfo(cwd);
  const lines = [];
  const huskyFile = (0, import_node_path10.join)(top, ".husky", "pre-commit");
  if ((0, import_node_fs10.existsSync)(huskyFile)) {
    const text = (0, import_node_fs10.readFileSync)(huskyFile, "utf8");
    if (huskyInstalled(text)) {
      const kept = withoutHuskyScan(text);
      if (kept.trim() === "") (0, import_node_fs10.rmSync)(huskyFile);
      else (0, import_node_fs10.writeFileSync)(huskyFile, kept);
      lines.push(`removed the scan from ${(0, import_node_path10.relative)(cwd, huskyFile) || huskyFile}`);
    }
  }
  if (!usesHusky(top, hooksPath) || lines.length === 0) {
    const file = (0, import_node_path10.join)(hooksDir, "pre-commit");
    const chained = (0, import_node_path10.join)(hooksDir, CHAINED_NAME);
    const snapshot = () => removeSnapshot(hooksDir) ? messages.snapshot.removed : "";
    if ((0, import_node_fs10.existsSync)(file) && (0, import_node_fs10.readFileSync)(file, "utf8").includes(`# ${MARKER} pre-commit hook`)) {
      (0, import_node_fs10.rmSync)(file);
      if ((0, import_node_fs10.existsSync)(chained)) {
        (0, import_node_fs10.renameSync)(chained, file);
        lines.push(`removed the hook${snapshot()} and restored the previous one at ${file}`);
      } else {
        lines.push(`removed the pre-commit hook at ${file}${snapshot()}`);
      }
    } else if (removeSnapshot(hooksDir)) {
      lines.push(messages.snapshot.removedLeftover(snapshotFiles(hooksDir).blob));
    }
  }
  if (lines.length === 0) lines.push("no scan-twitter-secrets hook found: nothing to remove");
  return { lines };
}
var import_node_fs10, import_node_path10, MARKER, HUSKY_BEGIN, HUSKY_END, LEGACY_HUSKY_TAG, CHAINED_NAME, shq2, linesOf, isLine, huskyInstalled;
var init_hook = __esm({
  "src/install/hook.ts"() {
    "use strict";
    import_node_fs10 = require("node:fs");
    import_node_path10 = require("node:path");
    init_errors();
    init_git();
    init_snapshot();
    init_messages();
    MARKER = "scan-twitter-secrets";
    HUSKY_BEGIN = "# >>> scan-twitter-secrets pre-commit scan (remove with: scan-twitter-secrets uninstall) >>>";
    HUSKY_END = "# <<< scan-twitter-secrets pre-commit scan <<<";
    LEGACY_HUSKY_TAG = "# added by scan-twitter-secrets install";
    CHAINED_NAME = "pre-commit.chained-by-scan-twitter-secrets";
    shq2 = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
    linesOf = (text) => text.split("\n");
    isLine = (line, marker) => line.replace(/\r$/, "") === marker;
    huskyInstalled = (text) => withoutHuskyScan(text) !== text;
  }
});

// src/heap.ts
function sizeYoungGenerations() {
  v8().setFlagsFromString("--semi-space-growth-factor=1");
  v8().setFlagsFromString("--min-semi-space-size=4");
}
var init_heap = __esm({
  "src/heap.ts"() {
    "use strict";
    init_builtin();
  }
});

// src/scan/pool.ts
function poolSize(env) {
  const forced = env.SCAN_TWITTER_SECRETS_WORKERS;
  if (forced !== void 0 && /^\d+$/.test(forced)) return Number(forced);
  return Math.max(1, Math.min(os2().availableParallelism(), 4));
}
var POOL_MIN_FILES, BATCH, BATCH_BYTES, BATCHES_IN_FLIGHT, ScanPool;
var init_pool = __esm({
  "src/scan/pool.ts"() {
    "use strict";
    init_builtin();
    init_heap();
    POOL_MIN_FILES = 200;
    BATCH = 24;
    BATCH_BYTES = 1024 * 1024;
    BATCHES_IN_FLIGHT = 2;
    ScanPool = class {
      slots = [];
      queue = [];
      pending = /* @__PURE__ */ new Map();
      nextId = 1;
      flushScheduled = false;
      failure = null;
      constructor(workerPath, size) {
        for (let i = 0; i < size; i++) {
          const slot = { worker: new (workerThreads()).Worker(workerPath, { resourceLimits: { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 8 } }), batches: 0 };
          slot.worker.once("online", sizeYoungGenerations);
          slot.worker.on("message", (results) => {
            slot.batches--;
            for (const res of results) {
              const p2 = this.pending.get(res.id);
              this.pending.delete(res.id);
              if (!p2) continue;
              if (res.ok) p2.resolve(res.scan);
              else p2.reject(Object.assign(new Error(res.error), { code: res.error }));
            }
            this.flush();
          });
          slot.worker.on("error", (err) => {
            this.failure = new Error(`a scanning thread failed: ${err.code ?? err.message}`);
            err = this.failure;
            for (const p2 of this.pending.values()) p2.reject(err);
            this.pending.clear();
          });
          this.slots.push(slot);
        }
      }
      scan(task) {
        if (this.failure) return Promise.reject(this.failure);
        const id = this.nextId++;
        return new Promise((resolve6, reject) => {
          this.pending.set(id, { resolve: resolve6, reject });
          this.queue.push({ ...task, id });
          if (!this.flushScheduled) {
            this.flushScheduled = true;
            queueMicrotask(() => {
              this.flushScheduled = false;
              this.flush();
            });
          }
        });
      }
      flush() {
        for (const slot of this.slots) {
          while (slot.batches < BATCHES_IN_FLIGHT && this.queue.length) {
            let size = 1;
            let bytes = this.queue[0].bytes?.length ?? 0;
            for (; size < BATCH && size < this.queue.length; size++) {
              bytes += this.queue[size].bytes?.length ?? 0;
              if (bytes > BATCH_BYTES) break;
            }
            const batch = this.queue.splice(0, size);
            const transfer = batch.flatMap((t2) => t2.bytes && t2.bytes.byteOffset === 0 && t2.bytes.byteLength === t2.bytes.buffer.byteLength ? [t2.bytes.buffer] : []);
            slot.batches++;
            slot.worker.postMessage(batch, transfer);
          }
        }
      }
      async close() {
        await Promise.all(this.slots.map((s) => s.worker.terminate()));
      }
    };
  }
});

// src/scan/sightings.ts
function verdict(s, settings, markerHonoured) {
  if (isMarker(s.finding) && markerHonoured) return s.finding.ignored;
  const fp = settings.ignore?.fingerprints.get(s.finding.fingerprint);
  if (fp) return { by: `fingerprint (${IGNORE_FILE_NAME}:${fp.line})`, ...fp.reason ? { reason: fp.reason } : {} };
  if (!settings.filter.selected(s.path)) return "excluded";
  const glob = settings.filter.ignoredBy(s.path);
  if (glob) return { by: `path "${glob.pattern}"`, ...glob.reason ? { reason: glob.reason } : {} };
  return null;
}
function changeOnly(s, rules) {
  if (isMarker(s.finding)) return s.finding.ignored.by;
  const v2 = verdict(s, rules.head, false);
  if (v2 === null) return null;
  return v2 === "excluded" ? rules.configName : IGNORE_FILE_NAME;
}
function decideSecret(sightings, rules) {
  const judged = sightings.map((s) => {
    const honoured = !rules.range || rules.range.baseMarked(s.path)?.has(s.finding.fingerprint) === true;
    return { s, v: verdict(s, rules.settings, honoured) };
  });
  const open = judged.filter((j3) => j3.v === null).map((j3) => j3.s);
  if (open.length === 0) {
    const first = judged.find((j3) => j3.v !== "excluded");
    if (!first) return null;
    return { finding: { ...first.s.finding, file: first.s.path, ignored: first.v }, shown: first.s };
  }
  const shown = open[0];
  const { ignored: _marker, ...finding } = shown.finding;
  const result2 = { ...finding, file: shown.path };
  const range = rules.range;
  if (range) {
    const reasons = open.map((s) => changeOnly(s, range));
    if (reasons.every((r2) => r2 !== null)) result2.suppressedOnlyByRange = { by: reasons[0] };
  }
  return { finding: result2, shown };
}
var isMarker;
var init_sightings = __esm({
  "src/scan/sightings.ts"() {
    "use strict";
    init_ignore_file();
    isMarker = (f3) => f3.ignored?.by.startsWith("inline marker") === true;
  }
});

// src/cli/history-suppressions.ts
async function historySuppressions(at2, top, bare, opts, compiled, now) {
  if (opts.suppressionBase === void 0) {
    const settings2 = await loadSettings(top, opts, at2.cwd, bare ? commitFiles(at2, "HEAD", top) : workTreeFiles);
    return { settings: settings2, resolve: async () => ({ settings: settings2 }), warnings: [] };
  }
  const base = opts.suppressionBase;
  const baseFiles = commitFiles(at2, base, top);
  const settings = await loadSettings(top, opts, at2.cwd, baseFiles, false);
  const head = await loadSettings(top, opts, at2.cwd, workTreeFiles);
  const files = settingsFiles(top, opts, at2.cwd);
  const warnings = await changedFiles([files.ignore, files.config], top, base, baseFiles);
  const configName = (0, import_node_path11.relative)(top, files.config).split("\\").join("/");
  return {
    settings,
    warnings,
    baseFiles,
    async resolve(all) {
      const paths2 = [...new Set(all.filter((s) => isMarker(s.finding)).map((s) => s.path))];
      const marked = base && paths2.length ? await markedAt(at2, base, paths2, compiled, now) : /* @__PURE__ */ new Map();
      return { settings, range: { head, configName, baseMarked: (path) => marked.get(path) } };
    }
  };
}
async function changedFiles(paths2, top, base, baseFiles) {
  const out = [];
  for (const path of paths2) {
    const [before, after] = await Promise.all([baseFiles.read(path), workTreeFiles.read(path)]);
    if (before !== after) out.push(messages.range.changedFile((0, import_node_path11.relative)(top, path).split("\\").join("/"), base));
  }
  return out;
}
async function markedAt(at2, base, paths2, compiled, now) {
  const ids = await blobIdsAt(at2, base, paths2);
  const pathsOf = /* @__PURE__ */ new Map();
  for (const [path, sha2] of ids) pathsOf.set(sha2, [...pathsOf.get(sha2) ?? [], path]);
  const marked = /* @__PURE__ */ new Map();
  const opts = { rules: compiled, filter: { selected: () => true, ignoredBy: () => void 0 }, ignoredFingerprints: /* @__PURE__ */ new Map(), ignorePathOf: () => null, inlineAllow: true };
  await streamBlobs(at2, [...pathsOf.keys()], async (sha2, bytes) => {
    const scan = await scanBlob({ path: pathsOf.get(sha2)[0], bytes }, compiled, now);
    if (scan.kind !== "scanned") return;
    const fps = new Set(toFindings({ path: "", bytes }, scan.findings, opts).filter(isMarker).map((f3) => f3.fingerprint));
    for (const path of pathsOf.get(sha2)) marked.set(path, fps);
  }, () => void 0);
  return marked;
}
var import_node_path11;
var init_history_suppressions = __esm({
  "src/cli/history-suppressions.ts"() {
    "use strict";
    import_node_path11 = require("node:path");
    init_file_source();
    init_blobs();
    init_commit();
    init_engine();
    init_scan_blob();
    init_sightings();
    init_messages();
    init_settings();
  }
});

// src/cli/scan-history.ts
var scan_history_exports = {};
__export(scan_history_exports, {
  MAX_HISTORY_BLOB_BYTES: () => MAX_HISTORY_BLOB_BYTES,
  scanHistory: () => scanHistory
});
async function scanHistory(opts, rules, ctx) {
  sizeYoungGenerations();
  const cwd = ctx.cwd;
  const at2 = { cwd, env: ctx.env, pin: [] };
  let bare;
  let shallow;
  try {
    [bare, shallow] = (await gitBytes(["rev-parse", "--is-bare-repository", "--is-shallow-repository"], cwd, ctx.env)).toString("utf8").split("\n").map((l3) => l3.trim() === "true");
  } catch (err) {
    if (err instanceof ScanError && /not a git repository/i.test(err.message)) throw new ScanError("not inside a git repository: --history scans a repository's commits");
    const owner = err instanceof ScanError ? dubiousOwnership(err.message) : null;
    if (owner) throw new ScanError(messages.dubiousOwnership(owner));
    throw err;
  }
  const notes = { warnings: [], skipped: [] };
  const ranged = opts.historyRevs !== void 0;
  const [top, stashes, anyRef] = await Promise.all([
    bare ? cwd : gitBytes(["rev-parse", "--show-toplevel"], cwd, ctx.env).then((b3) => b3.toString("utf8").trim()),
    ranged ? [] : stashCommits(at2),
    ranged ? true : gitBytes(["for-each-ref", "--count=1", "--format=%(refname)"], cwd, ctx.env).then((b3) => b3.length > 0)
  ]);
  if (!ranged && stashes.length === 0 && !anyRef) {
    return { findings: [], stats: emptyStats(), warnings: [messages.history.noCommits], skipped: [] };
  }
  const spec = ranged ? { flags: [...opts.historyRevs.flags], revs: opts.historyRevs.revs } : { flags: ["--all"], revs: stashes };
  if (opts.since) spec.flags.push(`--since=${opts.since}`);
  const compiled = compileRules(rules);
  const now = ctx.now ?? Date.now();
  const suppress = await historySuppressions(at2, top, bare, opts, compiled, now);
  notes.warnings.push(...suppress.warnings);
  const stats = emptyStats();
  const workers = ctx.workerPath ? poolSize(ctx.env) : 0;
  const pool = workers > 0 ? new ScanPool(ctx.workerPath, workers) : null;
  const [{ blobs: all, missing }, boundary] = await Promise.all([
    reachableBlobs(at2, spec),
    shallow ? shallowBoundaryReached(at2, spec) : []
  ]).catch(async (err) => {
    await pool?.close();
    throw err;
  });
  if (boundary.length) noteSkip(notes, "shallow", messages.history.shallow(boundary.length));
  const wanted = all.filter((b3) => b3.size <= MAX_HISTORY_BLOB_BYTES || (noteSkip(notes, "too-large", messages.history.tooBig(b3.path, b3.size), b3.path), false));
  const pathOf = new Map(wanted.map((b3) => [b3.sha, b3.path]));
  const totalBytes = wanted.reduce((n, b3) => n + b3.size, 0);
  const progress = ctx.progress ? new Progress(ctx.progress, wanted.length, totalBytes) : null;
  for (const sha2 of missing) noteSkip(notes, "missing-object", messages.missingObject(sha2));
  stats.unreadable += missing.length;
  const byBlob = /* @__PURE__ */ new Map();
  const scanner = wanted.length >= POOL_MIN_FILES ? pool : null;
  if (!scanner) await pool?.close();
  const blobLevel = { rules: compiled, filter: suppress.settings.filter, ignoredFingerprints: /* @__PURE__ */ new Map(), ignorePathOf: () => null, inlineAllow: opts.inlineAllow };
  await streamBlobs(at2, wanted.map((b3) => b3.sha), (sha2, bytes) => {
    progress?.tick(bytes.length);
    const path = pathOf.get(sha2);
    return (scanner ? scanner.scan({ path, bytes, now }) : scanBlob({ path, bytes }, compiled, now)).then((scan) => {
      if (!countScan(stats, scan)) return;
      if (scan.findings.length) {
        byBlob.set(sha2, toFindings({ path, bytes }, scan.findings, blobLevel));
      }
    });
  }, (sha2) => {
    noteSkip(notes, "missing-object", messages.missingObject(sha2, pathOf.get(sha2)), pathOf.get(sha2));
    stats.unreadable++;
  }, scanner ? 32 * workers : 4).finally(() => scanner?.close());
  progress?.done();
  const findings = byBlob.size ? groupPerFile(groupBy(await attribute(at2, spec, byBlob, pathOf, suppress.resolve, stats), (f3) => f3.file).values()) : [];
  return { findings, stats, ...notes, ...suppress.baseFiles ? { baseFiles: suppress.baseFiles } : {} };
}
async function attribute(at2, spec, byBlob, pathOf, rules, stats) {
  const seenAt = await blobSightings(at2, spec, new Set(byBlob.keys()));
  const atHead = await headBlobs(at2);
  const bySecret = /* @__PURE__ */ new Map();
  for (const [blob, list] of byBlob) {
    const where = seenAt.get(blob) ?? [{ commit: null, path: pathOf.get(blob), order: 0 }];
    for (const finding of list) {
      const key = `${finding.ruleId}\0${finding.fingerprint}`;
      const sightings = bySecret.get(key) ?? [];
      for (const w2 of where) sightings.push({ finding, blob, path: w2.path, commit: w2.commit, order: w2.order });
      bySecret.set(key, sightings);
    }
  }
  const sightingRules = await rules([...bySecret.values()].flat());
  const out = [];
  for (const sightings of bySecret.values()) {
    sightings.sort((a, b3) => (a.commit?.date ?? "").localeCompare(b3.commit?.date ?? "") || b3.order - a.order);
    const decided = decideSecret(sightings, sightingRules);
    if (!decided) {
      stats.excluded++;
      continue;
    }
    const { finding, shown } = decided;
    const commits = [...new Map(sightings.filter((s) => s.commit).map((s) => [s.commit.hash, { hash: s.commit.hash, date: s.commit.date, path: s.path }])).values()];
    out.push({
      ...finding,
      provenance: {
        introduced: shown.commit ? { ...shown.commit, path: shown.path } : null,
        commits,
        presentAtHead: sightings.some((s) => atHead.has(s.blob))
      }
    });
  }
  return out.sort((a, b3) => a.file.localeCompare(b3.file) || a.line - b3.line || a.column - b3.column);
}
var MAX_HISTORY_BLOB_BYTES, Progress;
var init_scan_history = __esm({
  "src/cli/scan-history.ts"() {
    "use strict";
    init_compile();
    init_errors();
    init_git();
    init_work_tree();
    init_blobs();
    init_history();
    init_engine();
    init_finding();
    init_group();
    init_scan_blob();
    init_skip();
    init_messages();
    init_pool();
    init_heap();
    init_history_suppressions();
    init_sightings();
    MAX_HISTORY_BLOB_BYTES = 64 * 1024 * 1024;
    Progress = class {
      constructor(write, totalObjects, totalBytes) {
        this.write = write;
        this.totalObjects = totalObjects;
        this.totalBytes = totalBytes;
      }
      write;
      totalObjects;
      totalBytes;
      start = Date.now();
      last = 0;
      objects = 0;
      bytes = 0;
      tick(bytes) {
        this.objects++;
        this.bytes += bytes;
        const now = Date.now();
        if (now - this.start < 1e3 || now - this.last < 250) return;
        this.last = now;
        const secs = (now - this.start) / 1e3;
        const rate = this.bytes / secs;
        const eta = rate > 0 ? Math.max(0, (this.totalBytes - this.bytes) / rate) : 0;
        this.write(messages.history.progress(this.objects, this.totalObjects, rate / 1e6, eta));
      }
      done() {
        if (this.last) this.write(null);
      }
    };
  }
});

// node_modules/fast-glob/out/utils/array.js
var require_array = __commonJS({
  "node_modules/fast-glob/out/utils/array.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.splitWhen = exports2.flatten = void 0;
    function flatten(items) {
      return items.reduce((collection, item) => [].concat(collection, item), []);
    }
    exports2.flatten = flatten;
    function splitWhen(items, predicate) {
      const result2 = [[]];
      let groupIndex = 0;
      for (const item of items) {
        if (predicate(item)) {
          groupIndex++;
          result2[groupIndex] = [];
        } else {
          result2[groupIndex].push(item);
        }
      }
      return result2;
    }
    exports2.splitWhen = splitWhen;
  }
});

// node_modules/fast-glob/out/utils/errno.js
var require_errno = __commonJS({
  "node_modules/fast-glob/out/utils/errno.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isEnoentCodeError = void 0;
    function isEnoentCodeError(error) {
      return error.code === "ENOENT";
    }
    exports2.isEnoentCodeError = isEnoentCodeError;
  }
});

// node_modules/fast-glob/out/utils/fs.js
var require_fs = __commonJS({
  "node_modules/fast-glob/out/utils/fs.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports2.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/fast-glob/out/utils/path.js
var require_path = __commonJS({
  "node_modules/fast-glob/out/utils/path.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.convertPosixPathToPattern = exports2.convertWindowsPathToPattern = exports2.convertPathToPattern = exports2.escapePosixPath = exports2.escapeWindowsPath = exports2.escape = exports2.removeLeadingDotSegment = exports2.makeAbsolute = exports2.unixify = void 0;
    var os3 = require("os");
    var path = require("path");
    var IS_WINDOWS_PLATFORM = os3.platform() === "win32";
    var LEADING_DOT_SEGMENT_CHARACTERS_COUNT = 2;
    var POSIX_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()*?[\]{|}]|^!|[!+@](?=\()|\\(?![!()*+?@[\]{|}]))/g;
    var WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()[\]{}]|^!|[!+@](?=\())/g;
    var DOS_DEVICE_PATH_RE = /^\\\\([.?])/;
    var WINDOWS_BACKSLASHES_RE = /\\(?![!()+@[\]{}])/g;
    function unixify(filepath) {
      return filepath.replace(/\\/g, "/");
    }
    exports2.unixify = unixify;
    function makeAbsolute(cwd, filepath) {
      return path.resolve(cwd, filepath);
    }
    exports2.makeAbsolute = makeAbsolute;
    function removeLeadingDotSegment(entry) {
      if (entry.charAt(0) === ".") {
        const secondCharactery = entry.charAt(1);
        if (secondCharactery === "/" || secondCharactery === "\\") {
          return entry.slice(LEADING_DOT_SEGMENT_CHARACTERS_COUNT);
        }
      }
      return entry;
    }
    exports2.removeLeadingDotSegment = removeLeadingDotSegment;
    exports2.escape = IS_WINDOWS_PLATFORM ? escapeWindowsPath : escapePosixPath;
    function escapeWindowsPath(pattern) {
      return pattern.replace(WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports2.escapeWindowsPath = escapeWindowsPath;
    function escapePosixPath(pattern) {
      return pattern.replace(POSIX_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports2.escapePosixPath = escapePosixPath;
    exports2.convertPathToPattern = IS_WINDOWS_PLATFORM ? convertWindowsPathToPattern : convertPosixPathToPattern;
    function convertWindowsPathToPattern(filepath) {
      return escapeWindowsPath(filepath).replace(DOS_DEVICE_PATH_RE, "//$1").replace(WINDOWS_BACKSLASHES_RE, "/");
    }
    exports2.convertWindowsPathToPattern = convertWindowsPathToPattern;
    function convertPosixPathToPattern(filepath) {
      return escapePosixPath(filepath);
    }
    exports2.convertPosixPathToPattern = convertPosixPathToPattern;
  }
});

// node_modules/is-extglob/index.js
var require_is_extglob = __commonJS({
  "node_modules/is-extglob/index.js"(exports2, module2) {
    module2.exports = function isExtglob(str) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      var match;
      while (match = /(\\).|([@?!+*]\(.*\))/g.exec(str)) {
        if (match[2]) return true;
        str = str.slice(match.index + match[0].length);
      }
      return false;
    };
  }
});

// node_modules/is-glob/index.js
var require_is_glob = __commonJS({
  "node_modules/is-glob/index.js"(exports2, module2) {
    var isExtglob = require_is_extglob();
    var chars = { "{": "}", "(": ")", "[": "]" };
    var strictCheck = function(str) {
      if (str[0] === "!") {
        return true;
      }
      var index = 0;
      var pipeIndex = -2;
      var closeSquareIndex = -2;
      var closeCurlyIndex = -2;
      var closeParenIndex = -2;
      var backSlashIndex = -2;
      while (index < str.length) {
        if (str[index] === "*") {
          return true;
        }
        if (str[index + 1] === "?" && /[\].+)]/.test(str[index])) {
          return true;
        }
        if (closeSquareIndex !== -1 && str[index] === "[" && str[index + 1] !== "]") {
          if (closeSquareIndex < index) {
            closeSquareIndex = str.indexOf("]", index);
          }
          if (closeSquareIndex > index) {
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
          }
        }
        if (closeCurlyIndex !== -1 && str[index] === "{" && str[index + 1] !== "}") {
          closeCurlyIndex = str.indexOf("}", index);
          if (closeCurlyIndex > index) {
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeCurlyIndex) {
              return true;
            }
          }
        }
        if (closeParenIndex !== -1 && str[index] === "(" && str[index + 1] === "?" && /[:!=]/.test(str[index + 2]) && str[index + 3] !== ")") {
          closeParenIndex = str.indexOf(")", index);
          if (closeParenIndex > index) {
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
              return true;
            }
          }
        }
        if (pipeIndex !== -1 && str[index] === "(" && str[index + 1] !== "|") {
          if (pipeIndex < index) {
            pipeIndex = str.indexOf("|", index);
          }
          if (pipeIndex !== -1 && str[pipeIndex + 1] !== ")") {
            closeParenIndex = str.indexOf(")", pipeIndex);
            if (closeParenIndex > pipeIndex) {
              backSlashIndex = str.indexOf("\\", pipeIndex);
              if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
                return true;
              }
            }
          }
        }
        if (str[index] === "\\") {
          var open = str[index + 1];
          index += 2;
          var close = chars[open];
          if (close) {
            var n = str.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    var relaxedCheck = function(str) {
      if (str[0] === "!") {
        return true;
      }
      var index = 0;
      while (index < str.length) {
        if (/[*?{}()[\]]/.test(str[index])) {
          return true;
        }
        if (str[index] === "\\") {
          var open = str[index + 1];
          index += 2;
          var close = chars[open];
          if (close) {
            var n = str.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    module2.exports = function isGlob(str, options) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      if (isExtglob(str)) {
        return true;
      }
      var check = strictCheck;
      if (options && options.strict === false) {
        check = relaxedCheck;
      }
      return check(str);
    };
  }
});

// node_modules/glob-parent/index.js
var require_glob_parent = __commonJS({
  "node_modules/glob-parent/index.js"(exports2, module2) {
    "use strict";
    var isGlob = require_is_glob();
    var pathPosixDirname = require("path").posix.dirname;
    var isWin32 = require("os").platform() === "win32";
    var slash = "/";
    var backslash = /\\/g;
    var enclosure = /[\{\[].*[\}\]]$/;
    var globby = /(^|[^\\])([\{\[]|\([^\)]+$)/;
    var escaped = /\\([\!\*\?\|\[\]\(\)\{\}])/g;
    module2.exports = function globParent(str, opts) {
      var options = Object.assign({ flipBackslashes: true }, opts);
      if (options.flipBackslashes && isWin32 && str.indexOf(slash) < 0) {
        str = str.replace(backslash, slash);
      }
      if (enclosure.test(str)) {
        str += slash;
      }
      str += "a";
      do {
        str = pathPosixDirname(str);
      } while (isGlob(str) || globby.test(str));
      return str.replace(escaped, "$1");
    };
  }
});

// node_modules/fast-glob/out/utils/pattern.js
var require_pattern = __commonJS({
  "node_modules/fast-glob/out/utils/pattern.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isAbsolute = exports2.partitionAbsoluteAndRelative = exports2.removeDuplicateSlashes = exports2.matchAny = exports2.convertPatternsToRe = exports2.makeRe = exports2.getPatternParts = exports2.expandBraceExpansion = exports2.expandPatternsWithBraceExpansion = exports2.isAffectDepthOfReadingPattern = exports2.endsWithSlashGlobStar = exports2.hasGlobStar = exports2.getBaseDirectory = exports2.isPatternRelatedToParentDirectory = exports2.getPatternsOutsideCurrentDirectory = exports2.getPatternsInsideCurrentDirectory = exports2.getPositivePatterns = exports2.getNegativePatterns = exports2.isPositivePattern = exports2.isNegativePattern = exports2.convertToNegativePattern = exports2.convertToPositivePattern = exports2.isDynamicPattern = exports2.isStaticPattern = void 0;
    var path = require("path");
    var globParent = require_glob_parent();
    var micromatch = require_micromatch();
    var GLOBSTAR = "**";
    var ESCAPE_SYMBOL = "\\";
    var COMMON_GLOB_SYMBOLS_RE = /[*?]|^!/;
    var REGEX_CHARACTER_CLASS_SYMBOLS_RE = /\[[^[]*]/;
    var REGEX_GROUP_SYMBOLS_RE = /(?:^|[^!*+?@])\([^(]*\|[^|]*\)/;
    var GLOB_EXTENSION_SYMBOLS_RE = /[!*+?@]\([^(]*\)/;
    var BRACE_EXPANSION_SEPARATORS_RE = /,|\.\./;
    var DOUBLE_SLASH_RE = /(?!^)\/{2,}/g;
    function isStaticPattern(pattern, options = {}) {
      return !isDynamicPattern(pattern, options);
    }
    exports2.isStaticPattern = isStaticPattern;
    function isDynamicPattern(pattern, options = {}) {
      if (pattern === "") {
        return false;
      }
      if (options.caseSensitiveMatch === false || pattern.includes(ESCAPE_SYMBOL)) {
        return true;
      }
      if (COMMON_GLOB_SYMBOLS_RE.test(pattern) || REGEX_CHARACTER_CLASS_SYMBOLS_RE.test(pattern) || REGEX_GROUP_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.extglob !== false && GLOB_EXTENSION_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.braceExpansion !== false && hasBraceExpansion(pattern)) {
        return true;
      }
      return false;
    }
    exports2.isDynamicPattern = isDynamicPattern;
    function hasBraceExpansion(pattern) {
      const openingBraceIndex = pattern.indexOf("{");
      if (openingBraceIndex === -1) {
        return false;
      }
      const closingBraceIndex = pattern.indexOf("}", openingBraceIndex + 1);
      if (closingBraceIndex === -1) {
        return false;
      }
      const braceContent = pattern.slice(openingBraceIndex, closingBraceIndex);
      return BRACE_EXPANSION_SEPARATORS_RE.test(braceContent);
    }
    function convertToPositivePattern(pattern) {
      return isNegativePattern(pattern) ? pattern.slice(1) : pattern;
    }
    exports2.convertToPositivePattern = convertToPositivePattern;
    function convertToNegativePattern(pattern) {
      return "!" + pattern;
    }
    exports2.convertToNegativePattern = convertToNegativePattern;
    function isNegativePattern(pattern) {
      return pattern.startsWith("!") && pattern[1] !== "(";
    }
    exports2.isNegativePattern = isNegativePattern;
    function isPositivePattern(pattern) {
      return !isNegativePattern(pattern);
    }
    exports2.isPositivePattern = isPositivePattern;
    function getNegativePatterns(patterns) {
      return patterns.filter(isNegativePattern);
    }
    exports2.getNegativePatterns = getNegativePatterns;
    function getPositivePatterns(patterns) {
      return patterns.filter(isPositivePattern);
    }
    exports2.getPositivePatterns = getPositivePatterns;
    function getPatternsInsideCurrentDirectory(patterns) {
      return patterns.filter((pattern) => !isPatternRelatedToParentDirectory(pattern));
    }
    exports2.getPatternsInsideCurrentDirectory = getPatternsInsideCurrentDirectory;
    function getPatternsOutsideCurrentDirectory(patterns) {
      return patterns.filter(isPatternRelatedToParentDirectory);
    }
    exports2.getPatternsOutsideCurrentDirectory = getPatternsOutsideCurrentDirectory;
    function isPatternRelatedToParentDirectory(pattern) {
      return pattern.startsWith("..") || pattern.startsWith("./..");
    }
    exports2.isPatternRelatedToParentDirectory = isPatternRelatedToParentDirectory;
    function getBaseDirectory(pattern) {
      return globParent(pattern, { flipBackslashes: false });
    }
    exports2.getBaseDirectory = getBaseDirectory;
    function hasGlobStar(pattern) {
      return pattern.includes(GLOBSTAR);
    }
    exports2.hasGlobStar = hasGlobStar;
    function endsWithSlashGlobStar(pattern) {
      return pattern.endsWith("/" + GLOBSTAR);
    }
    exports2.endsWithSlashGlobStar = endsWithSlashGlobStar;
    function isAffectDepthOfReadingPattern(pattern) {
      const basename = path.basename(pattern);
      return endsWithSlashGlobStar(pattern) || isStaticPattern(basename);
    }
    exports2.isAffectDepthOfReadingPattern = isAffectDepthOfReadingPattern;
    function expandPatternsWithBraceExpansion(patterns) {
      return patterns.reduce((collection, pattern) => {
        return collection.concat(expandBraceExpansion(pattern));
      }, []);
    }
    exports2.expandPatternsWithBraceExpansion = expandPatternsWithBraceExpansion;
    function expandBraceExpansion(pattern) {
      const patterns = micromatch.braces(pattern, { expand: true, nodupes: true, keepEscaping: true });
      patterns.sort((a, b3) => a.length - b3.length);
      return patterns.filter((pattern2) => pattern2 !== "");
    }
    exports2.expandBraceExpansion = expandBraceExpansion;
    function getPatternParts(pattern, options) {
      let { parts } = micromatch.scan(pattern, Object.assign(Object.assign({}, options), { parts: true }));
      if (parts.length === 0) {
        parts = [pattern];
      }
      if (parts[0].startsWith("/")) {
        parts[0] = parts[0].slice(1);
        parts.unshift("");
      }
      return parts;
    }
    exports2.getPatternParts = getPatternParts;
    function makeRe(pattern, options) {
      return micromatch.makeRe(pattern, options);
    }
    exports2.makeRe = makeRe;
    function convertPatternsToRe(patterns, options) {
      return patterns.map((pattern) => makeRe(pattern, options));
    }
    exports2.convertPatternsToRe = convertPatternsToRe;
    function matchAny(entry, patternsRe) {
      return patternsRe.some((patternRe) => patternRe.test(entry));
    }
    exports2.matchAny = matchAny;
    function removeDuplicateSlashes(pattern) {
      return pattern.replace(DOUBLE_SLASH_RE, "/");
    }
    exports2.removeDuplicateSlashes = removeDuplicateSlashes;
    function partitionAbsoluteAndRelative(patterns) {
      const absolute = [];
      const relative6 = [];
      for (const pattern of patterns) {
        if (isAbsolute4(pattern)) {
          absolute.push(pattern);
        } else {
          relative6.push(pattern);
        }
      }
      return [absolute, relative6];
    }
    exports2.partitionAbsoluteAndRelative = partitionAbsoluteAndRelative;
    function isAbsolute4(pattern) {
      return path.isAbsolute(pattern);
    }
    exports2.isAbsolute = isAbsolute4;
  }
});

// node_modules/merge2/index.js
var require_merge2 = __commonJS({
  "node_modules/merge2/index.js"(exports2, module2) {
    "use strict";
    var Stream = require("stream");
    var PassThrough = Stream.PassThrough;
    var slice = Array.prototype.slice;
    module2.exports = merge2;
    function merge2() {
      const streamsQueue = [];
      const args = slice.call(arguments);
      let merging = false;
      let options = args[args.length - 1];
      if (options && !Array.isArray(options) && options.pipe == null) {
        args.pop();
      } else {
        options = {};
      }
      const doEnd = options.end !== false;
      const doPipeError = options.pipeError === true;
      if (options.objectMode == null) {
        options.objectMode = true;
      }
      if (options.highWaterMark == null) {
        options.highWaterMark = 64 * 1024;
      }
      const mergedStream = PassThrough(options);
      function addStream() {
        for (let i = 0, len = arguments.length; i < len; i++) {
          streamsQueue.push(pauseStreams(arguments[i], options));
        }
        mergeStream();
        return this;
      }
      function mergeStream() {
        if (merging) {
          return;
        }
        merging = true;
        let streams = streamsQueue.shift();
        if (!streams) {
          process.nextTick(endStream);
          return;
        }
        if (!Array.isArray(streams)) {
          streams = [streams];
        }
        let pipesCount = streams.length + 1;
        function next() {
          if (--pipesCount > 0) {
            return;
          }
          merging = false;
          mergeStream();
        }
        function pipe(stream) {
          function onend() {
            stream.removeListener("merge2UnpipeEnd", onend);
            stream.removeListener("end", onend);
            if (doPipeError) {
              stream.removeListener("error", onerror);
            }
            next();
          }
          function onerror(err) {
            mergedStream.emit("error", err);
          }
          if (stream._readableState.endEmitted) {
            return next();
          }
          stream.on("merge2UnpipeEnd", onend);
          stream.on("end", onend);
          if (doPipeError) {
            stream.on("error", onerror);
          }
          stream.pipe(mergedStream, { end: false });
          stream.resume();
        }
        for (let i = 0; i < streams.length; i++) {
          pipe(streams[i]);
        }
        next();
      }
      function endStream() {
        merging = false;
        mergedStream.emit("queueDrain");
        if (doEnd) {
          mergedStream.end();
        }
      }
      mergedStream.setMaxListeners(0);
      mergedStream.add = addStream;
      mergedStream.on("unpipe", function(stream) {
        stream.emit("merge2UnpipeEnd");
      });
      if (args.length) {
        addStream.apply(null, args);
      }
      return mergedStream;
    }
    function pauseStreams(streams, options) {
      if (!Array.isArray(streams)) {
        if (!streams._readableState && streams.pipe) {
          streams = streams.pipe(PassThrough(options));
        }
        if (!streams._readableState || !streams.pause || !streams.pipe) {
          throw new Error("Only readable stream can be merged.");
        }
        streams.pause();
      } else {
        for (let i = 0, len = streams.length; i < len; i++) {
          streams[i] = pauseStreams(streams[i], options);
        }
      }
      return streams;
    }
  }
});

// node_modules/fast-glob/out/utils/stream.js
var require_stream = __commonJS({
  "node_modules/fast-glob/out/utils/stream.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.merge = void 0;
    var merge2 = require_merge2();
    function merge(streams) {
      const mergedStream = merge2(streams);
      streams.forEach((stream) => {
        stream.once("error", (error) => mergedStream.emit("error", error));
      });
      mergedStream.once("close", () => propagateCloseEventToSources(streams));
      mergedStream.once("end", () => propagateCloseEventToSources(streams));
      return mergedStream;
    }
    exports2.merge = merge;
    function propagateCloseEventToSources(streams) {
      streams.forEach((stream) => stream.emit("close"));
    }
  }
});

// node_modules/fast-glob/out/utils/string.js
var require_string = __commonJS({
  "node_modules/fast-glob/out/utils/string.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isEmpty = exports2.isString = void 0;
    function isString(input) {
      return typeof input === "string";
    }
    exports2.isString = isString;
    function isEmpty(input) {
      return input === "";
    }
    exports2.isEmpty = isEmpty;
  }
});

// node_modules/fast-glob/out/utils/index.js
var require_utils3 = __commonJS({
  "node_modules/fast-glob/out/utils/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.string = exports2.stream = exports2.pattern = exports2.path = exports2.fs = exports2.errno = exports2.array = void 0;
    var array = require_array();
    exports2.array = array;
    var errno = require_errno();
    exports2.errno = errno;
    var fs2 = require_fs();
    exports2.fs = fs2;
    var path = require_path();
    exports2.path = path;
    var pattern = require_pattern();
    exports2.pattern = pattern;
    var stream = require_stream();
    exports2.stream = stream;
    var string = require_string();
    exports2.string = string;
  }
});

// node_modules/fast-glob/out/managers/tasks.js
var require_tasks = __commonJS({
  "node_modules/fast-glob/out/managers/tasks.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.convertPatternGroupToTask = exports2.convertPatternGroupsToTasks = exports2.groupPatternsByBaseDirectory = exports2.getNegativePatternsAsPositive = exports2.getPositivePatterns = exports2.convertPatternsToTasks = exports2.generate = void 0;
    var utils = require_utils3();
    function generate(input, settings) {
      const patterns = processPatterns(input, settings);
      const ignore = processPatterns(settings.ignore, settings);
      const positivePatterns = getPositivePatterns(patterns);
      const negativePatterns = getNegativePatternsAsPositive(patterns, ignore);
      const staticPatterns = positivePatterns.filter((pattern) => utils.pattern.isStaticPattern(pattern, settings));
      const dynamicPatterns = positivePatterns.filter((pattern) => utils.pattern.isDynamicPattern(pattern, settings));
      const staticTasks = convertPatternsToTasks(
        staticPatterns,
        negativePatterns,
        /* dynamic */
        false
      );
      const dynamicTasks = convertPatternsToTasks(
        dynamicPatterns,
        negativePatterns,
        /* dynamic */
        true
      );
      return staticTasks.concat(dynamicTasks);
    }
    exports2.generate = generate;
    function processPatterns(input, settings) {
      let patterns = input;
      if (settings.braceExpansion) {
        patterns = utils.pattern.expandPatternsWithBraceExpansion(patterns);
      }
      if (settings.baseNameMatch) {
        patterns = patterns.map((pattern) => pattern.includes("/") ? pattern : `**/${pattern}`);
      }
      return patterns.map((pattern) => utils.pattern.removeDuplicateSlashes(pattern));
    }
    function convertPatternsToTasks(positive, negative, dynamic) {
      const tasks = [];
      const patternsOutsideCurrentDirectory = utils.pattern.getPatternsOutsideCurrentDirectory(positive);
      const patternsInsideCurrentDirectory = utils.pattern.getPatternsInsideCurrentDirectory(positive);
      const outsideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsOutsideCurrentDirectory);
      const insideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsInsideCurrentDirectory);
      tasks.push(...convertPatternGroupsToTasks(outsideCurrentDirectoryGroup, negative, dynamic));
      if ("." in insideCurrentDirectoryGroup) {
        tasks.push(convertPatternGroupToTask(".", patternsInsideCurrentDirectory, negative, dynamic));
      } else {
        tasks.push(...convertPatternGroupsToTasks(insideCurrentDirectoryGroup, negative, dynamic));
      }
      return tasks;
    }
    exports2.convertPatternsToTasks = convertPatternsToTasks;
    function getPositivePatterns(patterns) {
      return utils.pattern.getPositivePatterns(patterns);
    }
    exports2.getPositivePatterns = getPositivePatterns;
    function getNegativePatternsAsPositive(patterns, ignore) {
      const negative = utils.pattern.getNegativePatterns(patterns).concat(ignore);
      const positive = negative.map(utils.pattern.convertToPositivePattern);
      return positive;
    }
    exports2.getNegativePatternsAsPositive = getNegativePatternsAsPositive;
    function groupPatternsByBaseDirectory(patterns) {
      const group = {};
      return patterns.reduce((collection, pattern) => {
        const base = utils.pattern.getBaseDirectory(pattern);
        if (base in collection) {
          collection[base].push(pattern);
        } else {
          collection[base] = [pattern];
        }
        return collection;
      }, group);
    }
    exports2.groupPatternsByBaseDirectory = groupPatternsByBaseDirectory;
    function convertPatternGroupsToTasks(positive, negative, dynamic) {
      return Object.keys(positive).map((base) => {
        return convertPatternGroupToTask(base, positive[base], negative, dynamic);
      });
    }
    exports2.convertPatternGroupsToTasks = convertPatternGroupsToTasks;
    function convertPatternGroupToTask(base, positive, negative, dynamic) {
      return {
        dynamic,
        positive,
        negative,
        base,
        patterns: [].concat(positive, negative.map(utils.pattern.convertToNegativePattern))
      };
    }
    exports2.convertPatternGroupToTask = convertPatternGroupToTask;
  }
});

// node_modules/@nodelib/fs.stat/out/providers/async.js
var require_async = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/async.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.read = void 0;
    function read(path, settings, callback) {
      settings.fs.lstat(path, (lstatError, lstat2) => {
        if (lstatError !== null) {
          callFailureCallback(callback, lstatError);
          return;
        }
        if (!lstat2.isSymbolicLink() || !settings.followSymbolicLink) {
          callSuccessCallback(callback, lstat2);
          return;
        }
        settings.fs.stat(path, (statError, stat3) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              callFailureCallback(callback, statError);
              return;
            }
            callSuccessCallback(callback, lstat2);
            return;
          }
          if (settings.markSymbolicLink) {
            stat3.isSymbolicLink = () => true;
          }
          callSuccessCallback(callback, stat3);
        });
      });
    }
    exports2.read = read;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result2) {
      callback(null, result2);
    }
  }
});

// node_modules/@nodelib/fs.stat/out/providers/sync.js
var require_sync = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/sync.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.read = void 0;
    function read(path, settings) {
      const lstat2 = settings.fs.lstatSync(path);
      if (!lstat2.isSymbolicLink() || !settings.followSymbolicLink) {
        return lstat2;
      }
      try {
        const stat3 = settings.fs.statSync(path);
        if (settings.markSymbolicLink) {
          stat3.isSymbolicLink = () => true;
        }
        return stat3;
      } catch (error) {
        if (!settings.throwErrorOnBrokenSymbolicLink) {
          return lstat2;
        }
        throw error;
      }
    }
    exports2.read = read;
  }
});

// node_modules/@nodelib/fs.stat/out/adapters/fs.js
var require_fs2 = __commonJS({
  "node_modules/@nodelib/fs.stat/out/adapters/fs.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createFileSystemAdapter = exports2.FILE_SYSTEM_ADAPTER = void 0;
    var fs2 = require("fs");
    exports2.FILE_SYSTEM_ADAPTER = {
      lstat: fs2.lstat,
      stat: fs2.stat,
      lstatSync: fs2.lstatSync,
      statSync: fs2.statSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports2.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports2.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports2.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.stat/out/settings.js
var require_settings = __commonJS({
  "node_modules/@nodelib/fs.stat/out/settings.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var fs2 = require_fs2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLink = this._getValue(this._options.followSymbolicLink, true);
        this.fs = fs2.createFileSystemAdapter(this._options.fs);
        this.markSymbolicLink = this._getValue(this._options.markSymbolicLink, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports2.default = Settings;
  }
});

// node_modules/@nodelib/fs.stat/out/index.js
var require_out = __commonJS({
  "node_modules/@nodelib/fs.stat/out/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.statSync = exports2.stat = exports2.Settings = void 0;
    var async = require_async();
    var sync = require_sync();
    var settings_1 = require_settings();
    exports2.Settings = settings_1.default;
    function stat3(path, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports2.stat = stat3;
    function statSync3(path, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path, settings);
    }
    exports2.statSync = statSync3;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/queue-microtask/index.js
var require_queue_microtask = __commonJS({
  "node_modules/queue-microtask/index.js"(exports2, module2) {
    var promise;
    module2.exports = typeof queueMicrotask === "function" ? queueMicrotask.bind(typeof window !== "undefined" ? window : global) : (cb) => (promise || (promise = Promise.resolve())).then(cb).catch((err) => setTimeout(() => {
      throw err;
    }, 0));
  }
});

// node_modules/run-parallel/index.js
var require_run_parallel = __commonJS({
  "node_modules/run-parallel/index.js"(exports2, module2) {
    module2.exports = runParallel;
    var queueMicrotask2 = require_queue_microtask();
    function runParallel(tasks, cb) {
      let results, pending, keys;
      let isSync = true;
      if (Array.isArray(tasks)) {
        results = [];
        pending = tasks.length;
      } else {
        keys = Object.keys(tasks);
        results = {};
        pending = keys.length;
      }
      function done(err) {
        function end() {
          if (cb) cb(err, results);
          cb = null;
        }
        if (isSync) queueMicrotask2(end);
        else end();
      }
      function each(i, err, result2) {
        results[i] = result2;
        if (--pending === 0 || err) {
          done(err);
        }
      }
      if (!pending) {
        done(null);
      } else if (keys) {
        keys.forEach(function(key) {
          tasks[key](function(err, result2) {
            each(key, err, result2);
          });
        });
      } else {
        tasks.forEach(function(task, i) {
          task(function(err, result2) {
            each(i, err, result2);
          });
        });
      }
      isSync = false;
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/constants.js
var require_constants3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/constants.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.IS_SUPPORT_READDIR_WITH_FILE_TYPES = void 0;
    var NODE_PROCESS_VERSION_PARTS = process.versions.node.split(".");
    if (NODE_PROCESS_VERSION_PARTS[0] === void 0 || NODE_PROCESS_VERSION_PARTS[1] === void 0) {
      throw new Error(`Unexpected behavior. The 'process.versions.node' variable has invalid value: ${process.versions.node}`);
    }
    var MAJOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[0], 10);
    var MINOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[1], 10);
    var SUPPORTED_MAJOR_VERSION = 10;
    var SUPPORTED_MINOR_VERSION = 10;
    var IS_MATCHED_BY_MAJOR = MAJOR_VERSION > SUPPORTED_MAJOR_VERSION;
    var IS_MATCHED_BY_MAJOR_AND_MINOR = MAJOR_VERSION === SUPPORTED_MAJOR_VERSION && MINOR_VERSION >= SUPPORTED_MINOR_VERSION;
    exports2.IS_SUPPORT_READDIR_WITH_FILE_TYPES = IS_MATCHED_BY_MAJOR || IS_MATCHED_BY_MAJOR_AND_MINOR;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/fs.js
var require_fs3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/fs.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports2.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/index.js
var require_utils4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.fs = void 0;
    var fs2 = require_fs3();
    exports2.fs = fs2;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/common.js
var require_common2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/common.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.joinPathSegments = void 0;
    function joinPathSegments(a, b3, separator) {
      if (a.endsWith(separator)) {
        return a + b3;
      }
      return a + separator + b3;
    }
    exports2.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/async.js
var require_async2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/async.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.readdir = exports2.readdirWithFileTypes = exports2.read = void 0;
    var fsStat = require_out();
    var rpl = require_run_parallel();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common = require_common2();
    function read(directory, settings, callback) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        readdirWithFileTypes(directory, settings, callback);
        return;
      }
      readdir2(directory, settings, callback);
    }
    exports2.read = read;
    function readdirWithFileTypes(directory, settings, callback) {
      settings.fs.readdir(directory, { withFileTypes: true }, (readdirError, dirents) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const entries = dirents.map((dirent) => ({
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        }));
        if (!settings.followSymbolicLinks) {
          callSuccessCallback(callback, entries);
          return;
        }
        const tasks = entries.map((entry) => makeRplTaskEntry(entry, settings));
        rpl(tasks, (rplError, rplEntries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, rplEntries);
        });
      });
    }
    exports2.readdirWithFileTypes = readdirWithFileTypes;
    function makeRplTaskEntry(entry, settings) {
      return (done) => {
        if (!entry.dirent.isSymbolicLink()) {
          done(null, entry);
          return;
        }
        settings.fs.stat(entry.path, (statError, stats) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              done(statError);
              return;
            }
            done(null, entry);
            return;
          }
          entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          done(null, entry);
        });
      };
    }
    function readdir2(directory, settings, callback) {
      settings.fs.readdir(directory, (readdirError, names) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const tasks = names.map((name) => {
          const path = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
          return (done) => {
            fsStat.stat(path, settings.fsStatSettings, (error, stats) => {
              if (error !== null) {
                done(error);
                return;
              }
              const entry = {
                name,
                path,
                dirent: utils.fs.createDirentFromStats(name, stats)
              };
              if (settings.stats) {
                entry.stats = stats;
              }
              done(null, entry);
            });
          };
        });
        rpl(tasks, (rplError, entries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, entries);
        });
      });
    }
    exports2.readdir = readdir2;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result2) {
      callback(null, result2);
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/sync.js
var require_sync2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/sync.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.readdir = exports2.readdirWithFileTypes = exports2.read = void 0;
    var fsStat = require_out();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common = require_common2();
    function read(directory, settings) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        return readdirWithFileTypes(directory, settings);
      }
      return readdir2(directory, settings);
    }
    exports2.read = read;
    function readdirWithFileTypes(directory, settings) {
      const dirents = settings.fs.readdirSync(directory, { withFileTypes: true });
      return dirents.map((dirent) => {
        const entry = {
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        };
        if (entry.dirent.isSymbolicLink() && settings.followSymbolicLinks) {
          try {
            const stats = settings.fs.statSync(entry.path);
            entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          } catch (error) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              throw error;
            }
          }
        }
        return entry;
      });
    }
    exports2.readdirWithFileTypes = readdirWithFileTypes;
    function readdir2(directory, settings) {
      const names = settings.fs.readdirSync(directory);
      return names.map((name) => {
        const entryPath = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
        const stats = fsStat.statSync(entryPath, settings.fsStatSettings);
        const entry = {
          name,
          path: entryPath,
          dirent: utils.fs.createDirentFromStats(name, stats)
        };
        if (settings.stats) {
          entry.stats = stats;
        }
        return entry;
      });
    }
    exports2.readdir = readdir2;
  }
});

// node_modules/@nodelib/fs.scandir/out/adapters/fs.js
var require_fs4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/adapters/fs.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createFileSystemAdapter = exports2.FILE_SYSTEM_ADAPTER = void 0;
    var fs2 = require("fs");
    exports2.FILE_SYSTEM_ADAPTER = {
      lstat: fs2.lstat,
      stat: fs2.stat,
      lstatSync: fs2.lstatSync,
      statSync: fs2.statSync,
      readdir: fs2.readdir,
      readdirSync: fs2.readdirSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports2.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports2.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports2.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.scandir/out/settings.js
var require_settings2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/settings.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var path = require("path");
    var fsStat = require_out();
    var fs2 = require_fs4();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, false);
        this.fs = fs2.createFileSystemAdapter(this._options.fs);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path.sep);
        this.stats = this._getValue(this._options.stats, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
        this.fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this.followSymbolicLinks,
          fs: this.fs,
          throwErrorOnBrokenSymbolicLink: this.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports2.default = Settings;
  }
});

// node_modules/@nodelib/fs.scandir/out/index.js
var require_out2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Settings = exports2.scandirSync = exports2.scandir = void 0;
    var async = require_async2();
    var sync = require_sync2();
    var settings_1 = require_settings2();
    exports2.Settings = settings_1.default;
    function scandir(path, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports2.scandir = scandir;
    function scandirSync(path, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path, settings);
    }
    exports2.scandirSync = scandirSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/reusify/reusify.js
var require_reusify = __commonJS({
  "node_modules/reusify/reusify.js"(exports2, module2) {
    "use strict";
    function reusify(Constructor) {
      var head = new Constructor();
      var tail = head;
      function get() {
        var current = head;
        if (current.next) {
          head = current.next;
        } else {
          head = new Constructor();
          tail = head;
        }
        current.next = null;
        return current;
      }
      function release(obj) {
        tail.next = obj;
        tail = obj;
      }
      return {
        get,
        release
      };
    }
    module2.exports = reusify;
  }
});

// node_modules/fastq/queue.js
var require_queue = __commonJS({
  "node_modules/fastq/queue.js"(exports2, module2) {
    "use strict";
    var reusify = require_reusify();
    function fastqueue(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      if (!(_concurrency >= 1)) {
        throw new Error("fastqueue concurrency must be equal to or greater than 1");
      }
      var cache = reusify(Task);
      var queueHead = null;
      var queueTail = null;
      var _running = 0;
      var errorHandler = null;
      var self = {
        push,
        drain: noop,
        saturated: noop,
        pause,
        paused: false,
        get concurrency() {
          return _concurrency;
        },
        set concurrency(value) {
          if (!(value >= 1)) {
            throw new Error("fastqueue concurrency must be equal to or greater than 1");
          }
          _concurrency = value;
          if (self.paused) return;
          for (; queueHead && _running < _concurrency; ) {
            _running++;
            release();
          }
        },
        running,
        resume,
        idle,
        length,
        getQueue,
        unshift,
        empty: noop,
        kill,
        killAndDrain,
        error,
        abort
      };
      return self;
      function running() {
        return _running;
      }
      function pause() {
        self.paused = true;
      }
      function length() {
        var current = queueHead;
        var counter = 0;
        while (current) {
          current = current.next;
          counter++;
        }
        return counter;
      }
      function getQueue() {
        var current = queueHead;
        var tasks = [];
        while (current) {
          tasks.push(current.value);
          current = current.next;
        }
        return tasks;
      }
      function resume() {
        if (!self.paused) return;
        self.paused = false;
        if (queueHead === null) {
          _running++;
          release();
          return;
        }
        for (; queueHead && _running < _concurrency; ) {
          _running++;
          release();
        }
      }
      function idle() {
        return _running === 0 && self.length() === 0;
      }
      function push(value, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueTail) {
            queueTail.next = current;
            queueTail = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function unshift(value, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueHead) {
            current.next = queueHead;
            queueHead = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function release(holder) {
        if (holder) {
          cache.release(holder);
        }
        var next = queueHead;
        if (next && _running <= _concurrency) {
          if (!self.paused) {
            if (queueTail === queueHead) {
              queueTail = null;
            }
            queueHead = next.next;
            next.next = null;
            worker.call(context, next.value, next.worked);
            if (queueTail === null) {
              self.empty();
            }
          } else {
            _running--;
          }
        } else if (--_running === 0) {
          self.drain();
        }
      }
      function kill() {
        queueHead = null;
        queueTail = null;
        self.drain = noop;
      }
      function killAndDrain() {
        queueHead = null;
        queueTail = null;
        self.drain();
        self.drain = noop;
      }
      function abort() {
        var current = queueHead;
        queueHead = null;
        queueTail = null;
        while (current) {
          var next = current.next;
          var callback = current.callback;
          var errorHandler2 = current.errorHandler;
          var val = current.value;
          var context2 = current.context;
          current.value = null;
          current.callback = noop;
          current.errorHandler = null;
          current.next = null;
          if (errorHandler2) {
            errorHandler2(new Error("abort"), val);
          }
          callback.call(context2, new Error("abort"));
          cache.release(current);
          current = next;
        }
        self.drain = noop;
      }
      function error(handler) {
        errorHandler = handler;
      }
    }
    function noop() {
    }
    function Task() {
      this.value = null;
      this.callback = noop;
      this.next = null;
      this.release = noop;
      this.context = null;
      this.errorHandler = null;
      var self = this;
      this.worked = function worked(err, result2) {
        var callback = self.callback;
        var errorHandler = self.errorHandler;
        var val = self.value;
        self.value = null;
        self.callback = noop;
        if (self.errorHandler) {
          errorHandler(err, val);
        }
        callback.call(self.context, err, result2);
        self.release(self);
      };
    }
    function queueAsPromised(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      function asyncWrapper(arg, cb) {
        worker.call(this, arg).then(function(res) {
          cb(null, res);
        }, cb);
      }
      var queue = fastqueue(context, asyncWrapper, _concurrency);
      var pushCb = queue.push;
      var unshiftCb = queue.unshift;
      queue.push = push;
      queue.unshift = unshift;
      queue.drained = drained;
      return queue;
      function push(value) {
        var p2 = new Promise(function(resolve6, reject) {
          pushCb(value, function(err, result2) {
            if (err) {
              reject(err);
              return;
            }
            resolve6(result2);
          });
        });
        p2.catch(noop);
        return p2;
      }
      function unshift(value) {
        var p2 = new Promise(function(resolve6, reject) {
          unshiftCb(value, function(err, result2) {
            if (err) {
              reject(err);
              return;
            }
            resolve6(result2);
          });
        });
        p2.catch(noop);
        return p2;
      }
      function drained() {
        var p2 = new Promise(function(resolve6) {
          process.nextTick(function() {
            if (queue.idle()) {
              resolve6();
            } else {
              var previousDrain = queue.drain;
              queue.drain = function() {
                if (typeof previousDrain === "function") previousDrain();
                resolve6();
                queue.drain = previousDrain;
              };
            }
          });
        });
        return p2;
      }
    }
    module2.exports = fastqueue;
    module2.exports.promise = queueAsPromised;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/common.js
var require_common3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/common.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.joinPathSegments = exports2.replacePathSegmentSeparator = exports2.isAppliedFilter = exports2.isFatalError = void 0;
    function isFatalError(settings, error) {
      if (settings.errorFilter === null) {
        return true;
      }
      return !settings.errorFilter(error);
    }
    exports2.isFatalError = isFatalError;
    function isAppliedFilter(filter, value) {
      return filter === null || filter(value);
    }
    exports2.isAppliedFilter = isAppliedFilter;
    function replacePathSegmentSeparator(filepath, separator) {
      return filepath.split(/[/\\]/).join(separator);
    }
    exports2.replacePathSegmentSeparator = replacePathSegmentSeparator;
    function joinPathSegments(a, b3, separator) {
      if (a === "") {
        return b3;
      }
      if (a.endsWith(separator)) {
        return a + b3;
      }
      return a + separator + b3;
    }
    exports2.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/reader.js
var require_reader = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/reader.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var common = require_common3();
    var Reader = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._root = common.replacePathSegmentSeparator(_root, _settings.pathSegmentSeparator);
      }
    };
    exports2.default = Reader;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/async.js
var require_async3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/async.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var events_1 = require("events");
    var fsScandir = require_out2();
    var fastq = require_queue();
    var common = require_common3();
    var reader_1 = require_reader();
    var AsyncReader = class extends reader_1.default {
      constructor(_root, _settings) {
        super(_root, _settings);
        this._settings = _settings;
        this._scandir = fsScandir.scandir;
        this._emitter = new events_1.EventEmitter();
        this._queue = fastq(this._worker.bind(this), this._settings.concurrency);
        this._isFatalError = false;
        this._isDestroyed = false;
        this._queue.drain = () => {
          if (!this._isFatalError) {
            this._emitter.emit("end");
          }
        };
      }
      read() {
        this._isFatalError = false;
        this._isDestroyed = false;
        setImmediate(() => {
          this._pushToQueue(this._root, this._settings.basePath);
        });
        return this._emitter;
      }
      get isDestroyed() {
        return this._isDestroyed;
      }
      destroy() {
        if (this._isDestroyed) {
          throw new Error("The reader is already destroyed");
        }
        this._isDestroyed = true;
        this._queue.killAndDrain();
      }
      onEntry(callback) {
        this._emitter.on("entry", callback);
      }
      onError(callback) {
        this._emitter.once("error", callback);
      }
      onEnd(callback) {
        this._emitter.once("end", callback);
      }
      _pushToQueue(directory, base) {
        const queueItem = { directory, base };
        this._queue.push(queueItem, (error) => {
          if (error !== null) {
            this._handleError(error);
          }
        });
      }
      _worker(item, done) {
        this._scandir(item.directory, this._settings.fsScandirSettings, (error, entries) => {
          if (error !== null) {
            done(error, void 0);
            return;
          }
          for (const entry of entries) {
            this._handleEntry(entry, item.base);
          }
          done(null, void 0);
        });
      }
      _handleError(error) {
        if (this._isDestroyed || !common.isFatalError(this._settings, error)) {
          return;
        }
        this._isFatalError = true;
        this._isDestroyed = true;
        this._emitter.emit("error", error);
      }
      _handleEntry(entry, base) {
        if (this._isDestroyed || this._isFatalError) {
          return;
        }
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._emitEntry(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _emitEntry(entry) {
        this._emitter.emit("entry", entry);
      }
    };
    exports2.default = AsyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/async.js
var require_async4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/async.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var async_1 = require_async3();
    var AsyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._storage = [];
      }
      read(callback) {
        this._reader.onError((error) => {
          callFailureCallback(callback, error);
        });
        this._reader.onEntry((entry) => {
          this._storage.push(entry);
        });
        this._reader.onEnd(() => {
          callSuccessCallback(callback, this._storage);
        });
        this._reader.read();
      }
    };
    exports2.default = AsyncProvider;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, entries) {
      callback(null, entries);
    }
  }
});

// node_modules/@nodelib/fs.walk/out/providers/stream.js
var require_stream2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/stream.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var stream_1 = require("stream");
    var async_1 = require_async3();
    var StreamProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._stream = new stream_1.Readable({
          objectMode: true,
          read: () => {
          },
          destroy: () => {
            if (!this._reader.isDestroyed) {
              this._reader.destroy();
            }
          }
        });
      }
      read() {
        this._reader.onError((error) => {
          this._stream.emit("error", error);
        });
        this._reader.onEntry((entry) => {
          this._stream.push(entry);
        });
        this._reader.onEnd(() => {
          this._stream.push(null);
        });
        this._reader.read();
        return this._stream;
      }
    };
    exports2.default = StreamProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/sync.js
var require_sync3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/sync.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var fsScandir = require_out2();
    var common = require_common3();
    var reader_1 = require_reader();
    var SyncReader = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._scandir = fsScandir.scandirSync;
        this._storage = [];
        this._queue = /* @__PURE__ */ new Set();
      }
      read() {
        this._pushToQueue(this._root, this._settings.basePath);
        this._handleQueue();
        return this._storage;
      }
      _pushToQueue(directory, base) {
        this._queue.add({ directory, base });
      }
      _handleQueue() {
        for (const item of this._queue.values()) {
          this._handleDirectory(item.directory, item.base);
        }
      }
      _handleDirectory(directory, base) {
        try {
          const entries = this._scandir(directory, this._settings.fsScandirSettings);
          for (const entry of entries) {
            this._handleEntry(entry, base);
          }
        } catch (error) {
          this._handleError(error);
        }
      }
      _handleError(error) {
        if (!common.isFatalError(this._settings, error)) {
          return;
        }
        throw error;
      }
      _handleEntry(entry, base) {
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._pushToStorage(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _pushToStorage(entry) {
        this._storage.push(entry);
      }
    };
    exports2.default = SyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/sync.js
var require_sync4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/sync.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var sync_1 = require_sync3();
    var SyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new sync_1.default(this._root, this._settings);
      }
      read() {
        return this._reader.read();
      }
    };
    exports2.default = SyncProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/settings.js
var require_settings3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/settings.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var path = require("path");
    var fsScandir = require_out2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.basePath = this._getValue(this._options.basePath, void 0);
        this.concurrency = this._getValue(this._options.concurrency, Number.POSITIVE_INFINITY);
        this.deepFilter = this._getValue(this._options.deepFilter, null);
        this.entryFilter = this._getValue(this._options.entryFilter, null);
        this.errorFilter = this._getValue(this._options.errorFilter, null);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path.sep);
        this.fsScandirSettings = new fsScandir.Settings({
          followSymbolicLinks: this._options.followSymbolicLinks,
          fs: this._options.fs,
          pathSegmentSeparator: this._options.pathSegmentSeparator,
          stats: this._options.stats,
          throwErrorOnBrokenSymbolicLink: this._options.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports2.default = Settings;
  }
});

// node_modules/@nodelib/fs.walk/out/index.js
var require_out3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Settings = exports2.walkStream = exports2.walkSync = exports2.walk = void 0;
    var async_1 = require_async4();
    var stream_1 = require_stream2();
    var sync_1 = require_sync4();
    var settings_1 = require_settings3();
    exports2.Settings = settings_1.default;
    function walk(directory, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        new async_1.default(directory, getSettings()).read(optionsOrSettingsOrCallback);
        return;
      }
      new async_1.default(directory, getSettings(optionsOrSettingsOrCallback)).read(callback);
    }
    exports2.walk = walk;
    function walkSync(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new sync_1.default(directory, settings);
      return provider.read();
    }
    exports2.walkSync = walkSync;
    function walkStream(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new stream_1.default(directory, settings);
      return provider.read();
    }
    exports2.walkStream = walkStream;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/fast-glob/out/readers/reader.js
var require_reader2 = __commonJS({
  "node_modules/fast-glob/out/readers/reader.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var path = require("path");
    var fsStat = require_out();
    var utils = require_utils3();
    var Reader = class {
      constructor(_settings) {
        this._settings = _settings;
        this._fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          throwErrorOnBrokenSymbolicLink: this._settings.followSymbolicLinks
        });
      }
      _getFullEntryPath(filepath) {
        return path.resolve(this._settings.cwd, filepath);
      }
      _makeEntry(stats, pattern) {
        const entry = {
          name: pattern,
          path: pattern,
          dirent: utils.fs.createDirentFromStats(pattern, stats)
        };
        if (this._settings.stats) {
          entry.stats = stats;
        }
        return entry;
      }
      _isFatalError(error) {
        return !utils.errno.isEnoentCodeError(error) && !this._settings.suppressErrors;
      }
    };
    exports2.default = Reader;
  }
});

// node_modules/fast-glob/out/readers/stream.js
var require_stream3 = __commonJS({
  "node_modules/fast-glob/out/readers/stream.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var stream_1 = require("stream");
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderStream = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkStream = fsWalk.walkStream;
        this._stat = fsStat.stat;
      }
      dynamic(root, options) {
        return this._walkStream(root, options);
      }
      static(patterns, options) {
        const filepaths = patterns.map(this._getFullEntryPath, this);
        const stream = new stream_1.PassThrough({ objectMode: true });
        stream._write = (index, _enc, done) => {
          return this._getEntry(filepaths[index], patterns[index], options).then((entry) => {
            if (entry !== null && options.entryFilter(entry)) {
              stream.push(entry);
            }
            if (index === filepaths.length - 1) {
              stream.end();
            }
            done();
          }).catch(done);
        };
        for (let i = 0; i < filepaths.length; i++) {
          stream.write(i);
        }
        return stream;
      }
      _getEntry(filepath, pattern, options) {
        return this._getStat(filepath).then((stats) => this._makeEntry(stats, pattern)).catch((error) => {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        });
      }
      _getStat(filepath) {
        return new Promise((resolve6, reject) => {
          this._stat(filepath, this._fsStatSettings, (error, stats) => {
            return error === null ? resolve6(stats) : reject(error);
          });
        });
      }
    };
    exports2.default = ReaderStream;
  }
});

// node_modules/fast-glob/out/readers/async.js
var require_async5 = __commonJS({
  "node_modules/fast-glob/out/readers/async.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var stream_1 = require_stream3();
    var ReaderAsync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkAsync = fsWalk.walk;
        this._readerStream = new stream_1.default(this._settings);
      }
      dynamic(root, options) {
        return new Promise((resolve6, reject) => {
          this._walkAsync(root, options, (error, entries) => {
            if (error === null) {
              resolve6(entries);
            } else {
              reject(error);
            }
          });
        });
      }
      async static(patterns, options) {
        const entries = [];
        const stream = this._readerStream.static(patterns, options);
        return new Promise((resolve6, reject) => {
          stream.once("error", reject);
          stream.on("data", (entry) => entries.push(entry));
          stream.once("end", () => resolve6(entries));
        });
      }
    };
    exports2.default = ReaderAsync;
  }
});

// node_modules/fast-glob/out/providers/matchers/matcher.js
var require_matcher = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/matcher.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var utils = require_utils3();
    var Matcher = class {
      constructor(_patterns, _settings, _micromatchOptions) {
        this._patterns = _patterns;
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this._storage = [];
        this._fillStorage();
      }
      _fillStorage() {
        for (const pattern of this._patterns) {
          const segments = this._getPatternSegments(pattern);
          const sections = this._splitSegmentsIntoSections(segments);
          this._storage.push({
            complete: sections.length <= 1,
            pattern,
            segments,
            sections
          });
        }
      }
      _getPatternSegments(pattern) {
        const parts = utils.pattern.getPatternParts(pattern, this._micromatchOptions);
        return parts.map((part) => {
          const dynamic = utils.pattern.isDynamicPattern(part, this._settings);
          if (!dynamic) {
            return {
              dynamic: false,
              pattern: part
            };
          }
          return {
            dynamic: true,
            pattern: part,
            patternRe: utils.pattern.makeRe(part, this._micromatchOptions)
          };
        });
      }
      _splitSegmentsIntoSections(segments) {
        return utils.array.splitWhen(segments, (segment) => segment.dynamic && utils.pattern.hasGlobStar(segment.pattern));
      }
    };
    exports2.default = Matcher;
  }
});

// node_modules/fast-glob/out/providers/matchers/partial.js
var require_partial = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/partial.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var matcher_1 = require_matcher();
    var PartialMatcher = class extends matcher_1.default {
      match(filepath) {
        const parts = filepath.split("/");
        const levels = parts.length;
        const patterns = this._storage.filter((info) => !info.complete || info.segments.length > levels);
        for (const pattern of patterns) {
          const section = pattern.sections[0];
          if (!pattern.complete && levels > section.length) {
            return true;
          }
          const match = parts.every((part, index) => {
            const segment = pattern.segments[index];
            if (segment.dynamic && segment.patternRe.test(part)) {
              return true;
            }
            if (!segment.dynamic && segment.pattern === part) {
              return true;
            }
            return false;
          });
          if (match) {
            return true;
          }
        }
        return false;
      }
    };
    exports2.default = PartialMatcher;
  }
});

// node_modules/fast-glob/out/providers/filters/deep.js
var require_deep = __commonJS({
  "node_modules/fast-glob/out/providers/filters/deep.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var utils = require_utils3();
    var partial_1 = require_partial();
    var DeepFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
      }
      getFilter(basePath, positive, negative) {
        const matcher = this._getMatcher(positive);
        const negativeRe = this._getNegativePatternsRe(negative);
        return (entry) => this._filter(basePath, entry, matcher, negativeRe);
      }
      _getMatcher(patterns) {
        return new partial_1.default(patterns, this._settings, this._micromatchOptions);
      }
      _getNegativePatternsRe(patterns) {
        const affectDepthOfReadingPatterns = patterns.filter(utils.pattern.isAffectDepthOfReadingPattern);
        return utils.pattern.convertPatternsToRe(affectDepthOfReadingPatterns, this._micromatchOptions);
      }
      _filter(basePath, entry, matcher, negativeRe) {
        if (this._isSkippedByDeep(basePath, entry.path)) {
          return false;
        }
        if (this._isSkippedSymbolicLink(entry)) {
          return false;
        }
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._isSkippedByPositivePatterns(filepath, matcher)) {
          return false;
        }
        return this._isSkippedByNegativePatterns(filepath, negativeRe);
      }
      _isSkippedByDeep(basePath, entryPath) {
        if (this._settings.deep === Infinity) {
          return false;
        }
        return this._getEntryLevel(basePath, entryPath) >= this._settings.deep;
      }
      _getEntryLevel(basePath, entryPath) {
        const entryPathDepth = entryPath.split("/").length;
        if (basePath === "") {
          return entryPathDepth;
        }
        const basePathDepth = basePath.split("/").length;
        return entryPathDepth - basePathDepth;
      }
      _isSkippedSymbolicLink(entry) {
        return !this._settings.followSymbolicLinks && entry.dirent.isSymbolicLink();
      }
      _isSkippedByPositivePatterns(entryPath, matcher) {
        return !this._settings.baseNameMatch && !matcher.match(entryPath);
      }
      _isSkippedByNegativePatterns(entryPath, patternsRe) {
        return !utils.pattern.matchAny(entryPath, patternsRe);
      }
    };
    exports2.default = DeepFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/entry.js
var require_entry = __commonJS({
  "node_modules/fast-glob/out/providers/filters/entry.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this.index = /* @__PURE__ */ new Map();
      }
      getFilter(positive, negative) {
        const [absoluteNegative, relativeNegative] = utils.pattern.partitionAbsoluteAndRelative(negative);
        const patterns = {
          positive: {
            all: utils.pattern.convertPatternsToRe(positive, this._micromatchOptions)
          },
          negative: {
            absolute: utils.pattern.convertPatternsToRe(absoluteNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true })),
            relative: utils.pattern.convertPatternsToRe(relativeNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true }))
          }
        };
        return (entry) => this._filter(entry, patterns);
      }
      _filter(entry, patterns) {
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._settings.unique && this._isDuplicateEntry(filepath)) {
          return false;
        }
        if (this._onlyFileFilter(entry) || this._onlyDirectoryFilter(entry)) {
          return false;
        }
        const isMatched = this._isMatchToPatternsSet(filepath, patterns, entry.dirent.isDirectory());
        if (this._settings.unique && isMatched) {
          this._createIndexRecord(filepath);
        }
        return isMatched;
      }
      _isDuplicateEntry(filepath) {
        return this.index.has(filepath);
      }
      _createIndexRecord(filepath) {
        this.index.set(filepath, void 0);
      }
      _onlyFileFilter(entry) {
        return this._settings.onlyFiles && !entry.dirent.isFile();
      }
      _onlyDirectoryFilter(entry) {
        return this._settings.onlyDirectories && !entry.dirent.isDirectory();
      }
      _isMatchToPatternsSet(filepath, patterns, isDirectory) {
        const isMatched = this._isMatchToPatterns(filepath, patterns.positive.all, isDirectory);
        if (!isMatched) {
          return false;
        }
        const isMatchedByRelativeNegative = this._isMatchToPatterns(filepath, patterns.negative.relative, isDirectory);
        if (isMatchedByRelativeNegative) {
          return false;
        }
        const isMatchedByAbsoluteNegative = this._isMatchToAbsoluteNegative(filepath, patterns.negative.absolute, isDirectory);
        if (isMatchedByAbsoluteNegative) {
          return false;
        }
        return true;
      }
      _isMatchToAbsoluteNegative(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const fullpath = utils.path.makeAbsolute(this._settings.cwd, filepath);
        return this._isMatchToPatterns(fullpath, patternsRe, isDirectory);
      }
      _isMatchToPatterns(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const isMatched = utils.pattern.matchAny(filepath, patternsRe);
        if (!isMatched && isDirectory) {
          return utils.pattern.matchAny(filepath + "/", patternsRe);
        }
        return isMatched;
      }
    };
    exports2.default = EntryFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/error.js
var require_error = __commonJS({
  "node_modules/fast-glob/out/providers/filters/error.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var utils = require_utils3();
    var ErrorFilter = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getFilter() {
        return (error) => this._isNonFatalError(error);
      }
      _isNonFatalError(error) {
        return utils.errno.isEnoentCodeError(error) || this._settings.suppressErrors;
      }
    };
    exports2.default = ErrorFilter;
  }
});

// node_modules/fast-glob/out/providers/transformers/entry.js
var require_entry2 = __commonJS({
  "node_modules/fast-glob/out/providers/transformers/entry.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryTransformer = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getTransformer() {
        return (entry) => this._transform(entry);
      }
      _transform(entry) {
        let filepath = entry.path;
        if (this._settings.absolute) {
          filepath = utils.path.makeAbsolute(this._settings.cwd, filepath);
          filepath = utils.path.unixify(filepath);
        }
        if (this._settings.markDirectories && entry.dirent.isDirectory()) {
          filepath += "/";
        }
        if (!this._settings.objectMode) {
          return filepath;
        }
        return Object.assign(Object.assign({}, entry), { path: filepath });
      }
    };
    exports2.default = EntryTransformer;
  }
});

// node_modules/fast-glob/out/providers/provider.js
var require_provider = __commonJS({
  "node_modules/fast-glob/out/providers/provider.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var path = require("path");
    var deep_1 = require_deep();
    var entry_1 = require_entry();
    var error_1 = require_error();
    var entry_2 = require_entry2();
    var Provider = class {
      constructor(_settings) {
        this._settings = _settings;
        this.errorFilter = new error_1.default(this._settings);
        this.entryFilter = new entry_1.default(this._settings, this._getMicromatchOptions());
        this.deepFilter = new deep_1.default(this._settings, this._getMicromatchOptions());
        this.entryTransformer = new entry_2.default(this._settings);
      }
      _getRootDirectory(task) {
        return path.resolve(this._settings.cwd, task.base);
      }
      _getReaderOptions(task) {
        const basePath = task.base === "." ? "" : task.base;
        return {
          basePath,
          pathSegmentSeparator: "/",
          concurrency: this._settings.concurrency,
          deepFilter: this.deepFilter.getFilter(basePath, task.positive, task.negative),
          entryFilter: this.entryFilter.getFilter(task.positive, task.negative),
          errorFilter: this.errorFilter.getFilter(),
          followSymbolicLinks: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          stats: this._settings.stats,
          throwErrorOnBrokenSymbolicLink: this._settings.throwErrorOnBrokenSymbolicLink,
          transform: this.entryTransformer.getTransformer()
        };
      }
      _getMicromatchOptions() {
        return {
          dot: this._settings.dot,
          matchBase: this._settings.baseNameMatch,
          nobrace: !this._settings.braceExpansion,
          nocase: !this._settings.caseSensitiveMatch,
          noext: !this._settings.extglob,
          noglobstar: !this._settings.globstar,
          posix: true,
          strictSlashes: false
        };
      }
    };
    exports2.default = Provider;
  }
});

// node_modules/fast-glob/out/providers/async.js
var require_async6 = __commonJS({
  "node_modules/fast-glob/out/providers/async.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var async_1 = require_async5();
    var provider_1 = require_provider();
    var ProviderAsync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new async_1.default(this._settings);
      }
      async read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = await this.api(root, task, options);
        return entries.map((entry) => options.transform(entry));
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports2.default = ProviderAsync;
  }
});

// node_modules/fast-glob/out/providers/stream.js
var require_stream4 = __commonJS({
  "node_modules/fast-glob/out/providers/stream.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var stream_1 = require("stream");
    var stream_2 = require_stream3();
    var provider_1 = require_provider();
    var ProviderStream = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new stream_2.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const source = this.api(root, task, options);
        const destination = new stream_1.Readable({ objectMode: true, read: () => {
        } });
        source.once("error", (error) => destination.emit("error", error)).on("data", (entry) => destination.emit("data", options.transform(entry))).once("end", () => destination.emit("end"));
        destination.once("close", () => source.destroy());
        return destination;
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports2.default = ProviderStream;
  }
});

// node_modules/fast-glob/out/readers/sync.js
var require_sync5 = __commonJS({
  "node_modules/fast-glob/out/readers/sync.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderSync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkSync = fsWalk.walkSync;
        this._statSync = fsStat.statSync;
      }
      dynamic(root, options) {
        return this._walkSync(root, options);
      }
      static(patterns, options) {
        const entries = [];
        for (const pattern of patterns) {
          const filepath = this._getFullEntryPath(pattern);
          const entry = this._getEntry(filepath, pattern, options);
          if (entry === null || !options.entryFilter(entry)) {
            continue;
          }
          entries.push(entry);
        }
        return entries;
      }
      _getEntry(filepath, pattern, options) {
        try {
          const stats = this._getStat(filepath);
          return this._makeEntry(stats, pattern);
        } catch (error) {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        }
      }
      _getStat(filepath) {
        return this._statSync(filepath, this._fsStatSettings);
      }
    };
    exports2.default = ReaderSync;
  }
});

// node_modules/fast-glob/out/providers/sync.js
var require_sync6 = __commonJS({
  "node_modules/fast-glob/out/providers/sync.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var sync_1 = require_sync5();
    var provider_1 = require_provider();
    var ProviderSync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new sync_1.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = this.api(root, task, options);
        return entries.map(options.transform);
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports2.default = ProviderSync;
  }
});

// node_modules/fast-glob/out/settings.js
var require_settings4 = __commonJS({
  "node_modules/fast-glob/out/settings.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.DEFAULT_FILE_SYSTEM_ADAPTER = void 0;
    var fs2 = require("fs");
    var os3 = require("os");
    var CPU_COUNT = Math.max(os3.cpus().length, 1);
    exports2.DEFAULT_FILE_SYSTEM_ADAPTER = {
      lstat: fs2.lstat,
      lstatSync: fs2.lstatSync,
      stat: fs2.stat,
      statSync: fs2.statSync,
      readdir: fs2.readdir,
      readdirSync: fs2.readdirSync
    };
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.absolute = this._getValue(this._options.absolute, false);
        this.baseNameMatch = this._getValue(this._options.baseNameMatch, false);
        this.braceExpansion = this._getValue(this._options.braceExpansion, true);
        this.caseSensitiveMatch = this._getValue(this._options.caseSensitiveMatch, true);
        this.concurrency = this._getValue(this._options.concurrency, CPU_COUNT);
        this.cwd = this._getValue(this._options.cwd, process.cwd());
        this.deep = this._getValue(this._options.deep, Infinity);
        this.dot = this._getValue(this._options.dot, false);
        this.extglob = this._getValue(this._options.extglob, true);
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, true);
        this.fs = this._getFileSystemMethods(this._options.fs);
        this.globstar = this._getValue(this._options.globstar, true);
        this.ignore = this._getValue(this._options.ignore, []);
        this.markDirectories = this._getValue(this._options.markDirectories, false);
        this.objectMode = this._getValue(this._options.objectMode, false);
        this.onlyDirectories = this._getValue(this._options.onlyDirectories, false);
        this.onlyFiles = this._getValue(this._options.onlyFiles, true);
        this.stats = this._getValue(this._options.stats, false);
        this.suppressErrors = this._getValue(this._options.suppressErrors, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, false);
        this.unique = this._getValue(this._options.unique, true);
        if (this.onlyDirectories) {
          this.onlyFiles = false;
        }
        if (this.stats) {
          this.objectMode = true;
        }
        this.ignore = [].concat(this.ignore);
      }
      _getValue(option, value) {
        return option === void 0 ? value : option;
      }
      _getFileSystemMethods(methods = {}) {
        return Object.assign(Object.assign({}, exports2.DEFAULT_FILE_SYSTEM_ADAPTER), methods);
      }
    };
    exports2.default = Settings;
  }
});

// node_modules/fast-glob/out/index.js
var require_out4 = __commonJS({
  "node_modules/fast-glob/out/index.js"(exports2, module2) {
    "use strict";
    var taskManager = require_tasks();
    var async_1 = require_async6();
    var stream_1 = require_stream4();
    var sync_1 = require_sync6();
    var settings_1 = require_settings4();
    var utils = require_utils3();
    async function FastGlob(source, options) {
      assertPatternsInput(source);
      const works = getWorks(source, async_1.default, options);
      const result2 = await Promise.all(works);
      return utils.array.flatten(result2);
    }
    (function(FastGlob2) {
      FastGlob2.glob = FastGlob2;
      FastGlob2.globSync = sync;
      FastGlob2.globStream = stream;
      FastGlob2.async = FastGlob2;
      function sync(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, sync_1.default, options);
        return utils.array.flatten(works);
      }
      FastGlob2.sync = sync;
      function stream(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, stream_1.default, options);
        return utils.stream.merge(works);
      }
      FastGlob2.stream = stream;
      function generateTasks(source, options) {
        assertPatternsInput(source);
        const patterns = [].concat(source);
        const settings = new settings_1.default(options);
        return taskManager.generate(patterns, settings);
      }
      FastGlob2.generateTasks = generateTasks;
      function isDynamicPattern(source, options) {
        assertPatternsInput(source);
        const settings = new settings_1.default(options);
        return utils.pattern.isDynamicPattern(source, settings);
      }
      FastGlob2.isDynamicPattern = isDynamicPattern;
      function escapePath(source) {
        assertPatternsInput(source);
        return utils.path.escape(source);
      }
      FastGlob2.escapePath = escapePath;
      function convertPathToPattern(source) {
        assertPatternsInput(source);
        return utils.path.convertPathToPattern(source);
      }
      FastGlob2.convertPathToPattern = convertPathToPattern;
      let posix;
      (function(posix2) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapePosixPath(source);
        }
        posix2.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertPosixPathToPattern(source);
        }
        posix2.convertPathToPattern = convertPathToPattern2;
      })(posix = FastGlob2.posix || (FastGlob2.posix = {}));
      let win32;
      (function(win322) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapeWindowsPath(source);
        }
        win322.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertWindowsPathToPattern(source);
        }
        win322.convertPathToPattern = convertPathToPattern2;
      })(win32 = FastGlob2.win32 || (FastGlob2.win32 = {}));
    })(FastGlob || (FastGlob = {}));
    function getWorks(source, _Provider, options) {
      const patterns = [].concat(source);
      const settings = new settings_1.default(options);
      const tasks = taskManager.generate(patterns, settings);
      const provider = new _Provider(settings);
      return tasks.map(provider.read, provider);
    }
    function assertPatternsInput(input) {
      const source = [].concat(input);
      const isValidSource = source.every((item) => utils.string.isString(item) && !utils.string.isEmpty(item));
      if (!isValidSource) {
        throw new TypeError("Patterns must be a string (non empty) or an array of strings");
      }
    }
    module2.exports = FastGlob;
  }
});

// src/sources/walk.ts
function nameFromBytes(bytes) {
  try {
    return UTF8.decode(bytes);
  } catch {
    let out = "";
    for (const b3 of bytes) out += b3 < 128 ? String.fromCharCode(b3) : String.fromCharCode(56320 + b3);
    return out;
  }
}
function pathToBytes(path) {
  if (!/[\uDC80-\uDCFF]/.test(path)) return path;
  const parts = [];
  let run2 = "";
  for (const ch of path) {
    const c3 = ch.charCodeAt(0);
    if (ch.length === 1 && c3 >= 56448 && c3 <= 56575) {
      if (run2) parts.push(Buffer.from(run2, "utf8"));
      run2 = "";
      parts.push(Buffer.from([c3 - 56320]));
    } else run2 += ch;
  }
  if (run2) parts.push(Buffer.from(run2, "utf8"));
  return Buffer.concat(parts);
}
function displayName(path) {
  return path.replace(/[\uDC80-\uDCFF]/g, (ch) => `\\x${(ch.charCodeAt(0) - 56320).toString(16).toUpperCase()}`);
}
async function walkTree(dir, ignore, onEntry) {
  const { default: fg } = await Promise.resolve().then(() => __toESM(require_out4(), 1));
  const unreadableDirs = [];
  const adapter = {
    readdir: (path, _opts, cb) => (0, import_node_fs11.readdir)(pathToBytes(path), { withFileTypes: true, encoding: "buffer" }, (err, dirents) => {
      if (err) {
        if (err.code !== "ENOENT") unreadableDirs.push({ path: displayName(path), code: err.code ?? err.message });
        return cb(null, []);
      }
      cb(null, dirents.map(named));
    }),
    readdirSync: (path) => (0, import_node_fs11.readdirSync)(pathToBytes(path), { withFileTypes: true, encoding: "buffer" }).map(named),
    lstat: (path, cb) => (0, import_node_fs11.lstat)(pathToBytes(path), cb),
    stat: (path, cb) => (0, import_node_fs11.stat)(pathToBytes(path), cb),
    lstatSync: (path) => (0, import_node_fs11.lstatSync)(pathToBytes(path)),
    statSync: (path) => (0, import_node_fs11.statSync)(pathToBytes(path))
  };
  await new Promise((resolve6, reject) => {
    fg.stream("**/*", { cwd: dir, dot: true, onlyFiles: false, followSymbolicLinks: false, ignore, objectMode: true, suppressErrors: true, unique: false, fs: adapter }).on("data", (e) => {
      if (e.dirent.isDirectory()) return;
      onEntry(e.path, e.dirent.isSymbolicLink() ? "symlink" : e.dirent.isFile() ? "file" : "other");
    }).once("error", (err) => reject(new ScanError(`cannot walk ${dir}: ${err.message}`))).once("end", resolve6);
  });
  return { unreadableDirs };
}
var import_node_fs11, UTF8, FILE, DIR, LINK, OTHER, NamedDirent, named;
var init_walk = __esm({
  "src/sources/walk.ts"() {
    "use strict";
    import_node_fs11 = require("node:fs");
    init_errors();
    UTF8 = new TextDecoder("utf-8", { fatal: true });
    FILE = 1;
    DIR = 2;
    LINK = 3;
    OTHER = 4;
    NamedDirent = class {
      name;
      type;
      constructor(d2) {
        this.name = nameFromBytes(d2.name);
        this.type = d2.isFile() ? FILE : d2.isDirectory() ? DIR : d2.isSymbolicLink() ? LINK : OTHER;
      }
      isFile() {
        return this.type === FILE;
      }
      isDirectory() {
        return this.type === DIR;
      }
      isSymbolicLink() {
        return this.type === LINK;
      }
      isBlockDevice() {
        return false;
      }
      isCharacterDevice() {
        return false;
      }
      isFIFO() {
        return false;
      }
      isSocket() {
        return false;
      }
    };
    named = (d2) => new NamedDirent(d2);
  }
});

// src/sources/tree.ts
async function resolveRoots(args, cwd, env, useGit) {
  const roots = [];
  const seen = /* @__PURE__ */ new Set();
  const trees = /* @__PURE__ */ new Map();
  const treeOf = (dir) => {
    if (!trees.has(dir)) trees.set(dir, findWorkTree(dir, env));
    return trees.get(dir);
  };
  for (const arg of args) {
    const abs = (0, import_node_path12.resolve)(cwd, arg);
    if (seen.has(abs)) continue;
    seen.add(abs);
    let st2;
    try {
      st2 = await (0, import_promises.stat)(abs);
    } catch (err) {
      const code = err.code;
      throw new ScanError(code === "ENOENT" ? `no such file or directory: ${arg}` : `cannot read ${arg}: ${code ?? err.message}`);
    }
    const isDirectory = st2.isDirectory();
    if (!isDirectory && !st2.isFile()) throw new ScanError(`not a file or directory: ${arg}`);
    const found = isDirectory && useGit ? await treeOf(abs) : null;
    if (isDirectory) {
      try {
        await (0, import_promises.access)(abs, import_node_fs12.constants.R_OK | import_node_fs12.constants.X_OK);
      } catch (err) {
        throw new ScanError(`cannot read directory ${arg}: ${err.code ?? err.message}`);
      }
    }
    roots.push({ arg, abs, isDirectory, git: found === "git-missing" ? null : found, gitMissing: found === "git-missing" });
  }
  return roots;
}
function displayPath(abs, root, cwd, several) {
  if (!root.isDirectory) return toSlash(several || (0, import_node_path12.isAbsolute)(root.arg) ? (0, import_node_path12.relative)(cwd, abs) || root.arg : root.arg);
  return toSlash((0, import_node_path12.relative)(several ? cwd : root.abs, abs));
}
async function listTree(roots, cwd, env) {
  const listing = { size: 0, entries: [], warnings: [], skipped: [], symlinksSkipped: 0 };
  const several = roots.length > 1;
  const perRoot = [];
  for (const root of roots) {
    if (!root.isDirectory) {
      perRoot.push({ root, names: [], fromGit: false, rootReal: "" });
      listing.size++;
      continue;
    }
    const rootReal = await (0, import_promises.realpath)(root.abs);
    if (root.git) {
      const names2 = await listWorkTreeFiles(root.abs, root.git.pin, env);
      perRoot.push({ root, names: names2, fromGit: true, rootReal });
      listing.size += names2.length;
      continue;
    }
    const names = [];
    const walked = await walkTree(root.abs, DEFAULT_WALK_EXCLUDES, (name, kind) => {
      if (kind === "file") names.push(name);
      else if (kind === "symlink") skipSymlink(listing, root, (0, import_node_path12.join)(root.abs, displayName(name)), pathToBytes((0, import_node_path12.join)(root.abs, name)), rootReal, cwd, several);
    });
    for (const d2 of walked.unreadableDirs) noteSkip(listing, "unreadable", `cannot read directory ${d2.path}: ${d2.code}`, d2.path);
    perRoot.push({ root, names, fromGit: false, rootReal });
    listing.size += names.length;
  }
  listing.entries = { [Symbol.iterator]: () => treeEntries(perRoot, listing, cwd, several) };
  return listing;
}
function* treeEntries(perRoot, listing, cwd, several) {
  const listed = several ? /* @__PURE__ */ new Set() : null;
  const fresh = (absText) => {
    if (!listed) return true;
    if (listed.has(absText)) return false;
    listed.add(absText);
    return true;
  };
  for (const { root, names, fromGit, rootReal } of perRoot) {
    if (!root.isDirectory) {
      if (fresh(root.abs)) yield { path: displayPath(root.abs, root, cwd, several), fsPath: root.abs, absText: root.abs, root, explicit: true };
      continue;
    }
    for (const rel of names) {
      const name = typeof rel === "string" ? rel : nameFromBytes(rel);
      const relText = displayName(name);
      const absText = (0, import_node_path12.join)(root.abs, relText);
      const fsPath = relText === name ? absText : pathToBytes((0, import_node_path12.join)(root.abs, name));
      if (fromGit) {
        let kind;
        try {
          const st2 = (0, import_node_fs12.lstatSync)(fsPath);
          kind = st2.isSymbolicLink() ? "symlink" : st2.isFile() ? "file" : "other";
        } catch (err) {
          const code = err.code;
          if (code !== "ENOENT") noteSkip(listing, "unreadable", `cannot read ${relText}: ${code}`, relText);
          continue;
        }
        if (kind === "symlink") skipSymlink(listing, root, absText, fsPath, rootReal, cwd, several);
        if (kind !== "file") continue;
      }
      if (fresh(absText)) yield { path: displayPath(absText, root, cwd, several), fsPath, absText, root, explicit: false };
    }
  }
}
function skipSymlink(listing, root, absText, fsPath, rootReal, cwd, several) {
  if (symlinkVerdict(fsPath, rootReal) === "broken") listing.warnings.push(`broken symlink: ${toSlash((0, import_node_path12.relative)(several ? cwd : root.abs, absText))}`);
  listing.symlinksSkipped++;
}
function symlinkVerdict(fsPath, rootReal) {
  try {
    const target = (0, import_node_fs12.realpathSync)(fsPath);
    return target === rootReal || target.startsWith(rootReal + import_node_path12.sep) ? "inside" : "outside";
  } catch {
    return "broken";
  }
}
var import_node_fs12, import_promises, import_node_path12, DEFAULT_WALK_EXCLUDES, toSlash;
var init_tree = __esm({
  "src/sources/tree.ts"() {
    "use strict";
    import_node_fs12 = require("node:fs");
    import_promises = require("node:fs/promises");
    init_walk();
    import_node_path12 = require("node:path");
    init_errors();
    init_git();
    init_work_tree();
    init_skip();
    DEFAULT_WALK_EXCLUDES = [
      "**/node_modules/**",
      "**/.git/**",
      "**/.hg/**",
      "**/.svn/**",
      "**/bower_components/**",
      "**/.venv/**",
      "**/venv/**",
      "**/__pycache__/**",
      "**/.tox/**",
      "**/.mypy_cache/**",
      "**/.pytest_cache/**",
      "**/.next/cache/**"
    ];
    toSlash = (p2) => import_node_path12.sep === "\\" ? p2.replace(/\\/g, "/") : p2;
  }
});

// src/cli/scan-tree.ts
var scan_tree_exports = {};
__export(scan_tree_exports, {
  scanTree: () => scanTree
});
async function scanTree(opts, rules, ctx) {
  sizeYoungGenerations();
  const roots = await resolveRoots(opts.paths, ctx.cwd, ctx.env, opts.git);
  const first = roots[0];
  const fileTree = !first.isDirectory && opts.git ? await findWorkTree((0, import_node_path13.dirname)(first.abs), ctx.env) : null;
  const base = first.git?.top ?? (fileTree && fileTree !== "git-missing" ? fileTree.top : null) ?? (first.isDirectory ? first.abs : ctx.cwd);
  const { ignore, filter } = await loadSettings(base, opts, ctx.cwd);
  const listing = await listTree(roots, ctx.cwd, ctx.env);
  const workers = poolSize(ctx.env);
  const pool = listing.size >= POOL_MIN_FILES && ctx.workerPath && workers > 0 ? new ScanPool(ctx.workerPath, workers) : void 0;
  const result2 = await scanBlobs(listing.entries, {
    ...pool ? { pool, concurrency: 64 * workers } : {},
    rules: compileRules(rules),
    now: ctx.now ?? Date.now(),
    filter,
    ignoredFingerprints: ignore?.fingerprints ?? /* @__PURE__ */ new Map(),
    inlineAllow: opts.inlineAllow,
    ignorePathOf: (blob) => {
      const rel = (0, import_node_path13.relative)(base, blob.absText);
      return rel.startsWith("..") || (0, import_node_path13.isAbsolute)(rel) ? null : rel.split("\\").join("/");
    }
  });
  await pool?.close();
  result2.stats.symlinksSkipped += listing.symlinksSkipped;
  result2.warnings = [...listing.warnings, ...result2.warnings];
  result2.skipped = [...listing.skipped, ...result2.skipped];
  result2.stats.unreadable += listing.skipped.length;
  if (roots.some((r2) => r2.gitMissing)) result2.warnings.unshift(messages.noGit);
  result2.findings.sort((a, b3) => a.file < b3.file ? -1 : a.file > b3.file ? 1 : a.line - b3.line || a.column - b3.column);
  return result2;
}
var import_node_path13;
var init_scan_tree = __esm({
  "src/cli/scan-tree.ts"() {
    "use strict";
    import_node_path13 = require("node:path");
    init_compile();
    init_work_tree();
    init_heap();
    init_engine();
    init_pool();
    init_tree();
    init_messages();
    init_settings();
  }
});

// src/config/baseline.ts
var baseline_exports = {};
__export(baseline_exports, {
  BASELINE_VERSION: () => BASELINE_VERSION,
  applyBaseline: () => applyBaseline,
  markChangeOnly: () => markChangeOnly,
  readBaseline: () => readBaseline,
  writeBaseline: () => writeBaseline
});
async function readBaseline(path, source, required = true) {
  const text = await source.read(path);
  const file = source.name(path);
  if (text === null) {
    if (!required) return null;
    throw new UsageError(`cannot read baseline ${file}: ENOENT`);
  }
  const data2 = await parseJsonFile(text, `baseline ${file}`);
  const doc = data2;
  if (doc.version !== BASELINE_VERSION || !Array.isArray(doc.findings)) throw new UsageError(`baseline ${file} is not a version ${BASELINE_VERSION} scan-twitter-secrets baseline`);
  const entries = /* @__PURE__ */ new Map();
  for (const e of doc.findings) {
    if (typeof e?.fingerprint !== "string" || !/^[0-9a-f]{16}$/.test(e.fingerprint)) throw new UsageError(`baseline ${file}: an entry has no valid fingerprint`);
    entries.set(`${e.ruleId}\0${e.fingerprint}`, e);
  }
  return { file, entries };
}
function applyBaseline(findings, baseline) {
  const seen = /* @__PURE__ */ new Set();
  for (const f3 of findings) {
    const key = `${f3.ruleId}\0${f3.fingerprint}`;
    if (!baseline.entries.has(key)) continue;
    seen.add(key);
    f3.ignored ??= { by: `baseline ${baseline.file}`, reason: "known when the baseline was written" };
  }
  return [...baseline.entries].filter(([key]) => !seen.has(key)).map(([, e]) => e);
}
function markChangeOnly(findings, baseline, by) {
  for (const f3 of findings) {
    if (!f3.ignored && !f3.suppressedOnlyByRange && baseline.entries.has(`${f3.ruleId}\0${f3.fingerprint}`)) f3.suppressedOnlyByRange = { by };
  }
}
function writeBaseline(file, findings, toolVersion2) {
  const unique = /* @__PURE__ */ new Map();
  for (const f3 of findings) {
    if (f3.ignored && !f3.ignored.by.startsWith("baseline")) continue;
    unique.set(`${f3.ruleId}\0${f3.fingerprint}`, { fingerprint: f3.fingerprint, ruleId: f3.ruleId, file: f3.file });
  }
  const entries = [...unique.values()].sort((a, b3) => a.file.localeCompare(b3.file) || a.ruleId.localeCompare(b3.ruleId) || a.fingerprint.localeCompare(b3.fingerprint));
  const doc = {
    version: BASELINE_VERSION,
    tool: { name: "scan-twitter-secrets", version: toolVersion2 },
    note: "Known findings, identified by fingerprint (a truncated hash of rule id and secret; never the secret). Findings listed here do not fail the run.",
    findings: entries
  };
  try {
    (0, import_node_fs13.writeFileSync)(file, JSON.stringify(doc, null, 2) + "\n");
  } catch (err) {
    throw new UsageError(`cannot write baseline ${file}: ${err.code ?? err.message}`);
  }
  return entries.length;
}
var import_node_fs13, BASELINE_VERSION;
var init_baseline = __esm({
  "src/config/baseline.ts"() {
    "use strict";
    import_node_fs13 = require("node:fs");
    init_errors();
    init_json();
    BASELINE_VERSION = 1;
  }
});

// src/snapshot/entry.ts
var import_node_path15 = require("node:path");
var import_node_v8 = require("node:v8");

// src/cli/run.ts
var import_node_fs14 = require("node:fs");
var import_node_path14 = require("node:path");
init_errors();

// src/report/mask.ts
function mask(secret) {
  if (secret.length <= 8) return "*".repeat(secret.length);
  return `${secret.slice(0, 4)}\u2026${secret.slice(-2)}`;
}
var BEYOND_C0 = "\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069";
var UNSAFE = new RegExp(`[\\u0000-\\u001f${BEYOND_C0}]`, "g");
var UNSAFE_IN_JSON = new RegExp(`[${BEYOND_C0}]`, "g");
var hex = (c3, width) => c3.charCodeAt(0).toString(16).padStart(width, "0");
function printable(data2) {
  return data2.replace(UNSAFE, (c3) => c3 === "\n" ? "\\n" : c3 === "	" ? "\\t" : c3.charCodeAt(0) < 256 ? `\\x${hex(c3, 2)}` : `\\u${hex(c3, 4)}`);
}
function jsonText(doc) {
  return JSON.stringify(doc, null, 2).replace(UNSAFE_IN_JSON, (c3) => `\\u${hex(c3, 4)}`) + "\n";
}

// src/report/report.ts
var paint = (on2, code) => (s) => on2 ? `\x1B[${code}m${s}\x1B[0m` : s;
var active = (r2) => r2.result.findings.filter((f3) => !f3.ignored);
var ignoredFindings = (r2) => r2.result.findings.filter((f3) => f3.ignored);
var blockingCount = (r2) => active(r2).filter((f3) => f3.blocking).length;
function countGroups(findings) {
  const sizes = /* @__PURE__ */ new Map();
  for (const f3 of findings) sizes.set(f3.group, (sizes.get(f3.group) ?? 0) + 1);
  return sizes;
}
function notices(r2) {
  const pending = /* @__PURE__ */ new Map();
  for (const s of r2.result.skipped) pending.set(s.reason, [...pending.get(s.reason) ?? [], s]);
  return r2.result.warnings.map((text) => {
    const skip = pending.get(text)?.shift();
    return skip ? { text, skip } : { text };
  });
}

// src/report/github.ts
init_messages();
var GITHUB_ANNOTATION_LIMIT = 10;
var data = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var prop = (s) => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
function command(level, f3, showSecrets) {
  const note = messages.statusNote[f3.status];
  const value = printable(showSecrets ? f3.secret : mask(f3.secret));
  const title = `${f3.title} (${f3.ruleId})`;
  const onlyByChange = f3.suppressedOnlyByRange ? ` ${printable(messages.range.onlyByChange(f3.suppressedOnlyByRange.by))}.` : "";
  const msg = `${f3.title} ${value} leaked${note ? ` \u2014 ${note}` : ""}.${onlyByChange} Regenerate it in the X developer console: scan-twitter-secrets --explain ${f3.ruleId}`;
  return `::${level} file=${prop(printable(f3.file))},line=${f3.line},col=${f3.column},title=${prop(title)}::${data(msg)}`;
}
function runWarning(n) {
  const title = n.skip ? messages.github.notScannedTitle : messages.github.warningTitle;
  return `::warning title=${prop(title)}::${data(printable(n.text))}`;
}
function formatGithub(r2) {
  const findings = active(r2);
  const errors = findings.filter((f3) => f3.blocking);
  const warnings = findings.filter((f3) => !f3.blocking);
  const runWarnings = notices(r2);
  const shownRun = runWarnings.slice(0, GITHUB_ANNOTATION_LIMIT);
  const warningRoom = GITHUB_ANNOTATION_LIMIT - shownRun.length;
  const lines = [
    ...errors.slice(0, GITHUB_ANNOTATION_LIMIT).map((f3) => command("error", f3, r2.showSecrets)),
    ...shownRun.map(runWarning),
    ...warnings.slice(0, warningRoom).map((f3) => command("warning", f3, r2.showSecrets))
  ];
  const hidden = [...errors.slice(GITHUB_ANNOTATION_LIMIT), ...warnings.slice(warningRoom)];
  const hiddenRun = runWarnings.slice(GITHUB_ANNOTATION_LIMIT);
  if (hidden.length || hiddenRun.length) {
    const list = [...hidden.map((f3) => `${printable(f3.file)}:${f3.line}:${f3.column} ${f3.ruleId}`), ...hiddenRun.map((n) => `warning: ${printable(n.text)}`)].join("\n");
    const title = hidden.length ? `${hidden.length} more X credential findings${hiddenRun.length ? ` and ${hiddenRun.length} more warnings` : ""}` : `${hiddenRun.length} more warnings`;
    lines.push(`::notice title=${prop(title)}::${data(`GitHub shows only ${GITHUB_ANNOTATION_LIMIT} annotations per level; the others:
${list}`)}`);
  }
  const skipped = r2.result.skipped.length;
  lines.push(`scan-twitter-secrets: ${findings.length} finding(s), ${blockingCount(r2)} blocking${skipped ? `, ${skipped} not scanned` : ""}`);
  return lines.join("\n") + "\n";
}

// src/report/json.ts
var JSON_REPORT_VERSION = 1;
function findingJson(f3, showSecrets) {
  return {
    ruleId: f3.ruleId,
    title: f3.title,
    file: f3.file,
    line: f3.line,
    column: f3.column,
    blocking: f3.blocking,
    severity: f3.severity,
    status: f3.status,
    masked: mask(f3.secret),
    ...showSecrets ? { secret: f3.secret } : {},
    fingerprint: f3.fingerprint,
    group: f3.group || null,
    details: f3.details,
    ...f3.ignored ? { ignored: f3.ignored } : {},
    ...f3.suppressedOnlyByRange ? { suppressedOnlyByRange: f3.suppressedOnlyByRange } : {},
    ...f3.provenance ? { provenance: f3.provenance } : {}
  };
}
function formatJson(r2) {
  const findings = active(r2);
  const ignored = ignoredFindings(r2);
  const groups = /* @__PURE__ */ new Map();
  for (const f3 of findings) {
    const g2 = groups.get(f3.group) ?? { id: f3.group, file: f3.file, ruleIds: [] };
    if (!g2.ruleIds.includes(f3.ruleId)) g2.ruleIds.push(f3.ruleId);
    groups.set(f3.group, g2);
  }
  const s = r2.result.stats;
  const doc = {
    version: JSON_REPORT_VERSION,
    tool: { name: "scan-twitter-secrets", version: r2.toolVersion },
    findings: findings.map((f3) => findingJson(f3, r2.showSecrets)),
    ignored: ignored.map((f3) => findingJson(f3, r2.showSecrets)),
    groups: [...groups.values()],
    summary: {
      findings: findings.length,
      blocking: blockingCount(r2),
      warnings: findings.length - blockingCount(r2),
      ignored: ignored.length,
      filesScanned: s.filesScanned,
      bytesScanned: s.bytesScanned,
      binarySkipped: s.binarySkipped,
      symlinksSkipped: s.symlinksSkipped,
      excluded: s.excluded,
      unreadable: s.unreadable,
      knownExamples: s.knownExamples,
      ...s.staleBaseline !== void 0 ? { staleBaseline: s.staleBaseline } : {}
    },
    warnings: r2.result.warnings,
    // What was not scanned, as data (each also one of the warnings): what --fail-on-skip counts.
    skipped: r2.result.skipped.map((s2) => ({ kind: s2.kind, ...s2.path !== void 0 ? { path: s2.path } : {}, reason: s2.reason }))
  };
  return jsonText(doc);
}

// src/remediation/render.ts
init_messages();
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
  for (const { remediation: r2, ruleIds } of blocks) {
    lines.push(`${indent}${r2.title}${ruleIds.length ? ` (${ruleIds.join(", ")})` : ""}`);
    r2.regenerate.forEach((step, i) => lines.push(`${indent}  ${ruleIds.length ? `${i + 1}.` : "-"} ${step}`));
    if (r2.revoke) lines.push(`${indent}  ${messages.revokeByApi} ${r2.revoke}`);
    lines.push("");
  }
  return lines.join("\n");
}

// src/report/sarif.ts
init_messages();
var LEVEL = { high: "error", medium: "warning", low: "note", info: "note" };
var SECURITY_SEVERITY = { high: "9.0", medium: "6.5", low: "3.0", info: "1.0" };
var uri = (path) => path.split("/").map(encodeURIComponent).join("/");
function ruleDescriptor(rule, r2) {
  const help = renderRemediation(remediationFor([rule.id], r2.rules), "");
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z0-9])/g, (_3, __, c3) => c3.toUpperCase()),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: { text: help, markdown: help.split("\n").map((l3) => l3.trim() ? l3 : "").join("  \n") },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ["security", "secret", "x-twitter"], precision: "very-high", "security-severity": SECURITY_SEVERITY[rule.severity] }
  };
}
function result(f3, ruleIndex, r2) {
  const note = messages.statusNote[f3.status];
  const onlyByChange = f3.suppressedOnlyByRange ? ` ${messages.range.onlyByChange(f3.suppressedOnlyByRange.by)}.` : "";
  const text = `${f3.title} ${r2.showSecrets ? f3.secret : mask(f3.secret)}${note ? ` (${note})` : ""}.${onlyByChange} Regenerate it in the X developer console (see the rule's help).`;
  const out = {
    ruleId: f3.ruleId,
    ruleIndex,
    level: f3.blocking ? LEVEL[f3.severity] : "note",
    message: { text },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uri(f3.file), uriBaseId: "%SRCROOT%" },
          region: { startLine: f3.line, startColumn: f3.column, endColumn: f3.column + [...f3.secret].length }
        }
      }
    ],
    partialFingerprints: { "scanTwitterSecrets/v1": f3.fingerprint },
    properties: { blocking: f3.blocking, status: f3.status, group: f3.group || void 0, ...f3.details, ...f3.provenance ? { provenance: f3.provenance } : {} }
  };
  if (f3.ignored) {
    out.suppressions = [{ kind: f3.ignored.by.startsWith("inline") ? "inSource" : "external", justification: f3.ignored.reason ?? f3.ignored.by }];
    if (f3.ignored.by.startsWith("baseline")) out.baselineState = "unchanged";
  }
  return out;
}
function notification(n) {
  return {
    level: "warning",
    message: { text: n.text },
    ...n.skip ? { properties: { skipped: n.skip.kind, ...n.skip.path !== void 0 ? { path: n.skip.path } : {} } } : {}
  };
}
function formatSarif(r2) {
  const rules = r2.rules.rules;
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const doc = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "scan-twitter-secrets",
            version: r2.toolVersion,
            informationUri: "https://www.npmjs.com/package/scan-twitter-secrets",
            rules: rules.map((rule) => ruleDescriptor(rule, r2))
          }
        },
        // Warnings, and content not scanned, as SARIF's tool execution notifications: a viewer shows
        // that the run was incomplete, not only what it found.
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notices(r2).map(notification) }],
        columnKind: "unicodeCodePoints",
        results: r2.result.findings.map((f3) => result(f3, index.get(f3.ruleId), r2))
      }
    ]
  };
  return jsonText(doc);
}

// src/report/text.ts
init_messages();
init_group();
function describeFinding(f3, showSecrets) {
  const facts = Object.entries(f3.details).map(([k2, v2]) => messages.details[k2]?.(printable(v2)) ?? `${k2} ${printable(v2)}`);
  const note = messages.statusNote[f3.status];
  if (note) facts.push(note);
  const value = printable(showSecrets ? f3.secret : mask(f3.secret));
  return `${f3.title}  ${value}${facts.length ? `  (${facts.join("; ")})` : ""}`;
}
function historyLine(f3) {
  const p2 = f3.provenance;
  if (!p2 || !("presentAtHead" in p2)) return null;
  const parts = [];
  if (p2.introduced) {
    const { hash, date, author, subject } = p2.introduced;
    parts.push(messages.history.introduced({ hash: printable(hash), date: printable(date), author: printable(author), subject: printable(subject) }));
  }
  parts.push(messages.history.seenIn(p2.commits?.length ?? 0), messages.history.atHead(p2.presentAtHead ?? false));
  return parts.join("; ");
}
var warningLine = (w2) => `warning: ${printable(w2)}`;
function findingsByFile(findings) {
  return groupBy(findings, (f3) => f3.file);
}
function fileSections(byFile, all, r2, lines) {
  const bold = paint(r2.color, "1");
  const dim = paint(r2.color, "2");
  const groupSizes = countGroups(all);
  const out = [];
  for (const [file, list] of byFile) {
    out.push(bold(printable(file)));
    let group = "";
    for (const f3 of list) {
      if (f3.group !== group && (groupSizes.get(f3.group) ?? 0) > 1) {
        out.push(dim(`  credential set ${f3.group.replace("set-", "#")}: ${messages.setTitle[credentialSetOf(f3.ruleId)]}`));
      }
      group = f3.group;
      for (const l3 of lines(f3)) out.push(l3);
    }
    out.push("");
  }
  return out;
}
function formatText(r2) {
  const red = paint(r2.color, "31;1");
  const yellow = paint(r2.color, "33");
  const bold = paint(r2.color, "1");
  const dim = paint(r2.color, "2");
  const findings = active(r2);
  const out = [];
  const byFile = findingsByFile(findings);
  const sections = fileSections(byFile, findings, r2, (f3) => {
    const tag = f3.blocking ? red("\u2716 leak") : yellow("\u26A0 warn");
    const where = historyLine(f3);
    const onlyByChange = f3.suppressedOnlyByRange ? [yellow(`          ${printable(messages.range.onlyByChange(f3.suppressedOnlyByRange.by))}`)] : [];
    return [`  ${tag}  ${printable(f3.file)}:${f3.line}:${f3.column}  ${describeFinding(f3, r2.showSecrets)}  ${dim(f3.ruleId)}`, ...where ? [dim(`          ${where}`)] : [], ...onlyByChange];
  });
  for (const line2 of sections) out.push(line2);
  const leaked = findings.filter((f3) => f3.blocking);
  if (leaked.length) {
    if (r2.mode === "history") out.push(bold(messages.history.remediationTitle));
    out.push(bold(messages.howToFix));
    out.push(renderRemediation(remediationFor(new Set(leaked.map((f3) => f3.ruleId)), r2.rules)));
    const purge = r2.rules.remediations.get("history");
    if (r2.mode === "history" && purge) out.push(renderRemediation([{ remediation: purge, ruleIds: [] }]));
    out.push(dim(messages.falsePositive(leaked[0].fingerprint)));
    out.push("");
  }
  const ignored = ignoredFindings(r2);
  if (r2.verbose) {
    for (const f3 of ignored) out.push(dim(`  ignored  ${printable(f3.file)}:${f3.line}:${f3.column}  ${f3.ruleId}  by ${printable(f3.ignored.by)}${f3.ignored.reason ? ` \u2014 ${printable(f3.ignored.reason)}` : ""}`));
  }
  for (const w2 of r2.result.warnings) out.push(yellow(warningLine(w2)));
  const s = r2.result.stats;
  const blocking = blockingCount(r2);
  const line = messages.summary({
    findings: findings.length,
    blocking,
    warnings: findings.length - blocking,
    files: byFile.size,
    scanned: s.filesScanned,
    ignored: ignored.length,
    binary: s.binarySkipped,
    excluded: s.excluded,
    notScanned: r2.result.skipped.length,
    noun: r2.mode === "history" ? "blob" : "file"
  });
  out.push(blocking ? red(line) : line);
  return out.join("\n") + "\n";
}

// src/report/formats.ts
var formats = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub
};

// src/rules/preloaded.ts
var import_node_fs3 = require("node:fs");
var import_node_path3 = require("node:path");
init_compile();

// src/rules/load.ts
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");
init_errors();

// src/package-root.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var import_node_url = require("node:url");
var cached;
function findPackage() {
  if (cached) return cached;
  let dir = (0, import_node_path.dirname)((0, import_node_url.fileURLToPath)(__stsMetaUrl));
  for (let i = 0; i < 5; i++) {
    const manifest = (0, import_node_path.join)(dir, "package.json");
    if ((0, import_node_fs.existsSync)(manifest) && (0, import_node_fs.existsSync)((0, import_node_path.join)(dir, "rules"))) {
      const pkg = JSON.parse((0, import_node_fs.readFileSync)(manifest, "utf8"));
      if (pkg.name === "scan-twitter-secrets") return cached = { dir, version: pkg.version ?? "unknown" };
    }
    dir = (0, import_node_path.dirname)(dir);
  }
  throw new Error("cannot find the scan-twitter-secrets package directory (rules/ missing?)");
}
function packageRoot() {
  return findPackage().dir;
}
function toolVersion() {
  return findPackage().version;
}

// src/rules/load.ts
var RuleError = class extends ScanError {
};
var defaultRulesDir = () => (0, import_node_path2.join)(packageRoot(), "rules");
var RULE_ORDER = [
  "twitter-consumer-key",
  "twitter-consumer-secret",
  "twitter-bearer-token",
  "twitter-access-token",
  "twitter-access-token-secret",
  "twitter-oauth2-client-id",
  "twitter-oauth2-client-secret",
  "twitter-oauth2-access-token",
  "twitter-oauth2-refresh-token"
];
var DETECTORS = ["bearer", "oauth1-access-token", "oauth2-token", "oauth2-client-id", "context"];
var SEVERITIES = ["high", "medium", "low", "info"];
function readJson(file) {
  try {
    return JSON.parse((0, import_node_fs2.readFileSync)(file, "utf8"));
  } catch (err) {
    throw new RuleError(`${file}: ${err.message}`);
  }
}
function need(cond, file, field, what) {
  if (!cond) throw new RuleError(`${file}: field "${field}" ${what}`);
}
function validateRule(raw, file) {
  const r2 = raw;
  need(r2 && typeof r2 === "object", file, "(root)", "must be an object");
  for (const f3 of ["id", "title", "description", "role", "remediation", "pattern"]) {
    need(typeof r2[f3] === "string" && r2[f3].length > 0, file, f3, "must be a non-empty string");
  }
  need(file.endsWith(`${r2.id}.json`), file, "id", `must match the file name (got "${r2.id}")`);
  need(DETECTORS.includes(r2.detector), file, "detector", `must be one of ${DETECTORS.join(", ")}`);
  need(r2.set === "oauth1" || r2.set === "oauth2", file, "set", 'must be "oauth1" or "oauth2"');
  need(SEVERITIES.includes(r2.severity), file, "severity", `must be one of ${SEVERITIES.join(", ")}`);
  try {
    new RegExp(r2.pattern);
  } catch (err) {
    throw new RuleError(`${file}: field "pattern" does not compile: ${err.message}`);
  }
  if (r2.detector === "context") {
    const c3 = r2.context;
    need(c3 && typeof c3 === "object", file, "context", "is required for context rules");
    need(c3.charset === "alnum" || c3.charset === "base64url", file, "context.charset", 'must be "alnum" or "base64url"');
    need(Array.isArray(c3.modernLengths) && c3.modernLengths.length > 0, file, "context.modernLengths", "must list lengths");
    need(Array.isArray(c3.names) && c3.names.length > 0, file, "context.names", "must list role names");
    for (const n of c3.names) {
      need(typeof n.words === "string" && /^[a-z0-9]+( [a-z0-9]+)*$/.test(n.words), file, "context.names.words", `must be lower-case words ("${n.words}")`);
      need(n.strength === "specific" || n.strength === "generic", file, "context.names.strength", 'must be "specific" or "generic"');
    }
  }
  const ex = r2.examples;
  need(ex && Array.isArray(ex.positive) && ex.positive.length > 0, file, "examples.positive", "must hold at least one example");
  need(Array.isArray(ex.negative) && ex.negative.length > 0, file, "examples.negative", "must hold at least one example");
  for (const e of [...ex.positive, ...ex.negative]) {
    need(typeof e.file === "string" && typeof e.text === "string", file, "examples", 'entries need "file" and "text"');
  }
  return r2;
}
function loadRules(dir = defaultRulesDir()) {
  let entries;
  try {
    entries = (0, import_node_fs2.readdirSync)(dir).sort();
  } catch (err) {
    throw new RuleError(`cannot read the rules directory ${dir}: ${err.message}`);
  }
  const rules = entries.filter((f3) => /^twitter-.*\.json$/.test(f3)).map((f3) => validateRule(readJson((0, import_node_path2.join)(dir, f3)), (0, import_node_path2.join)(dir, f3)));
  const rank = (id) => RULE_ORDER.includes(id) ? RULE_ORDER.indexOf(id) : RULE_ORDER.length;
  rules.sort((a, b3) => rank(a.id) - rank(b3.id) || a.id.localeCompare(b3.id));
  const byId = /* @__PURE__ */ new Map();
  for (const r2 of rules) {
    if (byId.has(r2.id)) throw new RuleError(`${dir}: duplicate rule id "${r2.id}"`);
    byId.set(r2.id, r2);
  }
  const roles = new Set(rules.map((r2) => r2.role));
  if (roles.size !== rules.length) throw new RuleError(`${dir}: two rules share a role`);
  const remediations = /* @__PURE__ */ new Map();
  const remDir = (0, import_node_path2.join)(dir, "remediation");
  for (const f3 of (0, import_node_fs2.readdirSync)(remDir).filter((x3) => x3.endsWith(".json")).sort()) {
    const rem = readJson((0, import_node_path2.join)(remDir, f3));
    need(typeof rem.key === "string" && f3 === `${rem.key}.json`, (0, import_node_path2.join)(remDir, f3), "key", "must match the file name");
    need(Array.isArray(rem.regenerate) && rem.regenerate.length > 0, (0, import_node_path2.join)(remDir, f3), "regenerate", "must list steps");
    remediations.set(rem.key, rem);
  }
  for (const r2 of rules) {
    need(remediations.has(r2.remediation), (0, import_node_path2.join)(dir, `${r2.id}.json`), "remediation", `names unknown remediation "${r2.remediation}"`);
  }
  const vocabulary = readJson((0, import_node_path2.join)(dir, "context.json"));
  for (const call of vocabulary.sdkCalls) {
    for (const role of [...call.roles, ...call.rolesWhenUrlFirst ?? []]) {
      need(role === "" || roles.has(role), (0, import_node_path2.join)(dir, "context.json"), `sdkCalls.${call.call}`, `names unknown role "${role}"`);
    }
  }
  return { rules, byId, remediations, vocabulary };
}

// src/rules/preloaded.ts
var preloaded;
function rulesFilesState(dir) {
  const parts = [];
  for (const sub of [dir, (0, import_node_path3.join)(dir, "remediation")]) {
    for (const name of (0, import_node_fs3.readdirSync)(sub).sort()) {
      const st2 = (0, import_node_fs3.statSync)((0, import_node_path3.join)(sub, name));
      if (st2.isFile()) parts.push(`${(0, import_node_path3.join)(sub, name)}\0${st2.size}\0${st2.mtimeMs}`);
    }
  }
  return parts.join("\n");
}
function preloadRules() {
  const dir = defaultRulesDir();
  const state = rulesFilesState(dir);
  const rules = loadRules(dir);
  preloaded = { rules, compiled: compileRules(rules), state };
  return rules;
}
function preloadedStillCurrent() {
  if (!preloaded) return false;
  let now;
  try {
    now = rulesFilesState(defaultRulesDir());
  } catch {
    now = null;
  }
  if (now === preloaded.state) return true;
  preloaded = void 0;
  return false;
}
var rulesForRun = () => preloaded?.rules ?? loadRules();
var compiledFor = (rules) => preloaded?.rules === rules ? preloaded.compiled : compileRules(rules);

// src/report/hook-text.ts
init_messages();
function formatHookText(r2) {
  const red = paint(r2.color, "31;1");
  const yellow = paint(r2.color, "33");
  const bold = paint(r2.color, "1");
  const dim = paint(r2.color, "2");
  const findings = active(r2);
  const blocking = findings.filter((f3) => f3.blocking);
  const earlier = findings.filter((f3) => f3.status === "already-committed");
  const other = findings.filter((f3) => !f3.blocking && f3.status !== "already-committed");
  const files = r2.result.stats.filesScanned;
  const out = [];
  if (blocking.length) {
    out.push(red(messages.hook.headline), "");
    const sections = fileSections(findingsByFile(blocking), findings, r2, (f3) => [
      `  ${red("\u2716")} ${printable(f3.file)}:${f3.line}:${f3.column}  ${describeFinding(f3, r2.showSecrets)}  ${dim(f3.ruleId)}`
    ]);
    for (const line of sections) out.push(line);
    out.push(bold(messages.howToFix));
    out.push(renderRemediation(remediationFor(new Set(blocking.map((f3) => f3.ruleId)), r2.rules, false)));
    out.push(bold(messages.hook.whatNow));
    for (const line of messages.hook.steps) out.push(`  ${line}`);
    out.push("");
  }
  if (earlier.length) {
    out.push(yellow(messages.hook.earlier));
    for (const f3 of earlier) out.push(`  ${yellow("\u26A0")} ${printable(f3.file)}:${f3.line}:${f3.column}  ${describeFinding(f3, r2.showSecrets)} \u2014 ${messages.hook.earlierNote}`);
    out.push("");
  }
  if (other.length) {
    out.push(yellow(messages.hook.warnings));
    for (const f3 of other) out.push(`  ${yellow("\u26A0")} ${printable(f3.file)}:${f3.line}:${f3.column}  ${describeFinding(f3, r2.showSecrets)}`);
    out.push("");
  }
  if (blocking.length) {
    out.push(dim(messages.hook.bypassTitle));
    for (const line of messages.hook.bypass(blocking[0].fingerprint)) out.push(dim(line));
    out.push("");
  }
  for (const w2 of r2.result.warnings) out.push(yellow(warningLine(w2)));
  if (findings.length === 0 && r2.result.warnings.length === 0 && !r2.verbose) return "";
  const summary = messages.hook.summary(files, blocking.length || findings.length, blocking.length);
  out.push(blocking.length ? red(summary) : `scan-twitter-secrets: ${summary}`);
  return out.join("\n") + "\n";
}

// src/cli/args.ts
var import_node_util = require("node:util");
init_errors();
function parseOptions(argv) {
  let parsed;
  try {
    parsed = (0, import_node_util.parseArgs)({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f", default: "text" },
        staged: { type: "boolean", default: false },
        history: { type: "boolean", default: false },
        "history-range": { type: "string" },
        since: { type: "string" },
        baseline: { type: "string" },
        "write-baseline": { type: "string" },
        "github-event": { type: "boolean", default: false },
        "no-inline-allow": { type: "boolean", default: false },
        force: { type: "boolean", default: false },
        output: { type: "string", short: "o" },
        "show-secrets": { type: "boolean", default: false },
        include: { type: "string", short: "i", multiple: true, default: [] },
        exclude: { type: "string", short: "e", multiple: true, default: [] },
        config: { type: "string", short: "c" },
        "no-git": { type: "boolean", default: false },
        "list-rules": { type: "boolean", default: false },
        explain: { type: "string" },
        "fail-on-skip": { type: "boolean", default: false },
        verbose: { type: "boolean", short: "v", default: false },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", default: false }
      }
    });
  } catch (err) {
    throw new UsageError(err.message.split("\n")[0].replace(/\. To specify a positional.*$/, ""));
  }
  const v2 = parsed.values;
  if (parsed.positionals.some((p2) => p2 === "")) throw new UsageError("an empty path was given");
  if ([...v2.include, ...v2.exclude].some((g2) => g2.trim() === "")) throw new UsageError("an empty glob was given to --include/--exclude");
  const color = v2["no-color"] ? false : v2.color ? true : void 0;
  const first = parsed.positionals[0];
  const command2 = first === "install" || first === "uninstall" ? first : "scan";
  const positionals = command2 === "scan" ? parsed.positionals : parsed.positionals.slice(1);
  if (command2 !== "scan" && positionals.length) throw new UsageError(`${command2} takes no paths (to scan a directory named ${command2}, use ./${command2})`);
  if (v2.force && command2 !== "install") throw new UsageError("--force is an option of install");
  const history = v2.history || v2["history-range"] !== void 0 || v2.since !== void 0;
  if (history && v2.staged) throw new UsageError("--staged and --history are different scans: choose one");
  if (history && parsed.positionals.length) throw new UsageError("--history scans the repository in the current directory and takes no paths (use --history-range for a range)");
  return {
    command: command2,
    staged: v2.staged,
    history,
    ...v2["history-range"] !== void 0 ? { historyRevs: { flags: [], revs: rangeRevisions(v2["history-range"]) } } : {},
    ...v2.since !== void 0 ? { since: v2.since } : {},
    force: v2.force,
    ...v2.baseline !== void 0 ? { baseline: v2.baseline } : {},
    ...v2["write-baseline"] !== void 0 ? { writeBaseline: v2["write-baseline"] } : {},
    githubEvent: v2["github-event"],
    inlineAllow: !v2["no-inline-allow"],
    // --staged without paths scans every staged file; with paths (lint-staged, pre-commit) only those.
    paths: positionals.length || v2.staged ? positionals : ["."],
    format: v2.format,
    ...v2.output !== void 0 ? { output: v2.output } : {},
    showSecrets: v2["show-secrets"],
    include: v2.include,
    exclude: v2.exclude,
    ...v2.config !== void 0 ? { config: v2.config } : {},
    git: !v2["no-git"],
    listRules: v2["list-rules"],
    ...v2.explain !== void 0 ? { explain: v2.explain } : {},
    failOnSkip: v2["fail-on-skip"],
    verbose: v2.verbose,
    ...color !== void 0 ? { color } : {},
    help: v2.help,
    version: v2.version
  };
}
function rangeRevisions(range) {
  const revs = range.split(/\s+/).filter(Boolean);
  if (revs.length === 0) throw new UsageError("--history-range needs a revision range, e.g. main..feature");
  if (revs.some((r2) => r2.startsWith("-"))) throw new UsageError("--history-range takes revisions (e.g. main..feature ^v1.0), not git options");
  return revs;
}

// src/cli/run.ts
init_messages();

// src/cli/scan-staged.ts
init_text();
init_errors();
init_blobs();
init_engine();
init_finding();
init_scan_blob();

// src/sources/staged.ts
init_blobs();

// src/git/staged.ts
init_errors();
init_git();
init_work_tree();
async function topAndHead(cwd, env, pin) {
  const r2 = await gitRun([...pin, "rev-parse", "--show-toplevel", "--verify", "-q", "HEAD^{commit}"], cwd, env);
  const lines = r2.stdout.toString("utf8").split("\n").filter(Boolean);
  if (r2.code === 0 && lines.length >= 2) return { top: lines[0], head: lines[1] };
  if (r2.code === 1 && lines.length === 1) return { top: lines[0], head: null };
  if (/must be run in a work tree/.test(r2.stderr)) throw new ScanError("--staged needs a work tree (this repository is bare)");
  if (/not a git repository/i.test(r2.stderr)) throw new ScanError("not inside a git repository: --staged scans what the next commit will contain");
  throw new ScanError(`git rev-parse failed: ${r2.stderr.trim().split("\n")[0] || `exit code ${r2.code}`}`);
}
async function emptyTree(cwd, env, pin) {
  return (await gitBytes([...pin, "hash-object", "-t", "tree", "--stdin"], cwd, env, "")).toString("utf8").trim();
}
async function stagedTopAndChanges(cwd, env, pathspecs) {
  const top = workTreeOnDisk(cwd, env);
  const pin = top ? pinTo(top) : [];
  if (top) {
    const r2 = await gitRun([...pin, ...diffIndexArgs("HEAD", pathspecs)], cwd, diffEnv(env));
    if (r2.code === 0) return { top, pin, entries: parseRawDiff(r2.stdout) };
  }
  const found = await topAndHead(cwd, env, pin);
  return { top: found.top, pin, entries: await stagedChanges(cwd, env, pin, found.head, pathspecs) };
}
async function stagedChanges(cwd, env, pin, head, pathspecs) {
  const base = head ?? await emptyTree(cwd, env, pin);
  return parseRawDiff(await gitBytes([...pin, ...diffIndexArgs(base, pathspecs)], cwd, diffEnv(env)));
}
function diffIndexArgs(base, pathspecs) {
  const args = ["diff-index", "--cached", "-z", "--raw", "-M", "--no-ext-diff", "--no-textconv", base];
  if (pathspecs.length) args.push("--", ...pathspecs);
  return args;
}
var diffEnv = (env) => ({ ...env, GIT_LITERAL_PATHSPECS: "1" });
function parseRawDiff(out) {
  const entries = [];
  let i = 0;
  const field = () => {
    const end = out.indexOf(0, i);
    const f3 = out.subarray(i, end < 0 ? out.length : end);
    i = end < 0 ? out.length : end + 1;
    return f3;
  };
  while (i < out.length) {
    const meta = field().toString("latin1");
    if (!meta.startsWith(":")) break;
    const [oldMode, newMode, oldSha, newSha, status] = meta.slice(1).split(" ");
    const first = field();
    if (status.startsWith("R") || status.startsWith("C")) {
      entries.push({ path: field(), oldPath: first, status: status[0], oldMode, newMode, oldSha, newSha });
    } else {
      entries.push({ path: first, status: status[0], oldMode, newMode, oldSha, newSha });
    }
  }
  return entries;
}

// src/sources/staged.ts
init_group();
var REGULAR_FILE = /^100(644|755)$/;
async function stagedSource(cwd, env, pathspecs) {
  const { top, pin, entries } = await stagedTopAndChanges(cwd, env, pathspecs);
  const files = [];
  for (const e of entries) {
    if (e.status === "D" || !REGULAR_FILE.test(e.newMode)) continue;
    files.push({ path: e.path.toString("utf8"), sha: e.newSha, ...e.status !== "A" && REGULAR_FILE.test(e.oldMode) ? { previousSha: e.oldSha } : {} });
  }
  return { top, at: { cwd, env, pin }, files, skipped: entries.length - files.length };
}
function streamStaged(at2, files, onFile, onPrevious, onMissing) {
  const bySha = groupBy(files, (f3) => f3.sha);
  const previousPath = new Map(files.flatMap((f3) => f3.previousSha && !bySha.has(f3.previousSha) ? [[f3.previousSha, f3.path]] : []));
  return streamBlobs(at2, [...bySha.keys(), ...previousPath.keys()], async (sha2, bytes) => {
    const staged = bySha.get(sha2);
    if (!staged) return onPrevious(sha2, bytes);
    for (const f3 of staged) await onFile(f3, bytes);
  }, (sha2) => onMissing(sha2, bySha.get(sha2)?.[0]?.path ?? previousPath.get(sha2)));
}

// src/cli/scan-staged.ts
init_settings();
init_messages();
init_group();
init_skip();
async function scanStaged(opts, rules, ctx) {
  const source = await stagedSource(ctx.cwd, ctx.env, opts.paths);
  const { ignore, filter } = await loadSettings(source.top, opts, ctx.cwd);
  const compiled = compiledFor(rules);
  const stats = emptyStats();
  stats.symlinksSkipped = source.skipped;
  const selected = source.files.filter((f3) => filter.selected(f3.path) || (stats.excluded++, false));
  const perFile = /* @__PURE__ */ new Map();
  const previousBytes = /* @__PURE__ */ new Map();
  const notes = { warnings: [], skipped: [] };
  const absent = /* @__PURE__ */ new Set();
  const missing = (sha2, path) => {
    if (absent.has(sha2)) return;
    absent.add(sha2);
    noteSkip(notes, "missing-object", messages.missingObject(sha2, path), path);
    stats.unreadable++;
  };
  await streamStaged(source.at, selected, async (file, bytes) => {
    let scan;
    try {
      scan = await scanBlob({ path: file.path, bytes }, compiled, ctx.now ?? Date.now());
    } catch (err) {
      throw new ScanError(`could not scan staged ${file.path}: ${err.code ?? err.message}`);
    }
    if (!countScan(stats, scan)) return;
    const blob = { path: file.path, bytes };
    perFile.set(file, toFindings(blob, scan.findings, { rules: compiled, filter, ignoredFingerprints: ignore?.fingerprints ?? /* @__PURE__ */ new Map(), ignorePathOf: (b3) => b3.path, inlineAllow: opts.inlineAllow }));
  }, (sha2, bytes) => {
    if (bytes.length <= PREVIOUS_HELD_BYTES) previousBytes.set(sha2, bytes);
  }, missing);
  const findings = groupPerFile(selected.flatMap((file) => perFile.has(file) ? [perFile.get(file)] : []));
  await markAlreadyCommitted(findings, new Map(selected.filter((f3) => f3.previousSha).map((f3) => [f3.path, f3.previousSha])), previousBytes, source.at, absent, missing);
  return { findings, stats, ...notes };
}
var PREVIOUS_HELD_BYTES = 8 * 1024 * 1024;
async function markAlreadyCommitted(findings, previous, held, at2, absent, onMissing) {
  const suspects = findings.filter((f3) => f3.blocking && !f3.ignored && previous.has(f3.file));
  if (suspects.length === 0) return;
  const bySha = groupBy(suspects, (f3) => previous.get(f3.file));
  const check = (sha2, bytes) => {
    const utf16 = bytes[0] === 255 || bytes[0] === 254;
    const haystack = utf16 ? Buffer.from(decode(bytes).text, "utf8") : bytes;
    for (const f3 of bySha.get(sha2)) {
      if (!haystack.includes(f3.secret)) continue;
      f3.blocking = false;
      f3.status = "already-committed";
      f3.severity = "medium";
    }
  };
  for (const [sha2, bytes] of held) if (bySha.has(sha2)) check(sha2, bytes);
  const again = [...bySha.keys()].filter((sha2) => !held.has(sha2) && !absent.has(sha2));
  if (again.length) await streamBlobs(at2, again, check, onMissing);
}

// src/cli/run.ts
var EXIT = { clean: 0, blocking: 1, error: 2 };
async function run(argv, ctx) {
  try {
    return await runUnchecked(argv, ctx);
  } catch (err) {
    const known = err instanceof UsageError || err instanceof ScanError;
    const msg = known ? err.message : `internal error: ${err?.message ?? String(err)}`;
    return { exitCode: EXIT.error, stdout: "", stderr: messages.error(printable(known ? msg : msg.split("\n")[0])) + "\n" };
  }
}
async function runUnchecked(argv, ctx) {
  const opts = parseOptions(argv);
  const eventWarnings = [];
  if (opts.githubEvent) {
    const { planEventScan: planEventScan2 } = await Promise.resolve().then(() => (init_github_event(), github_event_exports));
    const plan = await planEventScan2({ cwd: ctx.cwd, env: ctx.env, pin: [] });
    if (plan.range) Object.assign(opts, { history: true, historyRevs: plan.range.revs, suppressionBase: plan.range.base });
    eventWarnings.push(...plan.warnings);
  }
  if (opts.help) return { exitCode: 0, stdout: messages.usage + "\n", stderr: "" };
  if (opts.version) return { exitCode: 0, stdout: toolVersion() + "\n", stderr: "" };
  if (opts.command !== "scan") {
    const { installHook: installHook2, uninstallHook: uninstallHook2 } = await Promise.resolve().then(() => (init_hook(), hook_exports));
    const change = opts.command === "install" ? await installHook2(ctx.cwd, opts.force, ctx.execPath ?? "node", ctx.binPath ?? (0, import_node_path14.join)(packageRoot(), "dist", "cli.js")) : await uninstallHook2(ctx.cwd);
    return { exitCode: 0, stdout: change.lines.map((l3) => `scan-twitter-secrets: ${printable(l3)}`).join("\n") + "\n", stderr: "" };
  }
  if (!formats[opts.format]) throw new UsageError(messages.badFormat(opts.format, Object.keys(formats)));
  if (opts.staged && skippedByEnv(ctx.env)) return { exitCode: 0, stdout: "", stderr: messages.hook.skipped + "\n" };
  const rules = rulesForRun();
  if (opts.listRules) return { exitCode: 0, stdout: listRules(rules), stderr: "" };
  if (opts.explain !== void 0) return { exitCode: 0, stdout: explain(rules, opts.explain), stderr: "" };
  const result2 = opts.staged ? await scanStaged(opts, rules, ctx) : opts.history ? await (await Promise.resolve().then(() => (init_scan_history(), scan_history_exports))).scanHistory(opts, rules, ctx) : await (await Promise.resolve().then(() => (init_scan_tree(), scan_tree_exports))).scanTree(opts, rules, ctx);
  result2.warnings.unshift(...eventWarnings);
  const baselines = opts.baseline || opts.writeBaseline ? await Promise.resolve().then(() => (init_baseline(), baseline_exports)) : null;
  if (opts.baseline) {
    const { applyBaseline: applyBaseline2, markChangeOnly: markChangeOnly2, readBaseline: readBaseline2 } = baselines;
    const { workTreeFiles: workTreeFiles2 } = await Promise.resolve().then(() => (init_file_source(), file_source_exports));
    const path = (0, import_node_path14.resolve)(ctx.cwd, opts.baseline);
    const source = result2.baseFiles ?? workTreeFiles2;
    const baseline = await readBaseline2(path, source, !result2.baseFiles);
    const stale = baseline ? applyBaseline2(result2.findings, baseline) : [];
    if (result2.baseFiles) {
      const mine = await readBaseline2(path, workTreeFiles2, false);
      if (mine) markChangeOnly2(result2.findings, mine, `baseline ${opts.baseline}`);
      if (await source.read(path) !== await workTreeFiles2.read(path)) result2.warnings.push(messages.range.changedFile(opts.baseline, opts.suppressionBase ?? null));
    }
    for (const e of stale) result2.warnings.push(messages.staleBaseline(e));
    result2.stats.staleBaseline = stale.length;
  }
  const hookText = opts.staged && opts.format === "text";
  const tty = (hookText ? ctx.stderrIsTTY : ctx.stdoutIsTTY) ?? false;
  const color = opts.output ? false : opts.color ?? (tty && !ctx.env.NO_COLOR);
  const report = {
    result: result2,
    rules,
    toolVersion: toolVersion(),
    mode: opts.staged ? "staged" : opts.history ? "history" : "tree",
    showSecrets: opts.showSecrets,
    color,
    verbose: opts.verbose
  };
  const skipFatal = opts.failOnSkip && result2.skipped.length > 0 ? messages.failOnSkip(result2.skipped.length, printable(result2.skipped[0].reason)) + "\n" : "";
  if (opts.writeBaseline) {
    const n = baselines.writeBaseline((0, import_node_path14.resolve)(ctx.cwd, opts.writeBaseline), result2.findings, toolVersion());
    return { exitCode: skipFatal ? EXIT.error : EXIT.clean, stdout: "", stderr: messages.baselineWritten(printable(opts.writeBaseline), n) + "\n" + skipFatal };
  }
  const body = hookText ? formatHookText(report) : formats[opts.format](report);
  const exitCode = skipFatal ? EXIT.error : blockingCount(report) > 0 ? EXIT.blocking : EXIT.clean;
  if (opts.output) {
    const target = (0, import_node_path14.resolve)(ctx.cwd, opts.output);
    try {
      (0, import_node_fs14.writeFileSync)(target, body);
    } catch (err) {
      throw new UsageError(messages.cannotWrite(opts.output, err.code ?? err.message));
    }
    const summary = body.trimEnd().split("\n").pop();
    return { exitCode, stdout: "", stderr: `${opts.format === "text" ? summary + "\n" : ""}${messages.reportWritten(printable(opts.output))}
${skipFatal}` };
  }
  return hookText ? { exitCode, stdout: "", stderr: body + skipFatal } : { exitCode, stdout: body, stderr: skipFatal };
}
function skippedByEnv(env) {
  return (env.SKIP ?? "").split(",").map((s) => s.trim()).includes("scan-twitter-secrets");
}
function listRules(set) {
  const rows = set.rules.map((r2) => [r2.id, r2.detector === "oauth2-client-id" ? "with secret" : "yes", r2.title]);
  const header = messages.ruleListHeader;
  const w0 = Math.max(header[0].length, ...rows.map((r2) => r2[0].length));
  const w1 = Math.max(header[1].length, ...rows.map((r2) => r2[1].length));
  return [header, ...rows].map((r2) => `${r2[0].padEnd(w0)}  ${r2[1].padEnd(w1)}  ${r2[2]}`).join("\n") + "\n";
}
function explain(set, id) {
  const rule = set.byId.get(id);
  if (!rule) throw new UsageError(messages.unknownRule(id));
  return [
    `${rule.id}: ${rule.title}`,
    "",
    rule.description,
    `Shape: ${rule.pattern}`,
    "",
    messages.howToFix,
    renderRemediation(remediationFor([rule.id], set))
  ].join("\n");
}

// src/cli/main.ts
async function main(argv, paths2) {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (err) => {
      if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
  let cwd;
  try {
    cwd = process.cwd();
  } catch {
    process.stderr.write("scan-twitter-secrets: the current directory no longer exists\n");
    process.exit(2);
  }
  const result2 = await run(argv, {
    cwd,
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    execPath: process.execPath,
    ...paths2,
    ...process.stderr.isTTY ? { progress: (line) => process.stderr.write(line === null ? "\r\x1B[K" : `\r\x1B[K${line}`) } : {}
  });
  await flush(process.stdout, result2.stdout);
  await flush(process.stderr, result2.stderr);
  process.exit(result2.exitCode);
}
var flush = (stream, text) => new Promise((resolve6) => text ? stream.write(text, () => resolve6()) : resolve6());

// src/snapshot/warm-up.ts
init_messages();
init_engine();
init_finding();
init_group();
init_scan_blob();
async function warmUp(rules, compiled, now) {
  const filter = { selected: () => true, ignoredBy: () => void 0 };
  const stats = emptyStats();
  const perFile = [];
  const examples = rules.rules.flatMap((r2) => [...r2.examples.positive, ...r2.examples.negative]);
  for (const [i, e] of examples.entries()) {
    const blob = { path: `${i}/${e.file}`, bytes: Buffer.from(e.text, "utf8") };
    const scan = await scanBlob(blob, compiled, now);
    if (!countScan(stats, scan)) continue;
    perFile.push(toFindings(blob, scan.findings, { rules: compiled, filter, ignoredFingerprints: /* @__PURE__ */ new Map(), ignorePathOf: (b3) => b3.path, inlineAllow: true }));
  }
  const findings = groupPerFile(perFile);
  for (const color of [false, true]) {
    formatHookText({ result: { findings, stats, warnings: [messages.hook.skipped], skipped: [] }, rules, toolVersion: "", mode: "staged", showSecrets: false, color, verbose: false });
  }
}

// src/snapshot/entry.ts
var paths = () => ({ binPath: (0, import_node_path15.join)(packageRoot(), "dist", "cli.js"), workerPath: (0, import_node_path15.join)(packageRoot(), "dist", "worker.js") });
if (import_node_v8.startupSnapshot.isBuildingSnapshot()) {
  const rules = preloadRules();
  void warmUp(rules, compiledFor(rules), Date.now());
  import_node_v8.startupSnapshot.setDeserializeMainFunction(() => {
    preloadedStillCurrent();
    void main(process.argv.slice(1), paths());
  });
} else {
  void main(process.argv.slice(2), paths());
}
