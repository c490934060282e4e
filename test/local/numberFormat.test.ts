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
});
