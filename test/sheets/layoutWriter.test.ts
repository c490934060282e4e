import { SheetLayout } from '../../src/core/tabs/sheetLayout';
import { writeLayout } from '../../src/sheets/layoutWriter';
import { useLocalServices } from './localServices';

const LAYOUT: SheetLayout = {
  blocks: [
    {
      row: 1,
      column: 1,
      cells: [
        [{ value: 'Name', format: { bold: true, wrap: true } }, { value: 'Level', format: { bold: true, wrap: true } }, { value: 'Share' }],
        [{ value: '=1+1', format: { wrap: true } }, { value: -2, format: { numberFormat: '+0;-0;0', background: '#b71c1c', fontColor: '#ffffff', align: 'center' } }, { value: 0.4, format: { numberFormat: '0%' } }],
      ],
    },
    { row: 4, column: 2, cells: [[{ value: 'A' }, { value: null }, { value: 'B' }]] },
  ],
  merges: [{ row: 4, column: 2, rows: 1, columns: 2 }],
  columnWidths: [{ column: 1, columns: 1, width: 200 }, { column: 2, columns: 3, width: 90 }],
  frozenRows: 1,
  frozenColumns: 1,
  charts: [{ kind: 'line', title: 'Levels', domain: { row: 1, column: 1, rows: 2, columns: 1 }, series: [{ row: 1, column: 2, rows: 2, columns: 1 }], minValue: -2, maxValue: 2, anchorRow: 6, anchorColumn: 2, width: 400, height: 200 }],
  rows: 4,
  columns: 4,
};

describe('writeLayout', () => {
  const { spreadsheet } = useLocalServices({ Out: [] });
  const sheet = spreadsheet.getSheetByName('Out')!;
  writeLayout(sheet, LAYOUT);

  it('writes values, text literally', () => {
    expect(sheet.getRange('A1:C2').getValues()).toEqual([
      ['Name', 'Level', 'Share'],
      ['=1+1', -2, 0.4],
    ]);
    expect(sheet.getRange('A2').getFormula()).toBe('');
    expect(sheet.getRange('B4:D4').getValues()).toEqual([['A', '', 'B']]);
  });

  it('writes each format cell by cell', () => {
    expect(sheet.getRange('A1:C2').getFontWeights()).toEqual([
      ['bold', 'bold', 'normal'],
      ['normal', 'normal', 'normal'],
    ]);
    expect(sheet.getRange('B2').getBackground()).toBe('#b71c1c');
    expect(sheet.getRange('B2').getFontColor()).toBe('#ffffff');
    expect(sheet.getRange('B2').getHorizontalAlignment()).toBe('center');
    expect(sheet.getRange('B2:C2').getNumberFormats()).toEqual([['+0;-0;0', '0%']]);
    expect(sheet.getRange('B2').getDisplayValue()).toBe('-2');
    expect(sheet.getRange('C2').getDisplayValue()).toBe('40%');
  });

  it('wraps exactly the cells marked to wrap', () => {
    expect([['A1', true], ['B1', true], ['C1', false], ['A2', true], ['B2', false]].map(([a1]) => [a1, sheet.getRange(a1 as string).getWrap()])).toEqual([
      ['A1', true],
      ['B1', true],
      ['C1', false],
      ['A2', true],
      ['B2', false],
    ]);
  });

  it('merges, sizes columns, freezes panes and adds the chart', () => {
    expect(sheet.getRange('A1:D4').getMergedRanges().map((r) => r.getA1Notation())).toEqual(['B4:C4']);
    expect([1, 2, 3, 4].map((c) => sheet.getColumnWidth(c))).toEqual([200, 90, 90, 90]);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 1]);
    const [chart] = sheet.getCharts();
    expect(chart.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:A2', 'B1:B2']);
    expect(['title', 'vAxis.viewWindow.min', 'vAxis.viewWindow.max', 'width', 'height'].map((o) => chart.getOptions().get(o))).toEqual(['Levels', -2, 2, 400, 200]);
    expect([chart.getContainerInfo().getAnchorRow(), chart.getContainerInfo().getAnchorColumn()]).toEqual([6, 2]);
  });

  it('grows the tab by at least one row and column, so every build makes the same calls', () => {
    // A fresh tab is 1,000 × 26; this layout fits, and still one row and column are added.
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1001, 27]);
  });
});

