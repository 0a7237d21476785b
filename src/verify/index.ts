/** The network side (--verify, revoke) as one lazily loaded chunk: run.ts imports it only when asked. */
export { sessionSettings, openSession } from './session.js';
export { verifyFindings, unblockDead } from './verify.js';
export { runRevoke } from './revoke.js';
