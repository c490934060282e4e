// The Show link's server call (serverApi.showCell) through dist/Code.js on the local runtime.
import { createWorkbook, loadAddon } from '../../local/runtime';
import { parsePlace } from '../../src/addon/cellLink';

const TOUCHPOINTS = [
  ['Stage', 'Touchpoint', 'Valuation', 'Reach'],
  ['Buy', 'Checkout', 3, 0.4],
  ['Buy', 'Delivery', 'great', 150],
];

function setUp() {
  const workbook = createWorkbook({ Notes: [['mine']], Touchpoints: TOUCHPOINTS });
  const addon = loadAddon(workbook);
  workbook.sheetNamed('Notes').activate();
  return { workbook, addon };
}

/** Every value of every tab, to show that showing a cell writes nothing. */
const contents = (workbook: ReturnType<typeof createWorkbook>) => workbook.sheets.map((s) => [s.getName(), s.getDataRange().getValues()]);

describe('showCell: the Show link of a problem', () => {
  it('activates the tab and selects the cell, the column or the row, and writes nothing', () => {
    const { workbook, addon } = setUp();
    const before = contents(workbook);
    expect(addon.bundle.showCell('Touchpoints', 'C3')).toEqual({ sheet: 'Touchpoints', a1: 'C3' });
    expect(workbook.activeSheet?.getName()).toBe('Touchpoints');
    expect(workbook.activeRange?.describe()).toBe('Touchpoints!C3');
    addon.bundle.showCell('Touchpoints', 'D:D');
    expect(workbook.activeRange?.describe()).toBe('Touchpoints!D:D');
    addon.bundle.showCell('Touchpoints', '2:2');
    expect(workbook.activeRange?.describe()).toMatch(/^Touchpoints!(2:2|A2:Z2)$/);
    workbook.sheetNamed('Notes').activate();
    addon.bundle.showCell('Touchpoints', null);
    expect(workbook.activeSheet?.getName()).toBe('Touchpoints');
    expect(contents(workbook)).toEqual(before);
  });

  it.each([
    ['a range', 'A1:B2'],
    ['another tab', 'Notes!A1'],
    ['a formula', '=A1'],
    ['a named range', 'Scores'],
    ['lower case', 'c3'],
    ['row 0', 'C0'],
    ['two columns', 'C:D'],
    ['script', '<img src=x>'],
  ])('refuses %s (%s) and changes nothing', (_what, a1) => {
    const { workbook, addon } = setUp();
    expect(() => addon.bundle.showCell('Touchpoints', a1)).toThrow(`Show cell: ${JSON.stringify(a1)} is not a cell such as D5, a column such as D:D or a row such as 5:5`);
    expect(workbook.activeSheet?.getName()).toBe('Notes');
  });

  it('refuses a tab that is not there, a place outside the grid, and arguments that are not text', () => {
    const { workbook, addon } = setUp();
    expect(() => addon.bundle.showCell('Gone', 'A1')).toThrow('There is no tab named "Gone" any more; it may have been renamed or deleted.');
    // A new tab has 26 columns (A–Z) and 1,000 rows, as in Sheets.
    expect(() => addon.bundle.showCell('Touchpoints', 'AA1')).toThrow('Show cell: AA1 is outside the tab "Touchpoints"; it may have been made smaller.');
    expect(() => addon.bundle.showCell('Touchpoints', 'A1001')).toThrow('outside the tab');
    expect(() => addon.bundle.showCell({ sheet: 'Touchpoints' }, 'A1')).toThrow('Show cell: the tab {"sheet":"Touchpoints"} is not a tab name');
    expect(() => addon.bundle.showCell('Touchpoints', 5)).toThrow('Show cell: 5 is not a cell');
    expect(workbook.activeSheet?.getName()).toBe('Notes');
  });
});

describe('parsePlace', () => {
  it('reads a cell, a whole column and a whole row; 0 stands for "every"', () => {
    expect(parsePlace('D5')).toEqual({ row: 5, column: 4 });
    expect(parsePlace('AA10')).toEqual({ row: 10, column: 27 });
    expect(parsePlace('D:D')).toEqual({ row: 0, column: 4 });
    expect(parsePlace('5:5')).toEqual({ row: 5, column: 0 });
    expect(parsePlace('$D$5')).toBeUndefined();
    expect(parsePlace('D5 ')).toBeUndefined();
  });
});
