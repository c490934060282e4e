import fc from 'fast-check';
import { expectedNpsMargin, npsSampleSize, worstCaseNpsSampleSize } from '../../../src/core/survey/npsSampleSize';

const Z95 = 1.959963984540054;

describe('npsSampleSize', () => {
  it('gives the worst case by the closed form', () => {
    // ⌈1.959964² / 0.05² − 3⌉ = ⌈3.841459 / 0.0025 − 3⌉ = ⌈1533.58⌉ = 1534
    expect(npsSampleSize(5)).toBe(1534);
    // ⌈3.841459 / 0.01 − 3⌉ = ⌈381.15⌉ = 382
    expect(npsSampleSize(10)).toBe(382);
    // 90%: z = 1.644854, ⌈2.705543 / 0.0025 − 3⌉ = ⌈1079.2⌉ = 1080
    expect(npsSampleSize(5, 0.9)).toBe(1080);
    expect(worstCaseNpsSampleSize(50, 0.5)).toBe(1); // z²/0.25 − 3 < 0: at least one answer
  });

  it('searches with the expected shares: 120 answers for ±5 at 95% promoters (not the closed formula\'s 70)', () => {
    // n = 120: p̃ = 114.75/123 = 0.932927, d̃ = 0.75/123 = 0.006098, ṽ = 0.939024 − 0.926829² = 0.079982
    //          margin = 1.959964 × 100 × √(0.079982/123) = 4.9986 ≤ 5
    // n = 119: p̃ = 113.8/122 = 0.932787, d̃ = 0.006148, ṽ = 0.080275, margin = 5.0277 > 5
    expect(expectedNpsMargin(120, { promoters: 0.95, detractors: 0 }, Z95)).toBeCloseTo(4.9986, 3);
    expect(expectedNpsMargin(119, { promoters: 0.95, detractors: 0 }, Z95)).toBeCloseTo(5.0277, 3);
    expect(npsSampleSize(5, 0.95, { promoters: 0.95, detractors: 0 })).toBe(120);
    // The closed formula with unadjusted shares: 1.959964² × (0.95 − 0.9025) / 0.05² − 3 = 69.99 → 70
    expect(Math.ceil((Z95 ** 2 * (0.95 - 0.95 ** 2)) / 0.05 ** 2 - 3)).toBe(70);
  });

  it('with half promoters and half detractors needs about the worst case (ṽ = (n + 1.5)/(n + 3), just under 1)', () => {
    for (const margin of [1, 2.5, 5, 10, 20]) {
      const n = npsSampleSize(margin, 0.95, { promoters: 0.5, detractors: 0.5 });
      expect(n).toBeLessThanOrEqual(npsSampleSize(margin));
      expect(n).toBeGreaterThanOrEqual(npsSampleSize(margin) - 2);
    }
  });

  it('is the smallest n whose margin is within the target, and never above the worst case', () => {
    const share = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(fc.double({ min: 2, max: 50, noNaN: true }), share, share, fc.double({ min: 0.8, max: 0.99, noNaN: true }), (margin, a, b, confidence) => {
        const shares = { promoters: a * (1 - b), detractors: b * (1 - a) };
        const z = -stdNormalQuantileLower((1 - confidence) / 2);
        const n = npsSampleSize(margin, confidence, shares);
        expect(n).toBeGreaterThanOrEqual(1);
        expect(n).toBeLessThanOrEqual(npsSampleSize(margin, confidence));
        expect(expectedNpsMargin(n, shares, z)).toBeLessThanOrEqual(margin + 1e-9);
        for (let k = 1; k < n; k++) expect(expectedNpsMargin(k, shares, z)).toBeGreaterThan(margin);
      }),
      { numRuns: 60 },
    );
  });
});

/** Φ⁻¹ by bisection on erfc-free Φ (a route apart from the product's Wichura algorithm). */
function stdNormalQuantileLower(p: number): number {
  const cdf = (x: number) => {
    // Φ by Simpson's rule on the density from 0 to |x|.
    const steps = 2000;
    const h = Math.abs(x) / steps;
    let sum = 0;
    for (let i = 0; i <= steps; i++) {
      const t = i * h;
      const w = i === 0 || i === steps ? 1 : i % 2 === 1 ? 4 : 2;
      sum += w * Math.exp((-t * t) / 2);
    }
    const half = ((sum * h) / 3) / Math.sqrt(2 * Math.PI);
    return x >= 0 ? 0.5 + half : 0.5 - half;
  };
  let lo = -10;
  let hi = 0;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (cdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
