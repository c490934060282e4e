import { decimalRound } from '../tables/decimalRound';
import { matchKey } from '../tables/matchKey';
import { generatedTabHead, NOTE_COLOUR, TabMeta } from '../tabs/generatedTabHead';
import { OutputLocale } from '../tabs/outputLocale';
import { hiddenChartData } from '../tabs/chartData';
import { DEFAULT_ROW_PIXELS, fitColumns } from '../tabs/columnWidths';
import { BLANK, CellFormat, extentOf, LayoutBlock, LayoutCell, LayoutValue, rectangle, SheetLayout } from '../tabs/sheetLayout';
import { VALUATION_LEVELS } from './touchpointValuation';
import { GridTouchpoint, TouchpointAction, ValuationGrid } from './valuationGrid';
import { VALUATION_GRID_TEXTS, ValuationGridTexts } from './valuationGridTexts';

/**
 * The "Valuation grid" tab (DESIGN §4). The journey table and the emotion grid each have
 * columns of their own, side by side, so that neither squeezes the other and the tab
 * grows with the touchpoints, not with their square:
 *
 *   A–K  (the table's columns, sized from their text)      L  M–…  (the emotion grid)
 *   1    title                                              (rows 1–2 stay frozen)
 *   2    note: built when, from which range
 *   4    summary: touchpoints per level, to fix,            emotion grid: per path, bands of
 *        differentiators, negative moments of truth,        at most 12 touchpoints — stage
 *        mean valuation per stage                           (its name over its run), touchpoint,
 *   …    the line chart of current vs target along the      moment-of-truth and effort flags,
 *        journey, as wide as the table                      then levels +2..−2 with the current
 *   …    the table: `Stage | Path | Touchpoint | Moment     cell filled in its level's colour
 *        of truth | Effort point | Current | Target | Gap   (● current, ○ target, ◉ both);
 *        | Reach | Action | Owner`, one row per touchpoint  a long journey continues in the
 *        in journey order                                   next band below
 *
 * Right of everything, in hidden columns, the chart's data (core/tabs/chartData.ts).
 *
 * Stage names are not merged cells: each stage's name is left-aligned in the first cell
 * of its run and runs on over the run's blank header cells, which reads the same and
 * costs no call per stage and band (a merge is one Apps Script call each).
 *
 * Size: with n touchpoints on p paths, the tab has about max(10·⌈n/12⌉·p, n + summary + 40)
 * rows and 11 + 2 + 12 + 4 columns, so 3,500 touchpoints on one path take ≈ 3,560 × 30 cells
 * where one column per touchpoint above the table took ≈ 3,560 × 3,500.
 *
 * Everything is a value with a format: the tab reads the same without the add-on.
 */
export const LEVEL_COLOURS: Readonly<Record<number, { background: string; fontColor: string }>> = {
  2: { background: '#1e7b34', fontColor: '#ffffff' }, // deep green
  1: { background: '#b7e1b0', fontColor: '#000000' }, // light green
  0: { background: '#eeeeee', fontColor: '#000000' }, // neutral grey
  [-1]: { background: '#f4b6b6', fontColor: '#000000' }, // light red
  [-2]: { background: '#b71c1c', fontColor: '#ffffff' }, // deep red
};

const ACTION_FILLS: Readonly<Record<TouchpointAction, string | undefined>> = {
  notValued: '#eeeeee',
  fix: '#f4b6b6',
  overServed: '#fde8b0',
  differentiate: '#b7e1b0',
  hold: undefined,
};

export const SIGNED_LEVEL_FORMAT = '+0;-0;0';
/** A mean valuation: signed, one decimal. */
export const SIGNED_MEAN_FORMAT = '+0.0;-0.0;0.0';
const COUNT_FORMAT = '0';
/**
 * Reach as a percentage: whole percents as "40%", others with their decimals ("1.5%",
 * "0.25%"), never rounded to a misleading "2%" or "0%" (a per-cell choice: Sheets would show
 * "40.%" for a single "0.##%").
 */
const reachFormat = (reach: number | undefined): string => (reach === undefined || Number.isInteger(decimalRound(reach * 100)) ? '0%' : '0.0#%');
const HEADER_FILL = '#d9d9d9';
export const MARK_CURRENT = '●';
export const MARK_TARGET = '○';
export const MARK_BOTH = '◉';
export const MARK_FLAG = '★';

const GRID_TOP = 4;
/** The table's columns (A–K), then a narrow gap, then the emotion grid. */
export const TABLE_COLUMNS = 11;
const GAP_COLUMN = TABLE_COLUMNS + 1;
export const GRID_LABEL_COLUMN = GAP_COLUMN + 1;
/** Touchpoints per band of the emotion grid: about a screen's width. */
export const BAND_TOUCHPOINTS = 12;
/** Rows of one band: stage, touchpoint, moment of truth, effort point, five levels. */
const BAND_ROWS = 9;
const TOUCHPOINT_WIDTH = 100;
const GAP_WIDTH = 24;
const CHART_HEIGHT = 320;

