import { foldWord } from '../../../src/core/themes/foldWord';

describe('foldWord', () => {
  it.each([
    ['Dostawą', 'dostawa'],
    ['ŁÓDŹ', 'lodz'],
    ['Żółć', 'zolc'],
    ['Café', 'cafe'],
    ['Straße', 'strasse'],
    ['Ærø', 'aero'],
    ['don’t', "don't"],
    ['Доставка', 'доставка'],
    ['e\u0301te\u0301', 'ete'], // decomposed accents
    ['DELIVERY', 'delivery'],
    ['24h', '24h'],
  ])('%s → %s', (word, folded) => {
    expect(foldWord(word)).toBe(folded);
  });
});
