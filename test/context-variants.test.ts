/**
 * Synthetic credentials multiplied by context: every realistic template in helpers/contexts.ts,
 * in every variant (as written, CRLF, UTF-16LE), runs through the real detector.
 *
 * Positive samples: each embedded credential must be reported with the expected rule id, exactly its
 * own span, and the expected blocking flag; and nothing else may block. Negative samples: nothing
 * may block. Cases the detector gets wrong today stay in as `todo` (listed in KNOWN_GAPS with what
 * goes wrong), so the suite is green but the gap is visible and the case turns into a pass once fixed.
 * At the end, recall and precision per rule id over the whole generated corpus are printed.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { compileRules } from '../src/detect/compile.js';
import { detect, type DetectedSecret } from '../src/detect/detect.js';
import { decode } from '../src/detect/text.js';
import { loadRules } from '../src/rules/load.js';
import { buildCorpus, type Expectation, type Sample } from './helpers/contexts.js';

/** Fresh OAuth 2.0 tokens in the corpus were issued up to 90 minutes before this clock. */
const CLOCK = Date.UTC(2026, 10, 27, 12, 30);

const compiled = compileRules(loadRules());
const corpus = buildCorpus(CLOCK);

/**
 * Cases the detector currently gets wrong: `<sample name> › <case>` → what goes wrong.
 * <case> is the kind marker (ck, cs, at, ats, bearer, bearerDecoded, cid, csec, oat, oatOld, ort,
 * basic:ck, basic:cs) or "no other blocking finding" / "no blocking finding".
 */
const KNOWN_GAPS: Record<string, string> = {};

const caseKey = (sample: Sample, what: string): string => `${sample.name} › ${what}`;
const gap = (key: string): { todo: string } | undefined => (KNOWN_GAPS[key] ? { todo: `detector gap: ${KNOWN_GAPS[key]}` } : undefined);

interface Ran {
  sample: Sample;
  text: string;
  findings: DetectedSecret[];
}

/** As files are scanned: the UTF-16 bytes decoded, UTF-8 as byte text (one character per byte). */
function run(sample: Sample): Ran {
  const decoded = decode(sample.bytes ?? Buffer.from(sample.text, 'utf8'));
  const { findings } = detect(decoded.text, sample.path, compiled, { now: CLOCK, byteText: decoded.byteText });
  return { sample, text: decoded.text, findings };
}

const matches = (r: Ran, f: DetectedSecret, e: Expectation): boolean =>
  f.ruleId === e.ruleId && f.secret === e.secret && r.text.slice(f.start, f.end) === e.slice;

const describeFinding = (r: Ran, f: DetectedSecret): string =>
  `${f.ruleId}${f.blocking ? '' : ' (non-blocking: ' + f.status + ')'} "${r.text.slice(f.start, f.end)}" at ${f.line}:${f.column}`;

const results = corpus.map(run);

// ---------------------------------------------------------------- per-sample cases

for (const r of results) {
  const { sample } = r;
  describe(`${sample.negative ? 'negative' : 'positive'}: ${sample.name} (${sample.path})`, () => {
    if (sample.variant === 'utf16le') {
      it('decodes the UTF-16LE file to the text that was written', () => {
        assert.equal(r.text, sample.text);
      });
    }
    for (const e of sample.expects) {
      it(`${e.kind} → ${e.ruleId}`, gap(caseKey(sample, e.kind)) ?? {}, () => {
        const hit = r.findings.find((f) => matches(r, f, e));
        assert.ok(hit, `expected ${e.ruleId} "${e.slice}"; got ${JSON.stringify(r.findings.map((f) => describeFinding(r, f)))}`);
        assert.equal(hit.blocking, e.blocking, `blocking flag of ${e.ruleId} (status ${hit.status})`);
      });
    }
    const what = sample.negative ? 'no blocking finding' : 'no other blocking finding';
    it(what, gap(caseKey(sample, what)) ?? {}, () => {
      const extra = r.findings.filter((f) => f.blocking && !sample.expects.some((e) => matches(r, f, e)));
      assert.deepEqual(extra.map((f) => describeFinding(r, f)), []);
    });
  });
}

// ---------------------------------------------------------------- corpus statistics

interface Tally {
  expected: number;
  found: number;
  reported: number;
  correct: number;
  falseBlocking: number;
}

function tally(): Map<string, Tally> {
  const by = new Map<string, Tally>();
  const get = (id: string): Tally => {
    let t = by.get(id);
    if (!t) by.set(id, (t = { expected: 0, found: 0, reported: 0, correct: 0, falseBlocking: 0 }));
    return t;
  };
  for (const r of results) {
    for (const e of r.sample.expects) {
      // Every occurrence of the value is one expected detection (logs repeat a key).
      const spans: number[] = [];
      for (let i = r.text.indexOf(e.slice); i >= 0; i = r.text.indexOf(e.slice, i + 1)) spans.push(i);
      const t = get(e.ruleId);
      t.expected += spans.length;
      t.found += spans.filter((s) => r.findings.some((f) => f.start === s && matches(r, f, e))).length;
    }
    for (const f of r.findings) {
      const t = get(f.ruleId);
      t.reported++;
      if (r.sample.expects.some((e) => matches(r, f, e))) t.correct++;
      else if (f.blocking) t.falseBlocking++;
    }
  }
  return by;
}

after(() => {
  const by = tally();
  const pct = (n: number, d: number): string => (d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
  const rows = [...by.entries()].sort(([a], [b]) => a.localeCompare(b));
  const lines = [
    `context variants: ${corpus.length} samples (${corpus.filter((s) => !s.negative).length} positive, ${corpus.filter((s) => s.negative).length} negative), ${Object.keys(KNOWN_GAPS).length} known gaps`,
    `${'rule id'.padEnd(30)} ${'recall'.padStart(7)} ${'found/expected'.padStart(15)} ${'precision'.padStart(10)} ${'correct/reported'.padStart(17)} ${'false blocking'.padStart(15)}`,
  ];
  let [e, fd, rp, c, fb] = [0, 0, 0, 0, 0];
  for (const [id, t] of rows) {
    lines.push(
      `${id.padEnd(30)} ${pct(t.found, t.expected).padStart(7)} ${`${t.found}/${t.expected}`.padStart(15)} ${pct(t.correct, t.reported).padStart(10)} ${`${t.correct}/${t.reported}`.padStart(17)} ${String(t.falseBlocking).padStart(15)}`,
    );
    e += t.expected;
    fd += t.found;
    rp += t.reported;
    c += t.correct;
    fb += t.falseBlocking;
  }
  lines.push(`${'all'.padEnd(30)} ${pct(fd, e).padStart(7)} ${`${fd}/${e}`.padStart(15)} ${pct(c, rp).padStart(10)} ${`${c}/${rp}`.padStart(17)} ${String(fb).padStart(15)}`);
  console.log(lines.join('\n'));
});
