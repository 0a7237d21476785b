/**
 * The installed package's own directory (where rules/ and package.json live), found from this
 * module's location. The same code runs from the bundle (dist/cli.js) and from the compiled tests
 * (build/src/...), so it looks upward instead of assuming a depth.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && existsSync(join(dir, 'rules')) && /"name":\s*"scan-twitter-secrets"/.test(readFileSync(manifest, 'utf8'))) {
      cached = dir;
      return dir;
    }
    dir = dirname(dir);
  }
  throw new Error('cannot find the scan-twitter-secrets package directory (rules/ missing?)');
}
