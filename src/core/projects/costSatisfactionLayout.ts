import { Quadrant } from './costSatisfactionQuadrant';
import { CostSatisfactionMatrix, MatrixProject } from './costSatisfactionMatrix';
import { COST_SATISFACTION_TEXTS, CostSatisfactionTexts } from './costSatisfactionTexts';
import { generatedTabHead, NOTE_COLOUR, TabMeta } from '../tabs/generatedTabHead';
import { OutputLocale } from '../tabs/outputLocale';
import { BLANK, CellArea, CellFormat, extentOf, LayoutBlock, LayoutCell, LayoutValue, rectangle, SheetLayout } from '../tabs/sheetLayout';

/**
 * The "Cost vs satisfaction" tab (DESIGN §4), top to bottom:
 *
 *   1  title                              (rows 1–2 stay frozen)
 *   2  note: built when, from which ranges
 *   4  the 2×2 matrix as cells: axis labels with the split values (median or set by the
 *      user), Quick wins | Major projects over Fill-ins | Money pits, each quadrant
 *      listing its projects in rank order, one a row, with ⚑ when on a split line;
 *      the scatter chart floats beside it (G4)
 *   …  the ranked table `Rank | Project | Quadrant | Cost | Impact | Impact per cost |
 *      Touchpoints | Type | Owner`; an impact computed from touchpoints shows
 *      "(computed)" through its number format, so the cell stays a number
 *   …  beside the table, the chart's data: cost, impact, and two two-point series that
 *      draw the split lines across the plotted area
 *
 * Everything is a value with a format: the tab reads the same without the add-on.
 */
export const QUADRANT_FILLS: Readonly<Record<Quadrant, string>> = {
  quickWins: '#b7e1b0', // green: do first
  majorProjects: '#cfe2f3', // blue: plan
  fillIns: '#eeeeee', // grey: when there is time
  moneyPits: '#f4b6b6', // red: avoid
};

const HEADER_FILL = '#d9d9d9';
const MATRIX_TOP = 4;
const CHART = { column: 7, width: 560, height: 360, rows: 19 };
const TABLE_COLUMNS = 9;
/** The chart's data sits right of the ranked table, one column apart. */
const CHART_DATA_COLUMN = TABLE_COLUMNS + 2;
const COST_FORMAT = '#,##0.##';
const IMPACT_FORMAT = '0.00';
const RATIO_FORMAT = '0.0000';

const c = (value: LayoutValue, format?: CellFormat): LayoutCell => ({ value, format });
const bold = (value: LayoutValue, format: CellFormat = {}): LayoutCell => c(value, { ...format, bold: true });
const optional = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

function lineFlag(p: MatrixProject, texts: CostSatisfactionTexts): string | null {
  const { onCostLine, onImpactLine } = p.placement;
  return onCostLine && onImpactLine ? texts.onBothLines : onCostLine ? texts.onCostLine : onImpactLine ? texts.onImpactLine : null;
}

/** Two quadrants side by side: their names, then their projects one a row (name, flag). */
function quadrantPair(matrix: CostSatisfactionMatrix, texts: CostSatisfactionTexts, label: string, left: Quadrant, right: Quadrant): LayoutCell[][] {
  const lists = [left, right].map((q) => matrix.quadrants[q]);
  const head = (q: Quadrant, count: number): LayoutCell[] => [bold(`${texts.quadrants[q]} (${count})`, { background: QUADRANT_FILLS[q] }), c(null, { background: QUADRANT_FILLS[q] })];
  const rows: LayoutCell[][] = [[bold(label, { background: HEADER_FILL }), ...head(left, lists[0].length), ...head(right, lists[1].length)]];
  const length = Math.max(1, lists[0].length, lists[1].length);
  for (let i = 0; i < length; i++) {
    const cells: LayoutCell[] = [BLANK];
    lists.forEach((list) => {
      const p = list[i];
      if (p) cells.push(c(p.name), c(lineFlag(p, texts), { fontColor: NOTE_COLOUR }));
      else cells.push(i === 0 ? c(texts.none, { fontColor: NOTE_COLOUR }) : BLANK, BLANK);
    });
    rows.push(cells);
  }
  return rows;
}

function matrixCells(matrix: CostSatisfactionMatrix, texts: CostSatisfactionTexts): LayoutCell[][] {
  const s = matrix.splits;
  const split = (value: number, given: boolean) => `${texts.number(value)}, ${given ? texts.givenSplit : texts.median}`;
  const cost = split(s.cost, s.costGiven);
  const impact = split(s.impact, s.impactGiven);
  const axis = (text: string): LayoutCell => bold(text, { background: HEADER_FILL });
  return [
    [bold(texts.matrix)],
    [axis(texts.axes), axis(texts.lowCost(cost)), c(null, { background: HEADER_FILL }), axis(texts.highCost(cost)), c(null, { background: HEADER_FILL })],
    ...quadrantPair(matrix, texts, texts.highImpact(impact), 'quickWins', 'majorProjects'),
    ...quadrantPair(matrix, texts, texts.lowImpact(impact), 'fillIns', 'moneyPits'),
    [c(texts.legend, { fontColor: NOTE_COLOUR })],
    [c(texts.computedLegend, { fontColor: NOTE_COLOUR })],
  ];
}

