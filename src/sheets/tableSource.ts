import { sheetReference } from '../core/sheetReference';
import { SourceGrid } from '../core/tableSchema';
import { TableProblem } from '../core/tableProblem';

/**
 * Where a source table is (DESIGN §3, issue 5): a tab by name, a named range, or the
 * user's selection; read with one batched `getValues()` call.
 */
export type TableSourceChoice =
  | { readonly kind: 'tab'; readonly name: string }
  | { readonly kind: 'namedRange'; readonly name: string }
  | { readonly kind: 'selection' };

export interface TableSourceRead {
  readonly grid: SourceGrid;
  /** The range read, A1 notation with its sheet: "Touchpoints!A1:I21". */
  readonly a1: string;
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export { sheetReference };

function readRange(range: Range, sheetName: string): TableSourceRead {
  return {
    grid: { sheet: sheetName, firstRow: range.getRow(), firstColumn: range.getColumn(), values: range.getValues() },
    a1: `${sheetReference(sheetName)}!${range.getA1Notation()}`,
  };
}

/** The table a selection stands for: one selected cell means "this table", its tab's data range. */
export function selectedTable(selection: Range): Range {
  return selection.getNumRows() === 1 && selection.getNumColumns() === 1 ? selection.getSheet().getDataRange() : selection;
}

function tabNames(spreadsheet: Spreadsheet): string {
  return spreadsheet.getSheets().map((s) => `"${s.getName()}"`).join(', ');
}

/**
 * Finds and reads the table, or says why it cannot. `defaultTabs` are tried in order when
 * no source is chosen (e.g. "Touchpoints", "Punkty styku").
 */
export function readTableSource(
  spreadsheet: Spreadsheet,
  choice: TableSourceChoice | undefined,
  defaultTabs: readonly string[],
): TableSourceRead | { readonly problem: TableProblem } {
  if (choice === undefined) {
    for (const name of defaultTabs) {
      const sheet = spreadsheet.getSheetByName(name);
      if (sheet) return readRange(sheet.getDataRange(), sheet.getName());
    }
    return {
      problem: { sheet: defaultTabs[0], problem: `there is no tab named ${defaultTabs.map((n) => `"${n}"`).join(' or ')}`, allowed: `one of the tabs (${tabNames(spreadsheet)}), a named range or a selection as the source` },
    };
  }
  if (choice.kind === 'tab') {
    const sheet = spreadsheet.getSheetByName(choice.name);
    if (!sheet) return { problem: { sheet: choice.name, problem: 'there is no tab with this name', allowed: `one of the tabs: ${tabNames(spreadsheet)}` } };
    return readRange(sheet.getDataRange(), sheet.getName());
  }
  if (choice.kind === 'namedRange') {
    const range = spreadsheet.getRangeByName(choice.name);
    if (!range) {
      return { problem: { sheet: choice.name, problem: 'there is no named range with this name', allowed: 'the name of a named range (Data › Named ranges), a tab or a selection' } };
    }
    return readRange(range, range.getSheet().getName());
  }
  const selection = spreadsheet.getActiveRange();
  if (!selection) return { problem: { sheet: 'Selection', problem: 'nothing is selected', allowed: 'a selection of the whole table, header row included' } };
  return readRange(selectedTable(selection), selection.getSheet().getName());
}
