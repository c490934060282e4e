import { CellValue } from '../../../src/core/tables/cellValue';
import { formatTableProblem } from '../../../src/core/tables/tableProblem';
import { readStakeholders } from '../../../src/core/stakeholders/stakeholdersTable';

const grid = (values: CellValue[][], sheet = 'Stakeholders') => ({ sheet, firstRow: 1, firstColumn: 1, values });
const HEADER = ['Stakeholder', 'Department', 'Influence', 'Interest', 'Attitude', 'Expectations', 'Next step', 'Owner'];

describe('the Stakeholders table (DESIGN §3)', () => {
  it('reads every column, Department apart from Owner', () => {
    const read = readStakeholders(
      grid([
        HEADER,
        ['Anna Nowak', 'Finance', 5, '2', 'opponent', 'Costs under control', 'Show the churn figures', 'CX lead'],
        ['=HYPERLINK("x")', '', 3, 3, '', '', '', ''],
      ]),
    );
    expect(read.problems).toEqual([]);
    expect(read.rows).toEqual([
      { sheetRow: 2, stakeholder: 'Anna Nowak', department: 'Finance', influence: 5, interest: 2, attitude: 'opponent', expectations: 'Costs under control', nextStep: 'Show the churn figures', owner: 'CX lead' },
      { sheetRow: 3, stakeholder: '=HYPERLINK("x")', department: undefined, influence: 3, interest: 3, attitude: undefined, expectations: undefined, nextStep: undefined, owner: undefined },
    ]);
  });

  it('reads Polish headers and attitude words; Wpływ is Influence here', () => {
    const read = readStakeholders(
      grid([
        ['Interesariusz', 'Dział', 'Wpływ', 'Zainteresowanie', 'Postawa', 'Oczekiwania', 'Następny krok', 'Właściciel'],
        ['Jan', 'Sprzedaż', 4, 1, 'Zwolennik', 'Więcej leadów', 'Spotkanie', 'Ewa'],
        ['Ola', 'IT', 2, 5, 'przeciwniczka', '', '', ''],
        ['Piotr', 'HR', 1, 1, 'neutralny', '', '', ''],
      ]),
      {},
      'pl',
    );
    expect(read.problems).toEqual([]);
    expect(read.rows.map((r) => [r.stakeholder, r.department, r.influence, r.interest, r.attitude, r.owner])).toEqual([
      ['Jan', 'Sprzedaż', 4, 1, 'supporter', 'Ewa'],
      ['Ola', 'IT', 2, 5, 'opponent', undefined],
      ['Piotr', 'HR', 1, 1, 'neutral', undefined],
    ]);
    // Only the three required columns are needed.
    expect(readStakeholders(grid([['Stakeholder', 'Influence', 'Interest'], ['A', 1, 5]])).rows[0]).toMatchObject({ stakeholder: 'A', influence: 1, interest: 5 });
  });

  it('reports every bad cell together: levels off the 1–5 scale, fractions, blanks, unknown attitudes', () => {
    const read = readStakeholders(
      grid([
        HEADER,
        ['A', '', 6, 3, 'maybe', '', '', ''],
        ['', '', 2.5, '', '', '', '', ''],
        ['C', '', 'high', 0, 'supporter', '', '', ''],
      ]),
    );
    expect(read.rows).toHaveLength(0);
    expect(read.problems.map((p) => formatTableProblem(p))).toEqual([
      'Stakeholders row 2, column C (Influence): 6 is not a level of influence; allowed: a whole number from 1 to 5 (not empty)',
      'Stakeholders row 2, column E (Attitude): "maybe" is not a stakeholder attitude; allowed: supporter, zwolennik, zwolenniczka, neutral, neutralny, neutralna, opponent, przeciwnik, przeciwniczka, or blank',
      'Stakeholders row 3, column A (Stakeholder): the cell is empty; allowed: a stakeholder name (text, not empty)',
      'Stakeholders row 3, column C (Influence): 2.5 is not a level of influence; allowed: a whole number from 1 to 5 (not empty)',
      'Stakeholders row 3, column D (Interest): the cell is empty; allowed: a whole number from 1 to 5 (not empty)',
      'Stakeholders row 4, column C (Influence): "high" is not a level of influence; allowed: a whole number from 1 to 5 (not empty)',
      'Stakeholders row 4, column D (Interest): 0 is not a level of interest; allowed: a whole number from 1 to 5 (not empty)',
    ]);
  });

  it('words the problems in Polish', () => {
    const read = readStakeholders(grid([['Interesariusz', 'Wpływ', 'Zainteresowanie'], ['Jan', 6, 2]], 'Interesariusze'), {}, 'pl');
    expect(read.problems.map((p) => formatTableProblem(p, 'pl'))).toEqual([
      'Arkusz Interesariusze, wiersz 2, kolumna B (Wpływ): 6 nie jest poziomem wpływu; dozwolone: liczba całkowita od 1 do 5 (pole nie może być puste)',
    ]);
  });

  it('names the missing required columns', () => {
    const read = readStakeholders(grid([['Stakeholder', 'Department', 'Power'], ['A', 'B', 3]]));
    expect(read.problems.map((p) => p.header)).toEqual(['Interest']);
  });
});
