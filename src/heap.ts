/**
 * Young generations grow with the allocation rate, and a large scan allocates fast in every thread:
 * left alone each ends up holding tens of MB, mostly garbage. Kept at their starting size, a scan of
 * 45,000 files peaks about 40 MB lower, at no measurable cost in speed. The flag is process-wide; it
 * is set first thing (loading the rules alone would grow the main thread's young generation, which
 * never shrinks back), and again once each worker thread is up, because starting one resets it.
 */
import { v8 } from './builtin.js';

export function keepYoungGenerationsSmall(): void {
  v8().setFlagsFromString('--semi-space-growth-factor=1');
}
