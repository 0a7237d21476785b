/** Every sentence the CLI prints, in one place (user-facing text is data, not formatter code). */

/** A path as a shell word, for commands we suggest (quoted only when it needs it). */
const shellWord = (p: string): string => (/^[\w@%+=:,./-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`);

export const messages = {
  usage: `Usage: scan-twitter-secrets [options] [path ...]
       scan-twitter-secrets --staged [path ...]     (pre-commit hook: what the commit will contain)
       scan-twitter-secrets install [--force] | uninstall
       scan-twitter-secrets merge-reports [-f text|markdown|json] [-o [format=]file] [name=]report.json ...
       scan-twitter-secrets revoke [--yes] [--format text|json] [--staged | --history] [path ...]
                                                    (revoke by API what X lets a call revoke)

Find leaked X (Twitter) API credentials and say how to regenerate them.
Paths default to "." (inside a git work tree: the files git sees, so .gitignore applies).

Options:
      --staged              scan the staged changes (the index), not the working tree; with paths,
                            only those staged files (lint-staged, pre-commit framework)
      --force               install: keep an existing foreign pre-commit hook and run it after the scan
      --history             scan every commit on all refs (branches, tags, remotes, stashes)
      --history-range <r>   scan only a revision range, e.g. main..feature (implies --history)
      --since <date>        scan only commits after a date, e.g. 2024-01-01 (implies --history)
      --baseline <file>     findings recorded in this baseline are known and do not fail the run
      --write-baseline <f>  record the current findings as a baseline and exit 0
      --github-event        derive the scan from the GitHub Actions event (used by action.yml); a push
                            or pull request is scanned with the suppressions of its base commit
      --no-inline-allow     "twitter-secrets:allow" markers suppress nothing
      --verify              ask X whether each credential found still works (sends each one to X,
                            one side-effect-free call per credential; off by default)
      --ignore-dead         with --verify: credentials X rejects (dead) do not block
      --yes                 revoke: do not ask before revoking (needed without a terminal)
  -f, --format <format>     text (default), json, sarif (code scanning) or github (Actions annotations)
  -o, --output <file>       write the report to a file instead of standard output
  -o, --output <fmt>=<file> also write another format to a file (repeatable: one scan, several reports)
      --show-secrets        print secrets in full (masked by default)
  -i, --include <glob>      scan only matching paths (repeatable)
  -e, --exclude <glob>      skip matching paths (repeatable)
  -c, --config <file>       config file (default: .twitter-secrets.json at the repository root)
      --no-git              walk the file system even inside a git work tree (.gitignore not applied)
      --list-rules          list the detection rules
      --explain <rule-id>   print a rule's description and how to regenerate that credential
      --fail-on-skip        exit 2 when anything was not scanned (a file that could not be read, a
                            history blob over 64 MB, a missing git object, history past a shallow clone)
  -v, --verbose             also list ignored findings and skipped files
      --color / --no-color  force or disable colour (default: on a terminal, unless NO_COLOR is set)
  -h, --help                show this help
      --version             print the version

Exit codes: 0 no blocking finding, 1 blocking findings, 2 could not scan (with --fail-on-skip: or skipped something).
  revoke: 0 everything revocable is dead afterwards, 1 something revocable still works, 2 could not run.
Allow a false positive: "twitter-secrets:allow" on its line, or its fingerprint in .twitter-secrets-ignore.`,
  error: (msg: string) => `scan-twitter-secrets: ${msg}`,
  unknownRule: (id: string) => `unknown rule "${id}" (see --list-rules)`,
  badFormat: (f: string, allowed: string[]) => `unknown format "${f}" (choose ${allowed.join(', ')})`,
  cannotWrite: (file: string, why: string) => `cannot write ${file}: ${why}`,
  reportWritten: (file: string, format: string) => `${format} report written to ${file}`,
  emptyOutput: (value: string) => `-o ${value}: no file name`,
  sameOutput: (name: string) => `-o names ${name} twice: give each report its own file`,
  args: {
    emptyPath: 'an empty path was given',
    emptyGlob: 'an empty glob was given to --include/--exclude',
    noPaths: (command: string) => `${command} takes no paths (to scan a directory named ${command}, use ./${command})`,
    mergeNeedsReports: 'merge-reports needs JSON reports to merge: merge-reports [name=]report.json ...',
    forceOnly: '--force is an option of install',
    stagedOrHistory: '--staged and --history are different scans: choose one',
    historyNoPaths: '--history scans the repository in the current directory and takes no paths (use --history-range for a range)',
    emptyRange: '--history-range needs a revision range, e.g. main..feature',
    rangeOption: '--history-range takes revisions (e.g. main..feature ^v1.0), not git options',
  },
  event: {
    notACommit: (field: string) => `the GitHub event payload's ${field} is not a commit id (40 or 64 hex digits)`,
    needsEnv: '--github-event needs GITHUB_EVENT_NAME and GITHUB_EVENT_PATH (set by GitHub Actions)',
    unreadable: (path: string, why: string) => `cannot read the GitHub event payload ${path}: ${why}`,
    notAnObject: (path: string) => `the GitHub event payload ${path} is not a JSON object`,
  },
  githubEventAlone: '--github-event decides what is scanned from the event: it takes no paths, --staged, --history, --history-range or --since',
  unreadable: (path: string, code: string) =>
    code === 'ELOOP' ? `not following symlink: ${path}` : code === 'ENOTREG' ? `not a regular file: ${path}` : `cannot read ${path}: ${code}`,
  unreadableDir: (path: string, code: string) => `cannot read directory ${path}: ${code}`,
  missingObject: (sha: string, path?: string) =>
    `not scanned: git object ${sha}${path ? ` (${path})` : ''} is missing from this repository (a partial clone's objects are never fetched)`,
  dubiousOwnership: (path: string) =>
    `git refuses the repository at ${path}: it belongs to another user ("dubious ownership"); if you trust it: git config --global --add safe.directory ${shellWord(path)}`,
  gitRefused: (path: string, reason: string) => `git refuses the repository at ${path}: ${reason} (to scan the folder as plain files: --no-git)`,
  /** The one stderr line when --fail-on-skip turns skips into exit 2 (the report itself lists them all). */
  failOnSkip: (n: number, first: string) =>
    `scan-twitter-secrets: ${n} item${n === 1 ? '' : 's'} could not be scanned, and --fail-on-skip makes that fatal (exit 2); ${first}${n > 1 ? ` (and ${n - 1} more: see the warnings)` : ''}`,
  ignoredRoot: (arg: string) => `${arg} is ignored by .gitignore: nothing in it was scanned (--no-git scans it anyway)`,
  noGit: 'git is not installed: the tree was walked without .gitignore (install git, or pass --no-git to silence this)',
  baselineWritten: (file: string, n: number) => `scan-twitter-secrets: baseline written to ${file} (${n} finding${n === 1 ? '' : 's'}); run with --baseline ${file} to fail only on new ones`,
  invalidJson: (what: string, where: { line: number; column: number; reason: string } | null) =>
    `${what} is not valid JSON${where ? `: line ${where.line}, column ${where.column}: ${where.reason}` : ''}`,
  /** jsonc-parser's error codes, in words (the position is given beside them; the text never is). */
  jsonError: {
    InvalidSymbol: 'unexpected characters (text outside quotes?)',
    InvalidNumberFormat: 'malformed number',
    PropertyNameExpected: 'expected a property name in double quotes (a trailing comma?)',
    ValueExpected: 'expected a value',
    ColonExpected: 'expected a colon',
    CommaExpected: 'expected a comma',
    CloseBraceExpected: 'expected a closing brace }',
    CloseBracketExpected: 'expected a closing bracket ]',
    EndOfFileExpected: 'unexpected text after the end of the document',
    InvalidCommentToken: 'comments are not allowed in JSON',
    UnexpectedEndOfComment: 'unterminated comment',
    UnexpectedEndOfString: 'unterminated string',
    UnexpectedEndOfNumber: 'unterminated number',
    InvalidUnicode: 'invalid \\u escape in a string',
    InvalidEscapeCharacter: 'invalid escape in a string',
    InvalidCharacter: 'control character in a string',
    default: 'syntax error',
  } as Record<string, string>,
  staleBaseline: (e: { fingerprint: string; ruleId: string; file: string }) =>
    `baseline entry ${e.fingerprint} (${e.ruleId}, was in ${e.file}) is no longer found: remove it from the baseline`,
  statusNote: {
    leak: '',
    expired: 'expired (issued more than 2 hours ago): warning only',
    'public-client': "X's public web-client token, not your secret: warning only",
    'client-id': 'public in PKCE apps: warning only unless its client secret is beside it',
    'already-committed': '',
  } as Record<string, string>,
  details: {
    appId: (v: string) => `App ID ${v}`,
    userId: (v: string) => `account user id ${v}`,
    issuedAt: (v: string) => `issued ${v}`,
  } as Record<string, (v: string) => string>,
  setTitle: { oauth1: 'OAuth 1.0a / app credentials', oauth2: 'OAuth 2.0 client and user tokens' } as Record<string, string>,
  howToFix: 'How to regenerate what leaked',
  revokeByApi: 'Revoke by API:',
  falsePositive: (fp: string) =>
    `Not a real credential? Add "twitter-secrets:allow" to its line, or this line to .twitter-secrets-ignore:\n    fingerprint:${fp}  # why it is safe`,
  summary: (s: { findings: number; blocking: number; warnings: number; files: number; scanned: number; ignored: number; binary: number; excluded: number; notScanned: number; noun: string }) => {
    const parts = [`scanned ${s.scanned} ${s.noun}${s.scanned === 1 ? '' : 's'}`];
    if (s.findings === 0) parts.push('no X credentials found');
    else parts.push(`${s.findings} X credential${s.findings === 1 ? '' : 's'} found in ${s.files} file${s.files === 1 ? '' : 's'} (${s.blocking} blocking, ${s.warnings} warning${s.warnings === 1 ? '' : 's'})`);
    if (s.ignored) parts.push(`${s.ignored} ignored`);
    if (s.binary) parts.push(`${s.binary} binary skipped`);
    if (s.excluded) parts.push(`${s.excluded} excluded`);
    if (s.notScanned) parts.push(`${s.notScanned} not scanned (see warnings)`);
    return parts.join('; ');
  },
  ruleListHeader: ['RULE', 'BLOCKS', 'WHAT'],
  github: { notScannedTitle: 'scan-twitter-secrets: not scanned', warningTitle: 'scan-twitter-secrets' },
  history: {
    shallow: (n: number) =>
      `not scanned: history before this shallow clone's depth (the scanned revisions reach ${n} commit${n === 1 ? '' : 's'} whose parents were never fetched; git fetch --unshallow for a full audit)`,
    noCommits: 'the repository has no commits yet: nothing to scan in history',
    tooBig: (path: string, size: number) => `not scanned (larger than 64 MB): ${path} (${Math.round(size / 1e6)} MB)`,
    progress: (done: number, total: number, mbps: number, eta: number) =>
      `scanning history: ${done}/${total} objects, ${mbps.toFixed(1)} MB/s, about ${Math.ceil(eta)} s left`,
    introduced: (c: { hash: string; date: string; author: string; subject: string }) =>
      `introduced in ${c.hash.slice(0, 12)} (${c.date.slice(0, 10)}, ${c.author}): "${c.subject}"`,
    seenIn: (n: number) => `in ${n} commit${n === 1 ? '' : 's'}`,
    atHead: (present: boolean) => (present ? 'still present at HEAD' : 'no longer at HEAD (but still in history)'),
    remediationTitle: 'These values are in the repository history',
  },
  merge: {
    unreadable: (path: string, why: string) => `cannot read report ${path}: ${why}`,
    notAReport: (path: string) => `${path} is not a scan-twitter-secrets JSON report (version 1): write one with --format json`,
    badFormat: (f: string) => `merge-reports writes text, markdown or json, not "${f}"`,
    notAnOption: (o: string) => `--${o} is not an option of merge-reports (it takes -f FORMAT and -o [FORMAT=]FILE)`,
    summary: (repos: number, findings: number, blocking: number, withFindings: number, skipped: string[]) =>
      `${repos} repositor${repos === 1 ? 'y' : 'ies'}: ${findings} finding${findings === 1 ? '' : 's'} (${blocking} blocking) in ${withFindings}` +
      (skipped.length ? `; not fully scanned: ${skipped.join(', ')}` : ''),
  },
  range: {
    changedFile: (name: string, base: string | null) =>
      `this change modifies ${name}: suppressions are read from ${base ? `the base commit ${base.slice(0, 12)}` : 'before the range (none: it starts at a root commit)'}, so its new entries count once it is merged`,
    onlyByChange: (by: string) => `suppressed only by this change (${by}): still blocking; land the entry on the base branch first`,
    unknown: (sha: string) =>
      `the event's commit ${sha.slice(0, 12)} is not in this clone (actions/checkout needs fetch-depth: 0): the range cannot be determined, so the checked-out tree was scanned instead`,
  },
  verify: {
    badApiBase: (name: string) => `${name} must be an https:// URL, or http:// to a loopback address (127.0.0.1, ::1, localhost)`,
    badMs: (name: string) => `${name} must be a whole number of milliseconds`,
    ignoreDeadNeedsVerify: '--ignore-dead needs --verify (verifying sends each credential found to X)',
    rejected: (status: number) => `X rejected it (${status})`,
    works: (status: number) => `X accepted it (${status})`,
    limited: (status: number) => `authenticates; access is limited (${status})`,
    rateLimited: (until: string | null) => (until ? `rate limited until ${until}` : 'rate limited'),
    answered: (status: number) => `X answered ${status}`,
    networkError: 'network error',
    timedOut: 'network error (timed out)',
    deadline: 'not checked: the time allowed for checks ran out',
    account: (handle: string, id: string) => `@${handle} (id ${id})`,
    expired: (issued: string) => `expired${issued ? ` (issued ${issued})` : ''}: not sent to X`,
    noPair: 'no pair to sign with (the API key and its secret, and for a token its secret, must be in the same set)',
    pairDead: "cannot tell: the set's API key/secret is dead, so nothing could sign for the token",
    publicClient: "not checked: X's public web-client token, not yours",
    noSafeCheck: 'not checked: no side-effect-free check',
    /** The tag beside a finding in text reports. */
    tag: { live: 'LIVE', dead: 'dead', unknown: 'unknown' } as Record<string, string>,
    sarif: (status: string, detail: string) => `Checked with X: ${status} (${detail}).`,
    summary: (c: { live: number; dead: number; unknown: number }) => `checked with X: ${c.live} live, ${c.dead} dead, ${c.unknown} unknown`,
  },
  revoke: {
    yesOnly: '--yes is an option of revoke',
    notAnOption: (o: string) => `--${o} is not an option of revoke`,
    badFormat: (f: string) => `revoke reports as text or json, not "${f}"`,
    noTerminal: 'revoke asks before revoking and there is no terminal to ask on: nothing was revoked (run it in a terminal, or add --yes)',
    nothing: 'no X credentials found: nothing to revoke',
    planTitle: (set: string, file: string) => `Credential set ${set} in ${file}`,
    willRevoke: 'Will revoke now (irreversible):',
    willBreak: 'What stops working:',
    breaks: {
      'twitter-bearer-token': "the app's app-only (bearer) calls, until a new bearer token is generated",
      'twitter-access-token': "the app's calls on behalf of the account that authorised it (user context)",
      'twitter-oauth2-access-token': "the client's calls for that user until the user authorises again",
      'twitter-oauth2-refresh-token': 'the client can no longer renew its access for that user: the user must authorise again',
    } as Record<string, string>,
    consoleOnly: 'Only the developer console can rotate (steps below):',
    question: 'Revoke these now? [y/N] ',
    results: {
      revoked: 'revoked',
      'already-dead': 'already dead',
      failed: 'FAILED',
      'console-only': 'console only',
      'not-revocable': 'not revocable',
      declined: 'not revoked (you said no)',
    } as Record<string, string>,
    detail: {
      revoked: 'revoked; X now rejects it',
      revokedWithToken: 'revoked with its access token',
      revokedUnchecked: 'X accepted the revocation (a refresh token cannot be re-checked without using it)',
      consoleOnly: 'no API call revokes it: regenerate it in the developer console',
      clientId: 'a client ID is public: nothing to revoke (regenerate the client secret if it leaked)',
      noPair: 'no API key and API key secret in the same set to sign the revocation',
      noToken: 'no access token in the same set (it is revoked with its access token)',
      noTokenSecret: 'no access token secret in the same set to sign the revocation',
      noClientId: 'no client ID in the same set',
      publicClient: "X's public web-client token, not yours",
      declined: 'you answered no',
      xError: (status: number, what: string) => `X answered ${status}${what ? `: ${what}` : ''}`,
      stillLive: (why: string) => `X accepted the call but the credential still works (${why})`,
      recheck: (why: string) => `revocation sent, but the re-check could not confirm it: ${why}`,
    },
    summary: (c: { revoked: number; alreadyDead: number; failed: number; consoleOnly: number; notRevocable: number; declined: number }) =>
      `revoked ${c.revoked}, already dead ${c.alreadyDead}, failed ${c.failed}, console only ${c.consoleOnly}, not revocable ${c.notRevocable}${c.declined ? `, declined ${c.declined}` : ''}`,
    consoleSteps: 'Rotate these in the developer console',
  },
  hook: {
    headline: 'scan-twitter-secrets: this commit adds X (Twitter) credentials',
    whatNow: 'What to do with this commit',
    steps: [
      'The staged files still hold the values. In each file listed above:',
      '  1. Remove the value; read it from an environment variable or a git-ignored .env file instead',
      '     (Python: os.environ["X_API_KEY"]; Node: process.env.X_API_KEY).',
      '  2. Add that .env file to .gitignore.',
      '  3. Re-stage the file (git add <file>) and commit again.',
      'To take a file out of this commit instead: git restore --staged <file>',
      'If a value was ever pushed or shared anywhere, rotate it anyway (steps above): removing it from this commit does not make it secret again.',
      'To revoke at once the tokens X lets an API call revoke (asks first; never run by this hook): scan-twitter-secrets revoke --staged',
    ],
    earlier: 'Already committed earlier (not blocking this commit, but exposed in history):',
    earlierNote: 'this value is already in the previous commit: rotate it and audit the history (scan-twitter-secrets --history)',
    warnings: 'Warnings (not blocking):',
    bypassTitle: 'Only if you are sure it is not a real credential',
    bypass: (fp: string) => [
      '  Commit once without the check: git commit --no-verify   (or: SKIP=scan-twitter-secrets git commit ...)',
      '  Mark a false positive for good: put "twitter-secrets:allow" in a comment on its line,',
      `  or add to .twitter-secrets-ignore:  fingerprint:${fp}  # why it is safe`,
    ],
    summary: (files: number, found: number, blocking: number) =>
      blocking > 0
        ? `scanned ${files} staged file${files === 1 ? '' : 's'}: ${found} credential${found === 1 ? '' : 's'} found, commit blocked`
        : `scanned ${files} staged file${files === 1 ? '' : 's'}: ${found ? `no new credentials (${found} warning${found === 1 ? '' : 's'})` : 'no X credentials found'}`,
    skipped: 'scan-twitter-secrets: skipped (SKIP=scan-twitter-secrets)',
  },
  /** The plain git hook's startup snapshot (install/snapshot.ts). */
  snapshot: {
    /** Ends install's line "installed the pre-commit hook at …". */
    built: (nodeVersion: string) => ` (with a startup snapshot for Node ${nodeVersion})`,
    notBuilt: (reason: string) => ` (without a startup snapshot: ${reason}; it runs the plain bundle)`,
    /** Ends uninstall's line "removed the pre-commit hook at …". */
    removed: ' and its startup snapshot',
    trackedHooksDir: 'the hooks directory is inside the work tree, where a binary of several MB could be committed',
    onlyStaged: 'scan-twitter-secrets: this startup snapshot runs only the pre-commit hook\'s scan (--staged); run scan-twitter-secrets itself for anything else',
    removedLeftover: (blob: string) => `removed a startup snapshot left at ${blob}`,
    /** Printed once by the hook (then silent until the next install); the commit is still scanned. */
    stale: "scan-twitter-secrets: the hook's startup snapshot no longer matches Node or this package (or is damaged); scanning without it. Run 'scan-twitter-secrets install' to rebuild it.",
  },
};
