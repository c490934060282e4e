import fc from 'fast-check';
import { countCsat, csatFromCounts, topTwoBoxFrom } from '../../../src/core/survey/csat';

describe('CSAT', () => {
  it.each([
    [5, 4],
    [7, 6],
    [10, 9],
  ] as const)('top-2-box on 1–%d starts at %d', (scale, from) => {
    expect(topTwoBoxFrom(scale)).toBe(from);
  });

  it.each([
    [[5, 4, 3, 2], 4, 50], // 5, 4 of 4
    [[5, 4, 3, 2], 3, 75],
    [[10, 9, 8, 7, 1], 9, 40], // 2 of 5
    [[1, 1, 1], 4, 0],
    [[NaN, 5, NaN, 1], 4, 50], // NaN skipped: 1 of 2
  ])('%j with satisfied from %d is %d', (scores, from, expected) => {
    expect(csatFromCounts(countCsat(scores, from))).toBeCloseTo(expected, 12);
  });

  it('refuses an empty sample', () => {
    expect(() => csatFromCounts(countCsat([NaN], 4))).toThrow('at least one response');
  });

  it('lies in 0..100 and never falls when the threshold is lowered', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1 }), fc.integer({ min: 2, max: 10 }), (scores, from) => {
        const strict = csatFromCounts(countCsat(scores, from));
        const loose = csatFromCounts(countCsat(scores, from - 1));
        expect(strict).toBeGreaterThanOrEqual(0);
        expect(strict).toBeLessThanOrEqual(100);
        expect(loose).toBeGreaterThanOrEqual(strict);
      }),
    );
  });
});
