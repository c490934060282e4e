/**
 * The workbook as the preview page draws it: per tab, the used range's displayed values
 * (as Sheets would show them, number formats applied), backgrounds, font colours and
 * weights, alignment, merges, frozen rows and column widths; plus what the add-on put in
 * Sheets' own UI (menus, toasts, alerts, dialogs). Plain JSON; the page renders it with
 * textContent only.
 */
import { GENERATED_TAB_KEY } from '../../src/sheets/generatedTab';
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
  readonly columnWidths: readonly number[];
  readonly charts: readonly string[];
  readonly generated: boolean;
}

export interface WorkbookSnapshot {
  readonly name: string;
  readonly activeSheet: string;
  readonly selection?: string;
  readonly tabs: readonly TabSnapshot[];
  readonly menus: readonly { title: string; items: readonly MenuItem[] }[];
  readonly toasts: readonly { title: string; message: string }[];
  readonly alerts: readonly { title: string; prompt: string }[];
  readonly dialogs: readonly { title: string; html: string; width: number; height: number }[];
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
    columnWidths: Array.from({ length: lastColumn }, (_, c) => sheet.getColumnWidth(c + 1)),
    charts: sheet.charts.map((chart) => chart.describe()),
    generated: sheet.metadata.some((m) => m.key === GENERATED_TAB_KEY),
  };
}

export function workbookSnapshot(workbook: LocalSpreadsheet, ui: UiState): WorkbookSnapshot {
  return {
    name: workbook.getName(),
    activeSheet: workbook.activeSheet?.getName() ?? '',
    selection: workbook.activeRange?.describe(),
    tabs: workbook.sheets.filter((s) => !s.isSheetHidden()).map(tabSnapshot),
    menus: ui.menus.map((m) => ({ title: m.title, items: m.items })),
    toasts: [...workbook.toasts],
    alerts: [...ui.alerts],
    dialogs: ui.dialogs.map((d) => ({ title: d.title, html: d.output.getContent(), width: d.output.getWidth(), height: d.output.getHeight() })),
  };
}
