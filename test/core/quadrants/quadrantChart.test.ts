import { quadrantChart } from '../../../src/core/quadrants/quadrantChart';

const PLACE = { dataRow: 30, dataColumn: 11, anchorRow: 4, anchorColumn: 7, width: 500, height: 300 };
const values = (rows: readonly (readonly { value: unknown }[])[]) => rows.map((row) => row.map((cell) => cell.value));

describe('quadrantChart', () => {
  it('puts each series in its own column and the split lines as two two-point series', () => {
    const { data, chart } = quadrantChart(
      {
        title: 'T',
        dataTitle: 'Chart data',
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
      PLACE,
    );
    expect([data.row, data.column]).toEqual([30, 11]);
    // Extent: left min(0, 3, 2, 4, 1) = 0, right max(3, 2, 4, 1) = 4, bottom min(0, 2, 5, −1, 3) = −1, top 5.
    expect(values(data.cells)).toEqual([
      ['Chart data', null, null, null, null],
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
      domain: { row: 31, column: 11, rows: 8, columns: 1 },
      series: [12, 13, 14, 15].map((column) => ({ row: 31, column, rows: 8, columns: 1 })),
      xTitle: 'x axis',
      yTitle: 'y axis',
      lineSeries: [2, 3],
      anchorRow: 4,
      anchorColumn: 7,
      width: 500,
      height: 300,
    });
  });

  it('draws the lines across a fixed extent when one is given', () => {
    const { data } = quadrantChart(
      { title: 'T', dataTitle: 'D', xName: 'X', series: [{ name: 'S', points: [{ x: 2, y: 2 }] }], xLineName: 'a', yLineName: 'b', xLine: 3, yLine: 3, xTitle: 'x', yTitle: 'y', extent: { left: 1, right: 5, bottom: 1, top: 5 } },
      PLACE,
    );
    expect(values(data.cells).slice(3)).toEqual([
      [3, null, 1, null],
      [3, null, 5, null],
      [1, null, null, 3],
      [5, null, null, 3],
    ]);
  });
});
