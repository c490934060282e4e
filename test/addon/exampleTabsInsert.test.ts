// Insert example tabs through dist/Code.js on the local runtime, then use them.
import { createWorkbook, loadAddon } from '../../local/runtime';
import { unformattedDecimals } from '../helpers/unformattedNumbers';

describe('insertExampleTabs (server API) on the local runtime', () => {
  it('adds six tabs whose Metrics formulas compute, and which the grid, matrix and stakeholder map build from', () => {
    const addon = loadAddon(createWorkbook({ Sheet1: [] }));
    const inserted = addon.bundle.insertExampleTabs({ locale: 'en' });
    expect(inserted).toEqual({ locale: 'en', tabs: { touchpoints: 'Touchpoints', projects: 'Projects', responses: 'Responses', themes: 'Themes', stakeholders: 'Stakeholders', metrics: 'Metrics' } });
    expect(addon.workbook.sheets.map((s) => s.getName())).toEqual(['Sheet1', 'Touchpoints', 'Projects', 'Responses', 'Themes', 'Stakeholders', 'Metrics']);
    const metrics = addon.workbook.sheetNamed('Metrics');
    // 24 NPS answers: 6 tens and 6 nines are promoters (12); 3, 6, 5, 2, 6, 4 are detractors (6):
    // (12 − 6) / 24 × 100 = 25.
    expect(metrics.valueAt(2, 2)).toBe(24);
    expect(metrics.valueAt(3, 2)).toBe(25);
    // CES: the 24 answers sum to 123 → mean 123 / 24 = 5.125; 17 of 24 are 5–7 → 70.83 % easy.
    expect(metrics.valueAt(6, 2)).toBe(5.125);
    expect(metrics.valueAt(7, 2)).toBeCloseTo((17 / 24) * 100, 9);
    // CSAT: 18 of 24 answers are 4–5 → 75 %; their mean 96 / 24 = 4 maps to +1 on −2..+2 (1 → −2, 3 → 0, 5 → +2).
    expect(metrics.valueAt(8, 2)).toBe(75);
    expect(metrics.valueAt(9, 2)).toBe(1);
    // ⌈1.959964² / 0.1² − 3⌉ = ⌈381.15⌉ = 382 answers for ±10; the interval equals NPS_BY's total row.
    expect(metrics.valueAt(10, 2)).toBe(382);
    expect([metrics.valueAt(21, 7), metrics.valueAt(21, 8)]).toEqual([metrics.valueAt(6, 8), metrics.valueAt(6, 9)]);
    // NPS_TREND: January, February, March (answers every 3 days from 5 January); CSAT_BY: 3 channels and Total.
    expect([24, 25, 26, 27].map((row) => metrics.valueAt(row, 6))).toEqual(['Responses', 9, 10, 5]);
    expect([30, 31, 32, 33, 34].map((row) => metrics.valueAt(row, 5))).toEqual(['Group', 'Hotline', 'Online', 'Store', 'Total']);
    // Every formula of the tab computes: no error value anywhere.
    for (let row = 1; row <= 35; row++) for (let column = 1; column <= 12; column++) expect(metrics.errorMessageAt(row, column)).toBeUndefined();
    // The gaps sit beside the names: Registration form −2 → target 0 = gap 2; Return −2 → 1 = gap 3.
    expect([metrics.valueAt(12, 5), metrics.valueAt(12, 6)]).toEqual(['Registration form', 2]);
    expect([metrics.valueAt(17, 5), metrics.valueAt(17, 6)]).toEqual(['Return', 3]);
    expect(addon.workbook.sheetNamed('Touchpoints').frozenRows).toBe(1);
    // Every number shows with a format: one decimal for scores, 0.000 for the p-value, the
    // NPS_BY table's counts whole and its scores and shares to one decimal, gaps signed.
    expect(unformattedDecimals(metrics)).toEqual([]);
    const shown = (row: number, column: number) => metrics.rangeAt(row, column).getDisplayValue();
    expect([2, 3, 4, 5, 6, 7, 8, 9].map((row) => shown(row, 2))).toEqual(['24', '25.0', expect.stringMatching(/^\d+\.\d$/), expect.stringMatching(/^0\.\d{3}$/), '5.1', '70.8', '75.0', '+1.0']);
    expect([shown(6, 6), shown(6, 7)]).toEqual(['24', '25.0']); // Total: 24 answers, NPS 25
    expect([shown(12, 6), shown(17, 6)]).toEqual(['+2', '+3']);
    // THEMES over the 24 comments (every sixth is blank: 20 comments) with the Themes tab, from A37.
    // Staff and service: "Great service…" (10, 10, 9, 10) and "Friendly staff" (8, 9, 10, 9) → 7 promoters, 1 passive;
    // Forms (9, 6, 7, 6), Waiting ("Hotline kept me waiting": 7, 8, 2, 10), Delivery ("Deliveries are always late": 9, 10, 8, 7).
    expect(metrics.rangeAt(36, 1).getValue()).toBe('What the comments are about (THEMES)');
    expect(metrics.rangeAt(37, 1, 8, 7).getValues()).toEqual([
      ['Theme', 'Mentions', 'Share %', 'NPS', 'Promoters %', 'Detractors %', 'Example'],
      ['Staff and service', 8, 40, 87.5, 87.5, 0, 'Great service, thank you'],
      ['Delivery', 4, 20, 50, 50, 0, 'Deliveries are always late'],
      ['Forms', 4, 20, -25, 25, 50, 'The form was far too long'],
      ['Waiting', 4, 20, 0, 25, 25, 'Hotline kept me waiting'],
      ['Returns', 0, 0, '', '', '', ''],
      ['(no theme)', 0, 0, '', '', '', ''],
      ['Total', 20, 100, 40, 55, 15, ''], // promoters 11, detractors 3 of 20
    ]);
    for (let row = 21; row <= 28; row++) for (let column = 1; column <= 7; column++) expect(metrics.errorMessageAt(row, column)).toBeUndefined();

    const grid = addon.bundle.buildValuationGrid({});
    // −2 registration form, −1 queue, −2 return, −1 hotline: 4 to fix; tracking not valued.
    expect(grid).toMatchObject({ ok: true, tabName: 'Valuation grid', counts: { touchpoints: 10, stages: 4, paths: 2, toFix: 4, notValued: 1 } });
    const matrix = addon.bundle.buildCostSatisfactionMatrix({});
    expect(matrix).toMatchObject({ ok: true, counts: { projects: 6, quickWins: 1, majorProjects: 2, fillIns: 2, moneyPits: 1, computedImpacts: 4 } });
    // Influence, interest: CEO 5,4, e-commerce 4,5, IT 4,3 → manage closely; CFO 5,2, legal 3,1 → keep
    // satisfied; hotline 2,5, stores 2,4 → keep informed; analyst 1,2 → monitor.
    const map = addon.bundle.buildStakeholderMap({});
    expect(map).toMatchObject({ ok: true, tabName: 'Stakeholder map', counts: { stakeholders: 8, manageClosely: 3, keepSatisfied: 2, keepInformed: 2, monitor: 1, supporters: 3, neutral: 3, opponents: 1 } });
  });

  it('never touches a tab of the user with an example name: the example takes a free one', () => {
    const addon = loadAddon(createWorkbook({ Touchpoints: [['my own notes']], Metryki: [['mine']] }));
    const inserted = addon.bundle.insertExampleTabs({ locale: 'pl' });
    expect(inserted.tabs).toEqual({ touchpoints: 'Punkty styku', projects: 'Projekty', responses: 'Odpowiedzi', themes: 'Tematy', stakeholders: 'Interesariusze', metrics: 'Metryki (2)' });
    expect(addon.workbook.sheetNamed('Touchpoints').valueAt(1, 1)).toBe('my own notes');
    expect(addon.workbook.sheetNamed('Metryki').valueAt(1, 1)).toBe('mine');
    expect(addon.workbook.sheetNamed('Metryki (2)').formulaAt(3, 2)).toBe("=NPS(Odpowiedzi!D2:D)");
  });

  it('follows the spreadsheet locale when the sidebar does not say', () => {
    const workbook = createWorkbook({ Sheet1: [] });
    workbook.locale = 'pl_PL';
    expect(loadAddon(workbook).bundle.insertExampleTabs().locale).toBe('pl');
    // THEMES speaks the spreadsheet's language too; the Polish themes find "miła" (miły), "infolinii" (infolinia),
    // "dostawą" (dostawa) and "spóźnił" (spóźni*): the same counts as in English, ties in Polish order.
    expect(workbook.sheetNamed('Metryki').rangeAt(37, 1, 8, 4).getValues()).toEqual([
      ['Temat', 'Wzmianki', 'Udział %', 'NPS'],
      ['Obsługa', 8, 40, 87.5],
      ['Czekanie', 4, 20, 0],
      ['Dostawa', 4, 20, 50],
      ['Formularze', 4, 20, -25],
      ['Zwroty', 0, 0, ''],
      ['(bez tematu)', 0, 0, ''],
      ['Razem', 20, 100, 40],
    ]);
  });
});

