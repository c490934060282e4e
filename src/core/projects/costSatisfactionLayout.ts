import { joinNameList } from '../tables/nameList';
import { COST_SATISFACTION_CORNERS, Quadrant } from './costSatisfactionQuadrant';
import { CostSatisfactionMatrix, MatrixProject } from './costSatisfactionMatrix';
import { COST_SATISFACTION_TEXTS, CostSatisfactionTexts } from './costSatisfactionTexts';
import { quadrantCells, QUADRANT_HEADER_FILL } from '../quadrants/quadrantCells';
import { quadrantChart } from '../quadrants/quadrantChart';
import { generatedTabHead, TabMeta } from '../tabs/generatedTabHead';
import { OutputLocale } from '../tabs/outputLocale';
import { DEFAULT_ROW_PIXELS, fitColumns } from '../tabs/columnWidths';
import { localeNumber } from '../tabs/localeNumber';
import { CellFormat, chartedTabLayout, LayoutBlock, LayoutCell, LayoutValue, rectangle, SheetLayout } from '../tabs/sheetLayout';

/**
 * The "Cost vs satisfaction" tab (DESIGN §4), top to bottom:
 *
 *   1  title                              (rows 1–2 stay frozen)
 *   2  note: built when, from which ranges
 *   4  the 2×2 matrix as cells: axis labels with the split values (median or set by the
 *      user), Quick wins | Major projects over Fill-ins | Money pits, each quadrant
 *      listing its projects in rank order, one a row, with ⚑ when on a split line;
 *      the scatter chart floats beside it (G4), as tall as the matrix (at least 15 rows),
 *      so that the rows it takes are the chart's, not empty ones
 *   …  the ranked table `Rank | Project | Quadrant | Cost | Impact | Impact per cost |
 *      Touchpoints | Type | Owner`; an impact computed from touchpoints shows
 *      "(computed)" through its number format, so the cell stays a number
 *   →  right of everything, in hidden columns (core/tabs/chartData.ts), the chart's data:
 *      cost, impact, and two two-point series that draw the split lines across the
 *      plotted area
 *
 * Columns are sized from the text they hold (core/tabs/columnWidths.ts); numbers in labels
 * are written for the build's language ("≥ 0,575" in Polish).
 *
 * Everything is a value with a format: the tab reads the same without the add-on. The
 * matrix cells, the chart and its data are the shared 2×2 pieces of core/quadrants.
 */
export const QUADRANT_FILLS: Readonly<Record<Quadrant, string>> = {
  quickWins: '#b7e1b0', // green: do first
  majorProjects: '#cfe2f3', // blue: plan
  fillIns: '#eeeeee', // grey: when there is time
  moneyPits: '#f4b6b6', // red: avoid
};

const HEADER_FILL = QUADRANT_HEADER_FILL;
const MATRIX_TOP = 4;
const CHART = { column: 7, width: 560, minRows: 15 };
const TABLE_COLUMNS = 9;
const RANK_FORMAT = '0';
const IMPACT_FORMAT = '0.00';
/** Three decimals, more where a small ratio needs them (0.0001 is not "0.000"): 0.100, 0.0125, 0.000123. */
const RATIO_FORMAT = '0.000###';

/** Whole costs as whole numbers with thousands grouping; else two decimals ("1,250" or "12.50"). */
export function costFormat(costs: readonly number[]): string {
  return costs.every(Number.isInteger) ? '#,##0' : '#,##0.00';
}

const c = (value: LayoutValue, format?: CellFormat): LayoutCell => ({ value, format });
const bold = (value: LayoutValue, format: CellFormat = {}): LayoutCell => c(value, { ...format, bold: true });
const optional = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

function lineFlag(p: MatrixProject, texts: CostSatisfactionTexts): string | null {
  const { onCostLine, onImpactLine } = p.placement;
  return onCostLine && onImpactLine ? texts.onBothLines : onCostLine ? texts.onCostLine : onImpactLine ? texts.onImpactLine : null;
}

