import { isOutputLocale, outputLocaleOf } from '../../../src/core/tabs/outputLocale';

describe('output locale of generated tabs', () => {
  it.each([
    ['pl_PL', undefined, 'pl'],
    ['pl', undefined, 'pl'],
    ['PL-pl', undefined, 'pl'],
    ['en_US', undefined, 'en'],
    ['de_DE', undefined, 'en'],
    ['plx', undefined, 'en'], // not Polish, just starts with "pl"
    [undefined, undefined, 'en'],
    ['pl_PL', 'en', 'en'], // an explicit choice wins
    ['en_GB', 'pl', 'pl'],
  ] as const)('spreadsheet %s, chosen %s → %s', (locale, chosen, expected) => {
    expect(outputLocaleOf(locale, chosen)).toBe(expected);
  });

  it('knows exactly en and pl', () => {
    expect(['en', 'pl', 'de', '', undefined].map(isOutputLocale)).toEqual([true, true, false, false, false]);
  });
});
