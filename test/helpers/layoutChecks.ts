/**
 * Checks any generated tab's layout for what a manager would trip over (DESIGN §4): a label
 * cut off by the next filled cell, a cell hidden under a chart, a number without a format,
 * a chart reading cells in view. Apply them to every generated tab, in English and Polish:
 *
 *   expect(cutOffCells(layout)).toEqual([]);
 *   expect(cellsUnderCharts(layout)).toEqual([]);
 *   expect(unformattedNumbers(layout)).toEqual([]);
 *   expect(chartRangesInView(layout)).toEqual([]);
 *
 * Widths are core's estimate (textWidth: Arial 10 metrics); the rules are Sheets': text
 * that is not wrapped shows on one line; left-aligned text runs on over empty cells to its
 * right and stops at the first filled cell (or a chart); numbers and centred or
 * right-aligned text show only within their own cell (or merge).
 */
import { columnLetter } from '../../src/core/tabs/columnLetters';
import { shownText, textWidth } from '../../src/core/tabs/columnWidths';
import { CellArea, LayoutCell, SheetLayout } from '../../src/core/tabs/sheetLayout';

const DEFAULT_WIDTH = 100;
const ROW_HEIGHT = 21;

function widthOf(layout: SheetLayout, column: number): number {
  let width = DEFAULT_WIDTH;
  for (const run of layout.columnWidths) if (column >= run.column && column < run.column + run.columns) width = run.width;
  return width;
}

function hiddenColumn(layout: SheetLayout, column: number): boolean {
  return (layout.hiddenColumns ?? []).some((run) => column >= run.column && column < run.column + run.columns);
}

function hiddenRow(layout: SheetLayout, row: number): boolean {
  return (layout.hiddenRows ?? []).some((run) => row >= run.row && row < run.row + run.rows);
}

function cellsByRow(layout: SheetLayout): Map<number, Map<number, LayoutCell>> {
  const rows = new Map<number, Map<number, LayoutCell>>();
  for (const block of layout.blocks) {
    block.cells.forEach((line, i) => {
      const row = block.row + i;
      if (!rows.has(row)) rows.set(row, new Map());
      line.forEach((cell, j) => rows.get(row)!.set(block.column + j, cell));
    });
  }
  return rows;
}

const filled = (cell: LayoutCell | undefined) => cell !== undefined && cell.value !== null && cell.value !== '';

/** The cells each chart floats over: rows at the default height, columns at their widths. */
function chartAreas(layout: SheetLayout): CellArea[] {
  return layout.charts.map((chart) => {
    let columns = 0;
    for (let covered = 0; covered < chart.width; columns++) covered += hiddenColumn(layout, chart.anchorColumn + columns) ? 0 : widthOf(layout, chart.anchorColumn + columns);
    return { row: chart.anchorRow, column: chart.anchorColumn, rows: Math.ceil(chart.height / ROW_HEIGHT), columns };
  });
}

const inArea = (area: CellArea, row: number, column: number) => row >= area.row && row < area.row + area.rows && column >= area.column && column < area.column + area.columns;

/** "B7 \"High impact (≥ 0.575, median)\" needs 212 px, has 200": every cell whose text would be cut off. */
export function cutOffCells(layout: SheetLayout): string[] {
  const rows = cellsByRow(layout);
  const charts = chartAreas(layout);
  const problems: string[] = [];
  for (const [row, line] of rows) {
    if (hiddenRow(layout, row)) continue;
    const lastFilled = Math.max(0, ...[...line].filter(([, cell]) => filled(cell)).map(([column]) => column));
    for (const [column, cell] of line) {
      if (!filled(cell) || cell.format?.wrap === true || hiddenColumn(layout, column)) continue;
      const text = shownText(cell);
      const needed = textWidth(text, cell.format?.bold === true);
      const merge = layout.merges.find((m) => m.row === row && m.column === column);
      let room = 0;
      for (let c = column; c < column + (merge?.columns ?? 1); c++) room += widthOf(layout, c);
      const runsOn = typeof cell.value === 'string' && (cell.format?.align ?? 'left') === 'left' && merge === undefined;
      for (let next = column + 1; runsOn && room < needed; next++) {
        if (filled(line.get(next)) || charts.some((area) => inArea(area, row, next))) break;
        if (next > lastFilled) room = Infinity;
        else room += hiddenColumn(layout, next) ? 0 : widthOf(layout, next);
      }
      if (needed > room) problems.push(`${columnLetter(column)}${row} ${JSON.stringify(text)} needs ${needed} px, has ${room}`);
    }
  }
  return problems;
}

/** Filled cells a chart floats over (and hides). */
export function cellsUnderCharts(layout: SheetLayout): string[] {
  const rows = cellsByRow(layout);
  const problems: string[] = [];
  chartAreas(layout).forEach((area, i) => {
    for (let r = area.row; r < area.row + area.rows; r++) {
      for (let c = area.column; c < area.column + area.columns; c++) {
        const cell = rows.get(r)?.get(c);
        if (filled(cell) && !hiddenColumn(layout, c) && !hiddenRow(layout, r)) problems.push(`chart ${i + 1} covers ${columnLetter(c)}${r} ${JSON.stringify(cell!.value)}`);
      }
    }
  });
  return problems;
}

/** Number cells without a number format: Sheets would show them "as typed" (33.17254725). */
export function unformattedNumbers(layout: SheetLayout): string[] {
  const problems: string[] = [];
  for (const block of layout.blocks) {
    block.cells.forEach((line, i) =>
      line.forEach((cell, j) => {
        if (typeof cell.value === 'number' && !cell.format?.numberFormat) problems.push(`${columnLetter(block.column + j)}${block.row + i} ${cell.value}`);
      }),
    );
  }
  return problems;
}

/** Chart ranges that lie in view: each must be in hidden columns or hidden rows. */
export function chartRangesInView(layout: SheetLayout): string[] {
  const problems: string[] = [];
  layout.charts.forEach((chart, i) => {
    for (const area of [chart.domain, ...chart.series]) {
      const columns = Array.from({ length: area.columns }, (_, k) => area.column + k);
      const rowsOf = Array.from({ length: area.rows }, (_, k) => area.row + k);
      if (!columns.every((c) => hiddenColumn(layout, c)) && !rowsOf.every((r) => hiddenRow(layout, r))) {
        problems.push(`chart ${i + 1} reads ${columnLetter(area.column)}${area.row}:${columnLetter(area.column + area.columns - 1)}${area.row + area.rows - 1} in view`);
      }
    }
  });
  return problems;
}

/** Every check at once, for a layout that must pass them all. */
export function layoutProblems(layout: SheetLayout): string[] {
  return [...cutOffCells(layout), ...cellsUnderCharts(layout), ...unformattedNumbers(layout), ...chartRangesInView(layout)];
}
