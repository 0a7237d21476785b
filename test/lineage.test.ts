/**
 * Versions of a large file scanned around their changes (scan/lineage.ts): which bytes count as
 * changed, and that such a scan only ever proves a version clean (any finding near a change, or
 * evidence arriving where a candidate lacked it, means a full scan). The same behaviour through the
 * CLI, on real git histories, is in history-big-files.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileRules } from '../src/detect/compile.js';
import { loadRules } from '../src/rules/load.js';
import { changedRanges, Lineage, MARGIN, rescanRegions } from '../src/scan/lineage.js';
import { scanBlob } from '../src/scan/scan-blob.js';
import { Synth } from './helpers/synth.js';

const s = new Synth(4242);
/** About 2 MB of distinct lines: a file scanned in windows. */
const lines = (from: number, count: number): string => Array.from({ length: count }, (_, i) => `    result_${from + i} = transform(result_${from + i - 1}, "some padding for the line")\n`).join('');
const BASE = lines(0, 24_000);
const at = (text: string, fraction: number): number => text.indexOf('\n', Math.floor(text.length * fraction)) + 1;
const insert = (text: string, pos: number, what: string): string => text.slice(0, pos) + what + text.slice(pos);
const changed = (prev: string, cur: string) => changedRanges(Buffer.from(prev), Buffer.from(cur));

describe('changed ranges between two versions', () => {
  it('identical versions have none', () => {
    assert.deepEqual(changed(BASE, BASE), []);
  });

  it('an insertion, an edit and a deletion are each found where they are, and nothing else', () => {
    const mid = at(BASE, 0.5);
    const inserted = insert(BASE, mid, 'added = 1\n');
    // Where a line ends and the next begins is a matter of choice: one newline either way.
    const [[a, b], ...rest] = changed(BASE, inserted)! as [number, number][];
    assert.ok(rest.length === 0 && a >= mid - 1 && b <= mid + 10 && b - a >= 9, `${a}-${b}`);
    const q = at(BASE, 0.25);
    const edited = BASE.slice(0, q) + 'X' + BASE.slice(q + 1);
    const [[from, to]] = changed(BASE, edited)! as [[number, number]];
    assert.ok(from <= q && to >= q + 1 && to - from < 100, `${from}-${to}`);
    // A deletion leaves an empty range at the join: text that now meets may hold something new.
    const lineEnd = BASE.indexOf('\n', mid) + 1;
    const [[c, d], ...more] = changed(BASE, BASE.slice(0, mid) + BASE.slice(lineEnd))! as [number, number][];
    assert.ok(more.length === 0 && c === d && c >= mid && c <= lineEnd, `${c}-${d}`);
  });

  it('changes at both ends and moved text still leave most bytes unchanged', () => {
    const cur = `header\n${BASE.slice(0, at(BASE, 0.3))}${lines(90_000, 50)}${BASE.slice(at(BASE, 0.3))}footer\n`;
    const ranges = changed(BASE, cur)!;
    const total = ranges.reduce((n, [a, b]) => n + b - a, 0);
    assert.ok(ranges.length >= 3 && total < 20_000, `${ranges.length} ranges, ${total} bytes`);
  });

  it('unrelated versions are not worth matching', () => {
    const other = lines(500_000, 24_000);
    const ranges = changed(BASE, other);
    assert.ok(ranges === null || ranges.reduce((n, [a, b]) => n + b - a, 0) > other.length / 2);
  });

  it('regions keep a margin on both sides, start at a line start and merge when they meet', () => {
    const cur = Buffer.from(BASE);
    const p = at(BASE, 0.5) + 10;
    const [[from, to]] = rescanRegions(cur, [[p, p + 5]]) as [[number, number]];
    assert.ok(p - from >= MARGIN && to - (p + 5) === MARGIN);
    assert.equal(cur[from - 1], 10);
    assert.equal(rescanRegions(cur, [[p, p + 5], [p + MARGIN, p + MARGIN + 5]]).length, 1);
    assert.deepEqual(rescanRegions(cur, [[5, 6]])[0]![0], 0);
  });
});

