import type { JsonReport } from './report/json-types.js';
export type { JsonFinding, JsonProvenance, JsonReport, JsonSeverity, JsonSkip, JsonStatus } from './report/json-types.js';
/** This interface's version: bumped only by changes that are not additions. */
export declare const API_VERSION = 1;
/**
 * A scan that could not run (a bad path, not a repository, a broken config file: the CLI's exit code 2)
 * rejects with an Error named 'ScanFailure' holding the CLI's one-line message. Tell it apart with
 * isScanFailure (a class would not survive the CommonJS entry, which loads this module).
 */
export declare function isScanFailure(err: unknown): err is Error & {
    name: 'ScanFailure';
};
export interface ScanTextOptions {
    /** The file the text would live in (`bot.py`, `.env`): decides how it is read, and counts as context. */
    path?: string;
    /** Put each full value in `secret` (masked otherwise). */
    showSecrets?: boolean;
    /** False: `twitter-secrets:allow` markers suppress nothing. */
    inlineAllow?: boolean;
}
export interface ScanPathsOptions {
    /** Where relative paths, .gitignore, the ignore file and the config file are taken from (default: the current directory). */
    cwd?: string;
    showSecrets?: boolean;
    /** False: walk the file system even inside a git work tree (like --no-git). */
    git?: boolean;
    include?: string[];
    exclude?: string[];
    /** A config file instead of `.twitter-secrets.json` at the repository root. */
    config?: string;
    inlineAllow?: boolean;
}
export interface ScanStagedOptions {
    /** A directory inside the repository (default: the current directory). */
    cwd?: string;
    showSecrets?: boolean;
    /** Only these staged paths (relative to `cwd`). */
    paths?: string[];
    inlineAllow?: boolean;
}
export interface RuleInfo {
    id: string;
    title: string;
    description: string;
    /** Whether a finding of this kind blocks on its own. */
    blocks: boolean;
    /** How to regenerate (and, where X allows it, revoke) this credential. */
    remediation: string;
}
/** Scans one string, as if it were the file `options.path`. No git, no ignore file, no config file. */
export declare function scanText(text: string, options?: ScanTextOptions): Promise<JsonReport>;
/** Scans files and directories (inside a git work tree: the files git sees, so .gitignore applies). */
export declare function scanPaths(paths: string[], options?: ScanPathsOptions): Promise<JsonReport>;
/** Scans what the next commit of the repository at `cwd` would contain (its index), as the hook does. */
export declare function scanStaged(options?: ScanStagedOptions): Promise<JsonReport>;
/** Every rule, with the text that says how to regenerate what it finds. */
export declare function listRules(): Promise<RuleInfo[]>;
/** How to regenerate the credential a rule finds; rejects (a ScanFailure) for an unknown rule id. */
export declare function remediation(ruleId: string): Promise<string>;
