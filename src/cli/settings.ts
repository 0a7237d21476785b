/** The ignore file, config file and path filter every scan mode applies, loaded from one base directory. */
import { join, resolve } from 'node:path';
import { CONFIG_FILE_NAME, readConfigFile } from '../config/config-file.js';
import { workTreeFiles, type FileSource } from '../config/file-source.js';
import { IGNORE_FILE_NAME, readIgnoreFile, type IgnoreFile } from '../config/ignore-file.js';
import { makePathFilter, type PathFilter } from '../config/path-filter.js';
import type { Options } from './args.js';

export interface ScanSettings {
  ignore: IgnoreFile | null;
  filter: PathFilter;
}

/** The files settings come from, as absolute paths (read from the work tree or from a commit). */
export function settingsFiles(base: string, opts: Options, cwd: string): { ignore: string; config: string; configRequired: boolean } {
  return { ignore: join(base, IGNORE_FILE_NAME), config: opts.config ? resolve(cwd, opts.config) : join(base, CONFIG_FILE_NAME), configRequired: opts.config !== undefined };
}

/**
 * `base` is the repository root (outside git: the scanned directory). `source` is where the files
 * are read: the work tree, or a commit (a bare repository's HEAD, a CI range's base, which may lack
 * a `-c` file the change adds: `configRequired` false).
 */
export async function loadSettings(base: string, opts: Options, cwd: string, source: FileSource = workTreeFiles, configRequired = true): Promise<ScanSettings> {
  const files = settingsFiles(base, opts, cwd);
  const ignore = await readIgnoreFile(files.ignore, source);
  const config = await readConfigFile(files.config, configRequired && files.configRequired, source);
  const filter = await makePathFilter([...opts.include, ...(config?.include ?? [])], [...opts.exclude, ...(config?.exclude ?? [])], ignore?.globs ?? []);
  return { ignore, filter };
}
