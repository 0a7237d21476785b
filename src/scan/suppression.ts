/**
 * What suppresses a finding, as data: its kind decides behaviour (SARIF's inSource vs external, a
 * baseline rewritten without its own entries, per-sighting markers in history); `by` is for people.
 */
import { IGNORE_FILE_NAME, type IgnoreEntry } from '../config/ignore-file.js';

export type SuppressionKind = 'inline-marker' | 'fingerprint' | 'path' | 'baseline';

export interface Suppression {
  kind: SuppressionKind;
  by: string;
  reason?: string;
}

export const byMarker = (marker: string): Suppression => ({ kind: 'inline-marker', by: `inline marker "${marker}"` });

export const byFingerprint = (e: IgnoreEntry): Suppression => ({ kind: 'fingerprint', by: `fingerprint (${IGNORE_FILE_NAME}:${e.line})`, ...(e.reason ? { reason: e.reason } : {}) });

export const byPath = (e: IgnoreEntry): Suppression => ({ kind: 'path', by: `path "${e.pattern}"`, ...(e.reason ? { reason: e.reason } : {}) });

export const byBaseline = (file: string): Suppression => ({ kind: 'baseline', by: `baseline ${file}`, reason: 'known when the baseline was written' });
