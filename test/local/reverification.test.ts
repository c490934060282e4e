// End to end: serverApi.buildReverification and serverApi.saveDatedCopy in the built
// dist/Code.js, in the local runtime.
import { gridAddon, syntheticTouchpoints, tabSnapshot, TOUCHPOINTS_HEADER, withoutBuildTime } from './cli/gridWorkbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Last year's and this year's valuations of one journey, worked by hand (DESIGN §4):
 *
 *   touchpoint (now / before)  path            before now │ change status
 *   WI-FI / Wi-Fi              —                 +2    0  │  −2    Worse         lost differentiator (renamed case)
 *   Website                    Online             0   −1  │  −1    Now negative
 *   Kiosk                      Store              —   +1  │   —    New
 *   Zwrót / zwrot              —                 −1   +1  │  +2    Better        (accents)
 *   Helpline                   —                 +2    —  │   —    Not valued    lost differentiator
 *   Survey                     —                 −1   −1  │   0    Same
 *   Leaflet (before only)      —                 +1    —  │   —    Retired
 */
const BEFORE = [
  TOUCHPOINTS_HEADER,
  ['Ride', 'Wi-Fi', '', 2, '', true, false, 0.9, 'IT'],
  ['Ride', 'Website', 'Online', 0, '', false, true, 0.4, 'E-commerce'],
  ['Ride', 'Leaflet', '', 1, '', false, false, '', 'Print'],
  ['After', 'zwrot', '', -1, '', true, false, '', 'Service'],
  ['After', 'Helpline', '', 2, '', false, false, '', 'Service'],
  ['After', 'Survey', '', -1, '', false, true, '', 'Marketing'],
];
const NOW = [
  TOUCHPOINTS_HEADER,
  ['Ride', 'WI-FI', '', 0, '', true, false, 0.9, 'IT'],
  ['Ride', 'Website', 'Online', -1, '', false, true, 0.4, 'E-commerce'],
  ['Ride', 'Kiosk', 'Store', 1, '', false, false, '', 'Retail'],
  ['After', 'Zwrót', '', 1, '', true, false, '', 'Service'],
  ['After', 'Helpline', '', '', '', false, false, '', 'Service'],
  ['After', 'Survey', '', -1, '', false, true, '', 'Marketing'],
];

const EXPECTED_TABLE = [
  ['Stage', 'Path', 'Touchpoint', 'Before', 'Now', 'Change', 'Status', 'Moment of truth', 'Effort point', 'Owner'],
  ['Ride', 'All paths', 'WI-FI', 2, 0, -2, 'Worse', 'Yes', 'No', 'IT'],
  ['Ride', 'Online', 'Website', 0, -1, -1, 'Now negative', 'No', 'Yes', 'E-commerce'],
  ['Ride', 'Store', 'Kiosk', '', 1, '', 'New', 'No', 'No', 'Retail'],
  ['After', 'All paths', 'Zwrót', -1, 1, 2, 'Better', 'Yes', 'No', 'Service'],
  ['After', 'All paths', 'Helpline', 2, '', '', 'Not valued', 'No', 'No', 'Service'],
  ['After', 'All paths', 'Survey', -1, -1, 0, 'Same', 'No', 'Yes', 'Marketing'],
  ['Ride', 'All paths', 'Leaflet', 1, '', '', 'Retired', 'No', 'No', 'Print'],
];

/** The generated table: from its header row (Stage | Path | Touchpoint | Before) to the first blank row. */
function tableOf(sheet: Sheet, first = 'Stage', fourth = 'Before'): unknown[][] {
  const values = sheet.getDataRange().getValues();
  const top = values.findIndex((r) => r[0] === first && r[3] === fourth);
  if (top < 0) throw new Error('no re-verification table in the tab');
  const rows: unknown[][] = [];
  for (let r = top; r < values.length && values[r][0] !== ''; r++) rows.push(values[r].slice(0, 10));
  return rows;
}

