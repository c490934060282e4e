import { emptyTables } from '../../../src/core/examples/emptyTables';
import { exampleTabs } from '../../../src/core/examples/exampleTabs';

const NAMES = { touchpoints: 'Touchpoints', projects: 'Projects', responses: 'Responses' };

describe('emptyTables', () => {
  it('is the example tables cut to their header and one row, with the same checks, formats and widths', () => {
    const tables = emptyTables('en', NAMES);
    const examples = exampleTabs('en', { ...NAMES, themes: 'Themes', stakeholders: 'Stakeholders', metrics: 'Metrics' });
    expect(tables.map((t) => [t.role, t.name, t.rows.length])).toEqual([
      ['touchpoints', 'Touchpoints', 2],
      ['projects', 'Projects', 2],
      ['responses', 'Responses', 2],
    ]);
    tables.forEach((table, i) => {
      expect(table.rows[0]).toEqual(examples[i].rows[0]);
      expect(table.validations).toEqual(examples[i].validations);
      expect(table.numberFormats).toEqual(examples[i].numberFormats);
      expect(table.columnWidths).toEqual(examples[i].columnWidths);
    });
  });

  it('gives a valid row each: the project has its own impact and links the one touchpoint', () => {
    const [touchpoints, projects, responses] = emptyTables('en', NAMES);
    // The first journey row of the example: Advert, before purchase, every path, valued 0, reach 80 %.
    expect(touchpoints.rows[1]).toEqual(['Before purchase', 'Advert', '', 0, null, false, false, 0.8, 'Marketing']);
    // The first example project with an impact of its own is the staff training (30, 0.5);
    // its touchpoint becomes the one in the Touchpoints table.
    expect(projects.rows[1]).toEqual(['Staff product training', 30, 0.5, 'Advert', 'soft', 'Retail']);
    expect(responses.rows[1].slice(1)).toEqual(['Online', 'Consumer', 10, 6, 5, 'Great service, thank you']);
  });

  it('speaks Polish in Polish', () => {
    const [touchpoints, projects] = emptyTables('pl', { touchpoints: 'Punkty styku', projects: 'Projekty', responses: 'Odpowiedzi' });
    expect(touchpoints.rows[0].slice(0, 4)).toEqual(['Etap', 'Punkt styku', 'Ścieżka', 'Ocena']);
    expect(projects.rows[1]).toEqual(['Szkolenie produktowe sprzedawców', 30, 0.5, 'Reklama', 'miękka', 'Sklepy']);
  });
});
