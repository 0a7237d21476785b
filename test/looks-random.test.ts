/**
 * looksRandom() and wordShare() are hand-written loops (they run on every random-looking run of
 * scanned code); this holds them to the plain regex definitions they replace, on generated strings:
 * random values, identifiers made of words, short alphabets, non-ASCII text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { looksRandom, wordShare } from '../src/detect/structure.js';
import { Synth } from './helpers/synth.js';

function referenceWordShare(raw: string): number {
  const value = asScanned(raw);
  let inWords = 0;
  for (const seg of value.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+/g) ?? []) if (/^[A-Z]?[a-z]{2,}$/.test(seg)) inWords += seg.length;
  return value.length === 0 ? 0 : inWords / value.length;
}

/** Values are ASCII; looksRandom() counts anything else as one other character, as this does. */
const asScanned = (value: string): string => value.replace(/[^\x00-\x7f]/g, '\u0080');

function referenceLooksRandom(raw: string): boolean {
  const value = asScanned(raw);
  if (!/[a-z]/.test(value) || !/[A-Z]/.test(value)) return false;
  if (/(.)\1\1\1/.test(value)) return false;
  if (/^[0-9a-fA-F]+$/.test(value)) return false;
  if (referenceWordShare(value) >= 0.85) return false;
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    run = value.charCodeAt(i) === value.charCodeAt(i - 1) + 1 ? run + 1 : 1;
    if (run >= 6) return false;
  }
  return new Set(value).size >= Math.min(12, Math.floor(value.length * 0.45));
}

const ALPHABETS = ['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 'aAbB', 'abcdefXYZ01', 'AaaaBbbbCccc123_-', 'abcdefghijklmnop', 'QRSTUVqrstuv0123456789é😀'];
const WORDS = ['Source', 'status', 'TS', 'Conditional', 'Type', 'JSX', 'get', 'X', 'ab', 'Q1'];

describe('looksRandom', () => {
  it('agrees with its regex definition on 300,000 strings', () => {
    const s = new Synth(7);
    let accepted = 0;
    for (let k = 0; k < 300_000; k++) {
      const length = 1 + Math.floor(s.next() * 60);
      let value = '';
      if (k % 3 === 0) while (value.length < length) value += WORDS[Math.floor(s.next() * WORDS.length)];
      else {
        const alphabet = [...ALPHABETS[k % ALPHABETS.length]!];
        while (value.length < length) value += alphabet[Math.floor(s.next() * alphabet.length)];
      }
      const got = looksRandom(value);
      if (got) accepted++;
      assert.equal(got, referenceLooksRandom(value), JSON.stringify(value));
      assert.equal(wordShare(value), referenceWordShare(value), JSON.stringify(value));
    }
    // Both answers are well represented, so agreement means something.
    assert.ok(accepted > 45_000 && accepted < 255_000, String(accepted));
  });
});
