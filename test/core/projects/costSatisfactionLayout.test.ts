import { costSatisfactionLayout } from '../../../src/core/projects/costSatisfactionLayout';
import { buildCostSatisfactionMatrix } from '../../../src/core/projects/costSatisfactionMatrix';
import { ProjectRow } from '../../../src/core/projects/projectsTable';
import { LayoutBlock } from '../../../src/core/tabs/sheetLayout';
import { chartRangesInView, layoutProblems, unformattedNumbers } from '../../helpers/layoutChecks';

const project = (name: string, cost: number, impact: number, extra: Partial<ProjectRow> = {}): ProjectRow => ({ sheetRow: 2, project: name, cost, impact, touchpoints: [], ...extra });
const META = { source: 'Projects!A1:F4', builtAt: new Date('2026-11-23T04:05:00Z') };
const values = (block: LayoutBlock) => block.cells.map((row) => row.map((cell) => cell.value));

/*
 * Costs 0 10 20 → median 10; impacts 1 2 3 → median 2. Mid (10, 2) is on both lines.
 *   Mid 10 ≤ 10, 2 ≥ 2 → Quick wins (flagged);  Free (0, 1) → Fill-ins;  Big (20, 3) → Major projects
 */
const matrix = buildCostSatisfactionMatrix([project('Free', 0, 1), project('Mid', 10, 2, { touchpoints: ['A', 'B'], type: 'soft', owner: 'HR' }), project('Big', 20, 3)], undefined);

describe('costSatisfactionLayout', () => {
  const layout = costSatisfactionLayout(matrix, 'en', META);
  const [head, cells, table, data] = layout.blocks;

  it('starts with the generated-tab head', () => {
    expect(values(head)).toEqual([['Cost vs satisfaction: improvement projects'], [expect.stringMatching(/^Built 2026-11-23 04:05 UTC from Projects!A1:F4/)]]);
  });

  it('lays the matrix out as cells, with split values, quadrant counts and tie flags', () => {
    expect(cells.row).toBe(4);
    expect(values(cells)).toEqual([
      ['Matrix', null, null, null, null],
      ['Impact ↕  Cost ↔', 'Low cost (≤ 10, median)', null, 'High cost (> 10, median)', null],
      ['High impact (≥ 2, median)', 'Quick wins (1)', null, 'Major projects (1)', null],
      [null, 'Mid', '⚑ on both lines', 'Big', null],
      ['Low impact (< 2, median)', 'Fill-ins (1)', null, 'Money pits (0)', null],
      [null, 'Free', null, '(none)', null],
      [expect.stringMatching(/^⚑ exactly on a split line/), null, null, null, null],
      [expect.stringMatching(/^An impact marked "computed"/), null, null, null, null],
    ]);
  });

  it('writes the ranked table below the chart, with the exact header and a format on every number', () => {
    // The chart beside the matrix is as tall as the matrix, at least 15 rows: 15 rows from
    // row 4, a blank row, the table at 20. No empty rows beyond the chart's.
    expect(table.row).toBe(4 + 15 + 1);
    expect(layout.charts[0].height).toBe(15 * 21);
    expect(values(table).slice(1)).toEqual([
      ['Rank', 'Project', 'Quadrant', 'Cost', 'Impact', 'Impact per cost', 'Touchpoints', 'Type', 'Owner'],
      [1, 'Mid', 'Quick wins', 10, 2, 0.2, 'A, B', 'Soft', 'HR'],
      [2, 'Big', 'Major projects', 20, 3, 0.15, null, null, null],
      [3, 'Free', 'Fill-ins', 0, 1, null, null, null, null],
    ]);
    // Whole costs: "#,##0" (no trailing point, as "#,##0.##" shows "10." in Sheets).
    // Impact per cost: three decimals, more for a small ratio ("0.000###": 0.0001 is not "0.000").
    expect(table.cells[2].slice(0, 6).map((cell) => cell.format?.numberFormat)).toEqual(['0', undefined, undefined, '#,##0', '0.00', '0.000###']);
    expect(unformattedNumbers(layout)).toEqual([]);
  });

  it('charts cost against impact with the split lines as two-point series, from hidden columns', () => {
    // The table ends in I (9): one spare column, then K–N (11–14), hidden, from row 4.
    expect(data.column).toBe(11);
    expect(data.row).toBe(4);
    expect(layout.hiddenColumns).toEqual([{ column: 11, columns: 4 }]);
    expect(values(data)).toEqual([
      ['Cost', 'Projects', 'Cost split', 'Impact split'],
      [10, 2, null, null],
      [20, 3, null, null],
      [0, 1, null, null],
      [10, null, 0, null], // cost line from impact 0 (below every impact)…
      [10, null, 3, null], // …to the highest impact
      [0, null, null, 2], // impact line from cost 0…
      [20, null, null, 2], // …to the highest cost
    ]);
    const [chart] = layout.charts;
    expect(chart).toMatchObject({ kind: 'scatter', lineSeries: [1, 2], xTitle: 'Cost', yTitle: 'Satisfaction impact', anchorRow: 4, anchorColumn: 7 });
    expect(chart.domain).toEqual({ row: 4, column: 11, rows: 8, columns: 1 });
    expect(chart.series.map((s) => s.column)).toEqual([12, 13, 14]);
    expect(chartRangesInView(layout)).toEqual([]);
  });

  it('cuts no label off and hides nothing under the chart, in English and Polish', () => {
    expect(layoutProblems(layout)).toEqual([]);
    // Long names and split values: "High impact (≥ 0.575, median)" must show in full.
    const long = buildCostSatisfactionMatrix(
      [project('Complaint empathy workshops for every store', 35, 0.575), project('One-click payment', 180, 2.5), project('E-invoice by default', 10, 0.4, { touchpoints: ['Invoice', 'Registration form'] })],
      undefined,
      { impact: 0.575 },
    );
    for (const locale of ['en', 'pl'] as const) expect(layoutProblems(costSatisfactionLayout(long, locale, META))).toEqual([]);
    const cellsOfLong = values(costSatisfactionLayout(long, 'en', META).blocks[1]);
    expect(cellsOfLong[2][0]).toBe('High impact (≥ 0.575, set by you)');
  });

  it('writes Polish words and decimal commas', () => {
    const pl = costSatisfactionLayout(buildCostSatisfactionMatrix([project('A', 1, 0.25), project('B', 2, 0.5)], undefined), 'pl', META);
    const matrixCells = values(pl.blocks[1]);
    // Medians: cost (1 + 2) / 2 = 1.5, impact (0.25 + 0.5) / 2 = 0.375.
    expect(matrixCells[1][1]).toBe('Niski koszt (≤ 1,5, mediana)');
    expect(matrixCells[2].slice(0, 2)).toEqual(['Duży wpływ (≥ 0,375, mediana)', 'Szybkie wygrane (0)']);
    // No Polish label writes a decimal point.
    for (const block of pl.blocks) for (const row of values(block)) for (const v of row) if (typeof v === 'string') expect(v).not.toMatch(/\d\.\d/);
    expect(values(pl.blocks[2])[1][0]).toBe('Pozycja');
  });

  it('marks a computed impact in its number format, so the cell stays a number', () => {
    const computed = { ...matrix, projects: matrix.projects.map((p, i) => ({ ...p, impactComputed: i === 0 })) };
    const rows = costSatisfactionLayout(computed, 'pl', META).blocks[2].cells;
    expect(rows.slice(2).map((r) => r[4].format?.numberFormat)).toEqual(['0.00" (obliczony)"', '0.00', '0.00']);
  });
});
