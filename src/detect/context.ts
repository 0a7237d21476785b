/**
 * The random kinds (consumer key/secret, token secret, client secret) have no structure: they are
 * found from the code around them. Four ways, strongest first: an X SDK call's positional
 * arguments, a role name on the key, a `key:secret` pair or Basic header, and bare values next to a
 * structural X token.
 */
import type { Rule } from '../rules/types.js';
import type { Candidate } from './candidate.js';
import type { CompiledRules, SdkCalls } from './compile.js';
import { Evidence, nameHasXPrefix, wordsShowX } from './evidence.js';
import { matchRole, splitWords } from './names.js';
import { isAlnumCode, looksRandom } from './structure.js';
import { innerRole, matchAsTyped, readAsTyped, TYPO_ANCHORS } from './spelling.js';
import { readValueAfter } from './value.js';
import { eachMatchIn, type Window } from './windows.js';

/** Every role name ends in one of these; `client id` names the consumer key in Laravel Socialite. */
const KEYWORD = /key|secret|token|(?:client|app)[_ -]?id|\b(?:value|default)\b/gi;
/** KEYWORD, and where names with a typo in their last word start (spelling.ts). */
const KEYWORD_AS_TYPED = new RegExp(`${KEYWORD.source}|${TYPO_ANCHORS}`, 'gi');
const NAME_CHAR = /[A-Za-z0-9_.$@-]/;
/** Longest key name looked at, either side of its keyword. */
const MAX_NAME = 80;
const IDENT_TAIL = /[A-Za-z0-9_]/;

export interface ContextScan {
  candidates: Candidate[];
  /** A specific name (consumer_key, ...) held a random value X never issues: another service's keys. */
  contradicted: boolean;
}

type Fit = { rule: Rule; modern: boolean };

/** Which of `rules` a value fits by charset and length, best fit first. */
export function fitValue(value: string, rules: Rule[], c: CompiledRules): Fit[] {
  if (c.placeholders.test(value)) return [];
  const fits: Fit[] = [];
  for (const rule of rules) {
    const spec = rule.context;
    if (!spec) continue;
    if (spec.charset === 'user-id' ? !isUserIdToken(value) : spec.charset === 'alnum' ? !/^[A-Za-z0-9]+$/.test(value) : !/^[A-Za-z0-9_-]+$/.test(value)) continue;
    if (spec.charset !== 'user-id' && !looksRandom(value.replace(/[-_]/g, ''))) continue;
    const modern = spec.modernLengths.includes(value.length);
    const legacy = !!spec.legacyRange && value.length >= spec.legacyRange[0] && value.length <= spec.legacyRange[1];
    if (modern || legacy) fits.push({ rule, modern });
  }
  return fits.sort((a, b) => Number(b.modern) - Number(a.modern));
}

