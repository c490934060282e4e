import { OutputLocale } from '../core/tabs/outputLocale';
import { PROBLEM_TEXTS } from '../core/tables/problemTexts';
import { sheetReference } from '../core/tabs/sheetReference';
import { SourceGrid } from '../core/tables/tableSchema';
import { TableProblem } from '../core/tables/tableProblem';

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
 * no source is chosen (e.g. "Touchpoints", "Punkty styku"). The reason is worded in `locale`.
 */
export function readTableSource(
  spreadsheet: Spreadsheet,
  choice: TableSourceChoice | undefined,
  defaultTabs: readonly string[],
  locale: OutputLocale = 'en',
): TableSourceRead | { readonly problem: TableProblem } {
  const texts = PROBLEM_TEXTS[locale];
  if (choice === undefined) {
    for (const name of defaultTabs) {
      const sheet = spreadsheet.getSheetByName(name);
      if (sheet) return readRange(sheet.getDataRange(), sheet.getName());
    }
    return {
      problem: { sheet: defaultTabs[0], problem: texts.noDefaultTab(defaultTabs), allowed: texts.tabOrRangeOrSelection(tabNames(spreadsheet)) },
    };
  }
  if (choice.kind === 'tab') {
    const sheet = spreadsheet.getSheetByName(choice.name);
    if (!sheet) return { problem: { sheet: choice.name, problem: texts.noSuchTab, allowed: texts.oneOfTabs(tabNames(spreadsheet)) } };
    return readRange(sheet.getDataRange(), sheet.getName());
  }
  if (choice.kind === 'namedRange') {
    const range = spreadsheet.getRangeByName(choice.name);
    if (!range) {
      return { problem: { sheet: choice.name, problem: texts.noSuchNamedRange, allowed: texts.namedRangeAllowed } };
    }
    return readRange(range, range.getSheet().getName());
  }
  const selection = spreadsheet.getActiveRange();
  if (!selection) return { problem: { sheet: texts.selectionSheet, problem: texts.nothingSelected, allowed: texts.wholeTableSelected } };
  return readRange(selectedTable(selection), selection.getSheet().getName());
}
