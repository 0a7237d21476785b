/**
 * History findings are decided per sighting: one path a blob holding the secret was committed under.
 * Markers, ignore-file globs and exclusions apply to each sighting on its own, so a copy marked
 * `twitter-secrets:allow` in docs/ or an identical blob under an ignored path does not hide the same
 * value in src/; a secret is ignored only where every sighting is. In a CI range the suppressions
 * come from the range's base, and what the change alone would suppress is named, not obeyed.
 */
import { IGNORE_FILE_NAME } from '../config/ignore-file.js';
import type { ScanSettings } from '../cli/settings.js';
import type { CommitInfo } from '../git/history.js';
import type { Finding } from './finding.js';
import { byFingerprint, byPath, type Suppression } from './suppression.js';

export interface Sighting {
  /** The blob-level finding (its position in that blob, an inline marker's verdict). */
  finding: Finding;
  blob: string;
  path: string;
  /** The commit that set `path` to the blob (null when git log did not meet it). */
  commit: CommitInfo | null;
  /** Position in git log's output (newest first): orders commits made in the same second. */
  order: number;
}

export interface SightingRules {
  settings: ScanSettings;
  /** A CI range: the head's settings, the config file's name, and the values the base marks per path. */
  range?: { head: ScanSettings; configName: string; baseMarked: (path: string) => Set<string> | undefined };
}

type Verdict = Suppression | 'excluded' | null;

export const isMarker = (f: Finding): boolean => f.ignored?.kind === 'inline-marker';

/** Why this sighting is suppressed under `settings` (null: it is not). */
function verdict(s: Sighting, settings: ScanSettings, markerHonoured: boolean): Verdict {
  if (isMarker(s.finding) && markerHonoured) return s.finding.ignored!;
  const fp = settings.ignore?.fingerprints.get(s.finding.fingerprint);
  if (fp) return byFingerprint(fp);
  if (!settings.filter.selected(s.path)) return 'excluded';
  const glob = settings.filter.ignoredBy(s.path);
  if (glob) return byPath(glob);
  return null;
}

/** What would suppress the sighting if the change's own files counted (a CI range only). */
function changeOnly(s: Sighting, rules: Required<SightingRules>['range']): string | null {
  if (isMarker(s.finding)) return s.finding.ignored!.by;
  const v = verdict(s, rules.head, false);
  if (v === null) return null;
  return v === 'excluded' ? rules.configName : IGNORE_FILE_NAME;
}

/**
 * One finding for the secret (all its sightings, oldest first) and the sighting it is shown at: the
 * oldest that nothing suppresses, or the oldest suppressed one when each is; null when every sighting
 * is excluded.
 */
export function decideSecret(sightings: Sighting[], rules: SightingRules): { finding: Finding; shown: Sighting } | null {
  const judged = sightings.map((s) => {
    const honoured = !rules.range || rules.range.baseMarked(s.path)?.has(s.finding.fingerprint) === true;
    return { s, v: verdict(s, rules.settings, honoured) };
  });
  const open = judged.filter((j) => j.v === null).map((j) => j.s);
  if (open.length === 0) {
    const first = judged.find((j) => j.v !== 'excluded');
    if (!first) return null;
    return { finding: { ...first.s.finding, file: first.s.path, ignored: first.v as Suppression }, shown: first.s };
  }
  const shown = open[0]!;
  const { ignored: _marker, ...finding } = shown.finding;
  const result: Finding = { ...finding, file: shown.path };
  const range = rules.range;
  if (range) {
    const reasons = open.map((s) => changeOnly(s, range));
    if (reasons.every((r) => r !== null)) result.suppressedOnlyByRange = { by: reasons[0]! };
  }
  return { finding: result, shown };
}
