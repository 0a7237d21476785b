/**
 * Walking a tree outside git with fast-glob. fast-glob works on string paths, which cannot hold file
 * names that are not valid UTF-8, so it gets a file-system adapter that reads names as bytes and keeps
 * invalid bytes as lone surrogates (U+DC80–U+DCFF, like Python's "surrogateescape"); paths map back
 * to the exact bytes for reading. The adapter also records directories it could not read, so they
 * become warnings instead of silent gaps.
 */
import { lstat, lstatSync, readdir, readdirSync, stat, statSync, type Dirent } from 'node:fs';
import { ScanError } from '../errors.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Raw name bytes → a string that maps back to the same bytes. */
export function nameFromBytes(bytes: Buffer): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    let out = '';
    for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : String.fromCharCode(0xdc00 + b);
    return out;
  }
}

/** The inverse of nameFromBytes, for whole paths. */
export function pathToBytes(path: string): string | Buffer {
  if (!/[\uDC80-\uDCFF]/.test(path)) return path;
  const parts: Buffer[] = [];
  let run = '';
  for (const ch of path) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c >= 0xdc80 && c <= 0xdcff) {
      if (run) parts.push(Buffer.from(run, 'utf8'));
      run = '';
      parts.push(Buffer.from([c - 0xdc00]));
    } else run += ch;
  }
  if (run) parts.push(Buffer.from(run, 'utf8'));
  return Buffer.concat(parts);
}

/** How a path is shown: bytes that are not UTF-8 as \xNN, so two such names stay distinct. */
export function displayName(path: string): string {
  return path.replace(/[\uDC80-\uDCFF]/g, (ch) => `\\x${(ch.charCodeAt(0) - 0xdc00).toString(16).toUpperCase()}`);
}

/**
 * A Dirent whose name is the escaped string. It keeps only a type code, not the original Dirent and
 * its name Buffer: a walk of 200,000 files holds 200,000 of these.
 */
const FILE = 1;
const DIR = 2;
const LINK = 3;
const OTHER = 4;

class NamedDirent {
  readonly name: string;
  private readonly type: number;
  constructor(d: Dirent<Buffer>) {
    this.name = nameFromBytes(d.name);
    this.type = d.isFile() ? FILE : d.isDirectory() ? DIR : d.isSymbolicLink() ? LINK : OTHER;
  }
  isFile(): boolean {
    return this.type === FILE;
  }
  isDirectory(): boolean {
    return this.type === DIR;
  }
  isSymbolicLink(): boolean {
    return this.type === LINK;
  }
  isBlockDevice(): boolean {
    return false;
  }
  isCharacterDevice(): boolean {
    return false;
  }
  isFIFO(): boolean {
    return false;
  }
  isSocket(): boolean {
    return false;
  }
}

const named = (d: Dirent<Buffer>): NamedDirent => new NamedDirent(d);

type Callback<T> = (err: NodeJS.ErrnoException | null, value?: T) => void;

export type WalkKind = 'file' | 'symlink' | 'other';

/**
 * Walks `dir`, calling `onEntry` with each non-directory path (relative to `dir`) as fast-glob finds
 * it: the caller keeps what it needs (a name), not fast-glob's entry objects, so a walk of a million
 * files holds a million names and nothing more.
 */
export async function walkTree(dir: string, ignore: string[], onEntry: (path: string, kind: WalkKind) => void): Promise<{ unreadableDirs: { path: string; code: string }[] }> {
  const { default: fg } = await import('fast-glob');
  const unreadableDirs: { path: string; code: string }[] = [];
  const adapter = {
    readdir: (path: string, _opts: unknown, cb: Callback<NamedDirent[]>) =>
      readdir(pathToBytes(path), { withFileTypes: true, encoding: 'buffer' }, (err, dirents) => {
        if (err) {
          if (err.code !== 'ENOENT') unreadableDirs.push({ path: displayName(path), code: err.code ?? err.message });
          return cb(null, []);
        }
        cb(null, dirents.map(named));
      }),
    readdirSync: (path: string) => readdirSync(pathToBytes(path), { withFileTypes: true, encoding: 'buffer' }).map(named),
    lstat: (path: string, cb: Callback<unknown>) => lstat(pathToBytes(path), cb),
    stat: (path: string, cb: Callback<unknown>) => stat(pathToBytes(path), cb),
    lstatSync: (path: string) => lstatSync(pathToBytes(path)),
    statSync: (path: string) => statSync(pathToBytes(path)),
  };
  await new Promise<void>((resolve, reject) => {
    // "**/*", not "**": fast-glob's "**" does not match names that contain a newline.
    fg.stream('**/*', { cwd: dir, dot: true, onlyFiles: false, followSymbolicLinks: false, ignore, objectMode: true, suppressErrors: true, unique: false, fs: adapter as never })
      .on('data', (e: { path: string; dirent: NamedDirent }) => {
        if (e.dirent.isDirectory()) return;
        onEntry(e.path, e.dirent.isSymbolicLink() ? 'symlink' : e.dirent.isFile() ? 'file' : 'other');
      })
      .once('error', (err: Error) => reject(new ScanError(`cannot walk ${dir}: ${err.message}`)))
      .once('end', resolve);
  });
  return { unreadableDirs };
}
