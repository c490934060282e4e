// End to end: serverApi.buildValuationGrid in the built dist/Code.js, in the local runtime.
import { gridAddon, syntheticTouchpoints, tableHeaderRow, tabSnapshot, TOUCHPOINTS_HEADER, withoutBuildTime } from './cli/gridWorkbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * A journey worked by hand (DESIGN §2 target/gap, §4 action, first rule that applies):
 *
 *   touchpoint   path    cur tgt │ target gap  action
 *   Ad           —        +1  —  │  +1     0   Hold
 *   Website      Online   −2  —  │   0    +2   Fix
 *   Shop window  Store     0  +2 │  +2    +2   Differentiate
 *   Checkout     Online    0  +2 │  +2    +2   Differentiate
 *   Till         Store    +2  +1 │  +1    −1   Over-served
 *   Returns      —         —  +1 │  +1     —   Not valued
 *   Helpline     —        −1  —  │   0    +1   Fix
 */
const JOURNEY = [
  TOUCHPOINTS_HEADER,
  ['Before', 'Ad', '', 1, '', false, false, 0.5, 'Marketing'],
  ['Before', 'Website', 'Online', -2, '', true, true, 40, 'E-commerce'],
  ['Before', 'Shop window', 'Store', 0, 2, false, false, '', 'Retail'],
  ['Buy', 'Checkout', 'Online', 0, 2, false, 'x', 0.8, 'E-commerce'],
  ['Buy', 'Till', 'Store', 2, 1, 'no', '', '', 'Retail'],
  ['After', 'Returns', '', '', 1, 'yes', false, '10%', 'Service'],
  ['After', 'Helpline', '', -1, '', true, true, 0.3, 'Service'],
];

const EXPECTED_TABLE = [
  ['Stage', 'Path', 'Touchpoint', 'Moment of truth', 'Effort point', 'Current', 'Target', 'Gap', 'Reach', 'Action', 'Owner'],
  ['Before', 'All paths', 'Ad', 'No', 'No', 1, 1, 0, 0.5, 'Hold', 'Marketing'],
  ['Before', 'Online', 'Website', 'Yes', 'Yes', -2, 0, 2, 0.4, 'Fix', 'E-commerce'],
  ['Before', 'Store', 'Shop window', 'No', 'No', 0, 2, 2, '', 'Differentiate', 'Retail'],
  ['Buy', 'Online', 'Checkout', 'No', 'Yes', 0, 2, 2, 0.8, 'Differentiate', 'E-commerce'],
  ['Buy', 'Store', 'Till', 'No', 'No', 2, 1, -1, '', 'Over-served', 'Retail'],
  ['After', 'All paths', 'Returns', 'Yes', 'No', '', 1, '', 0.1, 'Not valued', 'Service'],
  ['After', 'All paths', 'Helpline', 'Yes', 'Yes', -1, 0, 1, 0.3, 'Fix', 'Service'],
];

function tableOf(sheet: Sheet, header = 'Stage', second = 'Path'): unknown[][] {
  const values = sheet.getDataRange().getValues();
  const top = tableHeaderRow(values, header, second);
  const rows: unknown[][] = [];
  for (let r = top - 1; r < values.length && values[r][0] !== ''; r++) rows.push(values[r].slice(0, 11));
  return rows;
}

function generatedTabs(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] {
  return spreadsheet
    .createDeveloperMetadataFinder()
    .withKey('cx-sheets.generated')
    .find()
    .map((m) => m.getLocation().getSheet()!.getName());
}

