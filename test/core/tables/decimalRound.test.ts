import fc from 'fast-check';
import { decimalRound, nearWhole } from '../../../src/core/tables/decimalRound';
import { isHigh, placeInQuadrant } from '../../../src/core/quadrants/quadrantPlacement';

describe('decimalRound', () => {
  it('gives decimal sums and ratios as a person works them out', () => {
    expect(0.7 + 0.1).not.toBe(0.8); // the binary sum, 0.7999999999999999
    expect(decimalRound(0.7 + 0.1)).toBe(0.8);
    expect(decimalRound(0.3 / 3)).toBe(0.1);
    expect(decimalRound(1 / 3)).toBe(0.333333333333);
    expect(decimalRound(Infinity)).toBe(Infinity);
    expect(decimalRound(0)).toBe(0);
  });

  it('moves a number by less than its 12th significant digit', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
        expect(Math.abs(decimalRound(x) - x)).toBeLessThanOrEqual(Math.abs(x) * 5e-12);
      }),
    );
  });
});

describe('placement on a line reached by a decimal sum', () => {
  it('puts 0.7 + 0.1 on a line at 0.8: high where the line counts high, and flagged as on it', () => {
    const line = { at: 0.8, onLine: 'high' as const };
    expect(isHigh(0.7 + 0.1, line)).toBe(true);
    const corners = { topLeft: 'TL', topRight: 'TR', bottomLeft: 'BL', bottomRight: 'BR' };
    const placed = placeInQuadrant(1, 0.7 + 0.1, { at: 5, onLine: 'low' }, line, corners);
    expect([placed.quadrant, placed.onYLine]).toEqual(['TL', true]);
  });
});

describe('nearWhole', () => {
  it('reads a computed score that misses a whole number by rounding as that number, and a real fraction as none', () => {
    expect(0.1 * 3 * 10).toBe(3.0000000000000004);
    expect(nearWhole(0.1 * 3 * 10)).toBe(3);
    expect(nearWhole((0.7 + 0.1) * 10)).toBe(8); // 7.999999999999999
    expect(nearWhole(-(0.1 + 0.2) * 10)).toBe(-3);
    expect(nearWhole(7.5)).toBeUndefined();
    expect(nearWhole(3.001)).toBeUndefined();
    expect(Object.is(nearWhole(-1e-12), 0)).toBe(true); // never −0
  });
});
