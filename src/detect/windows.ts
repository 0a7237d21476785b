/**
 * Where the context detector needs to look. Every random kind's value is a run of 16–52
 * `[A-Za-z0-9_-]` with both letter cases, so one cheap pass over the characters finds those runs,
 * and the slower name/SDK/pair analysis runs only in windows just before them. On minified code this
 * skips most of the text; the result is the same as analysing everything.
 */

import { looksRandomCodes } from './structure.js';

export type Window = [from: number, to: number];

const MIN_VALUE = 16;
/** 52 plus room for an escape letter glued to the run in raw text (`\nAbC…` reads as `nAbC…`). */
const MAX_VALUE = 54;

/**
 * Characters before a value in which its name or SDK call may sit (same line, or a few lines above
 * for multi-line calls and YAML values on the next line); everything the context detector reads.
 */
export const CONTEXT_REACH = 600;

/** 1 for the characters a value is made of ([A-Za-z0-9_-]), by character code (bytes of byte text). */
const VALUE_CHAR = new Uint8Array(256);
for (let c = 0; c < 128; c++) {
  const lower = c | 32;
  if ((c >= 48 && c <= 57) || (lower >= 97 && lower <= 122) || c === 95 || c === 45) VALUE_CHAR[c] = 1;
}

/** The shortest run a structural token's anchor lies in: the bearer token's twenty `A`. */
const ANCHOR_RUN = 20;

export interface ValueRuns {
  /** Runs that could be a key or secret, as [start, end) pairs, sorted. */
  seeds: number[];
  /** Every run of ANCHOR_RUN or more characters, random-looking or not: where structural tokens can be. */
  long: number[];
}

/**
 * Runs of value characters, found in one pass over `codes` (one per character of the text). A run of
 * 16 or more covers one of every 16th character, so only those are probed and extended both ways
 * (~900 MB/s on minified JavaScript, against ~160 MB/s for a plain loop). A run is a seed when
 * random values would be: both cases, and digits or capitals in at least a fifth of it. camelCase
 * identifiers (`AggregationAuthorizations`) fall below that; random keys almost never do (about 1
 * in 10,000).
 */
export function valueRuns(codes: Uint8Array): ValueRuns {
  const seeds: number[] = [];
  const long: number[] = [];
  const n = codes.length;
  let lastEnd = 0;
  for (let i = MIN_VALUE - 1; i < n; ) {
    // A run of 16 holding i holds all of i-8..i or all of i..i+8: when neither end is a value
    // character, no such run is here (most identifiers in minified code are shorter).
    if (VALUE_CHAR[codes[i]!] === 0 || (VALUE_CHAR[codes[i - 8]!] === 0 && i + 8 < n && VALUE_CHAR[codes[i + 8]!] === 0)) {
      i += MIN_VALUE;
      continue;
    }
    let start = i;
    while (start > lastEnd && VALUE_CHAR[codes[start - 1]!] === 1) start--;
    let end = i + 1;
    while (end < n && VALUE_CHAR[codes[end]!] === 1) end++;
    const len = end - start;
    if (len >= ANCHOR_RUN) long.push(start, end);
    if (len >= MIN_VALUE && len <= MAX_VALUE && randomish(codes, start, end) && mayHoldValue(codes, start, end)) seeds.push(start, end);
    lastEnd = end;
    i = end + MIN_VALUE;
  }
  return { seeds, long };
}

/**
 * Every context value passes looksRandom() (fitValue checks it), so a run holds one only if the run
 * itself does, or the part of it a value can be: after the letter of a glued escape (`\nAbc…`) or
 * a %XX escape (`%3DAbc…`), or one `-`/`_`-separated piece. This turns away most camelCase
 * identifiers (`TSConditionalType`, `__PRIVATE_toDbRemoteDocument`), which are most runs in code.
 */
function mayHoldValue(codes: Uint8Array, start: number, end: number): boolean {
  // The run without its `-` and `_`, as fitValue() tests a value.
  let n = 0;
  for (let k = start; k < end; k++) if (codes[k] !== 45 && codes[k] !== 95) BARE[n++] = codes[k]!;
  if (looksRandomCodes(BARE, 0, n)) return true;
  const before = codes[start - 1];
  if ((before === 92 /* \ */ && looksRandomCodes(BARE, 1, n)) || (before === 37 /* % */ && looksRandomCodes(BARE, 2, n))) return true;
  if (n === end - start) return false;
  // Each `-`/`_`-separated piece long enough to be a value.
  for (let from = start, k = start; k <= end; k++) {
    if (k < end && codes[k] !== 45 && codes[k] !== 95) continue;
    if (k - from >= MIN_VALUE && looksRandomCodes(codes, from, k)) return true;
    from = k + 1;
  }
  return false;
}

/** Scratch for mayHoldValue(): runs are at most MAX_VALUE long. */
const BARE = new Uint8Array(MAX_VALUE);

function randomish(codes: Uint8Array, start: number, end: number): boolean {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let hexOnly = true;
  for (let k = start; k < end; k++) {
    const c = codes[k]!;
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

/** Merged windows [run start - before, run end + after] over `runs` ([start, end) pairs, sorted by start). */
export function windowsAround(runs: number[], before: number, after: number, limit: number): Window[] {
  const out: Window[] = [];
  for (let k = 0; k < runs.length; k += 2) {
    const from = Math.max(0, runs[k]! - before);
    const to = Math.min(limit, runs[k + 1]! + after);
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/**
 * Calls `fn` for every match of the global regex `re` that starts inside one of `windows`, with its
 * offset in the whole text. Each window is searched on its own slice, so a window without a match
 * costs only its own length.
 */
export function eachMatchIn(re: RegExp, text: string, windows: Window[], fn: (index: number, match: string) => void): void {
  // Where the previous window's search stopped: its slice runs past its end, into the next window.
  let resumeAt = 0;
  for (const [from, to] of windows) {
    const start = Math.max(from, resumeAt);
    if (start >= to) continue;
    // The slice runs a little past the window so a match starting inside it is not cut short.
    const slice = text.slice(start, Math.min(text.length, to + 64));
    re.lastIndex = 0;
    for (let m = re.exec(slice); m && m.index < to - start; m = re.exec(slice)) {
      fn(start + m.index, m[0]);
      resumeAt = start + m.index + 1;
    }
  }
}
