#!/usr/bin/env node
/** The bundle's entry (dist/cli.js): finds its own files, then hands over to cli/main.ts. */
import { fileURLToPath } from 'node:url';
import { main } from './cli/main.js';

await main(process.argv.slice(2), {
  binPath: fileURLToPath(import.meta.url),
  workerPath: fileURLToPath(new URL('./worker.js', import.meta.url)),
});
