/**
 * Names as people type them (issue 12): run together (`CONSUMERKEY`, `ACCESSTOKENSECRET`), one letter
 * off (`COMSUMER_SECRET`, `ACCESTOKENSECRET`, `consumerSecert`, `consumer_kay`, `accesss_token`), and
 * names that end in another role's word (`COMSUMER_SECRET_API_KEY` holding a 50-character secret).
 * A reader takes all of them for the role they mean; so does the detector, but only as a phrase of two
 * or more role words (a lone `secrets` or `tokn` says too little), and a name read this way still
 * needs the value's length and X evidence in the file (a candidate `asTyped`, see detect.ts acceptContext).
 *
 * What "one letter off" means, deliberately: Damerau distance 1 (one letter added, dropped, changed,
 * or two neighbours swapped) on the long role words only (consumer, access, token, secret: 5+
 * letters). Their distance-1 neighbours in real code are typos or plurals, except a few English words
 * kept out below ("taken", "woken", "consumed", "consumes"). Not neighbours, so never read as a role:
 * customer (distance 3 from consumer), costumer (2), accept/accent/excess (2), secretary (3),
 * select/secure (2+), and `consumer_group`, `access_code`, `token_type` keep words that name no role.
 * "key" is too short for distance 1 (hey, ken, keg, kev are words): only the typos listed are read.
 */
import type { NamedRole, RoleMatch } from './names.js';
import { matchRole } from './names.js';

/** Role words read with one letter off. */
const FUZZY_WORDS = ['consumer', 'access', 'token', 'secret'];
/** English words one letter from a role word, which are not typos of it. */
const NOT_TYPOS = new Set(['taken', 'woken', 'consumed', 'consumes', 'accesses']);
/** The typos of "key" people leave in names. */
const KEY_TYPOS = new Set(['kay', 'kye', 'kei', 'ky', 'kee']);
/** Words a run-together name may be made of besides the role words of the rules. */
const EXTRA_WORDS = ['twitter'];
/** Names longer than this are not split (identifiers of generated code). */
const MAX_WORD = 40;

/**
 * Where a role name with a typo can be found in text that the keyword scan (context.ts KEYWORD) would
 * otherwise pass by: the misspelt word is the last one (`consumerSecert`, `consumer_kay`), so the
 * first word must find it. `consu`, `cosu`, `comsu`, `conus` start consumer and its typos; the rest are
 * typos of "secret" as the last word (`API_SECERT`).
 */
export const TYPO_ANCHORS = 'con?su|comsu|conus|sec(?:ert|rt|et|rte)|sercet|scret';

/** Damerau-Levenshtein distance of a and b, up to 2 (2 means "2 or more"). */
export function typoDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > 1) return 2;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const ra = a.slice(i + 1);
  const rb = b.slice(i + 1);
  // One change at i: substitution, insertion, deletion, or a swap of i and i+1.
  if (ra === rb) return 1;
  if (a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i)) return 1;
  if (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) return 1;
  return 2;
}

interface Split {
  words: string[];
  edits: number;
}

/**
 * Splits one lower-case word into role words, run together and with at most one typo in all:
 * `accestokensecret` → access token secret (1 edit). Null when it is not made of role words.
 */
function splitWord(word: string, vocabulary: RoleVocabulary): Split | null {
  if (word.length > MAX_WORD || NOT_TYPOS.has(word)) return null;
  const best: (Split | null)[] = [{ words: [], edits: 0 }];
  for (let i = 1; i <= word.length; i++) best.push(null);
  for (let i = 0; i < word.length; i++) {
    const here = best[i];
    if (!here) continue;
    const offer = (end: number, piece: string, edits: number): void => {
      const total = here.edits + edits;
      if (total > 1) return;
      const cur = best[end];
      if (!cur || total < cur.edits || (total === cur.edits && here.words.length + 1 < cur.words.length)) best[end] = { words: [...here.words, piece], edits: total };
    };
    for (const v of vocabulary.words) if (word.startsWith(v, i)) offer(i + v.length, v, 0);
    for (const v of FUZZY_WORDS) {
      for (let len = v.length - 1; len <= v.length + 1; len++) {
        if (i + len > word.length) continue;
        const piece = word.slice(i, i + len);
        if (piece !== v && !NOT_TYPOS.has(piece) && typoDistance(piece, v) === 1) offer(i + len, v, 1);
      }
    }
    for (const t of KEY_TYPOS) if (word.startsWith(t, i)) offer(i + t.length, 'key', 1);
  }
  return best[word.length] ?? null;
}

/** The role words of the rules: what a run-together name may be split into. */
export interface RoleVocabulary {
  /** Longest first. */
  words: string[];
  known: Set<string>;
}

/** Built once with the compiled rules (compile.ts). */
export function roleVocabulary(names: NamedRole[]): RoleVocabulary {
  const known = new Set<string>(EXTRA_WORDS);
  for (const n of names) for (const w of n.words) if (/^[a-z]{2,}$/.test(w)) known.add(w);
  return { words: [...known].sort((a, b) => b.length - a.length), known };
}

/**
 * The words of a name as a reader takes them: each word that is not itself a role word is split into
 * role words and its typo mended (`COMSUMERKEY` → consumer key). Null when nothing changed.
 */
export function readAsTyped(words: string[], vocabulary: RoleVocabulary): string[] | null {
  let changed = false;
  const out: string[] = [];
  for (const w of words) {
    if (vocabulary.known.has(w) || /^[0-9]+$/.test(w)) {
      out.push(w);
      continue;
    }
    const split = splitWord(w, vocabulary);
    if (split && (split.edits > 0 || split.words.length > 1)) {
      out.push(...split.words);
      changed = true;
    } else out.push(w);
  }
  return changed ? out : null;
}

/**
 * The role a name means, read as typed: taken over the name as written only when it is a longer phrase
 * of two or more words (`COMSUMER_KEY`: "consumer key", not the bare "key").
 */
export function matchAsTyped(words: string[], exact: RoleMatch | null, roles: NamedRole[], vocabulary: RoleVocabulary): { words: string[]; match: RoleMatch } | null {
  const typed = readAsTyped(words, vocabulary);
  if (!typed) return null;
  const match = matchRole(typed, roles);
  if (!match || match.label || match.role.words.length < 2) return null;
  if (exact && exact.role.words.length >= match.role.words.length) return null;
  return { words: typed, match };
}

/**
 * A name that ends in another role's word (`CONSUMER_SECRET_API_KEY`) when the value does not fit the
 * role its ending names but fits a specific role phrase inside it. `fits(phrase)`: the value fits the
 * rules of that phrase.
 */
export function innerRole(words: string[], roles: NamedRole[], fits: (phrase: string) => boolean): RoleMatch | null {
  for (const role of roles) {
    const n = role.words.length;
    if (n < 2 || role.strength !== 'specific') continue;
    // Anywhere but at the end (the end was matched already).
    for (let k = 0; k + n < words.length; k++) {
      let ok = true;
      for (let j = 0; j < n && ok; j++) ok = words[k + j] === role.words[j];
      if (ok && fits(role.words.join(' '))) return { role, prefix: words.slice(0, k) };
    }
  }
  return null;
}