function generatedTabs(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] {
  return spreadsheet.createDeveloperMetadataFinder().withKey('cx-sheets.generated').find().map((m) => m.getLocation().getSheet()!.getName());
}

const pair = (extra: Record<string, unknown[][]> = {}) => ({ 'Touchpoints 2025': BEFORE, Touchpoints: NOW, ...extra });

describe('buildReverification on the built bundle', () => {
  it('compares the latest dated Touchpoints tab with the current one by default, with the hand-worked statuses', () => {
    const { addon, spreadsheet } = gridAddon(pair({ 'Touchpoints 2024': BEFORE }));
    const result = addon.bundle.buildReverification();
    expect(result).toEqual({
      ok: true,
      tabName: 'Re-verification',
      replaced: false,
      source: "'Touchpoints 2025'!A1:I7, Touchpoints!A1:I7",
      before: "'Touchpoints 2025'!A1:I7",
      now: 'Touchpoints!A1:I7',
      locale: 'en',
      counts: { touchpointsBefore: 6, touchpointsNow: 6, new: 1, retired: 1, notValued: 1, nowNegative: 1, worse: 1, better: 1, same: 1, differentiatorsLost: 2 },
      differentiatorsLost: ['WI-FI', 'Helpline'],
      newlyNegative: ['Website (Online)'],
      warnings: [],
    });
    const sheet = spreadsheet.getSheetByName('Re-verification')!;
    expect(tableOf(sheet)).toEqual(EXPECTED_TABLE);
    expect(sheet.getRange('A1').getValue()).toBe('Re-verification of touchpoint valuations');
    expect(sheet.getRange('A2').getValue()).toMatch(/^Built \d{4}-\d\d-\d\d \d\d:\d\d UTC from 'Touchpoints 2025'!A1:I7 \(before\) and Touchpoints!A1:I7 \(now\) by CX Sheets\./);
    expect(addon.lockService.documentLockHeld()).toBe(false);
  });

  it('writes the summary: counts per status, the differentiators lost by name, the stage means', () => {
    const { addon, spreadsheet } = gridAddon(pair());
    addon.bundle.buildReverification();
    const values = spreadsheet.getSheetByName('Re-verification')!.getDataRange().getValues();
    const rowOf = (label: string) => values.find((r) => r[0] === label)!;
    expect(['New', 'Retired', 'Not valued', 'Now negative', 'Worse', 'Better', 'Same'].map((s) => rowOf(s)[1])).toEqual([1, 1, 1, 1, 1, 1, 1]);
    const lost = values.findIndex((r) => r[0] === 'Differentiators lost (+2 before, now below +2)');
    expect([values[lost].slice(0, 3), values[lost + 1].slice(0, 3)]).toEqual([
      ['Differentiators lost (+2 before, now below +2)', 2, 'WI-FI: +2 → 0'],
      ['', '', 'Helpline: +2 → not valued'],
    ]);
    expect(rowOf('Newly below 0').slice(0, 3)).toEqual(['Newly below 0', 1, 'Website (Online): 0 → −1']);
    // Ride: before (2 + 0 + 1)/3 = 1, now (0 − 1 + 1)/3 = 0. After: before (−1 + 2 − 1)/3 = 0, now (1 − 1)/2 = 0.
    expect(rowOf('Ride').slice(0, 4)).toEqual(['Ride', 1, 0, -1]);
    expect(rowOf('After').slice(0, 4)).toEqual(['After', 0, 0, 0]);
  });

  it('marks the tab as generated from both ranges, with now as its source sheet, and draws the line chart', () => {
    const { addon, spreadsheet } = gridAddon(pair());
    addon.bundle.buildReverification();
    const tab = spreadsheet.getSheetByName('Re-verification')!;
    const marks = tab.getDeveloperMetadata();
    expect(JSON.parse(marks[0].getValue()!)).toEqual({
      kind: 'reverification',
      source: "'Touchpoints 2025'!A1:I7, Touchpoints!A1:I7",
      sourceSheet: 'Touchpoints',
      builtAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      sheetId: tab.getSheetId(),
      tabName: 'Re-verification',
    });
    const header = tab.getDataRange().getValues().findIndex((r) => r[0] === 'Stage' && r[3] === 'Before') + 1;
    const [chart] = tab.getCharts();
    // The chart reads touchpoint, before and now from hidden columns beside the table's rows,
    // the same values as the table's columns C, D and E.
    const ranges = chart.getRanges();
    expect(ranges.map((r) => [r.getRow(), r.getNumRows(), r.getNumColumns()])).toEqual([0, 1, 2].map(() => [header, 8, 1]));
    for (const range of ranges) expect(tab.isColumnHiddenByUser(range.getColumn())).toBe(true);
    ranges.forEach((range, i) => expect(range.getValues()).toEqual(tab.getRange(header, 3 + i, 8, 1).getValues()));
    expect(chart.getOptions().get('title')).toBe('Valuations before and now along the journey');
  });

  it('compares the tabs the caller names, with a column mapping', () => {
    const renamed = BEFORE.map((row, i) => (i === 0 ? ['Stage', 'Touchpoint', 'Path', 'Score 2024', ...row.slice(4)] : row));
    const { addon } = gridAddon({ 'Journey last year': renamed, Journey: NOW });
    const result = addon.bundle.buildReverification({ beforeSource: { kind: 'tab', name: 'Journey last year' }, nowSource: { kind: 'tab', name: 'Journey' }, beforeMapping: { valuation: 'D' } });
    expect(result).toMatchObject({ ok: true, before: "'Journey last year'!A1:I7", now: 'Journey!A1:I7', counts: { worse: 1, new: 1, retired: 1 } });
  });

  it('lists every problem of both tables together, each naming its tab, and writes nothing', () => {
    const before = BEFORE.map((row, i) => (i === 2 ? [...row.slice(0, 3), 3, ...row.slice(4)] : row)); // row 3: valuation 3
    const now = [...NOW.slice(0, 3), ['Ride', 'Kiosk', 'Store', 'good', '', '', '', '', '']]; // row 4: valuation "good"
    const { addon, workbook, spreadsheet } = gridAddon({ 'Touchpoints 2025': before, Touchpoints: now });
    const snapshots = ['Touchpoints 2025', 'Touchpoints'].map((name) => tabSnapshot(spreadsheet.getSheetByName(name)!));
    const result = addon.bundle.buildReverification();
    const level = 'a whole level −2, −1, 0, 1 or 2 (the emotion grid has these five rows), or blank (= not yet valued)';
    expect(result).toMatchObject({ ok: false, source: "'Touchpoints 2025'!A1:I7, Touchpoints!A1:I4", message: "2 problems in 'Touchpoints 2025'!A1:I7, Touchpoints!A1:I4; nothing was written." });
    expect(result.problems.map((p: { message: string }) => p.message)).toEqual([
      `Touchpoints 2025 row 3, column D (Valuation): 3 is not a valuation level; allowed: ${level}`,
      `Touchpoints row 4, column D (Valuation): "good" is not a valuation level; allowed: ${level}`,
    ]);
    expect(result.problems[0]).toEqual(expect.objectContaining({ sheet: 'Touchpoints 2025', row: 3, column: 'D', value: '3' }));
    expect(workbook.sheets.map((s) => s.getName())).toEqual(['Touchpoints 2025', 'Touchpoints']);
    expect(['Touchpoints 2025', 'Touchpoints'].map((name) => tabSnapshot(spreadsheet.getSheetByName(name)!))).toEqual(snapshots);
    expect(addon.lockService.documentLockHeld()).toBe(false);
  });

  it('says when there is no earlier table, or when before and now are one table', () => {
    const { addon } = gridAddon({ Touchpoints: NOW, Notes: [['x']] });
    const none = addon.bundle.buildReverification();
    expect(none.problems.map((p: { message: string }) => p.message)).toEqual([
      'Touchpoints (earlier): no tab whose name ends in a year or a date holds a Touchpoints table; allowed: a Touchpoints tab named with its year or date, e.g. "Touchpoints 2025" or "Touchpoints 2026-12-01" (Save a dated copy makes one), or the earlier table chosen as before',
    ]);
    const same = addon.bundle.buildReverification({ beforeSource: { kind: 'tab', name: 'Touchpoints' } });
    expect(same.problems.map((p: { message: string }) => p.message)).toEqual([
      'Touchpoints: is chosen as both the earlier and the current table; allowed: two different Touchpoints tables: the earlier one (e.g. "Touchpoints 2025") as before, the current one as now',
    ]);
    const missing = addon.bundle.buildReverification({ beforeSource: { kind: 'tab', name: 'Touchpoints 2020' } });
    expect(missing.problems[0].message).toBe('Touchpoints 2020: there is no tab with this name; allowed: one of the tabs: "Touchpoints", "Notes"');
    expect(addon.workbook.sheets).toHaveLength(2);
  });

  it('reads Polish tables and writes the Polish tab in a Polish spreadsheet', () => {
    const header = ['Etap', 'Punkt styku', 'Ścieżka', 'Ocena', 'Cel', 'Moment prawdy', 'Wysiłek klienta', 'Zasięg', 'Właściciel'];
    const { addon, spreadsheet } = gridAddon({ 'Punkty styku': [header, ...NOW.slice(1)], 'Punkty styku 01.12.2025': [header, ...BEFORE.slice(1)] }, 'pl_PL');
    const result = addon.bundle.buildReverification();
    expect(result).toMatchObject({ ok: true, tabName: 'Weryfikacja ocen', locale: 'pl', before: "'Punkty styku 01.12.2025'!A1:I7" });
    const table = tableOf(spreadsheet.getSheetByName('Weryfikacja ocen')!, 'Etap', 'Wcześniej');
    expect(table[0]).toEqual(['Etap', 'Ścieżka', 'Punkt styku', 'Wcześniej', 'Teraz', 'Zmiana', 'Status', 'Moment prawdy', 'Wysiłek klienta', 'Właściciel']);
    expect(table.slice(1).map((r) => r[6])).toEqual(['Gorzej', 'Teraz ujemny', 'Nowy', 'Lepiej', 'Nieoceniony', 'Bez zmian', 'Wycofany']);
  });

  it('writes text from the sources as text, never as a formula (DESIGN §6)', () => {
    const hostile = (rows: unknown[][]) => rows.map((row, i) => (i === 1 ? ["'=SUM(1)", "'=1+1", ...row.slice(2, 8), "'@owner"] : row));
    const { addon, spreadsheet } = gridAddon({ 'Touchpoints 2025': hostile(BEFORE), Touchpoints: hostile(NOW) });
    expect(addon.bundle.buildReverification().ok).toBe(true);
    const sheet = spreadsheet.getSheetByName('Re-verification')!;
    expect(tableOf(sheet)[1]).toEqual(['=SUM(1)', 'All paths', '=1+1', 2, 0, -2, 'Worse', 'Yes', 'No', '@owner']);
    expect(sheet.getDataRange().getFormulas().flat().filter(Boolean)).toEqual([]);
  });

  it('rebuilds idempotently, and leaves a user tab named "Re-verification" as it was', () => {
    const { addon, spreadsheet, workbook } = gridAddon(pair({ 'Re-verification': [['My notes']] }));
    const mine = tabSnapshot(spreadsheet.getSheetByName('Re-verification')!);
    const first = addon.bundle.buildReverification();
    expect(first).toMatchObject({ tabName: 'Re-verification (2)', replaced: false });
    expect(first.warnings).toEqual(['A tab named "Re-verification" that CX Sheets did not build already exists and was left untouched; the comparison is in "Re-verification (2)".']);
    const built = tabSnapshot(spreadsheet.getSheetByName('Re-verification (2)')!);
    expect(addon.bundle.buildReverification()).toMatchObject({ tabName: 'Re-verification (2)', replaced: true });
    expect(withoutBuildTime(tabSnapshot(spreadsheet.getSheetByName('Re-verification (2)')!))).toEqual(withoutBuildTime(built));
    expect(tabSnapshot(spreadsheet.getSheetByName('Re-verification')!)).toEqual(mine);
    expect(workbook.sheets.map((s) => s.getName())).toEqual(['Touchpoints 2025', 'Touchpoints', 'Re-verification', 'Re-verification (2)']);
    expect(generatedTabs(spreadsheet)).toEqual(['Re-verification (2)']);
  });

  it('never treats its own tab as a Touchpoints table, and waits for another build holding the lock', () => {
    const { addon, workbook } = gridAddon(pair());
    addon.bundle.buildReverification();
    expect(addon.bundle.getSidebarContext().sources.map((s: { sheet: string }) => s.sheet)).toEqual(['Touchpoints 2025', 'Touchpoints']);
    const other = addon.lockService.getDocumentLock();
    expect(other.tryLock(0)).toBe(true);
    expect(() => addon.bundle.buildReverification()).toThrow('Re-verification: another build in this spreadsheet has been running for over 30 s; try again when it has finished');
    other.releaseLock();
    expect(workbook.sheets).toHaveLength(3);
  });

  it('rejects options that are not what the sidebar sends', () => {
    const { addon } = gridAddon(pair());
    expect(() => addon.bundle.buildReverification({ locale: 'de' })).toThrow('Re-verification: locale "de" is not "en" or "pl"');
    expect(() => addon.bundle.buildReverification({ beforeSource: { kind: 'tab' } })).toThrow(/beforeSource .* is not/);
  });
});

