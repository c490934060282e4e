import { CellArea, CellFormat, ColumnRun, extentOf, LayoutBlock, LayoutChart, LayoutValue, SheetLayout } from './sheetLayout';

/**
 * The data a chart reads, kept in hidden columns of the tab (DESIGN §4: "the data a chart
 * needs kept out of the way — a hidden helper range, not a block of loose numbers"). The
 * one shared way for every generated tab with a chart:
 *
 *   const data = hiddenChartData(visibleBlocks, [
 *     { header: 'Touchpoint', values: names },
 *     { header: 'Current', values: currents, numberFormat: '+0;-0;0' },
 *   ]);
 *   chart: { domain: data.columns[0], series: [data.columns[1]], … }
 *   layout: { blocks: [...visibleBlocks, data.block], hiddenColumns: [data.hidden], … }
 *
 * The block starts one column right of everything in view (a spare visible column between,
 * so nothing in view runs on into hidden cells) and at the top of the tab's content (row
 * 4, under the generated-tab head), one column per series with its header cell first, as
 * Sheets' charts read a range with `setNumHeaders(1)`. The writer hides its columns in one
 * call and sets each chart to read hidden cells (ChartHiddenDimensionStrategy.SHOW_BOTH).
 */
export interface ChartDataColumn {
  /** The header cell: the series' name in the chart's legend. */
  readonly header: string;
  /** One value per point; null leaves a gap. */
  readonly values: readonly LayoutValue[];
  /** A Sheets number format for the values (the chart's axis and tooltips follow it). */
  readonly numberFormat?: string;
}

export interface HiddenChartData {
  /** Add to the layout's blocks. */
  readonly block: LayoutBlock;
  /** Add to the layout's hiddenColumns. */
  readonly hidden: ColumnRun;
  /** Each data column, header cell included: a chart's domain and series. */
  readonly columns: readonly CellArea[];
}

/** Where chart data starts: under the head (rows 1–2) and its blank row. */
export const CHART_DATA_ROW = 4;

/**
 * Lays `data` out in hidden columns right of `visible` (the blocks a person reads). Several
 * charts share one call: pass all their columns and take each chart's areas by index.
 */
export function hiddenChartData(visible: readonly LayoutBlock[], data: readonly ChartDataColumn[], row = CHART_DATA_ROW): HiddenChartData {
  if (data.length === 0) throw new Error('hiddenChartData: no data columns');
  const column = extentOf(visible).columns + 2;
  let length = 0;
  for (const d of data) length = Math.max(length, d.values.length);
  const header: CellFormat = { bold: true };
  const cells = [
    data.map((d) => ({ value: d.header, format: header })),
    ...Array.from({ length }, (_, i) =>
      data.map((d) => {
        const value = d.values[i] ?? null;
        return { value, format: typeof value === 'number' && d.numberFormat !== undefined ? { numberFormat: d.numberFormat } : undefined };
      }),
    ),
  ];
  return {
    block: { row, column, cells },
    hidden: { column, columns: data.length },
    columns: data.map((_, i) => ({ row, column: column + i, rows: length + 1, columns: 1 })),
  };
}

/** Whether every range a chart reads lies in hidden columns or hidden rows of the layout. */
export function chartReadsHiddenData(layout: Pick<SheetLayout, 'hiddenColumns' | 'hiddenRows'>, chart: LayoutChart): boolean {
  const hiddenColumn = (c: number) => (layout.hiddenColumns ?? []).some((run) => c >= run.column && c < run.column + run.columns);
  const hiddenRow = (r: number) => (layout.hiddenRows ?? []).some((run) => r >= run.row && r < run.row + run.rows);
  const hidden = (area: CellArea) =>
    Array.from({ length: area.columns }, (_, i) => area.column + i).every(hiddenColumn) || Array.from({ length: area.rows }, (_, i) => area.row + i).every(hiddenRow);
  return [chart.domain, ...chart.series].every(hidden);
}
