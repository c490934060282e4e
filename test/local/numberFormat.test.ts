import { displayValue, isDateFormat } from '../../local/numberFormat';

describe('displayValue', () => {
  it.each([
    [0.1234, '0.0%', '12.3%'],
    [18.0786, '0.0', '18.1'],
    [1234567.891, '#,##0.00', '1,234,567.89'],
    [42, 'General', '42'],
    [1 / 3, undefined, '0.3333333333'],
    [7, '@', '7'],
    // Sections for positive;negative;zero with a literal sign, and quoted text: as Sheets shows them.
    [1, '+0;-0;0', '+1'],
    [-2, '+0;-0;0', '-2'],
    [0, '+0;-0;0', '0'],
    [1, '+0.0;-0.0;0.0', '+1.0'],
    [2.9, '0.00" (computed)"', '2.90 (computed)'],
    // 0.0##: at least one decimal, at most three.
    [25, '0.0##', '25.0'],
    [5.125, '0.0##', '5.125'],
    [0.31392, '0.0##', '0.314'],
  ])('%p in %p shows %p', (value, format, shown) => {
    expect(displayValue(value, format)).toBe(shown);
  });

  it('shows booleans as TRUE/FALSE and text as itself', () => {
    expect(displayValue(true, undefined)).toBe('TRUE');
    expect(displayValue('=1+1', undefined)).toBe('=1+1');
  });

  it('shows dates by their pattern (m is minutes after h, month otherwise)', () => {
    const date = new Date(Date.UTC(2026, 0, 5, 14, 7));
    expect(displayValue(date, 'yyyy-mm-dd')).toBe('2026-01-05');
    expect(displayValue(date, 'dd.mm.yyyy hh:mm')).toBe('05.01.2026 14:07');
    expect(displayValue(date, undefined)).toBe('1/5/2026');
  });

  it('knows which formats are dates', () => {
    expect(isDateFormat('yyyy-mm-dd')).toBe(true);
    expect(isDateFormat('hh:mm')).toBe(true);
    expect(isDateFormat('0.0%')).toBe(false);
    expect(isDateFormat('"days"0')).toBe(false);
  });

  it.each([
    // Sections positive;negative;zero: the negative section shows its own sign.
    [1, '+0;-0;0', '+1'],
    [-2, '+0;-0;0', '-2'],
    [0, '+0;-0;0', '0'],
    [0.625, '+0.00;-0.00;0.00', '+0.63'],
    [-0.5, '+0.00;-0.00;0.00', '-0.50'],
    // Two sections: the first is for zero too; "(…)" around negatives.
    [-5, '0;(0)', '(5)'],
    [0, '0;(0)', '0'],
    // Quoted literal text after the number.
    [0.8, '0.00" (computed)"', '0.80 (computed)'],
    [0.7, '0.0#" (obliczony)"', '0.7 (obliczony)'],
    // Optional decimals: trailing zeros dropped; none left keeps the point, as Sheets does.
    [33.17254725, '0.0##', '33.173'],
    [0.3139263021, '0.0##', '0.314'],
    [25, '0.0##', '25.0'],
    [40, '#,##0.##', '40.'],
    [1234.5, '#,##0.##', '1,234.5'],
    [0.5, '#.##', '.5'],
    // Percent, and a minus only when a digit other than 0 is left.
    [0.355, '0%', '36%'],
    [-0.0004, '0.0', '0.0'],
    [-1234.5, '#,##0.0', '-1,234.5'],
    // A backslash escapes one character; [Red] is a colour, not text.
    [3, '0\\x', '3x'],
    [-3, '0;[Red]-0', '-3'],
  ])('%p in %p shows %p', (value, format, shown) => {
    expect(displayValue(value, format)).toBe(shown);
  });

  it('writes numbers as a Polish spreadsheet does: decimal comma, a space between thousands', () => {
    expect(displayValue(0.575, '0.000', 'pl_PL')).toBe('0,575');
    expect(displayValue(1234567.5, '#,##0.0', 'pl_PL')).toBe('1\u00a0234\u00a0567,5');
    expect(displayValue(-0.5, '+0.00;-0.00;0.00', 'pl_PL')).toBe('-0,50');
    expect(displayValue(1 / 3, undefined, 'pl_PL')).toBe('0,3333333333');
    expect(displayValue(0.8, '0.00" (obliczony)"', 'pl_PL')).toBe('0,80 (obliczony)');
    expect(displayValue(0.8, '0.00', 'en_US')).toBe('0.80');
  });
});