const c = (value: LayoutValue, format?: CellFormat): LayoutCell => ({ value, format });
const bold = (value: LayoutValue, format: CellFormat = {}): LayoutCell => c(value, { ...format, bold: true });
const count = (value: number, format: CellFormat = {}): LayoutCell => c(value, { ...format, numberFormat: COUNT_FORMAT });
const optional = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

function levelCell(t: GridTouchpoint, level: number): LayoutCell {
  const isCurrent = t.current === level;
  const isTarget = t.target === level;
  if (isCurrent) {
    const colour = LEVEL_COLOURS[level];
    return c(isTarget ? MARK_BOTH : MARK_CURRENT, { background: colour.background, fontColor: colour.fontColor, align: 'center', bold: true });
  }
  return isTarget ? c(MARK_TARGET, { align: 'center', bold: true }) : BLANK;
}

/**
 * The runs of consecutive touchpoints of one stage: [first index, length]. Stages compare
 * as the model groups them (matchKey: "Buy" and "buy " are one stage), under the name of
 * their first appearance.
 */
export function stageRuns(touchpoints: readonly Pick<GridTouchpoint, 'stage'>[]): { stage: string; start: number; length: number }[] {
  const runs: { stage: string; start: number; length: number }[] = [];
  touchpoints.forEach((t, i) => {
    const last = runs[runs.length - 1];
    if (last && matchKey(last.stage) === matchKey(t.stage)) last.length++;
    else runs.push({ stage: t.stage, start: i, length: 1 });
  });
  return runs;
}

/** One band: up to BAND_TOUCHPOINTS touchpoints, a label column first. */
function band(touchpoints: readonly GridTouchpoint[], texts: ValuationGridTexts): LayoutCell[][] {
  const stageRow: LayoutCell[] = [bold(texts.stage, { background: HEADER_FILL })];
  for (const run of stageRuns(touchpoints)) {
    stageRow.push(bold(run.stage, { background: HEADER_FILL }));
    for (let i = 1; i < run.length; i++) stageRow.push(c(null, { background: HEADER_FILL }));
  }
  return [
    stageRow,
    [bold(texts.touchpoint), ...touchpoints.map((t) => c(t.name, { align: 'center', wrap: true }))],
    [c(texts.momentOfTruth), ...touchpoints.map((t) => (t.momentOfTruth ? c(MARK_FLAG, { align: 'center' }) : BLANK))],
    [c(texts.effortPoint), ...touchpoints.map((t) => (t.effortPoint ? c(MARK_FLAG, { align: 'center' }) : BLANK))],
    ...VALUATION_LEVELS.map((level) => [
      c(level, { numberFormat: SIGNED_LEVEL_FORMAT, align: 'center', bold: true, ...LEVEL_COLOURS[level] }),
      ...touchpoints.map((t) => levelCell(t, level)),
    ]),
  ];
}

/** The emotion grid: a title row, then per path its name and its bands, a blank row between. */
function emotionGrid(grid: ValuationGrid, texts: ValuationGridTexts): { block: LayoutBlock; width: number } {
  let widest = 1;
  for (const block of grid.blocks) widest = Math.max(widest, block.touchpoints.length);
  const width = Math.min(BAND_TOUCHPOINTS, widest);
  const rows: LayoutCell[][] = [[bold(texts.emotionGrid), c(texts.legend, { fontColor: NOTE_COLOUR })]];
  for (const block of grid.blocks) {
    rows.push([bold(block.path === undefined ? texts.wholeJourney : texts.pathBlock(block.path))]);
    for (let start = 0; start < block.touchpoints.length; start += BAND_TOUCHPOINTS) {
      rows.push(...band(block.touchpoints.slice(start, start + BAND_TOUCHPOINTS), texts), []);
    }
  }
  rows.pop(); // no blank row after the last band
  return { block: { row: GRID_TOP, column: GRID_LABEL_COLUMN, cells: rectangle(rows, 1 + width) }, width };
}

function summary(grid: ValuationGrid, texts: ValuationGridTexts): LayoutCell[][] {
  const s = grid.summary;
  const names = (label: string, list: readonly GridTouchpoint[], describe: (t: GridTouchpoint) => string): LayoutCell[][] =>
    list.length === 0
      ? [[c(label), count(0)]]
      : list.map((t, i) => (i === 0 ? [c(label), count(list.length), c(describe(t))] : [BLANK, BLANK, c(describe(t))]));
  const withPath = (t: GridTouchpoint): string => (t.path === undefined ? t.name : `${t.name} (${t.path})`);
  return [
    [bold(texts.summary)],
    [c(texts.touchpoints), count(s.touchpoints)],
    ...s.perLevel.map(({ level, count: n }) => [c(texts.level(signed(level))), count(n, { background: LEVEL_COLOURS[level].background, fontColor: LEVEL_COLOURS[level].fontColor })]),
    [c(texts.notValued), count(s.notValued)],
    [c(texts.toFix), count(s.toFix)],
    ...names(texts.differentiators, s.differentiators, (t) => `${withPath(t)}: ${signed(t.current)} → ${signed(t.target)}`),
    ...names(texts.negativeMomentsOfTruth, s.negativeMomentsOfTruth, (t) => `${withPath(t)}: ${signed(t.current)}`),
    [bold(texts.meanPerStage)],
    ...s.meanPerStage.map((m) => [c(m.stage), c(optional(m.mean), { numberFormat: SIGNED_MEAN_FORMAT }), c(texts.valuedOf(m.valued, m.touchpoints))]),
  ];
}