describe('writeLayout with a scatter chart', () => {
  const { spreadsheet } = useLocalServices({ Out: [] });
  const sheet = spreadsheet.getSheetByName('Out')!;
  const column = (c: number) => ({ row: 1, column: c, rows: 3, columns: 1 });
  writeLayout(sheet, {
    ...LAYOUT,
    charts: [{ kind: 'scatter', title: 'Cost vs impact', domain: column(1), series: [column(2), column(3)], xTitle: 'Cost', yTitle: 'Impact', lineSeries: [1], anchorRow: 2, anchorColumn: 5, width: 300, height: 200 }],
  });

  it('sets the chart type, axis titles and the series drawn as lines, and no fixed y bounds', () => {
    const [chart] = sheet.getCharts();
    expect((chart as unknown as { chartType: string }).chartType).toBe('SCATTER');
    const options = chart.getOptions();
    expect(['hAxis.title', 'vAxis.title', 'series', 'vAxis.viewWindow.min'].map((o) => options.get(o))).toEqual(['Cost', 'Impact', { 1: { lineWidth: 2, pointSize: 0 } }, null]);
    expect(chart.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:A3', 'B1:B3', 'C1:C3']);
  });
});

describe('writeLayout with hidden chart data', () => {
  const { addon, spreadsheet } = useLocalServices({ Out: [] });
  const sheet = spreadsheet.getSheetByName('Out')!;
  const data = { row: 1, column: 3, rows: 3, columns: 1 };
  addon.calls.reset();
  writeLayout(sheet, {
    ...LAYOUT,
    blocks: [{ row: 1, column: 2, cells: [[{ value: 'x' }, { value: 'Level' }], [{ value: null }, { value: 1, format: { numberFormat: '0' } }], [{ value: null }, { value: 2, format: { numberFormat: '0' } }]] }],
    merges: [],
    hiddenColumns: [{ column: 3, columns: 2 }],
    hiddenRows: [{ row: 5, rows: 3 }],
    charts: [{ kind: 'line', title: 'Levels', domain: data, series: [{ ...data, column: 4 }], anchorRow: 6, anchorColumn: 2, width: 400, height: 200 }],
  });

  it('hides each run of columns and rows with one call', () => {
    // Sheet.hideColumns(columnIndex, numColumns) / hideRows(rowIndex, numRows), 1-based
    // (https://developers.google.com/apps-script/reference/spreadsheet/sheet#hidecolumnscolumnindex,-numcolumns).
    expect([1, 2, 3, 4, 5].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([false, false, true, true, false]);
    expect([4, 5, 6, 7, 8].map((r) => sheet.isRowHiddenByUser(r))).toEqual([false, true, true, true, false]);
    expect([addon.calls.byMethod()['Sheet.hideColumns'], addon.calls.byMethod()['Sheet.hideRows']]).toEqual([1, 1]);
  });

  it('sets every chart to read hidden cells', () => {
    // Charts skip hidden rows and columns by default (IGNORE_BOTH); SHOW_BOTH reads them
    // (https://developers.google.com/apps-script/reference/charts/chart-hidden-dimension-strategy).
    const [chart] = sheet.getCharts();
    expect(String(chart.getHiddenDimensionStrategy())).toBe('SHOW_BOTH');
    expect((chart as unknown as { plottedValues(): unknown[][][] }).plottedValues()).toEqual([[['Level'], [1], [2]], [[''], [''], ['']]]);
  });
});
