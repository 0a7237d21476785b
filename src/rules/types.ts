/** Shapes of the data files in `rules/`. The loader validates every field before use. */

/** How a rule finds its value: by decoding the token, or from the code around a random value. */
export type DetectorKind =
  | 'bearer'
  | 'oauth1-access-token'
  | 'oauth2-token'
  | 'oauth2-client-id'
  | 'context';

/** Which credential set a kind belongs to, so findings can be grouped as users think of them (src/scan/group.ts). */
export type CredentialSet = 'oauth1' | 'oauth2';

export type Severity = 'high' | 'medium' | 'low' | 'info';

export interface RuleExample {
  /** File name the example text is scanned as (the path is itself context). */
  file: string;
  text: string;
  /** The exact value the detector must report (positive examples only). */
  secret?: string;
  /** Expected blocking flag (positive examples only; default true). */
  blocking?: boolean;
  /** Why the example exists; shown when it fails. */
  note?: string;
}

/** A name (as words) that marks a value as this rule's kind, e.g. "consumer key" or "api key". */
export interface RoleName {
  words: string;
  /** Specific names are OAuth 1.0a / X vocabulary; generic names (api key, secret) need evidence of X. */
  strength: 'specific' | 'generic';
}

export interface ContextSpec {
  /** Characters the value is made of; `user-id`: `<user id>-<random alnum>` (an OAuth 1.0a access token). */
  charset: 'alnum' | 'base64url' | 'user-id';
  /** Lengths X issues today. */
  modernLengths: number[];
  /** Older lengths, accepted only with clear context: [min, max] inclusive. */
  legacyRange?: [number, number];
  names: RoleName[];
}

export interface Rule {
  id: string;
  title: string;
  description: string;
  detector: DetectorKind;
  set: CredentialSet;
  /** Role of the value inside its set, e.g. "consumer-key". */
  role: string;
  severity: Severity;
  remediation: string;
  /** The value's shape as a regular expression (documentation and sanity checks of examples). */
  pattern: string;
  context?: ContextSpec;
  examples: { positive: RuleExample[]; negative: RuleExample[] };
}

/** Remediation text for one credential family (data beside the rules, never in formatter code). */
export interface Remediation {
  key: string;
  title: string;
  /** Where in X's console the credential is regenerated. */
  regenerate: string[];
  /** API call that revokes the credential, when X offers one. */
  revoke?: string;
  /** Extra steps when the value already reached git history. */
  history?: string[];
}

/** Shared vocabulary of the context detector: SDK calls, words that show X, placeholders. */
export interface ContextVocabulary {
  /** Words (lower case) whose presence in a file or its path shows it talks to X. */
  evidence: string[];
  /** Names of other services: a key named after one of them is not an X key. */
  otherServices: string[];
  /**
   * Words that mark a key as not X's only when they are part of its name: service names that are also
   * ordinary words ("square", "threads") and app-internal secrets ("csrf", "session", "jwt"), which
   * nearby prose or code mentions for unrelated reasons.
   */
  nameOnlyWords: string[];
  /** Values containing one of these (case-insensitive) are placeholders. */
  placeholders: string[];
  /** SDK calls whose positional string arguments are credentials, in order (rule roles, "" to skip). */
  sdkCalls: { call: string; roles: string[]; rolesWhenUrlFirst?: string[]; generic?: boolean; note?: string }[];
  /** Inline markers that allow a finding on their line. */
  allowMarkers: string[];
  /** SHA-256 of X's documentation example values: format-correct, decommissioned, never reported. */
  documentationExamples: { sha256: string; what: string }[];
  /** SHA-256 (percent-encoded form) of X's public web-client bearer token: a warning, not a leak. */
  publicBearerTokens: { sha256: string; what: string }[];
}

export interface RuleSet {
  rules: Rule[];
  byId: Map<string, Rule>;
  remediations: Map<string, Remediation>;
  vocabulary: ContextVocabulary;
}
