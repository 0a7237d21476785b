/**
 * The JSON files we are handed (config file, baseline, GitHub event payload). A syntax error says
 * where and why, never what: V8's own message quotes the text around the error, and that text can be
 * part of a secret (a key pasted into the wrong file, a token in an event payload).
 */
import type { ParseError } from 'jsonc-parser';
import { UsageError } from '../errors.js';
import { messages } from '../cli/messages.js';

/** Parses `text`, or throws a one-line UsageError naming `what` (e.g. `config file x.json`). */
export async function parseJsonFile(text: string, what: string): Promise<unknown> {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(body);
  } catch {
    // V8's message is not reused: it quotes the file.
  }
  throw new UsageError(messages.invalidJson(what, await locateError(body)));
}

/**
 * Where strict JSON parsing first fails. jsonc-parser reports an error code and an offset, no text;
 * it is loaded only here, on the failure path, so valid files (and the commit hook) never load it.
 */
async function locateError(text: string): Promise<{ line: number; column: number; reason: string } | null> {
  const { parse, printParseErrorCode } = await import('jsonc-parser');
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return null;
  const before = text.slice(0, first.offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return {
    line: before.split('\n').length,
    // In characters (code points), as editors count them.
    column: [...before.slice(lineStart)].length + 1,
    reason: messages.jsonError[printParseErrorCode(first.error)] ?? messages.jsonError.default!,
  };
}
