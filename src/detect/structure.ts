/**
 * Decoders for the X credential kinds that carry structure (facts file §2). Each returns null when
 * the candidate fails its structure check, so a look-alike is never reported.
 */

import { codesOf } from './text.js';

const ALNUM = /^[A-Za-z0-9]+$/;
const BASE64URL_CHAR = /[A-Za-z0-9_-]/;

export interface BearerToken {
  start: number;
  end: number;
  /** The token as written in the text (percent-encoded or decoded). */
  raw: string;
  /** Canonical percent-encoded form, as X issues it (used for hashing). */
  encoded: string;
  appId: string;
  /** Length of the alphanumeric tail: 50 today, 42 for X's old public web-client token. */
  tailLength: number;
}

/**
 * Bearer token = percent-encode(base64(16 zero bytes ‖ App ID (u64 LE) ‖ 20-byte digest)) ‖ 50 alnum.
 * `start` points at the first character of a run of at least 20 `A`.
 */
export function decodeBearerAt(text: string, start: number): BearerToken | null {
  // The token must not be the tail of a longer base64 blob (images, source maps).
  const before = text.charCodeAt(start - 1);
  if (start > 0 && isTokenCharCode(before) && !isPercentEscapeEnd(text, start) && !isEscapeEnd(text, start)) return null;
  let i = start;
  let b64 = '';
  while (b64.length < 60 && i < text.length) {
    const c = text[i]!;
    if (c === '%') {
      const hex = text.slice(i + 1, i + 3).toUpperCase();
      const decoded = hex === '2B' ? '+' : hex === '2F' ? '/' : hex === '3D' ? '=' : '';
      if (!decoded) return null;
      b64 += decoded;
      i += 3;
    } else if (/[A-Za-z0-9+/=]/.test(c)) {
      b64 += c;
      i += 1;
    } else {
      return null;
    }
    // '=' may only appear as the 60th (last) character of the base64 part.
    if (b64.endsWith('=') && b64.length !== 60) return null;
  }
  if (b64.length !== 60 || !b64.endsWith('=')) return null;
  let end = i;
  while (end < text.length && isAlnumCode(text.charCodeAt(end))) end++;
  const tailLength = end - i;
  if (tailLength !== 50 && tailLength !== 42) return null;
  const bytes = Buffer.from(b64, 'base64');
  if (bytes.length !== 44) return null;
  for (let k = 0; k < 16; k++) if (bytes[k] !== 0) return null;
  const appId = bytes.readBigUInt64LE(16);
  if (appId === 0n) return null;
  let digestZero = true;
  for (let k = 24; k < 44; k++) if (bytes[k] !== 0) digestZero = false;
  if (digestZero) return null;
  const tail = text.slice(i, end);
  if (isTypedInBearer(b64, tail)) return null;
  const encoded = issuedBearer(b64) + tail;
  return { start, end, raw: text.slice(start, end), encoded, appId: appId.toString(), tailLength };
}

/**
 * The bearer token as X issues it and expects it back: percent-encoded (`%2B`, `%2F`, `%3D`).
 * People also paste the decoded form; both name the same token.
 */
