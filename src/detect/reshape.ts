/**
 * Same-length rewrites that let the name and SDK detectors (context.ts) read two shapes they would
 * otherwise miss, without touching them (issue 12):
 *
 * - A value split across literals, `"AbC…" "…"` (Python's implicit concatenation, also across lines
 *   inside parentheses) or `"AbC…" + "…"` (JS, Java, C#), is one value: the chain is rewritten as one
 *   literal holding the joined value, padded with spaces, after the chain's line breaks (so every line
 *   before and after keeps its number, and `KEY = (⏎"v"` reads as a value on the next line); `fixSpans`
 *   then moves the finding back to the first literal and stretches it over the whole chain.
 * - A container spec's `- name: X_API_KEY` with `value: …` on the next line (Kubernetes env, ECS task
 *   definitions): the `name:` label (and quotes) becomes spaces, so the name reads as a key alone on
 *   its line with its `value:` below, a shape the name detector already reads; on one line
 *   (`{"name": "X_API_KEY", "value": "…"}`) both labels become spaces: `"X_API_KEY", "…"`.
 *
 * Like normalise() (text.ts), nothing changes length: offsets stay offsets into the original text.
 */
import { looksRandom } from './structure.js';

/** A rewritten chain of literals: the first literal's value starts at `start`; the last one ends at `end`. */
export interface Join {
  start: number;
  end: number;
  value: string;
}

export interface Reshaped {
  text: string;
  /** Joined chains by the offset the joined value starts at in the rewritten text. */
  joins: Map<number, Join>;
}

