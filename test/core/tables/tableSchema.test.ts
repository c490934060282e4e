import { flag, requiredText, wholeLevel } from '../../../src/core/tables/cellParsers';
import { CellValue } from '../../../src/core/tables/cellValue';
import { formatTableProblem } from '../../../src/core/tables/tableProblem';
import { PROBLEM_TEXTS } from '../../../src/core/tables/problemTexts';
import { columnIn, ColumnSpec, readTable, SourceGrid, TableSchema } from '../../../src/core/tables/tableSchema';

/** A small schema of its own, so the reader is tested apart from any one table. */
const schema = {
  name: 'Things',
  columns: {
    name: { name: 'Name', aliases: ['Nazwa'], required: true, parser: requiredText('projectName') },
    score: { name: 'Score', aliases: ['Wynik'], required: true, parser: wholeLevel([0, 1, 2], 'valuationLevel', '0, 1 or 2, or blank') },
    done: { name: 'Done', aliases: ['Gotowe'], required: false, parser: flag('momentOfTruth') },
  },
} satisfies TableSchema<Record<string, ColumnSpec<unknown>>>;

function grid(values: CellValue[][], firstRow = 1, firstColumn = 1): SourceGrid {
  return { sheet: 'Things', firstRow, firstColumn, values };
}

describe('readTable: finding the columns', () => {
  it('finds columns by English or Polish header in any order, case- and accent-insensitively', () => {
    const read = readTable(schema, grid([['WYNIK', 'nazwa', 'Notes'], [1, 'a', 'x'], [2, 'b', '']]));
    expect(read.problems).toEqual([]);
    expect(read.rows).toEqual([
      { sheetRow: 2, record: { name: 'a', score: 1, done: false } },
      { sheetRow: 3, record: { name: 'b', score: 2, done: false } },
    ]);
    expect(read.columns).toEqual({ score: 1, name: 2 });
    expect(read.unusedHeaders).toEqual(['Notes']);
  });

  it('skips a title and blank rows above the header, and blank rows between items', () => {
    const read = readTable(schema, grid([['My things', '', ''], ['', '', ''], ['Name', 'Score', 'Done'], ['a', 0, true], ['', '', ''], ['b', '', 'no']], 3, 2));
    expect(read.problems).toEqual([]);
    expect(read.headerRow).toBe(5); // third row of a range starting at sheet row 3
    expect(read.rows.map((r) => [r.sheetRow, r.record])).toEqual([
      [6, { name: 'a', score: 0, done: true }],
      [8, { name: 'b', score: undefined, done: false }],
    ]);
  });

  it('uses the user mapping, by header text or by column letter', () => {
    const values = [['Label', 'Points', 'Finished'], ['a', 2, 'tak']];
    const byHeader = readTable(schema, grid(values), { name: 'label', score: 'Points', done: 'FINISHED' });
    expect(byHeader.problems).toEqual([]);
    expect(byHeader.rows[0].record).toEqual({ name: 'a', score: 2, done: true });
    // The range starts at column C, so "D" is the range's second column.
    const byLetter = readTable(schema, grid(values, 1, 3), { name: 'C', score: 'd' });
    expect(byLetter.problems).toEqual([]);
    expect(byLetter.rows[0].record).toEqual({ name: 'a', score: 2, done: false });
  });

  it('reports a missing required column, listing the headers it tried and found', () => {
    const read = readTable(schema, grid([['Name', 'Points'], ['a', 1]]));
    expect(read.rows).toEqual([]);
    expect(read.problems.map((p) => formatTableProblem(p))).toEqual([
      'Things row 1 (Score): no Score column: none of the headers ("Name", "Points") is one of "Score", "Wynik"; allowed: a column headed Score / Wynik, or a mapping of Score to one of the columns',
    ]);
  });

  it('takes the column headed by its own name when an alias heads another ("Score" beside "Wynik"), leaving that one unused', () => {
    const read = readTable(schema, grid([['Name', 'Wynik', 'Score'], ['a', 2, 1]]));
    expect(read.problems).toEqual([]);
    expect(read.columns.score).toBe(3);
    expect(read.rows.map((row) => row.record.score)).toEqual([1]);
  });

  it('reports two columns with one meaning, a bad mapping and one column mapped twice', () => {
    // Two aliases and not the column's own name: which one is meant cannot be told.
    const aliased = { ...schema, columns: { ...schema.columns, score: { ...schema.columns.score, aliases: ['Wynik', 'Points'] } } };
    expect(readTable(aliased, grid([['Name', 'Points', 'Wynik'], ['a', 1, 1]])).problems.map((p) => formatTableProblem(p))).toEqual([
      'Things row 1 (Score): could be any of several columns: B ("Points"), C ("Wynik"); allowed: one Score column; rename the others or map Score to one of them',
    ]);
    expect(readTable(schema, grid([['Name', 'Score'], ['a', 1]]), { done: 'Finished' }).problems.map((p) => formatTableProblem(p))).toEqual([
      'Things row 1 (Done): "Finished" is neither a header of the table nor a column letter inside it; allowed: a header of row 1 ("Name", "Score") or a column letter from A to B',
    ]);
    expect(readTable(schema, grid([['Name', 'Score'], ['a', 1]]), { done: 'Score' }).problems.map((p) => formatTableProblem(p))).toEqual([
      'Things row 1, column B (Score): is used for several columns (Score, Done); allowed: one column per meaning; change the mapping',
    ]);
    expect(readTable(schema, grid([['Name', 'Score'], ['a', 1]]), { colour: 'A' } as never).problems.map((p) => formatTableProblem(p))).toEqual([
      'Things: the column mapping names "colour", which this table does not have; allowed: one of name, score, done',
    ]);
  });
});

