import { CES } from '../../src/functions/ces';
import { CES_BY } from '../../src/functions/cesBy';
import { column } from '../helpers/cells';

describe('CES_BY', () => {
  it('gives the mean, its t interval clipped to the scale, and the easy/difficult shares, worked by hand', () => {
    const table = CES_BY(column(5, 6, 7, 2), column('Web', 'Web', 'Web', 'Store'));
    expect(table[0]).toEqual(['Group', 'Responses', 'Mean', 'CI low', 'CI high', 'Easy %', 'Difficult %', 'Net easy']);
    // Store: one answer — no interval.
    expect(table[1]).toEqual(['Store', 1, 2, '', '', 0, 100, -100]);
    // Web: 5, 6, 7 → mean 6, s = 1, t(0.975, 2) = 4.302653: 6 ± 2.484138 → 3.515862 to 8.48 clipped to 7.
    expect(table[2].slice(0, 3)).toEqual(['Web', 3, 6]);
    expect(table[2][3]).toBeCloseTo(3.515862, 6);
    expect(table[2][4]).toBe(7);
    expect(table[2].slice(5)).toEqual([100, 0, 100]);
    // Total: 5, 6, 7, 2 → mean 5, s² = (0 + 1 + 4 + 9)/3 = 4.666667, s/√4 = 1.080123;
    // t(0.975, 3) = 3.182446: 5 − 3.437483 = 1.562517
    expect(table[3].slice(0, 3)).toEqual(['Total', 4, CES(column(5, 6, 7, 2))]);
    expect(table[3][3]).toBeCloseTo(5 - 3.182446305284263 * Math.sqrt(14 / 3 / 4), 9);
    expect(table[3].slice(4)).toEqual([7, 75, 25, 50]);
  });

  it('takes the 5-point scale and a confidence level', () => {
    // 1–5: easy 4–5, difficult 1–2. Answers 4, 2, 3, 5: mean 3.5, s² = (0.25 + 2.25 + 0.25 + 2.25)/3 = 1.666667;
    // 90%: t(0.95, 3) = 2.353363, half = 2.353363 × √(1.666667/4) = 1.519093
    const table = CES_BY(column(4, 2, 3, 5), column('x', 'x', 'x', 'x'), '', 5, 0.9);
    expect(table[1][2]).toBe(3.5);
    expect(table[1][3]).toBeCloseTo(3.5 - 2.353363434801823 * Math.sqrt(5 / 3 / 4), 9);
    expect(table[1].slice(5)).toEqual([50, 25, 25]);
    expect(() => CES_BY(column(6), column('x'), '', 5)).toThrow('CES_BY: 6 (scores) is not a 1–5 effort score');
    expect(() => CES_BY(column(6), column('x'), '', 6)).toThrow('CES_BY: scale 6 is not allowed; allowed: 5, 7');
  });
});
