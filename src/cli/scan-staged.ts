/**
 * `--staged`: scan exactly what the commit will contain. Whole files are scanned (a `twitter:` parent
 * or an import can sit on unchanged lines), but a credential whose value is already in HEAD's version
 * of the file does not block: committing again exposes nothing new, and the fix is rotation.
 */
import { compileRules } from '../detect/compile.js';
import { decode } from '../detect/text.js';
import { readBlobs } from '../git/staged.js';
import type { RuleSet } from '../rules/types.js';
import { scanBlobs } from '../scan/engine.js';
import type { ScanResult } from '../scan/finding.js';
import { stagedSource } from '../sources/staged.js';
import type { Options } from './args.js';
import type { RunContext } from './run.js';
import { loadSettings } from './settings.js';

export async function scanStaged(opts: Options, rules: RuleSet, ctx: RunContext): Promise<ScanResult> {
  const source = await stagedSource(ctx.cwd, ctx.env, opts.paths);
  const { ignore, filter } = await loadSettings(source.top, opts, ctx.cwd);
  const result = await scanBlobs(source.blobs, {
    rules: compileRules(rules),
    now: ctx.now ?? Date.now(),
    filter,
    ignoredFingerprints: ignore?.fingerprints ?? new Map(),
    ignorePathOf: (blob) => blob.path,
  });
  await markAlreadyCommitted(result, source.previous, ctx);
  result.stats.symlinksSkipped += source.skipped;
  return result;
}

/** Findings whose value HEAD's version of the file already holds stop blocking, with a note. */
async function markAlreadyCommitted(result: ScanResult, previous: Map<string, string>, ctx: RunContext): Promise<void> {
  const suspects = result.findings.filter((f) => f.blocking && !f.ignored && previous.has(f.file));
  if (suspects.length === 0) return;
  const shas = [...new Set(suspects.map((f) => previous.get(f.file)!))];
  const blobs = await readBlobs(shas, ctx.cwd, ctx.env);
  const texts = new Map([...blobs].map(([sha, bytes]) => [sha, decode(bytes).text]));
  for (const f of suspects) {
    if (texts.get(previous.get(f.file)!)?.includes(f.secret)) {
      f.blocking = false;
      f.status = 'already-committed';
      f.severity = 'medium';
    }
  }
}
