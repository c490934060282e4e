import fc from 'fast-check';
import stdlibNormalCdf from '@stdlib/stats-base-dists-normal-cdf';
import stdlibNormalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { normalCdf, normalQuantile, twoSidedCriticalValue, twoSidedPValue } from '../../../src/core/survey/normalDistribution';

/** |actual − expected| within `relative` of |expected| (or of 1e-300 near 0). */
function expectRelativelyClose(actual: number, expected: number, relative: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.max(Math.abs(expected), 1e-300));
}

describe('normalCdf (Hart 5666 / West)', () => {
  // Φ(x) = erfc(−x/√2)/2, computed with Python's math.erfc (the C library's erfc), an
  // implementation independent of this one.
  it.each([
    [-10, 7.619853024160593e-24],
    [-5, 2.866515718791946e-7],
    [-3, 0.0013498980316300957],
    [-1.96, 0.024997895148220435],
    [-1, 0.15865525393145707],
    [0, 0.5],
    [0.5, 0.6914624612740131],
    [1, 0.8413447460685429],
    [1.959963984540054, 0.975],
    [3, 0.9986501019683699],
    [8, 0.9999999999999993],
  ])('Φ(%d) = %d', (x, expected) => {
    expect(Math.abs(normalCdf(x) - expected)).toBeLessThanOrEqual(2.3e-16);
    expectRelativelyClose(normalCdf(x), expected, 1e-8);
  });

  it('is 0 and 1 far out, and NaN for NaN', () => {
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
    expect(normalCdf(NaN)).toBeNaN();
  });

  it('agrees with @stdlib (fdlibm erfc) to 2.3e-16 absolute and 1e-8 relative over the whole line', () => {
    // Hart's approximation is accurate in absolute terms; relative to Φ its error peaks near
    // 9e-9 just past |x| = 7.07 (Φ < 1e-12 there), far below what a p-value needs.
    fc.assert(
      fc.property(fc.double({ min: -37, max: 37, noNaN: true }), (x) => {
        const reference = stdlibNormalCdf(x, 0, 1);
        expect(Math.abs(normalCdf(x) - reference)).toBeLessThanOrEqual(2.3e-16);
        expectRelativelyClose(normalCdf(x), reference, 1e-8);
      }),
      { numRuns: 5000 },
    );
  });

  it('is symmetric: Φ(−x) = 1 − Φ(x)', () => {
    fc.assert(fc.property(fc.double({ min: -8, max: 8, noNaN: true }), (x) => Math.abs(normalCdf(-x) - (1 - normalCdf(x))) < 1e-15));
  });
});

describe('twoSidedPValue', () => {
  it.each([
    [0, 1],
    [1.959963984540054, 0.05], // 2 × 0.025
    [-1.959963984540054, 0.05],
    [3, 0.0026997960632601914], // 2 × Φ(−3) from erfc above
    [10, 2 * 7.619853024160593e-24], // no cancellation to 0 far in the tail
  ])('P(|Z| ≥ |%d|) = %d', (z, expected) => {
    expectRelativelyClose(twoSidedPValue(z), expected, 1e-8);
    expect(Math.abs(twoSidedPValue(z) - expected)).toBeLessThanOrEqual(5e-16);
  });
});

describe('normalQuantile (Wichura AS 241)', () => {
  // Standard normal percentage points as published in tables to 15 digits.
  it.each([
    [0.975, 1.959963984540054],
    [0.995, 2.575829303548901],
    [0.95, 1.644853626951472],
    [0.9, 1.281551565544601],
    [0.999, 3.090232306167814],
    [0.5, 0],
    [0.025, -1.959963984540054],
  ])('Φ⁻¹(%d) = %d', (p, expected) => {
    expect(Math.abs(normalQuantile(p) - expected)).toBeLessThan(1e-14 * Math.max(1, Math.abs(expected)) + 1e-15);
  });

  it('agrees with @stdlib (erfinv-based) to 1e-9 relative for p in [1e-6, 1 − 1e-6]', () => {
    // @stdlib computes erfinv(2p − 1), which loses p's precision as p nears 0 (it returns
    // −Infinity below about 1e-17), so it is a reference only away from the extremes.
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }), (p) => {
        expectRelativelyClose(normalQuantile(p), stdlibNormalQuantile(p, 0, 1), 1e-9);
      }),
      { numRuns: 5000 },
    );
  });

  it('inverts normalCdf down to p = 1e-300', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1 - 1e-12, noNaN: true }), (p) => {
        // Bounded by normalCdf's own error: 1e-8 relative in the tail, 2.3e-16 absolute.
        const roundTrip = normalCdf(normalQuantile(p));
        expect(Math.abs(roundTrip - p)).toBeLessThanOrEqual(Math.max(2e-8 * Math.min(p, 1 - p), 4e-16));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([0, 1, -0.1, 1.5, NaN])('refuses probability %d', (p) => {
    expect(() => normalQuantile(p)).toThrow(RangeError);
  });
});

describe('twoSidedCriticalValue', () => {
  it.each([
    [0.95, 1.959963984540054],
    [0.99, 2.575829303548901],
    [0.9, 1.644853626951472],
  ])('z for %d confidence is %d', (confidence, z) => {
    expect(twoSidedCriticalValue(confidence)).toBeCloseTo(z, 13);
  });

  it.each([0, 1, 1.2, -0.5])('refuses confidence %d', (confidence) => {
    expect(() => twoSidedCriticalValue(confidence)).toThrow('is not between 0 and 1');
  });
});