describe('buildValuationGrid on the built bundle', () => {
  it('writes the Valuation grid tab whose table has the header and the hand-worked values', () => {
    const { addon, spreadsheet } = gridAddon({ Touchpoints: JOURNEY });
    const result = addon.bundle.buildValuationGrid();
    expect(result).toEqual({
      ok: true,
      tabName: 'Valuation grid',
      replaced: false,
      source: 'Touchpoints!A1:I8',
      locale: 'en',
      counts: { touchpoints: 7, stages: 3, paths: 2, notValued: 1, toFix: 2, differentiators: 2, negativeMomentsOfTruth: 2 },
      warnings: ['1 of 7 touchpoints are not valued yet (blank Valuation); they are listed as not valued.'],
    });
    const sheet = spreadsheet.getSheetByName('Valuation grid')!;
    expect(tableOf(sheet)).toEqual(EXPECTED_TABLE);
    expect(sheet.getRange('A1').getValue()).toBe('Touchpoint valuation grid');
    expect(sheet.getRange('A2').getValue()).toMatch(/^Built \d{4}-\d\d-\d\d \d\d:\d\d UTC from Touchpoints!A1:I8 by CX Sheets\./);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([2, 0]);
    expect(addon.lockService.documentLockHeld()).toBe(false);
  });

  it('marks the tab with developer metadata naming its kind and source range', () => {
    const { addon, spreadsheet } = gridAddon({ Touchpoints: JOURNEY });
    addon.bundle.buildValuationGrid();
    const tab = spreadsheet.getSheetByName('Valuation grid')!;
    const marks = tab.getDeveloperMetadata();
    expect(marks).toHaveLength(1);
    expect(marks[0].getKey()).toBe('cx-sheets.generated');
    const mark = JSON.parse(marks[0].getValue()!);
    expect(mark).toEqual({ kind: 'valuation-grid', source: 'Touchpoints!A1:I8', sourceSheet: 'Touchpoints', builtAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), sheetId: tab.getSheetId(), tabName: 'Valuation grid' });
  });

  it('draws the emotion grid per path in columns M on: stage names over their runs, coloured current cells, flags', () => {
    const { addon, spreadsheet } = gridAddon({ Touchpoints: JOURNEY });
    addon.bundle.buildValuationGrid();
    const sheet = spreadsheet.getSheetByName('Valuation grid')!;
    const values = sheet.getDataRange().getValues().map((r) => r.slice(12, 18)); // M–R
    // Path Online: Ad, Website | Checkout | Returns, Helpline (no path: on both paths).
    const online = values.findIndex((r) => r[0] === 'Path: Online') + 1;
    expect(values[online]).toEqual(['Stage', 'Before', '', 'Buy', 'After', '']);
    expect(values[online + 1]).toEqual(['Touchpoint', 'Ad', 'Website', 'Checkout', 'Returns', 'Helpline']);
    expect(values[online + 2]).toEqual(['Moment of truth', '', '★', '', '★', '★']);
    expect(values[online + 3]).toEqual(['Effort point', '', '★', '★', '', '★']);
    // Rows +2..−2 (sheet rows online+5 … online+9, 1-based): ● current, ○ target, ◉ both.
    expect(values.slice(online + 4, online + 9)).toEqual([
      [2, '', '', '○', '', ''],
      [1, '◉', '', '', '○', ''],
      [0, '', '○', '●', '', '○'],
      [-1, '', '', '', '', '●'],
      [-2, '', '●', '', '', ''],
    ]);
    // No merge calls: a stage's name runs on over its run's grey header cells.
    const stageRow = online + 1;
    expect(sheet.getRange(stageRow, 14, 1, 5).getMergedRanges()).toEqual([]);
    expect(sheet.getRange(stageRow, 14, 1, 5).getBackgrounds()).toEqual([Array(5).fill('#d9d9d9')]);
    // Current cells filled: Ad +1 light green, Website −2 deep red, Helpline −1 light red.
    const levelRow = (level: number) => online + 5 + (2 - level);
    expect(sheet.getRange(levelRow(1), 14).getBackground()).toBe('#b7e1b0');
    expect(sheet.getRange(levelRow(-2), 15).getBackground()).toBe('#b71c1c');
    expect(sheet.getRange(levelRow(-1), 18).getBackground()).toBe('#f4b6b6');
    expect(sheet.getRange(levelRow(2), 16).getBackground()).toBe('#ffffff'); // a target is marked, not filled
    const store = values.findIndex((r) => r[0] === 'Path: Store') + 1;
    expect(values[store + 1]).toEqual(['Touchpoint', 'Ad', 'Shop window', 'Till', 'Returns', 'Helpline']);
    // The table keeps to A–K, the grid to M on: no column holds both.
    expect(sheet.getColumnWidth(12)).toBe(24);
    expect(sheet.getColumnWidth(14)).toBe(100);
  });

  it('adds a line chart of current and target along the journey, from hidden columns it is set to read', () => {
    const { addon, spreadsheet } = gridAddon({ Touchpoints: JOURNEY });
    addon.bundle.buildValuationGrid();
    const sheet = spreadsheet.getSheetByName('Valuation grid')!;
    const charts = sheet.getCharts();
    expect(charts).toHaveLength(1);
    // The grid ends in R (6 touchpoints on a path from N): S spare, the data in T–V from row 4.
    expect(charts[0].getRanges().map((r) => r.getA1Notation())).toEqual(['T4:T11', 'U4:U11', 'V4:V11']);
    expect([19, 20, 21, 22, 23].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([false, true, true, true, false]);
    expect(String(charts[0].getHiddenDimensionStrategy())).toBe('SHOW_BOTH');
    expect(charts[0].getOptions().get('title')).toBe('Current vs target along the journey');
    // It plots what the table says: each touchpoint's current and target, in journey order.
    const plotted = (charts[0] as unknown as { plottedValues(): unknown[][][] }).plottedValues().map((range) => range.map((r) => r[0]));
    expect(plotted).toEqual([EXPECTED_TABLE.map((r) => (r === EXPECTED_TABLE[0] ? 'Touchpoint' : r[2])), EXPECTED_TABLE.map((r) => r[5]), EXPECTED_TABLE.map((r) => r[6])]);
  });

  it('reads Polish headers and writes the Polish tab in a Polish spreadsheet', () => {
    const polish = [['Etap', 'Punkt styku', 'Ścieżka', 'Ocena', 'Cel', 'Moment prawdy', 'Wysiłek klienta', 'Zasięg', 'Właściciel'], ...JOURNEY.slice(1)];
    const { addon, spreadsheet } = gridAddon({ 'Punkty styku': polish }, 'pl_PL');
    const result = addon.bundle.buildValuationGrid();
    expect(result).toMatchObject({ ok: true, tabName: 'Siatka ocen', locale: 'pl', source: "'Punkty styku'!A1:I8" });
    const table = tableOf(spreadsheet.getSheetByName('Siatka ocen')!, 'Etap', 'Ścieżka');
    expect(table[0]).toEqual(['Etap', 'Ścieżka', 'Punkt styku', 'Moment prawdy', 'Wysiłek klienta', 'Ocena', 'Cel', 'Luka', 'Zasięg', 'Działanie', 'Właściciel']);
    expect(table.slice(1).map((r) => [r[1], r[5], r[6], r[7], r[9]])).toEqual([
      ['Wszystkie ścieżki', 1, 1, 0, 'Utrzymaj'],
      ['Online', -2, 0, 2, 'Napraw'],
      ['Store', 0, 2, 2, 'Wyróżnij'],
      ['Online', 0, 2, 2, 'Wyróżnij'],
      ['Store', 2, 1, -1, 'Ponad potrzebę'],
      ['Wszystkie ścieżki', '', 1, '', 'Nieocenione'],
      ['Wszystkie ścieżki', -1, 0, 1, 'Napraw'],
    ]);
  });

  it('lets the caller force the language either way', () => {
    const { addon, spreadsheet } = gridAddon({ Touchpoints: JOURNEY }, 'pl_PL');
    expect(addon.bundle.buildValuationGrid({ locale: 'en' }).tabName).toBe('Valuation grid');
    expect(tableOf(spreadsheet.getSheetByName('Valuation grid')!)[0][0]).toBe('Stage');
    // Rebuilt in Polish: the tab takes the Polish name, and the warning names the column
    // as the user's header does ("Valuation"), not by its Polish name.
    const polish = addon.bundle.buildValuationGrid({ locale: 'pl' });
    expect(polish).toMatchObject({ tabName: 'Siatka ocen', replaced: true });
    expect(polish.warnings).toEqual(['Punkty styku jeszcze nieocenione: 1 z 7 (pusta kolumna Valuation); są wymienione jako nieocenione.']);
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Touchpoints', 'Siatka ocen']);
  });

  it('reads the table from a named tab, a named range, or the selection, and uses a column mapping', () => {
    const renamed = JOURNEY.map((row, i) => (i === 0 ? ['Stage', 'Touchpoint', 'Path', 'Score', ...row.slice(4)] : row));
    const { addon, spreadsheet } = gridAddon({ 'Journey 2026': [['Our journey'], [], ...renamed], Notes: [['x']] });
    const mapping = { valuation: 'Score' };
    expect(addon.bundle.buildValuationGrid({ source: { kind: 'tab', name: 'Journey 2026' }, mapping })).toMatchObject({ ok: true, source: "'Journey 2026'!A1:I10" });
    spreadsheet.setNamedRange('journey', spreadsheet.getRange("'Journey 2026'!A3:I10"));
    expect(addon.bundle.buildValuationGrid({ source: { kind: 'namedRange', name: 'journey' }, mapping })).toMatchObject({ ok: true, source: "'Journey 2026'!A3:I10", replaced: true });
    spreadsheet.getRange("'Journey 2026'!A3:I6").activate();
    const selected = addon.bundle.buildValuationGrid({ source: { kind: 'selection' }, mapping });
    expect(selected).toMatchObject({ ok: true, source: "'Journey 2026'!A3:I6", counts: { touchpoints: 3 } });
    expect(generatedTabs(spreadsheet)).toEqual(['Valuation grid']);
    const table = tableOf(spreadsheet.getSheetByName('Valuation grid')!);
    expect(table.map((r) => r[2])).toEqual(['Touchpoint', 'Ad', 'Website', 'Shop window']);
  });

  it('reports every invalid cell with sheet, row, column, value and what is allowed, and writes nothing', () => {
    const { addon, spreadsheet, workbook } = gridAddon({
      Touchpoints: [
        TOUCHPOINTS_HEADER,
        ['', 'Ad', '', 3, '', false, false, '', ''], // row 2: no stage (none above to continue), valuation 3
        ['Before', '', 'Online', 1, 'high', 'maybe', '', 150, ''], // row 3: empty name, target, flag, reach
        ['', 'Checkout', 'Online', 0.5, '', '', 'sometimes', '-10%', ''], // row 4: its blank stage continues row 3's
        ['Buy', 'Till', 'Store', "'#N/A", '', '', '', '', ''], // row 5: an error value as text
        ['Buy', 'ad', 'Store', 1, '', '', '', '', ''], // row 6: "Ad" (row 2) is on every path
      ],
    });
    const before = tabSnapshot(spreadsheet.getSheetByName('Touchpoints')!);
    const result = addon.bundle.buildValuationGrid();
    const level = 'a whole level −2, −1, 0, 1 or 2 (the emotion grid has these five rows), or blank';
    expect(result.ok).toBe(false);
    expect(result.message).toBe('11 problems in Touchpoints!A1:I6; nothing was written.');
    expect(result.problems.map((p: { message: string }) => p.message)).toEqual([
      'Touchpoints row 2, column A (Stage): the cell is empty; allowed: a stage name (text, not empty)',
      `Touchpoints row 2, column D (Valuation): 3 is not a valuation level; allowed: ${level} (= not yet valued)`,
      'Touchpoints row 3, column B (Touchpoint): the cell is empty; allowed: a touchpoint name (text, not empty)',
      `Touchpoints row 3, column E (Target): "high" is not a target level; allowed: ${level} (= the default target: 0 for a negative valuation, else the valuation)`,
      'Touchpoints row 3, column F (Moment of truth): "maybe" is not a yes/no value for moment of truth; allowed: a checkbox, yes/no, tak/nie, x, or blank (= no)',
      'Touchpoints row 3, column H (Reach): 150 is not a reach between 0% and 100%; allowed: a share from 0 to 1, or a percentage from 0% to 100% (40% or 40), or blank',
      `Touchpoints row 4, column D (Valuation): 0.5 is not a valuation level; allowed: ${level} (= not yet valued)`,
      'Touchpoints row 4, column G (Effort point): "sometimes" is not a yes/no value for effort point; allowed: a checkbox, yes/no, tak/nie, x, or blank (= no)',
      'Touchpoints row 4, column H (Reach): -0.1 is not a reach between 0% and 100%; allowed: a share from 0 to 1, or a percentage from 0% to 100% (40% or 40), or blank',
      `Touchpoints row 5, column D (Valuation): "#N/A" is an error value, not a valuation level; fix the cell it comes from; allowed: ${level} (= not yet valued)`,
      'Touchpoints row 6, column B (Touchpoint): "ad" repeats the touchpoint of row 2 on path "Store"; allowed: each touchpoint name once per path (a touchpoint with no path is on every path)',
    ]);
    // Each problem is also plain data the sidebar can lay out.
    expect(result.problems[1]).toEqual(expect.objectContaining({ sheet: 'Touchpoints', row: 2, column: 'D', header: 'Valuation', value: '3' }));
    expect(workbook.sheets.map((s) => s.getName())).toEqual(['Touchpoints']);
    expect(tabSnapshot(spreadsheet.getSheetByName('Touchpoints')!)).toEqual(before);
    expect(addon.lockService.documentLockHeld()).toBe(false);
  });

  it('reports a missing column, a missing tab and a missing named range as problems', () => {
    const { addon } = gridAddon({ Touchpoints: [['Stage', 'Touchpoint'], ['Before', 'Ad']], Other: [['x']] });
    expect(addon.bundle.buildValuationGrid().problems.map((p: { message: string }) => p.message)).toEqual([
      'Touchpoints row 1 (Valuation): no Valuation column: none of the headers ("Stage", "Touchpoint") is one of "Valuation", "Current", "Ocena"; allowed: a column headed Valuation / Current / Ocena, or a mapping of Valuation to one of the columns',
    ]);
    expect(addon.bundle.buildValuationGrid({ source: { kind: 'tab', name: 'Journey' } }).problems[0].message).toBe(
      'Journey: there is no tab with this name; allowed: one of the tabs: "Touchpoints", "Other"',
    );
    const { addon: bare } = gridAddon({ Sheet1: [['x']] });
    expect(bare.bundle.buildValuationGrid().message).toBe('1 problem in the source table; nothing was written.');
  });

  it('words every problem in Polish in a Polish spreadsheet, and in English when English is chosen', () => {
    const header = ['Etap', 'Punkt styku', 'Ścieżka', 'Ocena', 'Cel', 'Moment prawdy', 'Wysiłek klienta', 'Zasięg', 'Właściciel'];
    const { addon, workbook } = gridAddon(
      {
        'Punkty styku': [
          header,
          ['', 'Reklama', '', 5, '', '', '', '', ''], // row 2: no stage (none above), valuation 5
          ['Przed', 'Kasa', 'Sklep', 1, '', 'może', '', '', ''], // row 3: a flag that is no yes/no
          ['Zakup', 'reklama', 'Sklep', "'#N/A", '', '', '', '', ''], // row 4: an error value, and "Reklama" (row 2) is on every path
        ],
      },
      'pl_PL',
    );
    const result = addon.bundle.buildValuationGrid();
    const level = 'pełny poziom −2, −1, 0, 1 lub 2 (siatka emocji ma te pięć wierszy) albo puste pole (= jeszcze nie ocenione)';
    expect(result).toMatchObject({ ok: false, locale: 'pl', message: "5 problemów w 'Punkty styku'!A1:I4; nic nie zostało zapisane." });
    expect(result.problems.map((p: { message: string }) => p.message)).toEqual([
      'Arkusz Punkty styku, wiersz 2, kolumna A (Etap): komórka jest pusta; dozwolone: nazwa etapu (tekst, niepusty)',
      `Arkusz Punkty styku, wiersz 2, kolumna D (Ocena): 5 nie jest poziomem oceny; dozwolone: ${level}`,
      'Arkusz Punkty styku, wiersz 3, kolumna F (Moment prawdy): "może" nie jest wartością tak/nie (moment prawdy); dozwolone: pole wyboru, tak/nie, yes/no, x albo puste pole (= nie)',
      'Arkusz Punkty styku, wiersz 4, kolumna B (Punkt styku): "reklama" powtarza punkt styku z wiersza 2 na ścieżce "Sklep"; dozwolone: każda nazwa punktu styku raz na ścieżkę (punkt styku bez ścieżki należy do każdej ścieżki)',
      `Arkusz Punkty styku, wiersz 4, kolumna D (Ocena): "#N/A" to wartość błędu, nie poziom oceny; popraw komórkę, z której pochodzi; dozwolone: ${level}`,
    ]);
    expect(result.problems[1]).toEqual(expect.objectContaining({ problem: 'nie jest poziomem oceny', allowed: level }));
    expect(workbook.sheets.map((s) => s.getName())).toEqual(['Punkty styku']);
    // The sidebar's EN switch: the same spreadsheet, messages in English.
    expect(addon.bundle.buildValuationGrid({ locale: 'en' }).problems[1].message).toBe(
      "Punkty styku row 2, column D (Ocena): 5 is not a valuation level; allowed: a whole level −2, −1, 0, 1 or 2 (the emotion grid has these five rows), or blank (= not yet valued)",
    );
    expect(addon.bundle.buildValuationGrid({ source: { kind: 'tab', name: 'Podróż' } }).problems[0].message).toBe(
      'Arkusz Podróż: nie ma karty o tej nazwie; dozwolone: jedna z kart: "Punkty styku"',
    );
  });

  it('writes text from the source as text, never as a formula (DESIGN §6)', () => {
    const injected = ["'=1+1", "'+48 600 100 200", "'-x", '@here', "'007", "'=HYPERLINK(\"http://evil\")"];
    const { addon, spreadsheet } = gridAddon({
      Touchpoints: [TOUCHPOINTS_HEADER, ...injected.map((name, i) => ["'=SUM(1)", name, '', i % 5 - 2, '', '', '', '', "'+1 555"])],
    });
    expect(addon.bundle.buildValuationGrid().ok).toBe(true);
    const sheet = spreadsheet.getSheetByName('Valuation grid')!;
    const header = tableHeaderRow(sheet.getDataRange().getValues());
    const table = sheet.getRange(header + 1, 1, injected.length, 11);
    expect(table.getValues().map((r) => [r[0], r[2], r[10]])).toEqual(injected.map((name) => ['=SUM(1)', name.replace(/^'/, ''), '+1 555']));
    // No formula anywhere in the tab.
    expect(sheet.getDataRange().getFormulas().flat().filter(Boolean)).toEqual([]);
    const values = sheet.getDataRange().getValues().map((r) => r.slice(12));
    const touchpointRow = values.findIndex((r) => r[0] === 'Touchpoint');
    expect(values[touchpointRow].slice(1, 1 + injected.length)).toEqual(injected.map((name) => name.replace(/^'/, '')));
  });

  it('rebuilds idempotently: one tab, identical but for the build time', () => {
    const { addon, spreadsheet, workbook } = gridAddon({ Touchpoints: JOURNEY, Other: [['x']] });
    addon.bundle.buildValuationGrid();
    spreadsheet.getSheetByName('Other')!.activate();
    const first = tabSnapshot(spreadsheet.getSheetByName('Valuation grid')!);
    const second = addon.bundle.buildValuationGrid();
    expect(second).toMatchObject({ ok: true, tabName: 'Valuation grid', replaced: true });
    expect(workbook.sheets.map((s) => s.getName())).toEqual(['Touchpoints', 'Other', 'Valuation grid']);
    expect(generatedTabs(spreadsheet)).toEqual(['Valuation grid']);
    const again = tabSnapshot(spreadsheet.getSheetByName('Valuation grid')!);
    expect(withoutBuildTime(again)).toEqual(withoutBuildTime(first));
  });

  it('keeps a rebuilt tab where the user moved or renamed it', () => {
    const { addon, spreadsheet, workbook } = gridAddon({ Touchpoints: JOURNEY, Other: [['x']] });
    addon.bundle.buildValuationGrid();
    const grid = spreadsheet.getSheetByName('Valuation grid')!;
    grid.setName('Grid for the board');
    expect(addon.bundle.buildValuationGrid()).toMatchObject({ ok: true, tabName: 'Grid for the board', replaced: true });
    expect(workbook.sheets.map((s) => s.getName())).toEqual(['Touchpoints', 'Other', 'Grid for the board']);
  });

  it('leaves a user tab named "Valuation grid" exactly as it was, and writes to a free name', () => {
    const { addon, spreadsheet, workbook } = gridAddon({
      Touchpoints: JOURNEY,
      'Valuation grid': [['My own notes', '=1+1', 42], ["'=2+2", '', 'keep']],
    });
    const mine = spreadsheet.getSheetByName('Valuation grid')!;
    mine.getRange('A1').setBackground('#123456');
    mine.getRange('B1:C1').merge();
    const before = tabSnapshot(mine);
    const result = addon.bundle.buildValuationGrid();
    expect(result).toMatchObject({ ok: true, tabName: 'Valuation grid (2)', replaced: false });
    expect(result.warnings[0]).toBe('A tab named "Valuation grid" that CX Sheets did not build already exists and was left untouched; the grid is in "Valuation grid (2)".');
    expect(addon.bundle.buildValuationGrid()).toMatchObject({ ok: true, tabName: 'Valuation grid (2)', replaced: true });
    expect(tabSnapshot(spreadsheet.getSheetByName('Valuation grid')!)).toEqual(before);
    expect(workbook.sheets.map((s) => s.getName())).toEqual(['Touchpoints', 'Valuation grid', 'Valuation grid (2)']);
  });

  it('never writes to the source tab', () => {
    const { addon, spreadsheet } = gridAddon({ Touchpoints: JOURNEY });
    const before = tabSnapshot(spreadsheet.getSheetByName('Touchpoints')!);
    addon.bundle.buildValuationGrid();
    addon.bundle.buildValuationGrid();
    expect(tabSnapshot(spreadsheet.getSheetByName('Touchpoints')!)).toEqual(before);
  });

  it('waits for another build holding the document lock, and says so when it cannot', () => {
    const { addon, workbook } = gridAddon({ Touchpoints: JOURNEY });
    const other = addon.lockService.getDocumentLock();
    expect(other.tryLock(0)).toBe(true);
    expect(() => addon.bundle.buildValuationGrid()).toThrow('Valuation grid: another build in this spreadsheet has been running for over 30 s; try again when it has finished');
    expect(workbook.sheets).toHaveLength(1);
    other.releaseLock();
    expect(addon.bundle.buildValuationGrid().ok).toBe(true);
  });

  it('rejects options that are not what the sidebar sends', () => {
    const { addon } = gridAddon({ Touchpoints: JOURNEY });
    expect(() => addon.bundle.buildValuationGrid({ locale: 'de' })).toThrow('Valuation grid: locale "de" is not "en" or "pl"');
    expect(() => addon.bundle.buildValuationGrid({ source: { kind: 'tab' } })).toThrow(/source .* is not/);
  });
});

describe('Spreadsheet service calls per build (DESIGN §6, §7)', () => {
  /** Calls by method for one build (and one rebuild) over n touchpoints in 3 stages × 2 paths. */
  function callsFor(n: number): { build: Record<string, number>; rebuild: Record<string, number> } {
    const { addon } = gridAddon({ Touchpoints: syntheticTouchpoints(n) });
    expect(addon.bundle.buildValuationGrid().counts.touchpoints).toBe(n);
    const build = addon.calls.byMethod();
    addon.calls.reset();
    expect(addon.bundle.buildValuationGrid().replaced).toBe(true);
    return { build, rebuild: addon.calls.byMethod() };
  }

  it('makes the same calls for 20 and for 3,500 touchpoints', () => {
    const small = callsFor(20);
    const large = callsFor(3500);
    expect(large).toEqual(small);
    expect(small.build['Range.getValues']).toBe(1); // one batched read of the table
    expect(small.build['Range.setValues']).toBe(5); // one per block: head, summary, table, grid, chart data
    expect(small.build['Range.merge']).toBeUndefined(); // stage names run on over their runs: no merge per stage or band
    expect(small.build['Sheet.hideColumns']).toBe(1); // the chart's data
  });

  it('keeps a 3,500-touchpoint grid far under the 10,000,000 cells of a spreadsheet', () => {
    const { addon, spreadsheet } = gridAddon({ Touchpoints: syntheticTouchpoints(3500) });
    addon.bundle.buildValuationGrid();
    const sheet = spreadsheet.getSheetByName('Valuation grid')!;
    // Columns: table 11 + gap + grid 1 + 12 + spare + 3 hidden = 29. Rows: the grid's two
    // paths of 2,334 and 2,333 touchpoints take 195 bands each, rows 4–3,905; left of it the
    // summary (967 rows: 318 differentiators and 636 negative moments of truth are listed,
    // rows 4–970), a blank row, the chart (16 rows from 972), a blank row, the table's title
    // at 989, its header and 3,500 rows: 4,490.
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([4490, 29]);
    expect(sheet.getMaxRows() * sheet.getMaxColumns()).toBe(130_210);
  });
});
