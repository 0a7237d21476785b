/**
 * Issue 12, shapes of real leaks (patterns 2, 3 and 5): positional arguments without names, rows of
 * data (SQL, CSV), and encoded or split values (Kubernetes Secrets, concatenated literals, Twitter
 * Kit URL schemes, container env `name:`/`value:` lines). Each case reproduces the shape seen in
 * public code with synthetic values of the same lengths (test/helpers/synth.ts); each negative is a
 * look-alike that must not block.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compileRules } from '../src/detect/compile.js';
import { detect } from '../src/detect/detect.js';
import { loadRules } from '../src/rules/load.js';
import { cli, scratch } from './helpers/cli.js';
import { Synth } from './helpers/synth.js';

const compiled = compileRules(loadRules());
const NOW = Date.UTC(2026, 10, 27, 12, 30);

const s = new Synth(1212);
// Modern lengths, and legacy ones (apps.twitter.com era: 21-char key, 42/41-char secrets, 48-char token).
const ck = s.consumerKey();
const cs = s.consumerSecret();
const at = s.accessToken('1234567890123456789');
const ats = s.accessTokenSecret();
const lck = s.consumerKey(21);
const lcs = s.consumerSecret(42);
const lat = s.accessToken('123456789', 48);
const lats = s.accessTokenSecret(40);
const lcs41 = s.consumerSecret(41);
const lats41 = s.accessTokenSecret(41);
const b64 = (v: string): string => Buffer.from(v, 'latin1').toString('base64');
/** A consumer key without a digit (about 4 % of real keys). */
const ckNoDigit = 'HvKmRtWqZpLcNbXgYsDfJhTkM'.split('').map((ch, i) => (i % 3 === 1 ? ch.toLowerCase() : ch)).join('');
/** Noise: `n` characters of `alphabet` (no shape checks, unlike Synth.pick). */
const noise = (alphabet: string, n: number): string => Array.from({ length: n }, () => alphabet[Math.floor(s.next() * alphabet.length)]).join('');
const hex = (n: number): string => noise('0123456789abcdef', n);

const ids = { ck: 'twitter-consumer-key', cs: 'twitter-consumer-secret', ats: 'twitter-access-token-secret', at: 'twitter-access-token' } as const;

interface Want {
  rule: keyof typeof ids;
  secret: string;
  /** What the finding's span must hold, when not the secret itself (an encoded or split value). */
  slice?: string;
}

interface Case {
  name: string;
  path: string;
  text: string;
  want: Want[];
}

