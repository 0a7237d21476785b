/**
 * Inline allow markers (`twitter-secrets:allow`, `gitleaks:allow`, ...): a marker allows the values on
 * its own line only, the line as the code's author sees it.
 *
 * - An ordinary line: the whole physical line, wherever the marker sits on it.
 * - A Jupyter notebook keeps a cell's code as JSON strings, one logical line ending in a `\n` escape,
 *   and some tools write the whole notebook on one physical line: there the line is the decoded
 *   line of the cell, between `\n` escapes. The same holds on any long physical line (JSON written on
 *   one line, code embedded in a string). Short lines of ordinary files are not split at escapes: a
 *   comment after `"GET /\r\nAuthorization: Bearer …\r\n"` is still on the value's line.
 * - A line longer than LONG_LINE (minified code, data written on one line) is no line a reader sees:
 *   only a marker within MARKER_REACH characters of the value counts (a `gitleaks:allow` in a licence
 *   comment at the top of a bundle must not hide every key in it).
 */

/** Longer lines (after splitting at `\n` escapes) count only near the value. */
const LONG_LINE = 500;
/** How far from the value a marker on a long line may be, either side. */
const MARKER_REACH = 200;

/**
 * The marker that allows the value at [start, end), if any. `lineStart`/`lineEnd` bound its physical
 * line in `text`; `notebook`: the text is a Jupyter notebook (its code lines are always JSON strings).
 */
export function allowMarker(text: string, lineStart: number, lineEnd: number, start: number, end: number, markers: string[], notebook: boolean): string | undefined {
  let from = lineStart;
  let to = lineEnd;
  if (notebook || to - from > LONG_LINE) {
    // Escapes are looked for no further than LONG_LINE away: a line longer than that is cut below anyway.
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

/** Just after the last `\n` escape in [limit, at), or limit. */
function escapedNewlineBefore(text: string, limit: number, at: number): number {
  for (let i = at - 2; i >= limit; i--) {
    i = text.lastIndexOf('\\n', i);
    if (i < limit) break;
    if (escapes(text, i, limit)) return i + 2;
  }
  return limit;
}

/** At the first `\n` escape in [at, limit), or limit. */
function escapedNewlineAfter(text: string, at: number, limit: number): number {
  for (let i = text.indexOf('\\n', at); i >= 0 && i + 2 <= limit; i = text.indexOf('\\n', i + 1)) {
    if (escapes(text, i, at)) return i;
  }
  return limit;
}

/** Whether the backslash at `i` starts an escape: `\\n` is a backslash and an `n` (a Windows path). */
function escapes(text: string, i: number, limit: number): boolean {
  let backslashes = 0;
  for (let j = i - 1; j >= limit && text.charCodeAt(j) === 0x5c; j--) backslashes++;
  return backslashes % 2 === 0;
}
