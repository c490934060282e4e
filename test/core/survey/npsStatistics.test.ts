import fc from 'fast-check';
import stdlibNormalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { NpsCounts } from '../../../src/core/survey/nps';
import { exactCoverage } from '../../../scripts/coverage';
import { npsEstimate, npsInterval, npsMarginOfError, npsStandardError } from '../../../src/core/survey/npsStatistics';

const counts = (promoters: number, passives: number, detractors: number): NpsCounts => ({
  promoters,
  passives,
  detractors,
  responses: promoters + passives + detractors,
});

/**
 * A reference with a different route: code every respondent +1/0/−1 (the adjusted method adds
 * ¾ of a +1, 1½ of a 0 and ¾ of a −1 as weighted pseudo-answers), take the weighted mean and the
 * mean of squared deviations by their definitions, and use @stdlib's normal quantile.
 */
function reference(c: NpsCounts, confidence: number, adjusted: boolean) {
  const weighted: [number, number][] = [
    [1, c.promoters + (adjusted ? 0.75 : 0)],
    [0, c.passives + (adjusted ? 1.5 : 0)],
    [-1, c.detractors + (adjusted ? 0.75 : 0)],
  ];
  const n = weighted.reduce((s, [, w]) => s + w, 0);
  const mean = weighted.reduce((s, [x, w]) => s + x * w, 0) / n;
  const variance = weighted.reduce((s, [x, w]) => s + w * (x - mean) ** 2, 0) / n;
  const margin = stdlibNormalQuantile((1 + confidence) / 2, 0, 1) * 100 * Math.sqrt(variance / n);
  return { centre: 100 * mean, margin, lower: Math.max(-100, 100 * mean - margin), upper: Math.min(100, 100 * mean + margin) };
}
const countsArb = fc
  .tuple(fc.nat(300), fc.nat(300), fc.nat(300))
  .filter(([p, q, d]) => p + q + d > 0)
  .map(([p, q, d]) => counts(p, q, d));
const confidenceArb = fc.double({ min: 0.5, max: 0.999, noNaN: true });

describe('Wald interval (method "wald")', () => {
  it('matches the published check (Rocks 2016): p = 0.5, d = 0.2, n = 400 → SE 3.905, ±7.65 at 95%', () => {
    const c = counts(200, 120, 80);
    // v = (0.5 + 0.2) − (0.5 − 0.2)² = 0.61; SE = 100 × √(0.61 / 400) = 3.9051248…
    expect(npsEstimate(c, 'wald').variance).toBeCloseTo(0.61, 14);
    expect(npsStandardError(c, 'wald')).toBeCloseTo(3.905, 3);
    // 1.959963984540054 × 3.905124837953327 = 7.653904…
    expect(npsMarginOfError(c, 0.95, 'wald')).toBeCloseTo(7.653904037521335, 10);
    const interval = npsInterval(c, 0.95, 'wald');
    expect([interval.nps, interval.centre, interval.lower, interval.upper]).toEqual([30, 30, 30 - interval.margin, 30 + interval.margin]);
  });

  it('is 0 wide when every answer is in one class: the reason it is not the default', () => {
    expect(npsMarginOfError(counts(10, 0, 0), 0.95, 'wald')).toBe(0);
    expect(npsInterval(counts(10, 0, 0), 0.95, 'wald')).toMatchObject({ lower: 100, upper: 100 });
  });
});

