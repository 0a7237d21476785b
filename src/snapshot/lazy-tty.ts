/**
 * `node:tty` for the startup snapshot's bundle, loaded when first called (at commit time): Node 20
 * warns that the module is not verified in snapshot builder scripts. The build aliases the module to
 * this file; `tty` without the `node:` prefix is the snapshot script's own built-in, not this file.
 */
import type * as Tty from 'node:tty';

declare const require: (id: string) => unknown;

export const isatty = (fd: number): boolean => (require('tty') as typeof Tty).isatty(fd);
