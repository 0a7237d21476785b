/** SARIF validation shared by the tests: the official 2.1.0 schema, then the SARIF Multitool's own rules. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT, scratch } from './cli.js';

const require = createRequire(import.meta.url);

/** The official SARIF 2.1.0 schema, as shipped in the SARIF Multitool's npm package for this platform. */
function sarifSchemaPath(): string {
  for (const platform of ['linux', 'darwin', 'win32']) {
    const p = join(ROOT, 'node_modules', '@microsoft', `sarif-multitool-${platform}`, 'sarif-2.1.0.json');
    if (existsSync(p)) return p;
  }
  throw new Error('@microsoft/sarif-multitool is not installed (npm ci)');
}

/** Asserts `text` is valid SARIF 2.1.0 (schema and Multitool) and returns it parsed. */
export function assertValidSarif(text: string): any {
  const sarif = JSON.parse(text);
  const Ajv2020 = require('ajv/dist/2020').default;
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  const validate = ajv.compile(JSON.parse(readFileSync(sarifSchemaPath(), 'utf8')));
  assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 5)));
  const file = join(scratch(), 'out.sarif');
  writeFileSync(file, text);
  // The Multitool's own validator (schema plus SARIF rules); its results are the problems found.
  const multitool = spawnSync(process.execPath, [join(ROOT, 'node_modules/@microsoft/sarif-multitool/bin.js'), 'validate', file, '--output', `${file}.validation.sarif`, '--log', 'ForceOverwrite'], { encoding: 'utf8' });
  assert.equal(multitool.status, 0, multitool.stderr + multitool.stdout);
  const report = JSON.parse(readFileSync(`${file}.validation.sarif`, 'utf8'));
  const problems = report.runs[0].results.filter((r: any) => r.level === 'error' || r.level === 'warning');
  assert.deepEqual(problems.map((e: any) => `${e.ruleId} ${JSON.stringify(e.message?.arguments ?? e.message?.text)}`), []);
  return sarif;
}
