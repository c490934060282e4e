import fc from 'fast-check';
import { cesFromCounts, countCes } from '../../../src/core/survey/ces';

describe('CES 2.0', () => {
  it('classifies a 7-point scale: 5–7 easy, 4 neutral, 1–3 difficult', () => {
    expect(countCes([1, 2, 3, 4, 5, 6, 7], 7)).toEqual({ sum: 28, easy: 3, difficult: 3, responses: 7 });
  });

  it('classifies a 5-point scale: 4–5 easy, 3 neutral, 1–2 difficult', () => {
    expect(countCes([1, 2, 3, 4, 5], 5)).toEqual({ sum: 15, easy: 2, difficult: 2, responses: 5 });
  });

  it('skips NaN (no score)', () => {
    expect(countCes([NaN, 7, NaN], 7)).toEqual({ sum: 7, easy: 1, difficult: 0, responses: 1 });
  });

  it.each([
    // scores, scale, method, expected — by hand
    [[7, 6, 4, 2], 7, 'mean', 4.75], // 19 / 4
    [[7, 6, 4, 2], 7, 'easy', 50], // 7, 6 of 4
    [[7, 6, 4, 2], 7, 'net', 25], // 50 − 25
    [[5, 4, 3, 1], 5, 'net', 25], // 50 − 25
    [[3, 3, 3], 5, 'net', 0],
    [[1, 1], 7, 'net', -100],
    [[5], 7, 'easy', 100],
  ] as const)('%j on 1–%d by %s is %d', (scores, scale, method, expected) => {
    expect(cesFromCounts(countCes(scores, scale), method)).toBeCloseTo(expected, 12);
  });

  it('refuses an empty sample', () => {
    expect(() => cesFromCounts(countCes([], 7), 'mean')).toThrow('at least one response');
  });

  it('keeps mean on the scale, easy in 0..100 and net in −100..100', () => {
    fc.assert(
      fc.property(fc.constantFrom(5 as const, 7 as const), fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1 }), (scale, raw) => {
        const scores = raw.map((s) => Math.min(s, scale));
        const c = countCes(scores, scale);
        expect(cesFromCounts(c, 'mean')).toBeGreaterThanOrEqual(1);
        expect(cesFromCounts(c, 'mean')).toBeLessThanOrEqual(scale);
        expect(cesFromCounts(c, 'easy')).toBeGreaterThanOrEqual(0);
        expect(cesFromCounts(c, 'easy')).toBeLessThanOrEqual(100);
        expect(Math.abs(cesFromCounts(c, 'net'))).toBeLessThanOrEqual(100);
        // Net counts the neutral middle as 0: it equals 100 × the mean of +1/0/−1.
        const coded = scores.map((s) => (s >= (scale === 7 ? 5 : 4) ? 1 : s <= (scale === 7 ? 3 : 2) ? -1 : 0));
        expect(cesFromCounts(c, 'net')).toBeCloseTo((100 * coded.reduce((a: number, b) => a + b, 0)) / scores.length, 9);
      }),
    );
  });
});