export function issuedBearer(value: string): string {
  return value.replace(/\+/g, '%2B').replace(/\//g, '%2F').replace(/=/g, '%3D');
}

/**
 * A bearer token typed in for documentation (`…EXAMPLE…`, a tail of `ABCDEFGHIJ…abcdefghij…`): a
 * placeholder, like the sequential examples of the other kinds that looksRandom() turns away. The
 * tail of a real token is 50 random alphanumerics; its base64 part after the App ID is a digest.
 */
function isTypedInBearer(b64: string, tail: string): boolean {
  if (!looksRandom(tail) || /example/i.test(b64)) return true;
  // Six characters counting up in the digest part: never in 20 random bytes, always in an alphabet run.
  let counting = 1;
  for (let k = 33; k < b64.length; k++) {
    counting = b64.charCodeAt(k) === b64.charCodeAt(k - 1) + 1 ? counting + 1 : 1;
    if (counting >= 6) return true;
  }
  return false;
}

export interface OAuth2Token {
  start: number;
  end: number;
  raw: string;
  type: 'at' | 'rt' | 'ac';
  /** Issue time in milliseconds since the epoch, embedded in the token. */
  issuedAt: number;
}

/** Suffixes of base64url(":at:1"), (":rt:1"), (":ac:1") as they appear at the end of a 91-char token. */
export const OAUTH2_TOKEN_SUFFIXES = ['OmF0OjE', 'OnJ0OjE', 'OmFjOjE'];
export const OAUTH2_CLIENT_ID_SUFFIX = '6MTpjaQ';

/** Reads the base64url token of exactly `length` chars that ends at `end`; null if it is part of more. */
function base64urlEndingAt(text: string, end: number, length: number): string | null {
  const start = end - length;
  if (start < 0) return null;
  if (end < text.length && BASE64URL_CHAR.test(text[end]!)) return null;
  if (start > 0 && BASE64URL_CHAR.test(text[start - 1]!) && !isEscapeEnd(text, start)) return null;
  const raw = text.slice(start, end);
  return /^[A-Za-z0-9_-]+$/.test(raw) ? raw : null;
}

/** OAuth 2.0 user token: base64url("<45 random>:<ms epoch>:1:<0|1>:<at|rt|ac>:1"), 91 chars. */
export function decodeOAuth2TokenEndingAt(text: string, end: number): OAuth2Token | null {
  const raw = base64urlEndingAt(text, end, 91);
  if (!raw) return null;
  const decoded = Buffer.from(raw, 'base64url').toString('latin1');
  const m = /^[A-Za-z0-9_-]{45}:(\d{13}):1:[01]:(at|rt|ac):1$/.exec(decoded);
  if (!m) return null;
  const issuedAt = Number(m[1]);
  // X launched OAuth 2.0 in 2021; anything before 2020 or far in the future is not a real token.
  if (issuedAt < Date.UTC(2020, 0, 1) || issuedAt > Date.UTC(2100, 0, 1)) return null;
  return { start: end - 91, end, raw, type: m[2] as OAuth2Token['type'], issuedAt };
}

export interface OAuth2ClientId {
  start: number;
  end: number;
  raw: string;
}

/** OAuth 2.0 client ID: base64url("<20 chars>:1:ci"), 34 chars. */
export function decodeClientIdEndingAt(text: string, end: number): OAuth2ClientId | null {
  const raw = base64urlEndingAt(text, end, 34);
  if (!raw) return null;
  const decoded = Buffer.from(raw, 'base64url').toString('latin1');
  if (!/^[A-Za-z0-9_-]{20}:1:ci$/.test(decoded)) return null;
  return { start: end - 34, end, raw };
}

export interface AccessToken {
  start: number;
  end: number;
  raw: string;
  userId: string;
}

/**
 * Finds OAuth 1.0a access tokens ("<user id>-<random alnum>", 48–50 characters in all) by the random
 * part after the dash; the user id before it is walked back by hand (a literal first character makes
 * this scan several times cheaper than a pattern starting with the digits).
 */
export const ACCESS_TOKEN_TAIL = /-[A-Za-z0-9]{28,48}/g;

export function checkAccessToken(text: string, start: number, end: number): AccessToken | null {
  const before = text[start - 1];
  if (before !== undefined && /[A-Za-z0-9_\-.\/+]/.test(before) && !isPercentEscapeEnd(text, start) && !isEscapeEnd(text, start)) return null;
  const after = text[end];
  if (after !== undefined && /[A-Za-z0-9_\-+\/]/.test(after)) return null;
  const raw = text.slice(start, end);
  if (raw.length < 48 || raw.length > 50) return null;
  const dash = raw.indexOf('-');
  const userId = raw.slice(0, dash);
  const random = raw.slice(dash + 1);
  if (!ALNUM.test(random) || !looksRandom(random)) return null;
  return { start, end, raw, userId };
}

/**
 * A random alphanumeric value has both cases, no long runs, enough distinct characters, and is not
 * made of words (`AggregatedSourceStatusList`, `injectedLayoutRouterContext…` in minified code), nor
 * six characters counting up (`abcdef`, `123456`: a typed-in fake). Values are ASCII; the rest of
 * the text counts as one other character.
 */
export function looksRandom(value: string): boolean {
  return looksRandomCodes(codesOf(value), 0, value.length);
}

/**
 * looksRandom() of the characters codes[start..end), in one pass and without making a string: it
 * runs on every random-looking run of scanned code.
 */
export function looksRandomCodes(codes: Uint8Array, start: number, end: number): boolean {
  const n = end - start;
  let lower = false;
  let upper = false;
  let hexOnly = n > 0;
  let same = 1;
  let counting = 1;
  // Distinct characters, as a bitmap over the 256 codes.
  const seen = [0, 0, 0, 0, 0, 0, 0, 0];
  let distinct = 0;
  for (let i = start; i < end; i++) {
    const c = codes[i]!;
    if (c >= 97 && c <= 122) {
      lower = true;
      if (c > 102) hexOnly = false;
    } else if (c >= 65 && c <= 90) {
      upper = true;
      if (c > 70) hexOnly = false;
    } else if (c < 48 || c > 57) hexOnly = false;
    if (i > start) {
      const prev = codes[i - 1]!;
      same = c === prev ? same + 1 : 1;
      counting = c === prev + 1 ? counting + 1 : 1;
      if (same >= 4 || counting >= 6) return false;
    }
    const bit = 1 << (c & 31);
    if ((seen[c >> 5]! & bit) === 0) {
      seen[c >> 5]! |= bit;
      distinct++;
    }
  }
  if (!lower || !upper || hexOnly) return false;
  if (distinct < Math.min(12, Math.floor(n * 0.45))) return false;
  return wordShareCodes(codes, start, end) < WORDLIKE_SHARE;
}

/**
 * Share of characters in camelCase word segments of 3+ letters (`Source`, `status`). Random
 * 25-character keys reach 0.85 about 4 times in 10,000, 50-character secrets practically never;
 * identifiers reach 1.0.
 */
const WORDLIKE_SHARE = 0.85;

export function wordShare(value: string): number {
  return wordShareCodes(codesOf(value), 0, value.length);
}

/**
 * Segments are what /[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+/g finds; a segment of an optional capital
 * and two or more lower-case letters is a word.
 */
function wordShareCodes(codes: Uint8Array, start: number, end: number): number {
  let inWords = 0;
  let i = start;
  while (i < end) {
    const c = codes[i]!;
    if (isUpperCode(c) || isLowerCode(c)) {
      let j = i;
      while (j < end && isUpperCode(codes[j]!)) j++;
      const capitals = j - i;
      if (capitals >= 1 && !(j < end && isLowerCode(codes[j]!))) {
        i = j; // capitals not followed by lower case: no word
        continue;
      }
      // The last capital (if any) starts a word of the lower-case letters after it.
      let k = j;
      while (k < end && isLowerCode(codes[k]!)) k++;
      if (k - j >= 2) inWords += k - j + (capitals >= 1 ? 1 : 0);
      i = k;
    } else i++;
  }
  return end === start ? 0 : inWords / (end - start);
}

function isUpperCode(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isLowerCode(c: number): boolean {
  return c >= 97 && c <= 122;
}

export function isAlnumCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isTokenCharCode(c: number): boolean {
  return isAlnumCode(c) || c === 43 /* + */ || c === 47 /* / */ || c === 37 /* % */ || c === 95 || c === 45;
}

/** True when `start` follows a string escape such as `\n` (tokens printed inside JSON strings, notebooks). */
function isEscapeEnd(text: string, start: number): boolean {
  return start >= 2 && text[start - 2] === '\\' && /[nrt]/.test(text[start - 1]!);
}

/** True when `start` follows a %XX escape (a URL-encoded "Bearer%20" or "=" before the token). */
function isPercentEscapeEnd(text: string, start: number): boolean {
  return start >= 3 && text[start - 3] === '%' && /^[0-9A-Fa-f]{2}$/.test(text.slice(start - 2, start));
}
