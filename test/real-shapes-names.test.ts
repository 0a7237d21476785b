/**
 * Leaks as they really look in public code (issue 12, patterns 1, 4, 6, 7): names as people type them,
 * legacy lengths, other places keys sit, and a documentation bearer token typed in by hand. Each
 * context was studied in public repositories; every value here is synthetic (helpers/synth.ts) with
 * the shape of the real one.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compileRules } from '../src/detect/compile.js';
import { detect, type DetectedSecret } from '../src/detect/detect.js';
import { loadRules } from '../src/rules/load.js';
import { typoDistance } from '../src/detect/spelling.js';
import { cli, scratch } from './helpers/cli.js';
import { Synth } from './helpers/synth.js';

const compiled = compileRules(loadRules());
const NOW = Date.UTC(2026, 10, 27, 12, 30);
const s = new Synth(1212);

const ck = s.consumerKey();
const cs = s.consumerSecret();
const at = s.accessToken();
const ats = s.accessTokenSecret();
const csec = s.clientSecret();
const cid = s.clientId();
/** Legacy access token: an 8-digit user id (an account from ~2009) and 38 random characters, 47 in all. */
const at47 = s.accessToken('73920581', 47);
/** A consumer key with no digit (about 4 % of real ones). */
const ckNoDigit = 'QmTbwXkRvNfZpLcYhGsDaJeUq';

/** `n` characters of `alphabet` (Synth.pick insists on both cases and a digit: not for hex or lower case). */
function chars(alphabet: string, n: number): string {
  let out = '';
  while (out.length < n) out += alphabet[Math.floor(s.next() * alphabet.length)];
  return out;
}

function run(file: string, text: string): DetectedSecret[] {
  return detect(text, file, compiled, { now: NOW }).findings;
}

const blocking = (file: string, text: string): string[] => run(file, text).filter((f) => f.blocking).map((f) => `${f.ruleId} ${f.secret}`);

/** Every expected [rule, value] is reported as blocking, and nothing else blocks. */
function expectExactly(file: string, text: string, expected: [string, string][]): void {
  assert.deepEqual(blocking(file, text).sort(), expected.map(([r, v]) => `${r} ${v}`).sort());
}

/** Twenty lines of unrelated settings: X evidence beyond them is in the file, not near the value. */
const FILLER = Array.from({ length: 20 }, (_, i) => `SETTING_${i}=${i}`).join('\n');

