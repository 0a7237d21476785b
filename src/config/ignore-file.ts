/**
 * The ignore file (`.twitter-secrets-ignore`) at the repository root: path globs and finding
 * fingerprints, one per line, each with a reason after `#`. It never holds a secret.
 *
 *   test/fixtures/**              # synthetic credentials for tests
 *   fingerprint:3f9a0c6d21e4b7a8  # X's example key in our docs
 */
import { UsageError } from '../errors.js';
import type { FileSource } from './file-source.js';

export const IGNORE_FILE_NAME = '.twitter-secrets-ignore';

export interface IgnoreEntry {
  pattern: string;
  reason?: string;
  line: number;
}

export interface IgnoreFile {
  file: string;
  globs: IgnoreEntry[];
  fingerprints: Map<string, IgnoreEntry>;
}

export function parseIgnoreFile(file: string, content: string): IgnoreFile {
  const globs: IgnoreEntry[] = [];
  const fingerprints = new Map<string, IgnoreEntry>();
  content.split(/\r?\n/).forEach((raw, i) => {
    const hash = raw.search(/(^|\s)#/);
    const body = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    const reason = hash >= 0 ? raw.slice(hash).replace(/^\s*#\s*/, '').trim() || undefined : undefined;
    if (!body) return;
    const entry: IgnoreEntry = { pattern: body, line: i + 1, ...(reason ? { reason } : {}) };
    const fp = /^fingerprint:([0-9a-f]{16})$/.exec(body);
    if (fp) fingerprints.set(fp[1]!, entry);
    else if (body.startsWith('fingerprint:')) throw new UsageError(`${file}:${i + 1}: a fingerprint is 16 lower-case hex digits`);
    else globs.push(entry);
  });
  return { file, globs, fingerprints };
}

export async function readIgnoreFile(file: string, source: FileSource): Promise<IgnoreFile | null> {
  const content = await source.read(file);
  return content === null ? null : parseIgnoreFile(source.name(file), content);
}