const positives: Case[] = [
  // ---- 3. Rows of data: one document per line (MongoDB exports, JSONL), the role from the field
  {
    name: 'MongoDB export / JSONL, one document per line',
    path: 'dump/twitter_accounts.json',
    text: `{"_id":{"$oid":"${hex(24)}"},"screen_name":"bot1","oauth_token":"${at}","oauth_token_secret":"${ats}"}\n{"_id":{"$oid":"${hex(24)}"},"screen_name":"bot2","consumer_key":"${ck}","consumer_secret":"${cs}"}\n`,
    want: [
      { rule: 'at', secret: at },
      { rule: 'ats', secret: ats },
      { rule: 'ck', secret: ck },
      { rule: 'cs', secret: cs },
    ],
  },
  // ---- 5. Apple property lists: the name in <key>, the value in the <string> on the next line
  {
    name: 'Info.plist <key>consumerKey</key> then <string>',
    path: 'ios/App/Info.plist',
    text: `<plist version="1.0">\n<dict>\n  <key>TwitterConsumerKey</key>\n  <string>${ck}</string>\n  <key>TwitterConsumerSecret</key>\n  <string>${cs}</string>\n</dict>\n</plist>\n`,
    want: [
      { rule: 'ck', secret: ck },
      { rule: 'cs', secret: cs },
    ],
  },
  // ---- 2. Positional arguments without names
  {
    name: 'own helper, four arguments over four lines (legacy lengths)',
    path: 'bot.js',
    text: `startBot(\n  "${lck}",\n  "${lcs}",\n  "${lat}",\n  "${lats}"\n);\n`,
    want: [{ rule: 'ck', secret: lck }, { rule: 'cs', secret: lcs }, { rule: 'at', secret: lat }, { rule: 'ats', secret: lats }],
  },
  {
    name: 'Spring Social getConnectionWithAccessToken(token, secret), legacy secret',
    path: 'SocialConfig.java',
    text: `Connection<Twitter> c = factory.getConnectionWithAccessToken(\n    "${lat}", "${lats}");\n`,
    want: [{ rule: 'ats', secret: lats }],
  },
  {
    name: 'Python list of the four values',
    path: 'keys.py',
    text: `KEYS = ["${lck}", "${lcs}", "${lat}", "${lats}"]\n`,
    want: [{ rule: 'ck', secret: lck }, { rule: 'cs', secret: lcs }, { rule: 'ats', secret: lats }],
  },
  {
    name: 'Python tuple in the twitter package order (token, token secret, key, secret); overlapping lengths',
    path: 'creds.py',
    text: `CREDS = (\n    '${lat}',\n    '${lats41}',\n    '${lck}',\n    '${lcs41}',\n)\n`,
    want: [{ rule: 'ats', secret: lats41 }, { rule: 'ck', secret: lck }, { rule: 'cs', secret: lcs41 }],
  },
  {
    name: 'own helper with a consumer key that has no digit',
    path: 'main.py',
    text: `bot = make_bot("${ckNoDigit}", "${cs}", "${at}", "${ats}")\n`,
    want: [{ rule: 'ck', secret: ckNoDigit }, { rule: 'cs', secret: cs }],
  },
  // ---- 3. Rows of data
  {
    name: 'SQL INSERT with a column list (legacy token secret)',
    path: 'dump.sql',
    text: `INSERT INTO accounts (id, screen_name, oauth_token, oauth_token_secret, created)\nVALUES (1, 'bob', '${lat}', '${lats}', NOW());\n`,
    want: [{ rule: 'ats', secret: lats }],
  },
  {
    name: 'SQL dump: CREATE TABLE earlier, INSERT without a column list, several rows',
    path: 'db/backup.sql',
    text:
      'CREATE TABLE `twitter_apps` (\n  `id` int(11) NOT NULL AUTO_INCREMENT,\n  `name` varchar(64) DEFAULT NULL,\n  `consumer_key` varchar(64) NOT NULL,\n  `consumer_secret` varchar(64) NOT NULL,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\n\n' +
      "LOCK TABLES `twitter_apps` WRITE;\n" +
      `INSERT INTO \`twitter_apps\` VALUES (1,'first','${lck}','${lcs}'),(2,'second','${ck}','${cs}');\nUNLOCK TABLES;\n`,
    want: [{ rule: 'ck', secret: lck }, { rule: 'cs', secret: lcs }, { rule: 'ck', secret: ck }, { rule: 'cs', secret: cs }],
  },
  {
    name: 'CSV with a header row, no token in the file',
    path: 'twitter_apps.csv',
    text: `app,consumer_key,consumer_secret\nbot-one,${ck},${cs}\n`,
    want: [{ rule: 'ck', secret: ck }, { rule: 'cs', secret: cs }],
  },
  {
    name: 'CSV with a header row, legacy lengths beside the token',
    path: 'accounts.csv',
    text: `screen_name,consumer_key,consumer_secret,access_token,access_token_secret\nbob,${lck},${lcs},${lat},${lats}\n`,
    want: [{ rule: 'ck', secret: lck }, { rule: 'cs', secret: lcs }, { rule: 'ats', secret: lats }],
  },
  {
    name: 'TSV export with a header row',
    path: 'export.tsv',
    text: `user\ttoken\ttoken_secret\nbob\t${lat}\t${lats}\n`,
    want: [{ rule: 'ats', secret: lats }],
  },
  // ---- 5. Encoded and split values
  {
    name: 'Kubernetes Secret: base64 values under data:',
    path: 'k8s/secret.yaml',
    text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: bot-credentials\ntype: Opaque\ndata:\n  TWITTER_CONSUMER_KEY: ${b64(ck)}\n  TWITTER_CONSUMER_SECRET: ${b64(cs)}\n  TWITTER_ACCESS_TOKEN: ${b64(at)}\n  TWITTER_ACCESS_TOKEN_SECRET: ${b64(ats + '\n')}\n`,
    want: [
      { rule: 'ck', secret: ck, slice: b64(ck) },
      { rule: 'cs', secret: cs, slice: b64(cs) },
      { rule: 'at', secret: at, slice: b64(at) },
      { rule: 'ats', secret: ats, slice: b64(ats + '\n') },
    ],
  },
  {
    name: 'Kubernetes Secret as JSON (kubectl get -o json), generic names beside a token',
    path: 'secret.json',
    text: `{\n  "apiVersion": "v1",\n  "kind": "Secret",\n  "metadata": { "name": "x-bot" },\n  "data": {\n    "api_key": "${b64(ck)}",\n    "api_secret": "${b64(cs)}",\n    "access_token": "${b64(at)}"\n  }\n}\n`,
    want: [{ rule: 'ck', secret: ck, slice: b64(ck) }, { rule: 'cs', secret: cs, slice: b64(cs) }],
  },
  {
    name: 'Kubernetes Secret holding a whole .env file',
    path: 'deploy/secret.yml',
    text: `kind: Secret\napiVersion: v1\nmetadata:\n  name: app\ndata:\n  .env: ${b64(`TWITTER_CONSUMER_KEY=${ck}\nTWITTER_CONSUMER_SECRET=${cs}\n`)}\n`,
    want: [{ rule: 'ck', secret: ck, slice: b64(`TWITTER_CONSUMER_KEY=${ck}\nTWITTER_CONSUMER_SECRET=${cs}\n`) }],
  },
  {
    name: 'Python implicit concatenation across lines',
    path: 'config.py',
    text: `import tweepy\nCONSUMER_SECRET = ("${cs.slice(0, 30)}"\n                   "${cs.slice(30)}")\n`,
    want: [{ rule: 'cs', secret: cs, slice: `${cs.slice(0, 30)}"\n                   "${cs.slice(30)}` }],
  },
  {
    name: 'JS concatenation with + (legacy secret)',
    path: 'twitter.js',
    text: `const consumer_secret = "${lcs.slice(0, 20)}" + "${lcs.slice(20)}";\n`,
    want: [{ rule: 'cs', secret: lcs, slice: `${lcs.slice(0, 20)}" + "${lcs.slice(20)}` }],
  },
  {
    name: 'Java concatenation over two lines into an SDK call',
    path: 'Bot.java',
    text: `twitter.setOAuthConsumer("${ck}",\n    "${cs.slice(0, 25)}" +\n    "${cs.slice(25)}");\n`,
    want: [{ rule: 'ck', secret: ck }, { rule: 'cs', secret: cs, slice: `${cs.slice(0, 25)}" +\n    "${cs.slice(25)}` }],
  },
  {
    name: 'Twitter Kit URL scheme in Info.plist',
    path: 'ios/Runner/Info.plist',
    text: `<key>CFBundleURLTypes</key>\n<array>\n  <dict>\n    <key>CFBundleURLSchemes</key>\n    <array>\n      <string>twitterkit-${ck}</string>\n    </array>\n  </dict>\n</array>\n`,
    want: [{ rule: 'ck', secret: ck }],
  },
  {
    name: 'Twitter Kit URL scheme in AndroidManifest.xml',
    path: 'android/app/src/main/AndroidManifest.xml',
    text: `<intent-filter>\n  <data android:scheme="twitterkit-${lck}" android:host="callback" />\n</intent-filter>\n`,
    want: [{ rule: 'ck', secret: lck }],
  },
  {
    name: 'Kubernetes container env: - name: / value: on separate lines',
    path: 'k8s/deployment.yaml',
    text: `      containers:\n        - name: bot\n          env:\n            - name: X_API_KEY\n              value: "${ck}"\n            - name: X_API_SECRET\n              value: ${cs}\n            - name: LOG_LEVEL\n              value: debug\n`,
    want: [{ rule: 'ck', secret: ck }, { rule: 'cs', secret: cs }],
  },
  {
    name: 'ECS task definition: "name" and "value" on separate lines, and on one line',
    path: 'task-definition.json',
    text: `"environment": [\n  {\n    "name": "TWITTER_CONSUMER_KEY",\n    "value": "${ck}"\n  },\n  { "name": "TWITTER_CONSUMER_SECRET", "value": "${cs}" }\n]\n`,
    want: [{ rule: 'ck', secret: ck }, { rule: 'cs', secret: cs }],
  },
];

const negatives: Omit<Case, 'want'>[] = [
  {
    name: 'an unrelated call with random-looking strings (hash, dashless UUID, base64) and no token',
    path: 'util.js',
    text: `register("${s.pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 25)}", "${hex(32)}", "${s.pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 50)}", "${hex(40)}");\n`,
  },
  {
    name: 'other services beside an access token in one list: RapidAPI, Spotify, Twilio, Stripe',
    path: 'services.py',
    text: `KEYS = ["${at}", "${hex(10)}msh${hex(14)}p1${hex(6)}jsn${hex(12)}", "${hex(32)}", "AC${hex(32)}", "sk_live_${s.pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 24)}"]\n`,
  },
  {
    name: 'placeholders of the exact lengths beside a token',
    path: 'bot.js',
    text: `startBot("${'x'.repeat(25)}", "${'x'.repeat(50)}", "${at}", "YOUR_ACCESS_TOKEN_SECRET_HERE_XXXXXXXXXXXXXXXX");\n`,
  },
  {
    name: 'Google client IDs (<digits>-<alnum>) in an argument list',
    path: 'auth.js',
    text: `init("123456789012-${hex(32)}.apps.googleusercontent.com", "${s.pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 24)}");\n`,
  },
  {
    name: 'SQL with unrelated key/secret columns and no X evidence',
    path: 'seed.sql',
    text: `INSERT INTO api_keys (id, key, secret) VALUES (1, '${hex(32)}', '${s.pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 40)}');\n`,
  },
  {
    name: 'CSV of OAuth 1.0a request tokens (a log of the 3-legged flow)',
    path: 'twitter_oauth_log.csv',
    text: `time,oauth_token,oauth_token_secret,oauth_callback_confirmed\n2024-01-02,${s.pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 27)},${s.pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 41)},true\n`,
  },
  {
    name: 'CSV of PKCE verifiers and unrelated tokens',
    path: 'sessions.csv',
    text: `state,code_verifier,code_challenge,session_token\nabc,${s.pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 43)},${s.pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 43)},${s.pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 40)}\n`,
  },
  {
    name: "another service's Kubernetes Secret (generic names, X's exact lengths)",
    path: 'k8s/spotify.yaml',
    text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: spotify-credentials\ndata:\n  api_key: ${b64(s.consumerKey())}\n  api_secret: ${b64(s.consumerSecret())}\n  client_id: ${b64(hex(32))}\n`,
  },
  {
    name: 'a Kubernetes Secret of TLS material and passwords',
    path: 'tls.yaml',
    text: `kind: Secret\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${b64('-----BEGIN CERTIFICATE-----\nMIIB' + hex(40) + '\n-----END CERTIFICATE-----\n')}\n  password: ${b64('hunter2hunter2')}\n`,
  },
  {
    name: 'concatenated unrelated literals (minified code, CSS class names, a split hash)',
    path: 'app.min.js',
    text: `var a="Ab3dEf"+"GhIjKl"+n;var b="${hex(20)}"+"${hex(20)}";var c="MuiButton"+"BaseRoot"+"Container";\n`,
  },
  {
    name: 'a container env name/value pair of another service',
    path: 'deploy.yaml',
    text: `          env:\n            - name: STRIPE_API_KEY\n              value: "${s.consumerKey()}"\n            - name: STRIPE_API_SECRET\n              value: "${s.consumerSecret()}"\n`,
  },
  {
    name: 'a URL scheme that only starts like Twitter Kit',
    path: 'Info.plist',
    text: `<string>twitterkit-yourConsumerKeyHere</string>\n<string>mytwitterkit-${ck}x</string>\n`,
  },
];