describe('names as people type them (pattern 1)', () => {
  it('run together, unquoted in a .env whose X evidence is far from the values', () => {
    const env = `CONSUMERKEY=${ck}\nCONSUMERSECRET=${cs}\nACCESSTOKEN=${at}\nACCESSTOKENSECRET=${ats}\n${FILLER}\nTWITTER_HANDLE=@somebot\n`;
    expectExactly('.env', env, [['twitter-consumer-key', ck], ['twitter-consumer-secret', cs], ['twitter-access-token', at], ['twitter-access-token-secret', ats]]);
  });
  it('run together and quoted: the same', () => {
    const env = `CONSUMERKEY="${ck}"\nCONSUMERSECRET="${cs}"\n${FILLER}\nTWITTER_HANDLE=@somebot\n`;
    expectExactly('.env', env, [['twitter-consumer-key', ck], ['twitter-consumer-secret', cs]]);
  });
  it('misspelt: COMSUMER_KEY, COMSUMER_SECRET, ACCESTOKENSECRET', () => {
    const env = `COMSUMER_KEY=${ck}\nCOMSUMER_SECRET=${cs}\nACCES_TOKEN=${at}\nACCESTOKENSECRET=${ats}\n${FILLER}\n# posts to twitter\n`;
    expectExactly('.env', env, [['twitter-consumer-key', ck], ['twitter-consumer-secret', cs], ['twitter-access-token', at], ['twitter-access-token-secret', ats]]);
  });
  it('misspelt in code: consumerSecert, consumer_kay, accesss_token_secret (twitter required far above)', () => {
    const js = `const Twitter = require('twitter');\n${FILLER.replace(/SETTING_(\d+)=(\d+)/g, 'const s$1 = $2;')}\nconst consumerSecert = '${cs}';\nconst consumer_kay = '${ck}';\nconst accesss_token_secret = '${ats}';\n`;
    expectExactly('bot.js', js, [['twitter-consumer-key', ck], ['twitter-consumer-secret', cs], ['twitter-access-token-secret', ats]]);
  });
  it('an R script: comsumer_key <- / comsumer_secret <- before setup_twitter_oauth()', () => {
    const r = `library(twitteR)\n${FILLER.replace(/SETTING_(\d+)=(\d+)/g, 'x$1 <- $2')}\ncomsumer_key <- '${ck}'\ncomsumer_secret <- '${cs}'\n`;
    expectExactly('analysis.R', r, [['twitter-consumer-key', ck], ['twitter-consumer-secret', cs]]);
  });
  it('another word for the role: consumer_token holds the consumer key', () => {
    expectExactly('.env', `CONSUMER_TOKEN=${ck}\nCONSUMER_SECRET=${cs}\n${FILLER}\n# tweepy bot\n`, [['twitter-consumer-key', ck], ['twitter-consumer-secret', cs]]);
  });
  it("a name ending in another role's word: COMSUMER_SECRET_API_KEY holds a 50-character secret", () => {
    expectExactly('.env', `COMSUMER_SECRET_API_KEY=${cs}\n${FILLER}\n# tweepy bot\n`, [['twitter-consumer-secret', cs]]);
    expectExactly('.env', `CONSUMER_SECRET_API_KEY=${cs}\n${FILLER}\n# tweepy bot\n`, [['twitter-consumer-secret', cs]]);
  });

  describe('hard negatives', () => {
    it('the same names in a file with no X evidence: nothing', () => {
      expectExactly('.env', `COMSUMER_KEY=${ck}\nCOMSUMER_SECRET=${cs}\nCONSUMERKEY=${ck}\nACCESSTOKENSECRET=${ats}\nCOMSUMER_SECRET_API_KEY=${cs}\n`, []);
    });
    it('customer, costumer, consumer_group, access_code, token_type, secretary are not role names', () => {
      const env = [
        `CUSTOMER_KEY=${ck}`, `CUSTOMER_SECRET=${cs}`, `COSTUMER_KEY=${ck}`, `CONSUMER_GROUP=${ck}`, `ACCESS_CODE=${ats}`,
        `TOKEN_TYPE=${ats}`, `SECRETARY_ID=${ck}`, `TAKEN_SECRET=${cs}`, `CONSUMED_KEY=${ck}`, FILLER, '# tweets the daily report',
      ].join('\n');
      expectExactly('.env', env, []);
    });
    it('typo distances are what the module says', () => {
      assert.equal(typoDistance('comsumer', 'consumer'), 1);
      assert.equal(typoDistance('secert', 'secret'), 1);
      assert.equal(typoDistance('accesss', 'access'), 1);
      assert.equal(typoDistance('customer', 'consumer'), 2);
      assert.equal(typoDistance('costumer', 'consumer'), 2);
      assert.equal(typoDistance('accept', 'access'), 2);
      assert.equal(typoDistance('secretary', 'secret'), 2);
    });
    it("other services' keys beside X keys keep out: RapidAPI (twitter host), Spotify, Twilio, Pusher, Stripe, Facebook", () => {
      const hex = (n: number): string => chars('0123456789abcdef', n);
      const env = [
        `TWITTER_COMSUMER_KEY=${ck}`,
        `TWITTER_COMSUMER_SECRET=${cs}`,
        `X_RAPIDAPI_KEY=${s.consumerSecret(50)}`,
        `X_RAPIDAPI_HOST=twitter154.p.rapidapi.com`,
        `SPOTIFY_CLIENT_ID=${hex(32)}`,
        `SPOTIFY_CLIENT_SECERT=${hex(32)}`,
        `TWILIO_ACCOUNT_SID=AC${hex(32)}`,
        `TWILIO_AUTH_TOKEN=${hex(32)}`,
        `PUSHER_APP_KEY=${hex(20)}`,
        `PUSHER_APP_SECRET=${hex(20)}`,
        `STRIPE_SECRET_KEY=sk_live_${s.consumerKey(24)}`,
        `FACEBOOK_APP_SECRET=${hex(32)}`,
        `FACEBOOK_COMSUMER_SECRET=${s.consumerSecret(50)}`,
      ].join('\n');
      expectExactly('.env', env, [['twitter-consumer-key', ck], ['twitter-consumer-secret', cs]]);
    });
    it('WooCommerce and M-Pesa misspell consumerSecert too: their values are not X-shaped', () => {
      const dart = `// shares to twitter\nstatic const String _consumerSecert = 'consumer_secret=cs_${chars('0123456789abcdef', 40)}';\n`;
      expectExactly('api.dart', dart, []);
      const php = `<?php // tweet the receipt\n$consumerKey = '${s.consumerSecret(48)}';\n$consumerSecert = '${s.consumerKey(16)}';\n`;
      expectExactly('MpesaController.php', php, []);
    });
  });
});

