/**
 * Glob matching (micromatch) for include/exclude and the ignore file. The module is imported only when
 * some glob is configured, so a plain run does not pay for loading it.
 */
import type { IgnoreEntry } from './ignore-file.js';

export interface PathFilter {
  /** False when include/exclude globs rule the path out (matched against the display path). */
  selected(path: string): boolean;
  /** The ignore-file entry whose glob matches the path (relative to the ignore file's directory). */
  ignoredBy(path: string): IgnoreEntry | undefined;
}

/** A glob without a slash matches the base name anywhere (like .gitignore); with one, the whole path. */
const optionsFor = (glob: string) => ({ dot: true, basename: !glob.includes('/') });

/** Selects every path and ignores none. */
export const NO_PATH_RULES: PathFilter = { selected: () => true, ignoredBy: () => undefined };

export async function makePathFilter(include: string[], exclude: string[], ignoreGlobs: IgnoreEntry[]): Promise<PathFilter> {
  if (include.length === 0 && exclude.length === 0 && ignoreGlobs.length === 0) return NO_PATH_RULES;
  const { default: micromatch } = await import('micromatch');
  const matchers = (globs: string[]): ((p: string) => boolean)[] => globs.map((g) => {
    const glob = g.replace(/\/$/, '/**');
    return micromatch.matcher(glob, optionsFor(glob));
  });
  const inc = matchers(include);
  const exc = matchers(exclude);
  const ign = ignoreGlobs.map((e) => ({ e, m: matchers([e.pattern])[0]! }));
  return {
    selected: (p) => (inc.length === 0 || inc.some((m) => m(p))) && !exc.some((m) => m(p)),
    ignoredBy: (p) => ign.find(({ m }) => m(p))?.e,
  };
}
