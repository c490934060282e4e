import fc from 'fast-check';
import { decimalRound } from '../../../src/core/tables/decimalRound';
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
