/**
 * Where the files that suppress findings (ignore file, config file, baseline) are read: the work
 * tree, or a commit. A CI range reads them from its base commit, so a change cannot silence its own
 * check; a bare repository reads them from HEAD.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { UsageError } from '../errors.js';

/** `absPath` relative to `dir` with forward slashes, or null when it is `dir` itself or outside it (`..x` is inside). */
export function pathInside(dir: string, absPath: string): string | null {
  const rel = relative(dir, absPath);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null;
  return rel.split(sep).join('/');
}

export interface FileSource {
  /** The file's text, or null when it does not exist there. */
  read(absPath: string): Promise<string | null>;
  /** How messages name the file. */
  name(absPath: string): string;
}

export const workTreeFiles: FileSource = {
  async read(absPath) {
    try {
      return readFileSync(absPath, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return null;
      throw new UsageError(`cannot read ${absPath}: ${code ?? (err as Error).message}`);
    }
  },
  name: (absPath) => absPath,
};
