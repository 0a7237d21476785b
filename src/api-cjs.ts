/**
 * The library API for CommonJS callers (`require('scan-twitter-secrets')`): the same functions,
 * loading the ESM module on first use (Node 20 cannot require() ESM). Every function is already
 * async, so nothing changes for the caller. Typed against api.ts, so the two cannot drift apart.
 */
import type * as Api from './api.js';

export type { JsonFinding, JsonProvenance, JsonReport, JsonSeverity, JsonSkip, JsonStatus, RuleInfo, ScanPathsOptions, ScanStagedOptions, ScanTextOptions } from './api.js';

const load = (): Promise<typeof Api> => import('./api.js');

export const API_VERSION: typeof Api.API_VERSION = 1;
export const isScanFailure: typeof Api.isScanFailure = (err): err is Error & { name: 'ScanFailure' } => err instanceof Error && err.name === 'ScanFailure';
export const scanText: typeof Api.scanText = async (...args) => (await load()).scanText(...args);
export const scanPaths: typeof Api.scanPaths = async (...args) => (await load()).scanPaths(...args);
export const scanStaged: typeof Api.scanStaged = async (...args) => (await load()).scanStaged(...args);
export const listRules: typeof Api.listRules = async (...args) => (await load()).listRules(...args);
export const remediation: typeof Api.remediation = async (...args) => (await load()).remediation(...args);
