/**
 * Which suppressions a history scan applies. Normally the repository's own (the work tree's files; a
 * bare repository's HEAD). In a CI range (--github-event) they come from the range's base commit, so
 * a change cannot open the gate it is checked by: its own ignore entries, config exclusions and
 * inline markers on lines it adds are named in the report, not obeyed.
 */
import { relative } from 'node:path';
import { workTreeFiles, type FileSource } from '../config/file-source.js';
import type { CompiledRules } from '../detect/compile.js';
import { streamBlobs } from '../git/blobs.js';
import { blobIdsAt, commitFiles } from '../git/commit.js';
import type { GitAt } from '../git/git.js';
import { markersOnly, toFindings } from '../scan/engine.js';
import { scanBlob } from '../scan/scan-blob.js';
import { isMarker, type Sighting, type SightingRules } from '../scan/sightings.js';
import type { Options } from './args.js';
import { messages } from './messages.js';
import { loadSettings, settingsFiles } from './settings.js';

export interface HistorySuppressions {
  /** The rules once the sightings are known (a range must look up which markers its base already had). */
  resolve(all: Sighting[]): Promise<SightingRules>;
  warnings: string[];
  /** A CI range: where its baseline is read. */
  baseFiles?: FileSource;
}

export async function historySuppressions(at: GitAt, top: string, bare: boolean, opts: Options, compiled: CompiledRules, now: number): Promise<HistorySuppressions> {
  if (opts.suppressionBase === undefined) {
    const settings = await loadSettings(top, opts, at.cwd, bare ? commitFiles(at, 'HEAD', top) : workTreeFiles);
    return { resolve: async () => ({ settings }), warnings: [] };
  }
  const base = opts.suppressionBase;
  const baseFiles = commitFiles(at, base, top);
  // A config file the change itself adds is absent at the base: no config, and a warning below.
  const settings = await loadSettings(top, opts, at.cwd, baseFiles, false);
  const head = await loadSettings(top, opts, at.cwd, workTreeFiles);
  const files = settingsFiles(top, opts, at.cwd);
  const warnings = await changedFiles([files.ignore, files.config], top, base, baseFiles);
  const configName = relative(top, files.config).split('\\').join('/');
  return {
    warnings,
    baseFiles,
    async resolve(all) {
      const paths = [...new Set(all.filter((s) => isMarker(s.finding)).map((s) => s.path))];
      const marked = base && paths.length ? await markedAt(at, base, paths, compiled, now) : new Map<string, Set<string>>();
      return { settings, range: { head, configName, baseMarked: (path) => marked.get(path) } };
    },
  };
}

/** One warning per suppression file the range changes: its new entries count once merged. */
async function changedFiles(paths: string[], top: string, base: string | null, baseFiles: FileSource): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const [before, after] = await Promise.all([baseFiles.read(path), workTreeFiles.read(path)]);
    if (before !== after) out.push(messages.range.changedFile(relative(top, path).split('\\').join('/'), base));
  }
  return out;
}

/** Per path, the fingerprints `base`'s version of the file holds behind an inline marker. */
async function markedAt(at: GitAt, base: string, paths: string[], compiled: CompiledRules, now: number): Promise<Map<string, Set<string>>> {
  const ids = await blobIdsAt(at, base, paths);
  const pathsOf = new Map<string, string[]>();
  for (const [path, sha] of ids) pathsOf.set(sha, [...(pathsOf.get(sha) ?? []), path]);
  const marked = new Map<string, Set<string>>();
  const opts = markersOnly(compiled, true);
  await streamBlobs(at, [...pathsOf.keys()], async (sha, bytes) => {
    const scan = await scanBlob({ path: pathsOf.get(sha)![0]!, bytes }, compiled, now);
    if (scan.kind !== 'scanned') return;
    const fps = new Set(toFindings({ path: '', bytes }, scan.findings, opts).filter(isMarker).map((f) => f.fingerprint));
    for (const path of pathsOf.get(sha)!) marked.set(path, fps);
  }, () => undefined);
  return marked;
}
