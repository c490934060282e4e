import { NPS_MOE } from '../../src/functions/npsMoe';
import { column } from '../helpers/cells';

/** n answers: `promoters` 10s, `passives` 7s, the rest 0s. */
const sample = (promoters: number, passives: number, detractors: number) =>
  column(...Array(promoters).fill(10), ...Array(passives).fill(7), ...Array(detractors).fill(0));

describe('NPS_MOE', () => {
  it('gives ±7.65 for the published p = 0.5, d = 0.2, n = 400', () => {
    // 1.959963984540054 × 100 × √(0.61 / 400) = 7.6539040…
    expect(NPS_MOE(sample(200, 120, 80))).toBeCloseTo(7.653904037521335, 10);
  });

  it('takes a confidence level as a number, numeric text or a cell', () => {
    // z(0.90) = 1.6448536269514722; 1.6448536… × 3.905124837953327 = 6.42336…
    const expected = 1.6448536269514722 * 3.905124837953327;
    expect(NPS_MOE(sample(200, 120, 80), 0.9)).toBeCloseTo(expected, 10);
    expect(NPS_MOE(sample(200, 120, 80), '0,9' as never)).toBeCloseTo(expected, 10);
    expect(NPS_MOE(sample(200, 120, 80), [[0.9]] as never)).toBeCloseTo(expected, 10);
    expect(NPS_MOE(sample(200, 120, 80), '' as never)).toBeCloseTo(7.653904037521335, 10);
  });

  it('reads rows and blocks, skipping blanks and text, counting numeric text', () => {
    // 10, "9", 0, 7 valid (blank, "n/a" skipped): p 0.5, d 0.25, n 4 → var 0.75 − 0.0625 = 0.6875
    // MOE = 1.959963984540054 × 100 × √(0.6875 / 4) = 81.2566…
    const expected = 1.959963984540054 * 100 * Math.sqrt(0.6875 / 4);
    expect(NPS_MOE([[10, '9', ''], [0, 'n/a', '7,0']] as never)).toBeCloseTo(expected, 10);
    expect(NPS_MOE([[10, ' 9 ', 0, 7]] as never)).toBeCloseTo(expected, 10);
  });

  it('is 0 for a single answer or when every answer is in one class', () => {
    expect(NPS_MOE(9)).toBe(0);
    expect(NPS_MOE(sample(5, 0, 0))).toBe(0);
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
