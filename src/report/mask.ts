/** Masking and escaping shared by every reporter: what reaches a terminal or a CI log is ours. */

/** Masking: a few characters to recognise a value, never enough to use it. */
export function mask(secret: string): string {
  if (secret.length <= 8) return '*'.repeat(secret.length);
  return `${secret.slice(0, 4)}…${secret.slice(-2)}`;
}

/**
 * Characters that data (file names, commit subjects and authors, baseline entries, arguments) must
 * never carry into a report: C0 and C1 controls and DEL (a newline starts a forged line, such as a
 * GitHub Actions `::error` command; ESC and CSI move the cursor or clear the screen), Unicode line
 * and paragraph separators (line breaks to some viewers), and bidirectional overrides, isolates and
 * marks (they reorder what a reader sees: `a\u202etxt.js` displays as `asj.txt`).
 */
const BEYOND_C0 = '\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
const UNSAFE = new RegExp(`[\\u0000-\\u001f${BEYOND_C0}]`, 'g');
/** In JSON text C0 controls are already escaped inside strings (and a raw newline there is layout). */
const UNSAFE_IN_JSON = new RegExp(`[${BEYOND_C0}]`, 'g');

const hex = (c: string, width: number): string => c.charCodeAt(0).toString(16).padStart(width, '0');

/**
 * Any data string as printed in text reports, warnings and messages: the one escaping function, so
 * no name can start a line or move the cursor. Every unsafe character becomes a visible escape
 * (`\n`, `\t`, `\x1b`, `\u202e`).
 */
export function printable(data: string): string {
  return data.replace(UNSAFE, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : c.charCodeAt(0) < 0x100 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
}

/**
 * JSON reports (json, sarif) as text: JSON.stringify already escapes C0 controls, but leaves C1
 * controls, line separators and bidi characters raw. Those appear only inside strings (JSON's own
 * syntax is ASCII), so writing them as \u escapes gives the same document, safe to print too.
 */
export function jsonText(doc: unknown): string {
  return JSON.stringify(doc, null, 2).replace(UNSAFE_IN_JSON, (c) => `\\u${hex(c, 4)}`) + '\n';
}
