/**
 * Multiplies synthetic credentials by context (in the spirit of gitleaks' GenerateSampleSecrets):
 * realistic file templates, written the way people actually leak X (Twitter) credentials, with
 * `{{marker}}`s where a synthetic value goes. Every template is rendered with its own seeded
 * credentials and then multiplied by variants (as written, CRLF line endings, UTF-16LE with a BOM).
 *
 * Credential markers (each names the rule that must report it):
 *   {{ck}} consumer key · {{cs}} consumer secret · {{at}} access token · {{ats}} access token secret
 *   {{bearer}} bearer token (percent-encoded, as issued) · {{bearerDecoded}} the same, decoded (+ / =)
 *   {{cid}} OAuth 2.0 client id · {{csec}} OAuth 2.0 client secret
 *   {{oat}} OAuth 2.0 access token (fresh) · {{oatOld}} one issued days ago (expired: reported, not blocking)
 *   {{ort}} OAuth 2.0 refresh token · {{basic}} base64("<ck>:<cs>") as in `Authorization: Basic …`
 * Noise markers (never credentials): {{alnum:N}} {{upper:N}} {{hex:N}} {{b64:N}} {{urlsafe:N}}
 *   {{digits:N}} {{uuid}} {{tweetId}} {{acCode}} (an OAuth 2.0 authorization code: 30 s, not reported)
 *   {{icoB64}} (base64 of a 16×16 icon: long runs of A inside a blob) · {{raw:NAME}} a literal `{{NAME}}`
 *   (Postman/Mustache variables)
 *
 * Synthetic values only: everything comes from the seeded `Synth`, never from a real credential.
 */
import { Synth } from './synth.js';

export type Kind =
  | 'ck'
  | 'cs'
  | 'at'
  | 'ats'
  | 'bearer'
  | 'bearerDecoded'
  | 'cid'
  | 'csec'
  | 'oat'
  | 'oatOld'
  | 'ort'
  | 'basic';

export const RULE_OF: Record<Exclude<Kind, 'basic'>, string> = {
  ck: 'twitter-consumer-key',
  cs: 'twitter-consumer-secret',
  at: 'twitter-access-token',
  ats: 'twitter-access-token-secret',
  bearer: 'twitter-bearer-token',
  bearerDecoded: 'twitter-bearer-token',
  cid: 'twitter-oauth2-client-id',
  csec: 'twitter-oauth2-client-secret',
  oat: 'twitter-oauth2-access-token',
  oatOld: 'twitter-oauth2-access-token',
  ort: 'twitter-oauth2-refresh-token',
};

export interface Template {
  name: string;
  path: string;
  body: string;
  /** Negative template: must produce no blocking finding. */
  negative?: boolean;
  /** Use legacy (apps.twitter.com era) lengths for the random kinds and the access token. */
  legacy?: boolean;
  /** Also emit a UTF-16LE (with BOM) variant, as Windows tools save such files. */
  utf16?: boolean;
  /** Skip the CRLF variant (never needed so far; kept for templates whose format forbids CR). */
  noCrlf?: boolean;
}

export interface Expectation {
  /** Kind marker that produced it ("ck", "basic:cs", ...): part of the case name. */
  kind: string;
  ruleId: string;
  /** What the finding's `secret` must be. */
  secret: string;
  /** What `text.slice(start, end)` must be (the value itself; for Basic, the base64 blob). */
  slice: string;
  blocking: boolean;
}