describe('legacy lengths (pattern 4)', () => {
  it('a 47-character access token (8-digit user id + 38) under its name, in a file that shows X', () => {
    expectExactly('.env', `# twitter\nACCESS_TOKEN=${at47}\nACCESS_TOKEN_SECRET=${ats}\n`, [['twitter-access-token', at47], ['twitter-access-token-secret', ats]]);
    const found = run('.env', `# twitter\nACCESS_TOKEN=${at47}\n`).find((f) => f.secret === at47);
    assert.equal(found?.details.userId, '73920581');
  });
  it('a 47-character access token as a tweepy argument', () => {
    expectExactly('bot.py', `import tweepy\nauth.set_access_token("${at47}", "${ats}")\n`, [['twitter-access-token', at47], ['twitter-access-token-secret', ats]]);
  });
  it('a consumer key with no digit in a pasted set beside its secret and an access token', () => {
    expectExactly('keys.txt', `${ckNoDigit}\n${cs}\n${at}\n${ats}\n`, [['twitter-consumer-key', ckNoDigit], ['twitter-consumer-secret', cs], ['twitter-access-token', at], ['twitter-access-token-secret', ats]]);
  });
  it('a consumer key with no digit under its name', () => {
    expectExactly('.env', `# twitter\nCONSUMER_KEY=${ckNoDigit}\n`, [['twitter-consumer-key', ckNoDigit]]);
  });

  describe('hard negatives', () => {
    it('structure alone stays 48–50: a bare 47-character token is not reported', () => {
      expectExactly('keys.txt', `${at47}\n`, []);
    });
    it('a 47-character token under a generic name with no X evidence: nothing', () => {
      expectExactly('.env', `ACCESS_TOKEN=${at47}\n`, []);
    });
    it('placeholders and Google client IDs of the same shape', () => {
      const text = [
        '# twitter',
        'ACCESS_TOKEN=12345678-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        'ACCESS_TOKEN_2=1234567890-abcdefghijklmnopqrstuvwxyzABCDEFGHI',
        `access_token = "${chars('123456789', 8)}-${chars('abcdefghijklmnopqrstuvwxyz0123456789', 38)}"`,
        `GOOGLE_CLIENT_ID=${chars('0123456789', 12)}-${chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com`,
        `oauth_token=${s.consumerKey(27)}&oauth_token_secret=${s.consumerKey(32)}&oauth_callback_confirmed=true`,
        `code_verifier=${chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~', 43)}`,
      ].join('\n');
      expectExactly('.env', text, []);
    });
    it('a 25-character run without a digit beside an access token, with no secret beside it: not a key', () => {
      expectExactly('keys.txt', `${ckNoDigit}\n${at}\n`, [['twitter-access-token', at]]);
    });
  });
});

