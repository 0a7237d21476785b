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

const SMALL: WindowSizes = { wholeLimit: 1000, windowBytes: 1000, overlapChars: 200 };
const rules = compileRules(loadRules());

/** Line and code-point column (1-based) of `offset` in `text`, as an editor shows them. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: [...before.slice(lineStart)].length + 1 };
}

describe('windows over a large input', () => {
  it('cover the text exactly once, with half the overlap of context on both sides of what they report', () => {
    const s = new Synth(3);
    const pieces = ['abc ', 'é', '€', '🐦', '\n', 'twitter ', 'x'.repeat(30), '\r\n'];
    let text = '';
    while (text.length < 20_000) text += pieces[Math.floor(s.next() * pieces.length)];
    const read = classifyBytes(Buffer.from(text, 'utf8'), SMALL);
    assert.equal(read.kind, 'windows');
    if (read.kind !== 'windows') return;
    let covered = 0;
    let count = 0;
    for (const w of read.windows()) {
      count++;
      assert.equal(w.text, text.slice(w.offset, w.offset + w.text.length));
      assert.equal(w.reportFrom, covered, 'reported regions follow each other without gap or overlap');
      const end = Math.min(w.reportUntil, text.length);
      if (w.reportFrom > 0) assert.ok(w.reportFrom - w.offset >= SMALL.overlapChars / 2, 'context before');
      if (end < text.length) assert.ok(w.offset + w.text.length - end >= SMALL.overlapChars / 2, 'context after');
      const base = position(text, w.offset);
      assert.deepEqual([w.lineBase + 1, w.columnBase + 1], [base.line, base.column]);
      covered = end;
    }
    assert.equal(covered, text.length);
    assert.ok(count > 20, `${count} windows`);
  });

  it('find a named key exactly once wherever a window boundary falls', async () => {
    const s = new Synth(5);
    for (let shift = 0; shift < 120; shift++) {
      const key = s.consumerKey();
      const line = `twitter_consumer_key = "${key}"\n`;
      const text = `${'// filler line\n'.repeat(50 + Math.floor(shift / 16))}${'.'.repeat(shift % 16)}\n${line}${'// after\n'.repeat(60)}`;
      const scan = await scanBlob({ path: 'config.py', bytes: Buffer.from(text) }, rules, Date.now(), false, SMALL);
      assert.equal(scan.kind, 'scanned');
      if (scan.kind !== 'scanned') return;
      const found = scan.findings.filter((f) => f.secret === key);
      assert.equal(found.length, 1, `shift ${shift}: found ${found.length} times`);
      assert.deepEqual([found[0]!.line, found[0]!.column], Object.values(position(text, text.indexOf(key))));
    }
  });
});