describe('a dated Touchpoints tab is never the default source of another build (DESIGN §3)', () => {
  it('the menu builds the grid from the current table even when the dated one comes first', () => {
    const { addon } = gridAddon(pair());
    addon.bundle.menuBuildValuationGrid();
    expect(addon.workbook.toasts[0].message).toContain('from Touchpoints!A1:I7');
  });

  it('the sidebar context says which tables are dated and which pair Compare valuations takes', () => {
    const { addon } = gridAddon(pair({ 'Touchpoints 2024-06': BEFORE }));
    const context = addon.bundle.getSidebarContext();
    expect(context.sources.map((s: { sheet: string; dated?: string }) => [s.sheet, s.dated])).toEqual([
      ['Touchpoints 2025', '2025'],
      ['Touchpoints', undefined],
      ['Touchpoints 2024-06', '2024-06'],
    ]);
    expect(context.reverification).toEqual({ earlier: ['Touchpoints 2025', 'Touchpoints 2024-06'], current: ['Touchpoints'], before: 'Touchpoints 2025', now: 'Touchpoints' });
  });
});

describe('the menu items', () => {
  it('Compare valuations builds the tab and says what changed in a toast', () => {
    const { addon } = gridAddon(pair());
    addon.bundle.menuCompareValuations();
    expect(addon.workbook.activeSheet?.getName()).toBe('Re-verification');
    expect(addon.workbook.toasts).toEqual([
      { title: '"Re-verification" built', message: "'Touchpoints 2025'!A1:I7 → Touchpoints!A1:I7: 1 worse, 1 newly below 0, 2 differentiators lost, 1 new, 1 retired." },
    ]);
  });

  it('Compare valuations lists the problems in an alert, in Polish in a Polish spreadsheet', () => {
    const { addon } = gridAddon({ 'Punkty styku': NOW }, 'pl_PL');
    addon.bundle.menuCompareValuations();
    expect(addon.ui.alerts[0].title).toBe('Nie utworzono weryfikacji ocen');
    expect(addon.ui.alerts[0].prompt).toMatch(/^1 problem w 'Punkty styku'!A1:I7; nic nie zostało zapisane\.\n\n• Arkusz Punkty styku \(wcześniejsze\): żadna karta/);
  });

  it('Save a dated copy copies the Touchpoints tab the user is on', () => {
    const { addon, spreadsheet } = gridAddon({ Notes: [['x']], Journey: NOW });
    spreadsheet.getSheetByName('Journey')!.activate();
    addon.bundle.menuSaveDatedCopy();
    const today = new Date().toISOString().slice(0, 10);
    expect(addon.workbook.sheets.map((s) => s.getName())).toEqual(['Notes', 'Journey', `Touchpoints ${today}`]);
    expect(addon.workbook.toasts).toEqual([
      { title: `Saved "Touchpoints ${today}"`, message: `A copy of "Journey" as it is today. Keep valuing in "Journey"; next year Compare valuations takes "Touchpoints ${today}" as before.` },
    ]);
  });
});

