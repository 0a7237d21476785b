/**
 * Where reports go. `-o FILE` sends the `-f` report to FILE instead of standard output; `-o
 * FORMAT=FILE` (repeatable) also writes that format, so one scan yields JSON and SARIF for CI
 * without scanning twice. Only the known format names count as a prefix: `./json=x` is a file.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { printable } from '../report/mask.js';
import { messages } from './messages.js';

export interface ReportFile {
  format: string;
  /** As the user typed it (for messages) and resolved. */
  name: string;
  path: string;
}

export interface OutputPlan {
  files: ReportFile[];
  /** Whether the `-f` report is printed (no plain `-o FILE` took it). */
  printed: boolean;
}

export function planOutputs(values: string[], mainFormat: string, known: string[], cwd: string): OutputPlan {
  const files: ReportFile[] = [];
  let printed = true;
  for (const value of values) {
    const eq = value.indexOf('=');
    const prefix = eq > 0 ? value.slice(0, eq) : '';
    const format = known.includes(prefix) ? prefix : mainFormat;
    const name = format === prefix ? value.slice(eq + 1) : value;
    if (name === '') throw new UsageError(messages.emptyOutput(value));
    if (format !== prefix) printed = false;
    const path = resolve(cwd, name);
    if (files.some((f) => f.path === path)) throw new UsageError(messages.sameOutput(name));
    files.push({ format, name, path });
  }
  return { files, printed };
}

/** Writes each file; returns the lines that tell the user where reports went. */
export function writeReports(files: ReportFile[], render: (format: string) => string): string[] {
  return files.map((f) => {
    try {
      writeFileSync(f.path, render(f.format));
    } catch (err) {
      throw new UsageError(messages.cannotWrite(f.name, (err as NodeJS.ErrnoException).code ?? (err as Error).message));
    }
    return messages.reportWritten(printable(f.name), f.format);
  });
}
