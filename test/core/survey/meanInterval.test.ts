import { meanInterval } from '../../../src/core/survey/meanInterval';

describe('meanInterval', () => {
  it('works 5, 6, 7 by hand and clips to the scale', () => {
    // S = 18, Q = 110, mean 6, s² = (110 − 108)/2 = 1; t(0.975, 2) = 4.302653; half = 4.302653/√3 = 2.484138
    const interval = meanInterval(3, 18, 110, 0.95, 1, 7)!;
    expect(interval.lower).toBeCloseTo(6 - 2.484138, 6);
    expect(interval.upper).toBe(7);
    expect(meanInterval(3, 18, 110, 0.95, 1, 10)!.upper).toBeCloseTo(6 + 2.484138, 6);
  });

  it('works 2, 4, 4, 4, 5, 5, 7, 9 by hand (s = 2.138)', () => {
    // S = 40, Q = 232, mean 5, s² = (232 − 200)/7 = 4.571429, s/√8 = 0.755929; t(0.975, 7) = 2.364624
    const interval = meanInterval(8, 40, 232, 0.95, 1, 10)!;
    expect(interval.lower).toBeCloseTo(5 - 2.364624 * 0.755929, 5);
    expect(interval.upper).toBeCloseTo(5 + 2.364624 * 0.755929, 5);
  });

  it('has no interval below two answers, and none wider than nothing when all agree', () => {
    expect(meanInterval(1, 5, 25, 0.95, 1, 7)).toBeUndefined();
    expect(meanInterval(0, 0, 0, 0.95, 1, 7)).toBeUndefined();
    expect(meanInterval(4, 20, 100, 0.95, 1, 7)).toEqual({ lower: 5, upper: 5 });
  });
});
