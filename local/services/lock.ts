/**
 * LockService with real serialisation: one document lock per workbook. While one Lock holds
 * it, another Lock's tryLock() answers false and waitLock() fails with Apps Script's
 * timeout message. (Local code runs synchronously, so no time can pass in which the holder
 * could let go: a wait that would block is reported at once.)
 */
import { Exposed } from '../instrument';

export interface LockState {
  holder: LocalLock | undefined;
}

export class LocalLock extends Exposed implements Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'> {
  readonly gasClass = 'Lock';
  constructor(private readonly state: LockState) {
    super();
  }
  tryLock(_timeoutInMillis: number): boolean {
    if (this.state.holder && this.state.holder !== this) return false;
    this.state.holder = this;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  releaseLock(): void {
    if (this.state.holder === this) this.state.holder = undefined;
  }
  hasLock(): boolean {
    return this.state.holder === this;
  }
}

/** Each getDocumentLock() is a new Lock on the same document, as each execution gets in Apps Script. */
export class LocalLockService extends Exposed implements Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'> {
  readonly gasClass = 'LockService';
  private readonly document: LockState = { holder: undefined };
  private readonly script: LockState = { holder: undefined };
  private readonly user: LockState = { holder: undefined };
  getDocumentLock(): GoogleAppsScript.Lock.Lock {
    return new LocalLock(this.document) as unknown as GoogleAppsScript.Lock.Lock;
  }
  getScriptLock(): GoogleAppsScript.Lock.Lock {
    return new LocalLock(this.script) as unknown as GoogleAppsScript.Lock.Lock;
  }
  getUserLock(): GoogleAppsScript.Lock.Lock {
    return new LocalLock(this.user) as unknown as GoogleAppsScript.Lock.Lock;
  }
  /** Whether any document lock is held now (for tests: a build must release its lock). */
  documentLockHeld(): boolean {
    return this.document.holder !== undefined;
  }
}
