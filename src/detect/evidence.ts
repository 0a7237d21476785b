/**
 * Evidence that a file talks to X: anywhere in it or its path (file level), or right around a
 * value (local: its own name, its YAML/JSON/INI parents, the lines nearby).
 */
import type { CompiledRules } from './compile.js';
import type { LineIndex } from './text.js';
import { splitWords } from './names.js';

/** Lines above and below a value that count as "nearby". */
export const NEAR_LINES = 5;
/** Lines around a value that count as "the same part of the file" (a module, a config section). */
export const REGION_LINES = 200;
/** Characters per line of radius that proximity checks read on very long lines. */
const SPAN_CHARS = 400;
/** Upper bound on what one proximity check reads either side (a region of 200 lines is ~8 KB). */
const MAX_SPAN = 16_000;
/** Lines around a value in which another service's name makes a generic name ambiguous. */
const OTHER_SERVICE_LINES = 3;
/** How far up the parent search walks before giving up. */
const PARENT_LINES = 80;

export class Evidence {
  private fileLevel: boolean | undefined;
  private pathLevel: boolean | undefined;
  private readonly parentCache = new Map<number, string[][]>();
  constructor(
    private readonly rules: CompiledRules,
    private readonly text: string,
    private readonly filePath: string,
    /** Built on first use: most files never need line positions. */
    private readonly lines: () => LineIndex,
    /** Offsets of structural X tokens: one alone proves the file is about X. */
    private readonly structuralOffsets: number[],
    /** Evidence elsewhere in the file (the rest of a large file): costly, so asked last. */
    private readonly external: () => boolean = () => false,
  ) {}

  get file(): boolean {
    this.fileLevel ??=
      this.structuralOffsets.length > 0 || this.path || this.rules.evidence.test(this.text) || this.external();
    return this.fileLevel;
  }

  /** The file's path names X (`twitter_credentials.py`, `config/twitter.yml`). */
  get path(): boolean {
    return (this.pathLevel ??= this.rules.evidence.test(this.filePath));
  }

  /** An evidence word or a structural X token within `radius` lines of `offset`. */
  near(offset: number, radius: number): boolean {
    const [from, to] = this.span(offset, radius);
    if (this.structuralOffsets.some((o) => o >= from && o <= to)) return true;
    // The span first: it is short, while the file-level answer (which must also hold) reads everything.
    return this.rules.evidence.test(this.text.slice(from, to)) && this.file;
  }

  /** Another service is named within a few lines (a `# Alpaca keys` comment, `import stripe`). */
  otherServiceNear(offset: number): boolean {
    const [from, to] = this.span(offset, OTHER_SERVICE_LINES);
    return this.rules.otherServicesNearby.test(this.text.slice(from, to));
  }

  /** `radius` lines around `offset`, at most SPAN_CHARS per line of radius either side (long lines). */
  private span(offset: number, radius: number): [number, number] {
    const line = this.lines().lineOf(offset);
    const reach = Math.min(SPAN_CHARS * (radius + 1), MAX_SPAN);
    const from = Math.max(this.lines().lineStart(Math.max(1, line - radius)), offset - reach);
    const to = Math.min(this.lines().lineEnd(Math.min(this.lines().lineCount, line + radius)), offset + reach);
    return [from, to];
  }

  /** Words of the keys this line is nested under: YAML/JSON/Python-dict indentation and INI sections. */
  parents(offset: number): string[] {
    return this.parentChain(offset).flat();
  }

  /** The keys this line is nested under, nearest first, each as its words. */
  parentChain(offset: number): string[][] {
    const line = this.lines().lineOf(offset);
    const cached = this.parentCache.get(line);
    if (cached) return cached;
    const chain: string[][] = [];
    let indent = indentOf(this.lines().lineHead(line));
    let section: string[] | null = null;
    for (let l = line - 1; l >= 1 && l >= line - PARENT_LINES; l--) {
      const text = this.lines().lineHead(l);
      if (!text.trim()) continue;
      const header = /^\s*\[([^\]]+)\]\s*$/.exec(text);
      if (header) {
        // INI/TOML: the nearest [section] above is the parent of everything below it.
        section = splitWords(header[1]!);
        break;
      }
      if (indent === 0) continue;
      const ind = indentOf(text);
      if (ind >= indent) continue;
      indent = ind;
      // `key:`, `key = {`, `"key": {`, and HCL blocks such as `variable "twitter_consumer_key" {`.
      const key = /^[\s"]*-?\s*["']?([A-Za-z0-9_.$@ -]{1,60}?)["']?\s*(?::|=|\{|\(|=>)/.exec(text) ?? /^\s*\w+\s+"([^"]{1,60})"\s*\{\s*$/.exec(text);
      if (key) chain.push(splitWords(key[1]!));
    }
    if (section) chain.push(section);
    this.parentCache.set(line, chain);
    return chain;
  }
}

/** Indentation width; a notebook line's JSON quote counts as indentation of the code inside it. */
function indentOf(line: string): number {
  const m = /^[ \t]*"?( *)/.exec(line);
  return m ? m[0].length : 0;
}

/** Words that make a name X's own: `twitter_*`, `tweepy`, `X_API_KEY`, ... */
export function wordsShowX(words: string[]): boolean {
  return words.some((w) => w === 'twitter' || w === 'tweepy' || w === 'twython' || w === 'twurl' || w === 'tweet' || w === 'rtweet');
}

/** `X_API_KEY`, `x_consumer_secret`: X's own current naming (the HTTP header X-API-Key is not). */
export function nameHasXPrefix(name: string): boolean {
  return /(?:^|[^A-Za-z0-9])[Xx]_(?:API|BEARER|ACCESS|CONSUMER|CLIENT|OAUTH|APP)/i.test(name);
}
