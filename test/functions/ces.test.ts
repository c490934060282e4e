import { CES } from '../../src/functions/ces';
import { column } from '../helpers/cells';

describe('CES', () => {
  it('reads every shape: value, column, row, block, with blanks, text and numeric text', () => {
    expect(CES(6)).toBe(6);
    // 7, 6, 4, 2 (blank and "no idea" skipped): mean 19/4
    expect(CES(column(7, '', '6', 'no idea', 4, '2,0'))).toBe(4.75);
    expect(CES([[7, 6, 4, 2]] as never)).toBe(4.75);
    expect(CES([[7, 6], [4, ' 2 ']] as never, 7, 'net')).toBe(25); // (2 easy − 1 difficult) / 4
  });

  it('defaults to the 7-point scale and the mean; method and scale in any case or as text', () => {
    expect(CES(column(5, 3), undefined, 'EASY' as never)).toBe(50);
    expect(CES(column(5, 3), '5' as never, 'easy' as never)).toBe(50); // 5-point: 4–5 easy
    expect(CES(column(4, 3), 5, 'easy' as never)).toBe(50);
    expect(CES(column(4, 3), 7, 'easy' as never)).toBe(0); // 7-point: 4 is neutral
    expect(CES(column(5, 1, 3), 5, 'net' as never)).toBeCloseTo(0, 12); // (1 − 1)/3
  });

  it('refuses a score off the scale, naming it', () => {
    expect(() => CES(column(7, 8))).toThrow('CES: 8 (row 2 of scores) is not a 1–7 effort score; allowed: whole numbers from 1 to 7');
    expect(() => CES(column(6), 5)).toThrow('CES: 6 (scores) is not a 1–5 effort score; allowed: whole numbers from 1 to 5');
    expect(() => CES(column(0))).toThrow('CES: 0 (scores) is not a 1–7 effort score');
    expect(() => CES(column(5.5))).toThrow('CES: 5.5 (scores) is not a 1–7 effort score');
    expect(() => CES([[5, true]] as never)).toThrow('CES: TRUE (column 2 of scores) is a checkbox or TRUE/FALSE value, not a 1–7 effort score');
  });

  it('refuses a scale or method that is not allowed, listing the allowed ones', () => {
    expect(() => CES(column(5), 6)).toThrow('CES: scale 6 is not allowed; allowed: 5, 7');
    expect(() => CES(column(5), 10)).toThrow('CES: scale 10 is not allowed; allowed: 5, 7');
    expect(() => CES(column(5), 7, 'median' as never)).toThrow('CES: method "median" is not allowed; allowed: mean, easy, net');
  });

  it('says so when there is no score', () => {
    expect(() => CES(column('', 'n/a'))).toThrow('CES: scores has no 1–7 effort scores (blank cells and text are skipped)');
    expect(() => CES([] as never, 5)).toThrow('CES: scores has no 1–5 effort scores');
  });
});
