import { columnLetter } from '../core/tabs/columnLetters';
import { CellArea, CellFormat, LayoutBlock, LayoutChart, SheetLayout } from '../core/tabs/sheetLayout';
import { literalCellValue } from './literalText';

/**
 * Writes a core `SheetLayout` to an empty sheet with a fixed number of Spreadsheet
 * service calls per block, merge, width run and chart — never per cell or per row: each
 * block's values and each of its formats go in one batched call (DESIGN §6, §7).
 *
 * Text wrapping goes in one RangeList call for the whole layout (wrapped cells are few
 * runs: a row of names, a header row).
 *
 * Hidden columns and rows (a chart's data, core/tabs/chartData.ts) cost one call per run,
 * and each chart is told to read hidden cells: Sheets' charts skip hidden rows and columns
 * by default (ChartHiddenDimensionStrategy.IGNORE_BOTH), and SHOW_BOTH makes them read them
 * (https://developers.google.com/apps-script/reference/charts/chart-hidden-dimension-strategy).
 *
 * Merges are the exception that depends on the data: the Apps Script API merges one
 * range per call (RangeList has no merge()), so a layout's merges cost one call each; the
 * valuation grid has one per stage and path, however many touchpoints there are.
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** "Automatic" number format; text cells ignore it, and numbers without a format show as typed. */
const DEFAULT_NUMBER_FORMAT = '0.###############';

/**
 * Grows a new sheet to the layout's size. It always inserts at least one row and one
 * column, even when the sheet is already big enough, so that a build makes the same calls
 * whatever its size (a fresh tab has 1,000 rows × 26 columns; one spare row and column
 * cost nothing).
 */
function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  sheet.insertRowsAfter(maxRows, Math.max(1, rows - maxRows));
  const maxColumns = sheet.getMaxColumns();
  sheet.insertColumnsAfter(maxColumns, Math.max(1, columns - maxColumns));
}

function writeBlock(sheet: Sheet, block: LayoutBlock): void {
  const cells = block.cells;
  if (cells.length === 0 || cells[0].length === 0) return;
  const range = sheet.getRange(block.row, block.column, cells.length, cells[0].length);
  const each = <T>(pick: (format: CellFormat) => T): T[][] => cells.map((row) => row.map((cell) => pick(cell.format ?? {})));
  range.setValues(cells.map((row) => row.map((cell) => literalCellValue(cell.value))));
  // null resets a background to none (a white fill would hide the gridlines).
  range.setBackgrounds(each((f) => f.background ?? null) as string[][]);
  range.setFontColors(each((f) => f.fontColor ?? '#000000'));
  range.setFontWeights(each((f) => (f.bold ? 'bold' : 'normal')));
  range.setNumberFormats(each((f) => f.numberFormat ?? DEFAULT_NUMBER_FORMAT));
  range.setHorizontalAlignments(each((f) => f.align ?? 'left'));
}

/** The wrapped cells of all blocks as A1 ranges, one per horizontal run: "B7:D7". */
function wrappedRuns(blocks: readonly LayoutBlock[]): string[] {
  const runs: string[] = [];
  for (const block of blocks) {
    block.cells.forEach((cells, i) => {
      const row = block.row + i;
      let start = -1;
      cells.forEach((cell, j) => {
        const wrapped = cell.format?.wrap === true;
        if (wrapped && start < 0) start = j;
        if (start >= 0 && (!wrapped || j === cells.length - 1)) {
          const end = wrapped ? j : j - 1;
          runs.push(`${columnLetter(block.column + start)}${row}:${columnLetter(block.column + end)}${row}`);
          start = -1;
        }
      });
    });
  }
  return runs;
}

function rangeOf(sheet: Sheet, area: CellArea): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(area.row, area.column, area.rows, area.columns);
}

/**
 * The generic builder with a chart type, rather than asLineChart()/asScatterChart(): the
 * same options, and one builder every chart of a generated tab shares. Options are the
 * Google Charts configuration options an embedded chart accepts (vAxis.viewWindow,
 * hAxis.title, series.N.lineWidth / pointSize).
 */
function insertChart(sheet: Sheet, chart: LayoutChart): void {
  let builder = sheet
    .newChart()
    .setChartType(chart.kind === 'scatter' ? Charts.ChartType.SCATTER : Charts.ChartType.LINE)
    .setPosition(chart.anchorRow, chart.anchorColumn, 0, 0)
    .setNumHeaders(1)
    .setHiddenDimensionStrategy(Charts.ChartHiddenDimensionStrategy.SHOW_BOTH)
    .setOption('title', chart.title)
    .setOption('width', chart.width)
    .setOption('height', chart.height);
  if (chart.minValue !== undefined) builder = builder.setOption('vAxis.viewWindow.min', chart.minValue);
  if (chart.maxValue !== undefined) builder = builder.setOption('vAxis.viewWindow.max', chart.maxValue);
  if (chart.xTitle !== undefined) builder = builder.setOption('hAxis.title', chart.xTitle);
  if (chart.yTitle !== undefined) builder = builder.setOption('vAxis.title', chart.yTitle);
  if (chart.lineSeries !== undefined && chart.lineSeries.length > 0) {
    builder = builder.setOption('series', Object.fromEntries(chart.lineSeries.map((index) => [index, { lineWidth: 2, pointSize: 0 }])));
  }
  builder = builder.addRange(rangeOf(sheet, chart.domain));
  for (const series of chart.series) builder = builder.addRange(rangeOf(sheet, series));
  sheet.insertChart(builder.build());
}

export function writeLayout(sheet: Sheet, layout: SheetLayout): void {
  ensureSize(sheet, layout.rows, layout.columns);
  for (const block of layout.blocks) writeBlock(sheet, block);
  const wrapped = wrappedRuns(layout.blocks);
  if (wrapped.length > 0) sheet.getRangeList(wrapped).setWrap(true);
  for (const merge of layout.merges) rangeOf(sheet, merge).merge();
  for (const run of layout.columnWidths) sheet.setColumnWidths(run.column, run.columns, run.width);
  for (const run of layout.hiddenColumns ?? []) sheet.hideColumns(run.column, run.columns);
  for (const run of layout.hiddenRows ?? []) sheet.hideRows(run.row, run.rows);
  sheet.setFrozenRows(layout.frozenRows);
  sheet.setFrozenColumns(layout.frozenColumns);
  for (const chart of layout.charts) insertChart(sheet, chart);
}
