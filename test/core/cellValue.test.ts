import vm from 'node:vm';
import { describeCellValue, isBlankCell, isDateCell } from '../../src/core/cellValue';

describe('cell values', () => {
  it('treats "", whitespace, null and undefined as blank, and nothing else', () => {
    expect(['', '   ', null, undefined].every(isBlankCell)).toBe(true);
    expect([0, false, 'x', new Date(0)].some(isBlankCell)).toBe(false);
  });

  it('recognises a Date from another realm', () => {
    expect(isDateCell(vm.runInNewContext('new Date(0)'))).toBe(true);
    expect(isDateCell('2026-01-01')).toBe(false);
  });

  it.each([
    [' abc ', '"abc"'],
    [3, '3'],
    [-0.5, '-0.5'],
    [true, 'TRUE'],
    [false, 'FALSE'],
    [new Date(Date.UTC(2026, 0, 5)), '2026-01-05'],
    [new Date(NaN), 'an invalid date'],
    ['', 'an empty cell'],
  ])('%p is described as %s', (value, text) => {
    expect(describeCellValue(value)).toBe(text);
  });
});
