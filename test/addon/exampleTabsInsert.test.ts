// Insert example tabs through dist/Code.js on the local runtime, then use them.
import { createWorkbook, loadAddon } from '../../local/runtime';

describe('insertExampleTabs (server API) on the local runtime', () => {
  it('adds five tabs whose Metrics formulas compute, and which the grid, matrix and stakeholder map build from', () => {
    const addon = loadAddon(createWorkbook({ Sheet1: [] }));
    const inserted = addon.bundle.insertExampleTabs({ locale: 'en' });
    expect(inserted).toEqual({ locale: 'en', tabs: { touchpoints: 'Touchpoints', projects: 'Projects', responses: 'Responses', metrics: 'Metrics', stakeholders: 'Stakeholders' } });
    expect(addon.workbook.sheets.map((s) => s.getName())).toEqual(['Sheet1', 'Touchpoints', 'Projects', 'Responses', 'Metrics', 'Stakeholders']);
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
    // Every formula of the tab computes: no error value anywhere.
    for (let row = 1; row <= 20; row++) for (let column = 1; column <= 12; column++) expect(metrics.errorMessageAt(row, column)).toBeUndefined();
    // The gaps sit beside the names: Registration form −2 → target 0 = gap 2; Return −2 → 1 = gap 3.
    expect([metrics.valueAt(12, 5), metrics.valueAt(12, 6)]).toEqual(['Registration form', 2]);
    expect([metrics.valueAt(17, 5), metrics.valueAt(17, 6)]).toEqual(['Return', 3]);
    expect(addon.workbook.sheetNamed('Touchpoints').frozenRows).toBe(1);

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
    expect(inserted.tabs).toEqual({ touchpoints: 'Punkty styku', projects: 'Projekty', responses: 'Odpowiedzi', metrics: 'Metryki (2)', stakeholders: 'Interesariusze' });
    expect(addon.workbook.sheetNamed('Touchpoints').valueAt(1, 1)).toBe('my own notes');
    expect(addon.workbook.sheetNamed('Metryki').valueAt(1, 1)).toBe('mine');
    expect(addon.workbook.sheetNamed('Metryki (2)').formulaAt(3, 2)).toBe("=NPS(Odpowiedzi!D2:D)");
  });

  it('follows the spreadsheet locale when the sidebar does not say', () => {
    const workbook = createWorkbook({ Sheet1: [] });
    workbook.locale = 'pl_PL';
    expect(loadAddon(workbook).bundle.insertExampleTabs().locale).toBe('pl');
  });
});
