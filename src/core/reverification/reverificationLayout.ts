import { hiddenChartData } from '../tabs/chartData';
import { LEVEL_COLOURS, SIGNED_LEVEL_FORMAT } from '../journey/valuationGridLayout';
import { generatedTabHead, NOTE_COLOUR, TabMeta } from '../tabs/generatedTabHead';
import { OutputLocale } from '../tabs/outputLocale';
import { BLANK, CellArea, CellFormat, extentOf, LayoutBlock, LayoutCell, LayoutValue, rectangle, SheetLayout } from '../tabs/sheetLayout';
import { ComparedTouchpoint, Reverification, REVERIFICATION_STATUSES, ReverificationStatus } from './reverification';
import { REVERIFICATION_TEXTS, ReverificationTexts } from './reverificationTexts';

/**
 * The "Re-verification" tab (DESIGN §4), top to bottom:
 *
 *   1  title                         (rows 1–2 stay frozen)
 *   2  note: built when, from which two ranges (before and now)
 *   4  summary: touchpoints before and now, the count of each status (in DESIGN's order,
 *      each with what it means), the differentiators lost and the touchpoints newly below
 *      0 by name, then the mean valuation per stage before, now and its change; the line
 *      chart of before and now along the journey floats beside it (F4)
 *   …  the table `Stage | Path | Touchpoint | Before | Now | Change | Status | Moment of
 *      truth | Effort point | Owner`, now's touchpoints in journey order, retired ones
 *      last
 *   →  right of everything, in hidden columns beside the table's rows, the chart's data:
 *      touchpoint, before and now (core/tabs/chartData.ts)
 *
 * Everything is a value with a format: the tab reads the same without the add-on.
 */
export const STATUS_FILLS: Readonly<Record<ReverificationStatus, string | undefined>> = {
  new: '#cfe2f3', // blue: something to value and watch
  retired: '#d9d9d9', // grey: gone
  notValued: '#eeeeee', // light grey: to do
  nowNegative: '#f4b6b6', // red: fix first (DESIGN §1.4)
  worse: '#fde8b0', // amber: find the root cause
  better: '#b7e1b0', // green
  same: undefined,
};

const SIGNED_MEAN_FORMAT = '+0.00;-0.00;0.00';
const HEADER_FILL = '#d9d9d9';
const SUMMARY_TOP = 4;
const SUMMARY_COLUMNS = 4;
const CHART = { column: 6, width: 640, height: 320, rows: 17 };
/** Sheets' default font (Arial 10) is about 7 pixels a character; a cell pads a few more. */
const PIXELS_PER_CHARACTER = 7;
const CELL_PADDING = 16;

const c = (value: LayoutValue, format?: CellFormat): LayoutCell => ({ value, format });
const bold = (value: LayoutValue, format: CellFormat = {}): LayoutCell => c(value, { ...format, bold: true });
const optional = <T>(value: T | undefined): T | null => (value === undefined ? null : value);
const level = (value: number | undefined): LayoutCell =>
  c(optional(value), { numberFormat: SIGNED_LEVEL_FORMAT, align: 'center', ...(value === undefined ? {} : LEVEL_COLOURS[value]) });

/** A level as text in the summary: "+2", "−1", "0". */
function signed(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0';
}

function described(t: ComparedTouchpoint, texts: ReverificationTexts): string {
  const name = t.path === undefined ? t.name : `${t.name} (${t.path})`;
  const before = t.before === undefined ? texts.notValued : signed(t.before);
  const now = t.status === 'retired' ? texts.retired : t.now === undefined ? texts.notValued : signed(t.now);
  return `${name}: ${before} → ${now}`;
}

function summary(model: Reverification, texts: ReverificationTexts): LayoutCell[][] {
  const s = model.summary;
  const names = (label: string, list: readonly ComparedTouchpoint[]): LayoutCell[][] =>
    list.length === 0
      ? [[c(label), c(0)]]
      : list.map((t, i) => (i === 0 ? [c(label), c(list.length), c(described(t, texts))] : [BLANK, BLANK, c(described(t, texts))]));
  return [
    [bold(texts.summary)],
    [c(texts.touchpointsBefore), c(s.touchpointsBefore)],
    [c(texts.touchpointsNow), c(s.touchpointsNow)],
    ...REVERIFICATION_STATUSES.map((status) => [
      c(texts.statuses[status], { background: STATUS_FILLS[status] }),
      c(s.counts[status]),
      c(texts.statusHints[status], { fontColor: NOTE_COLOUR }),
    ]),
    ...names(texts.differentiatorsLost, s.differentiatorsLost),
    ...names(texts.newlyNegative, s.newlyNegative),
    [bold(texts.meanPerStage, { background: HEADER_FILL }), ...[texts.before, texts.now, texts.change].map((h) => bold(h, { background: HEADER_FILL, align: 'center' }))],
    ...s.meanPerStage.map((m) => {
      const before = m.before?.mean;
      const now = m.now?.mean;
      return [
        c(m.stage),
        c(optional(before), { numberFormat: SIGNED_MEAN_FORMAT, align: 'center' }),
        c(optional(now), { numberFormat: SIGNED_MEAN_FORMAT, align: 'center' }),
        c(before === undefined || now === undefined ? null : now - before, { numberFormat: SIGNED_MEAN_FORMAT, align: 'center' }),
      ];
    }),
  ];
}

