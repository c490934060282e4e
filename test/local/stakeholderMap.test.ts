// End to end: serverApi.buildStakeholderMap in the built dist/Code.js, in the local runtime.
import { gridAddon, tabSnapshot } from './cli/gridWorkbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER = ['Stakeholder', 'Department', 'Influence', 'Interest', 'Attitude', 'Expectations', 'Next step', 'Owner'];
/*
 * By hand: Ana 4,4 (16) and Bo 5,3 (15) → Manage closely, Ana first (16 > 15); Cy 3,1 → Keep
 * satisfied; =HYPERLINK("x") 1,5 → Keep informed; Di 2,2 → Monitor.
 */
const STAKEHOLDERS: unknown[][] = [
  HEADER,
  ['Bo', 'Sales', 5, 3, 'opponent', 'Targets met', 'Weekly call', 'CX lead'],
  // A leading apostrophe is Sheets' mark for text: the cells hold the text, as a user typed it.
  ["'=HYPERLINK(\"x\")", "'+ops", '1', 5, 'Supporter', '', '', ''],
  ['Di', '', 2, 2, '', '', '', ''],
  ['Ana', 'Board', 4, 4, 'zwolennik', '', '', ''],
  ['Cy', 'Legal', 3, 1, 'neutral', '', '', ''],
];

const valuesOf = (sheet: Sheet): unknown[][] => sheet.getDataRange().getValues();
function tableOf(values: unknown[][], first = 'Stakeholder'): unknown[][] {
  const start = values.findIndex((r) => r[0] === first && r[2] !== '');
  const end = values.findIndex((r, i) => i > start && r[0] === '');
  return values.slice(start, end < 0 ? undefined : end).map((r) => r.slice(0, 9));
}