/** `windows` come from valueRuns(): the only places a random kind's name, call or value can be. */
export function findByContext(text: string, c: CompiledRules, ev: Evidence, structural: Candidate[], windows: Window[]): ContextScan {
  const out: Candidate[] = [];
  let contradicted = false;
  let oauth1Words: boolean | undefined;
  const speaksOAuth1 = (): boolean => (oauth1Words ??= /oauth1|client_key|resource_owner|OAuth1/.test(text));

  // 1. Role names: every "key", "secret" or "token" is expanded to the name around it.
  let doneUntil = 0;
  eachMatchIn(KEYWORD_AS_TYPED, text, windows, (index, keyword) => {
    if (index < doneUntil) return;
    // Names are short; capping the walk keeps chains like `token$token$…` linear.
    let s = index;
    while (s > 0 && index - s < MAX_NAME && NAME_CHAR.test(text[s - 1]!)) s--;
    let e = index + keyword.length;
    while (e < text.length && e - index < MAX_NAME && IDENT_TAIL.test(text[e]!)) e++;
    doneUntil = e;
    // Cheapest test first: most names in code are followed by no credential-shaped value at all.
    const nameStart = s;
    const value = readValueAfter(text, e, () => keyAloneOnLine(text, extendOverSpacedWords(text, nameStart), e));
    if (!value || value.value.length < 16 || value.value.length > 52) return;
    s = extendOverSpacedWords(text, s);
    const name = text.slice(s, e);
    let words = splitWords(name);
    let match = matchRole(words, c.names);
    // Names as people type them: run together, one letter off (spelling.ts); they need X evidence.
    let asTyped = false;
    if (!match || match.role.words.length === 1) {
      const typed = matchAsTyped(words, match, c.names, c.vocabulary);
      if (typed) ({ words, match, asTyped } = { ...typed, asTyped: true });
    }
    if (!match) return;
    // A plist's <key>Name</key> holds a name, not a value.
    if (text[s - 1] === '<' && name === 'key') return;
    // A bare "key"/"secret" takes its meaning from its parent: `consumer: { key, secret }`,
    // `token: { key, secret }` (oauth-1.0a), `access_token:⏎  secret:`. A value label ("value",
    // "default") takes the name it belongs to: `"twitter_consumer_key": {"value": …}`, Terraform
    // `variable "twitter_consumer_key" { default = … }`.
    if (match.role.words.length === 1 || match.label) {
      const owner = labelOwner(text, s) ?? ev.parentChain(s)[0];
      const qualified = owner ? matchRole([...owner, ...(match.label ? [] : words)], c.names) : null;
      if (qualified && (match.label || qualified.role.words.length > 1) && phraseFits(qualified.role.words.join(' '), value.value, c)) {
        words = [...owner!, ...(match.label ? [] : words)];
        match = qualified;
      }
    }
    if (match.label) return;
    let phrase = match.role.words.join(' ');
    let fits = phraseFit(phrase, value.value, c);
    // A name that ends in another role's word: `COMSUMER_SECRET_API_KEY` holding a secret.
    if (fits.length === 0) {
      const inner = innerRole(readAsTyped(words, c.vocabulary) ?? words, c.names, (p) => phraseFits(p, value.value, c));
      if (inner) {
        ({ match, asTyped } = { match: inner, asTyped: true });
        phrase = match.role.words.join(' ');
        fits = phraseFit(phrase, value.value, c);
      }
    }
    // A client_id in an OAuth 2.0 authorize URL or PKCE request is the public client ID, not an API key.
    if (phrase === 'client id' && PKCE_CONTEXT.test(lineAround(text, value.start))) return;
    const specific = c.byPhrase.get(phrase)?.specific ?? false;
    if (fits.length === 0) {
      // A random value under an OAuth 1.0a name that X would never issue: keys of another service.
      if (specific && looksRandom(value.value)) contradicted = true;
      return;
    }
    const parents = ev.parents(s);
    if (match.prefix.some((w) => c.otherServices.has(w)) && !wordsShowX(match.prefix)) return;
    if (parents.some((w) => c.otherServices.has(w)) && !wordsShowX(parents)) return;
    const fit = chooseFit(fits, match.role.words, { siblingToken: () => SIBLING_TOKEN.test(linesAround(text, value.start, 1)), speaksOAuth1 });
    const local = wordsShowX(match.prefix) || nameHasXPrefix(name) || wordsShowX(parents);
    const cand = candidate(fit, value.start, value.end, value.value, 'name', specific, local);
    if (match.role.words.length === 1) cand.bareWord = true;
    if (asTyped) cand.asTyped = true;
    out.push(cand);
  });

  // 2. Positional string arguments of X SDK calls.
  findSdkCalls(text, c, ev, windows, out);

  // 3. `key:secret` (curl -u, twurl) and `Basic base64(key:secret)` for the app-only token endpoint.
  if (windows.some(([from, to]) => PAIR_WORDS.test(text.slice(from, to)))) findPairs(text, c, out, windows, () => ev.file);

  // twurl's short flags: `twurl authorize -c KEY -s SECRET` (and -S for the token secret).
  if (windows.length && text.includes('twurl')) findTwurlFlags(text, c, out);

  // Spring XML: <bean class="...TwitterConnectionFactory"><constructor-arg value="key"/>…
  if (windows.length && text.includes('<bean')) findSpringBeans(text, c, out);

  // 4. Bare values of X's exact lengths a few lines from an access token or bearer token.
  for (const s of structural) {
    if (s.ruleId !== 'twitter-access-token' && s.ruleId !== 'twitter-bearer-token') continue;
    findNearStructural(text, s, c, out);
  }
  // A pure-alphanumeric "client secret" beside a consumer key is OAuth 1.0a's consumer secret
  // (Laravel Socialite and requests-oauthlib name the consumer pair client_id/client_secret).
  if (out.some((c) => c.ruleId === 'twitter-consumer-key')) {
    const consumerSecret = c.byRole.get('consumer-secret')!;
    for (const cand of out) {
      if (cand.ruleId === 'twitter-oauth2-client-secret' && /^[A-Za-z0-9]+$/.test(cand.secret)) {
        const fit = fitValue(cand.secret, [consumerSecret], c)[0];
        if (fit) Object.assign(cand, { ruleId: consumerSecret.id, modern: fit.modern });
      }
    }
  }
  return { candidates: out, contradicted };
}