describe('other places real leaks sit (pattern 6)', () => {
  it('a notebook traceback with ANSI colour codes (IPython 7 and 8 styles)', () => {
    const E = '\\u001b';
    const nb = `{"cells":[{"outputs":[{"output_type":"error","ename":"TweepError","traceback":["${E}[1;32m---> 13${E}[1;33m ${E}[0mconsumer_key${E}[0m${E}[1;33m=${E}[0m${E}[1;34m'${ck}'${E}[0m${E}[1;33m${E}[0m${E}[0m\\n", "${E}[1;32m     14${E}[0m consumer_secret ${E}[38;5;241m=${E}[39m ${E}[38;5;124m\\"${cs}\\"${E}[39m\\n"]}],"source":["import tweepy"]}]}\n`;
    expectExactly('analysis.ipynb', nb, [['twitter-consumer-key', ck], ['twitter-consumer-secret', cs]]);
  });
  it('a terminal log with raw ANSI escapes', () => {
    const log = `\x1b[32mINFO\x1b[0m starting twitter bot\n\x1b[33mconsumer_key\x1b[0m=\x1b[36m${ck}\x1b[0m\n`;
    expectExactly('bot.log', log, [['twitter-consumer-key', ck]]);
  });
  it('OmniAuth provider :twitter2 takes an OAuth 2.0 client ID and secret', () => {
    const rb = `Rails.application.config.middleware.use OmniAuth::Builder do\n  provider :twitter2, "${cid}", "${csec}", callback_path: '/auth/twitter2/callback', scope: 'tweet.read users.read'\nend\n`;
    expectExactly('config/initializers/omniauth.rb', rb, [['twitter-oauth2-client-id', cid], ['twitter-oauth2-client-secret', csec]]);
  });
  it('OmniAuth provider :twitter2 with an ID from the environment and a literal secret', () => {
    expectExactly('omniauth.rb', `use OmniAuth::Builder do\n  provider :twitter2, ENV['TWITTER_CLIENT_ID'], '${csec}'\nend\n`, [['twitter-oauth2-client-secret', csec]]);
  });

  describe('already found before issue 12 (guards)', () => {
    it('a developer-console copy with tab separators', () => {
      const txt = `Consumer Key (API Key)\t${ck}\nConsumer Secret (API Secret)\t${cs}\nAccess Level\tRead and write\nOwner ID\t73920581\nAccess Token\t${at}\nAccess Token Secret\t${ats}\n`;
      expectExactly('twitter app.txt', txt, [['twitter-consumer-key', ck], ['twitter-consumer-secret', cs], ['twitter-access-token', at], ['twitter-access-token-secret', ats]]);
    });
    it('Maven pom.xml <properties>', () => {
      const pom = `<project>\n  <properties>\n    <twitter.consumer.key>${ck}</twitter.consumer.key>\n    <twitter.consumer.secret>${cs}</twitter.consumer.secret>\n    <twitter.access.token>${at}</twitter.access.token>\n    <twitter.access.token.secret>${ats}</twitter.access.token.secret>\n  </properties>\n</project>\n`;
      expectExactly('pom.xml', pom, [['twitter-consumer-key', ck], ['twitter-consumer-secret', cs], ['twitter-access-token', at], ['twitter-access-token-secret', ats]]);
    });
    it('a Terraform environment block', () => {
      const tf = `resource "aws_lambda_function" "bot" {\n  function_name = "bot"\n  environment {\n    variables = {\n      TWITTER_CONSUMER_KEY    = "${ck}"\n      TWITTER_CONSUMER_SECRET = "${cs}"\n    }\n  }\n}\n`;
      expectExactly('main.tf', tf, [['twitter-consumer-key', ck], ['twitter-consumer-secret', cs]]);
    });
    it('a commented-out older key set still leaks', () => {
      const ck2 = s.consumerKey();
      const cs2 = s.consumerSecret();
      const py = `import tweepy\nCONSUMER_KEY = '${ck}'\nCONSUMER_SECRET = '${cs}'\n# old app\n# CONSUMER_KEY = '${ck2}'\n#CONSUMER_SECRET = "${cs2}"\n`;
      expectExactly('bot.py', py, [['twitter-consumer-key', ck], ['twitter-consumer-secret', cs], ['twitter-consumer-key', ck2], ['twitter-consumer-secret', cs2]]);
    });
    it('a trailing space inside the quotes', () => {
      expectExactly('bot.py', `import tweepy\nCONSUMER_KEY = "${ck} "\nCONSUMER_SECRET = '${cs} '\n`, [['twitter-consumer-key', ck], ['twitter-consumer-secret', cs]]);
    });
    it('literal fallbacks: getEnv("K", "v"), os.getenv, os.environ.get, process.env.X || "v"', () => {
      expectExactly('config.go', `// twitter\nsecret := getEnv("TWITTER_CLIENT_SECRET", "${csec}")\n`, [['twitter-oauth2-client-secret', csec]]);
      expectExactly('bot.py', `import tweepy\nck = os.getenv('TWITTER_CONSUMER_KEY', '${ck}')\ncs = os.environ.get("TWITTER_CONSUMER_SECRET", "${cs}")\n`, [['twitter-consumer-key', ck], ['twitter-consumer-secret', cs]]);
      expectExactly('bot.js', `const key = process.env.TWITTER_CONSUMER_KEY || '${ck}';\nconst secret = process.env.TWITTER_CONSUMER_SECRET || "${cs}";\n`, [['twitter-consumer-key', ck], ['twitter-consumer-secret', cs]]);
    });
    it('OmniAuth provider :twitter is the consumer pair', () => {
      expectExactly('omniauth.rb', `use OmniAuth::Builder do\n  provider :twitter, "${ck}", "${cs}"\nend\n`, [['twitter-consumer-key', ck], ['twitter-consumer-secret', cs]]);
    });
    it('example.env, env.sample and test-config.js are scanned like any file (nothing skips by name)', () => {
      const dir = scratch('sts-names-');
      writeFileSync(join(dir, 'example.env'), `TWITTER_CONSUMER_KEY=${ck}\n`);
      writeFileSync(join(dir, 'env.sample'), `TWITTER_CONSUMER_SECRET=${cs}\n`);
      writeFileSync(join(dir, 'test-config.js'), `module.exports = { twitter: { access_token_secret: '${ats}' } };\n`);
      const r = cli(['.', '--no-git', '-f', 'json'], dir);
      const doc = JSON.parse(r.stdout) as { findings: { file: string; ruleId: string; blocking: boolean }[] };
      assert.deepEqual(doc.findings.map((f) => `${f.file} ${f.ruleId} ${f.blocking}`).sort(), [
        'env.sample twitter-consumer-secret true',
        'example.env twitter-consumer-key true',
        'test-config.js twitter-access-token-secret true',
      ]);
      assert.equal(r.status, 1);
    });
    it('omniauth twitter2 with both values from the environment: nothing', () => {
      expectExactly('omniauth.rb', `use OmniAuth::Builder do\n  provider :twitter2, ENV["TWITTER_CLIENT_ID"], ENV["TWITTER_CLIENT_SECRET"], scope: "tweet.read"\nend\n`, []);
    });
  });
});

