/**
 * `node:module` for the startup snapshot's bundle: Node 20 warns that the module is not verified in
 * snapshot builder scripts. Its one use (builtin.ts) is a require for built-ins, which the snapshot
 * script has already: it is returned instead.
 */
declare const require: NodeJS.Require;

export const createRequire = (_from: string | URL): NodeJS.Require => require;
