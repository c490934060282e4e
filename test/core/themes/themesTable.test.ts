import { formatTableProblem } from '../../../src/core/tables/tableProblem';
import { isThemesHeader, readThemesTable, THEMES_SCHEMA } from '../../../src/core/themes/themesTable';

const grid = (values: unknown[][], sheet = 'Themes') => ({ sheet, firstRow: 1, firstColumn: 1, values: values as never });

describe('readThemesTable', () => {
  it('reads English and Polish headers into themes', () => {
    for (const header of [['Theme', 'Keywords'], ['Temat', 'Słowa kluczowe'], ['TEMAT', 'slowa kluczowe']]) {
      const read = readThemesTable(grid([header, ['Delivery', 'delivery, courier'], ['', ''], ['Staff', '']]));
      expect(read.problems).toEqual([]);
      expect(read.themes.map((t) => [t.name, t.keywords.map((k) => k.text)])).toEqual([
        ['Delivery', ['delivery', 'courier']],
        ['Staff', ['Staff']],
      ]);
    }
  });

  it('reports every problem together, in the build’s language', () => {
    const read = readThemesTable(grid([['Temat', 'Słowa kluczowe'], ['', 'dostawa'], ['Cena', '*; cena'], ['Zwroty', '#N/A']], 'Tematy'), {}, 'pl');
    expect(read.themes).toEqual([]);
    expect(read.problems.map((p) => formatTableProblem(p, 'pl'))).toEqual([
      expect.stringMatching(/wiersz 2, kolumna A \(Temat\)/),
      expect.stringMatching(/wiersz 3, kolumna B \(Słowa kluczowe\): "\*" nie ma litery ani cyfry/),
      expect.stringMatching(/wiersz 4, kolumna B \(Słowa kluczowe\): "#N\/A" to wartość błędu/),
    ]);
  });
});

describe('isThemesHeader', () => {
  it('recognises the header row THEMES skips', () => {
    expect(isThemesHeader('Theme', 'Keywords')).toBe(true);
    expect(isThemesHeader('Temat', 'Słowa kluczowe')).toBe(true);
    expect(isThemesHeader('theme', '')).toBe(true);
    expect(isThemesHeader('Delivery', 'delivery')).toBe(false);
    expect(isThemesHeader('Theme', 'delivery')).toBe(false);
    expect(THEMES_SCHEMA.columns.theme.required && THEMES_SCHEMA.columns.keywords.required).toBe(true);
  });
});
