/**
 * The workbook as the preview page draws it: per tab, the used range's displayed values
 * (as Sheets would show them: number formats applied in the spreadsheet's locale),
 * backgrounds, font colours and weights, alignment, checkboxes, merges, frozen rows and
 * columns, hidden rows and columns, column widths, and each embedded chart with the data
 * its ranges hold; plus what the add-on put in Sheets' own UI (menus, toasts, alerts,
 * dialogs). Plain JSON; the page renders it with textContent only.
 */
import { GENERATED_TAB_KEY } from '../../src/sheets/generatedTab';
import type { LocalEmbeddedChart } from '../spreadsheetApp/charts';
import type { LocalSpreadsheet } from '../spreadsheetApp/spreadsheet';
import type { LocalSheet } from '../spreadsheetApp/sheet';
import type { MenuItem, UiState } from '../services/ui';

/** Past this many rows a tab shows its first rows and says how many more there are. */
export const PREVIEW_MAX_ROWS = 300;
export const PREVIEW_MAX_COLUMNS = 40;

export interface CellSnapshot {
  readonly text: string;
  readonly background?: string;
  readonly color?: string;
  readonly bold?: boolean;
  readonly align?: string;
  readonly wrap?: boolean;
  /** A formula's text, for the tooltip. */
  readonly formula?: string;
  readonly note?: string;
  readonly error?: string;
  /** A cell with checkbox validation: drawn as a box, ticked when the value is TRUE. */
  readonly checkbox?: boolean;
  /** The value is a number (Sheets aligns numbers right unless told otherwise). */
  readonly number?: boolean;
}

/** A chart series: its name (the header cell) and one value per domain row (null: blank or text). */
export interface ChartSeriesSnapshot {
  readonly name: string;
  readonly values: readonly (number | null)[];
  /** Drawn as a line without points (a split line of a scatter chart). */
  readonly line: boolean;
}

/**
 * An embedded chart as the page draws it, from the runtime's EmbeddedChart (what the
 * layout's LayoutChart became): type, titles, axis bounds, where it sits (anchor cell,
 * offset) and its size, and the values of its ranges — the first range is the domain
 * (labels or x values), each other one a series, the first row of each its header.
 * Hidden helper ranges are read like any other: the generated charts read hidden data.
 */
export interface ChartSnapshot {
  readonly type: string;
  readonly title: string;
  readonly xTitle?: string;
  readonly yTitle?: string;
  readonly min?: number;
  readonly max?: number;
  readonly anchor: { readonly row: number; readonly column: number; readonly offsetX: number; readonly offsetY: number };
  readonly width: number;
  readonly height: number;
  readonly domain: { readonly name: string; readonly values: readonly (string | number | null)[] };
  readonly series: readonly ChartSeriesSnapshot[];
  /** One line, as the CLI lists charts. */
  readonly description: string;
}

export interface TabSnapshot {
  readonly name: string;
  readonly rows: number;
  readonly columns: number;
  /** Rows not shown past PREVIEW_MAX_ROWS. */
  readonly hiddenRows: number;
  readonly cells: readonly (readonly CellSnapshot[])[];
  readonly merges: readonly { row: number; column: number; rows: number; columns: number }[];
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** Row and column numbers hidden in the sheet; the page leaves them out. */
  readonly hiddenRowNumbers: readonly number[];
  readonly hiddenColumnNumbers: readonly number[];
  readonly columnWidths: readonly number[];
  readonly charts: readonly ChartSnapshot[];
  readonly generated: boolean;
}

export interface WorkbookSnapshot {
  readonly name: string;
  /** The spreadsheet's locale ("pl_PL"): charts write numbers as its cells do. */
  readonly locale: string;
  readonly activeSheet: string;
  readonly selection?: string;
  /** The selection's tab and cells, for the page to mark them. */
  readonly selectionArea?: { readonly sheet: string; readonly row: number; readonly column: number; readonly rows: number; readonly columns: number };
  readonly tabs: readonly TabSnapshot[];
  readonly menus: readonly { title: string; items: readonly MenuItem[] }[];
  readonly toasts: readonly { title: string; message: string }[];
  readonly alerts: readonly { title: string; prompt: string }[];
  readonly dialogs: readonly { title: string; html: string; width: number; height: number }[];
}

/** Google Charts' default size of an embedded chart, when the chart sets none. */
const DEFAULT_CHART = { width: 600, height: 371 };

