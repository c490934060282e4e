import { chartReadsHiddenData, hiddenChartData } from '../../../src/core/tabs/chartData';
import { localeNumber } from '../../../src/core/tabs/localeNumber';
import { LayoutBlock } from '../../../src/core/tabs/sheetLayout';

describe('hiddenChartData', () => {
  // What a person reads: a head in A1:A2 and a table in A4:C6, so the tab's content ends in C.
  const visible: LayoutBlock[] = [
    { row: 1, column: 1, cells: [[{ value: 'Title' }], [{ value: 'Note' }]] },
    { row: 4, column: 1, cells: [[{ value: 'a' }, { value: 'b' }, { value: 'c' }]] },
  ];
  const data = hiddenChartData(visible, [
    { header: 'Touchpoint', values: ['Ad', 'Till'] },
    { header: 'Current', values: [1, null], numberFormat: '+0;-0;0' },
    { header: 'Target', values: [2], numberFormat: '+0;-0;0' },
  ]);

  it('lays the data out from row 4 one spare column right of everything in view, header first', () => {
    // Content ends in C (3); D stays a visible spare column; the data takes E–G.
    expect(data.block.row).toBe(4);
    expect(data.block.column).toBe(5);
    expect(data.block.cells.map((row) => row.map((cell) => cell.value))).toEqual([
      ['Touchpoint', 'Current', 'Target'],
      ['Ad', 1, 2],
      ['Till', null, null], // a shorter series is padded with gaps
    ]);
    expect(data.block.cells[1].map((cell) => cell.format?.numberFormat)).toEqual([undefined, '+0;-0;0', '+0;-0;0']);
  });

  it('hides its columns in one run and gives each column as a chart range, header included', () => {
    expect(data.hidden).toEqual({ column: 5, columns: 3 });
    expect(data.columns).toEqual([5, 6, 7].map((column) => ({ row: 4, column, rows: 3, columns: 1 })));
    const chart = { kind: 'line' as const, title: 't', domain: data.columns[0], series: data.columns.slice(1), anchorRow: 8, anchorColumn: 1, width: 400, height: 200 };
    expect(chartReadsHiddenData({ hiddenColumns: [data.hidden] }, chart)).toBe(true);
    expect(chartReadsHiddenData({ hiddenColumns: [{ column: 5, columns: 2 }] }, chart)).toBe(false);
    expect(chartReadsHiddenData({ hiddenRows: [{ row: 4, rows: 3 }] }, chart)).toBe(true);
  });

  it('refuses no data', () => {
    expect(() => hiddenChartData(visible, [])).toThrow('hiddenChartData: no data columns');
  });
});

describe('localeNumber', () => {
  it.each([
    [0.575, 'en', '0.575'],
    [0.575, 'pl', '0,575'],
    [12.5, 'pl', '12,5'],
    [1500, 'pl', '1500'],
    [2 / 3, 'en', '0.6667'],
    [-3, 'en', '−3'],
    [-0.25, 'pl', '−0,25'],
    [1e-7, 'pl', '0'],
  ] as const)('%p in %p is %p', (value, locale, text) => {
    expect(localeNumber(value, locale)).toBe(text);
  });

  it('writes one decimal when asked', () => {
    expect(localeNumber(33.17254725, 'pl', 1)).toBe('33,2');
  });
});
