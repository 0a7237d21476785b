/**
 * The JSON report, version 1, as types: what `--format json` prints and what the library API returns
 * (src/api.ts). A versioned interface: fields are only added within a version. Self-contained (no
 * Node.js types), so the package's type declarations compile for any TypeScript consumer.
 */
export type JsonSeverity = 'high' | 'medium' | 'low' | 'info';
export type JsonStatus = 'leak' | 'expired' | 'public-client' | 'client-id' | 'already-committed';
/** `--history` findings: where the value entered, every commit that carried it, whether HEAD still holds it. */
export interface JsonProvenance {
    introduced: {
        hash: string;
        author: string;
        date: string;
        subject: string;
        path: string;
    } | null;
    commits: {
        hash: string;
        date: string;
        path: string;
    }[];
    presentAtHead: boolean;
}
export interface JsonFinding {
    ruleId: string;
    title: string;
    /** Relative to the scanned root (several roots: to the current directory), forward slashes. */
    file: string;
    line: number;
    /** 1-based, in characters as an editor shows them, where the secret starts. */
    column: number;
    blocking: boolean;
    severity: JsonSeverity;
    status: JsonStatus;
    /** The first four and last two characters. */
    masked: string;
    /** Only when asked for (`--show-secrets`, `showSecrets: true`). */
    secret?: string;
    /** 16 hex digits: the identity used by ignore files, baselines and SARIF. */
    fingerprint: string;
    /** Credential set id; values that belong together share it. */
    group: string | null;
    /** `appId` (bearer), `userId` (access token), `issuedAt` (OAuth 2.0 tokens). */
    details: Record<string, string>;
    /** Only in `ignored`: what suppressed it (`kind` is for programs, `by` for people). */
    ignored?: {
        kind: 'inline-marker' | 'fingerprint' | 'path' | 'baseline';
        by: string;
        reason?: string;
    };
    /** CI ranges: what in the change alone would have suppressed it (it still blocks). */
    suppressedOnlyByRange?: {
        by: string;
    };
    provenance?: JsonProvenance;
    /** `--verify` only. */
    verification?: {
        status: 'live' | 'dead' | 'unknown';
        detail: string;
    };
}
export interface JsonSkip {
    kind: 'too-large' | 'unreadable' | 'missing-object' | 'shallow' | 'range-unknown';
    path?: string;
    reason: string;
}
export interface JsonReport {
    version: 1;
    tool: {
        name: 'scan-twitter-secrets';
        version: string;
    };
    findings: JsonFinding[];
    ignored: JsonFinding[];
    groups: {
        id: string;
        file: string;
        ruleIds: string[];
    }[];
    summary: {
        findings: number;
        blocking: number;
        warnings: number;
        ignored: number;
        filesScanned: number;
        bytesScanned: number;
        binarySkipped: number;
        symlinksSkipped: number;
        excluded: number;
        unreadable: number;
        knownExamples: number;
        staleBaseline?: number;
        verification?: {
            live: number;
            dead: number;
            unknown: number;
        };
    };
    warnings: string[];
    skipped: JsonSkip[];
}
