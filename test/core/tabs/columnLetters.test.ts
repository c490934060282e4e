import { columnLetter, columnNumber } from '../../../src/core/tabs/columnLetters';

describe('column letters', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'], // 26 + 1
    [52, 'AZ'], // 26·1 + 26
    [703, 'AAA'], // 26² + 26 + 1
    [18278, 'ZZZ'], // 26³ + 26² + 26, the last column Sheets allows
  ])('%d ↔ %s', (n, letters) => {
    expect(columnLetter(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
    expect(columnNumber(letters.toLowerCase())).toBe(n);
  });

  it('rejects text that is not column letters', () => {
    expect(columnNumber('Valuation')).toBeUndefined();
    expect(columnNumber('D4')).toBeUndefined();
    expect(columnNumber('')).toBeUndefined();
  });
});
