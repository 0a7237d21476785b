/**
 * Reading the value that follows a key name, in every syntax the corpus shows:
 * `KEY=v`, `KEY: v`, `"key": "v"`, `key => 'v'`, `key := "v"`, `key <- "v"`, `define('KEY', 'v')`,
 * `ENV['KEY'] || 'v'`, `<key>v</key>`, `<add key="Key" value="v"/>`, `--key v`, `| Key | v |`,
 * `key: str = "v"`, and the value on the next line (`KEY = (⏎ "v"`, YAML `key:⏎  v`).
 */

export interface ValueSpan {
  start: number;
  end: number;
  value: string;
}

const SEPARATORS = [':=', '=>', '<-', '||=', '||', '??', '%3D', '%3d', '=', ':', ',', '|', '>', '('];
/** `<key>TwitterConsumerKey</key>⏎<string>v</string>` (plist), `<k>…</k><v>v</v>`. */
const XML_NEXT_ELEMENT = /^<\/[\w:.-]+>\s*<[\w:.-]+>/;
const VALUE_CHAR = /[A-Za-z0-9_-]/;
/** What may follow a complete value: end of string, closing quote, a delimiter or a comment. */
const VALUE_END = /[\s"'`“”‘’«»,;)\]}&|\\<#%]/;
/** Typographic quotes (notes pasted from documents) close with their partner; triple quotes with one. */
const CLOSING_QUOTE: Record<string, string> = { '“': '”', '”': '”', '‘': '’', '’': '’', '«': '»', '»': '»', '"""': '"', "'''": "'" };

function skipInline(t: string, i: number, chars: RegExp): number {
  while (i < t.length && t[i] !== '\n' && chars.test(t[i]!)) i++;
  return i;
}

/** Skips one string opener: a quote, optionally with a language prefix (@"", r"", b'', f"", u""). */
function skipOpener(t: string, i: number): { i: number; quote: string } {
  const m = /^[@rRbBuUfF]?("""|'''|["'`“”‘’«»])/.exec(t.slice(i, i + 4));
  if (m) return { i: i + m[0].length, quote: CLOSING_QUOTE[m[1]!] ?? m[1]!.slice(0, 1) };
  return { i, quote: '' };
}

/** The rest of the line holds nothing but openers: the value continues on the next line. */
function restIsFiller(t: string, i: number): boolean {
  for (; i < t.length && t[i] !== '\n'; i++) if (!/[\s"'`(\[{\\,|>]/.test(t[i]!)) return false;
  return true;
}

/**
 * The value after a key name ending at `keyEnd`. `, ` separates only when the key itself was a string
 * literal (`define('KEY', 'v')`, `getenv("K", "v")`). `keyAloneOnLine` tells whether the name is all
 * its line holds, which lets the value sit on the next line with no separator (a console copy).
 */
export function readValueAfter(t: string, keyEnd: number, keyAloneOnLine: () => boolean = () => false): ValueSpan | null {
  let i = keyEnd;
  const aside = /^ ?\([A-Za-z0-9 _.-]{1,40}\)/.exec(t.slice(i, i + 44));
  if (aside) i += aside[0].length;
  const closed = skipInline(t, i, /["'`“”‘’\]\s]/);
  const keyQuoted = /["'`“”‘’]/.test(t.slice(i, closed));
  i = closed;
  let sep = '';
  const xml = XML_NEXT_ELEMENT.exec(t.slice(i, i + 80));
  if (xml) {
    sep = xml[0];
  } else {
    sep = SEPARATORS.find((candidate) => t.startsWith(candidate, i)) ?? '';
  }
  if (sep === ',' && !keyQuoted) return null;
  if (sep) i += sep.length;
  else if (restIsFiller(t, i) && keyAloneOnLine()) sep = '\n'; // "API Key⏎<value>", as copied from X's console
  else if (i === keyEnd || !/[ \t]/.test(t[i - 1] ?? '')) return null;
  i = skipInline(t, i, /[ \t]/);
  i = skipValueLabel(t, i);
  // Python annotations: `consumer_key: str = "..."`.
  if (sep === ':') {
    const annotation = /^[A-Za-z_][\w.[\]]*\s*=\s*/.exec(t.slice(i, i + 40));
    if (annotation && !/^[A-Za-z0-9_-]{16,}\s*$/.test(annotation[0])) i += annotation[0].length;
  }
  // YAML block scalars: `key: >-⏎  value`.
  const block = /^[|>][-+0-9]*[ \t]*(?=\n|$)/.exec(t.slice(i, i + 8));
  if (block) i += block[0].length;
  let opener = skipOpener(t, i);
  i = opener.i;
  if (opener.quote && t[i] === opener.quote) return null; // an empty string
  // A quote escaped inside a string (`"\"v\""`, normalised to `" "v ""`).
  const inner = /^ ["']/.exec(t.slice(i, i + 2));
  if (opener.quote && inner) i += 2;
  // The value may sit on the next line (or two, when a notebook's JSON line break sits between).
  let hopped = false;
  for (let hops = 0; hops < 2 && !opener.quote && restIsFiller(t, i); hops++) {
    const nl = t.indexOf('\n', i);
    if (nl < 0) return null;
    i = skipValueLabel(t, skipInline(t, nl + 1, /[\s"'`(\[{\\,]/));
    hopped = true;
    if (/^[@rRbBuUfF]?["'`“‘«]/.test(t.slice(i, i + 2))) {
      opener = skipOpener(t, i);
      i = opener.i;
    }
  }
  const start = i;
  while (i < t.length && VALUE_CHAR.test(t[i]!)) i++;
  if (i === start) return null;
  if (i < t.length && !VALUE_END.test(t[i]!)) return null;
  // Without a separator the value must end its line (an XML attribute may close its tag), unless
  // the name is a command-line flag (`--consumer-key K --consumer-secret S`).
  if ((!sep || sep === '\n' || (hopped && !opener.quote)) && !/^[\s"'`,;)]*\/?>?[\s]*$/.test(lineRest(t, i)) && !(sep === '' && isFlag(t, keyEnd))) return null;
  return { start, end: i, value: t.slice(start, i) };
}

/** Skips a "value" label between a name and its value: `<add key="K" value="v"/>`, Postman's `"value": "v"`. */
function skipValueLabel(t: string, i: number): number {
  const label = /^value["']?\s*[:=]\s*/.exec(t.slice(i, i + 12));
  return label ? i + label[0].length : i;
}

/** The name right before `keyEnd` is written as a command-line flag (`--consumer-key`). */
function isFlag(t: string, keyEnd: number): boolean {
  let s = keyEnd;
  while (s > 0 && /[A-Za-z0-9_-]/.test(t[s - 1]!)) s--;
  return t.startsWith('--', s) && (s === 0 || /\s/.test(t[s - 1]!));
}

function lineRest(t: string, i: number): string {
  const nl = t.indexOf('\n', i);
  return t.slice(i, nl < 0 ? t.length : nl);
}
