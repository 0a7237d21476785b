/** Masking shared by every reporter: a few characters to recognise a value, never enough to use it. */
export function mask(secret: string): string {
  if (secret.length <= 8) return '*'.repeat(secret.length);
  return `${secret.slice(0, 4)}…${secret.slice(-2)}`;
}
