import fc from 'fast-check';
import { TOUCHPOINT_VALUE } from '../../src/functions/touchpointValue';
import { column } from '../helpers/cells';

describe('TOUCHPOINT_VALUE', () => {
  it('maps the mean of 1–5 answers by default, over every shape', () => {
    expect(TOUCHPOINT_VALUE(3)).toBe(0);
    // 4, 5, 4, 3 (blank and text skipped): mean 4 → −2 + 4 × 3/4 = 1
    expect(TOUCHPOINT_VALUE(column(4, '', '5', 'brak', '4,0', 3))).toBe(1);
    expect(TOUCHPOINT_VALUE([[4, 5], [4, 3]] as never)).toBe(1);
    expect(TOUCHPOINT_VALUE([[1, 1, 1]] as never)).toBe(-2);
  });

  it('takes another scale', () => {
    expect(TOUCHPOINT_VALUE(column(0, 10, 5), 0, 10)).toBe(0);
    expect(TOUCHPOINT_VALUE(column(7, 6), 1, 7)).toBeCloseTo(-2 + (4 * 5.5) / 6, 12); // mean 6.5
    expect(TOUCHPOINT_VALUE(column(2.5), '0' as never, '10' as never)).toBe(-1);
  });

  it('maps min, midpoint and max to −2, 0, +2', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10, max: 10 }), fc.integer({ min: 1, max: 20 }), (min, width) => {
        const max = min + width;
        expect(TOUCHPOINT_VALUE(column(min), min, max)).toBeCloseTo(-2, 9);
        expect(TOUCHPOINT_VALUE(column(min, max), min, max)).toBeCloseTo(0, 9);
        expect(TOUCHPOINT_VALUE(column(max), min, max)).toBeCloseTo(2, 9);
      }),
    );
  });

  it('refuses scale_min not below scale_max, naming both', () => {
    expect(() => TOUCHPOINT_VALUE(column(3), 5, 5)).toThrow('TOUCHPOINT_VALUE: scale_max 5 is not allowed; allowed: numbers above scale_min (5)');
    expect(() => TOUCHPOINT_VALUE(column(3), 7, 1)).toThrow('TOUCHPOINT_VALUE: scale_max 1 is not allowed; allowed: numbers above scale_min (7)');
    expect(() => TOUCHPOINT_VALUE(column(3), 'low' as never)).toThrow('TOUCHPOINT_VALUE: scale_min "low" is not allowed; allowed: a number');
  });

  it('blames scale_min, not the scores, when it is not below the default scale_max', () => {
    expect(() => TOUCHPOINT_VALUE(column(5), 5)).toThrow(
      'TOUCHPOINT_VALUE: scale_min 5 is not allowed with the default scale_max 5; allowed: numbers below 5, or give scale_max too',
    );
    expect(() => TOUCHPOINT_VALUE(column(3), 6)).toThrow('TOUCHPOINT_VALUE: scale_min 6 is not allowed with the default scale_max 5');
  });

  it('reads the typographic minus in its scale and scores', () => {
    // −2..2 scale: mean of −1 and 1 is 0 → 0
    expect(TOUCHPOINT_VALUE(column('\u22121', 1), '\u22122' as never, 2)).toBe(0);
  });

  it('refuses scores outside the scale, booleans and no scores', () => {
    expect(() => TOUCHPOINT_VALUE(column(3, 6))).toThrow('TOUCHPOINT_VALUE: 6 (row 2 of scores) is not a 1–5 score; allowed: numbers from 1 to 5');
    expect(() => TOUCHPOINT_VALUE(column(true))).toThrow('TOUCHPOINT_VALUE: TRUE (scores) is a checkbox or TRUE/FALSE value');
    expect(() => TOUCHPOINT_VALUE(column(''))).toThrow('TOUCHPOINT_VALUE: scores has no 1–5 scores');
  });
});
