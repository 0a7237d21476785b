/** The shape every source yields: a named piece of content, from the file system or from git. */
export interface Blob {
  /** Display path: relative, forward slashes. */
  path: string;
  /** Bytes already in memory (git blobs), or a file-system path to read (Buffer for odd names). */
  bytes?: Uint8Array;
  fsPath?: string | Buffer;
  /** Anything the source wants carried onto its findings (commit, "already committed", ...). */
  provenance?: Record<string, unknown>;
}
