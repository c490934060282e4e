/**
 * Runs a build while holding the document lock, so two builds started at once (two
 * users, or a double click) run one after the other instead of interleaving their writes
 * to the same tab (DESIGN §6).
 */
const LOCK_WAIT_MS = 30_000;

export function withDocumentLock<T>(what: string, run: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    throw new Error(`${what}: another build in this spreadsheet has been running for over ${LOCK_WAIT_MS / 1000} s; try again when it has finished`);
  }
  try {
    return run();
  } finally {
    lock.releaseLock();
  }
}
