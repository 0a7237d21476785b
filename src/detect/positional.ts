/**
 * Positional arguments without names (issue 12): the developer's own helpers
 * (`startBot("…", "…", "…", "…")`, `getConnectionWithAccessToken("…", "…")`), plain lists and tuples
 * (`KEYS = ["…", "…", "…", "…"]`). An OAuth 1.0a access token found by its shape inside the list is
 * the evidence; the other literals of X's lengths are the rest of its set. Known SDK calls are read
 * by their signatures in context.ts; here the order comes from lengths and position: the literal
 * right after the token is its secret (`(token, token_secret, …)`, as in the Python `twitter`
 * package), a key-length literal is the consumer key and the secret-length literal after it the
 * consumer secret. Where lengths overlap (legacy consumer secrets of 35–49 and token secrets of
 * 37–45), the position decides and the value is always reported.
 */
import type { Candidate } from './candidate.js';
import type { CompiledRules } from './compile.js';
import { candidate, fitValue, splitArguments } from './context.js';

/** How far back the opening bracket of the token's list may be. */
const REACH = 1500;
const LITERAL = /^[@rRbBuUfFL]?(["'`])([A-Za-z0-9]{18,50})\1$/;

export function findPositional(text: string, c: CompiledRules, structural: Candidate[], out: Candidate[]): void {
  const done = new Set<number>();
  for (const token of structural) {
    if (token.ruleId !== 'twitter-access-token') continue;
    const open = enclosingOpen(text, token.start);
    if (open < 0 || done.has(open)) continue;
    done.add(open);
    if (text[open] === '(' && c.sdkRoles.has(callName(text, open))) continue; // read by its signature
    const args = splitArguments(text, open + 1);
    const t = args.findIndex((a) => a.start <= token.start && token.start < a.start + a.text.length);
    if (t < 0 || !/^[@rRbBuUfFL]?(["'`])[0-9]+-[A-Za-z0-9]+\1$/.test(args[t]!.text.trim())) continue;
    const taken = new Set<string>();
    args.forEach((arg, k) => {
      if (k === t) return;
      const lit = LITERAL.exec(arg.text.replace(/\\\s*\n\s*/g, '').trim());
      const role = lit ? roleOf(lit[2]!, k === t + 1) : '';
      if (!role || taken.has(role)) return;
      const fit = fitValue(lit![2]!, [c.byRole.get(role)!], c)[0];
      if (!fit) return;
      taken.add(role);
      const start = arg.start + arg.text.indexOf(lit![2]!);
      out.push(candidate(fit, start, start + lit![2]!.length, lit![2]!, 'sdk', true, true));
    });
  }
}

/**
 * The likelier role of a literal by its length and place: 18–25 a consumer key; 45 a token secret;
 * 46–50 a consumer secret; 35–44 the token's secret right after the token, else a consumer secret.
 */
function roleOf(value: string, afterToken: boolean): string {
  const n = value.length;
  if (n <= 25) return n >= 18 ? 'consumer-key' : '';
  if (n < 35) return '';
  if (n === 45) return 'access-token-secret';
  if (n > 45) return 'consumer-secret';
  return afterToken ? 'access-token-secret' : 'consumer-secret';
}

/** The `(` or `[` whose list holds `at`, or -1 (an object literal, a statement boundary, too far). */
function enclosingOpen(text: string, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= 0 && at - i < REACH; i--) {
    const ch = text[i]!;
    if (ch === ')' || ch === ']' || ch === '}') depth++;
    else if (ch === '(' || ch === '[') {
      if (depth === 0) return i;
      depth--;
    } else if (ch === '{') {
      if (depth === 0) return -1;
      depth--;
    } else if (ch === ';' && depth === 0) return -1;
  }
  return -1;
}

function callName(text: string, open: number): string {
  let e = open;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  let s = e;
  while (s > 0 && /\w/.test(text[s - 1]!)) s--;
  return text.slice(s, e);
}
