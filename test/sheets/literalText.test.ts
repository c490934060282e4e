import fc from 'fast-check';
import { literalCellValue } from '../../src/sheets/literalText';

describe('literal text for setValues (DESIGN §6: text is never executed)', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+48 600 100 200', "'+48 600 100 200"],
    ['-2', "'-2"],
    ['@mention', "'@mention"],
    ['007', "'007"],
    ['1/2', "'1/2"],
    ['TRUE', "'TRUE"],
    ["'quoted", "''quoted"], // Sheets strips exactly one apostrophe: the user's stays
    ['Checkout', "'Checkout"],
  ])('%j is written as %j', (text, written) => {
    expect(literalCellValue(text)).toBe(written);
  });

  it('writes numbers and booleans as themselves, and blanks as empty', () => {
    expect(literalCellValue(-2)).toBe(-2);
    expect(literalCellValue(0.4)).toBe(0.4);
    expect(literalCellValue(true)).toBe(true);
    expect(literalCellValue(null)).toBe('');
    expect(literalCellValue('')).toBe('');
  });

  it('marks every non-empty string, so no string can start a formula', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (text) => {
        const written = literalCellValue(text) as string;
        expect(written[0]).toBe("'");
        expect(written.slice(1)).toBe(text);
      }),
    );
  });
});