describe('a bearer token typed in for documentation is a placeholder (pattern 7)', () => {
  /** A structurally valid bearer (16 zero bytes, an App ID, a "digest") whose characters were typed in. */
  const typed = (digest: string, tail: string): string => {
    // 44 bytes are 59 base64 characters and one `=`: 21 `A`, then the App ID and digest.
    const b64 = `AAAAAAAAAAAAAAAAAAAAA${digest}`;
    assert.equal(b64.length, 59);
    return `${b64}%3D${tail}`;
  };
  const alphabetTail = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwx';
  it('EXAMPLE in the base64 part and an alphabet run as the tail', () => {
    const token = typed('EXAMPLEAAAAAAA0EXAMPLEABCDEFGHIJKLMNOP', alphabetTail);
    assert.equal(token.length, 112);
    expectExactly('docs/auth.md', `curl -H "Authorization: Bearer ${token}" https://api.x.com/2/tweets\n`, []);
  });
  it('alphabet runs alone (no EXAMPLE)', () => {
    expectExactly('README.md', `BEARER_TOKEN=${typed('IhrQEAAAAAAbcdefghijklmnopqrstuvwxyzAB', s.consumerSecret(50))}\n`, []);
    expectExactly('README.md', `BEARER_TOKEN=${typed('IhrQEAAAAAAXq9Lm2Vb7Kc4Tz1Wn8Rd5Gh3Jf6', alphabetTail)}\n`, []);
  });
  it('the same typed-in digests with a random tail and digest are real tokens: found', () => {
    const token = typed('IhrQEAAAAAAXq9Lm2Vb7Kc4Tz1Wn8Rd5Gh3Jf6', s.consumerSecret(50));
    expectExactly('README.md', `BEARER_TOKEN=${token}\n`, [['twitter-bearer-token', token]]);
  });
  it('a random-looking synthetic bearer token is still found', () => {
    const bearer = s.bearer();
    expectExactly('fetch.py', `headers = {"Authorization": "Bearer ${bearer}"}\n`, [['twitter-bearer-token', bearer]]);
  });
});
