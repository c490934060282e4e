import stdlibNormalCdf from '@stdlib/stats-base-dists-normal-cdf';
import { NPS_TEST } from '../../src/functions/npsTest';
import { column } from '../helpers/cells';

describe('NPS_TEST', () => {
  const a = column(10, 10, 10, 10, 10, 7, 7, 7, 0, 0);
  const b = column(10, 7, 7, 0, 0, 0, 0, 0, 0, 0);

  it('gives the two-sided adjusted-Wald p-value by default', () => {
    // a: p̃ 5.75/13, d̃ 2.75/13 → NPS̃ 3/13, ṽ 8.5/13 − 9/169; b: p̃ 1.75/13, d̃ 7.75/13 → NPS̃ −6/13, ṽ 9.5/13 − 36/169
    // z = (9/13) / √((ṽa + ṽb)/13) = 2.360387; p = 2Φ(−2.360387) = 0.018256
    const z = 9 / 13 / Math.sqrt((8.5 / 13 - 9 / 169 + 9.5 / 13 - 36 / 169) / 13);
    expect(NPS_TEST(a, b)).toBeCloseTo(2 * stdlibNormalCdf(-z, 0, 1), 12);
    expect(NPS_TEST(a, b)).toBeCloseTo(0.018256, 6);
    expect(NPS_TEST(b, a, 'adjusted')).toBeCloseTo(NPS_TEST(a, b), 12);
  });

  it('gives the Wald p-value with method "wald"', () => {
    // a: NPS 30 (var 0.61, n 10); b: NPS −60 (var 0.44, n 10): z = 90/√(610 + 440) = 2.77746
    // p = erfc(2.77746/√2) = 0.005478553242547366 (Python math.erfc)
    expect(NPS_TEST(a, b, 'wald')).toBeCloseTo(0.005478553242547366, 12);
    expect(NPS_TEST(b, a, 'WALD' as never)).toBeCloseTo(0.005478553242547366, 12);
  });

  it('gives 1 for two samples with the same shares, whatever their shapes', () => {
    expect(NPS_TEST(column(10, 7, 0), [[10, '7,0', 0, '', 'n/a']] as never, 'wald')).toBeCloseTo(1, 12);
  });

  it('always answers with a number: no spread at all gives 1 if equal, 0 if not (Wald); adjusted always has spread', () => {
    expect(NPS_TEST(column(10, 9), column(0), 'wald')).toBe(0);
    expect(NPS_TEST(column(10, 9), column(9, 9, 10), 'wald')).toBe(1);
    // Adjusted: 2 promoters vs 1 detractor: NPS̃ (2.75 − 0.75)/5 = 0.4 vs (0.75 − 1.75)/4 = −0.25,
    // ṽ 0.7 − 0.16 = 0.54 and 0.625 − 0.0625 = 0.5625: z = 0.65/√(0.108 + 0.140625) = 1.303507
    const z = 0.65 / Math.sqrt(0.54 / 5 + 0.5625 / 4);
    expect(NPS_TEST(column(10, 9), column(0))).toBeCloseTo(2 * stdlibNormalCdf(-z, 0, 1), 12);
  });

  it('names which sample holds a bad score, or has none, and a bad method', () => {
    expect(() => NPS_TEST(column(9), column(9, 12))).toThrow('NPS_TEST: 12 (row 2 of scores_b) is not a 0–10 score');
    expect(() => NPS_TEST(column(''), column(9))).toThrow('NPS_TEST: scores_a has no 0–10 scores');
    expect(() => NPS_TEST(column(9), column(9), 'z' as never)).toThrow('NPS_TEST: method "z" is not allowed; allowed: adjusted, wald');
  });
});