function matrixCells(matrix: CostSatisfactionMatrix, texts: CostSatisfactionTexts, locale: OutputLocale): LayoutCell[][] {
  const s = matrix.splits;
  const split = (value: number, given: boolean) => `${localeNumber(value, locale)}, ${given ? texts.givenSplit : texts.median}`;
  const cost = split(s.cost, s.costGiven);
  const impact = split(s.impact, s.impactGiven);
  const items = (q: Quadrant) => matrix.quadrants[q].map((p) => ({ text: p.name, note: lineFlag(p, texts) }));
  return quadrantCells({
    title: texts.matrix,
    corner: texts.axes,
    xLow: texts.lowCost(cost),
    xHigh: texts.highCost(cost),
    yHigh: texts.highImpact(impact),
    yLow: texts.lowImpact(impact),
    corners: COST_SATISFACTION_CORNERS,
    names: texts.quadrants,
    fills: QUADRANT_FILLS,
    items: { quickWins: items('quickWins'), majorProjects: items('majorProjects'), fillIns: items('fillIns'), moneyPits: items('moneyPits') },
    none: texts.none,
    legend: [texts.legend, texts.computedLegend],
  });
}

/** `0.00" (computed)"`: the number with a word after it; quotes in the word are dropped. */
function computedFormat(texts: CostSatisfactionTexts): string {
  return `${IMPACT_FORMAT}" (${texts.computed.replace(/"/g, '')})"`;
}

function tableRows(matrix: CostSatisfactionMatrix, texts: CostSatisfactionTexts, costs: string): LayoutCell[][] {
  return matrix.projects.map((p) => [
    c(p.rank, { numberFormat: RANK_FORMAT }),
    c(p.name),
    c(texts.quadrants[p.placement.quadrant], { background: QUADRANT_FILLS[p.placement.quadrant] }),
    c(p.cost, { numberFormat: costs }),
    c(p.impact, { numberFormat: p.impactComputed ? computedFormat(texts) : IMPACT_FORMAT }),
    c(optional(p.impactPerCost), { numberFormat: RATIO_FORMAT }),
    c(p.touchpoints.length === 0 ? null : joinNameList(p.touchpoints), { wrap: p.touchpoints.length > 1 }),
    c(p.type === undefined ? null : texts.types[p.type]),
    c(optional(p.owner)),
  ]);
}

export function costSatisfactionLayout(matrix: CostSatisfactionMatrix, locale: OutputLocale, meta: TabMeta): SheetLayout {
  const texts = COST_SATISFACTION_TEXTS[locale];
  const costs = costFormat(matrix.projects.map((p) => p.cost));
  const head = generatedTabHead(texts.title, locale, meta);
  const matrixBlock: LayoutBlock = { row: MATRIX_TOP, column: 1, cells: matrixCells(matrix, texts, locale) };
  // The chart floats beside the matrix, as tall as it: the table starts below both.
  const chartRows = Math.max(matrixBlock.cells.length, CHART.minRows);
  const tableTop = MATRIX_TOP + chartRows + 1;
  const table: LayoutBlock = {
    row: tableTop,
    column: 1,
    cells: rectangle([[bold(texts.tableTitle)], texts.tableHeader.map((h) => bold(h, { background: HEADER_FILL })), ...tableRows(matrix, texts, costs)], TABLE_COLUMNS),
  };
  const place = { anchorRow: MATRIX_TOP, anchorColumn: CHART.column, width: CHART.width, height: chartRows * DEFAULT_ROW_PIXELS };
  const fitted = fitColumns([head, matrixBlock, table], {
    columns: Array.from({ length: TABLE_COLUMNS }, (_, i) => i + 1),
    charts: [{ kind: 'scatter', title: '', domain: { row: 1, column: 1, rows: 1, columns: 1 }, series: [], ...place }],
    // The quadrants' names (B and D, below the legend-free rows) set the halves' widths.
    fitAreas: [2, 4].map((column) => ({ row: MATRIX_TOP + 1, column, rows: matrixBlock.cells.length - 3, columns: 1 })),
  });
  // The chart's series: the projects (cost, impact), then the cost and impact lines.
  const { data, chart } = quadrantChart(
    {
      title: texts.chartTitle,
      xName: texts.chartHeader[0],
      series: [{ name: texts.chartHeader[1], points: matrix.projects.map((p) => ({ x: p.cost, y: p.impact })) }],
      xLineName: texts.chartHeader[2],
      yLineName: texts.chartHeader[3],
      xLine: matrix.splits.cost,
      yLine: matrix.splits.impact,
      xTitle: texts.costAxis,
      yTitle: texts.impactAxis,
      xFormat: costs,
      yFormat: IMPACT_FORMAT,
    },
    fitted.blocks,
    place,
  );
  return chartedTabLayout([...fitted.blocks, data.block], fitted.columnWidths, data.hidden, chart);
}
