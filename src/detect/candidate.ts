/** A value the detector believes is a credential, before evidence rules and flags are applied. */
export interface Candidate {
  ruleId: string;
  start: number;
  end: number;
  /** The credential value (for a Basic header, the decoded key or secret). */
  secret: string;
  /** How it was found; the first kinds outrank the later ones when two claim the same span. */
  via: 'structure' | 'sdk' | 'name' | 'pair' | 'near';
  /** Named by an X-specific name (consumer key, token secret), not a generic one (api key, secret). */
  specific: boolean;
  /** Named by one bare generic word ("key", "secret"): only evidence right around it counts. */
  bareWord?: boolean;
  /** Named as people type names (run together, a typo, another role's word at the end): needs X evidence in the file. */
  asTyped?: boolean;
  /** The code right around it shows X (a twitter/X_ name, a twitter: parent, an X SDK call). */
  localEvidence: boolean;
  /** Length X issues today (not a legacy length). */
  modern: boolean;
  details: Record<string, string>;
}

export const VIA_RANK: Record<Candidate['via'], number> = { structure: 0, sdk: 1, name: 2, pair: 3, near: 4 };
