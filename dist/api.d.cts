/**
 * The library API for CommonJS callers (`require('scan-twitter-secrets')`): the same functions,
 * loading the ESM module on first use (Node 20 cannot require() ESM). Every function is already
 * async, so nothing changes for the caller. Typed against api.ts, so the two cannot drift apart.
 */
import type * as Api from './api.js';
export type { JsonFinding, JsonProvenance, JsonReport, JsonSeverity, JsonSkip, JsonStatus, RuleInfo, ScanPathsOptions, ScanStagedOptions, ScanTextOptions } from './api.js';
export declare const API_VERSION: typeof Api.API_VERSION;
export declare const isScanFailure: typeof Api.isScanFailure;
export declare const scanText: typeof Api.scanText;
export declare const scanPaths: typeof Api.scanPaths;
export declare const scanStaged: typeof Api.scanStaged;
export declare const listRules: typeof Api.listRules;
export declare const remediation: typeof Api.remediation;
