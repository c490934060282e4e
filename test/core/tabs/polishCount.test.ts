import { polishCount, polishForm } from '../../../src/core/tabs/polishCount';

describe('polishCount', () => {
  // Polish numerals: 1 takes the singular; 2–4, 22–24, 32–34… the nominative plural; the
  // rest (0, 5–21, 25–31, 112–114…) the genitive plural.
  it.each([
    [0, '0 punktów styku'],
    [1, '1 punkt styku'],
    [2, '2 punkty styku'],
    [4, '4 punkty styku'],
    [5, '5 punktów styku'],
    [12, '12 punktów styku'],
    [14, '14 punktów styku'],
    [22, '22 punkty styku'],
    [101, '101 punktów styku'],
    [113, '113 punktów styku'],
    [124, '124 punkty styku'],
  ])('%p → %p', (n, text) => {
    expect(polishCount(n, 'punkt styku', 'punkty styku', 'punktów styku')).toBe(text);
  });
});

describe('polishForm', () => {
  it('agrees a verb as the noun: 1 wiersz ma, 3 wiersze mają, 5 wierszy ma', () => {
    expect([1, 3, 5, 23].map((n) => polishForm(n, 'ma', 'mają', 'ma'))).toEqual(['ma', 'mają', 'ma', 'mają']);
  });
});
