// End to end: serverApi.buildCostSatisfactionMatrix in the built dist/Code.js, in the local runtime.
import { gridAddon, tabSnapshot, TOUCHPOINTS_HEADER, withoutBuildTime } from './cli/gridWorkbook';
import { EXPECTED_RANKED, MATRIX_TOUCHPOINTS, PROJECTS, PROJECTS_HEADER, rankedTable, syntheticProjects } from './cli/matrixWorkbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Numbers to 10 significant digits: 0.8 + 1.6 + 0.5 is 2.9000000000000004 in floating point. */
const rounded = (rows: unknown[][]): unknown[][] => rows.map((r) => r.map((v) => (typeof v === 'number' ? Number(v.toPrecision(10)) : v)));

function matrixAddon(data = { Touchpoints: MATRIX_TOUCHPOINTS, Projects: PROJECTS } as Record<string, unknown[][]>, locale?: string) {
  return gridAddon(data, locale);
}

function valuesOf(sheet: Sheet): unknown[][] {
  return sheet.getDataRange().getValues();
}

describe('buildCostSatisfactionMatrix on the built bundle', () => {
  it('ranks the hand-worked projects with computed impacts, quadrants and impact per cost', () => {
    const { addon, spreadsheet } = matrixAddon();
    const result = addon.bundle.buildCostSatisfactionMatrix();
    expect(result).toEqual({
      ok: true,
      tabName: 'Cost vs satisfaction',
      replaced: false,
      source: 'Projects!A1:F7, Touchpoints!A1:I8',
      locale: 'en',
      counts: { projects: 6, quickWins: 1, majorProjects: 2, fillIns: 2, moneyPits: 1, computedImpacts: 3, onSplitLines: 0 },
      splits: { cost: 40, impact: expect.closeTo(0.9, 12), costGiven: false, impactGiven: false },
      computedImpacts: ['Shorter web form', 'New shop window', 'Staff training'],
      warnings: ['Project "Staff training" (row 3): linked touchpoints not valued yet add nothing to its computed impact: "Returns".'],
    });
    const sheet = spreadsheet.getSheetByName('Cost vs satisfaction')!;
    expect(rounded(rankedTable(valuesOf(sheet)))).toEqual(rounded(EXPECTED_RANKED));
    expect(sheet.getRange('A1').getValue()).toBe('Cost vs satisfaction: improvement projects');
    expect(sheet.getRange('A2').getValue()).toMatch(/^Built \d{4}-\d\d-\d\d \d\d:\d\d UTC from Projects!A1:F7, Touchpoints!A1:I8 by CX Sheets\./);
    expect(addon.lockService.documentLockHeld()).toBe(false);
  });

  it('shows which impacts were computed, through the Impact cell number format', () => {
    const { addon, spreadsheet } = matrixAddon();
    addon.bundle.buildCostSatisfactionMatrix();
    const sheet = spreadsheet.getSheetByName('Cost vs satisfaction')!;
    const values = valuesOf(sheet);
    const header = values.findIndex((r) => r[0] === 'Rank') + 1;
    const formats = sheet.getRange(header + 1, 5, 6, 1).getNumberFormats().map((r) => r[0]);
    // Ranks 1, 2, 5 (web form, shop window, staff training) are computed.
    expect(formats).toEqual(['0.00" (computed)"', '0.00" (computed)"', '0.00', '0.00', '0.00" (computed)"', '0.00']);
  });

  it('draws the 2×2 matrix as cells: axis labels with the medians, each quadrant listing its projects', () => {
    const { addon, spreadsheet } = matrixAddon();
    addon.bundle.buildCostSatisfactionMatrix();
    const values = valuesOf(spreadsheet.getSheetByName('Cost vs satisfaction')!);
    expect(values[4].slice(0, 5)).toEqual(['Impact ↕  Cost ↔', 'Low cost (≤ 40, median)', '', 'High cost (> 40, median)', '']);
    expect(values[5].slice(0, 5)).toEqual(['High impact (≥ 0.9, median)', 'Quick wins (1)', '', 'Major projects (2)', '']);
    expect(values[6].slice(0, 5)).toEqual(['', 'Shorter web form', '', 'New shop window', '']);
    expect(values[7].slice(0, 5)).toEqual(['', '', '', 'Loyalty app', '']);
    expect(values[8].slice(0, 5)).toEqual(['Low impact (< 0.9, median)', 'Fill-ins (2)', '', 'Money pits (1)', '']);
    expect(values[9].slice(0, 5)).toEqual(['', 'Free coffee', '', 'CRM migration', '']);
    expect(values[10].slice(0, 5)).toEqual(['', 'Staff training', '', '', '']);
  });

  it('uses the split values the user gives and flags projects on a line (ties go to the favourable side)', () => {
    const { addon, spreadsheet } = matrixAddon();
    // Cost line 30: Staff training (30) is on it → low cost. Impact line 2: New shop window (2) → high impact.
    const result = addon.bundle.buildCostSatisfactionMatrix({ costSplit: 30, impactSplit: 2 });
    expect(result.splits).toEqual({ cost: 30, impact: 2, costGiven: true, impactGiven: true });
    expect(result.counts).toEqual({ projects: 6, quickWins: 1, majorProjects: 1, fillIns: 2, moneyPits: 2, computedImpacts: 3, onSplitLines: 2 });
    const values = valuesOf(spreadsheet.getSheetByName('Cost vs satisfaction')!);
    expect(values[4].slice(1, 4)).toEqual(['Low cost (≤ 30, set by you)', '', 'High cost (> 30, set by you)']);
    expect(values[6].slice(1, 5)).toEqual(['Shorter web form', '', 'New shop window', '⚑ on the impact line']);
    expect(values[7].slice(0, 4)).toEqual(['Low impact (< 2, set by you)', 'Fill-ins (2)', '', 'Money pits (2)']);
    expect(values[8].slice(1, 5)).toEqual(['Free coffee', '', 'Loyalty app', '']);
    expect(values[9].slice(1, 5)).toEqual(['Staff training', '⚑ on the cost line', 'CRM migration', '']);
    // Money pits by impact per cost: Loyalty app 1.5 / 80 = 0.01875 before CRM migration 0.2 / 120.
    expect(rankedTable(values).map((r) => [r[1], r[2]])).toEqual([
      ['Project', 'Quadrant'],
      ['Shorter web form', 'Quick wins'],
      ['New shop window', 'Major projects'],
      ['Free coffee', 'Fill-ins'],
      ['Staff training', 'Fill-ins'],
      ['Loyalty app', 'Money pits'],
      ['CRM migration', 'Money pits'],
    ]);
  });

  it('adds a scatter chart of cost and impact whose split lines are two-point line series', () => {
    const { addon, spreadsheet } = matrixAddon();
    addon.bundle.buildCostSatisfactionMatrix();
    const sheet = spreadsheet.getSheetByName('Cost vs satisfaction')!;
    const [chart] = sheet.getCharts();
    expect(sheet.getCharts()).toHaveLength(1);
    const ranges = chart.getRanges().map((r) => r.getA1Notation());
    const data = chart.getRanges().map((r) => r.getValues().map((row) => row[0]));
    expect(ranges).toHaveLength(4);
    // Header, six projects (rank order), cost line (40, 0)…(40, 2.9), impact line (0, 0.9)…(120, 0.9).
    expect(rounded(data)).toEqual(
      rounded([
        ['Cost', 10, 50, 80, 0, 30, 120, 40, 40, 0, 120],
        ['Projects', 2.9, 2, 1.5, 0.1, 0.3, 0.2, '', '', '', ''],
        ['Cost split', '', '', '', '', '', '', 0, 2.9, '', ''],
        ['Impact split', '', '', '', '', '', '', '', '', 0.9, 0.9],
      ]),
    );
    const options = chart.getOptions();
    expect([options.get('title'), options.get('hAxis.title'), options.get('vAxis.title')]).toEqual(['Cost vs satisfaction impact', 'Cost', 'Satisfaction impact']);
    expect(options.get('series')).toEqual({ 1: { lineWidth: 2, pointSize: 0 }, 2: { lineWidth: 2, pointSize: 0 } });
    expect((chart as unknown as { chartType: string }).chartType).toBe('SCATTER');
    // The data sits in hidden columns right of the table (I): K–N from row 4, and the chart reads them.
    expect(ranges).toEqual(['K4:K14', 'L4:L14', 'M4:M14', 'N4:N14']);
    expect([10, 11, 12, 13, 14, 15].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([false, true, true, true, true, false]);
    expect(String(chart.getHiddenDimensionStrategy())).toBe('SHOW_BOTH');
    expect((chart as unknown as { plottedValues(): unknown[][][] }).plottedValues().map((range) => range.map((r) => r[0]))).toEqual(data);
    // Nothing in view right of the table.
    expect(sheet.getRange(1, 10, sheet.getMaxRows(), 1).getValues().flat().filter((v) => v !== '')).toEqual([]);
  });

  it('reads Polish headers and type words and writes the Polish tab in a Polish spreadsheet', () => {
    const polishProjects = [['Projekt', 'Koszt', 'Wpływ', 'Punkty styku', 'Typ', 'Właściciel'], ...PROJECTS.slice(1).map((r) => [...r.slice(0, 4), r[4] === 'hard' ? 'twarda' : r[4] === 'soft' ? 'Miękka' : '', r[5]])];
    const polishTouchpoints = [['Etap', 'Punkt styku', 'Ścieżka', 'Ocena', 'Cel', 'Moment prawdy', 'Wysiłek klienta', 'Zasięg', 'Właściciel'], ...MATRIX_TOUCHPOINTS.slice(1)];
    const { addon, spreadsheet } = matrixAddon({ 'Punkty styku': polishTouchpoints, Projekty: polishProjects }, 'pl_PL');
    const result = addon.bundle.buildCostSatisfactionMatrix();
    expect(result).toMatchObject({ ok: true, tabName: 'Koszt a satysfakcja', locale: 'pl', source: "Projekty!A1:F7, 'Punkty styku'!A1:I8" });
    const values = valuesOf(spreadsheet.getSheetByName('Koszt a satysfakcja')!);
    const table = rankedTable(values, 'Pozycja');
    expect(table[0]).toEqual(['Pozycja', 'Projekt', 'Ćwiartka', 'Koszt', 'Wpływ', 'Wpływ na jednostkę kosztu', 'Punkty styku', 'Typ', 'Właściciel']);
    expect(table.slice(1).map((r) => [r[1], r[2], r[7]])).toEqual([
      ['Shorter web form', 'Szybkie wygrane', 'Twarda'],
      ['New shop window', 'Duże projekty', 'Twarda'],
      ['Loyalty app', 'Duże projekty', 'Twarda'],
      ['Free coffee', 'Wypełniacze', ''],
      ['Staff training', 'Wypełniacze', 'Miękka'],
      ['CRM migration', 'Studnie bez dna', 'Twarda'],
    ]);
    expect(values[5][0]).toBe('Duży wpływ (≥ 0,9, mediana)');
  });

  it('reports every unknown touchpoint name with the closest known one, and writes nothing', () => {
    const projects = [PROJECTS_HEADER, ['Web form', 10, '', 'Web site; Chekout; Website', 'hard', ''], ['Training', 20, '', 'Helpdesk', 'soft', ''], ['Coffee', -5, 'lots', '', 'medium', '']];
    const { addon, spreadsheet, workbook } = matrixAddon({ Touchpoints: MATRIX_TOUCHPOINTS, Projects: projects });
    const before = tabSnapshot(spreadsheet.getSheetByName('Projects')!);
    const result = addon.bundle.buildCostSatisfactionMatrix();
    expect(result.ok).toBe(false);
    expect(result.message).toBe('6 problems in Projects!A1:F4, Touchpoints!A1:I8; nothing was written.');
    expect(result.problems.map((p: { message: string }) => p.message)).toEqual([
      'Projects row 4, column B (Cost): -5 is not a cost ≥ 0; allowed: a number ≥ 0 (not empty)',
      'Projects row 4, column C (Impact): "lots" is not a number; allowed: a number, or blank',
      'Projects row 4, column E (Type): "medium" is not a project type; allowed: hard, twarda, twardy, soft, miękka, miękki, or blank',
      'Projects row 2, column D (Touchpoints): "Web site" is not a touchpoint of Touchpoints!A1:I8; closest known: "Website"; allowed: names from the Touchpoint column of Touchpoints!A1:I8, separated by ; or , or new lines',
      'Projects row 2, column D (Touchpoints): "Chekout" is not a touchpoint of Touchpoints!A1:I8; closest known: "Checkout"; allowed: names from the Touchpoint column of Touchpoints!A1:I8, separated by ; or , or new lines',
      'Projects row 3, column D (Touchpoints): "Helpdesk" is not a touchpoint of Touchpoints!A1:I8; closest known: "Helpline"; allowed: names from the Touchpoint column of Touchpoints!A1:I8, separated by ; or , or new lines',
    ]);
    expect(workbook.sheets.map((s) => s.getName())).toEqual(['Touchpoints', 'Projects']);
    expect(tabSnapshot(spreadsheet.getSheetByName('Projects')!)).toEqual(before);
  });

  it('words the problems in Polish in a Polish spreadsheet', () => {
    const header = ['Projekt', 'Koszt', 'Wpływ', 'Punkty styku', 'Typ', 'Właściciel'];
    const projects = [header, ['Szkolenie', 20, '', 'Helpdesk', 'miękka', ''], ['Kawa', 5, 0.1, '', '', '']];
    const { addon } = matrixAddon({ 'Punkty styku': MATRIX_TOUCHPOINTS, Projekty: projects }, 'pl_PL');
    const result = addon.bundle.buildCostSatisfactionMatrix();
    expect(result.message).toBe("1 problem w Projekty!A1:F3, 'Punkty styku'!A1:I8; nic nie zostało zapisane.");
    expect(result.problems.map((p: { message: string }) => p.message)).toEqual([
      `Arkusz Projekty, wiersz 2, kolumna D (Punkty styku): "Helpdesk" nie jest punktem styku z 'Punkty styku'!A1:I8; najbliższa znana nazwa: "Helpline"; dozwolone: nazwy z kolumny Punkt styku w 'Punkty styku'!A1:I8, rozdzielone znakiem ; lub , albo nowymi wierszami`,
    ]);
    const { addon: alone } = matrixAddon({ Projekty: projects }, 'pl_PL');
    expect(alone.bundle.buildCostSatisfactionMatrix().problems.map((p: { message: string }) => p.message)).toEqual([
      'Arkusz Touchpoints: nie ma karty o nazwie "Touchpoints" ani "Punkty styku"; pusty wpływ w wierszu 2 tabeli Projekty jest obliczany z tabeli Punkty styku; dozwolone: jedna z kart ("Projekty"), zakres nazwany albo zaznaczenie jako źródło',
    ]);
  });

  it('says plainly that one project makes no matrix', () => {
    const { addon, workbook } = matrixAddon({ Projects: [PROJECTS_HEADER, ['Loyalty app', 80, 1.5, '', '', '']] });
    const result = addon.bundle.buildCostSatisfactionMatrix();
    expect(result.problems.map((p: { message: string }) => p.message)).toEqual([
      'Projects: has only 1 project; a cost-vs-satisfaction matrix compares projects with each other, so one project has no quadrant to be in; allowed: 2 or more project rows',
    ]);
    expect(workbook.sheets).toHaveLength(1);
  });

  it('needs the Touchpoints table for a blank impact, and says which rows need it', () => {
    const { addon } = matrixAddon({ Projects: PROJECTS });
    expect(addon.bundle.buildCostSatisfactionMatrix().problems.map((p: { message: string }) => p.message)).toEqual([
      'Touchpoints: there is no tab named "Touchpoints" or "Punkty styku"; the blank impacts of Projects rows 2, 3, 4 are computed from the Touchpoints table; allowed: one of the tabs ("Projects"), a named range or a selection as the source',
    ]);
    const broken = [TOUCHPOINTS_HEADER, ['Before', 'Website', '', 5, '', '', '', '', '']];
    const { addon: invalid } = matrixAddon({ Projects: PROJECTS, Touchpoints: broken });
    const result = invalid.bundle.buildCostSatisfactionMatrix();
    // The names are still checked against the table with a problem: every problem in one run.
    const messages = result.problems.map((p: { message: string }) => p.message);
    expect(messages[0]).toMatch(/^Touchpoints row 2, column D \(Valuation\): 5 is not a valuation level/);
    expect(messages.slice(1).map((m: string) => m.replace(/ is not a touchpoint.*/, ''))).toEqual([
      'Projects row 2, column D (Touchpoints): "Checkout"',
      'Projects row 3, column D (Touchpoints): "Till"',
      'Projects row 3, column D (Touchpoints): "Helpline"',
      'Projects row 3, column D (Touchpoints): "Returns"',
      'Projects row 4, column D (Touchpoints): "shop  WINDOW"',
      'Projects row 7, column D (Touchpoints): "Helpline"',
    ]);
    // A blank impact with no touchpoints listed has nothing to compute from.
    const { addon: bare } = matrixAddon({ Projects: [PROJECTS_HEADER, ['A', 1, 2, '', '', ''], ['B', 2, '', '', '', '']] });
    expect(bare.bundle.buildCostSatisfactionMatrix().problems[0].message).toBe(
      'Projects row 3, column C (Impact): the impact is blank and the project lists no touchpoints to compute it from; allowed: an impact number, or the touchpoints the project lifts (its impact is then Σ gap to target × reach)',
    );
  });

  it('builds from given impacts alone, warning that names went unchecked without a Touchpoints table', () => {
    const { addon } = matrixAddon({ Projects: [PROJECTS_HEADER, ['A', 10, 2, 'Website', '', ''], ['B', 20, 1, '', '', '']] });
    const result = addon.bundle.buildCostSatisfactionMatrix();
    expect(result).toMatchObject({ ok: true, source: 'Projects!A1:F3', counts: { projects: 2, computedImpacts: 0 } });
    expect(result.warnings).toEqual(['No Touchpoints table was found, so the touchpoint names of the projects were not checked.']);
  });

  it('writes text from the sources as text, never as a formula (DESIGN §6)', () => {
    const injected = ["'=1+1", "'+48 600", "'-x", '@here', "'=HYPERLINK(\"http://evil\")"];
    const projects = [PROJECTS_HEADER, ...injected.map((name, i) => [name, i * 10, i, '', '', "'=SUM(1)"])];
    const { addon, spreadsheet } = matrixAddon({ Projects: projects });
    expect(addon.bundle.buildCostSatisfactionMatrix().ok).toBe(true);
    const sheet = spreadsheet.getSheetByName('Cost vs satisfaction')!;
    expect(sheet.getDataRange().getFormulas().flat().filter(Boolean)).toEqual([]);
    const table = rankedTable(valuesOf(sheet));
    expect(table.slice(1).map((r) => r[1]).sort()).toEqual(injected.map((n) => n.replace(/^'/, '')).sort());
    expect(table[1][8]).toBe('=SUM(1)');
  });

  it('rebuilds idempotently, and leaves a user tab with the same name untouched', () => {
    const { addon, spreadsheet, workbook } = matrixAddon({ Touchpoints: MATRIX_TOUCHPOINTS, Projects: PROJECTS, 'Cost vs satisfaction': [['mine', '=1+1']] });
    const mine = tabSnapshot(spreadsheet.getSheetByName('Cost vs satisfaction')!);
    const first = addon.bundle.buildCostSatisfactionMatrix();
    expect(first).toMatchObject({ ok: true, tabName: 'Cost vs satisfaction (2)', replaced: false });
    expect(first.warnings[0]).toBe('A tab named "Cost vs satisfaction" that CX Sheets did not build already exists and was left untouched; the matrix is in "Cost vs satisfaction (2)".');
    const built = tabSnapshot(spreadsheet.getSheetByName('Cost vs satisfaction (2)')!);
    expect(addon.bundle.buildCostSatisfactionMatrix()).toMatchObject({ ok: true, tabName: 'Cost vs satisfaction (2)', replaced: true });
    expect(withoutBuildTime(tabSnapshot(spreadsheet.getSheetByName('Cost vs satisfaction (2)')!))).toEqual(withoutBuildTime(built));
    expect(tabSnapshot(spreadsheet.getSheetByName('Cost vs satisfaction')!)).toEqual(mine);
    expect(workbook.sheets.map((s) => s.getName())).toEqual(['Touchpoints', 'Projects', 'Cost vs satisfaction', 'Cost vs satisfaction (2)']);
    const mark = JSON.parse(spreadsheet.getSheetByName('Cost vs satisfaction (2)')!.getDeveloperMetadata()[0].getValue()!);
    expect(mark).toMatchObject({ kind: 'cost-satisfaction', source: 'Projects!A1:F7, Touchpoints!A1:I8', sourceSheet: 'Projects' });
  });

  it('lives beside the valuation grid built from the same Touchpoints table', () => {
    const { addon, workbook } = matrixAddon();
    addon.bundle.buildValuationGrid();
    addon.bundle.buildCostSatisfactionMatrix();
    addon.bundle.buildValuationGrid();
    addon.bundle.buildCostSatisfactionMatrix();
    expect(workbook.sheets.map((s) => s.getName())).toEqual(['Touchpoints', 'Projects', 'Valuation grid', 'Cost vs satisfaction']);
  });

  it('reads tables from chosen tabs with column mappings', () => {
    const renamed = [['Initiative', 'Budget', 'Impact', 'Touchpoints', 'Type', 'Owner'], ...PROJECTS.slice(1)];
    const { addon } = matrixAddon({ Journey: MATRIX_TOUCHPOINTS, Plan: renamed });
    const result = addon.bundle.buildCostSatisfactionMatrix({
      projectsSource: { kind: 'tab', name: 'Plan' },
      touchpointsSource: { kind: 'tab', name: 'Journey' },
      projectsMapping: { project: 'Initiative', cost: 'B' },
    });
    expect(result).toMatchObject({ ok: true, source: 'Plan!A1:F7, Journey!A1:I8', counts: { projects: 6, quickWins: 1 } });
  });

  it('rejects options that are not what the sidebar sends', () => {
    const { addon } = matrixAddon();
    expect(() => addon.bundle.buildCostSatisfactionMatrix({ costSplit: '40' })).toThrow('Cost vs satisfaction: costSplit "40" is not a number');
    expect(() => addon.bundle.buildCostSatisfactionMatrix({ locale: 'de' })).toThrow('locale "de" is not "en" or "pl"');
    expect(() => addon.bundle.buildCostSatisfactionMatrix({ projectsSource: { kind: 'tab' } })).toThrow(/projectsSource .* is not/);
  });
});

describe('Spreadsheet service calls per matrix build (DESIGN §6, §7)', () => {
  function callsFor(n: number): { build: Record<string, number>; rebuild: Record<string, number> } {
    const { addon } = matrixAddon({ Touchpoints: MATRIX_TOUCHPOINTS, Projects: syntheticProjects(n) });
    expect(addon.bundle.buildCostSatisfactionMatrix().counts.projects).toBe(n);
    const build = addon.calls.byMethod();
    addon.calls.reset();
    expect(addon.bundle.buildCostSatisfactionMatrix().replaced).toBe(true);
    return { build, rebuild: addon.calls.byMethod() };
  }

  it('makes the same calls for 10 and for 1,000 projects', () => {
    const small = callsFor(10);
    const large = callsFor(1000);
    expect(large).toEqual(small);
    expect(small.build['Range.getValues']).toBe(2); // one batched read per table
    expect(small.build['Range.setValues']).toBe(4); // one per block: head, matrix, table, chart data
  });
});
