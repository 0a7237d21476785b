/**
 * Rows of data (issue 12): the role of a value comes from its column, named once for many rows.
 * - SQL: `INSERT INTO t (id, oauth_token, oauth_token_secret) VALUES (…), (…);` and, without a column
 *   list, the columns of `CREATE TABLE t (…)` earlier in the file (dumps).
 * - CSV/TSV (.csv, .tsv, .psv, .txt, .dat) with a header row: `screen_name,consumer_key,consumer_secret,…`.
 * (One JSON document per line, as MongoDB exports and JSONL, already names every value inline.)
 * The candidates go through the same evidence gate as named values (detect.ts): a column named
 * after X's OAuth 1.0a vocabulary counts as such a name; a generic one (`api_key`, `secret`) needs
 * evidence of X, which a table named after X or a structural X token in the same row gives locally.
 */
import type { Candidate } from './candidate.js';
import type { CompiledRules } from './compile.js';
import { phraseFit } from './context.js';
import { nameHasXPrefix, wordsShowX } from './evidence.js';
import { matchRole, splitWords } from './names.js';
import type { Window } from './windows.js';

/** A value in a row: alphanumerics or base64url, quoted or bare. */
const CELL = /^\s*(?:N?'([A-Za-z0-9_-]{16,52})'|"([A-Za-z0-9_-]{16,52})"|([A-Za-z0-9_-]{16,52}))\s*$/;
const INSERT = /INSERT\s+(?:IGNORE\s+)?INTO\s+([`"[]?[\w.$]+[`"\]]?(?:\.[`"[]?[\w$]+[`"\]]?)?)\s*(?:\(([^()]{1,4000})\))?\s*VALUES\s*/giy;
const CREATE = /\bCREATE\s+(?:TEMPORARY\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?([`"[]?[\w.$]+[`"\]]?(?:\.[`"[]?[\w$]+[`"\]]?)?)\s*\(/gi;
const NOT_A_COLUMN = /^(?:PRIMARY|KEY|UNIQUE|CONSTRAINT|INDEX|FOREIGN|CHECK|FULLTEXT|SPATIAL|EXCLUDE)\b/i;
/** Rows of one INSERT looked at, at most (a dump's INSERT can hold thousands). */
const MAX_ROWS = 20_000;

export function findRows(text: string, path: string, c: CompiledRules, structural: Candidate[], windows: Window[], out: Candidate[]): void {
  if (windows.length === 0) return;
  // A literal gate first: V8 finds a short needle that starts with a rare letter several times faster
  // than one starting with a common letter ("insert"), so dumps' capital INSERT is looked for in every
  // file, lower case in .sql files only.
  // A .sql file is read whole; elsewhere (SQL embedded in code) the INSERT must sit in a value's window:
  // one search per file costs ~2 % of a tree scan, one per window almost nothing.
  const sql = /\.sql$/i.test(path);
  if (sql ? text.includes('INSERT') || /insert\s+into/i.test(text) : insertInWindows(text, windows)) findSqlRows(text, c, structural, windows, sql, out);
  if (DELIMITED.test(path)) findCsvRows(text, path, c, structural, windows, out);
}

interface Column {
  name: string;
  /** The column names a role (any rule's name), so its values are worth a look. */
  role: boolean;
}

function columnsOf(names: string[], c: CompiledRules): Column[] {
  return names.map((n) => {
    const name = n.trim().replace(/^[`"[']|[`"\]']$/g, '');
    const m = matchRole(splitWords(name), c.names);
    return { name, role: !!m && !m.label };
  });
}

function bareTable(name: string): string {
  return name.replace(/[`"[\]]/g, '').split('.').pop()!.toLowerCase();
}

function findSqlRows(text: string, c: CompiledRules, structural: Candidate[], windows: Window[], lowerCase: boolean, out: Candidate[]): void {
  let tables: Map<string, Column[]> | undefined;
  const tableColumns = (table: string): Column[] | undefined => {
    if (!tables) {
      tables = new Map();
      CREATE.lastIndex = 0;
      for (let m = CREATE.exec(text); m; m = CREATE.exec(text)) {
        const body = splitTop(text, m.index + m[0].length, ')');
        const names = body.items.map((d) => d.text.trim()).filter((d) => d && !NOT_A_COLUMN.test(d)).map((d) => /^[`"[]?([\w$]+)/.exec(d)?.[1] ?? '');
        tables.set(bareTable(m[1]!), columnsOf(names, c));
      }
    }
    return tables.get(table);
  };
  let done = 0;
  for (const word of lowerCase ? ['INSERT', 'insert'] : ['INSERT']) {
    for (let from = text.indexOf(word); from >= 0; from = text.indexOf(word, from + 6)) {
      if (from < done || /\w/.test(text[from - 1] ?? '')) continue;
      INSERT.lastIndex = from;
      const ins = INSERT.exec(text);
      if (!ins) continue;
      const table = bareTable(ins[1]!);
      const columns = ins[2] ? columnsOf(ins[2].split(','), c) : tableColumns(table);
      if (!columns || !columns.some((col) => col.role)) continue;
      const tableShowsX = wordsShowX(splitWords(table));
      let at = INSERT.lastIndex;
      for (let rows = 0; rows < MAX_ROWS && text[at] === '('; rows++) {
        const row = splitTop(text, at + 1, ')');
        if (row.end < 0) break;
        if (inWindows(windows, at, row.end)) rowCandidates(row.items, columns, c, tableShowsX || holdsToken(structural, at, row.end), out);
        at = row.end + 1;
        while (at < text.length && /[\s,]/.test(text[at]!)) at++;
      }
      done = at;
    }
  }
}

/** "INSERT" starts inside one of `windows` (sorted): one forward search over the text in all. */
function insertInWindows(text: string, windows: Window[]): boolean {
  let next = -1;
  for (const [from, to] of windows) {
    if (next < from) next = text.indexOf('INSERT', from);
    if (next < 0) return false;
    if (next < to) return true;
  }
  return false;
}

function inWindows(windows: Window[], from: number, to: number): boolean {
  return windows.some(([a, b]) => a < to && from < b);
}

function holdsToken(structural: Candidate[], from: number, to: number): boolean {
  return structural.some((s) => s.start >= from && s.start < to);
}

interface Item {
  start: number;
  text: string;
}

/** Splits at top-level commas from `from` until the unmatched `close` (SQL quotes: '' escapes). */
function splitTop(text: string, from: number, close: string): { items: Item[]; end: number } {
  const items: Item[] = [];
  let depth = 0;
  let quote = '';
  let start = from;
  const limit = Math.min(text.length, from + 200_000);
  for (let i = from; i < limit; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
    else if (depth === 0 && (ch === ',' || ch === close)) {
      items.push({ start, text: text.slice(start, i) });
      start = i + 1;
      if (ch === close) return { items, end: i };
    }
  }
  return { items, end: -1 };
}

/** Columns of the 3-legged flow: the row holds a request token, whose secret is no secret (facts §2). */
const REQUEST_FLOW = /verifier|callback[_ ]?confirmed/i;
const TOKEN_COLUMN = /^(?:oauth[_ ]?)?token$/i;

function rowCandidates(cells: Item[], columns: Column[], c: CompiledRules, local: boolean, out: Candidate[]): void {
  if (cells.length !== columns.length) return;
  // A request token (no `<user id>-`) or a verifier in the row: its token secret is a request token's.
  const requestToken = columns.some((col, k) => REQUEST_FLOW.test(col.name) || (TOKEN_COLUMN.test(col.name) && /^\s*["']?[A-Za-z0-9]{16,}["']?\s*$/.test(cells[k]!.text)));
  cells.forEach((cell, k) => {
    if (!columns[k]!.role) return;
    const m = CELL.exec(cell.text);
    if (!m) return;
    const value = m[1] ?? m[2] ?? m[3]!;
    const cand = classify(columns[k]!.name, value, c, local);
    if (!cand || (requestToken && cand.ruleId === 'twitter-access-token-secret')) return;
    const start = cell.start + cell.text.indexOf(value);
    out.push({ ...cand, start, end: start + value.length });
  });
}

/** A value under a column name, as the name detector would take it (see context.ts). */
function classify(name: string, value: string, c: CompiledRules, local: boolean): Candidate | null {
  const match = matchRole(splitWords(name), c.names);
  if (!match || match.label) return null;
  const phrase = match.role.words.join(' ');
  const fits = phraseFit(phrase, value, c);
  if (fits.length === 0) return null;
  if (match.prefix.some((w) => c.otherServices.has(w)) && !wordsShowX(match.prefix)) return null;
  // X's current length first; then a pure-alphanumeric "secret" is OAuth 1.0a's consumer secret.
  const modern = fits.filter((f) => f.modern);
  const pool = modern.length ? modern : fits;
  const fit = pool.find((f) => f.rule.role === 'consumer-secret') ?? pool[0]!;
  const specific = c.byPhrase.get(phrase)!.specific;
  const cand: Candidate = {
    ruleId: fit.rule.id,
    start: 0,
    end: 0,
    secret: value,
    via: 'name',
    specific,
    localEvidence: local || wordsShowX(match.prefix) || nameHasXPrefix(name),
    modern: fit.modern,
    details: {},
  };
  if (match.role.words.length === 1) cand.bareWord = true;
  return cand;
}

const DELIMITERS = [',', '\t', ';', '|'];
/** Files of delimited rows: CSV, TSV and their plain-text exports. */
const DELIMITED = /\.(?:csv|tsv|psv|txt|dat)$/i;
const HEADER_FIELD = /^\s*["']?[A-Za-z_][\w .-]{0,60}["']?\s*$/;

/** CSV/TSV: the first line is a header naming a role column; rows with as many fields follow. */
function findCsvRows(text: string, path: string, c: CompiledRules, structural: Candidate[], windows: Window[], out: Candidate[]): void {
  const nl = text.indexOf('\n');
  if (nl < 0 || nl > 4000) return;
  const head = text.slice(0, nl).replace(/\s+$/, '');
  const delim = DELIMITERS.find((d) => head.split(d).length >= 2);
  if (!delim) return;
  const header = head.split(delim);
  if (!header.every((f) => HEADER_FIELD.test(f))) return;
  const columns = columnsOf(header, c);
  if (!columns.some((col) => col.role)) return;
  const fileShowsX = /twitter|tweet/i.test(path);
  let lastLine = -1;
  for (const [from, to] of windows) {
    let s = Math.max(nl + 1, text.lastIndexOf('\n', from) + 1);
    while (s < to && s < text.length) {
      let e = text.indexOf('\n', s);
      if (e < 0) e = text.length;
      if (s > lastLine) {
        lastLine = s;
        const cells: Item[] = [];
        let at = s;
        for (const part of text.slice(s, e).split(delim)) {
          cells.push({ start: at, text: part });
          at += part.length + 1;
        }
        rowCandidates(cells, columns, c, fileShowsX || holdsToken(structural, s, e), out);
      }
      s = e + 1;
    }
  }
}