/** A level as text for the summary: "+2", "−1", "0". */
function signed(level: number | undefined): string {
  if (level === undefined) return '?';
  return level > 0 ? `+${level}` : level < 0 ? `−${-level}` : '0';
}

function tableRows(grid: ValuationGrid, texts: ValuationGridTexts): LayoutCell[][] {
  const hasPaths = grid.paths.length > 0;
  return grid.touchpoints.map((t) => [
    c(t.stage),
    c(t.path ?? (hasPaths ? texts.allPaths : null)),
    c(t.name),
    c(t.momentOfTruth ? texts.yes : texts.no),
    c(t.effortPoint ? texts.yes : texts.no),
    c(optional(t.current), { numberFormat: SIGNED_LEVEL_FORMAT, align: 'center', ...(t.current === undefined ? {} : LEVEL_COLOURS[t.current]) }),
    c(optional(t.target), { numberFormat: SIGNED_LEVEL_FORMAT, align: 'center' }),
    c(optional(t.gap), { numberFormat: SIGNED_LEVEL_FORMAT, align: 'center' }),
    c(optional(t.reach), { numberFormat: reachFormat(t.reach) }),
    c(texts.actions[t.action], { background: ACTION_FILLS[t.action] }),
    c(optional(t.owner)),
  ]);
}

export function valuationGridLayout(grid: ValuationGrid, locale: OutputLocale, meta: TabMeta): SheetLayout {
  const texts = VALUATION_GRID_TEXTS[locale];
  const head = generatedTabHead(texts.title, locale, meta);
  const emotion = emotionGrid(grid, texts);
  const summaryCells = summary(grid, texts);
  const summaryBlock: LayoutBlock = { row: GRID_TOP, column: 1, cells: rectangle(summaryCells, 3) };
  // The chart sits under the summary, as wide as the table; the table starts below it.
  const chartRow = GRID_TOP + summaryCells.length + 1;
  const chartRows = Math.ceil(CHART_HEIGHT / DEFAULT_ROW_PIXELS);
  const tableTop = chartRow + chartRows + 1;
  const table: LayoutBlock = {
    row: tableTop,
    column: 1,
    cells: rectangle([[bold(texts.tableTitle)], texts.tableHeader.map((h) => bold(h, { background: HEADER_FILL })), ...tableRows(grid, texts)], TABLE_COLUMNS),
  };
  const gridColumns = { column: GRID_LABEL_COLUMN + 1, columns: emotion.width, width: TOUCHPOINT_WIDTH };
  const fitted = fitColumns([head, summaryBlock, table, emotion.block], {
    columns: [...Array.from({ length: TABLE_COLUMNS }, (_, i) => i + 1), GRID_LABEL_COLUMN],
    fixed: [{ column: GAP_COLUMN, columns: 1, width: GAP_WIDTH }, gridColumns],
  });
  const visible = fitted.blocks;
  const data = hiddenChartData(visible, [
    { header: texts.touchpoint, values: grid.touchpoints.map((t) => t.name) },
    { header: texts.tableHeader[5], values: grid.touchpoints.map((t) => optional(t.current)), numberFormat: SIGNED_LEVEL_FORMAT },
    { header: texts.tableHeader[6], values: grid.touchpoints.map((t) => optional(t.target)), numberFormat: SIGNED_LEVEL_FORMAT },
  ]);
  const blocks = [...visible, data.block];
  const extent = extentOf(blocks);
  const tableWidth = fitted.columnWidths.filter((w) => w.column <= TABLE_COLUMNS).reduce((sum, w) => sum + w.width, 0);
  return {
    blocks,
    merges: [],
    columnWidths: [...fitted.columnWidths, { column: GAP_COLUMN, columns: 1, width: GAP_WIDTH }, gridColumns].sort((a, b) => a.column - b.column),
    hiddenColumns: [data.hidden],
    frozenRows: 2,
    frozenColumns: 0,
    charts: [
      {
        kind: 'line',
        title: texts.chartTitle,
        domain: data.columns[0],
        series: [data.columns[1], data.columns[2]],
        minValue: -2,
        maxValue: 2,
        anchorRow: chartRow,
        anchorColumn: 1,
        width: tableWidth,
        height: CHART_HEIGHT,
      },
    ],
    rows: extent.rows,
    columns: extent.columns,
  };
}
