/**
 * The installed package's own directory (where rules/ and package.json live), found from this
 * module's location. The same code runs from the bundle (dist/cli.js) and from the compiled tests
 * (build/src/...), so it looks upward instead of assuming a depth.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: { dir: string; version: string } | undefined;

function findPackage(): { dir: string; version: string } {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && existsSync(join(dir, 'rules'))) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'scan-twitter-secrets') return (cached = { dir, version: pkg.version ?? 'unknown' });
    }
    dir = dirname(dir);
  }
  throw new Error('cannot find the scan-twitter-secrets package directory (rules/ missing?)');
}

export function packageRoot(): string {
  return findPackage().dir;
}

/** This package's version, from the same package.json (read once). */
export function toolVersion(): string {
  return findPackage().version;
}
