import { SourceGrid } from '../core/tables/tableSchema';
import { sheetReference } from '../core/tabs/sheetReference';
import { generatedTabs } from './generatedTab';
import { selectedTable } from './tableSource';

/**
 * The top rows of every tab (where a table's header row is looked for), read with one
 * `getValues()` per tab however long its table is, plus the tab's extent: what the
 * sidebar needs to say which tables the spreadsheet has.
 */
export const HEAD_ROWS = 10;

export interface TabHead {
  readonly grid: SourceGrid;
  /** The tab's data range, e.g. "Touchpoints!A1:I23" (what a build would read). */
  readonly a1: string;
  /** Rows of the data range, header included. */
  readonly lastRow: number;
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

function headOf(range: Range, sheetName: string, lastRow: number): TabHead {
  const rows = Math.min(HEAD_ROWS, range.getNumRows());
  const head = range.offset(0, 0, rows, range.getNumColumns());
  return {
    grid: { sheet: sheetName, firstRow: range.getRow(), firstColumn: range.getColumn(), values: head.getValues() },
    a1: `${sheetReference(sheetName)}!${range.getA1Notation()}`,
    lastRow,
  };
}

/** Every tab with data that CX Sheets did not generate, in tab order (empty tabs hold no table). */
export function readTabHeads(spreadsheet: Spreadsheet): TabHead[] {
  const heads: TabHead[] = [];
  // Tabs CX Sheets generated are outputs, never sources.
  const generated = new Set(generatedTabs(spreadsheet).map(({ sheet }) => sheet.getName()));
  for (const sheet of spreadsheet.getSheets()) {
    if (generated.has(sheet.getName())) continue;
    const lastRow = sheet.getLastRow();
    if (lastRow === 0 || sheet.getLastColumn() === 0) continue;
    heads.push(headOf(sheet.getDataRange(), sheet.getName(), lastRow));
  }
  return heads;
}

/** The selection's table: the selected range, or the whole data range of its tab when one cell is selected. */
export function readSelectionHead(spreadsheet: Spreadsheet): TabHead | undefined {
  const selection = spreadsheet.getActiveRange();
  if (!selection) return undefined;
  const range = selectedTable(selection);
  return headOf(range, selection.getSheet().getName(), range.getLastRow());
}

/** Makes the tab of that name the one the user sees; false when there is none. */
export function activateTab(spreadsheet: Spreadsheet, name: string): boolean {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) return false;
  sheet.activate();
  return true;
}
