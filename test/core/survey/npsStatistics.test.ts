import fc from 'fast-check';
import stdlibNormalCdf from '@stdlib/stats-base-dists-normal-cdf';
import stdlibNormalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { NpsCounts } from '../../../src/core/survey/nps';
import { npsMarginOfError, npsStandardError, npsVariance, npsWaldTest } from '../../../src/core/survey/npsStatistics';

const counts = (promoters: number, passives: number, detractors: number): NpsCounts => ({
  promoters,
  passives,
  detractors,
  responses: promoters + passives + detractors,
});

/**
 * A reference with a different route: code every respondent +1/0/−1, take the sample
 * variance of that list by its definition (mean of squared deviations), and use @stdlib's
 * normal quantile and CDF.
 */
function reference(c: NpsCounts) {
  const coded = [...Array(c.promoters).fill(1), ...Array(c.passives).fill(0), ...Array(c.detractors).fill(-1)];
  const mean = coded.reduce((s, x) => s + x, 0) / coded.length;
  const variance = coded.reduce((s, x) => s + (x - mean) ** 2, 0) / coded.length;
  const se = 100 * Math.sqrt(variance / coded.length);
  return { nps: 100 * mean, variance, se };
}
const countsArb = fc
  .tuple(fc.nat(300), fc.nat(300), fc.nat(300))
  .filter(([p, q, d]) => p + q + d > 0)
  .map(([p, q, d]) => counts(p, q, d));

describe('NPS variance, standard error and margin of error', () => {
  it('matches the published check: p = 0.5, d = 0.2, n = 400 → SE 3.905, ±7.65 at 95%', () => {
    const c = counts(200, 120, 80);
    // (0.5 + 0.2) − (0.5 − 0.2)² = 0.7 − 0.09 = 0.61
    expect(npsVariance(c)).toBeCloseTo(0.61, 14);
    // 100 × √(0.61 / 400) = 3.9051248…
    expect(npsStandardError(c)).toBeCloseTo(3.905, 3);
    // 1.959963984540054 × 3.905124837953327 = 7.653904…
    expect(npsMarginOfError(c)).toBeCloseTo(7.65, 2);
    expect(npsMarginOfError(c)).toBeCloseTo(7.653904037521335, 10);
  });

  it('uses the confidence level: 99% → z = 2.5758293035489', () => {
    // 2.575829303548901 × 3.905124837953327 = 10.05894…
    expect(npsMarginOfError(counts(200, 120, 80), 0.99)).toBeCloseTo(2.575829303548901 * 3.905124837953327, 10);
  });

  it('is 0 when every answer is in one class, or there is one answer', () => {
    expect(npsMarginOfError(counts(10, 0, 0))).toBe(0);
    expect(npsMarginOfError(counts(0, 0, 3))).toBe(0);
    expect(npsMarginOfError(counts(0, 1, 0))).toBe(0);
  });

  it('is largest (variance 1) when half promote and half detract', () => {
    // p = d = 0.5: 1 − 0 = 1; SE = 100 × √(1/4) = 50.
    expect(npsVariance(counts(2, 0, 2))).toBe(1);
    expect(npsStandardError(counts(2, 0, 2))).toBe(50);
  });

  it('refuses an empty sample', () => {
    expect(() => npsVariance(counts(0, 0, 0))).toThrow('at least one response');
  });

  it('agrees with the coded-respondent reference on random samples (1e-9)', () => {
    fc.assert(
      fc.property(countsArb, fc.double({ min: 0.5, max: 0.999, noNaN: true }), (c, confidence) => {
        const ref = reference(c);
        expect(npsVariance(c)).toBeCloseTo(ref.variance, 9);
        expect(npsStandardError(c)).toBeCloseTo(ref.se, 9);
        const z = stdlibNormalQuantile((1 + confidence) / 2, 0, 1);
        expect(Math.abs(npsMarginOfError(c, confidence) - z * ref.se)).toBeLessThan(1e-9 * Math.max(1, z * ref.se));
      }),
    );
  });

  it('never goes negative and shrinks as the sample grows with the same shares', () => {
    fc.assert(
      fc.property(countsArb, (c) => {
        expect(npsMarginOfError(c)).toBeGreaterThanOrEqual(0);
        const quadrupled = counts(4 * c.promoters, 4 * c.passives, 4 * c.detractors);
        // Same shares, 4× n: SE halves.
        expect(npsStandardError(quadrupled)).toBeCloseTo(npsStandardError(c) / 2, 9);
      }),
    );
  });
});

describe('npsWaldTest', () => {
  it('works a two-sample example by hand', () => {
    // a: p 0.5, d 0.2, n 10 → NPS 30, var 0.61; b: p 0.1, d 0.7, n 10 → NPS −60, var 0.8 − 0.36 = 0.44.
    // z = 90 / (100 × √(0.061 + 0.044)) = 90 / 32.4037 = 2.77746; p = erfc(2.77746/√2) = 0.0054786
    const test = npsWaldTest(counts(5, 3, 2), counts(1, 2, 7));
    expect(test.difference).toBeCloseTo(90, 12);
    expect(test.z).toBeCloseTo(2.7774602993176547, 12);
    expect(test.pValue).toBeCloseTo(0.005478553242547366, 12);
  });

  it('gives p = 1 for equal NPS and is symmetric in a and b', () => {
    expect(npsWaldTest(counts(5, 3, 2), counts(10, 6, 4)).pValue).toBeCloseTo(1, 12);
    fc.assert(
      fc.property(countsArb, countsArb, (a, b) => {
        fc.pre(npsVariance(a) + npsVariance(b) > 0);
        expect(npsWaldTest(a, b).pValue).toBeCloseTo(npsWaldTest(b, a).pValue, 12);
      }),
    );
  });

  it('agrees with the reference (coded variance + @stdlib CDF) to 1e-9', () => {
    fc.assert(
      fc.property(countsArb, countsArb, (a, b) => {
        const ra = reference(a);
        const rb = reference(b);
        fc.pre(ra.se + rb.se > 0);
        const z = (ra.nps - rb.nps) / Math.sqrt(ra.se ** 2 + rb.se ** 2);
        const p = 2 * stdlibNormalCdf(-Math.abs(z), 0, 1);
        expect(Math.abs(npsWaldTest(a, b).pValue - p)).toBeLessThan(1e-9);
      }),
    );
  });

  it('refuses two samples with no spread at all', () => {
    expect(() => npsWaldTest(counts(3, 0, 0), counts(0, 0, 1))).toThrow('every answer is in the same class');
  });

  it('still tests when only one sample has no spread', () => {
    // a: 4 promoters (SE 0, NPS 100); b: p 0.5, d 0.5, n 4 (NPS 0, SE 50) → z = 2, p = 2Φ(−2) = 0.04550026389635844
    expect(npsWaldTest(counts(4, 0, 0), counts(2, 0, 2)).pValue).toBeCloseTo(0.04550026389635844, 12);
  });
});
