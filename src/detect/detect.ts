/**
 * The detector: pure functions from (text, path) to findings. It never knows where the text came
 * from (a file, the index, a commit) and never prints anything.
 */
import { crypto } from '../builtin.js';
import type { Severity } from '../rules/types.js';
import { allowMarker } from './allow.js';
import { VIA_RANK, type Candidate } from './candidate.js';
import type { CompiledRules } from './compile.js';
import { findByContext } from './context.js';
import { findEncoded } from './encoded.js';
import { Evidence, NEAR_LINES, REGION_LINES } from './evidence.js';
import { findPositional } from './positional.js';
import { fixSpans, reshape } from './reshape.js';
import { findRows } from './rows.js';
import { findStructural } from './structural.js';
import { codesOf, LineIndex, normaliseWindows } from './text.js';
import { CONTEXT_REACH, valueRuns, windowsAround } from './windows.js';

/** OAuth 2.0 user access tokens live two hours (facts file §2). */
export const OAUTH2_ACCESS_TOKEN_LIFETIME_MS = 2 * 60 * 60 * 1000;

export type FindingStatus = 'leak' | 'expired' | 'public-client' | 'client-id' | 'already-committed';

export interface DetectedSecret {
  ruleId: string;
  /** Offsets into the decoded text. */
  start: number;
  end: number;
  line: number;
  column: number;
  secret: string;
  /** The form the fingerprint hashes: a bearer token percent-encoded, as X issues it. */
  canonical: string;
  blocking: boolean;
  severity: Severity;
  status: FindingStatus;
  /** What the token itself reveals: App ID, user id, issue time. */
  details: Record<string, string>;
  /** The inline marker that allows this finding, when its line carries one. */
  allowedBy?: string;
}

export interface DetectOptions {
  /** Clock for expiry decisions (ms since the epoch); tests inject it. */
  now: number;
  /** Whether another part of the same file shows X (large files are scanned in windows); asked only when needed. */
  externalEvidence?: () => boolean;
  /** `text` is UTF-8 byte text (see text.ts): columns count the bytes that start a character. */
  byteText?: boolean;
  /** Byte text's bytes (one per character): probed directly; made from the text when absent. */
  codes?: Uint8Array;
}

export interface DetectResult {
  findings: DetectedSecret[];
  /** X's documentation examples seen and not reported. */
  knownExamples: number;
}

export function sha256(value: string): string {
  return crypto().createHash('sha256').update(value).digest('hex');
}

export function detect(text: string, path: string, rules: CompiledRules, options: DetectOptions): DetectResult {
  const runs = valueRuns(options.codes ?? codesOf(text));
  // Structural tokens need no context; they are found on the raw text by literal anchors.
  const structural = findStructural(text, runs.long);
  // Every context value is one of these runs; without any, there is nothing more to look at.
  const seeds = mergeSorted(runs.seeds, basicHeaders(text));
  let candidates: Candidate[] = [];
  let norm = text;
  let normLines: LineIndex | undefined;
  if (seeds.length || structural.length) {
    const windows = windowsAround(seeds, CONTEXT_REACH, 64, text.length);
    norm = normaliseWindows(text, windows);
    // Issue 12 shapes: split literals joined, container env `name:`/`value:` lines (reshape.ts).
    const reshaped = reshape(norm, seeds);
    norm = reshaped.text;
    const lines = (): LineIndex => (normLines ??= new LineIndex(norm, options.byteText));
    const ev = new Evidence(rules, norm, path, lines, structural.map((s) => s.start), options.externalEvidence);
    const context = findByContext(norm, rules, ev, structural, windows);
    findPositional(norm, rules, structural, context.candidates);
    findRows(norm, path, rules, structural, windows, context.candidates);
    fixSpans(context.candidates, reshaped.joins);
    const ordered = [...context.candidates].sort((a, b) => a.start - b.start);
    candidates = ordered.filter((cand, k) => acceptContext(cand, k, ev, context.contradicted, ordered, lines()));
  }
  // Base64-encoded Kubernetes Secret values and Twitter Kit URL schemes (encoded.ts).
  // The file around a decoded document counts as its evidence: tested once, when first asked.
  let evidenceAround: boolean | undefined;
  const externalEvidence = (): boolean => (evidenceAround ??= rules.evidence.test(text) || !!options.externalEvidence?.());
  const encoded = findEncoded(text, path, rules, (doc, docPath) => detect(doc, docPath, rules, { now: options.now, externalEvidence }).findings);
  const chosen = dedupe([...structural, ...candidates, ...encoded]);

  let knownExamples = 0;
  let original: LineIndex | undefined = norm === text ? normLines : undefined;
  const findings: DetectedSecret[] = [];
  const notebook = /\.ipynb$/i.test(path);
  const hasClientSecret = chosen.some((f) => f.ruleId === 'twitter-oauth2-client-secret');
  for (const cand of chosen) {
    const hashed = cand.ruleId === 'twitter-bearer-token' ? cand.details.encoded! : cand.secret;
    const digest = sha256(hashed);
    if (rules.documentationExamples.has(digest)) {
      knownExamples++;
      continue;
    }
    const rule = rules.set.byId.get(cand.ruleId)!;
    const { encoded: _encoded, tailLength, ...details } = cand.details;
    let status: FindingStatus = 'leak';
    if (cand.ruleId === 'twitter-bearer-token' && (rules.publicBearers.has(digest) || tailLength === '42')) {
      status = 'public-client';
    } else if (cand.ruleId === 'twitter-oauth2-access-token') {
      const issued = Date.parse(details.issuedAt!);
      if (options.now - issued > OAUTH2_ACCESS_TOKEN_LIFETIME_MS) status = 'expired';
    } else if (cand.ruleId === 'twitter-oauth2-client-id' && !hasClientSecret) {
      status = 'client-id';
    }
    const blocking = status === 'leak';
    // Positions come from the original text: normalisation turns `\n` escapes into line breaks.
    const { line, column } = (original ??= new LineIndex(text, options.byteText)).position(cand.start);
    const finding: DetectedSecret = {
      ruleId: cand.ruleId,
      start: cand.start,
      end: cand.end,
      line,
      column,
      secret: cand.secret,
      canonical: hashed,
      blocking,
      severity: blocking ? rule.severity : status === 'client-id' ? 'info' : 'low',
      status,
      details,
    };
    const marker = allowMarker(text, original.lineStart(line), original.lineEnd(line), cand.start, cand.end, rules.allowMarkers, notebook);
    if (marker) finding.allowedBy = marker;
    findings.push(finding);
  }
  findings.sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId));
  return { findings, knownExamples };
}

