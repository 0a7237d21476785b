/**
 * History plumbing: which blobs the history holds, their contents (streamed), and which commits
 * added them. Each distinct blob is read once, so the cost grows with the amount of distinct content,
 * never with commits × files; commit attribution is looked up only for blobs that hold a finding.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gitBytes, type GitAt } from './git.js';

/**
 * Which commits to read. `revs` come from outside (a user's range, a CI event's SHAs): they follow
 * `--end-of-options`, so none can be taken for an option (`--output=<file>`). `flags` are the tool's
 * own (`--all`, `--since=…`, `--not --remotes`).
 */
export interface RevSpec {
  flags: string[];
  revs: string[];
}

export const revArgs = (r: RevSpec): string[] => [...r.flags, '--end-of-options', ...r.revs, '--'];

export interface HistoryBlob {
  sha: string;
  /** A path the blob was reached under (the first one rev-list met). */
  path: string;
  size: number;
}

/** Stash entries are commits outside refs/ (only the newest is refs/stash): list them all. */
export async function stashCommits(at: GitAt): Promise<string[]> {
  try {
    const out = (await gitBytes([...at.pin, 'reflog', 'show', '--format=%H', 'refs/stash', '--'], at.cwd, at.env)).toString('utf8');
    return out.split('\n').filter((l) => /^[0-9a-f]{40,64}$/.test(l));
  } catch {
    return []; // no stash
  }
}

/**
 * The commits of a shallow clone's boundary (listed in its `shallow` file: their parents were never
 * fetched) that `spec` reaches. A shallow clone alone hides nothing from a range that stays inside
 * its depth; only when the range includes a boundary commit would it go on to commits that are not
 * there, so only then is history left unscanned.
 */
export async function shallowBoundaryReached(at: GitAt, spec: RevSpec): Promise<string[]> {
  // --git-path answers relative to the current directory (or absolute): resolved from there.
  const file = (await gitBytes([...at.pin, 'rev-parse', '--git-path', 'shallow'], at.cwd, at.env)).toString('utf8').replace(/\n$/, '');
  let listed: string;
  try {
    listed = readFileSync(resolve(at.cwd, file), 'utf8');
  } catch {
    return []; // not shallow (any more)
  }
  const boundary = new Set(listed.split('\n').filter((l) => /^[0-9a-f]{40,64}$/.test(l)));
  if (boundary.size === 0) return [];
  const commits = await gitBytes([...at.pin, 'rev-list', ...revArgs(spec)], at.cwd, at.env);
  return commits.toString('latin1').split('\n').filter((c) => boundary.has(c));
}

/**
 * Blobs reachable from `spec`, with a path and size each, and the objects the repository lacks (a
 * partial clone's): `--missing=print` lists those instead of fetching them.
 */
export async function reachableBlobs(at: GitAt, spec: RevSpec): Promise<{ blobs: HistoryBlob[]; missing: string[] }> {
  const listing = await gitBytes([...at.pin, 'rev-list', '--objects', '--missing=print', '--filter=object:type=blob', ...revArgs(spec)], at.cwd, at.env);
  const paths = new Map<string, string>();
  const missing: string[] = [];
  for (const line of listing.toString('utf8').split('\n')) {
    const m = /^([0-9a-f]{40,64})(?: (.*))?$/.exec(line);
    if (line.startsWith('?')) {
      missing.push(line.slice(1));
    } else if (m && m[2] !== undefined && !paths.has(m[1]!)) {
      // rev-list cuts a path at a newline: such a blob is named by the path's first line (the
      // commit attribution later reads the whole path from git log -z).
      paths.set(m[1]!, m[2]);
    }
  }
  const sizes = await batchCheck(at, [...paths.keys()]);
  return { blobs: [...paths].map(([sha, path]) => ({ sha, path, size: sizes.get(sha) ?? 0 })), missing };
}

async function batchCheck(at: GitAt, shas: string[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  if (shas.length === 0) return sizes;
  const out = await gitBytes([...at.pin, 'cat-file', '--batch-check=%(objectname) %(objecttype) %(objectsize)'], at.cwd, at.env, shas.join('\n') + '\n');
  for (const line of out.toString('latin1').split('\n')) {
    const [sha, type, size] = line.split(' ');
    if (type === 'blob') sizes.set(sha!, Number(size));
  }
  return sizes;
}

/** A raw diff entry's first field: ":old new oldsha newsha status" (git log --raw -z). */
const RAW_META = /^:(\d+) (\d+) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/;

/** NUL-separated fields as text, empty ones kept, so positions stay meaningful. */
function nulFields(buf: Buffer): string[] {
  const text = buf.toString('utf8');
  const fields = text.split('\0');
  if (fields[fields.length - 1] === '') fields.pop();
  return fields;
}

export interface CommitInfo {
  hash: string;
  author: string;
  date: string;
  subject: string;
}

export interface BlobSighting {
  commit: CommitInfo;
  path: string;
  /** Position in git log's output (newest first): orders commits made in the same second. */
  order: number;
}

/**
 * Where each of `blobs` was added: one `git log --raw` pass over the same revisions (tree diffs
 * only, no patch text), keeping the commits whose changes set a path to one of the blobs.
 */
export async function blobSightings(at: GitAt, spec: RevSpec, blobs: Set<string>): Promise<Map<string, BlobSighting[]>> {
  const out = await gitBytes(
    [...at.pin, 'log', '--raw', '-z', '--no-abbrev', '--no-renames', '--no-ext-diff', '--no-textconv', '--diff-merges=first-parent', '--format=%x01%H%x00%an <%ae>%x00%aI%x00%s', ...revArgs(spec)],
    at.cwd,
    at.env,
  );
  const seen = new Map<string, BlobSighting[]>();
  let order = 0;
  let commit: CommitInfo | null = null;
  // Read field by field (NUL-separated): a header is \x01 + hash, then author, date and subject in
  // that order; then ":meta", path pairs. Subjects, author names and paths are the committers' text and
  // may hold \x01 or look like a header: only a field's position tells what it is.
  const fields = nulFields(out);
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!.replace(/^\n/, '');
    const meta = commit ? RAW_META.exec(field) : null;
    if (meta) {
      const path = fields[++i] ?? '';
      const newSha = meta[4]!;
      if (meta[5] !== 'D' && blobs.has(newSha)) {
        const list = seen.get(newSha) ?? [];
        list.push({ commit: commit!, path, order });
        seen.set(newSha, list);
      }
      continue;
    }
    const header = /^\x01([0-9a-f]{40,64})$/.exec(field);
    if (!header) continue;
    commit = { hash: header[1]!, author: fields[i + 1] ?? '', date: fields[i + 2] ?? '', subject: fields[i + 3] ?? '' };
    i += 3;
    order++;
  }
  return seen;
}
