import { quadrantChart } from '../../../src/core/quadrants/quadrantChart';
import { chartReadsHiddenData } from '../../../src/core/tabs/chartData';
import { LayoutBlock } from '../../../src/core/tabs/sheetLayout';

const PLACE = { anchorRow: 4, anchorColumn: 7, width: 500, height: 300 };
/** What a person reads: nine columns wide (A–I), so the data goes to K (one spare column, J). */
const VISIBLE: LayoutBlock[] = [{ row: 1, column: 1, cells: [Array.from({ length: 9 }, () => ({ value: 'x' }))] }];
const values = (rows: readonly (readonly { value: unknown }[])[]) => rows.map((row) => row.map((cell) => cell.value));

describe('quadrantChart', () => {
  it('puts each series in its own hidden column and the split lines as two two-point series', () => {
    const { data, chart } = quadrantChart(
      {
        title: 'T',
        xName: 'X',
        series: [
          { name: 'S1', points: [{ x: 2, y: 5 }] },
          { name: 'S2', points: [{ x: 4, y: -1 }, { x: 1, y: 3 }] },
        ],
        xLineName: 'X line',
        yLineName: 'Y line',
        xLine: 3,
        yLine: 2,
        xTitle: 'x axis',
        yTitle: 'y axis',
      },
      VISIBLE,
      PLACE,
    );
    // Right of column I, one spare column, from row 4 (under the generated-tab head).
    expect([data.block.row, data.block.column]).toEqual([4, 11]);
    expect(data.hidden).toEqual({ column: 11, columns: 5 });
    // Extent: left min(0, 3, 2, 4, 1) = 0, right max(3, 2, 4, 1) = 4, bottom min(0, 2, 5, −1, 3) = −1, top 5.
    expect(values(data.block.cells)).toEqual([
      ['X', 'S1', 'S2', 'X line', 'Y line'],
      [2, 5, null, null, null],
      [4, null, -1, null, null],
      [1, null, 3, null, null],
      [3, null, null, -1, null],
      [3, null, null, 5, null],
      [0, null, null, null, 2],
      [4, null, null, null, 2],
    ]);
    expect(chart).toEqual({
      kind: 'scatter',
      title: 'T',
      domain: { row: 4, column: 11, rows: 8, columns: 1 },
      series: [12, 13, 14, 15].map((column) => ({ row: 4, column, rows: 8, columns: 1 })),
      xTitle: 'x axis',
      yTitle: 'y axis',
      lineSeries: [2, 3],
      anchorRow: 4,
      anchorColumn: 7,
      width: 500,
      height: 300,
    });
    expect(chartReadsHiddenData({ hiddenColumns: [data.hidden] }, chart)).toBe(true);
  });

  it('draws the lines across a fixed extent when one is given, and formats x and y as asked', () => {
    const { data } = quadrantChart(
      { title: 'T', xName: 'X', series: [{ name: 'S', points: [{ x: 2, y: 2 }] }], xLineName: 'a', yLineName: 'b', xLine: 3, yLine: 3, xTitle: 'x', yTitle: 'y', xFormat: '#,##0', yFormat: '0.00', extent: { left: 1, right: 5, bottom: 1, top: 5 } },
      VISIBLE,
      PLACE,
    );
    expect(values(data.block.cells).slice(2)).toEqual([
      [3, null, 1, null],
      [3, null, 5, null],
      [1, null, null, 3],
      [5, null, null, 3],
    ]);
    expect(data.block.cells[1].map((cell) => cell.format?.numberFormat)).toEqual(['#,##0', '0.00', undefined, undefined]);
    expect(data.block.cells[2].map((cell) => cell.format?.numberFormat)).toEqual(['#,##0', undefined, '0.00', undefined]);
  });
});
