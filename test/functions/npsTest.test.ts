import { NPS_TEST } from '../../src/functions/npsTest';
import { column } from '../helpers/cells';

describe('NPS_TEST', () => {
  it('gives the two-sided Wald p-value', () => {
    // a: NPS 30 (var 0.61, n 10); b: NPS −60 (var 0.44, n 10): z = 90/√(610 + 440) = 2.77746
    // p = erfc(2.77746/√2) = 0.005478553242547366 (Python math.erfc)
    const a = column(10, 10, 10, 10, 10, 7, 7, 7, 0, 0);
    const b = column(10, 7, 7, 0, 0, 0, 0, 0, 0, 0);
    expect(NPS_TEST(a, b)).toBeCloseTo(0.005478553242547366, 12);
    expect(NPS_TEST(b, a)).toBeCloseTo(0.005478553242547366, 12);
  });

  it('gives 1 for two samples with the same shares, whatever their shapes', () => {
    expect(NPS_TEST(column(10, 7, 0), [[10, '7,0', 0, '', 'n/a']] as never)).toBeCloseTo(1, 12);
  });

  it('names which sample holds a bad score, or has none', () => {
    expect(() => NPS_TEST(column(9), column(9, 12))).toThrow('NPS_TEST: 12 (row 2 of scores_b) is not a 0–10 score');
    expect(() => NPS_TEST(column(''), column(9))).toThrow('NPS_TEST: scores_a has no 0–10 scores');
  });

  it('refuses two samples with no spread, saying why', () => {
    expect(() => NPS_TEST(column(10, 9), column(0))).toThrow(
      'NPS_TEST: the NPS test needs spread: in both samples every answer is in the same class (promoter, passive or detractor)',
    );
  });
});