export function candidate(fit: Fit, start: number, end: number, secret: string, via: Candidate['via'], specific: boolean, local: boolean): Candidate {
  const details: Record<string, string> = fit.rule.context?.charset === 'user-id' ? { userId: secret.slice(0, secret.indexOf('-')) } : {};
  return { ruleId: fit.rule.id, start, end, secret, via, specific, localEvidence: local, modern: fit.modern, details };
}

/** `<user id>-<random alnum>`: an OAuth 1.0a access token found by its name (legacy lengths: 47 = 8-digit id + 38). */
function isUserIdToken(value: string): boolean {
  const m = /^[1-9][0-9]{0,18}-([A-Za-z0-9]+)$/.exec(value);
  return !!m && looksRandom(m[1]!);
}

/** How the value fits the rules named by `phrase`. */
export function phraseFit(phrase: string, value: string, c: CompiledRules): Fit[] {
  return fitValue(value, c.byPhrase.get(phrase)?.rules ?? [], c);
}

const phraseFits = (phrase: string, value: string, c: CompiledRules): boolean => phraseFit(phrase, value, c).length > 0;

/**
 * Positional string arguments of X SDK calls. Generic call names (Client, OAuth, NewConfig) count only
 * in files that show X, which is checked last: most such calls in other code hold no literal key.
 */
