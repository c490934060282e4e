import fc from 'fast-check';
import { defaultTarget, effectiveTarget, meanScore, touchpointGap, valuationFromMeanScore } from '../../../src/core/journey/touchpointValuation';

describe('touchpoint targets and gaps (DESIGN §2 TOUCHPOINT_GAP)', () => {
  it.each([
    // current, target, effective target, gap — worked from the rule by hand
    [-2, undefined, 0, 2],
    [-1, undefined, 0, 1],
    [0, undefined, 0, 0],
    [1, undefined, 1, 0],
    [2, undefined, 2, 0],
    [0, 2, 2, 2], // a chosen differentiator
    [-2, 1, 1, 3],
    [2, 0, 0, -2], // over-served
    [-0.5, undefined, 0, 0.5],
  ])('current %d, target %s → target %d, gap %d', (current, target, expectedTarget, expectedGap) => {
    expect(effectiveTarget(current, target)).toBe(expectedTarget);
    expect(touchpointGap(current, target)).toBe(expectedGap);
  });

  it('never leaves a default gap negative, and closes every negative touchpoint to 0', () => {
    fc.assert(
      fc.property(fc.double({ min: -2, max: 2, noNaN: true }), (current) => {
        expect(touchpointGap(current, undefined)).toBeGreaterThanOrEqual(0);
        expect(current + touchpointGap(current, undefined)).toBe(Math.max(current, 0) + 0);
        expect(defaultTarget(current)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('valuationFromMeanScore (DESIGN §2 TOUCHPOINT_VALUE)', () => {
  it.each([
    // mean, min, max, valuation — −2 + 4 × (mean − min)/(max − min)
    [1, 1, 5, -2],
    [3, 1, 5, 0],
    [5, 1, 5, 2],
    [4, 1, 5, 1],
    [2.5, 0, 10, -1], // −2 + 4 × 0.25
    [1.5, 1, 7, -2 + 4 / 12],
  ])('mean %d on %d–%d → %d', (mean, min, max, expected) => {
    expect(valuationFromMeanScore(mean, min, max)).toBeCloseTo(expected, 12);
  });

  it('maps min, midpoint and max to −2, 0, +2 on any scale', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100, max: 100 }), fc.integer({ min: 1, max: 100 }), (min, width) => {
        const max = min + width;
        expect(valuationFromMeanScore(min, min, max)).toBeCloseTo(-2, 9);
        expect(valuationFromMeanScore((min + max) / 2, min, max)).toBeCloseTo(0, 9);
        expect(valuationFromMeanScore(max, min, max)).toBeCloseTo(2, 9);
      }),
    );
  });

  it('refuses a scale whose minimum is not below its maximum', () => {
    expect(() => valuationFromMeanScore(3, 5, 5)).toThrow('must be below');
  });

  it('averages scores, skipping NaN', () => {
    expect(meanScore([4, NaN, 5, 3])).toBe(4);
    expect(meanScore([NaN])).toBeUndefined();
  });
});
