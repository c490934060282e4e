import { withDocumentLock } from '../../src/sheets/documentLock';
import { useLocalServices } from './localServices';

describe('withDocumentLock', () => {
  it('runs the build holding the lock and releases it, also when the build throws', () => {
    const { addon } = useLocalServices({ Sheet1: [] });
    expect(withDocumentLock('Build', () => addon.lockService.documentLockHeld())).toBe(true);
    expect(addon.lockService.documentLockHeld()).toBe(false);
    expect(() =>
      withDocumentLock('Build', () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(addon.lockService.documentLockHeld()).toBe(false);
  });

  it('refuses to run while another build holds the lock, naming the build', () => {
    const { addon } = useLocalServices({ Sheet1: [] });
    const other = addon.lockService.getDocumentLock();
    other.tryLock(0);
    let ran = false;
    expect(() => withDocumentLock('Valuation grid', () => (ran = true))).toThrow(
      'Valuation grid: another build in this spreadsheet has been running for over 30 s; try again when it has finished',
    );
    expect(ran).toBe(false);
    expect(other.hasLock()).toBe(true); // the other build's lock is not taken from it
  });
});
