/** The ignore file, config file and path filter every scan mode applies, loaded from one base directory. */
import { join, resolve } from 'node:path';
import { CONFIG_FILE_NAME, readConfigFile } from '../config/config-file.js';
import { IGNORE_FILE_NAME, parseIgnoreFile, readIgnoreFile, type IgnoreFile } from '../config/ignore-file.js';
import { makePathFilter, type PathFilter } from '../config/path-filter.js';
import type { Options } from './args.js';

export interface ScanSettings {
  ignore: IgnoreFile | null;
  filter: PathFilter;
}

/**
 * `base` is the repository root (outside git: the scanned directory). `ignoreText` lets a bare
 * repository supply the ignore file from HEAD instead of a work tree.
 */
export async function loadSettings(base: string, opts: Options, cwd: string, ignoreText?: string | null): Promise<ScanSettings> {
  const ignoreFile = join(base, IGNORE_FILE_NAME);
  const ignore = ignoreText != null ? parseIgnoreFile(ignoreFile, ignoreText) : readIgnoreFile(ignoreFile);
  const config = await (opts.config ? readConfigFile(resolve(cwd, opts.config), true) : readConfigFile(join(base, CONFIG_FILE_NAME), false));
  const filter = await makePathFilter([...opts.include, ...(config?.include ?? [])], [...opts.exclude, ...(config?.exclude ?? [])], ignore?.globs ?? []);
  return { ignore, filter };
}
