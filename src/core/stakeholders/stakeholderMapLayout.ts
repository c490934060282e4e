import { quadrantCells, QUADRANT_HEADER_FILL, QuadrantItem } from '../quadrants/quadrantCells';
import { quadrantChart, QuadrantSeries } from '../quadrants/quadrantChart';
import { DEFAULT_ROW_PIXELS, fitColumns } from '../tabs/columnWidths';
import { generatedTabHead, TabMeta } from '../tabs/generatedTabHead';
import { OutputLocale } from '../tabs/outputLocale';
import { CellFormat, chartedTabLayout, LayoutBlock, LayoutCell, LayoutValue, rectangle, SheetLayout } from '../tabs/sheetLayout';
import { MappedStakeholder, STAKEHOLDER_CORNERS, STAKEHOLDER_QUADRANT_ORDER, STAKEHOLDER_SPLIT, StakeholderMap, StakeholderQuadrant } from './stakeholderMap';
import { ATTITUDE_MARKS, STAKEHOLDER_MAP_TEXTS, StakeholderMapTexts } from './stakeholderMapTexts';
import { ATTITUDES } from './stakeholdersTable';

/**
 * The "Stakeholder map" tab (DESIGN §4), laid out as the cost-vs-satisfaction matrix is,
 * with the same shared 2×2 pieces (core/quadrants):
 *
 *   1  title                              (rows 1–2 stay frozen)
 *   2  note: built when, from which range
 *   4  Mendelow's 2×2 as cells: Keep satisfied | Manage closely over Monitor | Keep
 *      informed (influence up, interest across), each quadrant listing its stakeholders
 *      in the map's order, each name followed by ▲ (supporter) or ▼ (opponent), its
 *      department beside it in grey; the scatter chart floats beside it (G4)
 *   …  the table `Stakeholder | Department | Influence | Interest | Quadrant | Attitude |
 *      Expectations | Next step | Owner` in the map's order
 *   →  right of everything, in hidden columns (core/tabs/chartData.ts), the chart's data:
 *      interest, influence per attitude, and the two split lines at 3 across the 1–5 scales
 *
 * Columns are sized from the text they hold (core/tabs/columnWidths.ts), as on the matrix.
 *
 * Names and notes are the user's text: written as text, never as formulas (the writer's rule).
 */
export const STAKEHOLDER_QUADRANT_FILLS: Readonly<Record<StakeholderQuadrant, string>> = {
  manageClosely: '#f9cb9c', // orange: key players, most attention
  keepSatisfied: '#fff2cc', // yellow: powerful, keep them content
  keepInformed: '#cfe2f3', // blue: interested, keep them in the loop
  monitor: '#eeeeee', // grey: watch
};

const MATRIX_TOP = 4;
const CHART = { column: 7, width: 520, minRows: 15 };
const TABLE_COLUMNS = 9;
/** Scores are whole numbers on 1–5. */
const SCORE_FORMAT = '0';
/** The chart shows the whole 1–5 scales; the split lines run across them. */
const SCALE = { left: 1, right: 5, bottom: 1, top: 5 };

const c = (value: LayoutValue, format?: CellFormat): LayoutCell => ({ value, format });
const bold = (value: LayoutValue, format: CellFormat = {}): LayoutCell => c(value, { ...format, bold: true });
const optional = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

/** "Anna Nowak ▲": the name, then the attitude's mark when it has one. */
export function markedName(s: MappedStakeholder): string {
  const mark = s.attitude === undefined ? '' : ATTITUDE_MARKS[s.attitude];
  return mark === '' ? s.stakeholder : `${s.stakeholder} ${mark}`;
}

function matrixCells(map: StakeholderMap, texts: StakeholderMapTexts): LayoutCell[][] {
  const items = (q: StakeholderQuadrant): QuadrantItem[] => map.quadrants[q].map((s) => ({ text: markedName(s), note: optional(s.department) }));
  return quadrantCells({
    title: texts.matrix,
    corner: texts.axes,
    xLow: texts.lowInterest,
    xHigh: texts.highInterest,
    yHigh: texts.highInfluence,
    yLow: texts.lowInfluence,
    corners: STAKEHOLDER_CORNERS,
    names: texts.quadrants,
    fills: STAKEHOLDER_QUADRANT_FILLS,
    items: Object.fromEntries(STAKEHOLDER_QUADRANT_ORDER.map((q) => [q, items(q)])) as Record<StakeholderQuadrant, QuadrantItem[]>,
    none: texts.none,
    legend: texts.legend,
  });
}

