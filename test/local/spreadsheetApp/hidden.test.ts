import { readXlsx, xlsxBytes } from '../../../local/xlsx';
import { messageOf, probeAddon, spreadsheetApp } from '../helpers';

function activeSheet(data: Record<string, unknown[][]> = { Sheet1: [] }) {
  const addon = probeAddon(data);
  const ss = spreadsheetApp(addon).getActiveSpreadsheet();
  return { addon, ss, sheet: ss.getSheets()[0] };
}

describe('hidden columns and rows, as Google documents them', () => {
  // Sheet.hideColumns(columnIndex, numColumns): "Hides one or more consecutive columns
  // starting at the given index. Use 1-index for this method."; hideRows likewise;
  // isColumnHiddenByUser / isRowHiddenByUser say whether the user (or a script) hid it
  // (https://developers.google.com/apps-script/reference/spreadsheet/sheet#hidecolumnscolumnindex,-numcolumns).
  it('hides and shows runs of columns and rows, 1-based', () => {
    const { sheet } = activeSheet();
    sheet.hideColumns(2, 3);
    sheet.hideRows(10);
    expect([1, 2, 3, 4, 5].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([false, true, true, true, false]);
    expect([9, 10, 11].map((r) => sheet.isRowHiddenByUser(r))).toEqual([false, true, false]);
    sheet.showColumns(3);
    expect([2, 3, 4].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([true, false, true]);
    sheet.showRows(9, 2);
    expect(sheet.isRowHiddenByUser(10)).toBe(false);
  });

  it('refuses positions outside the grid (a new tab has 26 columns)', () => {
    const { sheet } = activeSheet();
    expect(messageOf(() => sheet.hideColumns(26, 2))).toBe('Those columns are out of bounds.');
    expect(messageOf(() => sheet.hideRows(0))).toBe('Those rows are out of bounds.');
  });

  it('keeps hidden columns and rows through XLSX', async () => {
    const { addon, sheet } = activeSheet({ Sheet1: [[1, 2, 3], [4, 5, 6]] });
    sheet.hideColumns(2);
    sheet.hideRows(2);
    const back = await readXlsx(await xlsxBytes(addon.workbook));
    expect([...back.sheets[0].hiddenColumns]).toEqual([2]);
    expect([...back.sheets[0].hiddenRows]).toEqual([2]);
  });
});

describe('charts over hidden cells', () => {
  // Charts.ChartHiddenDimensionStrategy: IGNORE_BOTH is the default ("charts skips any
  // hidden columns and hidden rows"); SHOW_BOTH: "Charts does not skip hidden columns or
  // hidden rows" (https://developers.google.com/apps-script/reference/charts/chart-hidden-dimension-strategy).
  function chartOver(strategy?: string) {
    const { addon, sheet } = activeSheet({ Sheet1: [['x', 'y'], [1, 10], [2, 20], [3, 30]] });
    sheet.hideRows(3);
    const charts = addon.globals.Charts as { ChartType: Record<string, unknown>; ChartHiddenDimensionStrategy: Record<string, GoogleAppsScript.Charts.ChartHiddenDimensionStrategy> };
    let builder = sheet.newChart().setChartType(charts.ChartType.LINE as GoogleAppsScript.Charts.ChartType).addRange(sheet.getRange('A1:B4')).setPosition(1, 4, 0, 0);
    if (strategy) builder = builder.setHiddenDimensionStrategy(charts.ChartHiddenDimensionStrategy[strategy]);
    sheet.insertChart(builder.build());
    return sheet.getCharts()[0];
  }

  it('skip hidden rows by default', () => {
    const chart = chartOver();
    expect(String(chart.getHiddenDimensionStrategy())).toBe('IGNORE_BOTH');
    expect((chart as unknown as { plottedValues(): unknown[][][] }).plottedValues()).toEqual([[['x', 'y'], [1, 10], [3, 30]]]);
  });

  it('read them with SHOW_BOTH, and keep it when modified', () => {
    const chart = chartOver('SHOW_BOTH');
    expect((chart as unknown as { plottedValues(): unknown[][][] }).plottedValues()).toEqual([[['x', 'y'], [1, 10], [2, 20], [3, 30]]]);
    expect(String(chart.modify().build().getHiddenDimensionStrategy())).toBe('SHOW_BOTH');
  });
});