describe('createEmptyTables (server API) on the local runtime', () => {
  it('adds Touchpoints, Projects and Responses tabs with one example row, under free names, and the grid builds from them', () => {
    const addon = loadAddon(createWorkbook({ Touchpoints: [['my own notes']] }));
    const created = addon.bundle.createEmptyTables({ locale: 'en' });
    expect(created).toEqual({ locale: 'en', tabs: { touchpoints: 'Touchpoints (2)', projects: 'Projects', responses: 'Responses' } });
    expect(addon.workbook.sheets.map((s) => s.getName())).toEqual(['Touchpoints', 'Touchpoints (2)', 'Projects', 'Responses']);
    expect(addon.workbook.sheetNamed('Touchpoints').getDataRange().getValues()).toEqual([['my own notes']]);
    const touchpoints = addon.workbook.sheetNamed('Touchpoints (2)');
    expect(touchpoints.getLastRow()).toBe(2);
    expect(touchpoints.validationAt(3, 4)?.criteria.type).toBe('VALUE_IN_LIST'); // room for the user's rows
    expect(touchpoints.validationAt(3, 6)?.criteria.type).toBe('CHECKBOX');
    // One touchpoint, valued 0: nothing to fix.
    const grid = addon.bundle.buildValuationGrid({ source: { kind: 'tab', name: 'Touchpoints (2)' } });
    expect(grid).toMatchObject({ ok: true, counts: { touchpoints: 1, stages: 1, toFix: 0 } });
  });

  it('refuses a locale it does not know', () => {
    const addon = loadAddon(createWorkbook());
    expect(() => addon.bundle.createEmptyTables({ locale: 'de' })).toThrow('Create empty tables: locale "de" is not "en" or "pl"');
  });
});