describe('readTable: validating every row', () => {
  it('reports every bad cell of every row, with sheet, row, column, header, value and what is allowed', () => {
    const read = readTable(schema, grid([['Name', 'Score', 'Done'], ['a', 3, 'maybe'], ['', 1, ''], ['c', 'lots', true], ['d', 1, '']], 1, 2));
    expect(read.rows.map((r) => r.record.name)).toEqual(['d']);
    expect(read.problems.map((p) => formatTableProblem(p))).toEqual([
      'Things row 2, column C (Score): 3 is not a valuation level; allowed: 0, 1 or 2, or blank',
      'Things row 2, column D (Done): "maybe" is not a yes/no value for moment of truth; allowed: a checkbox, yes/no, tak/nie, x, or blank (= no)',
      'Things row 3, column B (Name): the cell is empty; allowed: a project name (text, not empty)',
      'Things row 4, column C (Score): "lots" is not a valuation level; allowed: 0, 1 or 2, or blank',
    ]);
  });

  it('reports an empty table and a table with only a header', () => {
    expect(readTable(schema, grid([])).problems.map((p) => formatTableProblem(p))).toEqual([
      'Things: the table is empty; allowed: a header row (Name, Score, Done) and one row per item',
    ]);
    expect(readTable(schema, grid([['Name', 'Score']])).problems.map((p) => formatTableProblem(p))).toEqual([
      'Things row 1: the table has a header row but no rows below it; allowed: one row per item under the header',
    ]);
  });
});

describe('readTable in Polish', () => {
  const pl = PROBLEM_TEXTS.pl;
  const polish = {
    name: 'Rzeczy',
    columns: {
      name: columnIn('pl', 'Nazwa', { name: 'Name', aliases: ['Nazwa'], required: true, parser: requiredText('projectName', pl) }),
      score: columnIn('pl', 'Wynik', { name: 'Score', aliases: ['Wynik'], required: true, parser: wholeLevel([0, 1, 2], 'valuationLevel', '0, 1 lub 2 albo puste pole', pl) }),
      done: columnIn('pl', 'Gotowe', { name: 'Done', aliases: ['Gotowe'], required: false, parser: flag('momentOfTruth', pl) }),
    },
  } satisfies TableSchema<Record<string, ColumnSpec<unknown>>>;
  const read = (values: CellValue[][], mapping = {}) => readTable(polish, grid(values), mapping, pl).problems.map((p) => formatTableProblem(p, 'pl'));

  it('names a column in Polish first and keeps its English name as an alias', () => {
    expect([polish.columns.score.name, polish.columns.score.aliases]).toEqual(['Wynik', ['Score']]);
    expect(columnIn('en', 'Wynik', schema.columns.score)).toBe(schema.columns.score);
    expect(readTable(polish, grid([['Name', 'Score'], ['a', 1]]), {}, pl).problems).toEqual([]);
  });

  it('words header, mapping and empty-table problems in Polish', () => {
    expect(read([['Nazwa', 'Punkty'], ['a', 1]])).toEqual([
      'Arkusz Things, wiersz 1 (Wynik): brak kolumny Wynik: żaden z nagłówków ("Nazwa", "Punkty") nie jest jednym z "Wynik", "Score"; dozwolone: kolumna z nagłówkiem Wynik / Score albo przypisanie Wynik do jednej z kolumn',
    ]);
    expect(read([['Nazwa', 'Score', 'Punkty', 'Score'], ['a', 1, 1, 2]])).toEqual([
      'Arkusz Things, wiersz 1 (Wynik): może być każdą z kilku kolumn: B ("Score"), D ("Score"); dozwolone: jedna kolumna Wynik; zmień nazwy pozostałych albo przypisz Wynik do jednej z nich',
    ]);
    expect(read([['Nazwa', 'Wynik'], ['a', 1]], { done: 'Koniec' })).toEqual([
      'Arkusz Things, wiersz 1 (Gotowe): "Koniec" nie jest ani nagłówkiem tabeli, ani literą kolumny w jej obrębie; dozwolone: nagłówek z wiersza 1 ("Nazwa", "Wynik") albo litera kolumny od A do B',
    ]);
    expect(read([['Nazwa', 'Wynik'], ['a', 1]], { done: 'Wynik' })).toEqual([
      'Arkusz Things, wiersz 1, kolumna B (Wynik): służy za kilka kolumn (Wynik, Gotowe); dozwolone: jedna kolumna na każde znaczenie; zmień przypisanie',
    ]);
    expect(read([['Nazwa', 'Wynik'], ['a', 1]], { colour: 'A' })).toEqual([
      'Arkusz Things: przypisanie kolumn wymienia "colour", a ta tabela nie ma takiej kolumny; dozwolone: jedna z: name, score, done',
    ]);
    expect(read([])).toEqual(['Arkusz Things: tabela jest pusta; dozwolone: wiersz nagłówków (Nazwa, Wynik, Gotowe) i po jednym wierszu na pozycję']);
    expect(read([['Nazwa', 'Wynik']])).toEqual(['Arkusz Things, wiersz 1: tabela ma wiersz nagłówków, ale pod nim nie ma żadnych wierszy; dozwolone: po jednym wierszu na pozycję pod nagłówkiem']);
  });
});
