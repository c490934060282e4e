import fc from 'fast-check';
import { isHighImportance, isHighPerformance, priorityOf } from '../../../src/core/drivers/importancePerformance';

describe('importance–performance priorities (Martilla & James 1977)', () => {
  it('places each quadrant', () => {
    // 4 drivers: the equal share is 25 %; average mean 3.5.
    expect(priorityOf(40, 3, 4, 3.5)).toBe('concentrate');
    expect(priorityOf(40, 4, 4, 3.5)).toBe('keepUp');
    expect(priorityOf(10, 4, 4, 3.5)).toBe('overkill');
    expect(priorityOf(10, 3, 4, 3.5)).toBe('low');
  });

  it('counts the equal share 100/k as high importance, within 1e-9 points', () => {
    expect(isHighImportance(25, 4)).toBe(true);
    expect(isHighImportance(100 / 3 - 5e-10, 3)).toBe(true);
    expect(isHighImportance(100 / 3 - 2e-9, 3)).toBe(false);
    expect(isHighImportance(100, 1)).toBe(true); // a lone driver has all the importance
  });

  it('counts a mean equal to the average of the means as high performance, rounding aside', () => {
    expect(isHighPerformance(3.5, 3.5)).toBe(true);
    // Three means of 0.1 average to (0.1 + 0.1 + 0.1)/3 = 0.10000000000000002 in floating point.
    expect((0.1 + 0.1 + 0.1) / 3).toBeGreaterThan(0.1);
    expect(isHighPerformance(0.1, (0.1 + 0.1 + 0.1) / 3)).toBe(true);
    expect(isHighPerformance(3.49, 3.5)).toBe(false);
  });

  it('makes k drivers of equal importance and equal means all "Keep up the good work"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.double({ min: -10, max: 10, noNaN: true }), (k, mean) => {
        const shares = Array.from({ length: k }, () => 100 / k);
        const average = Array.from({ length: k }, () => mean).reduce((a, b) => a + b, 0) / k;
        for (const share of shares) expect(priorityOf(share, mean, k, average)).toBe('keepUp');
      }),
    );
  });
});
