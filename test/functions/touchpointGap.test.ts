import fc from 'fast-check';
import { TOUCHPOINT_GAP } from '../../src/functions/touchpointGap';
import { column } from '../helpers/cells';

describe('TOUCHPOINT_GAP', () => {
  it('returns a single gap for a single valuation', () => {
    expect(TOUCHPOINT_GAP(-2)).toBe(2);
    expect(TOUCHPOINT_GAP('-1')).toBe(1);
    expect(TOUCHPOINT_GAP(1)).toBe(0);
    expect(TOUCHPOINT_GAP(1, 2)).toBe(1);
    expect(TOUCHPOINT_GAP(2, 0)).toBe(-2);
    expect(TOUCHPOINT_GAP('')).toBe('');
  });

  it('keeps the shape of valuations, blank where nothing is valued', () => {
    // −2 → 2; "" → ""; 1 → 0; "not valued" → ""; "-0,5" → 0.5
    expect(TOUCHPOINT_GAP(column(-2, '', 1, 'not valued', '-0,5'))).toEqual([[2], [''], [0], [''], [0.5]]);
    expect(TOUCHPOINT_GAP([[-1, 0, 2]] as never)).toEqual([[1, 0, 0]]);
    expect(TOUCHPOINT_GAP([[-1, ''], [2, -2]] as never, [[1, 2], ['', 0]] as never)).toEqual([[2, ''], [0, 2]]);
  });

  it('uses the default target where a target is blank or text', () => {
    expect(TOUCHPOINT_GAP(column(-2, 0, 1), column('', 2, 'later'))).toEqual([[2], [2], [0]]);
  });

  it('refuses targets of another shape, naming both shapes', () => {
    expect(() => TOUCHPOINT_GAP(column(-2, 0, 1), column(0, 0))).toThrow(
      'TOUCHPOINT_GAP: targets is 2 rows × 1 column but valuations is 3 rows × 1 column; give one target per valuation (a range of the same shape), or leave targets out for the default',
    );
    expect(() => TOUCHPOINT_GAP(column(-2, 0), 1)).toThrow('TOUCHPOINT_GAP: targets is 1 row × 1 column but valuations is 2 rows × 1 column');
  });

  it('refuses valuations and targets outside −2..+2, naming the position', () => {
    expect(() => TOUCHPOINT_GAP(column(-2, 3))).toThrow(
      'TOUCHPOINT_GAP: 3 (row 2 of valuations) is not a −2..+2 valuation; allowed: numbers from -2 to 2',
    );
    expect(() => TOUCHPOINT_GAP([[0, 1]] as never, [[0, 5]] as never)).toThrow('TOUCHPOINT_GAP: 5 (column 2 of targets) is not a −2..+2 valuation');
    expect(() => TOUCHPOINT_GAP(column(true))).toThrow('TOUCHPOINT_GAP: TRUE (valuations) is a checkbox or TRUE/FALSE value');
  });

  it('never gives a negative default gap, and current + gap is the effective target', () => {
    const valuation = fc.oneof(fc.double({ min: -2, max: 2, noNaN: true }), fc.constant(''));
    fc.assert(
      fc.property(fc.array(valuation, { minLength: 1, maxLength: 30 }), (values) => {
        const gaps = TOUCHPOINT_GAP(column(...values)) as Array<Array<number | string>>;
        expect(gaps).toHaveLength(values.length);
        gaps.forEach(([gap], i) => {
          if (values[i] === '') expect(gap).toBe('');
          else {
            expect(gap).toBeGreaterThanOrEqual(0);
            expect((values[i] as number) + (gap as number)).toBeCloseTo(Math.max(values[i] as number, 0), 12);
          }
        });
      }),
    );
  });
});