/** `0.00" (computed)"`: the number with a word after it; quotes in the word are dropped. */
function computedFormat(texts: CostSatisfactionTexts): string {
  return `${IMPACT_FORMAT}" (${texts.computed.replace(/"/g, '')})"`;
}

function tableRows(matrix: CostSatisfactionMatrix, texts: CostSatisfactionTexts): LayoutCell[][] {
  return matrix.projects.map((p) => [
    c(p.rank),
    c(p.name),
    c(texts.quadrants[p.placement.quadrant], { background: QUADRANT_FILLS[p.placement.quadrant] }),
    c(p.cost, { numberFormat: COST_FORMAT }),
    c(p.impact, { numberFormat: p.impactComputed ? computedFormat(texts) : IMPACT_FORMAT }),
    c(optional(p.impactPerCost), { numberFormat: RATIO_FORMAT }),
    c(p.touchpoints.length === 0 ? null : p.touchpoints.join(', '), { wrap: p.touchpoints.length > 1 }),
    c(p.type === undefined ? null : texts.types[p.type]),
    c(optional(p.owner)),
  ]);
}

/**
 * The chart's series: the projects (cost, impact), then the cost line as two points
 * (split, bottom) and (split, top), and the impact line as (left, split) and (right,
 * split), each on rows of their own so that only its two points join.
 */
function chartData(matrix: CostSatisfactionMatrix, texts: CostSatisfactionTexts): LayoutCell[][] {
  const { cost, impact } = matrix.splits;
  // A loop, not Math.min(...costs): spreading one argument per project overflows the stack.
  let [left, right, bottom, top] = [Math.min(0, cost), cost, Math.min(0, impact), impact];
  for (const p of matrix.projects) {
    if (p.cost < left) left = p.cost;
    if (p.cost > right) right = p.cost;
    if (p.impact < bottom) bottom = p.impact;
    if (p.impact > top) top = p.impact;
  }
  const row = (x: number, projects: number | null, costLine: number | null, impactLine: number | null): LayoutCell[] => [c(x), c(projects), c(costLine), c(impactLine)];
  return [
    [bold(texts.chartData)],
    texts.chartHeader.map((h) => bold(h, { background: HEADER_FILL })),
    ...matrix.projects.map((p) => row(p.cost, p.impact, null, null)),
    row(cost, null, bottom, null),
    row(cost, null, top, null),
    row(left, null, null, impact),
    row(right, null, null, impact),
  ];
}

export function costSatisfactionLayout(matrix: CostSatisfactionMatrix, locale: OutputLocale, meta: TabMeta): SheetLayout {
  const texts = COST_SATISFACTION_TEXTS[locale];
  const head = generatedTabHead(texts.title, locale, meta);
  const matrixBlock: LayoutBlock = { row: MATRIX_TOP, column: 1, cells: rectangle(matrixCells(matrix, texts), 5) };
  // The chart floats beside the matrix: the table starts below whichever is taller.
  const tableTop = MATRIX_TOP + Math.max(matrixBlock.cells.length, CHART.rows) + 1;
  const table: LayoutBlock = {
    row: tableTop,
    column: 1,
    cells: rectangle([[bold(texts.tableTitle)], texts.tableHeader.map((h) => bold(h, { background: HEADER_FILL, wrap: true })), ...tableRows(matrix, texts)], TABLE_COLUMNS),
  };
  const data: LayoutBlock = { row: tableTop, column: CHART_DATA_COLUMN, cells: rectangle(chartData(matrix, texts), 4) };
  const blocks = [head, matrixBlock, table, data];
  const extent = extentOf(blocks);
  const dataHeader = tableTop + 1;
  const dataRows = data.cells.length - 1; // header and values, without the block's title
  const dataColumn = (offset: number): CellArea => ({ row: dataHeader, column: CHART_DATA_COLUMN + offset, rows: dataRows, columns: 1 });
  return {
    blocks,
    merges: [],
    columnWidths: [
      { column: 1, columns: 1, width: 200 },
      { column: 2, columns: 1, width: 180 },
      { column: 3, columns: 1, width: 140 },
      { column: 4, columns: 1, width: 180 },
      { column: 5, columns: 1, width: 140 },
      { column: 7, columns: 1, width: 220 },
    ],
    frozenRows: 2,
    frozenColumns: 0,
    charts: [
      {
        kind: 'scatter',
        title: texts.chartTitle,
        domain: dataColumn(0),
        series: [dataColumn(1), dataColumn(2), dataColumn(3)],
        xTitle: texts.costAxis,
        yTitle: texts.impactAxis,
        lineSeries: [1, 2],
        anchorRow: MATRIX_TOP,
        anchorColumn: CHART.column,
        width: CHART.width,
        height: CHART.height,
      },
    ],
    rows: extent.rows,
    columns: Math.max(extent.columns, CHART.column + 1),
  };
}