describe('saveDatedCopy on the built bundle', () => {
  /** Today in a time zone, as yyyy-mm-dd (en-CA writes ISO days), before and after a call, in case midnight passes. */
  function todayIn(timeZone: string, call: () => void): string[] {
    const day = () => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    const first = day();
    call();
    return [first, day()];
  }

  it('copies the current Touchpoints tab to a new tab dated today in the spreadsheet\'s time zone, right after it', () => {
    const { addon, workbook, spreadsheet } = gridAddon({ Touchpoints: NOW, Notes: [['x']] });
    // UTC+14: on most of the UTC day, a different date from UTC's.
    workbook.timeZone = 'Pacific/Kiritimati';
    spreadsheet.getSheetByName('Notes')!.activate();
    let result: { ok: boolean; tabName: string; date: string; source: string; locale: string };
    const days = todayIn('Pacific/Kiritimati', () => (result = addon.bundle.saveDatedCopy()));
    expect(days).toContain(result!.date);
    expect(result!).toEqual({ ok: true, tabName: `Touchpoints ${result!.date}`, source: 'Touchpoints', date: result!.date, locale: 'en' });
    expect(workbook.sheets.map((s) => s.getName())).toEqual(['Touchpoints', `Touchpoints ${result!.date}`, 'Notes']);
    const copy = spreadsheet.getSheetByName(result!.tabName)!;
    const source = spreadsheet.getSheetByName('Touchpoints')!;
    expect(copy.getRange('A1:I7').getValues()).toEqual(source.getRange('A1:I7').getValues());
    // An ordinary user tab: no generated mark, so no build replaces it; the user still sees the tab they were on.
    expect(copy.getDeveloperMetadata()).toEqual([]);
    expect(workbook.activeSheet?.getName()).toBe('Notes');
    expect(addon.lockService.documentLockHeld()).toBe(false);
  });

  it('only reads the source, keeps its formats and validation, and freezes formulas to today\'s values', () => {
    const { addon, spreadsheet } = gridAddon({ Touchpoints: NOW, Scores: [['Kiosk'], [2]] });
    const source = spreadsheet.getSheetByName('Touchpoints')!;
    source.getRange('D4').setFormula('=Scores!A2-1'); // Kiosk: 2 − 1 = +1, as before
    source.getRange('B2').setValue("'=1+1 is a name");
    source.getRange('A1:I1').setBackground('#d9e2f3');
    source.getRange('F2:F7').setDataValidation(SpreadsheetAppOf(addon).newDataValidation().requireCheckbox().build());
    const before = tabSnapshot(source);
    const { tabName } = addon.bundle.saveDatedCopy({ source: 'Touchpoints' });
    const copy = spreadsheet.getSheetByName(tabName)!;
    expect(tabSnapshot(source)).toEqual(before);
    expect(copy.getRange('D4').getFormula()).toBe('');
    expect(copy.getRange('D4').getValue()).toBe(1);
    expect(copy.getRange('B2').getValue()).toBe('=1+1 is a name');
    expect(copy.getDataRange().getFormulas().flat().filter(Boolean)).toEqual([]);
    expect(copy.getRange('A1').getBackground()).toBe('#d9e2f3');
    expect(copy.getRange('F2').getDataValidation()!.getCriteriaType()).toBe('CHECKBOX');
    // Next year's change to what the formula read leaves the copy as it was today.
    spreadsheet.getSheetByName('Scores')!.getRange('A2').setValue(-1);
    expect([source.getRange('D4').getValue(), copy.getRange('D4').getValue()]).toEqual([-2, 1]);
  });

  it('takes a free name when today\'s copy exists, and a Polish name in a Polish spreadsheet', () => {
    const { addon, workbook } = gridAddon({ 'Punkty styku': NOW }, 'pl_PL');
    const first = addon.bundle.saveDatedCopy();
    expect(first.tabName).toBe(`Punkty styku ${first.date}`);
    const second = addon.bundle.saveDatedCopy();
    expect(second).toMatchObject({ tabName: `Punkty styku ${first.date} (2)`, nameTakenBy: `Punkty styku ${first.date}`, source: 'Punkty styku' });
    expect(addon.bundle.saveDatedCopy({ locale: 'en' }).tabName).toBe(`Touchpoints ${first.date}`);
    expect(workbook.sheets).toHaveLength(4);
    // The copies are the dated tables Compare valuations offers as before, latest (the second copy) first.
    expect(addon.bundle.getSidebarContext().reverification).toMatchObject({ before: `Punkty styku ${first.date} (2)`, now: 'Punkty styku' });
  });

  it('says when there is no such tab, and writes nothing', () => {
    const { addon, workbook } = gridAddon({ Notes: [['x']] });
    expect(addon.bundle.saveDatedCopy().problems[0].message).toBe('Touchpoints: there is no tab named "Touchpoints" or "Punkty styku"; allowed: one of the tabs: "Notes"');
    expect(addon.bundle.saveDatedCopy({ source: 'Journey' }).problems[0].message).toBe('Journey: there is no tab with this name; allowed: one of the tabs: "Notes"');
    expect(() => addon.bundle.saveDatedCopy({ source: 7 })).toThrow('Save a dated copy: source 7 is not the name of a tab');
    expect(workbook.sheets).toHaveLength(1);
  });
});