function optionNumber(options: Record<string, unknown>, name: string): number | undefined {
  const value = options[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function optionText(options: Record<string, unknown>, name: string): string | undefined {
  const value = options[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Series drawn as lines without points: `series: {1: {pointSize: 0}}`, as the layout writer sets them. */
function lineSeries(options: Record<string, unknown>): Set<number> {
  const series = options.series;
  const lines = new Set<number>();
  if (series && typeof series === 'object') {
    for (const [index, style] of Object.entries(series as Record<string, { pointSize?: unknown }>)) {
      if (style && style.pointSize === 0) lines.add(Number(index));
    }
  }
  return lines;
}

function chartSnapshot(chart: LocalEmbeddedChart): ChartSnapshot {
  const options = chart.options;
  const headers = chart.numHeaders < 0 ? 1 : chart.numHeaders;
  const columns = chart.ranges.map((range) => range.getValues().map((row) => row[0]));
  const [domain = [], ...series] = columns;
  const name = (column: readonly unknown[]) => (headers > 0 && column[0] !== undefined && column[0] !== null ? String(column[0]) : '');
  const data = (column: readonly unknown[]) => column.slice(headers);
  const lines = lineSeries(options);
  return {
    type: chart.chartType,
    title: optionText(options, 'title') ?? '',
    xTitle: optionText(options, 'hAxis.title'),
    yTitle: optionText(options, 'vAxis.title'),
    min: optionNumber(options, 'vAxis.viewWindow.min'),
    max: optionNumber(options, 'vAxis.viewWindow.max'),
    anchor: { ...chart.position },
    width: optionNumber(options, 'width') ?? DEFAULT_CHART.width,
    height: optionNumber(options, 'height') ?? DEFAULT_CHART.height,
    domain: {
      name: name(domain),
      values: data(domain).map((v) => (typeof v === 'number' || typeof v === 'string' ? v : v instanceof Date ? v.toISOString().slice(0, 10) : null)),
    },
    series: series.map((column, index) => ({
      name: name(column),
      values: data(column).map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : null)),
      line: lines.has(index),
    })),
    description: chart.describe(),
  };
}

/** The last column a chart's anchor is in, so that the page knows the widths up to it. */
function chartColumns(sheet: LocalSheet): number {
  let last = 0;
  for (const chart of sheet.charts) last = Math.max(last, chart.position.column + 8);
  return Math.min(PREVIEW_MAX_COLUMNS, last);
}

function tabSnapshot(sheet: LocalSheet): TabSnapshot {
  const lastRow = sheet.getLastRow();
  const lastColumn = Math.min(sheet.getLastColumn(), PREVIEW_MAX_COLUMNS);
  const rows = Math.min(lastRow, PREVIEW_MAX_ROWS);
  let display: string[][] = [];
  if (rows > 0 && lastColumn > 0) display = sheet.rangeAt(1, 1, rows, lastColumn).getDisplayValues();
  const cells = display.map((line, r) =>
    line.map((text, c): CellSnapshot => {
      const format = sheet.format(r + 1, c + 1) ?? {};
      const formula = sheet.formulaAt(r + 1, c + 1);
      const note = sheet.noteAt(r + 1, c + 1);
      const error = sheet.errorMessageAt(r + 1, c + 1);
      const value = sheet.valueAt(r + 1, c + 1);
      const checkbox = sheet.validationAt(r + 1, c + 1)?.criteria.type === 'CHECKBOX';
      return {
        text,
        ...(format.background ? { background: format.background } : {}),
        ...(format.fontColor && format.fontColor !== '#000000' ? { color: format.fontColor } : {}),
        ...(format.fontWeight === 'bold' ? { bold: true } : {}),
        ...(format.horizontalAlignment ? { align: format.horizontalAlignment } : {}),
        ...(format.wrap ? { wrap: true } : {}),
        ...(formula ? { formula } : {}),
        ...(note ? { note } : {}),
        ...(error ? { error } : {}),
        ...(checkbox ? { checkbox: value === true } : {}),
        ...(typeof value === 'number' ? { number: true } : {}),
      };
    }),
  );
  return {
    name: sheet.getName(),
    rows,
    columns: lastColumn,
    hiddenRows: Math.max(0, lastRow - rows),
    cells,
    merges: sheet.merges.map((m) => ({ row: m.row, column: m.column, rows: m.numRows, columns: m.numColumns })),
    frozenRows: sheet.getFrozenRows(),
    frozenColumns: sheet.getFrozenColumns(),
    hiddenRowNumbers: [...sheet.hiddenRows].sort((a, b) => a - b),
    hiddenColumnNumbers: [...sheet.hiddenColumns].sort((a, b) => a - b),
    columnWidths: Array.from({ length: Math.max(lastColumn, chartColumns(sheet)) }, (_, c) => sheet.getColumnWidth(c + 1)),
    charts: sheet.charts.map(chartSnapshot),
    generated: sheet.metadata.some((m) => m.key === GENERATED_TAB_KEY),
  };
}

export function workbookSnapshot(workbook: LocalSpreadsheet, ui: UiState): WorkbookSnapshot {
  return {
    name: workbook.getName(),
    locale: workbook.getSpreadsheetLocale(),
    activeSheet: workbook.activeSheet?.getName() ?? '',
    selection: workbook.activeRange?.describe(),
    selectionArea: workbook.activeRange && {
      sheet: workbook.activeRange.sheet.getName(),
      row: workbook.activeRange.row,
      column: workbook.activeRange.column,
      rows: workbook.activeRange.numRows,
      columns: workbook.activeRange.numColumns,
    },
    tabs: workbook.sheets.filter((s) => !s.isSheetHidden()).map(tabSnapshot),
    menus: ui.menus.map((m) => ({ title: m.title, items: m.items })),
    toasts: [...workbook.toasts],
    alerts: [...ui.alerts],
    dialogs: ui.dialogs.map((d) => ({ title: d.title, html: d.output.getContent(), width: d.output.getWidth(), height: d.output.getHeight() })),
  };
}