function findSdkCalls(text: string, c: CompiledRules, ev: Evidence, windows: Window[], out: Candidate[]): void {
  eachSdkCall(text, c.sdkCalls, windows, (index, name, argsFrom) => {
    const call = c.sdkRoles.get(name)!;
    const args = splitArguments(text, argsFrom, !c.sdkCalls.named.has(name));
    // The node `oauth` package starts with the request/access token URLs.
    const roles = call.rolesWhenUrlFirst && args[0] && /^["'`]https?:/.test(args[0].text) ? call.rolesWhenUrlFirst : call.roles;
    const found: Candidate[] = [];
    args.forEach((arg, k) => {
      const rule = roles[k] ? c.byRole.get(roles[k]!) : undefined;
      if (!rule?.context) return;
      // Python line continuations (`OAuthHandler(\⏎ 'key', \⏎ ...`) are not part of the argument.
      const lit = /^[@rRbBuUfF]?(["'`])([A-Za-z0-9_-]+)\1$/.exec(arg.text.replace(/\\\s*\n\s*/g, '').trim());
      const fit = lit ? fitValue(lit[2]!, [rule], c)[0] : undefined;
      if (!fit) return;
      const start = arg.start + arg.text.indexOf(lit![2]!);
      found.push(candidate(fit, start, start + lit![2]!.length, lit![2]!, 'sdk', true, true));
    });
    if (found.length === 0) return;
    const qualifier = text.slice(Math.max(0, index - 12), index);
    if (call.generic && !/tweepy\.|twitter\.|Twitter/.test(qualifier) && !ev.file) return;
    for (const f of found) out.push(f);
  });
}

/**
 * Calls `fn` for each SDK call whose name starts inside one of `windows`, with where its arguments
 * start. Named calls are found from their `(`: the identifier before it (across whitespace) is looked
 * up in a set, several times faster than a regex alternation of names that share no first letter.
 */
function eachSdkCall(text: string, calls: SdkCalls, windows: Window[], fn: (index: number, name: string, argsFrom: number) => void): void {
  for (const [from, to] of windows) {
    // A call's `(` may sit a little past the window its name starts in.
    const limit = Math.min(text.length, to + 64);
    for (let p = text.indexOf('(', from); p >= 0 && p < limit; p = text.indexOf('(', p + 1)) {
      let e = p;
      while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
      let s = e;
      while (s > 0 && isWordChar(text.charCodeAt(s - 1))) s--;
      if (s === e || s < from || s >= to) continue;
      const name = text.slice(s, e);
      if (calls.named.has(name)) fn(s, name, p + 1);
    }
  }
  // One search for what the openers share, each opener checked where it occurs (a short or empty
  // shared prefix would match too often: each opener is searched on its own then).
  const shared = calls.literalPrefix.length >= 4;
  for (const needle of shared ? [calls.literalPrefix] : calls.literal) {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      if (isWordChar(text.charCodeAt(at - 1)) || !windows.some(([from, to]) => at >= from && at < to)) continue;
      for (const literal of shared ? calls.literal : [needle]) if (text.startsWith(literal, at)) fn(at, literal, at + literal.length);
    }
  }
}

function isWordChar(c: number): boolean {
  return isAlnumCode(c) || c === 95;
}

/** What `\s` matches. */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `"name": { … "value": v` on one line: the key that owns an inline object. */
function labelOwner(text: string, at: number): string[] | null {
  const before = text.slice(Math.max(0, at - 300), at);
  const m = /["']?([A-Za-z0-9_.-]+)["']?\s*[:=]\s*\{[^{}]*$/.exec(before.slice(before.lastIndexOf('\n') + 1));
  return m ? splitWords(m[1]!) : null;
}

/**
 * One name can fit several rules ("secret" of 45 chars is a token secret; of 50 a consumer secret).
 * Ties: a modern length wins; a pure-alphanumeric "client secret" is OAuth 1.0a's consumer secret
 * (requests-oauthlib naming) when the file speaks OAuth 1.0a; 40–44 chars under a plain "secret" lean
 * to the token secret when a "token" key sits beside it.
 */
function chooseFit(fits: Fit[], phrase: string[], hints: { siblingToken: () => boolean; speaksOAuth1: () => boolean }): Fit {
  if (fits.length === 1) return fits[0]!;
  const byRole = (role: string): Fit | undefined => fits.find((f) => f.rule.role === role);
  const client = byRole('client-secret');
  const consumer = byRole('consumer-secret');
  // Both fit only a pure-alphanumeric value: a plain "secret" is the consumer secret; a "client secret"
  // is OAuth 2.0's unless the file speaks OAuth 1.0a (requests-oauthlib calls the consumer pair client_*).
  if (client && consumer) return phrase.includes('client') && !hints.speaksOAuth1() ? client : consumer;
  const tokenSecret = byRole('access-token-secret');
  // 40–44 characters under a plain "secret": the token's secret when it sits beside a "token" key
  // (.twurlrc), else the consumer secret (TWITTER_KEY / TWITTER_SECRET naming).
  if (tokenSecret && consumer && !tokenSecret.modern && !consumer.modern) return hints.siblingToken() ? tokenSecret : consumer;
  return fits[0]!;
}

/** A key named exactly "token" on a neighbouring line (.twurlrc profiles). */
const SIBLING_TOKEN = /^\s*["']?token["']?\s*[:=]/im;

/**
 * The `n` lines around `offset`, but never more than LINE_REACH characters either side: minified
 * files have lines of megabytes, and looking at a whole one per value would be quadratic.
 */
function linesAround(text: string, offset: number, n: number): string {
  // Search inside the bounded segment only: lastIndexOf on the whole text would walk back through a
  // megabyte-long line for every value on it.
  const floor = Math.max(0, offset - LINE_REACH);
  const seg = text.slice(floor, Math.min(text.length, offset + LINE_REACH));
  const at = offset - floor;
  let from = seg.lastIndexOf('\n', at - 1);
  for (let k = 0; k < n && from >= 0; k++) from = seg.lastIndexOf('\n', from - 1);
  let to = seg.indexOf('\n', at);
  for (let k = 0; k < n && to >= 0; k++) to = seg.indexOf('\n', to + 1);
  return seg.slice(from + 1, to < 0 ? seg.length : to);
}

/** How far line-based checks look either side of a value on very long lines. */
const LINE_REACH = 2000;

const PKCE_CONTEXT = /response_type|code_challenge|redirect_uri|oauth2\/authorize|grant_type=authorization_code/;

function lineAround(text: string, offset: number): string {
  return linesAround(text, offset, 0);
}

/** The name is all its line holds (a console copy: "API Key Secret" above the value). */
function keyAloneOnLine(text: string, s: number, e: number): boolean {
  if (!/^[\s:]*(\n|$)/.test(text.slice(e, e + 4))) return false;
  for (let i = s - 1; i >= 0 && text[i] !== '\n'; i--) if (!/[\s#*>-]/.test(text[i]!)) return false;
  return true;
}

/** Extends a name left over single spaces between words: "API Key Secret", "Access Token". */
function extendOverSpacedWords(text: string, s: number): number {
  for (let words = 0; words < 3; words++) {
    if (text[s - 1] !== ' ' || !/[A-Za-z]/.test(text[s - 2] ?? '')) break;
    let w = s - 1;
    while (w > 0 && /[A-Za-z0-9]/.test(text[w - 1]!)) w--;
    if (s - 1 - w > 20) break;
    s = w;
  }
  return s;
}

interface Argument {
  start: number;
  text: string;
}

/** Splits a call's arguments at top-level commas; stops at the closing parenthesis. */
export function splitArguments(text: string, from: number, untilEndOfLine = false): Argument[] {
  const args: Argument[] = [];
  let depth = 0;
  let quote = '';
  let argStart = from;
  const limit = Math.min(text.length, from + 3000);
  const flush = (end: number): void => {
    const raw = text.slice(argStart, end);
    const lead = raw.length - raw.trimStart().length;
    args.push({ start: argStart + lead, text: raw.trim() });
  };
  for (let i = from; i < limit; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if (ch === '\n' && untilEndOfLine && depth === 0) {
      flush(i);
      return args;
    } else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (depth === 0) {
        flush(i);
        return args;
      }
      depth--;
    } else if (ch === ',' && depth === 0) {
      flush(i);
      argStart = i + 1;
    }
  }
  return args;
}

/** Where a `key:secret` pair is written: curl/twurl basic auth or a Basic header for the token endpoint. */
const PAIR_CONTEXT = /oauth2\/token|curl|twurl|--user|\s-u\s|Basic /;
/** Without one of these in a window, no pair can be there: the per-line context, or a client ID pair. */
const PAIR_WORDS = new RegExp(`${PAIR_CONTEXT.source}|6MTpjaQ:`);
const CLIENT_PAIR = /(?<![A-Za-z0-9_-])([A-Za-z0-9_-]{27}6MTpjaQ):([A-Za-z0-9_-]{50})(?![A-Za-z0-9_-])/g;
/** Tried where "Basic" occurs (found with indexOf: much faster than letting the pattern search). */
const BASIC = /Basic\s+([A-Za-z0-9+/]{56,104}={0,2})(?![A-Za-z0-9+/=])/y;

function findPairs(text: string, c: CompiledRules, out: Candidate[], windows: Window[], showsX: () => boolean): void {
  const key = c.byRole.get('consumer-key')!;
  const secret = c.byRole.get('consumer-secret')!;
  const add = (k: string, s: string, kStart: number, sStart: number, kLen: number, sLen: number): void => {
    const kFit = fitValue(k, [key], c)[0];
    const sFit = fitValue(s, [secret], c)[0];
    if (!kFit || !sFit) return;
    out.push(candidate(kFit, kStart, kStart + kLen, k, 'pair', true, true));
    out.push(candidate(sFit, sStart, sStart + sLen, s, 'pair', true, true));
  };
  // `-u '<client id>:<client secret>'` to the OAuth 2.0 token endpoint (confidential clients); the
  // client ID already proves X.
  CLIENT_PAIR.lastIndex = 0;
  for (let m = text.includes('6MTpjaQ:') ? CLIENT_PAIR.exec(text) : null; m; m = CLIENT_PAIR.exec(text)) {
    const fit = fitValue(m[2]!, [c.byRole.get('client-secret')!], c)[0];
    const start = m.index + m[1]!.length + 1;
    if (fit) out.push(candidate(fit, start, start + m[2]!.length, m[2]!, 'pair', true, true));
  }
  // A `key:secret` pair counts where it is written as credentials: curl/twurl basic auth, the token
  // endpoint, a Basic header; and only in files that show X.
  eachPair(text, windows, (index, k, v) => {
    if (!PAIR_CONTEXT.test(linesAround(text, index, 2)) || !showsX()) return;
    add(k, v, index, index + k.length + 1, k.length, v.length);
  });
  for (let at = text.indexOf('Basic'); at >= 0; ) {
    BASIC.lastIndex = at;
    const m = BASIC.exec(text);
    if (!m) {
      at = text.indexOf('Basic', at + 5);
      continue;
    }
    at = text.indexOf('Basic', at + m[0].length);
    const decoded = /^([A-Za-z0-9]{18,25}):([A-Za-z0-9]{35,50})$/.exec(Buffer.from(m[1]!, 'base64').toString('latin1'));
    if (!decoded || !showsX()) continue;
    const start = m.index + m[0].length - m[1]!.length;
    add(decoded[1]!, decoded[2]!, start, start, m[1]!.length, m[1]!.length);
  }
}

/**
 * `key:secret` (18–25 and 35–50 alphanumerics, each a whole run) whose key starts inside one of
 * `windows`. Found from the colon: a pattern that starts with the key's characters would be tried at
 * every letter of the text.
 */
function eachPair(text: string, windows: Window[], fn: (index: number, key: string, secret: string) => void): void {
  let resumeAt = 0;
  for (const [from, to] of windows) {
    const limit = Math.min(text.length, to + 64);
    for (let colon = text.indexOf(':', Math.max(from, resumeAt)); colon >= 0 && colon < limit; colon = text.indexOf(':', colon + 1)) {
      let s = colon;
      while (s > 0 && isAlnumCode(text.charCodeAt(s - 1))) s--;
      if (colon - s < 18 || colon - s > 25 || s < Math.max(from, resumeAt) || s >= to || PAIR_BEFORE.includes(text[s - 1]!)) continue;
      let e = colon + 1;
      while (e < text.length && isAlnumCode(text.charCodeAt(e))) e++;
      if (e - colon - 1 < 35 || e - colon - 1 > 50 || PAIR_AFTER.includes(text[e]!)) continue;
      fn(s, text.slice(s, colon), text.slice(colon + 1, e));
      resumeAt = e;
    }
  }
}

/** Characters that glue a run to more of a token (a path, a base64 blob): no pair there. */
const PAIR_BEFORE = '_-+/.';
const PAIR_AFTER = '_-+/';

const TWURL_FLAG = /(?:^|\s)-([csS])\s+["']?([A-Za-z0-9]{18,50})(?![A-Za-z0-9])/g;
const TWURL_ROLE: Record<string, string> = { c: 'consumer-key', s: 'consumer-secret', S: 'access-token-secret' };

function findTwurlFlags(text: string, c: CompiledRules, out: Candidate[]): void {
  for (let at = text.indexOf('twurl'); at >= 0; at = text.indexOf('twurl', at + 5)) {
    const lineEnd = text.indexOf('\n', at);
    const line = text.slice(at, lineEnd < 0 ? text.length : lineEnd);
    TWURL_FLAG.lastIndex = 0;
    for (let m = TWURL_FLAG.exec(line); m; m = TWURL_FLAG.exec(line)) {
      const fit = fitValue(m[2]!, [c.byRole.get(TWURL_ROLE[m[1]!]!)!], c)[0];
      const start = at + m.index + m[0].length - m[2]!.length;
      if (fit) out.push(candidate(fit, start, start + m[2]!.length, m[2]!, 'sdk', true, true));
    }
  }
}

/** Bounded quantifiers only, tried at each `<bean` (unbounded ones backtrack quadratically). */
const SPRING_BEAN = /<bean\b[^>]{0,300}?class="[^"]{0,200}?\.(TwitterConnectionFactory|TwitterTemplate)"[^>]{0,300}>([\s\S]{0,1500}?)<\/bean>/y;

function findSpringBeans(text: string, c: CompiledRules, out: Candidate[]): void {
  for (let at = text.indexOf('<bean'); at >= 0; at = text.indexOf('<bean', at + 5)) {
    SPRING_BEAN.lastIndex = at;
    const m = SPRING_BEAN.exec(text);
    if (!m) continue;
    const roles = c.sdkRoles.get(m[1]!)?.roles ?? [];
    const bodyStart = m.index + m[0].length - m[2]!.length - '</bean>'.length;
    const arg = /<constructor-arg\b[^>]*\bvalue="([A-Za-z0-9_-]+)"/g;
    let k = 0;
    for (let a = arg.exec(m[2]!); a; a = arg.exec(m[2]!), k++) {
      const rule = c.byRole.get(roles[k] ?? '');
      const fit = rule?.context ? fitValue(a[1]!, [rule], c)[0] : undefined;
      if (!fit) continue;
      const start = bodyStart + a.index + a[0].length - a[1]!.length - 1;
      out.push(candidate(fit, start, start + a[1]!.length, a[1]!, 'sdk', true, true));
    }
  }
}

const NEAR_WINDOW_LINES = 6;
const NEAR_WINDOW_CHARS = 3000;
const BARE = /(?<![A-Za-z0-9_\-+/=.$%])([A-Za-z0-9]{25}|[A-Za-z0-9]{45}|[A-Za-z0-9]{50})(?![A-Za-z0-9_\-+/=.])/g;

/** A bare 50-character run with a digit: the consumer secret of a pasted set. */
const SECRET_BESIDE = /(?<![A-Za-z0-9_\-+/=.$%])(?=[A-Za-z]*[0-9])[A-Za-z0-9]{50}(?![A-Za-z0-9_\-+/=.])/;

function findNearStructural(text: string, anchor: Candidate, c: CompiledRules, out: Candidate[]): void {
  // NEAR_WINDOW_LINES lines either side, bounded in characters (long lines).
  const floor = Math.max(0, anchor.start - NEAR_WINDOW_CHARS);
  const seg = text.slice(floor, Math.min(text.length, anchor.end + NEAR_WINDOW_CHARS));
  let from = anchor.start - floor;
  for (let n = 0; n <= NEAR_WINDOW_LINES && from > 0; n++) from = seg.lastIndexOf('\n', from - 1);
  let to = anchor.end - floor;
  for (let n = 0; n <= NEAR_WINDOW_LINES && to >= 0; n++) to = seg.indexOf('\n', to + 1);
  from = floor + Math.max(0, from + 1);
  to = to < 0 ? floor + seg.length : floor + to;
  const window = text.slice(from, to);
  const roleByLength: Record<number, string> = { 25: 'consumer-key', 45: 'access-token-secret', 50: 'consumer-secret' };
  BARE.lastIndex = 0;
  for (let m = BARE.exec(window); m; m = BARE.exec(window)) {
    const value = m[1]!;
    // About 4 % of real consumer keys have no digit: one counts when a secret of X's length (with
    // digits) sits in the same window, the key of a pasted set.
    if (!/[0-9]/.test(value) && !(value.length === 25 && SECRET_BESIDE.test(window))) continue;
    const rule = c.byRole.get(roleByLength[value.length]!)!;
    const fit = fitValue(value, [rule], c)[0];
    if (fit) out.push(candidate(fit, from + m.index, from + m.index + value.length, value, 'near', true, true));
  }
}
