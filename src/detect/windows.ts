/**
 * Where the context detector needs to look. Every random kind's value is a run of 16–52
 * `[A-Za-z0-9_-]` with both letter cases, so one cheap pass over the characters finds those runs,
 * and the slower name/SDK/pair analysis runs only in windows just before them. On minified code this
 * skips most of the text; the result is the same as analysing everything.
 */

export type Window = [from: number, to: number];

const MIN_VALUE = 16;
/** 52 plus room for an escape letter glued to the run in raw text (`\nAbC…` reads as `nAbC…`). */
const MAX_VALUE = 54;

/**
 * Characters before a value in which its name or SDK call may sit (same line, or a few lines above
 * for multi-line calls and YAML values on the next line); everything the context detector reads.
 */
export const CONTEXT_REACH = 600;

/** Runs of value characters that could be a key or secret, as [start, end) pairs. */
export function valueRuns(text: string): number[] {
  // A plain character loop: about 3x faster than any regex for this on V8 (measured on minified JS).
  const runs: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isValueChar(c)) {
      i++;
      continue;
    }
    const start = i;
    do c = text.charCodeAt(++i);
    while (i < n && isValueChar(c));
    const len = i - start;
    if (len >= MIN_VALUE && len <= MAX_VALUE) {
      const v = text.slice(start, i);
      if (MIXED_CASE.test(v) && NOT_HEX.test(v)) runs.push(start, i);
    }
  }
  return runs;
}

function isValueChar(c: number): boolean {
  const lower = c | 32;
  return (c >= 48 && c <= 57) || (lower >= 97 && lower <= 122) || c === 95 || c === 45;
}

const MIXED_CASE = /[a-z][^]*[A-Z]|[A-Z][^]*[a-z]/;
const NOT_HEX = /[G-Zg-z]/;

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
 * Calls `fn` for every match of the global regex `re` that starts inside one of `windows`. Each
 * window is searched on its own slice, so a window without a match costs only its own length.
 * `fn` receives the match offset in the whole text and returns where the next search may start.
 */
export function eachMatchIn(re: RegExp, text: string, windows: Window[], fn: (index: number, match: string, groups: (string | undefined)[]) => number | void): void {
  let resumeAt = 0;
  for (const [from, to] of windows) {
    const start = Math.max(from, resumeAt);
    if (start >= to) continue;
    // The slice runs a little past the window so a match starting inside it is not cut short.
    const slice = text.slice(start, Math.min(text.length, to + 64));
    re.lastIndex = 0;
    for (let m = re.exec(slice); m && m.index < to - start; m = re.exec(slice)) {
      const index = start + m.index;
      if (index < resumeAt) continue;
      const next = fn(index, m[0], m.slice(1));
      resumeAt = Math.max(typeof next === 'number' ? next : 0, index + 1);
      if (resumeAt - start > re.lastIndex) re.lastIndex = resumeAt - start;
    }
  }
}
