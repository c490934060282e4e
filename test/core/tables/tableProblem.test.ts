import { bySheetPosition, formatTableProblem } from '../../../src/core/tables/tableProblem';

describe('formatTableProblem', () => {
  it('names sheet, row, column, header, value and what is allowed', () => {
    expect(formatTableProblem({ sheet: 'Touchpoints', row: 5, column: 'D', header: 'Ocena', value: '3', problem: 'is not a valuation level', allowed: 'a whole level' })).toBe(
      'Touchpoints row 5, column D (Ocena): 3 is not a valuation level; allowed: a whole level',
    );
  });

  it('leaves out what a table-wide problem does not have', () => {
    expect(formatTableProblem({ sheet: 'Touchpoints', problem: 'the table is empty', allowed: 'rows' })).toBe('Touchpoints: the table is empty; allowed: rows');
    expect(formatTableProblem({ sheet: 'T', row: 2, header: 'Stage', problem: 'the cell is empty', allowed: 'text' })).toBe('T row 2 (Stage): the cell is empty; allowed: text');
  });

  it('orders problems as a user reads the sheet', () => {
    const p = (row?: number, column?: string) => ({ sheet: 'T', row, column, problem: '', allowed: '' });
    const sorted = [p(3, 'AA'), p(3, 'B'), p(2, 'Z'), p(), p(3, 'C')].sort(bySheetPosition);
    expect(sorted.map((x) => `${x.row ?? '-'}${x.column ?? ''}`)).toEqual(['-', '2Z', '3B', '3C', '3AA']);
  });

  it('is worded in Polish for a Polish build (DESIGN §4)', () => {
    expect(formatTableProblem({ sheet: 'Punkty styku', row: 5, column: 'D', header: 'Ocena', value: '3', problem: 'nie jest poziomem oceny', allowed: 'pełny poziom' }, 'pl')).toBe(
      'Arkusz Punkty styku, wiersz 5, kolumna D (Ocena): 3 nie jest poziomem oceny; dozwolone: pełny poziom',
    );
    expect(formatTableProblem({ sheet: 'Punkty styku', problem: 'tabela jest pusta', allowed: 'wiersze' }, 'pl')).toBe('Arkusz Punkty styku: tabela jest pusta; dozwolone: wiersze');
    expect(formatTableProblem({ sheet: 'T', row: 2, header: 'Etap', problem: 'komórka jest pusta', allowed: 'tekst' }, 'pl')).toBe('Arkusz T, wiersz 2 (Etap): komórka jest pusta; dozwolone: tekst');
  });
});