/**
 * Evidence gate for the random kinds. Local evidence (an X name, parent or SDK call) always suffices.
 * An X-specific name (consumer_key, access_token_secret) needs evidence anywhere in the file, or X's
 * current length. A generic name (api_key, client_secret) needs evidence in the same part of the file
 * or its path; a bare "key"/"secret" needs it within a few lines. With no evidence at all, only a
 * generic pair of exactly X's lengths counts (a 25-char key beside a 50-char secret), and never in a
 * file whose OAuth 1.0a names hold values X does not issue (another service's keys).
 */
function acceptContext(cand: Candidate, k: number, ev: Evidence, contradicted: boolean, all: Candidate[], lines: LineIndex): boolean {
  // A name read as typed (spelling.ts) counts only in a file that shows X.
  if (cand.asTyped && !ev.file) return false;
  if (cand.localEvidence) return true;
  if (!cand.specific && ev.otherServiceNear(cand.start)) return false;
  if (cand.specific) return (cand.modern && !contradicted) || ev.file;
  if (cand.bareWord) return ev.near(cand.start, NEAR_LINES);
  if (ev.path || ev.near(cand.start, REGION_LINES)) return true;
  if (contradicted || !cand.modern) return false;
  // Candidates are in text order (k is this one's index), so only list neighbours can be close.
  const line = lines.lineOf(cand.start);
  for (const o of [...all.slice(Math.max(0, k - PAIR_NEIGHBOURS), k), ...all.slice(k + 1, k + 1 + PAIR_NEIGHBOURS)]) {
    if (o.modern && o.ruleId !== cand.ruleId && Math.abs(lines.lineOf(o.start) - line) <= PAIR_LINES) return true;
  }
  return false;
}

/** Merges two lists of [start, end) pairs, each sorted by start. */
function mergeSorted(a: number[], b: number[]): number[] {
  if (b.length === 0) return a;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! <= b[j]!)) out.push(a[i++]!, a[i++]!);
    else out.push(b[j++]!, b[j++]!);
  }
  return out;
}

/** `Basic <base64>` headers: the key:secret pair inside is a run of base64, not a value run. */
function basicHeaders(text: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf('Basic '); i >= 0; i = text.indexOf('Basic ', i + 6)) at.push(i, i + 120);
  return at;
}

/** A generic key and secret count as a pair only this close together. */
const PAIR_LINES = 10;
const PAIR_NEIGHBOURS = 8;

/** One finding per span: structure beats an SDK call beats a name beats a pair beats proximity. */
function dedupe(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => a.start - b.start || VIA_RANK[a.via] - VIA_RANK[b.via]);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const prev = out[out.length - 1];
    if (prev && c.start < prev.end && !(c.via === 'pair' && prev.via === 'pair' && c.ruleId !== prev.ruleId)) continue;
    out.push(c);
  }
  return out;
}
