import fc from 'fast-check';
import { isHigh, placeInQuadrant, QuadrantCorners, SplitLine } from '../../../src/core/quadrants/quadrantPlacement';

const CORNERS: QuadrantCorners<string> = { topLeft: 'TL', topRight: 'TR', bottomLeft: 'BL', bottomRight: 'BR' };
const high = (at: number): SplitLine => ({ at, onLine: 'high' });
const low = (at: number): SplitLine => ({ at, onLine: 'low' });

describe('isHigh', () => {
  it('counts a value on the line on the side the line says', () => {
    expect([isHigh(2, high(3)), isHigh(3, high(3)), isHigh(4, high(3))]).toEqual([false, true, true]);
    expect([isHigh(2, low(3)), isHigh(3, low(3)), isHigh(4, low(3))]).toEqual([false, false, true]);
  });
});

describe('placeInQuadrant', () => {
  it('puts x high on the right and y high on top', () => {
    // Lines at 3 (x) and 10 (y), both counting high.
    expect(placeInQuadrant(1, 20, high(3), high(10), CORNERS)).toEqual({ quadrant: 'TL', xHigh: false, yHigh: true, onXLine: false, onYLine: false });
    expect(placeInQuadrant(5, 20, high(3), high(10), CORNERS)).toMatchObject({ quadrant: 'TR' });
    expect(placeInQuadrant(1, 0, high(3), high(10), CORNERS)).toMatchObject({ quadrant: 'BL' });
    expect(placeInQuadrant(5, 0, high(3), high(10), CORNERS)).toMatchObject({ quadrant: 'BR' });
  });

  it('flags an item on a line and places it on that line\'s side', () => {
    // The Mendelow grid: 3 on a 1–5 scale counts as high on both axes.
    expect(placeInQuadrant(3, 3, high(3), high(3), CORNERS)).toEqual({ quadrant: 'TR', xHigh: true, yHigh: true, onXLine: true, onYLine: true });
    // The cost line counts low (the favourable side): cost 3 on the line is left.
    expect(placeInQuadrant(3, 2, low(3), high(3), CORNERS)).toEqual({ quadrant: 'BL', xHigh: false, yHigh: false, onXLine: true, onYLine: false });
  });

  it('always agrees with isHigh on both axes (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 5 }), fc.integer({ min: -5, max: 5 }), fc.integer({ min: -5, max: 5 }), fc.integer({ min: -5, max: 5 }), fc.boolean(), fc.boolean(), (x, y, xAt, yAt, xh, yh) => {
        const xLine: SplitLine = { at: xAt, onLine: xh ? 'high' : 'low' };
        const yLine: SplitLine = { at: yAt, onLine: yh ? 'high' : 'low' };
        const p = placeInQuadrant(x, y, xLine, yLine, CORNERS);
        const expected = `${isHigh(y, yLine) ? 'T' : 'B'}${isHigh(x, xLine) ? 'R' : 'L'}`;
        expect(p.quadrant).toBe(expected);
        expect([p.onXLine, p.onYLine]).toEqual([x === xAt, y === yAt]);
      }),
    );
  });
});
