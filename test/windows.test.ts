/**
 * Large inputs are scanned in overlapping windows. These tests shrink the windows to a few hundred
 * characters so that window boundaries fall everywhere: inside a key name, between a name and its
 * value, inside a value, inside a multi-byte character.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileRules } from '../src/detect/compile.js';
import { loadRules } from '../src/rules/load.js';
import { classifyBytes, type WindowSizes } from '../src/scan/read-text.js';
import { scanBlob } from '../src/scan/scan-blob.js';
import { Synth } from './helpers/synth.js';

const SMALL: WindowSizes = { wholeLimit: 1000, windowBytes: 1000, overlapBytes: 200 };
const rules = compileRules(loadRules());

/**
 * Line and column (1-based) of `offset`, as an editor shows them: in UTF-8 byte text (one character
 * per byte) the column counts the bytes that start a character, in decoded text the code points.
 */
function position(text: string, offset: number, byteText = false): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  const head = before.slice(lineStart);
  const column = byteText ? [...head].filter((c) => c.charCodeAt(0) < 0x80 || c.charCodeAt(0) > 0xbf).length : [...head].length;
  return { line: before.split('\n').length, column: column + 1 };
}

describe('windows over a large input', () => {
  const s = new Synth(3);
  const pieces = ['abc ', 'é', '€', '🐦', '\n', 'twitter ', 'x'.repeat(30), '\r\n'];
  let sample = '';
  while (sample.length < 20_000) sample += pieces[Math.floor(s.next() * pieces.length)];
  const inputs: [string, Buffer][] = [
    ['plain UTF-8', Buffer.from(sample, 'utf8')],
    // A BOM is dropped; a sequence cut short at the very end is kept as its bytes.
    ['BOM and a truncated last character', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample, 'utf8'), Buffer.from([0xe2, 0x82])])],
    ['UTF-16LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')])],
  ];
  for (const [name, input] of inputs) {
    it(`cover the text exactly once, with context on both sides of what they report (${name})`, () => {
      // UTF-8 is scanned as byte text (see src/detect/text.ts), UTF-16 decoded.
      const utf16 = name === 'UTF-16LE';
      const text = utf16 ? new TextDecoder('utf-16le').decode(input) : input.subarray(input[0] === 0xef ? 3 : 0).toString('latin1');
      const read = classifyBytes(input, SMALL);
      assert.equal(read.kind, 'windows');
      if (read.kind !== 'windows') return;
      let covered = 0;
      let count = 0;
      for (const w of read.windows()) {
        count++;
        assert.equal(w.text, text.slice(w.offset, w.offset + w.text.length));
        // Byte text carries its bytes (what detection probes); they must be this window's, not the next one's.
        if (!utf16) assert.equal(Buffer.from(w.codes!).toString('latin1'), w.text);
        assert.equal(w.reportFrom, covered, 'reported regions follow each other without gap or overlap');
        const end = Math.min(w.reportUntil, text.length);
        // Context is counted in bytes: characters of byte text, UTF-8 bytes of decoded text.
        const bytes = (from: number, to: number): number => (utf16 ? Buffer.byteLength(text.slice(from, to)) : to - from);
        if (w.reportFrom > 0) assert.ok(bytes(w.offset, w.reportFrom) >= SMALL.overlapBytes / 4 - 3, 'context before');
        if (end < text.length) assert.ok(bytes(end, w.offset + w.text.length) >= SMALL.overlapBytes / 4 - 3, 'context after');
        const base = position(text, w.offset, !utf16);
        assert.deepEqual([w.lineBase + 1, w.columnBase + 1], [base.line, base.column]);
        covered = end;
      }
      assert.equal(covered, text.length);
      assert.ok(count > 20, `${count} windows`);
    });
  }

  it('find a named key exactly once wherever a window boundary falls', async () => {
    const s = new Synth(5);
    for (let shift = 0; shift < 120; shift++) {
      const key = s.consumerKey();
      const line = `twitter_consumer_key = "${key}"\n`;
      const text = `${'// filler line\n'.repeat(50 + Math.floor(shift / 16))}${'.'.repeat(shift % 16)}\n${line}${'// after\n'.repeat(60)}`;
      const scan = await scanBlob({ path: 'config.py', bytes: Buffer.from(text) }, rules, Date.now(), { sizes: SMALL });
      assert.equal(scan.kind, 'scanned');
      if (scan.kind !== 'scanned') return;
      const found = scan.findings.filter((f) => f.secret === key);
      assert.equal(found.length, 1, `shift ${shift}: found ${found.length} times`);
      assert.deepEqual([found[0]!.line, found[0]!.column], Object.values(position(text, text.indexOf(key))));
    }
  });
});