export interface Sample {
  /** Template name plus variant, e.g. "python/tweepy-oauthhandler [crlf]". */
  name: string;
  template: string;
  variant: 'plain' | 'crlf' | 'utf16le';
  path: string;
  /** The text the detector must see (for UTF-16 samples: what `decode(bytes)` must return). */
  text: string;
  /** Raw file bytes, for the UTF-16 variant (decode them before detecting). */
  bytes?: Buffer;
  negative: boolean;
  expects: Expectation[];
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function rand(s: Synth, alphabet: string, n: number): string {
  let out = '';
  while (out.length < n) out += alphabet[Math.floor(s.next() * alphabet.length)];
  return out;
}

function intBetween(s: Synth, lo: number, hi: number): number {
  return lo + Math.floor(s.next() * (hi - lo + 1));
}

/** FNV-1a: a stable seed per sample name. */
function seedOf(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0 || 1;
}

export interface Creds {
  ck: string;
  cs: string;
  at: string;
  ats: string;
  bearer: string;
  bearerDecoded: string;
  cid: string;
  csec: string;
  oat: string;
  oatOld: string;
  ort: string;
  basic: string;
}

export function makeCreds(s: Synth, now: number, legacy = false): Creds {
  // User ids: snowflakes (19 digits) for accounts since ~2016, 6–10 digits for older ones.
  const userId = legacy ? String(intBetween(s, 1, 9)) + rand(s, '0123456789', intBetween(s, 5, 9)) : '1' + rand(s, '0123456789', 18);
  const ck = s.consumerKey(legacy ? intBetween(s, 18, 22) : 25);
  const cs = s.consumerSecret(legacy ? intBetween(s, 35, 44) : 50);
  const appId = BigInt(intBetween(s, 1_000_000, 33_000_000));
  // Keep the decoded bearer distinct from the encoded one (its own random digest).
  return {
    ck,
    cs,
    at: s.accessToken(userId, legacy ? intBetween(s, 48, 49) : 50),
    ats: s.accessTokenSecret(legacy ? intBetween(s, 40, 42) : 45),
    bearer: s.bearer(appId, true),
    bearerDecoded: s.bearer(appId, false),
    cid: s.clientId(),
    csec: s.clientSecret(),
    oat: s.oauth2Token('at', now - intBetween(s, 60_000, 90 * 60_000)),
    oatOld: s.oauth2Token('at', now - intBetween(s, 2, 40) * 86_400_000),
    ort: s.oauth2Token('rt', now - intBetween(s, 2, 40) * 86_400_000),
    basic: Buffer.from(`${ck}:${cs}`, 'latin1').toString('base64'),
  };
}

/** 16×16 32-bit ICO: header, BITMAPINFOHEADER, transparent (zero) pixels around a coloured glyph. */
function icoBase64(s: Synth): string {
  const head = Buffer.from('0000010001001010000001002000680400001600000028000000100000002000000001002000000000000004000000000000000000000000000000000000', 'hex');
  const pixels = Buffer.alloc(1024);
  for (let row = 4; row < 12; row++) for (let col = 4; col < 12; col++) {
    const p = (row * 16 + col) * 4;
    pixels[p] = intBetween(s, 0, 255);
    pixels[p + 1] = intBetween(s, 0, 255);
    pixels[p + 2] = intBetween(s, 0, 255);
    pixels[p + 3] = 255;
  }
  return Buffer.concat([head, pixels, Buffer.alloc(64)]).toString('base64');
}

function uuid(s: Synth): string {
  const h = rand(s, '0123456789abcdef', 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
}

const MARKER = /\{\{(\w+)(?::(\w+))?\}\}/g;

/** Renders one template; returns the text and the credentials it embeds (by kind). */
export function render(t: Template, s: Synth, now: number): { text: string; used: Map<Kind, string> } {
  const creds = makeCreds(s, now, t.legacy);
  const used = new Map<Kind, string>();
  const text = t.body.replace(MARKER, (_m, name: string, n?: string) => {
    const len = n ? Number(n) : 0;
    switch (name) {
      case 'raw':
        return `{{${n}}}`;
      case 'alnum':
        return rand(s, ALNUM, len);
      case 'upper':
        return rand(s, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', len);
      case 'hex':
        return rand(s, '0123456789abcdef', len);
      case 'b64':
        return rand(s, ALNUM + '+/', len);
      case 'urlsafe':
        return rand(s, ALNUM + '-_', len);
      case 'digits':
        return String(intBetween(s, 1, 9)) + rand(s, '0123456789', len - 1);
      case 'uuid':
        return uuid(s);
      case 'tweetId':
        return '17' + rand(s, '0123456789', 17);
      case 'acCode':
        return s.oauth2Token('ac', now - 5_000);
      case 'icoB64':
        return icoBase64(s);
    }
    if (!(name in creds)) throw new Error(`unknown marker {{${name}}} in ${t.name}`);
    const kind = name as Kind;
    used.set(kind, creds[kind]);
    return creds[kind];
  });
  return { text, used };
}

function expectationsFor(used: Map<Kind, string>): Expectation[] {
  const out: Expectation[] = [];
  const hasClientSecret = used.has('csec');
  for (const [kind, value] of used) {
    if (kind === 'basic') {
      const [ck, cs] = Buffer.from(value, 'base64').toString('latin1').split(':') as [string, string];
      out.push({ kind: 'basic:ck', ruleId: RULE_OF.ck, secret: ck, slice: value, blocking: true });
      out.push({ kind: 'basic:cs', ruleId: RULE_OF.cs, secret: cs, slice: value, blocking: true });
      continue;
    }
    const blocking = kind === 'oatOld' ? false : kind === 'cid' ? hasClientSecret : true;
    out.push({ kind, ruleId: RULE_OF[kind], secret: value, slice: value, blocking });
  }
  return out;
}

export function buildCorpus(now: number, templates: Template[] = TEMPLATES): Sample[] {
  const out: Sample[] = [];
  const names = new Set<string>();
  for (const t of templates) {
    if (names.has(t.name)) throw new Error(`duplicate template ${t.name}`);
    names.add(t.name);
    const variants: Sample['variant'][] = ['plain'];
    if (!t.noCrlf) variants.push('crlf');
    if (t.utf16) variants.push('utf16le');
    for (const variant of variants) {
      const name = variant === 'plain' ? t.name : `${t.name} [${variant}]`;
      const { text: lf, used } = render(t, new Synth(seedOf(name)), now);
      const text = variant === 'plain' ? lf : lf.replace(/\n/g, '\r\n');
      const sample: Sample = { name, template: t.name, variant, path: t.path, text, negative: !!t.negative, expects: t.negative ? [] : expectationsFor(used) };
      if (t.negative && used.size > 0) throw new Error(`negative template ${t.name} embeds X credentials`);
      if (variant === 'utf16le') sample.bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      out.push(sample);
    }
  }
  return out;
}

/** A Jupyter notebook as Jupyter writes it (nbformat 4, one-space indentation, one string per line). */
function notebook(cells: { source: string; outputs?: unknown[]; count?: number }[]): string {
  const lines = (src: string): string[] => src.split(/(?<=\n)/);
  const nb = {
    cells: cells.map((c, i) => ({
      cell_type: 'code',
      execution_count: c.count ?? i + 1,
      metadata: {},
      outputs: c.outputs ?? [],
      source: lines(c.source),
    })),
    metadata: {
      kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' },
      language_info: { name: 'python', version: '3.10.12' },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return JSON.stringify(nb, null, 1) + '\n';
}

const T = (name: string, path: string, body: string, extra: Partial<Template> = {}): Template => ({ name, path, body, ...extra });
const N = (name: string, path: string, body: string, extra: Partial<Template> = {}): Template => ({ name, path, body, negative: true, ...extra });

export const POSITIVE_TEMPLATES: Template[] = [
  // ---------------------------------------------------------------- Python
  T('python/tweepy-oauthhandler-positional', 'bot.py', `import tweepy

auth = tweepy.OAuthHandler("{{ck}}", "{{cs}}")
auth.set_access_token("{{at}}", "{{ats}}")

api = tweepy.API(auth, wait_on_rate_limit=True)

for status in tweepy.Cursor(api.user_timeline, screen_name="nasa").items(20):
    print(status.id, status.text)
`),
  T('python/tweepy-variables-then-oauthhandler', 'main.py', `import tweepy
import time

consumer_key = '{{ck}}'
consumer_secret = '{{cs}}'
access_token = '{{at}}'
access_token_secret = '{{ats}}'

auth = tweepy.OAuthHandler(consumer_key, consumer_secret)
auth.set_access_token(access_token, access_token_secret)
api = tweepy.API(auth)

while True:
    api.update_status("Still alive at " + time.ctime())
    time.sleep(3600)
`),
  T('python/tweepy-client-named', 'post_tweet.py', `import tweepy

client = tweepy.Client(
    bearer_token="{{bearer}}",
    consumer_key="{{ck}}",
    consumer_secret="{{cs}}",
    access_token="{{at}}",
    access_token_secret="{{ats}}",
)

response = client.create_tweet(text="Hello from my bot!")
print(f"https://twitter.com/user/status/{response.data['id']}")
`),
  T('python/tweepy-client-bearer-only', 'search.py', `import tweepy

BEARER_TOKEN = "{{bearer}}"

client = tweepy.Client(BEARER_TOKEN)
query = 'covid -is:retweet lang:en'
tweets = client.search_recent_tweets(query=query, tweet_fields=['created_at', 'lang'], max_results=100)
for tweet in tweets.data:
    print(tweet.created_at, tweet.text)
`),
  T('python/twitter_credentials.py-classic', 'twitter_credentials.py', `# Variables that contains the user credentials to access Twitter API
ACCESS_TOKEN = "{{at}}"
ACCESS_TOKEN_SECRET = "{{ats}}"
CONSUMER_KEY = "{{ck}}"
CONSUMER_SECRET = "{{cs}}"
`),
  T('python/credentials-without-twitter-word', 'keys.py', `ACCESS_TOKEN = "{{at}}"
ACCESS_TOKEN_SECRET = "{{ats}}"
CONSUMER_KEY = "{{ck}}"
CONSUMER_SECRET = "{{cs}}"
`),
  T('python/app-keys-only-config', 'config.py', `# API keys
API_KEY = "{{ck}}"
API_SECRET_KEY = "{{cs}}"

SEARCH_TERMS = ["#MachineLearning", "#DataScience"]
`),
  T('python/python-twitter-api', 'fetch_timeline.py', `import twitter

api = twitter.Api(consumer_key='{{ck}}',
                  consumer_secret='{{cs}}',
                  access_token_key='{{at}}',
                  access_token_secret='{{ats}}')

print(api.VerifyCredentials())
statuses = api.GetUserTimeline(screen_name='github')
print([s.text for s in statuses])
`),
  T('python/twython', 'tweet_photo.py', `from twython import Twython

APP_KEY = '{{ck}}'
APP_SECRET = '{{cs}}'
OAUTH_TOKEN = '{{at}}'
OAUTH_TOKEN_SECRET = '{{ats}}'

twitter = Twython(APP_KEY, APP_SECRET, OAUTH_TOKEN, OAUTH_TOKEN_SECRET)
photo = open('cat.jpg', 'rb')
response = twitter.upload_media(media=photo)
twitter.update_status(status='Meow', media_ids=[response['media_id']])
`),
  T('python/django-social-auth', 'mysite/settings.py', `import os

SECRET_KEY = 'django-insecure-{{urlsafe:50}}'
DEBUG = True

AUTHENTICATION_BACKENDS = (
    'social_core.backends.twitter.TwitterOAuth',
    'django.contrib.auth.backends.ModelBackend',
)

SOCIAL_AUTH_TWITTER_KEY = '{{ck}}'
SOCIAL_AUTH_TWITTER_SECRET = '{{cs}}'
SOCIAL_AUTH_GITHUB_KEY = '{{hex:20}}'
SOCIAL_AUTH_GITHUB_SECRET = '{{hex:40}}'
`),
  T('python/legacy-lengths-tweepy', 'stream.py', `from tweepy.streaming import StreamListener
from tweepy import OAuthHandler
from tweepy import Stream

access_token = "{{at}}"
access_token_secret = "{{ats}}"
consumer_key = "{{ck}}"
consumer_secret = "{{cs}}"

class StdOutListener(StreamListener):
    def on_data(self, data):
        print(data)
        return True

if __name__ == '__main__':
    l = StdOutListener()
    auth = OAuthHandler(consumer_key, consumer_secret)
    auth.set_access_token(access_token, access_token_secret)
    stream = Stream(auth, l)
    stream.filter(track=['python', 'javascript', 'ruby'])
`, { legacy: true }),
  T('python/legacy-lengths-positional', 'oauth_test.py', `import tweepy

auth = tweepy.OAuthHandler('{{ck}}', '{{cs}}')
auth.set_access_token('{{at}}', '{{ats}}')
api = tweepy.API(auth)
print(api.me().name)
`, { legacy: true }),
  T('python/value-on-next-line', 'settings.py', `TWITTER_CONSUMER_KEY = "{{ck}}"
TWITTER_CONSUMER_SECRET = (
    "{{cs}}"
)
TWITTER_ACCESS_TOKEN = (
    "{{at}}"
)
TWITTER_ACCESS_TOKEN_SECRET = (
    "{{ats}}"
)
`),
  T('python/oauth2-pkce-requests-oauthlib', 'oauth2_app.py', `import base64
import hashlib
import os
import re

from requests_oauthlib import OAuth2Session

client_id = "{{cid}}"
client_secret = "{{csec}}"
redirect_uri = "http://127.0.0.1:5000/oauth/callback"
auth_url = "https://twitter.com/i/oauth2/authorize"
token_url = "https://api.twitter.com/2/oauth2/token"
scopes = ["tweet.read", "users.read", "tweet.write", "offline.access"]

code_verifier = base64.urlsafe_b64encode(os.urandom(30)).decode("utf-8")
code_verifier = re.sub("[^a-zA-Z0-9]+", "", code_verifier)
code_challenge = hashlib.sha256(code_verifier.encode("utf-8")).digest()
code_challenge = base64.urlsafe_b64encode(code_challenge).decode("utf-8").replace("=", "")

oauth = OAuth2Session(client_id, redirect_uri=redirect_uri, scope=scopes)
`),
  T('python/tweepy-oauth2userhandler', 'login.py', `import tweepy

oauth2_user_handler = tweepy.OAuth2UserHandler(
    client_id="{{cid}}",
    redirect_uri="https://example.org/callback",
    scope=["tweet.read", "users.read", "offline.access"],
    client_secret="{{csec}}"
)
print(oauth2_user_handler.get_authorization_url())
`),

  T('python/tweepy-oauth2-user-token', 'me.py', `import tweepy

# user-context token from the PKCE flow (valid for 2 hours)
client = tweepy.Client("{{oat}}")
me = client.get_me(user_auth=False)
print(me.data.username)
`),

  T('python/tweepy-v4-positional', 'bot_v4.py', `import tweepy

auth = tweepy.OAuth1UserHandler(
    "{{ck}}", "{{cs}}",
    "{{at}}", "{{ats}}"
)
api = tweepy.API(auth)

client = tweepy.Client("{{bearer}}", "{{ck}}", "{{cs}}", "{{at}}", "{{ats}}")
`),
  T('python/requests-oauthlib-oauth1session', 'create_tweet.py', `from requests_oauthlib import OAuth1Session

payload = {"text": "Hello world!"}

oauth = OAuth1Session(
    "{{ck}}",
    client_secret="{{cs}}",
    resource_owner_key="{{at}}",
    resource_owner_secret="{{ats}}",
)

response = oauth.post("https://api.twitter.com/2/tweets", json=payload)
print(response.status_code)
`),
  T('python/getenv-default-fallback', 'bot/config.py', `import os

CONSUMER_KEY = os.getenv("TWITTER_CONSUMER_KEY", "{{ck}}")
CONSUMER_SECRET = os.environ.get("TWITTER_CONSUMER_SECRET", "{{cs}}")
ACCESS_TOKEN = os.environ.get("TWITTER_ACCESS_TOKEN", "{{at}}")
ACCESS_TOKEN_SECRET = os.getenv("TWITTER_ACCESS_TOKEN_SECRET", "{{ats}}")
`),
  T('python/dict-literal', 'settings_local.py', `TWITTER_AUTH = {
    'consumer_key': '{{ck}}',
    'consumer_secret': '{{cs}}',
    'access_token_key': '{{at}}',
    'access_token_secret': '{{ats}}',
}
`),

  T('python/tweepy-appauthhandler', 'search_archive.py', `import tweepy

auth = tweepy.AppAuthHandler('{{ck}}', '{{cs}}')
api = tweepy.API(auth, wait_on_rate_limit=True)

for tweet in tweepy.Cursor(api.search_tweets, q='#opendata', count=100).items(1000):
    print(tweet.id_str)
`),
  T('python/TwitterAPI-package', 'stream_filter.py', `from TwitterAPI import TwitterAPI

api = TwitterAPI('{{ck}}', '{{cs}}', '{{at}}', '{{ats}}')
app_api = TwitterAPI('{{ck}}', '{{cs}}', auth_type='oAuth2')

r = api.request('statuses/filter', {'track': 'pizza'})
for item in r:
    print(item['text'] if 'text' in item else item)
`),
  T('python/twarc-config', '.config/twarc/config', `[main]
bearer_token = {{bearer}}
consumer_key = {{ck}}
consumer_secret = {{cs}}
access_token = {{at}}
access_token_secret = {{ats}}
`),
  T('python/streamlit-secrets-toml', '.streamlit/secrets.toml', `[twitter]
bearer_token = "{{bearer}}"
api_key = "{{ck}}"
api_secret = "{{cs}}"

[postgres]
host = "localhost"
port = 5432
`),

  // ---------------------------------------------------------------- Jupyter
  T('jupyter/source-cell', 'notebooks/sentiment_analysis.ipynb', notebook([
    { source: 'import tweepy\nimport pandas as pd\nfrom textblob import TextBlob' },
    {
      source: `consumer_key = "{{ck}}"\nconsumer_secret = "{{cs}}"\naccess_token = "{{at}}"\naccess_token_secret = "{{ats}}"\n\nauth = tweepy.OAuthHandler(consumer_key, consumer_secret)\nauth.set_access_token(access_token, access_token_secret)\napi = tweepy.API(auth, wait_on_rate_limit=True)`,
    },
    { source: "tweets = api.search_tweets(q='climate', count=100)\ndf = pd.DataFrame([t.text for t in tweets], columns=['text'])\ndf.head()" },
  ])),
  T('jupyter/output-prints-config', 'analysis.ipynb', notebook([
    {
      source: "import json\n\nwith open('config.json') as f:\n    config = json.load(f)\nconfig",
      outputs: [
        {
          data: { 'text/plain': [`{'api_key': '{{ck}}',\n`, ` 'api_secret': '{{cs}}',\n`, ` 'bearer_token': '{{bearer}}'}`] },
          execution_count: 1,
          metadata: {},
          output_type: 'execute_result',
        },
      ],
    },
    { source: "import tweepy\nclient = tweepy.Client(bearer_token=config['bearer_token'])" },
  ])),
  T('jupyter/output-fetch-token', 'pkce_login.ipynb', notebook([
    {
      source: 'import tweepy\n\noauth2_user_handler = tweepy.OAuth2UserHandler(\n    client_id="{{cid}}",\n    redirect_uri="http://127.0.0.1:8080/callback",\n    scope=["tweet.read", "users.read", "offline.access"],\n)\nprint(oauth2_user_handler.get_authorization_url())',
      outputs: [{ name: 'stdout', output_type: 'stream', text: ['https://twitter.com/i/oauth2/authorize?response_type=code&client_id={{cid}}&redirect_uri=http%3A%2F%2F127.0.0.1%3A8080%2Fcallback&scope=tweet.read+users.read+offline.access&state={{urlsafe:30}}&code_challenge={{urlsafe:43}}&code_challenge_method=S256\n'] }],
    },
    {
      source: 'access_token = oauth2_user_handler.fetch_token(input("Paste the redirect URL: "))\naccess_token',
      outputs: [
        {
          data: { 'text/plain': ["{'token_type': 'bearer',\n", " 'expires_in': 7200,\n", " 'access_token': '{{oat}}',\n", " 'scope': ['tweet.read', 'users.read', 'offline.access'],\n", " 'refresh_token': '{{ort}}',\n", " 'expires_at': 1764247800.512}"] },
          execution_count: 2,
          metadata: {},
          output_type: 'execute_result',
        },
      ],
    },
  ])),
  T('jupyter/colab-env-magic', 'Twitter_scraper_colab.ipynb', notebook([
    { source: '!pip install tweepy' },
    { source: '%env TWITTER_API_KEY={{ck}}\n%env TWITTER_API_SECRET={{cs}}\n%env TWITTER_ACCESS_TOKEN={{at}}\n%env TWITTER_ACCESS_TOKEN_SECRET={{ats}}' },
  ])),
  T('jupyter/output-stream-print', 'Untitled.ipynb', notebook([
    {
      source: "import os\nfor k in ['TWITTER_API_KEY', 'TWITTER_API_SECRET']:\n    print(k, '=', os.environ[k])",
      outputs: [{ name: 'stdout', output_type: 'stream', text: ['TWITTER_API_KEY = {{ck}}\n', 'TWITTER_API_SECRET = {{cs}}\n'] }],
    },
  ])),

  // ---------------------------------------------------------------- dotenv / shell / containers / CI
  T('dotenv/x-names', '.env', `X_API_KEY={{ck}}
X_API_SECRET={{cs}}
X_BEARER_TOKEN={{bearer}}
X_ACCESS_TOKEN={{at}}
X_ACCESS_TOKEN_SECRET={{ats}}
`),
  T('dotenv/x-names-app-only', '.env', `PORT=3000
X_API_KEY={{ck}}
X_API_SECRET={{cs}}
`),
  T('dotenv/twitter-names-quoted', '.env', `DATABASE_URL=postgres://bot:bot@localhost:5432/bot
REDIS_URL=redis://localhost:6379

TWITTER_API_KEY="{{ck}}"
TWITTER_API_SECRET_KEY="{{cs}}"
TWITTER_ACCESS_TOKEN="{{at}}"
TWITTER_ACCESS_TOKEN_SECRET="{{ats}}"
TWITTER_BEARER_TOKEN="{{bearer}}"
`),
  T('dotenv/nextauth-oauth2-client', '.env.local', `NEXTAUTH_URL=http://localhost:3000
NEXTAUTH_SECRET={{b64:43}}=
TWITTER_CLIENT_ID={{cid}}
TWITTER_CLIENT_SECRET={{csec}}
`),
  T('dotenv/x-oauth2-client', '.env', `X_CLIENT_ID={{cid}}
X_CLIENT_SECRET={{csec}}
X_REDIRECT_URI=http://127.0.0.1:3000/callback
`),
  T('dotenv/bearer-decoded', '.env.production', `NODE_ENV=production
BEARER_TOKEN={{bearerDecoded}}
`),
  T('shell/export', 'set_env.sh', `#!/bin/bash
# source this before running the bot
export TWITTER_CONSUMER_KEY={{ck}}
export TWITTER_CONSUMER_SECRET={{cs}}
export TWITTER_ACCESS_TOKEN="{{at}}"
export TWITTER_ACCESS_TOKEN_SECRET="{{ats}}"
python3 bot.py
`),
  T('docker/dockerfile-env', 'Dockerfile', `FROM python:3.11-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV TWITTER_API_KEY={{ck}} \\
    TWITTER_API_SECRET={{cs}} \\
    TWITTER_BEARER_TOKEN={{bearer}}
ENV TWITTER_ACCESS_TOKEN {{at}}
ENV TWITTER_ACCESS_TOKEN_SECRET {{ats}}
CMD ["python", "bot.py"]
`),
  T('ci/github-actions-env', '.github/workflows/tweet.yml', `name: Daily tweet

on:
  schedule:
    - cron: '0 9 * * *'
  workflow_dispatch:

jobs:
  tweet:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: '3.11'
      - run: pip install tweepy
      - run: python post.py
        env:
          TWITTER_API_KEY: {{ck}}
          TWITTER_API_SECRET: {{cs}}
          TWITTER_ACCESS_TOKEN: {{at}}
          TWITTER_ACCESS_TOKEN_SECRET: {{ats}}
`),
  T('ci/github-actions-x-names', '.github/workflows/post.yml', `name: post
on: [push]
jobs:
  post:
    runs-on: ubuntu-latest
    env:
      X_API_KEY: "{{ck}}"
      X_API_SECRET: "{{cs}}"
      X_BEARER_TOKEN: "{{bearer}}"
    steps:
      - uses: actions/checkout@v4
      - run: node scripts/post.js
`),
  T('powershell/env-vars', 'scripts/set-env.ps1', `# Run once to store the bot's credentials for the current user
$env:TWITTER_CONSUMER_KEY = "{{ck}}"
$env:TWITTER_CONSUMER_SECRET = "{{cs}}"
[Environment]::SetEnvironmentVariable("TWITTER_ACCESS_TOKEN", "{{at}}", "User")
[Environment]::SetEnvironmentVariable("TWITTER_ACCESS_TOKEN_SECRET", "{{ats}}", "User")
`, { utf16: true }),

  // ---------------------------------------------------------------- structured config
  T('json/config-twitter-parent', 'config.json', `{
  "twitter": {
    "consumer_key": "{{ck}}",
    "consumer_secret": "{{cs}}",
    "access_token": "{{at}}",
    "access_token_secret": "{{ats}}"
  },
  "database": {
    "host": "localhost",
    "port": 27017
  }
}
`),
  T('json/flat-portal-names', 'secrets.json', `{
    "api_key": "{{ck}}",
    "api_key_secret": "{{cs}}",
    "bearer_token": "{{bearer}}",
    "access_token": "{{at}}",
    "access_token_secret": "{{ats}}"
}
`),
  T('json/postman-environment', 'Twitter API v2.postman_environment.json', `{
	"id": "{{uuid}}",
	"name": "Twitter API v2",
	"values": [
		{
			"key": "consumer_key",
			"value": "{{ck}}",
			"type": "default",
			"enabled": true
		},
		{
			"key": "consumer_secret",
			"value": "{{cs}}",
			"type": "secret",
			"enabled": true
		},
		{
			"key": "access_token",
			"value": "{{at}}",
			"type": "default",
			"enabled": true
		},
		{
			"key": "token_secret",
			"value": "{{ats}}",
			"type": "secret",
			"enabled": true
		},
		{
			"key": "bearer_token",
			"value": "{{bearer}}",
			"type": "secret",
			"enabled": true
		}
	],
	"_postman_variable_scope": "environment",
	"_postman_exported_at": "2024-05-02T10:11:12.345Z",
	"_postman_exported_using": "Postman/10.24.3"
}
`),
  T('json/oauth2-token-file', 'token.json', `{"token_type": "bearer", "expires_in": 7200, "access_token": "{{oat}}", "scope": ["tweet.read", "users.read", "tweet.write", "offline.access"], "refresh_token": "{{ort}}", "expires_at": 1764247800.512}
`),
  T('json/oauth2-token-file-expired', '.tokens/x_user.json', `{
  "token_type": "bearer",
  "expires_in": 7200,
  "access_token": "{{oatOld}}",
  "scope": "tweet.read users.read offline.access",
  "refresh_token": "{{ort}}"
}
`),
  T('yaml/twitter-parent', 'config.yml', `app:
  name: newsbot
  log_level: info

twitter:
  api_key: {{ck}}
  api_secret: {{cs}}
  access_token: {{at}}
  access_token_secret: {{ats}}
  bearer_token: {{bearer}}
`),
  T('yaml/deep-nesting-quoted', 'settings.yaml', `default:
  database:
    host: localhost
    port: 5432
  social:
    twitter:
      enabled: true
      credentials:
        consumer_key: "{{ck}}"
        consumer_secret: "{{cs}}"
        access_token: "{{at}}"
        access_token_secret: "{{ats}}"
`),
  T('yaml/twitter-parent-generic-names', 'config/settings.yml', `twitter:
  key: {{ck}}
  secret: {{cs}}
  token: {{at}}
  token_secret: {{ats}}
`),
  T('yaml/rails-secrets', 'config/secrets.yml', `development:
  secret_key_base: {{hex:128}}
  twitter_api_key: {{ck}}
  twitter_api_secret: {{cs}}

test:
  secret_key_base: {{hex:128}}
`),
  T('yaml/value-on-next-line', 'bot.yaml', `twitter:
  consumer_key:
    {{ck}}
  consumer_secret:
    {{cs}}
  access_token_secret: >-
    {{ats}}
`),
  T('ini/twitter-section', 'config.ini', `[general]
interval = 300
language = en

[twitter]
consumer_key = {{ck}}
consumer_secret = {{cs}}
access_token = {{at}}
access_token_secret = {{ats}}
`),

  // ---------------------------------------------------------------- Java / JVM
  T('java/twitter4j-properties', 'src/main/resources/twitter4j.properties', `debug=true
oauth.consumerKey={{ck}}
oauth.consumerSecret={{cs}}
oauth.accessToken={{at}}
oauth.accessTokenSecret={{ats}}
`),
  T('java/configurationbuilder', 'src/main/java/com/example/TweetStream.java', `package com.example;

import twitter4j.*;
import twitter4j.conf.ConfigurationBuilder;

public class TweetStream {
    public static void main(String[] args) throws TwitterException {
        ConfigurationBuilder cb = new ConfigurationBuilder();
        cb.setDebugEnabled(true)
          .setOAuthConsumerKey("{{ck}}")
          .setOAuthConsumerSecret("{{cs}}")
          .setOAuthAccessToken("{{at}}")
          .setOAuthAccessTokenSecret("{{ats}}");
        TwitterFactory tf = new TwitterFactory(cb.build());
        Twitter twitter = tf.getInstance();
        System.out.println(twitter.getScreenName());
    }
}
`),

  // ---------------------------------------------------------------- JavaScript / TypeScript
  T('js/twit', 'bot.js', `const Twit = require('twit');

const T = new Twit({
  consumer_key:         '{{ck}}',
  consumer_secret:      '{{cs}}',
  access_token:         '{{at}}',
  access_token_secret:  '{{ats}}',
  timeout_ms:           60*1000,
  strictSSL:            true,
});

T.post('statuses/update', { status: 'hello world!' }, function(err, data, response) {
  console.log(data)
});
`),
  T('js/twit-app-only', 'index.js', `var Twit = require('twit')

var T = new Twit({
  consumer_key: '{{ck}}',
  consumer_secret: '{{cs}}',
  app_only_auth: true
})

T.get('search/tweets', { q: 'banana since:2011-07-11', count: 100 }, function (err, data) {
  console.log(data)
})
`),
  T('js/prettier-next-line', 'src/config.js', `module.exports = {
  port: process.env.PORT || 8080,
  twitterConsumerKey: '{{ck}}',
  twitterConsumerSecret:
    '{{cs}}',
  twitterAccessTokenSecret:
    '{{ats}}',
};
`),
  T('js/process-env-fallback', 'config/twitter.js', `module.exports = {
  consumer_key: process.env.TWITTER_CONSUMER_KEY || '{{ck}}',
  consumer_secret: process.env.TWITTER_CONSUMER_SECRET || '{{cs}}',
  access_token: process.env.TWITTER_ACCESS_TOKEN || '{{at}}',
  access_token_secret: process.env.TWITTER_ACCESS_TOKEN_SECRET || '{{ats}}',
};
`),
  T('js/oauth-1.0a', 'create_tweet.js', `const crypto = require('crypto');
const OAuth = require('oauth-1.0a');
const got = require('got');

const oauth = OAuth({
  consumer: {
    key: '{{ck}}',
    secret: '{{cs}}'
  },
  signature_method: 'HMAC-SHA1',
  hash_function: (baseString, key) => crypto.createHmac('sha1', key).update(baseString).digest('base64')
});

const token = {
  key: '{{at}}',
  secret: '{{ats}}'
};

const endpointURL = 'https://api.twitter.com/2/tweets';
`),
  T('js/passport-twitter', 'auth.js', `const passport = require('passport');
const TwitterStrategy = require('passport-twitter').Strategy;

passport.use(new TwitterStrategy({
    consumerKey: '{{ck}}',
    consumerSecret: '{{cs}}',
    callbackURL: "http://127.0.0.1:3000/auth/twitter/callback"
  },
  function(token, tokenSecret, profile, cb) {
    User.findOrCreate({ twitterId: profile.id }, function (err, user) {
      return cb(err, user);
    });
  }
));
`),
  T('ts/twitter-api-v2-user', 'src/client.ts', `import { TwitterApi } from 'twitter-api-v2';

const client = new TwitterApi({
  appKey: '{{ck}}',
  appSecret: '{{cs}}',
  accessToken: '{{at}}',
  accessSecret: '{{ats}}',
});

export const rwClient = client.readWrite;
`),
  T('ts/twitter-api-v2-bearer', 'src/search.ts', `import { TwitterApi } from 'twitter-api-v2';

const appOnlyClient = new TwitterApi('{{bearer}}');

export async function search(q: string) {
  return appOnlyClient.v2.search(q, { 'tweet.fields': ['created_at'] });
}
`),
  T('ts/twitter-api-v2-oauth2', 'src/auth.ts', `import { TwitterApi } from 'twitter-api-v2';

const client = new TwitterApi({ clientId: '{{cid}}', clientSecret: '{{csec}}' });

const { url, codeVerifier, state } = client.generateOAuth2AuthLink('http://localhost:3000/callback', {
  scope: ['tweet.read', 'users.read', 'offline.access'],
});
`),
  T('ts/twitter-api-v2-user-tokens', 'src/session.ts', `import { TwitterApi } from 'twitter-api-v2';

// TODO: load from the session store
const accessToken = '{{oat}}';
const refreshToken = '{{ort}}';

export const userClient = new TwitterApi(accessToken);
`),

  // ---------------------------------------------------------------- Ruby / PHP / Go / R / C#
  T('ruby/twitter-gem', 'bot.rb', `require 'twitter'

client = Twitter::REST::Client.new do |config|
  config.consumer_key        = "{{ck}}"
  config.consumer_secret     = "{{cs}}"
  config.access_token        = "{{at}}"
  config.access_token_secret = "{{ats}}"
end

client.update("I'm tweeting with @gem!")
`),
  T('ruby/omniauth-provider', 'config/initializers/omniauth.rb', `Rails.application.config.middleware.use OmniAuth::Builder do
  provider :twitter, "{{ck}}", "{{cs}}"
end
`),
  T('php/laravel-socialite-services', 'config/services.php', `<?php

return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
    ],

    'twitter' => [
        'client_id' => '{{ck}}',
        'client_secret' => '{{cs}}',
        'redirect' => 'http://localhost:8000/auth/twitter/callback',
    ],
];
`),
  T('php/twitteroauth-positional', 'index.php', `<?php
require "vendor/autoload.php";

use Abraham\\TwitterOAuth\\TwitterOAuth;

$connection = new TwitterOAuth('{{ck}}', '{{cs}}', '{{at}}', '{{ats}}');
$content = $connection->get("account/verify_credentials");
var_dump($content);
`),
  T('php/define', 'config.php', `<?php
define('CONSUMER_KEY', '{{ck}}');
define('CONSUMER_SECRET', '{{cs}}');
define('OAUTH_CALLBACK', 'http://localhost/callback.php');
`),
  T('go/anaconda', 'main.go', `package main

import (
	"fmt"

	"github.com/ChimeraCoder/anaconda"
)

func main() {
	anaconda.SetConsumerKey("{{ck}}")
	anaconda.SetConsumerSecret("{{cs}}")
	api := anaconda.NewTwitterApi("{{at}}", "{{ats}}")

	searchResult, _ := api.GetSearch("golang", nil)
	for _, tweet := range searchResult.Statuses {
		fmt.Println(tweet.Text)
	}
}
`),
  T('go/dghubble-oauth1', 'cmd/bot/main.go', `package main

import (
	"github.com/dghubble/go-twitter/twitter"
	"github.com/dghubble/oauth1"
)

func main() {
	config := oauth1.NewConfig("{{ck}}", "{{cs}}")
	token := oauth1.NewToken("{{at}}", "{{ats}}")
	httpClient := config.Client(oauth1.NoContext, token)

	client := twitter.NewClient(httpClient)
	client.Statuses.Update("just setting up my twttr", nil)
}
`),
  T('r/rtweet-create-token', 'collect.R', `library(rtweet)

token <- create_token(
  app = "my_research_app",
  consumer_key = "{{ck}}",
  consumer_secret = "{{cs}}",
  access_token = "{{at}}",
  access_secret = "{{ats}}")

rt <- search_tweets("#rstats", n = 18000, include_rts = FALSE)
`),
  T('r/twitteR-setup-positional', 'twitter_analysis.R', `library(twitteR)
library(ROAuth)

setup_twitter_oauth("{{ck}}", "{{cs}}", "{{at}}", "{{ats}}")

tweets <- searchTwitter("#rstats", n = 500)
df <- twListToDF(tweets)
`),
  T('r/twitteR-assignments', 'analysis.R', `library(twitteR)

consumer_key <- "{{ck}}"
consumer_secret <- "{{cs}}"
access_token <- "{{at}}"
access_secret <- "{{ats}}"

setup_twitter_oauth(consumer_key, consumer_secret, access_token, access_secret)
`),
  T('csharp/tweetinvi', 'Program.cs', `using System;
using Tweetinvi;

var userClient = new TwitterClient("{{ck}}", "{{cs}}", "{{at}}", "{{ats}}");
var user = await userClient.Users.GetAuthenticatedUserAsync();
Console.WriteLine(user);
`),
  T('csharp/app-config', 'App.config', `<?xml version="1.0" encoding="utf-8" ?>
<configuration>
  <appSettings>
    <add key="TwitterConsumerKey" value="{{ck}}" />
    <add key="TwitterConsumerSecret" value="{{cs}}" />
    <add key="TwitterAccessToken" value="{{at}}" />
    <add key="TwitterAccessTokenSecret" value="{{ats}}" />
  </appSettings>
</configuration>
`, { utf16: true }),

  T('perl/net-twitter', 'bot.pl', `use strict;
use warnings;
use Net::Twitter;

my $nt = Net::Twitter->new(
    traits              => [qw/API::RESTv1_1/],
    consumer_key        => '{{ck}}',
    consumer_secret     => '{{cs}}',
    access_token        => '{{at}}',
    access_token_secret => '{{ats}}',
    ssl                 => 1,
);

$nt->update('Hello, world!');
`),
  T('rust/egg-mode', 'src/main.rs', `use egg_mode;

#[tokio::main]
async fn main() {
    let con_token = egg_mode::KeyPair::new("{{ck}}", "{{cs}}");
    let access_token = egg_mode::KeyPair::new("{{at}}", "{{ats}}");
    let token = egg_mode::Token::Access { consumer: con_token, access: access_token };
    let user = egg_mode::auth::verify_tokens(&token).await.unwrap();
    println!("Logged in as @{}", user.screen_name);
}
`),
  T('elixir/extwitter-config', 'config/config.exs', `import Config

config :extwitter, :oauth, [
  consumer_key: "{{ck}}",
  consumer_secret: "{{cs}}",
  access_token: "{{at}}",
  access_token_secret: "{{ats}}"
]
`),
  T('terraform/tfvars', 'terraform.tfvars', `region = "us-east-1"

twitter_consumer_key        = "{{ck}}"
twitter_consumer_secret     = "{{cs}}"
twitter_access_token        = "{{at}}"
twitter_access_token_secret = "{{ats}}"
`),
  T('ios/swifter', 'Sources/TwitterService.swift', `import Swifter

final class TwitterService {
    let swifter = Swifter(
        consumerKey: "{{ck}}",
        consumerSecret: "{{cs}}",
        oauthToken: "{{at}}",
        oauthTokenSecret: "{{ats}}"
    )
}
`),
  // ---------------------------------------------------------------- mobile
  T('android/strings-xml', 'app/src/main/res/values/strings.xml', `<resources>
    <string name="app_name">TweetReader</string>
    <string name="twitter_consumer_key">{{ck}}</string>
    <string name="twitter_consumer_secret">{{cs}}</string>
</resources>
`),
  T('android/build-gradle-buildconfig', 'app/build.gradle', `android {
    compileSdkVersion 28
    defaultConfig {
        applicationId "com.example.tweets"
        minSdkVersion 21
        buildConfigField "String", "TWITTER_KEY", "\\"{{ck}}\\""
        buildConfigField "String", "TWITTER_SECRET", "\\"{{cs}}\\""
    }
}
`),
  T('android/twitterkit-authconfig', 'app/src/main/java/com/example/tweets/App.java', `package com.example.tweets;

import com.twitter.sdk.android.core.Twitter;
import com.twitter.sdk.android.core.TwitterAuthConfig;
import com.twitter.sdk.android.core.TwitterConfig;

public class App extends android.app.Application {
    @Override
    public void onCreate() {
        super.onCreate();
        TwitterConfig config = new TwitterConfig.Builder(this)
            .twitterAuthConfig(new TwitterAuthConfig("{{ck}}", "{{cs}}"))
            .debug(true)
            .build();
        Twitter.initialize(config);
    }
}
`),
  T('ios/twitterkit-swift', 'Sources/AppDelegate.swift', `import UIKit
import TwitterKit

@UIApplicationMain
class AppDelegate: UIResponder, UIApplicationDelegate {
    func application(_ application: UIApplication, didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        TWTRTwitter.sharedInstance().start(withConsumerKey: "{{ck}}", consumerSecret: "{{cs}}")
        return true
    }
}
`),
  T('ios/info-plist', 'Info.plist', `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleName</key>
	<string>TweetReader</string>
	<key>TwitterConsumerKey</key>
	<string>{{ck}}</string>
	<key>TwitterConsumerSecret</key>
	<string>{{cs}}</string>
</dict>
</plist>
`),
  T('k8s/secret-stringdata', 'deploy/secret.yaml', `apiVersion: v1
kind: Secret
metadata:
  name: tweetbot-secrets
type: Opaque
stringData:
  TWITTER_CONSUMER_KEY: "{{ck}}"
  TWITTER_CONSUMER_SECRET: "{{cs}}"
  TWITTER_ACCESS_TOKEN: "{{at}}"
  TWITTER_ACCESS_TOKEN_SECRET: "{{ats}}"
`),
  T('shell/twurl-and-heroku', 'docs/deploy.md', `# Deploy

    twurl authorize --consumer-key {{ck}} --consumer-secret {{cs}}
    heroku config:set TWITTER_CONSUMER_KEY={{ck}} TWITTER_CONSUMER_SECRET={{cs}} -a my-tweet-bot
`),

  // ---------------------------------------------------------------- logs, curl, notes
  T('log/http-client-debug', 'logs/bot.log', `2024-03-11 09:15:02,114 INFO Starting search job
send: b'GET /2/tweets/search/recent?query=python HTTP/1.1\\r\\nHost: api.twitter.com\\r\\nUser-Agent: python-requests/2.31.0\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nAuthorization: Bearer {{bearer}}\\r\\n\\r\\n'
reply: 'HTTP/1.1 200 OK\\r\\n'
2024-03-11 09:15:02,520 INFO Got 10 tweets
`),
  T('log/oauth1-header-debug', 'debug.log', `DEBUG:requests_oauthlib.oauth1_auth:Signing request <PreparedRequest [POST]> using client <Client client_key={{ck}}, client_secret=****, resource_owner_key={{at}}, resource_owner_secret=****, signature_method=HMAC-SHA1, signature_type=AUTH_HEADER, callback_uri=None, rsa_key=None, verifier=None, realm=None, encoding=utf-8, decoding=None, nonce=None, timestamp=None>
DEBUG:requests_oauthlib.oauth1_auth:Updated headers: {'User-Agent': 'python-requests/2.31.0', 'Authorization': 'OAuth oauth_nonce="{{digits:40}}", oauth_timestamp="1710148502", oauth_version="1.0", oauth_signature_method="HMAC-SHA1", oauth_consumer_key="{{ck}}", oauth_token="{{at}}", oauth_signature="{{alnum:27}}%3D"'}
DEBUG:urllib3.connectionpool:https://api.twitter.com:443 "POST /2/tweets HTTP/1.1" 201 None
`),
  T('log/twitter4j-signature-base-string', 'logs/twitter4j.log', `[Mon Mar 11 09:15:02 UTC 2024]OAuth base string: POST&https%3A%2F%2Fapi.twitter.com%2F1.1%2Fstatuses%2Fupdate.json&oauth_consumer_key%3D{{ck}}%26oauth_nonce%3D{{digits:10}}%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1710148502%26oauth_token%3D{{at}}%26oauth_version%3D1.0%26status%3Dhello
[Mon Mar 11 09:15:02 UTC 2024]OAuth signature: {{alnum:27}}=
`),
  T('log/app-log-keys', 'app.log', `[2024-06-01T08:00:01Z] INFO  twitter client initialised consumer_key={{ck}} consumer_secret={{cs}}
[2024-06-01T08:00:02Z] ERROR twitter request failed: 401 Unauthorized
`),
  T('curl/bearer-from-key-secret', 'get_token.sh', `#!/bin/sh
curl -u "{{ck}}:{{cs}}" \\
  --data 'grant_type=client_credentials' \\
  'https://api.twitter.com/oauth2/token'
`),
  T('curl/basic-header', 'README.md', `## Getting an app-only token

\`\`\`
curl -X POST 'https://api.x.com/oauth2/token' \\
  -H 'Authorization: Basic {{basic}}' \\
  -H 'Content-Type: application/x-www-form-urlencoded;charset=UTF-8' \\
  -d 'grant_type=client_credentials'
\`\`\`
`),
  T('curl/bearer-request', 'scripts/recent.sh', `curl --request GET 'https://api.twitter.com/2/tweets/search/recent?query=from:TwitterDev' \\
  --header 'Authorization: Bearer {{bearer}}'
`),
  T('curl/oauth2-user-token', 'notes/curl.txt', `curl -X POST https://api.x.com/2/tweets -H "Authorization: Bearer {{oat}}" -H "Content-type: application/json" -d '{"text": "Hello World!"}'

curl --location --request POST 'https://api.x.com/2/oauth2/token' \\
--header 'Content-Type: application/x-www-form-urlencoded' \\
--data-urlencode 'refresh_token={{ort}}' \\
--data-urlencode 'grant_type=refresh_token' \\
--data-urlencode 'client_id={{cid}}'
`),
  T('markdown/console-lines', 'NOTES.md', `## Twitter app keys (from developer portal)

API Key: {{ck}}
API Key Secret: {{cs}}
Bearer Token: {{bearer}}

Access Token: {{at}}
Access Token Secret: {{ats}}
`),
  // Pasted from a document: typographic quotes, a dash and an apostrophe outside ASCII.
  T('text/typographic-quotes', 'notes/twitter keys.txt', `Twitter bot — don’t share these!
consumer_key = “{{ck}}”
consumer_secret = ”{{cs}}”
`),
  T('text/typographic-quotes-token', 'notes/x token.txt', `X access token — don’t share:
access_token_secret = ‘{{ats}}’
`),
  T('text/guillemets', 'notes/clés.txt', `Clés de l’API X :
consumer_key = «{{ck}}»
consumer_secret = «{{cs}}»
`),
  T('markdown/table', 'SETUP.md', `# Setup

| Credential | Value |
|---|---|
| API Key | {{ck}} |
| API Secret Key | {{cs}} |
| Access Token | {{at}} |
| Access Token Secret | {{ats}} |
`),
  T('text/console-copy-next-line', 'keys.txt', `API Key
{{ck}}

API Key Secret
{{cs}}

Bearer Token
{{bearer}}
`),
  T('text/oauth2-console-copy', 'x-oauth2.txt', `Client ID
{{cid}}

Client Secret
{{csec}}
`),
  T('url/pkce-authorize-url', 'docs/login.md', `Open this URL to log in:

https://twitter.com/i/oauth2/authorize?response_type=code&client_id={{cid}}&redirect_uri=https%3A%2F%2Fwww.example.com&scope=tweet.read%20users.read&state=state&code_challenge=challenge&code_challenge_method=plain
`),
];

export const NEGATIVE_TEMPLATES: Template[] = [
  // ---------------------------------------------------------------- placeholders
  N('placeholders/twitter_credentials.py', 'twitter_credentials.py', `# Fill in your own keys from https://developer.twitter.com
ACCESS_TOKEN = "YOUR_ACCESS_TOKEN"
ACCESS_TOKEN_SECRET = "YOUR_ACCESS_TOKEN_SECRET"
CONSUMER_KEY = "YOUR_CONSUMER_KEY"
CONSUMER_SECRET = "YOUR_CONSUMER_SECRET"
`),
  N('placeholders/env-example', '.env.example', `X_API_KEY=
X_API_SECRET=<api_secret>
X_BEARER_TOKEN=***
X_ACCESS_TOKEN=changeme
X_ACCESS_TOKEN_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWITTER_CLIENT_SECRET=<client_secret>
`),
  N('placeholders/readme-snippets', 'README.md', `## Usage

\`\`\`python
auth = tweepy.OAuthHandler("CONSUMER_KEY", "CONSUMER_SECRET")
auth.set_access_token("ACCESS_TOKEN", "ACCESS_TOKEN_SECRET")
\`\`\`

\`\`\`js
const client = new TwitterApi({
  appKey: '<api_key>',
  appSecret: '<api_secret>',
  accessToken: '<access_token>',
  accessSecret: '<access_secret>',
});
\`\`\`
`),
  N('placeholders/one-character', 'config.sample.yml', `twitter:
  consumer_key: AAAAAAAAAAAAAAAAAAAAAAAAA
  consumer_secret: AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
  access_token: 0000000000-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
  access_token_secret: *********************************************
  bearer_token: AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
`),

  // ---------------------------------------------------------------- indirection
  N('indirection/python-os-environ', 'bot.py', `import os
import tweepy

auth = tweepy.OAuthHandler(os.environ["TWITTER_CONSUMER_KEY"], os.environ["TWITTER_CONSUMER_SECRET"])
auth.set_access_token(os.getenv("TWITTER_ACCESS_TOKEN"), os.getenv("TWITTER_ACCESS_TOKEN_SECRET"))
client = tweepy.Client(bearer_token=os.environ.get("X_BEARER_TOKEN"))
CONSUMER_KEY = os.environ['CONSUMER_KEY']
`),
  N('indirection/node-process-env', 'src/twitter.js', `const { TwitterApi } = require('twitter-api-v2');

const client = new TwitterApi({
  appKey: process.env.TWITTER_API_KEY,
  appSecret: process.env.TWITTER_API_SECRET,
  accessToken: process.env.TWITTER_ACCESS_TOKEN,
  accessSecret: process.env.TWITTER_ACCESS_SECRET,
});
const bearer = new TwitterApi(process.env.X_BEARER_TOKEN);
`),
  N('indirection/docker-compose', 'docker-compose.yml', `services:
  bot:
    build: .
    environment:
      - TWITTER_API_KEY=\${TWITTER_API_KEY}
      - TWITTER_API_SECRET=\${TWITTER_API_SECRET}
      - TWITTER_ACCESS_TOKEN=\${TWITTER_ACCESS_TOKEN}
      - TWITTER_ACCESS_TOKEN_SECRET=\${TWITTER_ACCESS_TOKEN_SECRET}
      - X_BEARER_TOKEN=\${X_BEARER_TOKEN:-}
`),
  N('indirection/github-actions-secrets', '.github/workflows/bot.yml', `name: bot
on: [workflow_dispatch]
jobs:
  run:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python bot.py
        env:
          X_API_KEY: \${{ secrets.X_API_KEY }}
          X_API_SECRET: \${{ secrets.X_API_SECRET }}
          X_ACCESS_TOKEN: \${{ secrets.X_ACCESS_TOKEN }}
          X_ACCESS_TOKEN_SECRET: \${{ secrets.X_ACCESS_TOKEN_SECRET }}
`),
  N('indirection/go-php-getenv', 'main.go', `package main

import (
	"os"

	"github.com/dghubble/go-twitter/twitter"
	"github.com/dghubble/oauth1"
)

func main() {
	config := oauth1.NewConfig(os.Getenv("TWITTER_CONSUMER_KEY"), os.Getenv("TWITTER_CONSUMER_SECRET"))
	token := oauth1.NewToken(os.Getenv("TWITTER_ACCESS_TOKEN"), os.Getenv("TWITTER_ACCESS_SECRET"))
	client := twitter.NewClient(config.Client(oauth1.NoContext, token))
	_ = client
}
`),
  N('indirection/ruby-env', 'bot.rb', `require 'twitter'

client = Twitter::REST::Client.new do |config|
  config.consumer_key        = ENV['TWITTER_CONSUMER_KEY']
  config.consumer_secret     = ENV.fetch('TWITTER_CONSUMER_SECRET')
  config.access_token        = ENV['TWITTER_ACCESS_TOKEN']
  config.access_token_secret = ENV['TWITTER_ACCESS_TOKEN_SECRET']
end
`),

  // ---------------------------------------------------------------- other services
  N('other-services/env-mixed', '.env', `TWITTER_HANDLE=@mybrand
STRIPE_SECRET_KEY=sk_live_{{alnum:24}}
STRIPE_PUBLISHABLE_KEY=pk_live_{{alnum:24}}
AWS_ACCESS_KEY_ID=AKIA{{upper:16}}
AWS_SECRET_ACCESS_KEY={{alnum:40}}
GITHUB_TOKEN=ghp_{{alnum:36}}
SENDGRID_API_KEY=SG.{{urlsafe:22}}.{{urlsafe:43}}
OPENAI_API_KEY=sk-{{alnum:48}}
`),
  N('other-services/google-client-secret', 'client_secret.json', `{"installed":{"client_id":"{{digits:12}}-{{hex:32}}.apps.googleusercontent.com","project_id":"tweet-archiver-{{digits:6}}","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","auth_provider_x509_cert_url":"https://www.googleapis.com/oauth2/v1/certs","client_secret":"GOCSPX-{{urlsafe:28}}","redirect_uris":["http://localhost"]}}
`),
  N('other-services/django-social-other-providers', 'settings.py', `SOCIAL_AUTH_TWITTER_KEY = os.environ.get('SOCIAL_AUTH_TWITTER_KEY')
SOCIAL_AUTH_TWITTER_SECRET = os.environ.get('SOCIAL_AUTH_TWITTER_SECRET')
SOCIAL_AUTH_FACEBOOK_KEY = '{{digits:15}}'
SOCIAL_AUTH_FACEBOOK_SECRET = '{{hex:32}}'
SOCIAL_AUTH_LINKEDIN_OAUTH2_KEY = '{{alnum:14}}'
SOCIAL_AUTH_LINKEDIN_OAUTH2_SECRET = '{{alnum:16}}'
SOCIAL_AUTH_GOOGLE_OAUTH2_KEY = '{{digits:12}}-{{hex:32}}.apps.googleusercontent.com'
SOCIAL_AUTH_GOOGLE_OAUTH2_SECRET = 'GOCSPX-{{urlsafe:28}}'
`),
  N('other-services/tumblr-positional', 'tumblr_bot.py', `import pytumblr

client = pytumblr.TumblrRestClient(
    '{{alnum:50}}',
    '{{alnum:50}}',
    '{{alnum:50}}',
    '{{alnum:50}}'
)
client.create_text('myblog', state='published', title='Hello', body='World')
`),
  N('other-services/tumblr-named', 'tumblr_credentials.py', `consumer_key = '{{alnum:50}}'
consumer_secret = '{{alnum:50}}'
oauth_token = '{{alnum:50}}'
oauth_secret = '{{alnum:50}}'
`),
  N('other-services/crosspost-tumblr-under-parent', 'crosspost.yml', `twitter:
  api_key: \${TWITTER_API_KEY}
  api_secret: \${TWITTER_API_SECRET}
tumblr:
  consumer_key: {{alnum:50}}
  consumer_secret: {{alnum:50}}
  oauth_token: {{alnum:50}}
  oauth_secret: {{alnum:50}}
`),

  N('generic/lone-api-key-without-x', 'geocode.py', `import requests

API_KEY = "{{alnum:25}}"

def geocode(address):
    r = requests.get("https://maps.example-geo.io/v1/geocode", params={"q": address, "key": API_KEY})
    return r.json()["results"][0]
`),

  N('placeholders/x-postman-collection-variables', 'Twitter API v2.postman_collection.json', `{
	"info": {
		"name": "Twitter API v2",
		"schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
	},
	"auth": {
		"type": "oauth1",
		"oauth1": [
			{ "key": "tokenSecret", "value": "{{raw:token_secret}}", "type": "string" },
			{ "key": "token", "value": "{{raw:access_token}}", "type": "string" },
			{ "key": "consumerSecret", "value": "{{raw:consumer_secret}}", "type": "string" },
			{ "key": "consumerKey", "value": "{{raw:consumer_key}}", "type": "string" },
			{ "key": "signatureMethod", "value": "HMAC-SHA1", "type": "string" }
		]
	},
	"variable": [
		{ "key": "bearer_token", "value": "" },
		{ "key": "consumer_key", "value": "" }
	]
}
`),
  N('indirection/terraform-ssm', 'main.tf', `variable "twitter_consumer_key" {
  type      = string
  sensitive = true
}

resource "aws_lambda_function" "tweeter" {
  function_name = "tweeter"
  environment {
    variables = {
      TWITTER_CONSUMER_KEY    = var.twitter_consumer_key
      TWITTER_CONSUMER_SECRET = data.aws_ssm_parameter.twitter_consumer_secret.value
      X_BEARER_TOKEN          = "\${var.x_bearer_token}"
    }
  }
}
`),
  N('oauth/request-token-response', 'tests/cassettes/request_token.yaml', `interactions:
- request:
    body: null
    headers:
      Authorization: ['OAuth oauth_nonce="{{digits:21}}", oauth_timestamp="1710148502", oauth_version="1.0", oauth_signature_method="HMAC-SHA1", oauth_consumer_key="", oauth_callback="oob", oauth_signature="{{alnum:27}}%3D"']
    method: POST
    uri: https://api.twitter.com/oauth/request_token
  response:
    body: {string: oauth_token={{alnum:27}}&oauth_token_secret={{alnum:32}}&oauth_callback_confirmed=true}
    status: {code: 200, message: OK}
`),
  N('html/twitter-embed-page', 'public/index.html', `<!doctype html>
<html>
<head>
  <meta name="csrf-token" content="{{b64:86}}==">
  <link rel="stylesheet" href="https://cdn.example.net/css/site.min.css" integrity="sha384-{{b64:64}}" crossorigin="anonymous">
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-{{upper:10}}"></script>
</head>
<body>
  <blockquote class="twitter-tweet"><p lang="en" dir="ltr">Shipping today! <a href="https://t.co/{{alnum:10}}">pic.twitter.com/{{alnum:10}}</a></p>&mdash; Example (@example) <a href="https://twitter.com/example/status/{{tweetId}}?ref_src=twsrc%5Etfw">March 11, 2024</a></blockquote>
  <script async src="https://platform.twitter.com/widgets.js" charset="utf-8" nonce="{{alnum:22}}"></script>
</body>
</html>
`),
  N('other-services/mastodon-crosspost', 'crosspost.py', `import os
from mastodon import Mastodon
import tweepy

mastodon = Mastodon(
    client_id='{{urlsafe:43}}',
    client_secret='{{urlsafe:43}}',
    access_token='{{urlsafe:43}}',
    api_base_url='https://mastodon.social'
)
client = tweepy.Client(bearer_token=os.environ["X_BEARER_TOKEN"])
DISCORD_WEBHOOK = "https://discord.com/api/webhooks/{{digits:18}}/{{urlsafe:68}}"
`),

  N('other-services/alpaca-trading-bot-generic-names', 'trade_and_tweet.py', `import os
import alpaca_trade_api as tradeapi
import tweepy

# Alpaca paper trading keys
API_KEY = "PK{{upper:18}}"
SECRET_KEY = "{{alnum:40}}"
BASE_URL = "https://paper-api.alpaca.markets"

alpaca = tradeapi.REST(API_KEY, SECRET_KEY, BASE_URL, api_version="v2")
client = tweepy.Client(bearer_token=os.environ["X_BEARER_TOKEN"])
`),

  // ---------------------------------------------------------------- hashes, ids, blobs
  N('hashes/requirements-hashes', 'requirements.txt', `tweepy==4.14.0 \\
    --hash=sha256:{{hex:64}} \\
    --hash=sha256:{{hex:64}}
requests-oauthlib==1.3.1 \\
    --hash=sha256:{{hex:64}}
`),
  N('hashes/git-log', 'CHANGELOG.md', `# Changelog

## 2.1.0
- Rotate twitter consumer key after leak ({{hex:40}})
- Move X API secret to env vars ({{hex:7}})
- Merge commit '{{hex:40}}' into main

commit {{hex:40}}
Author: Dev <dev@example.com>
`),
  N('hashes/sha1-sha256-named', 'twitter_media.py', `import hashlib

# checksums of the bundled images tweeted by the bot
KNOWN_IMAGE_SHA1 = "{{hex:40}}"
KNOWN_IMAGE_SHA256 = "{{hex:64}}"
api_secret_sha256 = "{{hex:64}}"
`),
  N('ids/uuids', 'scheduled_tweets.json', `[
  {"id": "{{uuid}}", "account": "twitter", "client_id": "{{uuid}}", "request_id": "{{uuid}}", "tweet_id": "{{tweetId}}"},
  {"id": "{{uuid}}", "account": "twitter", "client_id": "{{uuid}}", "request_id": "{{uuid}}", "tweet_id": "{{tweetId}}"}
]
`),
  N('lockfile/npm-integrity', 'package-lock.json', `{
  "name": "tweet-bot",
  "version": "1.0.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/twit": {
      "version": "2.2.11",
      "resolved": "https://registry.npmjs.org/twit/-/twit-2.2.11.tgz",
      "integrity": "sha512-{{b64:86}}=="
    },
    "node_modules/twitter-api-v2": {
      "version": "1.15.0",
      "resolved": "https://registry.npmjs.org/twitter-api-v2/-/twitter-api-v2-1.15.0.tgz",
      "integrity": "sha512-{{b64:86}}=="
    },
    "node_modules/oauth-1.0a": {
      "version": "2.2.6",
      "resolved": "https://registry.npmjs.org/oauth-1.0a/-/oauth-1.0a-2.2.6.tgz",
      "integrity": "sha1-{{b64:27}}="
    }
  }
}
`),
  N('ids/tweet-json-and-urls', 'data/tweets.json', `{"data":[{"id":"{{tweetId}}","author_id":"{{digits:19}}","conversation_id":"{{tweetId}}","text":"New release is out! https://t.co/{{alnum:10}}","edit_history_tweet_ids":["{{tweetId}}"]},{"id":"{{tweetId}}","author_id":"{{digits:9}}","text":"RT @XDevelopers: https://x.com/XDevelopers/status/{{tweetId}}"}],"meta":{"newest_id":"{{tweetId}}","oldest_id":"{{tweetId}}","result_count":2,"next_token":"{{alnum:20}}"}}
`),
  N('ids/status-url-list', 'links.txt', `https://twitter.com/jack/status/20
https://x.com/XDevelopers/status/{{tweetId}}
https://twitter.com/i/web/status/{{tweetId}}
https://mobile.twitter.com/{{alnum:12}}/status/{{tweetId}}?s=20&t={{urlsafe:22}}
user_id={{digits:19}}&screen_name=someone
`),
  N('blobs/css-data-uri-ico', 'static/site.css', `.share-twitter{background:url(data:image/x-icon;base64,{{icoB64}}) no-repeat}
`),
  N('blobs/notebook-png-output', 'tweet_stats.ipynb', notebook([
    {
      source: "import matplotlib.pyplot as plt\ndf['tweets'].plot()",
      outputs: [
        {
          data: { 'image/png': '{{icoB64}}\n', 'text/plain': ['<Figure size 640x480 with 1 Axes>'] },
          metadata: {},
          output_type: 'display_data',
        },
      ],
    },
  ])),
  N('minified/vendor-bundle', 'dist/vendor.min.js', `!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.m=e,n(n.s=0)}([function(e,t,n){"use strict";var r="{{alnum:25}}",o="{{alnum:50}}",i="{{alnum:45}}";e.exports={shareUrl:"https://twitter.com/intent/tweet?text=",h:r,k:o,s:i,n:"{{urlsafe:50}}"}}]);
//# sourceMappingURL=vendor.min.js.map
`),
  N('oauth/callback-urls', 'access.log', `127.0.0.1 - - [11/Mar/2024:09:15:02 +0000] "GET /callback?oauth_token={{alnum:27}}&oauth_verifier={{alnum:32}} HTTP/1.1" 302 0
127.0.0.1 - - [11/Mar/2024:09:16:40 +0000] "GET /oauth/callback?state={{urlsafe:30}}&code={{acCode}} HTTP/1.1" 200 512
`),
];

export const TEMPLATES: Template[] = [...POSITIVE_TEMPLATES, ...NEGATIVE_TEMPLATES];
