import { matchKey } from '../tables/matchKey';
import { generatedTabHead, NOTE_COLOUR, TabMeta } from '../tabs/generatedTabHead';
import { OutputLocale } from '../tabs/outputLocale';
import { BLANK, CellArea, CellFormat, extentOf, LayoutBlock, LayoutCell, LayoutValue, rectangle, SheetLayout } from '../tabs/sheetLayout';
import { VALUATION_LEVELS } from './touchpointValuation';
import { GridTouchpoint, TouchpointAction, ValuationGrid } from './valuationGrid';
import { VALUATION_GRID_TEXTS, ValuationGridTexts } from './valuationGridTexts';

/**
 * The "Valuation grid" tab (DESIGN §4), top to bottom:
 *
 *   1  title                       (rows 1–2 and column A stay frozen)
 *   2  note: built when, from which range
 *   4  emotion grid: per path a block of 10 rows — path, stage (merged over each stage's
 *      columns), touchpoint, moment-of-truth and effort flags, then levels +2..−2 with
 *      the current cell filled in its level's colour (● current, ○ target, ◉ both)
 *   …  summary (left) with the line chart of current vs target beside it
 *   …  the table: `Stage | Path | Touchpoint | Moment of truth | Effort point | Current |
 *      Target | Gap | Reach | Action | Owner`, one row per touchpoint in journey order
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
const SIGNED_MEAN_FORMAT = '+0.00;-0.00;0.00';
const PERCENT_FORMAT = '0%';
const HEADER_FILL = '#d9d9d9';
export const MARK_CURRENT = '●';
export const MARK_TARGET = '○';
export const MARK_BOTH = '◉';
export const MARK_FLAG = '★';

/** Rows of one path block: path, stage, touchpoint, moment of truth, effort point, five levels. */
const BLOCK_ROWS = 10;
const GRID_TOP = 4;
const LABEL_WIDTH = 220;
const TOUCHPOINT_WIDTH = 110;
const CHART = { column: 6, width: 640, height: 320, rows: 17 };

const c = (value: LayoutValue, format?: CellFormat): LayoutCell => ({ value, format });
const bold = (value: LayoutValue, format: CellFormat = {}): LayoutCell => c(value, { ...format, bold: true });
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

function emotionGrid(grid: ValuationGrid, texts: ValuationGridTexts): { block: LayoutBlock; merges: CellArea[] } {
  const rows: LayoutCell[][] = [[bold(texts.emotionGrid), c(texts.legend, { fontColor: NOTE_COLOUR })]];
  const merges: CellArea[] = [];
  grid.blocks.forEach((block, b) => {
    const top = GRID_TOP + 1 + b * (BLOCK_ROWS + 1);
    const stageRow: LayoutCell[] = [bold(texts.stage, { background: HEADER_FILL })];
    for (const run of stageRuns(block.touchpoints)) {
      stageRow.push(bold(run.stage, { background: HEADER_FILL, align: 'center' }));
      for (let i = 1; i < run.length; i++) stageRow.push(c(null, { background: HEADER_FILL }));
      if (run.length > 1) merges.push({ row: top + 1, column: 2 + run.start, rows: 1, columns: run.length });
    }
    rows.push(
      [bold(block.path === undefined ? texts.wholeJourney : texts.pathBlock(block.path))],
      stageRow,
      [bold(texts.touchpoint), ...block.touchpoints.map((t) => c(t.name, { align: 'center', wrap: true }))],
      [c(texts.momentOfTruth), ...block.touchpoints.map((t) => (t.momentOfTruth ? c(MARK_FLAG, { align: 'center' }) : BLANK))],
      [c(texts.effortPoint), ...block.touchpoints.map((t) => (t.effortPoint ? c(MARK_FLAG, { align: 'center' }) : BLANK))],
      ...VALUATION_LEVELS.map((level) => [
        c(level, { numberFormat: SIGNED_LEVEL_FORMAT, align: 'center', bold: true, ...LEVEL_COLOURS[level] }),
        ...block.touchpoints.map((t) => levelCell(t, level)),
      ]),
      [],
    );
  });
  rows.pop(); // no blank line after the last block
  return { block: { row: GRID_TOP, column: 1, cells: rectangle(rows) }, merges };
}

function summary(grid: ValuationGrid, texts: ValuationGridTexts): LayoutCell[][] {
  const s = grid.summary;
  const names = (label: string, list: readonly GridTouchpoint[], describe: (t: GridTouchpoint) => string): LayoutCell[][] =>
    list.length === 0
      ? [[c(label), c(0)]]
      : list.map((t, i) => (i === 0 ? [c(label), c(list.length), c(describe(t))] : [BLANK, BLANK, c(describe(t))]));
  const withPath = (t: GridTouchpoint): string => (t.path === undefined ? t.name : `${t.name} (${t.path})`);
  return [
    [bold(texts.summary)],
    [c(texts.touchpoints), c(s.touchpoints)],
    ...s.perLevel.map(({ level, count }) => [c(texts.level(signed(level))), c(count, { background: LEVEL_COLOURS[level].background, fontColor: LEVEL_COLOURS[level].fontColor })]),
    [c(texts.notValued), c(s.notValued)],
    [c(texts.toFix), c(s.toFix)],
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
    c(optional(t.reach), { numberFormat: PERCENT_FORMAT }),
    c(texts.actions[t.action], { background: ACTION_FILLS[t.action] }),
    c(optional(t.owner)),
  ]);
}

export function valuationGridLayout(grid: ValuationGrid, locale: OutputLocale, meta: TabMeta): SheetLayout {
  const texts = VALUATION_GRID_TEXTS[locale];
  const head = generatedTabHead(texts.title, locale, meta);
  const emotion = emotionGrid(grid, texts);
  const summaryTop = emotion.block.row + emotion.block.cells.length + 1;
  const summaryCells = summary(grid, texts);
  const summaryBlock: LayoutBlock = { row: summaryTop, column: 1, cells: rectangle(summaryCells, 3) };
  // The chart floats beside the summary: leave it room before the table starts.
  const tableTop = summaryTop + Math.max(summaryCells.length, CHART.rows) + 1;
  const headerRow = tableTop + 1;
  const table: LayoutBlock = {
    row: tableTop,
    column: 1,
    cells: rectangle([[bold(texts.tableTitle)], texts.tableHeader.map((h) => bold(h, { background: HEADER_FILL, wrap: true })), ...tableRows(grid, texts)], texts.tableHeader.length),
  };
  const blocks = [head, emotion.block, summaryBlock, table];
  const extent = extentOf(blocks);
  const columns = Math.max(extent.columns, CHART.column + 1);
  const lastRow = headerRow + grid.touchpoints.length;
  const column = (header: number): CellArea => ({ row: headerRow, column: header + 1, rows: lastRow - headerRow + 1, columns: 1 });
  return {
    blocks,
    merges: emotion.merges,
    columnWidths: [
      { column: 1, columns: 1, width: LABEL_WIDTH },
      { column: 2, columns: columns - 1, width: TOUCHPOINT_WIDTH },
    ],
    frozenRows: 2,
    frozenColumns: 1,
    charts: [
      {
        kind: 'line',
        title: texts.chartTitle,
        domain: column(2), // Touchpoint
        series: [column(5), column(6)], // Current, Target
        minValue: -2,
        maxValue: 2,
        anchorRow: summaryTop,
        anchorColumn: CHART.column,
        width: CHART.width,
        height: CHART.height,
      },
    ],
    rows: extent.rows,
    columns,
  };
}
