import fc from 'fast-check';
import { defaultTarget, effectiveTarget, touchpointGap } from '../../src/core/touchpointValuation';

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