describe('a lineage of versions', () => {
  const rules = compileRules(loadRules());
  const lineage = (): { lineage: Lineage; scanned: number[] } => {
    const scanned: number[] = [];
    const l = new Lineage(
      (path, bytes, opts) => {
        scanned.push(bytes.length);
        return scanBlob({ path, bytes }, rules, Date.now(), opts);
      },
      (bytes) => rules.evidence.test(bytes.toString('latin1')),
    );
    return { lineage: l, scanned };
  };
  const scan = (l: Lineage, text: string) => l.scanVersion('app.py', Buffer.from(text)).result;
  const secretLine = `auth = tweepy.OAuthHandler("${s.consumerKey()}", "${s.consumerSecret()}")\n`;

  it('clean edits are proven clean around the changes only; a credential added near a change is found by a full scan', async () => {
    const { lineage: l, scanned } = lineage();
    assert.deepEqual(await scan(l, `import tweepy\n${BASE}`), { kind: 'scanned', size: BASE.length + 14, findings: [], knownExamples: 0 });
    const v2 = `import tweepy\n${insert(BASE, at(BASE, 0.6), 'x = 1\n')}`;
    assert.equal((await scan(l, v2)).kind, 'scanned');
    assert.deepEqual(l.counts, { incremental: 1, regionBytes: scanned[1], full: 1 });
    assert.ok(scanned[1]! < 4 * MARGIN, 'only the region around the change was read');
    const v3 = insert(v2, at(v2, 0.4), secretLine);
    const found = await scan(l, v3);
    assert.ok(found.kind === 'scanned' && found.findings.length === 2);
    assert.equal(l.counts.full, 2);
    // After a version with findings, the next one is read in full whatever changed.
    await scan(l, `${v3}# end\n`);
    assert.equal(l.counts.full, 3);
  });

  it('the memory of a version is reused for a later blob only once a newer version replaced it and its verdict is given', async () => {
    const { lineage: l } = lineage();
    const v1 = Buffer.from(`import tweepy\n${BASE}`);
    const first = l.scanVersion('app.py', v1);
    assert.equal(l.allocate(v1.length), null, 'still the newest version of its path');
    await first.result;
    const v2 = Buffer.from(`import tweepy\n${insert(BASE, at(BASE, 0.5), 'y = 2\n')}`);
    const second = l.scanVersion('app.py', v2);
    await new Promise(setImmediate);
    assert.equal(l.allocate(100), null, 'small blobs are allocated as usual');
    const reused = l.allocate(v1.length - 10)!;
    assert.equal(reused.buffer, v1.buffer);
    assert.equal(reused.length, v1.length - 10);
    // Overwriting it does not change the verdict on the version that was compared with it.
    reused.fill(0x41);
    assert.deepEqual(await second.result, { kind: 'scanned', size: v2.length, findings: [], knownExamples: 0 });
    assert.equal(l.allocate(v2.length), null, 'the newest version stays');
  });

  it('evidence arriving far from a candidate that lacked it means a full scan', async () => {
    const { lineage: l } = lineage();
    // A consumer secret of a legacy length under a plain name: a finding only with X evidence in the file.
    const candidate = `consumer_secret = "${s.consumerSecret(45)}"\n`;
    const withoutEvidence = `import os\n${insert(BASE, at(BASE, 0.5), candidate)}`;
    const first = await scan(l, withoutEvidence);
    assert.ok(first.kind === 'scanned' && first.findings.length === 0 && first.evidence === false);
    const withEvidence = await scan(l, withoutEvidence.replace('import os', 'import tweepy'));
    assert.ok(withEvidence.kind === 'scanned' && withEvidence.findings.length === 1);
    assert.deepEqual([l.counts.incremental, l.counts.full], [0, 2]);
  });
});
