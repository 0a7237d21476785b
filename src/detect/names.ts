/**
 * Key names → words → the credential role they name. `TWITTER_CONSUMER_KEY`, `consumerKey`,
 * `setOAuthConsumerKey`, `"API Key"` and `--consumer-key` all become [..., consumer, key].
 */

/** Splits an identifier into lower-case words at `_ - . space $ @` and at camelCase boundaries. */
export function splitWords(name: string): string[] {
  const words: string[] = [];
  for (const part of name.replace(/OAuth/g, 'Oauth').split(/[^A-Za-z0-9]+/)) {
    if (!part) continue;
    for (const w of part.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g) ?? []) words.push(w.toLowerCase());
  }
  return words;
}

export interface NamedRole {
  ruleId: string;
  words: string[];
  strength: 'specific' | 'generic';
}

export interface RoleMatch {
  role: NamedRole;
  /** The name is only a value label ("value", "default"): its meaning comes from the key that owns it. */
  label?: boolean;
  /** Words before the role phrase: "twitter", "x", "social auth", ... */
  prefix: string[];
}

/** Words that may trail a role name without changing it: `CONSUMER_KEY_1`, `api_key_value`. */
const TRAILING_NOISE = new Set(['value', 'val', 'str', 'string', 'env', 'var', 'prod', 'dev', 'live']);

/** What a bare value label ("value", "default") matches: the name it belongs to decides. */
const LABEL_ROLE: NamedRole = { ruleId: '', words: [], strength: 'generic' };

/**
 * The longest role phrase that ends the word list wins, so `api_key_secret` is a secret, not a key.
 * `roles` must be sorted longest phrase first.
 */
export function matchRole(words: string[], roles: NamedRole[]): RoleMatch | null {
  if (words.length === 1 && (words[0] === 'value' || words[0] === 'default')) return { role: LABEL_ROLE, prefix: [], label: true };
  let end = words.length;
  while (end > 0 && (TRAILING_NOISE.has(words[end - 1]!) || /^[0-9]+$/.test(words[end - 1]!))) end--;
  for (const role of roles) {
    const n = role.words.length;
    if (n > end) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = words[end - n + k] === role.words[k];
    if (ok) return { role, prefix: words.slice(0, end - n) };
  }
  return null;
}
