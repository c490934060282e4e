import { linkProjects } from '../../../src/core/projects/projectLinks';
import { ProjectRow } from '../../../src/core/projects/projectsTable';
import { formatTableProblem } from '../../../src/core/tables/tableProblem';
import { splitNameList } from '../../../src/core/tables/nameList';
import { TouchpointRow } from '../../../src/core/journey/touchpointsTable';

const touchpoint = (sheetRow: number, name: string, path?: string): TouchpointRow => ({ sheetRow, stage: 'S', touchpoint: name, path, valuation: 0, momentOfTruth: false, effortPoint: false });
const project = (sheetRow: number, touchpoints: string[]): ProjectRow => ({ sheetRow, project: `P${sheetRow}`, cost: 1, touchpoints });

const TOUCHPOINTS = [touchpoint(2, 'Web form', 'Online'), touchpoint(3, 'Checkout', 'Online'), touchpoint(4, 'Checkout', 'Store'), touchpoint(5, 'Płatność')];
const PLACE = { sheet: 'Projects', touchpointsColumn: 4, touchpointsHeader: 'Touchpoints', touchpointsSource: 'Touchpoints!A1:I5' };

describe('linkProjects', () => {
  it('links a name to every touchpoint that has it (one per path), by case- and accent-free name', () => {
    const { linked, problems } = linkProjects([project(2, ['checkout', 'PLATNOSC']), project(3, [])], TOUCHPOINTS, PLACE);
    expect(problems).toEqual([]);
    expect(linked.map((rows) => rows.map((t) => t.sheetRow))).toEqual([[3, 4, 5], []]);
  });

  it('reports every unknown name of a row, one problem each with the closest known name', () => {
    const { problems } = linkProjects([project(2, ['Web from', 'Checkout', 'Chekout']), project(3, ['Platnosci'])], TOUCHPOINTS, PLACE);
    expect(problems.map((p) => formatTableProblem(p))).toEqual([
      'Projects row 2, column D (Touchpoints): "Web from" is not a touchpoint of Touchpoints!A1:I5; closest known: "Web form"; allowed: names from the Touchpoint column of Touchpoints!A1:I5, separated by ; or , or new lines',
      'Projects row 2, column D (Touchpoints): "Chekout" is not a touchpoint of Touchpoints!A1:I5; closest known: "Checkout"; allowed: names from the Touchpoint column of Touchpoints!A1:I5, separated by ; or , or new lines',
      'Projects row 3, column D (Touchpoints): "Platnosci" is not a touchpoint of Touchpoints!A1:I5; closest known: "Płatność"; allowed: names from the Touchpoint column of Touchpoints!A1:I5, separated by ; or , or new lines',
    ]);
  });

  it('links a touchpoint whose name holds ; or , when the project writes it in double quotes', () => {
    const withComma = [touchpoint(2, 'Pick-up; returns'), touchpoint(3, 'Bag, box')];
    const { linked, problems } = linkProjects([project(2, splitNameList('"Pick-up; returns", "Bag, box"'))], withComma, PLACE);
    expect(problems).toEqual([]);
    expect(linked[0].map((t) => t.sheetRow)).toEqual([2, 3]);
  });

  it('says so when the touchpoints table has no touchpoints to suggest', () => {
    const { problems } = linkProjects([project(2, ['X'])], [], PLACE);
    expect(problems[0].problem).toBe('is not a touchpoint of Touchpoints!A1:I5; the touchpoints table has no touchpoints');
  });

  it('words unknown names and the closest known ones in Polish for a Polish build', () => {
    const place = { ...PLACE, sheet: 'Projekty', touchpointsHeader: 'Punkty styku' };
    const { problems } = linkProjects([project(2, ['Web from', 'Chekout']), project(3, ['Platnosci'])], TOUCHPOINTS, place, 'pl');
    expect(problems.map((p) => formatTableProblem(p, 'pl'))).toEqual([
      'Arkusz Projekty, wiersz 2, kolumna D (Punkty styku): "Web from" nie jest punktem styku z Touchpoints!A1:I5; najbliższa znana nazwa: "Web form"; dozwolone: nazwy z kolumny Punkt styku w Touchpoints!A1:I5, rozdzielone znakiem ; lub , albo nowymi wierszami',
      'Arkusz Projekty, wiersz 2, kolumna D (Punkty styku): "Chekout" nie jest punktem styku z Touchpoints!A1:I5; najbliższa znana nazwa: "Checkout"; dozwolone: nazwy z kolumny Punkt styku w Touchpoints!A1:I5, rozdzielone znakiem ; lub , albo nowymi wierszami',
      'Arkusz Projekty, wiersz 3, kolumna D (Punkty styku): "Platnosci" nie jest punktem styku z Touchpoints!A1:I5; najbliższa znana nazwa: "Płatność"; dozwolone: nazwy z kolumny Punkt styku w Touchpoints!A1:I5, rozdzielone znakiem ; lub , albo nowymi wierszami',
    ]);
    expect(linkProjects([project(2, ['X'])], [], { ...place, touchpointsHeader: undefined }, 'pl').problems[0]).toMatchObject({
      header: 'Punkty styku',
      problem: 'nie jest punktem styku z Touchpoints!A1:I5; tabela punktów styku nie ma żadnych punktów styku',
    });
  });
});
