import { NPS_MOE } from '../../src/functions/npsMoe';
import { column } from '../helpers/cells';

const Z95 = 1.959963984540054;

/** n answers: `promoters` 10s, `passives` 7s, the rest 0s. */
const sample = (promoters: number, passives: number, detractors: number) =>
  column(...Array(promoters).fill(10), ...Array(passives).fill(7), ...Array(detractors).fill(0));

describe('NPS_MOE', () => {
  it('gives the Wald ±7.65 for the published p = 0.5, d = 0.2, n = 400 (Rocks 2016)', () => {
    // 1.959963984540054 × 100 × √(0.61 / 400) = 7.6539040…
    expect(NPS_MOE(sample(200, 120, 80), 0.95, 'wald')).toBeCloseTo(7.653904037521335, 10);
    expect(NPS_MOE(sample(200, 120, 80), '', ' Wald ' as never)).toBeCloseTo(7.653904037521335, 10);
  });

  it('gives the adjusted-Wald margin by default, worked by hand', () => {
    // P 200, D 80, n 400: p̃ = 200.75/403, d̃ = 80.75/403, NPS̃ = 120/403 = 0.297767,
    // ṽ = 281.5/403 − 0.297767² = 0.698511 − 0.088665 = 0.609846; 1.959964 × 100 × √(0.609846/403) = 1.959964 × 3.890083 = 7.6244
    const v = 281.5 / 403 - (120 / 403) ** 2;
    expect(NPS_MOE(sample(200, 120, 80))).toBeCloseTo(Z95 * 100 * Math.sqrt(v / 403), 10);
    expect(NPS_MOE(sample(200, 120, 80))).toBeCloseTo(7.6244, 4);
    // P 5, D 2, n 10: p̃ = 5.75/13, d̃ = 2.75/13, ṽ = 8.5/13 − (3/13)² = 0.600592 → 42.1275
    expect(NPS_MOE(sample(5, 3, 2))).toBeCloseTo(42.127538453286746, 9);
  });

  it('takes a confidence level as a number, numeric text or a cell', () => {
    // z(0.90) = 1.6448536269514722 × the adjusted SE 100 × √(0.609846/403) = 3.890083…
    const se = 100 * Math.sqrt((281.5 / 403 - (120 / 403) ** 2) / 403);
    const expected = 1.6448536269514722 * se;
    expect(NPS_MOE(sample(200, 120, 80), 0.9)).toBeCloseTo(expected, 10);
    expect(NPS_MOE(sample(200, 120, 80), '0,9' as never)).toBeCloseTo(expected, 10);
    expect(NPS_MOE(sample(200, 120, 80), [[0.9]] as never)).toBeCloseTo(expected, 10);
    expect(NPS_MOE(sample(200, 120, 80), '' as never)).toBeCloseTo(Z95 * se, 10);
  });

  it('reads rows and blocks, skipping blanks and text, counting numeric text and labelled answers', () => {
    // 10, "9", 0, 7 valid (blank, "n/a" skipped): p 0.5, d 0.25, n 4 → var 0.75 − 0.0625 = 0.6875
    // Wald MOE = 1.959963984540054 × 100 × √(0.6875 / 4) = 81.2566…
    const expected = Z95 * 100 * Math.sqrt(0.6875 / 4);
    expect(NPS_MOE([[10, '9', ''], [0, 'n/a', '7,0']] as never, 0.95, 'wald')).toBeCloseTo(expected, 10);
    expect(NPS_MOE([[10, ' 9 ', 0, 7]] as never, 0.95, 'wald')).toBeCloseTo(expected, 10);
    expect(NPS_MOE([['10 - Extremely likely', '9', '0 – Not at all likely', '7: likely']] as never, 0.95, 'wald')).toBeCloseTo(expected, 10);
  });

  it('is 0 (Wald) but not 0 (adjusted) for a single answer or when every answer is in one class', () => {
    expect(NPS_MOE(9, 0.95, 'wald')).toBe(0);
    expect(NPS_MOE(sample(5, 0, 0), 0.95, 'wald')).toBe(0);
    // One promoter: p̃ = 1.75/4, d̃ = 0.75/4, ṽ = 0.625 − 0.0625 = 0.5625 → 1.959964 × 100 × √(0.5625/4) = 73.4986
    expect(NPS_MOE(9)).toBeCloseTo(Z95 * 100 * Math.sqrt(0.5625 / 4), 10);
  });

  it('refuses a method it does not know, listing both', () => {
    expect(() => NPS_MOE(sample(1, 1, 1), 0.95, 'exact' as never)).toThrow('NPS_MOE: method "exact" is not allowed; allowed: adjusted, wald');
  });

  it.each([
    [1.2, 'NPS_MOE: confidence 1.2 is not allowed; allowed: a number between 0 and 1 (exclusive), e.g. 0.95 for 95%'],
    [95, 'NPS_MOE: confidence 95 is not allowed'],
    [0, 'NPS_MOE: confidence 0 is not allowed'],
    [1, 'NPS_MOE: confidence 1 is not allowed'],
    [true, 'NPS_MOE: confidence TRUE is not allowed'],
  ])('refuses confidence %j', (confidence, message) => {
    expect(() => NPS_MOE(sample(1, 1, 1), confidence as never)).toThrow(message);
  });

  it('names the function, value and position of a bad score, and an empty range', () => {
    expect(() => NPS_MOE(column(9, 11))).toThrow('NPS_MOE: 11 (row 2 of scores) is not a 0–10 score; allowed: whole numbers from 0 to 10');
    expect(() => NPS_MOE([[9, false]] as never)).toThrow('NPS_MOE: FALSE (column 2 of scores) is a checkbox or TRUE/FALSE value');
    expect(() => NPS_MOE(column(new Date(2026, 0, 5)))).toThrow('NPS_MOE: 2026-01-0');
    expect(() => NPS_MOE(column('', 'n/a'))).toThrow('NPS_MOE: scores has no 0–10 scores');
    expect(() => NPS_MOE([] as never)).toThrow('NPS_MOE: scores has no 0–10 scores');
  });
});