/** One more literal in a chain: `+`, `\` or nothing between, at most one line break. */
const NEXT_LITERAL = /[ \t]*(?:[+\\][ \t]*)?(?:\n[ \t]*(?:\+[ \t]*)?)?(["'])([A-Za-z0-9_-]{1,50})\1/y;
const FIRST_LITERAL = /(["'])([A-Za-z0-9_-]{1,50})\1/g;
/** `- name: X_API_KEY` (YAML) or `"name": "X_API_KEY",` (JSON), the next line starting `value:`. */
const NAME_THEN_VALUE = /^([ \t]*-?[ \t]*)(["']?name["']?[ \t]*:[ \t]*)(["']?)([A-Za-z][A-Za-z0-9_.-]{2,80})(["']?,?)[ \t]*\n[ \t]*["']?value["']?[ \t]*:/g;
/** `{"name": "K", "value": "` right before a value: groups are `{`, `"name": `, `"K"`, `, `, `"value": `. */
const INLINE_NAME_VALUE = /(\{[ \t]*)("name"[ \t]*:[ \t]*)("[A-Za-z][A-Za-z0-9_.-]{2,80}")([ \t]*,[ \t]*)("value"[ \t]*:[ \t]*)"$/;
/** The start of a `value:` line, up to its value. */
const VALUE_LABEL = /^[ \t]*["']?value["']?[ \t]*:[ \t]*["']?$/;

/** X's key and secret lengths, legacy ones included (18–50). */
const MIN_JOINED = 18;
const MAX_JOINED = 50;

/**
 * `seeds` are valueRuns().seeds ([start, end) pairs): every piece of X's length range a chain needs
 * (one piece of 16+ characters, the rest anything) and every value below a `name:` is one, so only
 * they are looked at, and only those with a quote or a line break beside them go further.
 */
export function reshape(text: string, seeds: number[]): Reshaped {
  const edits: [number, string][] = [];
  const joins = new Map<number, Join>();
  let chainsUntil = 0;
  for (let k = 0; k < seeds.length; k += 2) {
    const s = seeds[k]!;
    const e = seeds[k + 1]!;
    const q = text[s - 1];
    if ((q === '"' || q === "'") && text[e] === q && e > chainsUntil && nextToJunction(text, s - 1, e + 1)) {
      // The chain may start up to two lines above this piece: read chains forward from there.
      const from = Math.max(chainsUntil, lineStartBefore(text, s - 1, 2), s - 201);
      const slice = text.slice(from, Math.min(text.length, e + 1));
      FIRST_LITERAL.lastIndex = 0;
      for (let m = FIRST_LITERAL.exec(slice); m; m = FIRST_LITERAL.exec(slice)) {
        const q0 = from + m.index;
        const chain = readChain(text, q0, m[2]!);
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
    // `{"name": "K", "value": "v"}` on one line (ECS task definitions).
    const inline = text[s - 1] === '"' ? INLINE_NAME_VALUE.exec(text.slice(Math.max(0, s - 160), s)) : null;
    if (inline) {
      const at = s - inline[0].length + inline[1]!.length;
      edits.push([at, ' '.repeat(inline[2]!.length)]);
      edits.push([at + inline[2]!.length + inline[3]!.length + inline[4]!.length, ' '.repeat(inline[5]!.length)]);
    }
    // `value: v` below `- name: K`.
    const lineStart = lineStartBefore(text, s - 1, 0);
    if (lineStart > 0 && text[lineStart - 1] === '\n' && VALUE_LABEL.test(text.slice(lineStart, s))) {
      const prev = lineStartBefore(text, lineStart - 2, 0);
      NAME_THEN_VALUE.lastIndex = 0;
      const m = NAME_THEN_VALUE.exec(text.slice(prev, s));
      if (m && m.index === 0) {
        const at = prev + m[1]!.length;
        const blank = m[2]!.length + m[3]!.length;
        edits.push([at, ' '.repeat(blank)]);
        edits.push([at + blank + m[4]!.length, ' '.repeat(m[5]!.length)]);
      }
    }
  }
  if (edits.length === 0) return { text, joins };
  edits.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [pos, rep] of edits) {
    if (pos < at) continue;
    parts.push(text.slice(at, pos), rep);
    at = pos + rep.length;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), joins };
}

/**
 * The chain of literals starting with the one at `q0` (holding `first`), when it is two or more
 * literals of value characters that together are one of X's lengths and look random, and it is not
 * part of a longer expression (`x + "a" + "b"`, `"a" + "b" + y`).
 */
function readChain(text: string, q0: number, first: string): { replacement: string; value: string; lastEnd: number; breaks: number } | null {
  let value = first;
  let end = q0 + first.length + 2;
  let pieces = 1;
  for (;;) {
    NEXT_LITERAL.lastIndex = end;
    const m = NEXT_LITERAL.exec(text);
    if (!m) break;
    value += m[2]!;
    end = NEXT_LITERAL.lastIndex;
    pieces++;
    if (value.length > MAX_JOINED) return null;
  }
  if (pieces < 2 || value.length < MIN_JOINED) return null;
  // Part of a longer expression: the value is not all there.
  let b = q0 - 1;
  while (b >= 0 && (text[b] === ' ' || text[b] === '\t')) b--;
  if (text[b] === '+' || /[A-Za-z0-9_"'`]/.test(text[b] ?? '')) return null;
  if (/^[ \t]*\+/.test(text.slice(end, end + 40))) return null;
  if (!looksRandom(value.replace(/[-_]/g, ''))) return null;
  const span = text.slice(q0, end);
  const breaks = span.split('\n').length - 1;
  const replacement = '\n'.repeat(breaks) + `"${value}"`.padEnd(span.length - breaks, ' ');
  return { replacement, value, lastEnd: end - 1, breaks };
}

/** A junction to another literal on either side of the literal [q0, q1): `+`, `\\`, a quote, a line break. */
function nextToJunction(text: string, q0: number, q1: number): boolean {
  let a = q1;
  while (text[a] === ' ' || text[a] === '\t') a++;
  let b = q0 - 1;
  while (text[b] === ' ' || text[b] === '\t') b--;
  return JUNCTION.includes(text[a] ?? '') || JUNCTION.includes(text[b] ?? '');
}

const JUNCTION = '+\\"\'\n';

/**
 * Where the line `lines` lines above the one holding `at` starts, looking back at most LOOK_BACK
 * characters (a minified line can be megabytes long: an unbounded search per value is quadratic).
 */
function lineStartBefore(text: string, at: number, lines: number): number {
  const floor = Math.max(0, at - LOOK_BACK);
  const seg = text.slice(floor, at + 1);
  let p = seg.lastIndexOf('\n');
  for (let k = 0; k < lines && p > 0; k++) p = seg.lastIndexOf('\n', p - 1);
  return p < 0 ? floor : floor + p + 1;
}

const LOOK_BACK = 400;

/** Stretches findings at a joined chain over the whole chain, holding the joined value. */
export function fixSpans<T extends { start: number; end: number; secret: string }>(cands: T[], joins: Map<number, Join>): void {
  if (joins.size === 0) return;
  for (const c of cands) {
    const j = joins.get(c.start);
    if (j && c.secret === j.value) {
      c.start = j.start;
      c.end = j.end;
    }
  }
}
