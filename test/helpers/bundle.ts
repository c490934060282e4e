import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

export const DIST = path.resolve(__dirname, '../../dist');

export function distFile(name: string): string {
  return readFileSync(path.join(DIST, name), 'utf8');
}

/**
 * Evaluates dist/Code.js, the file `clasp push` uploads, in a fresh V8 context that has
 * only the JavaScript built-ins, plus whatever Apps Script stand-ins a test passes. No
 * `require`, `process`, `Buffer`, timers or `fetch`: Apps Script has none of them.
 */
export function loadBundle(globals: Record<string, unknown> = {}): vm.Context & Record<string, any> {
  const context = vm.createContext({ ...globals });
  vm.runInContext(distFile('Code.js'), context, { filename: 'Code.js' });
  return context;
}

/** What a call made inside the bundle threw, as plain text (the Error is from another realm). */
export function thrownMessage(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    return String((error as { message?: unknown }).message ?? error);
  }
  throw new Error('expected the call to throw, but it returned');
}
