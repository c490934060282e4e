import { readNumberChoice, readNumberSetting, readTextChoice } from '../../src/functions/optionalArgument';

describe('optional settings', () => {
  it.each([undefined, null, '', '  ', [['']], [[null]]])('take the default when left out or blank (%j)', (arg) => {
    expect(readNumberChoice('CES', 'scale', arg as never, [5, 7], 7)).toBe(7);
    expect(readTextChoice('CES', 'method', arg as never, ['mean', 'net'], 'mean')).toBe('mean');
    expect(readNumberSetting('NPS_MOE', 'confidence', arg as never, 0.95, () => true, 'anything')).toBe(0.95);
  });

  it('read a value, numeric text or a one-cell range', () => {
    expect(readNumberChoice('CES', 'scale', 5, [5, 7], 7)).toBe(5);
    expect(readNumberChoice('CES', 'scale', ' 5 ', [5, 7], 7)).toBe(5);
    expect(readNumberChoice('CES', 'scale', [[5]], [5, 7], 7)).toBe(5);
    expect(readNumberSetting('NPS_MOE', 'confidence', '0,9', 0.95, () => true, '')).toBe(0.9);
  });

  it('read words in any case, trimmed', () => {
    expect(readTextChoice('CES', 'method', ' NET ', ['mean', 'net'], 'mean')).toBe('net');
  });

  it('list the allowed values when a value is not allowed', () => {
    expect(() => readNumberChoice('CES', 'scale', 6, [5, 7], 7)).toThrow('CES: scale 6 is not allowed; allowed: 5, 7');
    expect(() => readNumberChoice('CES', 'scale', 'seven', [5, 7], 7)).toThrow('CES: scale "seven" is not allowed; allowed: 5, 7');
    expect(() => readNumberChoice('CES', 'scale', true, [5, 7], 7)).toThrow('CES: scale TRUE is not allowed; allowed: 5, 7');
    expect(() => readTextChoice('NPS_BY', 'period', 'fortnight', ['day', 'week'], 'day')).toThrow(
      'NPS_BY: period "fortnight" is not allowed; allowed: day, week',
    );
    expect(() => readTextChoice('NPS_BY', 'period', 7, ['day', 'week'], 'day')).toThrow('NPS_BY: period 7 is not allowed; allowed: day, week');
    expect(() => readNumberSetting('NPS_MOE', 'confidence', 1.2, 0.95, (c) => c < 1, 'below 1')).toThrow(
      'NPS_MOE: confidence 1.2 is not allowed; allowed: below 1',
    );
    expect(() => readNumberSetting('NPS_MOE', 'confidence', 'high', 0.95, () => true, 'numbers')).toThrow(
      'NPS_MOE: confidence "high" is not allowed; allowed: numbers',
    );
  });

  it('refuse a range of several cells', () => {
    expect(() => readNumberChoice('CES', 'scale', [[5], [7]], [5, 7], 7)).toThrow('CES: scale must be a single value, not a range of 2 rows × 1 column');
  });
});
