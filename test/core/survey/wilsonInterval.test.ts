import fc from 'fast-check';
import { wilsonInterval } from '../../../src/core/survey/wilsonInterval';

describe('wilsonInterval', () => {
  it.each([
    // Newcombe (1998), Statistics in Medicine 17, Table II, method 3 (Wilson score, no continuity correction), 95%.
    [81, 263, 25.53, 36.62],
    [15, 148, 6.24, 16.05],
    [0, 20, 0, 16.11],
    [1, 29, 0.61, 17.18],
  ])('matches Newcombe\'s published example %d/%d → %p–%p', (x, n, lower, upper) => {
    const interval = wilsonInterval(x, n);
    expect(interval.lower).toBeCloseTo(lower, 2);
    expect(interval.upper).toBeCloseTo(upper, 2);
  });

  it('works 1 of 2 by hand', () => {
    // p̂ = 0.5, z² = 3.841459, z²/n = 1.920729: centre (0.5 + 0.960365)/2.920729 = 0.5,
    // half = 1.959964/2.920729 × √(0.125 + 3.841459/16) = 0.671050 × √0.365091 = 0.671050 × 0.604228 = 0.405469
    const interval = wilsonInterval(1, 2);
    expect(interval.lower).toBeCloseTo(100 * (0.5 - 0.405469), 3);
    expect(interval.upper).toBeCloseTo(100 * (0.5 + 0.405469), 3);
  });

  it('ends exactly at 0 when no answer is a success and at 100 when all are (no rounding dust)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0.5, max: 0.999, noNaN: true }), (n, confidence) => {
        expect(wilsonInterval(0, n, confidence).lower).toBe(0);
        expect(wilsonInterval(n, n, confidence).upper).toBe(100);
      }),
    );
  });

  it('stays within 0..100, contains the share, and widens with confidence', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.5, max: 0.99, noNaN: true }), (n, f, confidence) => {
        const x = Math.round(f * n);
        const interval = wilsonInterval(x, n, confidence);
        expect(interval.lower).toBeGreaterThanOrEqual(0);
        expect(interval.upper).toBeLessThanOrEqual(100);
        expect(interval.lower).toBeLessThanOrEqual((100 * x) / n + 1e-9);
        expect(interval.upper).toBeGreaterThanOrEqual((100 * x) / n - 1e-9);
        const wider = wilsonInterval(x, n, confidence + (1 - confidence) / 2);
        expect(wider.upper - wider.lower).toBeGreaterThan(interval.upper - interval.lower);
      }),
    );
  });
});