function tableRows(map: StakeholderMap, texts: StakeholderMapTexts): LayoutCell[][] {
  return map.stakeholders.map((s) => [
    c(s.stakeholder),
    c(optional(s.department)),
    c(s.influence, { align: 'center', numberFormat: SCORE_FORMAT }),
    c(s.interest, { align: 'center', numberFormat: SCORE_FORMAT }),
    c(texts.quadrants[s.quadrant], { background: STAKEHOLDER_QUADRANT_FILLS[s.quadrant] }),
    c(s.attitude === undefined ? null : texts.attitudes[s.attitude]),
    c(optional(s.expectations), { wrap: true }),
    c(optional(s.nextStep), { wrap: true }),
    c(optional(s.owner)),
  ]);
}

/** One point series per attitude present (supporters, neutral, opponents, not stated), so the chart colours them apart. */
function chartSeries(map: StakeholderMap, texts: StakeholderMapTexts): QuadrantSeries[] {
  return [...ATTITUDES, 'unknown' as const]
    .map((attitude) => ({
      name: texts.attitudeSeries[attitude],
      points: map.stakeholders.filter((s) => (s.attitude ?? 'unknown') === attitude).map((s) => ({ x: s.interest, y: s.influence })),
    }))
    .filter((series) => series.points.length > 0);
}

export function stakeholderMapLayout(map: StakeholderMap, locale: OutputLocale, meta: TabMeta): SheetLayout {
  const texts = STAKEHOLDER_MAP_TEXTS[locale];
  const head = generatedTabHead(texts.title, locale, meta);
  const matrixBlock: LayoutBlock = { row: MATRIX_TOP, column: 1, cells: matrixCells(map, texts) };
  // The chart floats beside the matrix, as tall as it: the table starts below both.
  const chartRows = Math.max(matrixBlock.cells.length, CHART.minRows);
  const tableTop = MATRIX_TOP + chartRows + 1;
  const table: LayoutBlock = {
    row: tableTop,
    column: 1,
    cells: rectangle([[bold(texts.tableTitle)], texts.tableHeader.map((h) => bold(h, { background: QUADRANT_HEADER_FILL })), ...tableRows(map, texts)], TABLE_COLUMNS),
  };
  const place = { anchorRow: MATRIX_TOP, anchorColumn: CHART.column, width: CHART.width, height: chartRows * DEFAULT_ROW_PIXELS };
  const fitted = fitColumns([head, matrixBlock, table], {
    columns: Array.from({ length: TABLE_COLUMNS }, (_, i) => i + 1),
    charts: [{ kind: 'scatter', title: '', domain: { row: 1, column: 1, rows: 1, columns: 1 }, series: [], ...place }],
    // The quadrants' names (B and D, below the legend-free rows) set the halves' widths.
    fitAreas: [2, 4].map((column) => ({ row: MATRIX_TOP + 1, column, rows: matrixBlock.cells.length - 1 - texts.legend.length, columns: 1 })),
  });
  const { data, chart } = quadrantChart(
    {
      title: texts.chartTitle,
      xName: texts.tableHeader[3],
      series: chartSeries(map, texts),
      xLineName: texts.interestLine,
      yLineName: texts.influenceLine,
      xLine: STAKEHOLDER_SPLIT,
      yLine: STAKEHOLDER_SPLIT,
      xTitle: texts.interestAxis,
      yTitle: texts.influenceAxis,
      xFormat: SCORE_FORMAT,
      yFormat: SCORE_FORMAT,
      extent: SCALE,
    },
    fitted.blocks,
    place,
  );
  return chartedTabLayout([...fitted.blocks, data.block], fitted.columnWidths, data.hidden, chart);
}