describe('adjusted-Wald interval (the default)', () => {
  it('works P = 5, D = 2, n = 10 by hand', () => {
    // p̃ = 5.75/13 = 0.4423077, d̃ = 2.75/13 = 0.2115385, NPS̃ = 3/13 = 0.2307692
    // ṽ = 8.5/13 − (3/13)² = 0.6538462 − 0.0532544 = 0.6005917
    // margin = 1.959963984540054 × 100 × √(0.6005917/13) = 1.95996 × 100 × 0.2149404 = 42.127538
    const interval = npsInterval(counts(5, 3, 2));
    expect(interval.nps).toBe(30);
    expect(interval.centre).toBeCloseTo(300 / 13, 12);
    expect(interval.margin).toBeCloseTo(42.127538453286746, 9);
    expect(interval.lower).toBeCloseTo(300 / 13 - 42.127538453286746, 9); // −19.0506
    expect(interval.upper).toBeCloseTo(300 / 13 + 42.127538453286746, 9); // 65.2045
    expect(npsMarginOfError(counts(5, 3, 2))).toBeCloseTo(42.127538453286746, 9);
  });

  it('is not 0 wide for a uniform sample, and is clipped at 100', () => {
    // 3 promoters: p̃ = 3.75/6, d̃ = 0.75/6, NPS̃ = 0.5, ṽ = 0.75 − 0.25 = 0.5
    // margin = 1.959964 × 100 × √(0.5/6) = 1.959964 × 28.867513 = 56.579287
    const interval = npsInterval(counts(3, 0, 0));
    expect(interval.margin).toBeCloseTo(56.579286703808584, 9);
    expect(interval.lower).toBeCloseTo(50 - 56.579286703808584, 9);
    expect(interval.upper).toBe(100);
  });

  it('agrees with the weighted pseudo-answer reference, both methods, any confidence (1e-9)', () => {
    fc.assert(
      fc.property(countsArb, confidenceArb, fc.boolean(), (c, confidence, adjusted) => {
        const ref = reference(c, confidence, adjusted);
        const interval = npsInterval(c, confidence, adjusted ? 'adjusted' : 'wald');
        expect(interval.centre).toBeCloseTo(ref.centre, 9);
        expect(interval.margin).toBeCloseTo(ref.margin, 9);
        expect(interval.lower).toBeCloseTo(ref.lower, 9);
        expect(interval.upper).toBeCloseTo(ref.upper, 9);
      }),
    );
  });

  it('contains the adjusted estimate, stays within −100..100, and is never 0 wide', () => {
    fc.assert(
      fc.property(countsArb, confidenceArb, (c, confidence) => {
        const interval = npsInterval(c, confidence);
        expect(interval.lower).toBeLessThanOrEqual(interval.centre);
        expect(interval.centre).toBeLessThanOrEqual(interval.upper);
        expect(interval.lower).toBeGreaterThanOrEqual(-100);
        expect(interval.upper).toBeLessThanOrEqual(100);
        expect(interval.margin).toBeGreaterThan(0);
      }),
    );
  });

  it('widens as confidence rises', () => {
    fc.assert(
      fc.property(countsArb, confidenceArb, confidenceArb, (c, a, b) => {
        fc.pre(b - a > 1e-6); // confidences a few ulps apart give the same z
        const low = npsInterval(c, a);
        const high = npsInterval(c, b);
        expect(high.margin).toBeGreaterThan(low.margin);
        expect(high.lower).toBeLessThanOrEqual(low.lower);
        expect(high.upper).toBeGreaterThanOrEqual(low.upper);
      }),
    );
  });

  it('narrows as n grows with the same shares', () => {
    fc.assert(
      fc.property(countsArb, fc.integer({ min: 2, max: 10 }), (c, k) => {
        const more = counts(k * c.promoters, k * c.passives, k * c.detractors);
        expect(npsMarginOfError(more)).toBeLessThan(npsMarginOfError(c));
      }),
    );
  });
});

/**
 * The "Must show": exact coverage of the default 95% interval (the one NPS_CI returns),
 * with the probability of each sample computed here on its own route — a binomial for the
 * promoters times a binomial for the detractors among the rest (running products, not the
 * log-factorials of scripts/coverage.ts, which must agree).
 */
function binomialPmf(n: number, share: number): number[] {
  const pmf = [Math.pow(1 - share, n)];
  for (let k = 1; k <= n; k++) pmf.push((pmf[k - 1] * (n - k + 1) * share) / (k * (1 - share)));
  if (share === 1) return Array.from({ length: n + 1 }, (_, k) => (k === n ? 1 : 0));
  return pmf;
}

function coverage(n: number, p: number, d: number): number {
  const truth = 100 * (p - d);
  let covered = 0;
  binomialPmf(n, p).forEach((pPromoters, P) => {
    const rest = n - P;
    const dGivenNotPromoter = p === 1 ? 0 : d / (1 - p);
    binomialPmf(rest, dGivenNotPromoter).forEach((pDetractors, D) => {
      const interval = npsInterval(counts(P, rest - D, D));
      if (interval.lower <= truth + 1e-9 && truth - 1e-9 <= interval.upper) covered += pPromoters * pDetractors;
    });
  });
  return covered;
}

describe('coverage of the default 95% interval (exact, every possible sample)', () => {
  const shares: [number, number][] = [
    [0.95, 0],
    [0.9, 0.02],
    [0.8, 0.05],
    [0.5, 0.2],
    [0.33, 0.33],
    [0.2, 0.1],
    [0.05, 0.9],
  ];
  it.each(shares)('covers ≥ 90%% at n = 10 and ≥ 92%% at n = 20 and 30 for promoters %p, detractors %p', (p, d) => {
    expect(coverage(10, p, d)).toBeGreaterThanOrEqual(0.9);
    expect(coverage(20, p, d)).toBeGreaterThanOrEqual(0.92);
    expect(coverage(30, p, d)).toBeGreaterThanOrEqual(0.92);
  });

  it('sums probabilities to 1, and agrees with npm run coverage (log-factorials) to 1e-12', () => {
    expect(binomialPmf(10, 0.95).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(binomialPmf(10, 0.95)[10]).toBeCloseTo(0.95 ** 10, 12); // all 10 promoters
    for (const [p, d] of shares) expect(Math.abs(coverage(20, p, d) - exactCoverage(20, p, d, 0.95, 'adjusted'))).toBeLessThan(1e-12);
  });

  it('falls short where the README says: about 88% at n = 10 with 80% promoters and no detractors', () => {
    expect(coverage(10, 0.8, 0)).toBeCloseTo(0.879, 3);
  });
});
