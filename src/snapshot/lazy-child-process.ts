/**
 * `node:child_process` for the startup snapshot's bundle, loaded when first called (at commit time),
 * not while the snapshot is built: Node 20 warns that the module is not verified in snapshot builder
 * scripts (its process handles may be out of sync after deserialization). The build aliases the
 * module to this file; `require` here is the snapshot script's own, which loads built-ins (named
 * without the `node:` prefix, which the alias would send back here).
 */
import type * as ChildProcess from 'node:child_process';

declare const require: (id: string) => unknown;
let loaded: typeof ChildProcess | undefined;
const real = (): typeof ChildProcess => (loaded ??= require('child_process') as typeof ChildProcess);

export const spawn: typeof ChildProcess.spawn = ((...args: Parameters<typeof ChildProcess.spawn>) => real().spawn(...args)) as typeof ChildProcess.spawn;
export const spawnSync: typeof ChildProcess.spawnSync = ((...args: Parameters<typeof ChildProcess.spawnSync>) => real().spawnSync(...args)) as typeof ChildProcess.spawnSync;
