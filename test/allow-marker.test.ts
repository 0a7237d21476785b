/**
 * Inline allow markers cover the value on their own line only (src/detect/allow.ts), through the real
 * binary: a notebook's decoded cell line, a short stretch of a minified line, an ordinary source line.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli, scratch } from './helpers/cli.js';
import { Synth } from './helpers/synth.js';

const s = new Synth(1010);
const CK = s.consumerKey();
const CS = s.consumerSecret();
const AT = s.accessToken('1456789012345678901');
const ATS = s.accessTokenSecret();
const BEARER = s.bearer();
const FOUR = [CK, CS, AT, ATS];

interface Scan {
  status: number | null;
  reported: string[];
  ignored: { secret: string; by: string }[];
}

/** Scans one file with secrets shown; which values were reported and which allowed (and by what). */
function scanFile(name: string, content: string): Scan {
  const dir = scratch();
  writeFileSync(join(dir, name), content);
  const run = cli(['.', '-f', 'json', '--show-secrets', '--verbose'], dir);
  assert.notEqual(run.status, 2, run.stderr);
  const doc = JSON.parse(run.stdout);
  return {
    status: run.status,
    reported: doc.findings.map((f: { secret: string }) => f.secret),
    ignored: doc.ignored.map((f: { secret: string; ignored: { by: string } }) => ({ secret: f.secret, by: f.ignored.by })),
  };
}

/** A notebook with one code cell, written as some tools do: the whole JSON on one physical line. */
function oneLineNotebook(cellLines: string[]): string {
  const nb = {
    cells: [{ cell_type: 'code', execution_count: 1, metadata: {}, outputs: [], source: cellLines.map((l) => `${l}\n`) }],
    metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' } },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return JSON.stringify(nb);
}

/** Twenty ordinary lines of a cell: what sits between a marker and the credentials further down. */
const filler = Array.from({ length: 20 }, (_, i) => `tweets_${i} = client.search_recent_tweets(query="python", max_results=${10 + i})`);

const credentialLines = [`CONSUMER_KEY = "${CK}"`, `CONSUMER_SECRET = "${CS}"`, `ACCESS_TOKEN = "${AT}"`, `ACCESS_TOKEN_SECRET = "${ATS}"`];

describe('an inline marker covers its own value only', () => {
  it('notebook on one physical line: a marker 20 cell lines away does not hide four values', () => {
    const cell = ['import tweepy  # twitter-secrets:allow (example only)', ...filler, ...credentialLines];
    const nb = oneLineNotebook(cell);
    assert.equal(nb.split('\n').length, 1, 'the notebook is one physical line');
    const r = scanFile('explore.ipynb', nb);
    assert.equal(r.status, 1);
    assert.deepEqual(r.reported.sort(), [...FOUR].sort());
    assert.deepEqual(r.ignored, []);
  });

  it('notebook: a marker on the value\'s own decoded cell line still allows it (one line or as Jupyter writes it)', () => {
    const cell = ['import tweepy', ...filler.slice(0, 3), `CONSUMER_KEY = "${CK}"  # gitleaks:allow`, ...credentialLines.slice(1)];
    const pretty = JSON.stringify(JSON.parse(oneLineNotebook(cell)), null, 1) + '\n';
    for (const [what, content] of [['one physical line', oneLineNotebook(cell)], ['Jupyter layout', pretty]] as const) {
      const r = scanFile('explore.ipynb', content);
      assert.equal(r.status, 1, what);
      assert.deepEqual(r.reported.sort(), [CS, AT, ATS].sort(), what);
      assert.deepEqual(r.ignored, [{ secret: CK, by: 'inline marker "gitleaks:allow"' }], what);
    }
  });

  it('notebook whose cell source is one string: a marker on another decoded line does not count', () => {
    const nb = JSON.parse(oneLineNotebook([]));
    nb.cells[0].source = ['# twitter-secrets:allow', 'import tweepy', `CONSUMER_KEY = "${CK}"`, `CONSUMER_SECRET = "${CS}"`].join('\n');
    const r = scanFile('short.ipynb', JSON.stringify(nb, null, 1));
    assert.deepEqual(r.reported.sort(), [CK, CS].sort());
  });

  /** A bundle's licence comment, some code, then the credentials, all on one line as minifiers write it. */
  const licence = '/*! @license MIT. Copyright (c) 2024 Example Widgets. Secret scanning: gitleaks:allow (test fixtures in this package are not real). */';
  const code = (bytes: number): string => {
    let out = '';
    for (let i = 0; out.length < bytes; i++) out += `function f${i}(a,b){return a.map(function(c){return c*b+${i}})}var g${i}=f${i}([1,2,3],${i});`;
    return out;
  };
  const twitterConfig = `var twitterConfig={consumer_key:"${CK}",consumer_secret:"${CS}",access_token:"${AT}",access_token_secret:"${ATS}"};`;

  it('minified JavaScript: gitleaks:allow in a licence comment 1.4 KB earlier on the same line does not hide four values', () => {
    const before = code(1400);
    const js = `${licence}${before}${twitterConfig}module.exports=twitterConfig;\n`;
    assert.ok(js.indexOf(CK) - js.indexOf('gitleaks:allow') > 1400);
    const r = scanFile('bundle.min.js', js);
    assert.equal(r.status, 1);
    assert.deepEqual(r.reported.sort(), [...FOUR].sort());
    assert.deepEqual(r.ignored, []);
  });

  it('minified JavaScript: a marker in the same statement right after the value still allows it', () => {
    const js = `${code(800)}var bearer="${BEARER}"/* twitter-secrets:allow public demo token */;${code(600)}${twitterConfig}\n`;
    const r = scanFile('app.min.js', js);
    assert.equal(r.status, 1);
    assert.deepEqual(r.reported.sort(), [...FOUR].sort());
    assert.deepEqual(r.ignored, [{ secret: BEARER, by: 'inline marker "twitter-secrets:allow"' }]);
  });

  it('ordinary source lines: a marker at the end of the value\'s line works, even past escapes in a string', () => {
    const py = [
      'import tweepy',
      `CONSUMER_KEY = "${CK}"  # twitter-secrets:allow`,
      `CONSUMER_SECRET = "${CS}"`,
      `REQUEST = "GET /2/tweets HTTP/1.1\\r\\nAuthorization: Bearer ${BEARER}\\r\\n\\r\\n"  # gitleaks:allow`,
      '',
    ].join('\n');
    const r = scanFile('client.py', py);
    assert.equal(r.status, 1);
    assert.deepEqual(r.reported, [CS]);
    assert.deepEqual(r.ignored.map((i) => i.secret).sort(), [CK, BEARER].sort());
  });
});
