/** Masking shared by every reporter: a few characters to recognise a value, never enough to use it. */
export function mask(secret: string): string {
  if (secret.length <= 8) return '*'.repeat(secret.length);
  return `${secret.slice(0, 4)}…${secret.slice(-2)}`;
}

/** A path as printed in text reports: control characters escaped, so a file name cannot forge lines. */
export function printable(path: string): string {
  return path.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}
