import { buildThemeList } from '../../../src/core/themes/themeList';

describe('buildThemeList', () => {
  it('splits keywords at , ; and line breaks, and folds each word', () => {
    const { themes, emptyKeywords } = buildThemeList([{ row: 2, name: ' Delivery ', keywords: 'Dostawa, late delivery;deliver*\ncourier ,, ' }]);
    expect(emptyKeywords).toEqual([]);
    expect(themes).toEqual([
      {
        name: 'Delivery',
        keywords: [
          { text: 'Dostawa', words: [{ folded: 'dostawa', prefix: false }] },
          { text: 'late delivery', words: [{ folded: 'late', prefix: false }, { folded: 'delivery', prefix: false }] },
          { text: 'deliver*', words: [{ folded: 'deliver', prefix: true }] },
          { text: 'courier', words: [{ folded: 'courier', prefix: false }] },
        ],
      },
    ]);
  });

  it('makes a theme without keywords its own keyword, and merges a theme named twice', () => {
    const { themes } = buildThemeList([
      { row: 2, name: 'Obsługa' },
      { row: 3, name: 'Price', keywords: 'price' },
      { row: 4, name: 'obsluga!', keywords: 'miły' },
    ]);
    expect(themes.map((t) => [t.name, t.keywords.map((k) => k.text)])).toEqual([
      ['Obsługa', ['Obsługa', 'miły']],
      ['Price', ['price']],
    ]);
  });

  it('reports a keyword with no letter or digit', () => {
    expect(buildThemeList([{ row: 5, name: 'Delivery', keywords: 'delivery, *, —' }]).emptyKeywords).toEqual([
      { row: 5, theme: 'Delivery', keyword: '*' },
      { row: 5, theme: 'Delivery', keyword: '—' },
    ]);
  });
});
