/** The two ways a run can fail to scan; both end in exit code 2 with a one-line message. */

/** Bad arguments or configuration: the user can fix the command line. */
export class UsageError extends Error {}

/** Could not scan: unreadable root, git failure, broken rules. */
export class ScanError extends Error {}