describe('buildStakeholderMap on the built bundle', () => {
  it('places and orders the hand-worked stakeholders, and marks the tab as generated', () => {
    const { addon, spreadsheet } = gridAddon({ Stakeholders: STAKEHOLDERS });
    const result = addon.bundle.buildStakeholderMap();
    expect(result).toEqual({
      ok: true,
      tabName: 'Stakeholder map',
      replaced: false,
      source: 'Stakeholders!A1:H6',
      locale: 'en',
      counts: { stakeholders: 5, manageClosely: 2, keepSatisfied: 1, keepInformed: 1, monitor: 1, supporters: 2, neutral: 1, opponents: 1 },
      warnings: [],
    });
    const sheet = spreadsheet.getSheetByName('Stakeholder map')!;
    const values = valuesOf(sheet);
    expect(tableOf(values)).toEqual([
      ['Stakeholder', 'Department', 'Influence', 'Interest', 'Quadrant', 'Attitude', 'Expectations', 'Next step', 'Owner'],
      ['Ana', 'Board', 4, 4, 'Manage closely', 'Supporter', '', '', ''],
      ['Bo', 'Sales', 5, 3, 'Manage closely', 'Opponent', 'Targets met', 'Weekly call', 'CX lead'],
      ['Cy', 'Legal', 3, 1, 'Keep satisfied', 'Neutral', '', '', ''],
      ['=HYPERLINK("x")', '+ops', 1, 5, 'Keep informed', 'Supporter', '', '', ''],
      ['Di', '', 2, 2, 'Monitor', '', '', '', ''],
    ]);
    expect(values[0][0]).toBe('Stakeholder map: who must back the CX programme');
    expect(values[1][0]).toMatch(/^Built \d{4}-\d\d-\d\d \d\d:\d\d UTC from Stakeholders!A1:H6 by CX Sheets\./);
    // The 2×2 cells: Keep satisfied | Manage closely over Monitor | Keep informed.
    expect(values[5].slice(0, 5)).toEqual(['High influence (≥ 3)', 'Keep satisfied (1)', '', 'Manage closely (2)', '']);
    expect(values[6].slice(0, 5)).toEqual(['', 'Cy', 'Legal', 'Ana ▲', 'Board']);
    expect(values[7].slice(0, 5)).toEqual(['', '', '', 'Bo ▼', 'Sales']);
    expect(values[8].slice(0, 5)).toEqual(['Low influence (< 3)', 'Monitor (1)', '', 'Keep informed (1)', '']);
    expect(values[9].slice(0, 5)).toEqual(['', 'Di', '', '=HYPERLINK("x") ▲', '+ops']);
    const mark = JSON.parse(sheet.getDeveloperMetadata()[0].getValue()!);
    expect(mark).toEqual({ kind: 'stakeholder-map', source: 'Stakeholders!A1:H6', sourceSheet: 'Stakeholders', builtAt: expect.any(String), sheetId: sheet.getSheetId(), tabName: 'Stakeholder map' });
    expect(addon.lockService.documentLockHeld()).toBe(false);
  });

  it('keeps user text as text: no cell of the tab is a formula', () => {
    const { addon, spreadsheet } = gridAddon({ Stakeholders: STAKEHOLDERS });
    addon.bundle.buildStakeholderMap();
    const sheet = spreadsheet.getSheetByName('Stakeholder map')!;
    expect(sheet.getDataRange().getFormulas().flat().every((f) => f === '')).toBe(true);
  });

  it('adds a scatter chart of interest and influence, one series per attitude, the split lines at 3', () => {
    const { addon, spreadsheet } = gridAddon({ Stakeholders: STAKEHOLDERS });
    addon.bundle.buildStakeholderMap();
    const [chart] = spreadsheet.getSheetByName('Stakeholder map')!.getCharts();
    const data = chart.getRanges().map((r) => r.getValues().map((row) => row[0]));
    // Map order: Ana, Bo, Cy, =HYPERLINK, Di; supporters Ana (4,4) and =HYPERLINK (5,1); neutral Cy; opponent Bo; Di not stated.
    expect(data).toEqual([
      ['Interest', 4, 5, 1, 3, 2, 3, 3, 1, 5],
      ['Supporters', 4, 1, '', '', '', '', '', '', ''],
      ['Neutral', '', '', 3, '', '', '', '', '', ''],
      ['Opponents', '', '', '', 5, '', '', '', '', ''],
      ['Attitude not stated', '', '', '', '', 2, '', '', '', ''],
      ['Interest split', '', '', '', '', '', 1, 5, '', ''],
      ['Influence split', '', '', '', '', '', '', '', 3, 3],
    ]);
    const options = chart.getOptions();
    expect([options.get('title'), options.get('hAxis.title'), options.get('vAxis.title')]).toEqual(['Stakeholders: influence × interest', 'Interest (1–5)', 'Influence (1–5)']);
    expect(options.get('series')).toEqual({ 4: { lineWidth: 2, pointSize: 0 }, 5: { lineWidth: 2, pointSize: 0 } });
  });

  it('reports every problem of the table together and writes nothing', () => {
    const bad = [HEADER, ['CFO', '', 6, 2, 'maybe', '', '', ''], ['', '', 3, '', '', '', '', '']];
    const { addon, spreadsheet, workbook } = gridAddon({ Stakeholders: bad });
    const before = tabSnapshot(spreadsheet.getSheetByName('Stakeholders')!);
    const result = addon.bundle.buildStakeholderMap();
    expect(result.ok).toBe(false);
    expect(result.message).toBe('4 problems in Stakeholders!A1:H3; nothing was written.');
    expect(result.problems.map((p: { sheet: string; row: number; column: string; value?: string }) => [p.sheet, p.row, p.column, p.value])).toEqual([
      ['Stakeholders', 2, 'C', '6'],
      ['Stakeholders', 2, 'E', '"maybe"'],
      ['Stakeholders', 3, 'A', undefined],
      ['Stakeholders', 3, 'D', undefined],
    ]);
    expect(workbook.sheets.map((s) => s.getName())).toEqual(['Stakeholders']);
    expect(tabSnapshot(spreadsheet.getSheetByName('Stakeholders')!)).toEqual(before);
  });

  it("leaves a user's tab named \"Stakeholder map\" untouched, writes to a free name, and rebuilds there", () => {
    const { addon, spreadsheet, workbook } = gridAddon({ Stakeholders: STAKEHOLDERS, 'Stakeholder map': [['my notes']] });
    const before = tabSnapshot(spreadsheet.getSheetByName('Stakeholder map')!);
    const result = addon.bundle.buildStakeholderMap();
    expect(result).toMatchObject({ ok: true, tabName: 'Stakeholder map (2)', replaced: false });
    expect(result.warnings).toEqual(['A tab named "Stakeholder map" that CX Sheets did not build already exists and was left untouched; the map is in "Stakeholder map (2)".']);
    expect(addon.bundle.buildStakeholderMap()).toMatchObject({ ok: true, tabName: 'Stakeholder map (2)', replaced: true });
    expect(tabSnapshot(spreadsheet.getSheetByName('Stakeholder map')!)).toEqual(before);
    expect(workbook.sheets.map((s) => s.getName())).toEqual(['Stakeholders', 'Stakeholder map', 'Stakeholder map (2)']);
  });

  it('reads Polish headers and writes the Polish tab in a Polish spreadsheet; a rebuild in English takes the same tab', () => {
    const polish = [['Interesariusz', 'Dział', 'Wpływ', 'Zainteresowanie', 'Postawa'], ['Jan', 'IT', 3, 3, 'przeciwnik'], ['Ewa', 'HR', 1, 2, '']];
    const { addon, spreadsheet } = gridAddon({ Interesariusze: polish }, 'pl_PL');
    expect(addon.bundle.buildStakeholderMap()).toMatchObject({ ok: true, tabName: 'Mapa interesariuszy', locale: 'pl', source: 'Interesariusze!A1:E3' });
    const values = valuesOf(spreadsheet.getSheetByName('Mapa interesariuszy')!);
    expect(tableOf(values, 'Interesariusz').map((r) => [r[0], r[4], r[5]])).toEqual([
      ['Interesariusz', 'Ćwiartka', 'Postawa'],
      ['Jan', 'Zarządzaj blisko', 'Przeciwnik'],
      ['Ewa', 'Monitoruj', ''],
    ]);
    expect(values[6].slice(3, 5)).toEqual(['Jan ▼', 'IT']);
    expect(addon.bundle.buildStakeholderMap({ locale: 'en' })).toMatchObject({ ok: true, replaced: true, locale: 'en' });
  });

  it('waits for another build holding the document lock, and rejects options the sidebar never sends', () => {
    const { addon, workbook } = gridAddon({ Stakeholders: STAKEHOLDERS });
    const other = addon.lockService.getDocumentLock();
    expect(other.tryLock(0)).toBe(true);
    expect(() => addon.bundle.buildStakeholderMap()).toThrow('Stakeholder map: another build in this spreadsheet has been running for over 30 s; try again when it has finished');
    expect(workbook.sheets).toHaveLength(1);
    other.releaseLock();
    expect(() => addon.bundle.buildStakeholderMap({ locale: 'de' })).toThrow('Stakeholder map: locale "de" is not "en" or "pl"');
    expect(addon.bundle.buildStakeholderMap({ source: { kind: 'tab', name: 'Stakeholders' }, mapping: {} }).ok).toBe(true);
  });

  it('makes the same Spreadsheet service calls for 5 and for 500 stakeholders', () => {
    const calls = (n: number) => {
      const rows = [HEADER, ...Array.from({ length: n }, (_, i) => [`Person ${i}`, `Dept ${i % 3}`, (i % 5) + 1, ((i * 3) % 5) + 1, ['supporter', 'neutral', 'opponent', ''][i % 4], '', '', ''])];
      const { addon } = gridAddon({ Stakeholders: rows });
      expect(addon.bundle.buildStakeholderMap().counts.stakeholders).toBe(n);
      return addon.calls.byMethod();
    };
    const small = calls(5);
    expect(calls(500)).toEqual(small);
    expect(small['Range.getValues']).toBe(1);
  });
});