function tableRows(model: Reverification, texts: ReverificationTexts): LayoutCell[][] {
  return model.touchpoints.map((t) => [
    c(t.stage),
    c(t.path ?? (model.hasPaths ? texts.allPaths : null)),
    c(t.name),
    level(t.before),
    level(t.now),
    c(optional(t.change), { numberFormat: SIGNED_LEVEL_FORMAT, align: 'center' }),
    c(texts.statuses[t.status], { background: STATUS_FILLS[t.status] }),
    c(t.momentOfTruth ? texts.yes : texts.no),
    c(t.effortPoint ? texts.yes : texts.no),
    c(optional(t.owner)),
  ]);
}

/** A width that shows the longest of these texts whole, within [min, max] pixels. */
function widthFor(texts: readonly (string | undefined)[], min: number, max: number): number {
  let longest = 0;
  for (const t of texts) longest = Math.max(longest, (t ?? '').length);
  return Math.min(max, Math.max(min, longest * PIXELS_PER_CHARACTER + CELL_PADDING));
}

export function reverificationLayout(model: Reverification, locale: OutputLocale, meta: TabMeta): SheetLayout {
  const texts = REVERIFICATION_TEXTS[locale];
  const head = generatedTabHead(texts.title, locale, meta);
  const summaryCells = summary(model, texts);
  const summaryBlock: LayoutBlock = { row: SUMMARY_TOP, column: 1, cells: rectangle(summaryCells, SUMMARY_COLUMNS) };
  // The chart floats beside the summary: leave it room before the table starts.
  const tableTop = SUMMARY_TOP + Math.max(summaryCells.length, CHART.rows) + 1;
  const headerRow = tableTop + 1;
  const columns = texts.tableHeader.length;
  const table: LayoutBlock = {
    row: tableTop,
    column: 1,
    cells: rectangle([[bold(texts.tableTitle)], texts.tableHeader.map((h) => bold(h, { background: HEADER_FILL, wrap: true })), ...tableRows(model, texts)], columns),
  };
  // The chart's data — touchpoint, before, now along the journey — in hidden columns, as on every generated tab.
  const data = hiddenChartData(
    [head, summaryBlock, table],
    [
      { header: texts.tableHeader[2], values: model.touchpoints.map((t) => t.name) },
      { header: texts.tableHeader[3], values: model.touchpoints.map((t) => t.before ?? null), numberFormat: SIGNED_LEVEL_FORMAT },
      { header: texts.tableHeader[4], values: model.touchpoints.map((t) => t.now ?? null), numberFormat: SIGNED_LEVEL_FORMAT },
    ],
    headerRow,
  );
  const blocks = [head, summaryBlock, table, data.block];
  const extent = extentOf(blocks);
  // Column A holds the summary's labels and the stages; C the touchpoint names.
  const labels = [texts.touchpointsBefore, texts.touchpointsNow, texts.differentiatorsLost, texts.newlyNegative, texts.meanPerStage, ...Object.values(texts.statuses)];
  const stages = [...model.touchpoints.map((t) => t.stage), ...model.summary.meanPerStage.map((m) => m.stage)];
  return {
    blocks,
    merges: [],
    columnWidths: [
      { column: 1, columns: 1, width: widthFor([...labels, ...stages], 160, 360) },
      { column: 2, columns: 1, width: 110 },
      { column: 3, columns: 1, width: widthFor(model.touchpoints.map((t) => t.name), 140, 320) },
      { column: 4, columns: Math.max(CHART.column, columns) - 3, width: 110 },
    ],
    hiddenColumns: [data.hidden],
    frozenRows: 2,
    frozenColumns: 0,
    charts: [
      {
        kind: 'line',
        title: texts.chartTitle,
        domain: data.columns[0], // Touchpoint
        series: [data.columns[1], data.columns[2]], // Before, Now
        minValue: -2,
        maxValue: 2,
        anchorRow: SUMMARY_TOP,
        anchorColumn: CHART.column,
        width: CHART.width,
        height: CHART.height,
      },
    ],
    rows: extent.rows,
    columns: Math.max(extent.columns, CHART.column + 1),
  };
}
