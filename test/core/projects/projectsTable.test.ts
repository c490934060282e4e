import { CellValue } from '../../../src/core/tables/cellValue';
import { readProjects } from '../../../src/core/projects/projectsTable';
import { formatTableProblem } from '../../../src/core/tables/tableProblem';

const grid = (values: CellValue[][], sheet = 'Projects') => ({ sheet, firstRow: 1, firstColumn: 1, values });

describe('the Projects table (DESIGN §3)', () => {
  it('reads English headers with every optional column', () => {
    const read = readProjects(
      grid([
        ['Project', 'Cost', 'Impact', 'Touchpoints', 'Type', 'Owner'],
        ['Shorter web form', 10, '', 'Website; Checkout\nTill', 'hard', 'E-commerce'],
        ['Free coffee', '0', 0.1, '', '', ''],
      ]),
    );
    expect(read.problems).toEqual([]);
    expect(read.rows).toEqual([
      { sheetRow: 2, project: 'Shorter web form', cost: 10, impact: undefined, touchpoints: ['Website', 'Checkout', 'Till'], type: 'hard', owner: 'E-commerce' },
      { sheetRow: 3, project: 'Free coffee', cost: 0, impact: 0.1, touchpoints: [], type: undefined, owner: undefined },
    ]);
    expect([read.touchpointsColumn, read.touchpointsHeader]).toEqual([4, 'Touchpoints']);
  });

  it('reads Polish headers and type words, and needs only Project and Cost', () => {
    const read = readProjects(grid([['Koszt', 'PROJEKT', 'Wplyw', 'Typ', 'Punkty styku'], [5, 'Szkolenie', 1, 'miękka', 'Kasa']]));
    expect(read.problems).toEqual([]);
    expect(read.rows[0]).toMatchObject({ project: 'Szkolenie', cost: 5, impact: 1, type: 'soft', touchpoints: ['Kasa'] });
    expect(read.touchpointsHeader).toBe('Punkty styku');
    expect(readProjects(grid([['Project', 'Cost'], ['A', 1]])).rows[0]).toMatchObject({ project: 'A', cost: 1, touchpoints: [] });
  });

  it('reports every bad cell together, and a blank impact with nothing to compute it from', () => {
    const read = readProjects(
      grid([
        ['Project', 'Cost', 'Impact', 'Touchpoints', 'Type'],
        ['', -3, 'big', '', 'medium'],
        ['B', '', '', '', ''],
        ['C', 4, '', '', ''],
      ]),
    );
    expect(read.problems.map((p) => formatTableProblem(p))).toEqual([
      'Projects row 2, column A (Project): the cell is empty; allowed: a project name (text, not empty)',
      'Projects row 2, column B (Cost): -3 is not a cost ≥ 0; allowed: a number ≥ 0 (not empty)',
      'Projects row 2, column C (Impact): "big" is not a number; allowed: a number, or blank',
      'Projects row 2, column E (Type): "medium" is not a project type; allowed: hard, twarda, twardy, soft, miękka, miękki, or blank',
      'Projects row 3, column B (Cost): the cell is empty; allowed: a number ≥ 0 (not empty)',
      'Projects row 4, column C (Impact): the impact is blank and the project lists no touchpoints to compute it from; allowed: an impact number, or the touchpoints the project lifts (its impact is then Σ gap to target × reach)',
    ]);
    expect(read.rows.map((r) => r.project)).toEqual(['C']);
  });

  it('reports a missing Cost column once, and reads no rows', () => {
    const read = readProjects(grid([['Project', 'Impact'], ['A', 1]]));
    expect(read.problems.map((p) => p.problem)).toEqual(['no Cost column: none of the headers ("Project", "Impact") is one of "Cost", "Koszt"']);
    expect(read.rows).toEqual([]);
  });

  it('words every bad cell in Polish for a Polish build', () => {
    const read = readProjects(
      grid([
        ['Projekt', 'Koszt', 'Wpływ', 'Punkty styku', 'Typ'],
        ['', -3, 'duży', '', 'średni'],
        ['C', 4, '', '', ''],
      ]),
      {},
      'pl',
    );
    expect(read.problems.map((p) => formatTableProblem(p, 'pl'))).toEqual([
      'Arkusz Projects, wiersz 2, kolumna A (Projekt): komórka jest pusta; dozwolone: nazwa projektu (tekst, niepusty)',
      'Arkusz Projects, wiersz 2, kolumna B (Koszt): -3 nie jest kosztem ≥ 0; dozwolone: liczba ≥ 0 (pole nie może być puste)',
      'Arkusz Projects, wiersz 2, kolumna C (Wpływ): "duży" nie jest liczbą; dozwolone: liczba albo puste pole',
      'Arkusz Projects, wiersz 2, kolumna E (Typ): "średni" nie jest typem projektu; dozwolone: hard, twarda, twardy, soft, miękka, miękki albo puste pole',
      'Arkusz Projects, wiersz 3, kolumna C (Wpływ): wpływ jest pusty, a projekt nie wymienia punktów styku, z których można go obliczyć; dozwolone: liczba (wpływ) albo punkty styku, które projekt poprawia (wpływ to wtedy Σ luka do celu × zasięg)',
    ]);
  });
});
