/**
 * Synthetic X credentials for tests: format-correct, structurally valid, never real.
 * A seeded generator keeps every run (and every failure message) reproducible.
 */

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const URLSAFE = ALNUM + '-_';

export class Synth {
  private state: number;
  constructor(seed = 1) {
    this.state = seed >>> 0 || 1;
  }
  /** xorshift32: tiny and deterministic. */
  next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 0x100000000;
  }
  pick(alphabet: string, length: number): string {
    let out = '';
    while (out.length < length) out += alphabet[Math.floor(this.next() * alphabet.length)];
    // Synthetic values must look random to the detector: both cases, a digit, no long runs.
    if (/[a-z]/.test(out) && /[A-Z]/.test(out) && /[0-9]/.test(out) && !/(.)\1\1/.test(out)) return out;
    return this.pick(alphabet, length);
  }
  consumerKey(length = 25): string {
    return this.pick(ALNUM, length);
  }
  consumerSecret(length = 50): string {
    return this.pick(ALNUM, length);
  }
  accessTokenSecret(length = 45): string {
    return this.pick(ALNUM, length);
  }
  clientSecret(): string {
    for (;;) {
      const v = this.pick(URLSAFE, 50);
      if (/[-_]/.test(v) && !/^[-_]|[-_]$/.test(v)) return v;
    }
  }
  accessToken(userId = '1234567890123456789', total = 50): string {
    return `${userId}-${this.pick(ALNUM, total - userId.length - 1)}`;
  }
  /** App-only bearer token; `encoded` false gives the decoded (+ / =) form people also paste. */
  bearer(appId = 28_123_456n, encoded = true, tail = 50): string {
    const bytes = Buffer.alloc(44);
    bytes.writeBigUInt64LE(appId, 16);
    for (let i = 24; i < 44; i++) bytes[i] = Math.floor(this.next() * 256);
    let b64 = bytes.toString('base64');
    if (encoded) b64 = b64.replace(/\+/g, '%2B').replace(/\//g, '%2F').replace(/=/g, '%3D');
    return b64 + this.pick(ALNUM, tail);
  }
  oauth2Token(type: 'at' | 'rt' | 'ac', issuedAt: number): string {
    const body = `${this.pick(URLSAFE, 45)}:${issuedAt}:1:0:${type}:1`;
    return Buffer.from(body, 'latin1').toString('base64url');
  }
  clientId(): string {
    return Buffer.from(`${this.pick(URLSAFE, 20)}:1:ci`, 'latin1').toString('base64url');
  }
}