describe('Spreadsheet service calls (DESIGN §6, §7)', () => {
  function callsFor(n: number): { build: Record<string, number>; rebuild: Record<string, number>; copy: Record<string, number> } {
    const synthetic = syntheticTouchpoints(n);
    const earlier = synthetic.map((row, i) => (i === 0 ? row : [...row.slice(0, 3), ((i * 3) % 5) - 2, ...row.slice(4)]));
    const { addon } = gridAddon({ 'Touchpoints 2025': earlier, Touchpoints: synthetic });
    expect(addon.bundle.buildReverification().counts.touchpointsNow).toBe(n);
    const build = addon.calls.byMethod();
    addon.calls.reset();
    expect(addon.bundle.buildReverification().replaced).toBe(true);
    const rebuild = addon.calls.byMethod();
    addon.calls.reset();
    expect(addon.bundle.saveDatedCopy().ok).toBe(true);
    return { build, rebuild, copy: addon.calls.byMethod() };
  }

  it('makes the same calls for 20 and for 2,000 touchpoints', () => {
    const small = callsFor(20);
    const large = callsFor(2000);
    expect(large).toEqual(small);
    // The tab heads of both tabs once, then each table in one batched read.
    expect(small.build['Range.getValues']).toBe(4);
    expect(small.build['Range.setValues']).toBe(4); // one per block: head, summary, table, the chart's hidden data
    expect(small.copy['Spreadsheet.insertSheet']).toBe(1);
  });
});

function SpreadsheetAppOf(addon: { globals: Record<string, unknown> }): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return addon.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}
