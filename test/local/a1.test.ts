import fc from 'fast-check';
import { columnLetter } from '../../src/core/tabs/columnLetters';
import { columnNumber, formatA1, parseA1 } from '../../local/a1';

describe('A1 notation', () => {
  it.each([
    [1, 'A'], [26, 'Z'], [27, 'AA'], [52, 'AZ'], [53, 'BA'], [702, 'ZZ'], [703, 'AAA'], [18278, 'ZZZ'],
  ])('column %i is %s (bijective base 26: 27 = 1·26 + 1 → AA)', (n, letters) => {
    expect(columnLetter(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
  });

  it('column letters and numbers are inverses', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 18278 }), (n) => columnNumber(columnLetter(n)) === n));
  });

  it.each([
    ['B3', { row: 3, column: 2, lastRow: 3, lastColumn: 2 }],
    ['$B$3:D10', { row: 3, column: 2, lastRow: 10, lastColumn: 4 }],
    ['D10:B3', { row: 3, column: 2, lastRow: 10, lastColumn: 4 }],
    ['B2:B', { row: 2, column: 2, lastRow: undefined, lastColumn: 2 }],
    ['B:C', { row: 1, column: 2, lastRow: undefined, lastColumn: 3 }],
    ['3:5', { row: 3, column: 1, lastRow: 5, lastColumn: undefined }],
    ["'My tab'!A1", { sheetName: 'My tab', row: 1, column: 1, lastRow: 1, lastColumn: 1 }],
    ["'It''s'!A1:B2", { sheetName: "It's", row: 1, column: 1, lastRow: 2, lastColumn: 2 }],
  ])('%s', (notation, expected) => {
    expect(parseA1(notation)).toEqual({ sheetName: undefined, ...expected });
  });

  it.each(['', 'B', '1', 'A0', 'A1:B2:C3', 'hello world'])('rejects %j with Sheets\' "Range not found"', (notation) => {
    expect(() => parseA1(notation)).toThrow('Range not found');
  });

  it('formats ranges', () => {
    expect(formatA1(2, 3)).toBe('C2');
    expect(formatA1(2, 3, 4, 2)).toBe('C2:D5');
  });
});