function run(c: { path: string; text: string }) {
  return detect(c.text, c.path, compiled, { now: NOW }).findings;
}

describe('issue 12: positional arguments, rows of data, encoded and split values', () => {
  for (const c of positives) {
    it(`finds: ${c.name}`, () => {
      const findings = run(c);
      for (const w of c.want) {
        const hit = findings.find((f) => f.ruleId === ids[w.rule] && f.secret === w.secret);
        assert.ok(hit, `${ids[w.rule]} ${w.secret.slice(0, 4)}… not found in ${c.path}; got ${JSON.stringify(findings.map((f) => [f.ruleId, f.secret.slice(0, 4)]))}`);
        assert.equal(hit.blocking, true, 'blocking');
        assert.equal(c.text.slice(hit.start, hit.end), w.slice ?? w.secret, 'span');
      }
    });
  }
  for (const c of negatives) {
    it(`ignores: ${c.name}`, () => {
      // The access token some of them hold is found by its shape and rightly reported; nothing else may block.
      const blocking = run(c).filter((f) => f.blocking && f.secret !== at);
      assert.deepEqual(blocking.map((f) => [f.ruleId, f.secret]), [], c.path);
    });
  }
});

describe('issue 12: a decoded Kubernetes value is reported as the decoded secret', () => {
  it('the CLI points at the encoded value, masks the decoded one, and fingerprints it like the same key in plain', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'secret.yaml'), `kind: Secret\nmetadata:\n  name: twitter\ndata:\n  consumer_secret: ${b64(cs)}\n`);
    writeFileSync(join(dir, 'twitter.env'), `TWITTER_CONSUMER_SECRET=${cs}\n`);
    const r = cli([dir, '--no-git', '-f', 'json'], dir);
    const doc = JSON.parse(r.stdout) as { findings: { file: string; line: number; column: number; masked: string; fingerprint: string }[] };
    const yaml = doc.findings.find((f) => f.file.endsWith('secret.yaml'));
    const env = doc.findings.find((f) => f.file.endsWith('twitter.env'));
    assert.ok(yaml && env, r.stdout + r.stderr);
    assert.deepEqual([yaml.line, yaml.column], [5, 20]);
    assert.equal(yaml.masked, `${cs.slice(0, 4)}…${cs.slice(-2)}`);
    assert.equal(yaml.fingerprint, env.fingerprint);
  });
});
