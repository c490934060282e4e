import fc from 'fast-check';
import { countNps, npsFromCounts } from '../../../src/core/survey/nps';

const nps = (scores: number[]) => npsFromCounts(countNps(scores));
const score = fc.integer({ min: 0, max: 10 });

describe('countNps', () => {
  it('sorts 9–10 into promoters, 7–8 into passives and 0–6 into detractors', () => {
    expect(countNps([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual({ promoters: 2, passives: 2, detractors: 7, responses: 11 });
  });

  it('skips NaN, the mark of a cell that held no score', () => {
    expect(countNps([NaN, 9, NaN, 3])).toEqual({ promoters: 1, passives: 0, detractors: 1, responses: 2 });
  });
});

describe('npsFromCounts', () => {
  // Worked by hand from NPS = 100 · (promoters − detractors) / responses.
  it.each([
    [[9, 10, 0, 7], 25], // (2 − 1) / 4
    [[10, 10, 10], 100],
    [[0, 6, 3], -100],
    [[7, 8], 0],
    [[9, 9, 9, 6], 50], // (3 − 1) / 4
    [[10, 10, 10, 9, 8, 7, 6, 5, 0, 3], 0], // (4 − 4) / 10
    [[10, 6, 6], -100 / 3], // (1 − 2) / 3
  ])('NPS of %j is %d', (scores, expected) => {
    expect(nps(scores)).toBeCloseTo(expected, 12);
  });

  it('refuses to invent an NPS of nobody', () => {
    expect(() => npsFromCounts({ promoters: 0, passives: 0, detractors: 0, responses: 0 })).toThrow('at least one response');
  });
});

describe('NPS properties', () => {
  const scores = fc.array(score, { minLength: 1, maxLength: 200 });

  it('equals 100 × the mean of +1 per promoter, −1 per detractor, 0 per passive', () => {
    fc.assert(
      fc.property(scores, (s) => {
        const mean = s.reduce((sum, x) => sum + (x >= 9 ? 1 : x <= 6 ? -1 : 0), 0) / s.length;
        expect(nps(s)).toBeCloseTo(100 * mean, 9);
      }),
    );
  });

  it('lies in −100..100', () => {
    fc.assert(fc.property(scores, (s) => nps(s) >= -100 && nps(s) <= 100));
  });

  it('does not depend on the order of the answers', () => {
    fc.assert(fc.property(scores, fc.func(fc.integer()), (s, key) => {
      const shuffled = [...s].sort((a, b) => key(a) - key(b) || a - b);
      expect(nps(shuffled)).toBeCloseTo(nps(s), 9);
    }));
  });

  it('moves toward 0 by a factor n/(n+1) when a passive answers', () => {
    fc.assert(
      fc.property(scores, fc.constantFrom(7, 8), (s, passive) => {
        expect(nps([...s, passive])).toBeCloseTo((nps(s) * s.length) / (s.length + 1), 9);
        expect(Math.abs(nps([...s, passive]))).toBeLessThanOrEqual(Math.abs(nps(s)));
      }),
    );
  });
});
