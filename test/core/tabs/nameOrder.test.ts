import { compareNames } from '../../../src/core/tabs/nameOrder';

describe('compareNames', () => {
  it('sorts Polish names in Polish alphabetical order (ł after l, ś after s)', () => {
    expect(['Zwroty', 'Łatwość', 'Lojalność', 'Śledzenie', 'Sklep', 'Cena'].sort(compareNames('pl'))).toEqual(['Cena', 'Lojalność', 'Łatwość', 'Sklep', 'Śledzenie', 'Zwroty']);
  });

  it('puts numbers in numeric order and is a total order (case decides last)', () => {
    expect(['Theme 10', 'Theme 2', 'theme 2'].sort(compareNames('en'))).toEqual(['theme 2', 'Theme 2', 'Theme 10']);
    expect(compareNames('en')('a', 'a')).toBe(0);
  });
});
