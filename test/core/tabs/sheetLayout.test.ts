import { BLANK, extentOf, formatBuiltAt, rectangle } from '../../../src/core/tabs/sheetLayout';

describe('sheet layout helpers', () => {
  it('pads rows with blanks into a rectangle', () => {
    const a = { value: 'a' };
    expect(rectangle([[a], [a, a, a], []])).toEqual([
      [a, BLANK, BLANK],
      [a, a, a],
      [BLANK, BLANK, BLANK],
    ]);
    expect(rectangle([[a]], 2)).toEqual([[a, BLANK]]);
  });

  it('finds the last row and column blocks use', () => {
    // A 2 × 3 block at B4 ends at row 5, column 4; a 1 × 1 block at A10 ends at row 10.
    const cells = rectangle([[BLANK, BLANK, BLANK], []]);
    expect(extentOf([{ row: 4, column: 2, cells }, { row: 10, column: 1, cells: [[BLANK]] }])).toEqual({ rows: 10, columns: 4 });
  });

  it('writes the build time in UTC to the minute', () => {
    expect(formatBuiltAt(new Date(Date.UTC(2026, 10, 23, 4, 5, 59)))).toBe('2026-11-23 04:05 UTC');
  });
});
