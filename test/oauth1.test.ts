/**
 * OAuth 1.0a signing against RFC 5849's own worked example (§1.2), for the product's signer and for
 * the emulator's independent verifier; and the API base that only the environment can set.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { basicAuthorization, oauth1Authorization, oauth1Signature, percentEncode } from '../src/verify/oauth1.js';
import { apiBase } from '../src/verify/api-base.js';
import { expectedSignature, parseOAuthHeader, rfc3986, signatureValid } from './helpers/oauth1-check.js';
import { cli, scratch } from './helpers/cli.js';
import { appFile, appSet, write } from './helpers/x-fixtures.js';

/** RFC 5849 §1.2: the photos.example.net request, signed with the token credentials. */
const RFC = {
  keys: { consumerKey: 'dpf43f3p2l4k3l03', consumerSecret: 'kd94hf93k423kf44', token: 'nnch734d00sl2jdk', tokenSecret: 'pfkkdhi9sl3r4s00' },
  req: { method: 'GET', url: 'http://photos.example.net/photos?file=vacation.jpg&size=original', nonce: 'kllo9940pd9333jh', timestamp: '1191242096' },
  signature: 'tR3+Ty81lMeYAr/Fid0kMTYa/WM=',
};

it('the signer reproduces RFC 5849 §1.2: tR3+Ty81lMeYAr/Fid0kMTYa/WM=', () => {
  const protocol = { oauth_consumer_key: RFC.keys.consumerKey, oauth_token: RFC.keys.token, oauth_signature_method: 'HMAC-SHA1', oauth_timestamp: RFC.req.timestamp, oauth_nonce: RFC.req.nonce, oauth_version: '1.0' };
  assert.equal(oauth1Signature(RFC.req, RFC.keys, protocol), RFC.signature);
  const header = oauth1Authorization(RFC.req, RFC.keys);
  assert.equal(parseOAuthHeader(header)!.get('oauth_signature'), RFC.signature);
});

it("the emulator's independent verifier accepts the RFC's signature and rejects a wrong secret or a changed parameter", () => {
  const header = oauth1Authorization(RFC.req, RFC.keys);
  const signed = { method: 'GET', baseUri: 'http://photos.example.net/photos', query: [['file', 'vacation.jpg'], ['size', 'original']] as [string, string][], form: [], header };
  assert.equal(expectedSignature(signed, RFC.keys.consumerSecret, RFC.keys.tokenSecret), RFC.signature);
  assert.ok(signatureValid(signed, RFC.keys.consumerSecret, RFC.keys.tokenSecret));
  assert.ok(!signatureValid(signed, RFC.keys.consumerSecret, 'wrong'));
  assert.ok(!signatureValid({ ...signed, query: [['file', 'vacation.jpg'], ['size', 'small']] }, RFC.keys.consumerSecret, RFC.keys.tokenSecret));
});

it('percent-encoding follows RFC 3986 (both implementations agree, UTF-8 included), and Basic encodes each part', () => {
  for (const s of ['a b', "!*'()", '~-._', 'é/+=%', 'AAAA%2FAAA%3D']) assert.equal(percentEncode(s), rfc3986(s));
  assert.equal(percentEncode("!*'()"), '%21%2A%27%28%29');
  assert.equal(basicAuthorization('a:b', 'c d'), `Basic ${Buffer.from('a%3Ab:c%20d').toString('base64')}`);
});

it('the API base: https, or http only to loopback; anything else is refused', () => {
  assert.equal(apiBase({}), 'https://api.x.com');
  assert.equal(apiBase({ SCAN_TWITTER_SECRETS_API_BASE: 'https://gateway.example/x/' }), 'https://gateway.example/x');
  for (const ok of ['http://127.0.0.1:8080', 'http://127.9.9.9', 'http://localhost:1', 'http://[::1]:9']) assert.ok(apiBase({ SCAN_TWITTER_SECRETS_API_BASE: ok }).startsWith('http://'));
  for (const bad of ['http://example.com', 'http://10.0.0.1', 'http://127.0.0.1.nip.io', 'ftp://127.0.0.1', 'https://user:pw@host', 'not a url']) {
    assert.throws(() => apiBase({ SCAN_TWITTER_SECRETS_API_BASE: bad }), /SCAN_TWITTER_SECRETS_API_BASE must be/, bad);
  }
});

it('a bad API base, --ignore-dead without --verify, or a bad timeout is exit 2 before anything is sent', () => {
  const dir = scratch();
  write(dir, 'creds.py', appFile(appSet(1)));
  const bad = cli(['--verify'], dir, { SCAN_TWITTER_SECRETS_API_BASE: 'http://example.com' });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /^scan-twitter-secrets: SCAN_TWITTER_SECRETS_API_BASE must be an https:\/\/ URL/);
  assert.equal(bad.stdout, '');
  const noVerify = cli(['--ignore-dead'], dir);
  assert.equal(noVerify.status, 2);
  assert.match(noVerify.stderr, /--ignore-dead needs --verify/);
  const timeout = cli(['--verify'], dir, { SCAN_TWITTER_SECRETS_API_BASE: 'http://127.0.0.1:9', SCAN_TWITTER_SECRETS_VERIFY_TIMEOUT_MS: 'soon' });
  assert.equal(timeout.status, 2);
  assert.match(timeout.stderr, /SCAN_TWITTER_SECRETS_VERIFY_TIMEOUT_MS must be a whole number/);
  // A plain scan never reads the variable: the same bad value changes nothing.
  const plain = cli([], dir, { SCAN_TWITTER_SECRETS_API_BASE: 'http://example.com' });
  assert.equal(plain.status, 1);
});
