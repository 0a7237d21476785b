/** The optional config file (`.twitter-secrets.json`): include/exclude globs for every run. */
import { UsageError } from '../errors.js';
import type { FileSource } from './file-source.js';
import { parseJsonFile } from './json.js';

export const CONFIG_FILE_NAME = '.twitter-secrets.json';

export interface ConfigFile {
  include: string[];
  exclude: string[];
}

export async function readConfigFile(path: string, required: boolean, source: FileSource): Promise<ConfigFile | null> {
  const raw = await source.read(path);
  const file = source.name(path);
  if (raw === null) {
    if (!required) return null;
    throw new UsageError(`cannot read config file ${file}: ENOENT`);
  }
  const data = await parseJsonFile(raw, `config file ${file}`);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new UsageError(`config file ${file} must hold a JSON object ({ "include": [...], "exclude": [...] })`);
  const obj = data as Record<string, unknown>;
  const list = (key: string): string[] => {
    const v = obj[key] ?? [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new UsageError(`config file ${file}: "${key}" must be a list of glob strings`);
    return v as string[];
  };
  for (const key of Object.keys(obj)) {
    // The key is not quoted back: it is the file's text, and could be a value pasted into the wrong place.
    if (key !== 'include' && key !== 'exclude' && key !== '$schema') throw new UsageError(`config file ${file}: unknown key (only "include", "exclude" and "$schema" are allowed)`);
  }
  return { include: list('include'), exclude: list('exclude') };
}
