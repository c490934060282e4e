import fc from 'fast-check';
import stdlibNormalCdf from '@stdlib/stats-base-dists-normal-cdf';
import { NpsCounts } from '../../../src/core/survey/nps';
import { compareNps } from '../../../src/core/survey/npsComparison';

const counts = (promoters: number, passives: number, detractors: number): NpsCounts => ({
  promoters,
  passives,
  detractors,
  responses: promoters + passives + detractors,
});
const countsArb = fc
  .tuple(fc.nat(200), fc.nat(200), fc.nat(200))
  .filter(([p, q, d]) => p + q + d > 0)
  .map(([p, q, d]) => counts(p, q, d));

describe('compareNps', () => {
  it('works the Wald test by hand', () => {
    // a: p 0.5, d 0.2, n 10 → NPS 30, v 0.61; b: p 0.1, d 0.7, n 10 → NPS −60, v 0.8 − 0.36 = 0.44.
    // z = 0.9 / √(0.061 + 0.044) = 0.9 / 0.324037 = 2.777460; p = erfc(2.777460/√2) = 0.0054786
    const test = compareNps(counts(5, 3, 2), counts(1, 2, 7), 'wald');
    expect(test.difference).toBeCloseTo(90, 12);
    expect(test.z).toBeCloseTo(2.7774602993176547, 12);
    expect(test.pValue).toBeCloseTo(0.005478553242547366, 12);
  });

  it('works the adjusted test by hand (the default)', () => {
    // a: p̃ = 5.75/13, d̃ = 2.75/13 → NPS̃ = 3/13, ṽ = 8.5/13 − 9/169 = 0.6005917
    // b: p̃ = 1.75/13, d̃ = 7.75/13 → NPS̃ = −6/13, ṽ = 9.5/13 − 36/169 = 0.5177515
    // z = (9/13) / √((0.6005917 + 0.5177515)/13) = 0.6923077 / 0.2933141 = 2.360299…
    const a = counts(5, 3, 2);
    const b = counts(1, 2, 7);
    const va = 8.5 / 13 - 9 / 169;
    const vb = 9.5 / 13 - 36 / 169;
    const z = 9 / 13 / Math.sqrt((va + vb) / 13);
    const test = compareNps(a, b);
    expect(test.difference).toBeCloseTo(90, 12); // the difference is of the NPS as measured
    expect(test.z).toBeCloseTo(z, 12);
    expect(test.z).toBeCloseTo(2.3603873774083297, 9);
    expect(test.pValue).toBeCloseTo(2 * stdlibNormalCdf(-z, 0, 1), 12); // ≈ 0.018256
  });

  it('always answers for the Wald test: 1 when no spread and equal, 0 when no spread and different', () => {
    expect(compareNps(counts(3, 0, 0), counts(5, 0, 0), 'wald').pValue).toBe(1);
    expect(compareNps(counts(3, 0, 0), counts(0, 0, 1), 'wald').pValue).toBe(0);
    // One sample without spread: a 4 promoters (SE 0); b p = d = 0.5, n 4 (SE 50) → z = 2, p = 2Φ(−2)
    expect(compareNps(counts(4, 0, 0), counts(2, 0, 2), 'wald').pValue).toBeCloseTo(0.04550026389635844, 12);
  });

  it('gives a number between 0 and 1, symmetric in a and b, 1 for equal shares, both methods', () => {
    fc.assert(
      fc.property(countsArb, countsArb, fc.constantFrom('adjusted' as const, 'wald' as const), (a, b, method) => {
        const p = compareNps(a, b, method).pValue;
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(compareNps(b, a, method).pValue).toBeCloseTo(p, 12);
        expect(compareNps(a, counts(2 * a.promoters, 2 * a.passives, 2 * a.detractors), 'wald').pValue).toBeCloseTo(1, 12);
      }),
    );
  });
});
