/**
 * Values written in another form than the one X issued (issue 12):
 * - Kubernetes `Secret` manifests keep values base64-encoded under `data:`. Each is decoded and
 *   scanned with its key's name as context (`consumer_key: <decoded>`, the Secret's name as a
 *   comment above); a decoded file (`credentials.env: <base64>`) is scanned as that file. A finding
 *   points at the encoded value, holds the decoded secret (what is masked and fingerprinted, so it
 *   matches the same key written in plain elsewhere).
 * - Twitter Kit's URL scheme carries the consumer key: `twitterkit-<key>` (Info.plist
 *   CFBundleURLSchemes, AndroidManifest intent filters, the callback URL in X's console).
 */
import type { Candidate } from './candidate.js';
import type { CompiledRules } from './compile.js';
import type { DetectedSecret } from './detect.js';
import { candidate, fitValue } from './context.js';

export type Scan = (text: string, path: string) => DetectedSecret[];

/** Where Kubernetes manifests are kept: YAML, JSON, Helm and Jinja templates, docs and notes. */
const MANIFEST = /\.(?:ya?ml|json|tpl|j2|md|txt)$/i;
/** Where a Twitter Kit URL scheme is written: plists, Android XML and Gradle, iOS/Android code, docs. */
const MOBILE_CONFIG = /\.(?:plist|xml|strings|entitlements|pbxproj|gradle|kts|swift|mm?|h|java|kt|json|ya?ml|md|txt|properties)$/i;
const KIND_SECRET = /\bkind["']?[ \t]*:[ \t]*["']?Secret\b/;
const YAML_DATA = /^([ \t]*)data:[ \t]*$/gm;
const YAML_ENTRY = /^([ \t]+)["']?([\w.-]{1,253})["']?[ \t]*:[ \t]*["']?([A-Za-z0-9+/]{8,}={0,2})["']?[ \t]*$/;
const JSON_DATA = /"data"\s*:\s*\{([^{}]{0,20000})\}/g;
const JSON_ENTRY = /"([\w.-]{1,253})"\s*:\s*"([A-Za-z0-9+/]{8,}={0,2})"/g;
/** A decoded value that is one token: goes on one `name: value` line with its siblings. */
const ONE_TOKEN = /^[A-Za-z0-9_%+/=.-]+$/;
const TWITTERKIT = /twitterkit-([A-Za-z0-9]{18,25})(?![A-Za-z0-9_-])/g;

interface Entry {
  key: string;
  start: number;
  end: number;
  decoded: string;
}

export function findEncoded(text: string, path: string, c: CompiledRules, scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  // Each search over a whole file costs ~2 % of a tree scan: only where manifests and app configs live.
  if (MANIFEST.test(path) && hasKindSecret(text)) kubernetesSecrets(text, path, scan, out);
  if (MOBILE_CONFIG.test(path) && hasTwitterKit(text)) twitterKit(text, c, out);
  return out;
}

/** `kind: Secret` somewhere: found from each "Secret" (indexOf), not by a regex over the whole file. */
function hasKindSecret(text: string): boolean {
  for (let at = text.indexOf('Secret'); at >= 0; at = text.indexOf('Secret', at + 6)) {
    // Most are inside identifiers (`clientSecret`): a letter before it turns them away at once.
    const before = text.charCodeAt(at - 1);
    if (before !== 32 && before !== 34 && before !== 39 && before !== 58 && before !== 9) continue;
    if (KIND_BEFORE.test(text.slice(Math.max(0, at - 12), at)) && !/\w/.test(text[at + 6] ?? '')) return true;
  }
  return false;
}

const KIND_BEFORE = /kind["']?[ \t]*:[ \t]*["']?$/;

function kubernetesSecrets(text: string, path: string, scan: Scan, out: Candidate[]): void {
  // One manifest file may hold several documents (`---`) and other kinds: each Secret on its own.
  const bounds = [0];
  for (const sep of text.matchAll(/^---[^\n]*$/gm)) bounds.push(sep.index!, sep.index! + sep[0].length);
  bounds.push(text.length);
  for (let k = 0; k < bounds.length; k += 2) {
    const from = bounds[k]!;
    const doc = text.slice(from, bounds[k + 1]!);
    if (!KIND_SECRET.test(doc)) continue;
    const entries = [...yamlEntries(doc, from), ...jsonEntries(doc, from)];
    if (entries.length === 0) continue;
    const name = /^[ \t]*["']?name["']?[ \t]*:[ \t]*["']?([\w.-]+)/m.exec(doc)?.[1] ?? '';
    const header = `# Kubernetes Secret ${name}\n`;
    let lines = header;
    const onLine: { entry: Entry; at: number }[] = [];
    for (const entry of entries) {
      if (ONE_TOKEN.test(entry.decoded)) {
        const line = `${entry.key}: ${entry.decoded}\n`;
        onLine.push({ entry, at: lines.length + entry.key.length + 2 });
        lines += line;
      } else {
        // A whole file kept in the Secret: scanned as that file.
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

function fromInner(f: DetectedSecret, entry: Entry): Candidate {
  const details: Record<string, string> = { ...f.details, encoded: f.canonical };
  if (f.ruleId === 'twitter-bearer-token') details.tailLength = f.status === 'public-client' ? '42' : '50';
  return { ruleId: f.ruleId, start: entry.start, end: entry.end, secret: f.secret, via: 'name', specific: true, localEvidence: true, modern: true, details };
}

function yamlEntries(doc: string, offset: number): Entry[] {
  const out: Entry[] = [];
  YAML_DATA.lastIndex = 0;
  for (let m = YAML_DATA.exec(doc); m; m = YAML_DATA.exec(doc)) {
    const indent = m[1]!.length;
    let at = m.index + m[0].length + 1;
    let childIndent = -1;
    while (at < doc.length) {
      let e = doc.indexOf('\n', at);
      if (e < 0) e = doc.length;
      const line = doc.slice(at, e).replace(/\r$/, '');
      if (line.trim() && !line.trim().startsWith('#')) {
        const entry = YAML_ENTRY.exec(line);
        const ind = /^[ \t]*/.exec(line)![0].length;
        if (ind <= indent || (childIndent >= 0 && ind !== childIndent) || !entry) {
          if (ind <= indent) break;
        } else {
          childIndent = ind;
          const decoded = decodeBase64(entry[3]!);
          const start = offset + at + line.indexOf(entry[3]!, entry[1]!.length + entry[2]!.length);
          if (decoded) out.push({ key: entry[2]!, start, end: start + entry[3]!.length, decoded });
        }
      }
      at = e + 1;
    }
  }
  return out;
}

function jsonEntries(doc: string, offset: number): Entry[] {
  const out: Entry[] = [];
  JSON_DATA.lastIndex = 0;
  for (let m = JSON_DATA.exec(doc); m; m = JSON_DATA.exec(doc)) {
    const bodyStart = m.index + m[0].length - 1 - m[1]!.length;
    JSON_ENTRY.lastIndex = 0;
    for (let e = JSON_ENTRY.exec(m[1]!); e; e = JSON_ENTRY.exec(m[1]!)) {
      const decoded = decodeBase64(e[2]!);
      const start = offset + bodyStart + e.index + e[0].length - 1 - e[2]!.length;
      if (decoded) out.push({ key: e[1]!, start, end: start + e[2]!.length, decoded });
    }
  }
  return out;
}

/** Strict base64 of printable text (a trailing line break, as `echo` adds, dropped); else null. */
function decodeBase64(b64: string): string | null {
  if (b64.length % 4 !== 0) return null;
  const bytes = Buffer.from(b64, 'base64');
  if (bytes.toString('base64') !== b64) return null;
  const s = bytes.toString('latin1').replace(/\r?\n$/, '');
  if (!s || /[^\t\n\r\x20-\x7e]/.test(s)) return null;
  return s;
}

/**
 * From each "kit-": V8 finds a short needle that starts with a rare letter several times faster than
 * "twitterkit-" (measured on the npm tree: 1.3 against 8 ms per 22 MB), and CSS's "-webkit-" hits are
 * turned away by one comparison.
 */
function hasTwitterKit(text: string): boolean {
  for (let at = text.indexOf('kit-'); at >= 0; at = text.indexOf('kit-', at + 4)) if (text.startsWith('twitter', at - 7)) return true;
  return false;
}

function twitterKit(text: string, c: CompiledRules, out: Candidate[]): void {
  const rule = c.byRole.get('consumer-key')!;
  TWITTERKIT.lastIndex = 0;
  for (let m = TWITTERKIT.exec(text); m; m = TWITTERKIT.exec(text)) {
    if (/[A-Za-z0-9_]/.test(text[m.index - 1] ?? '')) continue;
    const fit = fitValue(m[1]!, [rule], c)[0];
    const start = m.index + 'twitterkit-'.length;
    if (fit) out.push(candidate(fit, start, start + m[1]!.length, m[1]!, 'name', true, true));
  }
}
